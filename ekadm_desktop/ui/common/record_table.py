"""A read-only table model over a list of plain records, described by column specs.

Each column says how to show a record (``text``) and how to sort it (``sort_key``), so numbers
and dates sort as numbers and dates and text sorts the Swedish way; the sort key is served in
``SORT_ROLE`` for a ``QSortFilterProxyModel``. The typed value of a cell (a number, a date) is
served in ``EXPORT_ROLE``, for an export that keeps types (``ui.common.export``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from ekadm_desktop.services.fields import swedish_sort_key

T = TypeVar("T")
SortKey = int | float | str | None
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's typed value (int, Decimal, date, ...) or None
CELL_PADDING = 12  # pixels beyond the widest content, so columns do not look crammed
TOOLTIP_FROM = 40  # characters: longer texts are likely cut off in the cell, so show them whole on hover
ModelIndex = QModelIndex | QPersistentModelIndex


def sort_key_of(value: object, text: str) -> SortKey:
    """A sort key the proxy compares natively: numbers as numbers, dates as ISO text, else Swedish text."""
    if value is None:
        return None  # an invalid QVariant: sorts after everything else
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    return swedish_sort_key(text)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    sort_key: Callable[[T], SortKey] | None = None  # default: the text, sorted the Swedish way
    numeric: bool = False  # right-aligned
    max_width: int = 360  # pixels; the column may be narrower, never wider when sized to contents
    value: Callable[[T], object] | None = None  # the typed value for export; default: the text


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        *,
        dimmed: Callable[[T], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []
        self._search: list[str] = []
        self._dimmed = dimmed

    @property
    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._search = ["\t".join(c.text(r) for c in self._columns).casefold() for r in self._records]
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T:
        return self._records[row]

    def search_text(self, row: int) -> str:
        """All the row's texts in one case-folded string, for filtering."""
        return self._search[row]

    def find_row(self, matches: Callable[[T], bool]) -> int:
        return next((row for row, r in enumerate(self._records) if matches(r)), -1)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            if column.sort_key is not None:
                return column.sort_key(record)
            return swedish_sort_key(column.text(record))
        if role == EXPORT_ROLE:
            return column.value(record) if column.value is not None else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(record)
            return text if len(text) >= TOOLTIP_FROM else None
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed is not None and self._dimmed(record):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None


class RecordTableView(QTableView):
    """A table of whole rows: one selected at a time, sortable, not editable in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Rows are one line (no word wrap): a fixed height spares Qt asking every cell of every
        # row for its size hint at each layout, which is what makes long tables slow.
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(100)  # size columns from the first rows, not all fetched
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # No sort column until the user clicks a header: the rows keep the order they came in.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def fit_columns(self, max_widths: Sequence[int], *, stretch_last: bool = True) -> None:
        """Size columns to their contents and headers, each no wider than its maximum; the last
        column takes the remaining width if ``stretch_last`` (not wanted for a column of numbers)."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        self.resizeColumnsToContents()
        for section, limit in enumerate(max_widths):
            width = header.sectionSize(section) + CELL_PADDING
            header.resizeSection(section, min(width, limit))
        header.setStretchLastSection(stretch_last)  # after sizing, or the last column would not stretch
