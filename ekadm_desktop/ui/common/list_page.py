"""A list of records to maintain: "Ny…", "Ändra…", "Ta bort", "Historik…", a filter, a sortable
table, a count and "Exportera till Excel…".

The page only asks for actions through its signals; what "new", "edit", "delete" and "history"
mean is up to the view that owns it ("Historik…" shows once the view calls
``set_history_available``). The export writes what the table shows, filtered and sorted. Keys:
Insert new, Enter/F2 or double-click edit, Delete delete, Ctrl+F filter, Ctrl+E export.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from ekadm_desktop.ui.common.export import export_view
from ekadm_desktop.ui.common.filter_bar import FilterBar, RecordFilterProxy
from ekadm_desktop.ui.common.record_table import RecordTableModel, RecordTableView

T = TypeVar("T")


class ListPage(QWidget, Generic[T]):
    new_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    history_requested = Signal()

    def __init__(
        self, model: RecordTableModel[T], count_text: Callable[[int], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._count_text = count_text
        self._editable = True
        self._deletable = True
        self._fitted = False
        self._history_available = False
        self.export_title = ""  # the title of exported files; default: the window's title
        self._export_dir = ""

        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.table = RecordTableView()
        self.table.setModel(self.proxy)
        self.filter_bar = FilterBar(self.proxy)
        self.filter_bar.setMaximumWidth(320)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.new_action = self._action(
            QCoreApplication.translate("ListPage", "Ny…"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.new_requested,
        )
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_action)
        self.edit_action = self._action(
            QCoreApplication.translate("ListPage", "Ändra…"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)],
            self.edit_requested,
        )
        self.delete_action = self._action(
            QCoreApplication.translate("ListPage", "Ta bort"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.delete_requested,
        )
        for action in (self.edit_action, self.delete_action):
            # Only on the table: Enter and Delete in the filter field must edit the filter text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.history_action = self._action(
            QCoreApplication.translate("ListPage", "Historik…"), [], self.history_requested
        )
        self.history_action.setToolTip(
            QCoreApplication.translate("ListPage", "Visa vem som har ändrat posten, när och vad")
        )
        self.history_action.setVisible(False)
        self.export_action = QAction(QCoreApplication.translate("ListPage", "Exportera till Excel…"), self)
        self.export_action.setIconText(self.export_action.text())
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.setToolTip(
            QCoreApplication.translate(
                "ListPage", "Spara raderna som visas, filtrerade och sorterade, som en Excelfil ({key})"
            ).format(key=self.export_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export())
        self.addAction(self.export_action)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: self.filter_bar.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)

        buttons = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.delete_action, self.history_action):
            buttons.addWidget(self._tool_button(action))
        buttons.addStretch(1)
        buttons.addWidget(self.filter_bar, 1)
        buttons.addWidget(self._tool_button(self.export_action))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.table.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._update_actions()
        self._update_count()

    def _action(self, text: str, keys: list[QKeySequence], signal: SignalInstance) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # a tool button would otherwise drop the "…"
        action.setShortcuts(keys)
        if keys:
            action.setToolTip(
                QCoreApplication.translate("ListPage", "{action} ({key})").format(
                    action=text.rstrip("…"), key=keys[0].toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
        action.triggered.connect(lambda _checked=False: signal.emit())
        return action

    @staticmethod
    def _tool_button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- records ---------------------------------------------------------------------------------
    def set_records(self, records: list[T], select: Callable[[T], bool] | None = None) -> None:
        """Show ``records``; select the first one ``select`` matches (or keep nothing selected)."""
        self.model.set_records(records)
        if not self._fitted and records:
            columns = self.model.columns
            self.table.fit_columns([c.max_width for c in columns], stretch_last=not columns[-1].numeric)
            self._fitted = True
        if select is not None:
            self.select(select)
        self._update_actions()

    def select(self, matches: Callable[[T], bool]) -> bool:
        row = self.model.find_row(matches)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def current_record(self) -> T | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def set_editable(self, editable: bool, *, deletable: bool = True) -> None:
        """``editable`` False makes the page read-only; ``deletable`` False keeps only "Ta bort" off."""
        self._editable = editable
        self._deletable = deletable
        self._update_actions()

    def set_history_available(self, available: bool) -> None:
        """Show "Historik…" (for the selected record): the owner answers ``history_requested``."""
        self._history_available = available
        self.history_action.setVisible(available)
        self._update_actions()

    # -- export ----------------------------------------------------------------------------------
    def export(self) -> Path | None:
        """Ask for a file and write the rows the table shows to it, filtered and sorted."""
        title = (
            self.export_title
            or self.window().windowTitle()
            or QCoreApplication.translate("ListPage", "Lista")
        )
        default_name = f"{title} {date.today().isoformat()}"
        path = export_view(
            self,
            self.proxy,
            title,
            default_name,
            header=self.table.horizontalHeader(),
            directory=self._export_dir,
        )
        if path is not None:
            self._export_dir = str(path.parent)
        return path

    # -- reactions -------------------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        has_current = self.current_record() is not None
        self.new_action.setEnabled(self._editable)
        self.edit_action.setEnabled(self._editable and has_current)
        self.delete_action.setEnabled(self._editable and self._deletable and has_current)
        self.history_action.setEnabled(self._history_available and has_current)

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self._count_text(total))
        else:
            self.count_label.setText(
                QCoreApplication.translate("ListPage", "{shown} av {total}").format(
                    shown=shown, total=self._count_text(total)
                )
            )
        self._update_actions()

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.new_action, self.edit_action, self.delete_action])
        if self._history_available:
            menu.addAction(self.history_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.exec(self.table.viewport().mapToGlobal(position))
