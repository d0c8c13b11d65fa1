"""The main window: a navigation list of the registered areas, the area views, a status bar.

It knows nothing of any area: it builds the navigation from ``areas.AREAS`` and creates a
view the first time it is shown. The window is shown before the database is open (that
happens in the background); ``attach`` then gives it the services of the opened database,
and does so again when the user switches to another database.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ekadm_desktop.settings import WindowSettings
from ekadm_desktop.ui.areas import Area
from ekadm_desktop.ui.common.messages import show_error
from ekadm_desktop.ui.context import ViewContext


class MainWindow(QMainWindow):
    settings_requested = Signal()
    about_requested = Signal()
    closing = Signal()

    def __init__(self, areas: list[Area], window: WindowSettings) -> None:
        super().__init__()
        self._all_areas = areas
        self._window_settings = window
        self._context: ViewContext | None = None
        self._areas: list[Area] = []
        self._views: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("EkAdm Desktop"))
        self.setMinimumSize(QSize(900, 600))

        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setIconSize(QSize(20, 20))
        self._navigation.setAccessibleName(self.tr("Områden"))
        self._navigation.setMaximumWidth(320)
        self._navigation.setMinimumWidth(170)
        self._navigation.currentRowChanged.connect(self._show_row)
        self._stack = QStackedWidget()
        self._placeholder = QLabel()
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._stack.addWidget(self._placeholder)

        self._splitter = QSplitter()
        self._splitter.addWidget(self._navigation)
        self._splitter.addWidget(self._stack)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([210, 1070])
        self.setCentralWidget(self._splitter)

        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_menus()
        self._restore_geometry()

    # -- construction -------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        settings = QAction(self.tr("&Inställningar…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        settings.triggered.connect(self.settings_requested)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Avsluta"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._go_menu: QMenu = self.menuBar().addMenu(self.tr("&Gå till"))
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        about = QAction(self.tr("&Om EkAdm Desktop"), self)
        about.triggered.connect(self.about_requested)
        help_menu.addAction(about)

    def _restore_geometry(self) -> None:
        geometry = WindowSettings.decode(self._window_settings.geometry)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = WindowSettings.decode(self._window_settings.splitter)
        if splitter:
            self._splitter.restoreState(splitter)

    # -- the open database ---------------------------------------------------------------
    def show_waiting(self, text: str) -> None:
        """Before a database is attached (or while another one opens)."""
        self._placeholder.setText(text)
        self._stack.setCurrentWidget(self._placeholder)
        self._navigation.setEnabled(False)

    def attach(self, context: ViewContext) -> None:
        """Show the areas of the opened database for its user; drops the views of a previous one."""
        remembered = self.current_area() or self._window_settings.last_area
        for view in self._views.values():
            self._stack.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        self._context = dataclasses.replace(context, open_area=self.show_area)
        services = context.services
        self._areas = [a for a in self._all_areas if a.visible(services.user)]
        self._navigation.blockSignals(True)
        self._navigation.clear()
        self._go_menu.clear()
        for index, area in enumerate(self._areas):
            title = QCoreApplication.translate("areas", area.title)
            item = QListWidgetItem(title)
            pixmap = getattr(QStyle.StandardPixmap, area.icon, None) if area.icon else None
            if pixmap is not None:
                item.setIcon(self.style().standardIcon(pixmap))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self._navigation.addItem(item)
            action = QAction(title, self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, key=area.key: self.show_area(key))
            self._go_menu.addAction(action)
        self._navigation.blockSignals(False)
        self._navigation.setEnabled(True)
        kind = self.tr("PostgreSQL") if services.db.kind == "postgresql" else self.tr("SQLite")
        self.database_label.setText(
            self.tr("Databas: {where} ({kind})").format(where=services.db.describe(), kind=kind)
        )
        user = services.user
        self.user_label.setText(
            self.tr("Användare: {name} – {role}").format(
                name=user.display_name or user.login, role=user.role_label
            )
        )
        keys = self.area_keys()
        self._navigation.setCurrentRow(keys.index(remembered) if remembered in keys else 0)
        self._show_row(self._navigation.currentRow())

    # -- behaviour ----------------------------------------------------------------------
    def area_keys(self) -> list[str]:
        return [a.key for a in self._areas]

    def current_area(self) -> str:
        row = self._navigation.currentRow()
        return self._areas[row].key if 0 <= row < len(self._areas) else ""

    def show_area(self, key: str) -> None:
        keys = self.area_keys()
        if key in keys:
            self._navigation.setCurrentRow(keys.index(key))

    def view(self, key: str) -> QWidget | None:
        return self._views.get(key)

    def _show_row(self, row: int) -> None:
        if self._context is None or not 0 <= row < len(self._areas):
            return
        leaving = self._stack.currentWidget()
        if leaving is not self._views.get(self._areas[row].key) and not _may_leave(leaving):
            self._navigation.blockSignals(True)  # stay: the view keeps its unsaved work
            self._navigation.setCurrentRow(self._row_of(leaving))
            self._navigation.blockSignals(False)
            return
        area = self._areas[row]
        view = self._views.get(area.key)
        if view is None:
            try:
                view = area.create(self._context, self._stack)
            except Exception as exc:
                show_error(self, self.tr("Kan inte visa {area}").format(area=area.title), exc)
                return
            self._views[area.key] = view
            self._stack.addWidget(view)
        self._stack.setCurrentWidget(view)

    def layout_settings(self) -> WindowSettings:
        return WindowSettings(
            geometry=WindowSettings.encode(bytes(self.saveGeometry().data())),
            state=WindowSettings.encode(bytes(self.saveState().data())),
            splitter=WindowSettings.encode(bytes(self._splitter.saveState().data())),
            last_area=self.current_area(),
        )

    def _row_of(self, view: QWidget | None) -> int:
        keys = [key for key, shown in self._views.items() if shown is view]
        return self.area_keys().index(keys[0]) if keys and keys[0] in self.area_keys() else -1

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(_may_leave(view) for view in self._views.values()):
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)


def _may_leave(view: QWidget | None) -> bool:
    """A view with unsaved work has ``may_leave() -> bool`` (it asks the user); others may always go."""
    ask = getattr(view, "may_leave", None)
    return bool(ask()) if callable(ask) else True
