"""Table columns of the indicator views, and a model that colours status cells and explains them.

Status is carried twice: the cell's background (green / amber / red, the chart palette) and its
text ("Uppnått", "Nära", "Under"), so it reads without colour as well. Every cell's tooltip is the
indicator's definition, the same text as in the services.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from ekadm_desktop.periods import MONTH_NAMES
from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.services.indicators import Status, status_label
from ekadm_desktop.ui.common.record_table import Column, ModelIndex, RecordTableModel

T = TypeVar("T")
SORT_NONE = float("-inf")  # rows without a value sort first


def number(
    title: str, value: Callable[[T], float | None], kind: cs.NumberFormat = "int", *, decimals: int = 1
) -> Column[T]:
    """A right-aligned number column: Swedish text, sorts and exports as a number, "–" for None."""

    def sort_key(record: T) -> float:
        got = value(record)
        return SORT_NONE if got is None else float(got)

    return Column(
        title,
        lambda r: cs.format_value(value(r), kind, decimals),
        sort_key=sort_key,
        numeric=True,
        max_width=170,
        value=value,
    )


def _signed(
    title: str,
    value: Callable[[T], float | None],
    text: Callable[[float], str],
    exported: Callable[[T], float | None],
) -> Column[T]:
    """A signed number column: ``text`` writes the magnitude, the sign comes first ("–" for None)."""

    def shown(record: T) -> str:
        got = value(record)
        if got is None:
            return cs.DASH
        sign = "+" if got > 0 else "−" if got < 0 else ""
        return f"{sign}{text(abs(got))}"

    return Column(
        title,
        shown,
        sort_key=lambda r: SORT_NONE if (v := value(r)) is None else v,
        numeric=True,
        max_width=220,
        value=exported,
    )


def change(title: str, value: Callable[[T], float | None]) -> Column[T]:
    """A relative change as signed Swedish per cent (``+4,2 %``)."""
    return _signed(title, value, cs.format_percent, value)


def points(title: str, value: Callable[[T], float | None]) -> Column[T]:
    """A difference of two shares in signed percentage points (``+1,8 p.e.``)."""
    return _signed(
        title,
        value,
        lambda got: (
            f"{cs.format_decimal(got * 100)}{cs.NBSP}{QCoreApplication.translate('productivity', 'p.e.')}"
        ),
        lambda r: None if (v := value(r)) is None else round(v * 100, 4),
    )


def month_label(period_key: str) -> str:
    return f"{MONTH_NAMES[int(period_key[5:7]) - 1]} {period_key[:4]}"


def status_column(title: str, status: Callable[[T], Status]) -> Column[T]:
    return Column(title, lambda r: status_label(status(r)), max_width=130)


class IndicatorTableModel(RecordTableModel[T], Generic[T]):
    """Status cells in their colour; every cell's tooltip explains the row's indicator."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        *,
        status: dict[int, Callable[[T], Status]] | None = None,
        tooltip: Callable[[T], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent=parent)
        self._status = status or {}
        self._tooltip = tooltip

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            record = self.record(index.row())
            status_of = self._status.get(index.column())
            if status_of is not None and role == Qt.ItemDataRole.BackgroundRole:
                status = status_of(record)
                if status != "none":
                    colour = QColor(cs.STATUS_COLOURS[status])
                    colour.setAlpha(90)
                    return colour
            if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
                return self._tooltip(record) or None
        return super().data(index, role)
