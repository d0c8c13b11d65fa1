"""The history of one record: who changed what and when, one row per changed field.

A read-only, sortable and filterable table over ``services.history`` entries, newest first
until the user sorts by a column. The rows of one save share a background, alternating from
save to save (not from row to row), so where one save ends and the next begins is visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.services.history import FieldChange, HistoryEntry
from ekadm_desktop.ui.common.filter_bar import FilterBar, RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView, SortKey

TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class HistoryRow:
    """One changed field of one entry (an entry without field changes is one row of its own)."""

    entry: HistoryEntry
    change: FieldChange | None
    entry_number: int  # in the entries' order: 0 is the newest


def flatten(entries: Sequence[HistoryEntry]) -> list[HistoryRow]:
    return [
        HistoryRow(entry, change, number)
        for number, entry in enumerate(entries)
        for change in (entry.changes or (None,))
    ]


def _when(row: HistoryRow) -> str:
    return row.entry.at.strftime(TIME_FORMAT)


def _when_key(row: HistoryRow) -> SortKey:
    # The service's order (time, then the order of writing), which minutes alone cannot tell.
    return -row.entry_number


def _what(row: HistoryRow) -> str:
    if row.entry.reason:
        return QCoreApplication.translate("HistoryDialog", "{action}: {reason}").format(
            action=row.entry.action_label, reason=row.entry.reason
        )
    return row.entry.action_label


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text else text


def _change_text(part: str, row: HistoryRow) -> str:
    if row.change is None:
        return ""
    return _one_line(str(getattr(row.change, part)))


def history_columns() -> list[Column[HistoryRow]]:
    return [
        Column(QCoreApplication.translate("HistoryDialog", "När"), _when, sort_key=_when_key, max_width=160),
        Column(QCoreApplication.translate("HistoryDialog", "Vem"), lambda r: r.entry.who, max_width=200),
        Column(QCoreApplication.translate("HistoryDialog", "Vad"), _what, max_width=220),
        Column(
            QCoreApplication.translate("HistoryDialog", "Fält"),
            partial(_change_text, "field_label"),
            max_width=220,
        ),
        Column(
            QCoreApplication.translate("HistoryDialog", "Före"),
            partial(_change_text, "old_text"),
            max_width=300,
        ),
        Column(
            QCoreApplication.translate("HistoryDialog", "Efter"),
            partial(_change_text, "new_text"),
            max_width=300,
        ),
    ]


class HistoryTableModel(RecordTableModel[HistoryRow]):
    """The flattened changes, banded by save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(history_columns(), parent=parent)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return self._band if self.record(index.row()).entry_number % 2 else None
        return super().data(index, role)

    @property
    def _band(self) -> QBrush:
        # A little darker than the background (lighter in a dark theme): clearer than the faint
        # alternate row colour, still quiet.
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        return QBrush(base.darker(107) if base.lightness() > 128 else base.lighter(135))


class HistoryDialog(QDialog):
    def __init__(self, entries: Sequence[HistoryEntry], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.entries = list(entries)
        self.model = HistoryTableModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView()
        self.table.setAlternatingRowColors(False)  # the model bands by save instead
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(QCoreApplication.translate("HistoryDialog", "Ändringar"))
        self.filter_bar = FilterBar(self.proxy)
        self.filter_bar.setMaximumWidth(320)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.empty_label = QLabel(
            QCoreApplication.translate("HistoryDialog", "Inga ändringar är registrerade för posten.")
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        buttons = QDialogButtonBox()
        close = buttons.addButton(
            QCoreApplication.translate("HistoryDialog", "Stäng"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.filter_bar, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(bottom)

        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_count)
        rows = flatten(self.entries)
        self.model.set_records(rows)
        self.table.setVisible(bool(rows))
        self.filter_bar.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.fit_columns([c.max_width for c in self.model.columns])
        self._update_count()
        # Tall enough for the rows (up to a screenful), so a short history is not a large void.
        row_height = self.table.verticalHeader().defaultSectionSize()
        table_height = self.table.horizontalHeader().sizeHint().height() + row_height * max(len(rows), 3)
        self.resize(960, min(max(table_height + 120, 320), 640))

    def _update_count(self) -> None:
        total = len(self.entries)
        shown = len(
            {
                self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).entry_number
                for row in range(self.proxy.rowCount())
            }
        )
        noun = (
            QCoreApplication.translate("HistoryDialog", "{count} ändring")
            if total == 1
            else QCoreApplication.translate("HistoryDialog", "{count} ändringar")
        ).format(count=total)
        if shown == total:
            self.count_label.setText(noun)
        else:
            self.count_label.setText(
                QCoreApplication.translate("HistoryDialog", "{shown} av {total}").format(
                    shown=shown, total=noun
                )
            )
