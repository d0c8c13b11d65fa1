"""Filtering a table as you type: every word typed must occur somewhere in the row, in any case."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ekadm_desktop.ui.common.record_table import SORT_ROLE, RecordTableModel


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps the rows that contain all words of the filter text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10+; invalidateRowsFilter() is deprecated there
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            haystack = source.search_text(source_row)
        else:
            haystack = "\t".join(
                str(source.index(source_row, c, source_parent).data() or "")
                for c in range(source.columnCount())
            ).casefold()
        return all(word in haystack for word in self._words)


class FilterBar(QLineEdit):
    """A search field feeding a ``RecordFilterProxy``; Escape clears it."""

    def __init__(self, proxy: RecordFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("FilterBar", "Filtrera…"))
        self.setAccessibleName(QCoreApplication.translate("FilterBar", "Filtrera"))
        self.setToolTip(
            QCoreApplication.translate("FilterBar", "Visa bara rader som innehåller alla orden du skriver")
        )
        self.setClearButtonEnabled(True)
        self.textChanged.connect(proxy.set_filter_text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
