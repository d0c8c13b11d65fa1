"""A month's grid as an editable table model: typed and pasted cells are kept as pending changes,
marked until saved, with a totals row and totals columns computed from what is on screen."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ekadm_desktop.reports.chart_style import format_decimal, format_int
from ekadm_desktop.services.volume_grid import (
    CellChange,
    CellKind,
    CellProblem,
    CellValue,
    Grid,
    GridColumn,
    GridRow,
    TotalColumn,
    cell_error,
    parse_cell,
)

ModelIndex = QModelIndex | QPersistentModelIndex
HEADER_WIDTH = 16  # characters per header line
DECIMALS = {CellKind.AMOUNT: 2, CellKind.FTE: 2, CellKind.HOURS: 1}


def display_text(value: CellValue, kind: CellKind) -> str:
    """A value in Swedish form: space thousands, decimal comma; empty for no value."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if kind in (CellKind.COUNT, CellKind.HEADCOUNT):
        return format_int(value)
    decimals = DECIMALS.get(kind, 2)
    if value != value.quantize(Decimal(1).scaleb(-decimals)):
        decimals = 2
    return format_decimal(value, decimals)


def edit_text(value: CellValue) -> str:
    """A value as typed in an editor or copied: no thousands separator, a decimal comma."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class GridModel(QAbstractTableModel):
    """Rows of the grid plus a totals row; columns of the grid plus one totals column per group."""

    problem = Signal(str)  # a typed or pasted cell that was refused, the message naming it
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: Grid | None = None
        self._pending: dict[tuple[int, str], CellValue] = {}

    # -- the grid ------------------------------------------------------------------------------
    @property
    def grid(self) -> Grid | None:
        return self._grid

    def set_grid(self, grid: Grid | None) -> None:
        """Show ``grid``; pending changes are dropped (the caller asked first)."""
        was_dirty = self.is_dirty
        self.beginResetModel()
        self._grid = grid
        self._pending = {}
        self.endResetModel()
        if was_dirty:
            self.dirtyChanged.emit(False)

    @property
    def is_dirty(self) -> bool:
        return bool(self._pending)

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def changes(self) -> list[CellChange]:
        grid = self._grid
        if grid is None:
            return []
        return [CellChange(r, c, grid.value(r, c), v) for (r, c), v in self._pending.items()]

    def discard(self) -> None:
        self.set_grid(self._grid)

    def value(self, row: int, column: str) -> CellValue:
        if (row, column) in self._pending:
            return self._pending[row, column]
        return self._grid.value(row, column) if self._grid is not None else None

    # -- positions -----------------------------------------------------------------------------
    def grid_row(self, index: int) -> GridRow | None:
        grid = self._grid
        return grid.rows[index] if grid is not None and 0 <= index < len(grid.rows) else None

    def grid_column(self, index: int) -> GridColumn | None:
        grid = self._grid
        return grid.columns[index] if grid is not None and 0 <= index < len(grid.columns) else None

    def total_column(self, index: int) -> TotalColumn | None:
        grid = self._grid
        if grid is None:
            return None
        offset = index - len(grid.columns)
        return grid.totals[offset] if 0 <= offset < len(grid.totals) else None

    def is_totals_row(self, index: int) -> bool:
        return self._grid is not None and index == len(self._grid.rows)

    def is_editable(self, row: int, column: int) -> bool:
        grid, r, c = self._grid, self.grid_row(row), self.grid_column(column)
        return grid is not None and r is not None and c is not None and grid.is_editable(r, c)

    def cell_name(self, row: int, column: int) -> str:
        r, c = self.grid_row(row), self.grid_column(column)
        t = self.total_column(column)
        row_name = r.label if r is not None else QCoreApplication.translate("GridModel", "Summa")
        column_name = c.label if c is not None else (t.label if t is not None else "")
        return QCoreApplication.translate("GridModel", "{row}, kolumn ”{column}”").format(
            row=row_name, column=column_name.replace("\n", " ")
        )

    # -- changing ------------------------------------------------------------------------------
    def set_text(self, row: int, column: int, text: CellValue) -> bool:
        """Parse ``text`` into the cell; a refused text emits ``problem`` and changes nothing."""
        try:
            self.apply({(row, column): text})
        except CellProblem as exc:
            self.problem.emit(exc.reason)
            return False
        return True

    def apply(self, cells: Mapping[tuple[int, int], CellValue]) -> None:
        """Set every cell or none: raises ``CellProblem`` naming the first cell refused."""
        grid = self._grid
        if grid is None:
            return
        parsed: dict[tuple[int, str], CellValue] = {}
        for (row, column), text in sorted(cells.items()):
            r, c = self.grid_row(row), self.grid_column(column)
            if r is None or c is None or not grid.is_editable(r, c):
                raise CellProblem(
                    QCoreApplication.translate("GridModel", "{cell} kan inte ändras här.").format(
                        cell=self.cell_name(row, column)
                    )
                )
            try:
                parsed[r.key, c.key] = parse_cell(text, c.kind)
            except CellProblem as exc:
                raise CellProblem(cell_error(r, c, exc.reason).message) from exc
        was_dirty = self.is_dirty
        for key, value in parsed.items():
            original = grid.value(*key)
            same = (
                value == original
                if isinstance(value, Decimal) and isinstance(original, Decimal)
                else (value or None) == (original or None)
            )
            if same:
                self._pending.pop(key, None)
            else:
                self._pending[key] = value
        rows = [row for row, _ in cells]
        columns = [column for _, column in cells]
        self.dataChanged.emit(
            self.index(min(rows), min(columns)), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )
        if was_dirty != self.is_dirty:
            self.dirtyChanged.emit(self.is_dirty)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid.rows) + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid.columns) + len(self._grid.totals)

    def _cell(self, row: int, column: int) -> tuple[CellValue, CellKind]:
        grid = self._grid
        assert grid is not None
        c, t = self.grid_column(column), self.total_column(column)
        if self.is_totals_row(row):
            if c is not None:
                if c.kind is CellKind.NOTE:
                    return None, c.kind
                return self._sum(self.value(r.key, c.key) for r in grid.rows), c.kind
            assert t is not None
            return self._sum(self._row_total(r.key, t.group) for r in grid.rows), t.kind
        r = self.grid_row(row)
        assert r is not None
        if c is not None:
            return self.value(r.key, c.key), c.kind
        assert t is not None
        return self._row_total(r.key, t.group), t.kind

    def _row_total(self, row: int, group: str) -> Decimal | None:
        grid = self._grid
        assert grid is not None
        return self._sum(self.value(row, c.key) for c in grid.columns if c.total_group == group)

    @staticmethod
    def _sum(values: Iterable[CellValue]) -> Decimal | None:
        numbers = [v for v in values if isinstance(v, Decimal)]
        return sum(numbers, Decimal(0)) if numbers else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._grid is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        value, kind = self._cell(row, column)
        computed = self.is_totals_row(row) or self.total_column(column) is not None
        r, c = self.grid_row(row), self.grid_column(column)
        pending = r is not None and c is not None and (r.key, c.key) in self._pending
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(value, kind)
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if kind is CellKind.NOTE else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if pending:
                return QBrush(self._changed_colour())
            if computed:
                return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and r is not None and c is not None:
            grid = self._grid
            if grid.editable_units is not None and not grid.locked and not grid.is_editable(r, c):
                # Another unit's figures, for a unit manager: shown, but plainly not theirs to edit.
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == Qt.ItemDataRole.FontRole and (computed or pending):
            font = QFont()
            font.setBold(computed)
            font.setItalic(pending)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if pending and r is not None and c is not None:
                before = self._grid.value(r.key, c.key)
                return QCoreApplication.translate("GridModel", "Ändrad, inte sparad (var: {before})").format(
                    before=display_text(before, kind) or "–"
                )
            if c is not None and c.tooltip:
                return c.tooltip
            return None
        return None

    def _changed_colour(self) -> QColor:
        dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return QColor("#5c4a00") if dark else QColor("#fff2b3")

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = value if isinstance(value, str | Decimal) or value is None else str(value)
        return self.set_text(index.row(), index.column(), text)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        grid = self._grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                if self.is_totals_row(section):
                    return QCoreApplication.translate("GridModel", "Summa")
                r = self.grid_row(section)
                return r.label if r is not None else None
            if role == Qt.ItemDataRole.ToolTipRole:
                r = self.grid_row(section)
                return f"{r.code} – {r.label}" if r is not None else None
            return None
        c, t = self.grid_column(section), self.total_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            label = c.label if c is not None else (t.label if t is not None else "")
            # Long labels on up to three short lines, so the columns of numbers stay narrow.
            return (
                "\n".join(
                    textwrap.fill(part, HEADER_WIDTH, break_long_words=False, break_on_hyphens=False)
                    for part in label.split("\n")
                )
                or None
            )
        if role == Qt.ItemDataRole.ToolTipRole and c is not None:
            return c.tooltip or c.label
        if role == Qt.ItemDataRole.FontRole and t is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None
