"""A read-only table model that fetches its rows page by page from a service (Qt's incremental
fetching), so a register of 100,000 entries opens as fast as its first page.

Sorting and filtering happen in the database: the view gives the model a new ``fetch`` (the
query with its filter and order) and the model starts again from the first page. Rows are
plain records; the columns are the same ``Column`` specs as ``RecordTableModel``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from ekadm_desktop.ui.common.record_table import EXPORT_ROLE, Column

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Sequence[T]]  # (offset, limit) -> rows
PAGE_SIZE = 200
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_SERVED_ROLES = frozenset(
    {_DISPLAY, _ALIGNMENT, EXPORT_ROLE, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole}
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class PagedTableModel(QAbstractTableModel, Generic[T]):
    sort_requested = Signal(int, Qt.SortOrder)  # the view re-queries in that order

    def __init__(
        self,
        columns: Sequence[Column[T]],
        *,
        page_size: int = PAGE_SIZE,
        value_of: Callable[[T, int], object] | None = None,
        foreground: Callable[[T], QBrush | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._page_size = page_size
        self._value_of = value_of
        self._foreground = foreground
        self._fetch: Fetch[T] | None = None
        self._rows: list[T] = []
        self._exhausted = True

    @property
    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def reset(self, fetch: Fetch[T]) -> None:
        """Start again with a new query: the first page is loaded at once, the rest on scrolling."""
        self.beginResetModel()
        self._fetch = fetch
        first = list(fetch(0, self._page_size))
        self._rows = first
        self._exhausted = len(first) < self._page_size
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._rows[row]

    def records(self) -> list[T]:
        """The rows fetched so far."""
        return list(self._rows)

    def fetch_all(self) -> None:
        """Fetch every remaining page (for export, which writes all the rows the filter selects)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def find_row(self, matches: Callable[[T], bool]) -> int:
        return next((row for row, r in enumerate(self._rows) if matches(r)), -1)

    # -- incremental fetching ---------------------------------------------------------------------
    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        page = list(self._fetch(len(self._rows), self._page_size))
        self._exhausted = len(page) < self._page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every cell and role at each paint: answer the roles we do not serve first.
        if role not in _SERVED_ROLES:
            return None
        row = index.row()
        if not index.isValid() or not (0 <= row < len(self._rows)):
            return None
        record = self._rows[row]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            return column.text(record)
        if role == _ALIGNMENT:
            return _RIGHT if column.numeric else _LEFT
        if role == EXPORT_ROLE and self._value_of is not None:
            return self._value_of(record, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(record)
            return text if len(text) >= 40 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(column, order)
