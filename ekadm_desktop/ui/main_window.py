"""The main window: a navigation list of the registered areas, the area views, a status bar.

It knows nothing of any area: it builds the navigation from ``areas.AREAS`` and creates a
view the first time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ekadm_desktop.services.users import role_label
from ekadm_desktop.settings import WindowSettings
from ekadm_desktop.ui.areas import Area
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.messages import show_error


class MainWindow(QMainWindow):
    settings_requested = Signal()
    about_requested = Signal()

    def __init__(self, context: ViewContext, areas: list[Area], window: WindowSettings) -> None:
        super().__init__()
        self._context = context
        self._window_settings = window
        self._areas = [a for a in areas if a.visible(context.services.user)]
        self._views: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("EkAdm Desktop"))
        self.setMinimumSize(QSize(900, 600))

        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setIconSize(QSize(20, 20))
        self._navigation.setAccessibleName(self.tr("Områden"))
        self._stack = QStackedWidget()
        for area in self._areas:
            item = QListWidgetItem(QCoreApplication.translate("areas", area.title))
            if area.icon:
                pixmap = getattr(QStyle.StandardPixmap, area.icon, None)
                if pixmap is not None:
                    item.setIcon(self.style().standardIcon(pixmap))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self._navigation.addItem(item)
        self._navigation.setMaximumWidth(260)
        self._navigation.currentRowChanged.connect(self._show_row)

        self._splitter = QSplitter()
        self._splitter.addWidget(self._navigation)
        self._splitter.addWidget(self._stack)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([200, 1000])
        self.setCentralWidget(self._splitter)
        self._build_menus()
        self._build_status_bar()
        self._restore_layout()

    # -- construction -------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        settings = QAction(self.tr("&Inställningar…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        settings.triggered.connect(self.settings_requested)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Avsluta"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Gå till"))
        for index, area in enumerate(self._areas):
            action = QAction(QCoreApplication.translate("areas", area.title), self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, key=area.key: self.show_area(key))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        about = QAction(self.tr("&Om EkAdm Desktop"), self)
        about.triggered.connect(self.about_requested)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        services = self._context.services
        kind = self.tr("PostgreSQL") if services.db.kind == "postgresql" else self.tr("SQLite")
        self.database_label = QLabel(
            self.tr("Databas: {where} ({kind})").format(where=services.db.describe(), kind=kind)
        )
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        user = services.user
        self.user_label = QLabel(
            self.tr("Användare: {name} – {role}").format(
                name=user.display_name or user.login, role=role_label(user.role)
            )
        )
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def _restore_layout(self) -> None:
        geometry = WindowSettings.decode(self._window_settings.geometry)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = WindowSettings.decode(self._window_settings.splitter)
        if splitter:
            self._splitter.restoreState(splitter)
        keys = [a.key for a in self._areas]
        last = self._window_settings.last_area
        self._navigation.setCurrentRow(keys.index(last) if last in keys else 0)

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
        if not 0 <= row < len(self._areas):
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

    closing = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
