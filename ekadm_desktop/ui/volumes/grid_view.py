"""A table that behaves like a spreadsheet: type to edit, Enter moves down, Tab moves right,
Delete clears, Ctrl+C copies and Ctrl+V pastes a tab-separated block (as Excel copies it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from ekadm_desktop.services.volume_grid import CellProblem
from ekadm_desktop.ui.volumes.grid_model import GridModel


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from a tab-separated block; the line break Excel puts after the last row is dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


class GridView(QTableView):
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(70)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)

    def grid_model(self) -> GridModel:
        model = self.model()
        assert isinstance(model, GridModel)
        return model

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != self.State.EditingState
        ):
            self.clear_selection_cells()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self.move_to(1, 0)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter in an editor commits and moves down, as in a spreadsheet.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_to(1, 0)
            return
        super().closeEditor(editor, hint)

    def move_to(self, down: int, right: int) -> None:
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model is None:
            return
        row = min(max(current.row() + down, 0), model.rowCount() - 1)
        column = min(max(current.column() + right, 0), model.columnCount() - 1)
        self.setCurrentIndex(model.index(row, column))

    # -- clipboard -----------------------------------------------------------------------------
    def _selected_rect(self) -> tuple[int, int, int, int] | None:
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes:
            current = self.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def copy(self) -> None:
        rect = self._selected_rect()
        model = self.model()
        if rect is None or model is None:
            return
        top, left, bottom, right = rect
        lines = [
            "\t".join(
                str(model.index(row, column).data(Qt.ItemDataRole.EditRole) or "")
                for column in range(left, right + 1)
            )
            for row in range(top, bottom + 1)
        ]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self, text: str | None = None) -> bool:
        """Paste a tab-separated block at the current cell: all its cells or, if one is refused,
        none (``problem`` names the cell)."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        current = self.currentIndex()
        model = self.grid_model()
        if not current.isValid() or not text:
            return False
        block = parse_block(text)
        height, width = len(block), max(len(line) for line in block)
        grid = model.grid
        rows = len(grid.rows) if grid is not None else 0
        columns = len(grid.columns) if grid is not None else 0
        if current.row() + height > rows or current.column() + width > columns:
            self.problem.emit(
                QCoreApplication.translate(
                    "GridView",
                    "Blocket ({height} × {width} celler) får inte plats från {cell}. Ingenting klistrades in.",
                ).format(height=height, width=width, cell=model.cell_name(current.row(), current.column()))
            )
            return False
        cells = {
            (current.row() + r, current.column() + c): value
            for r, line in enumerate(block)
            for c, value in enumerate(line)
        }
        try:
            model.apply(cells)
        except CellProblem as exc:
            self.problem.emit(
                QCoreApplication.translate("GridView", "{reason} Ingenting klistrades in.").format(
                    reason=exc.reason
                )
            )
            return False
        last = model.index(current.row() + height - 1, current.column() + width - 1)
        self.selectionModel().select(
            QItemSelection(current, last), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def clear_selection_cells(self) -> None:
        rect = self._selected_rect()
        model = self.grid_model()
        if rect is None:
            return
        top, left, bottom, right = rect
        cells = {
            (row, column): None
            for row in range(top, bottom + 1)
            for column in range(left, right + 1)
            if model.is_editable(row, column)
        }
        if cells:
            model.apply(cells)
