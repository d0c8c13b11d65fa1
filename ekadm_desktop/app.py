"""The composition root: settings → database → services → main window. Nothing else builds these."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ekadm_desktop import __version__
from ekadm_desktop.db.database import Database
from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import LANGUAGES
from ekadm_desktop.progress import Progress
from ekadm_desktop.resources import resource_path
from ekadm_desktop.services.bundle import Services, build_services
from ekadm_desktop.services.setup import prepare_database
from ekadm_desktop.settings import AppPaths, Settings, SettingsError, load_settings, save_settings
from ekadm_desktop.ui.about_dialog import AboutDialog
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.main_window import MainWindow
from ekadm_desktop.ui.messages import show_error
from ekadm_desktop.ui.open_failure import OpenChoice, ask_after_open_failure
from ekadm_desktop.ui.settings_dialog import SettingsDialog
from ekadm_desktop.ui.tasks import TaskRunner
from ekadm_desktop.ui.translator import install_language

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ekadm-desktop", description="EkAdm Desktop")
    parser.add_argument("--demo", action="store_true", help="open the demo database (created on first use)")
    parser.add_argument("--database", metavar="PATH|URL", help="open this SQLite file or PostgreSQL URL")
    parser.add_argument("--language", choices=sorted(LANGUAGES), help="user-interface language")
    parser.add_argument("--version", action="version", version=f"EkAdm Desktop {__version__}")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


class EkadmApplication:
    """Owns the open database, its services and the main window for the life of the process."""

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        *,
        tasks: TaskRunner,
        override: DatabaseTarget | None = None,
        demo: bool = False,
    ) -> None:
        self.paths = paths
        self.settings = settings
        self.tasks = tasks
        self.override = override
        self.demo = demo
        self.database: Database | None = None
        self.services: Services | None = None
        self.window: MainWindow | None = None

    # -- which database ---------------------------------------------------------------
    def target(self) -> DatabaseTarget:
        if self.override is not None:
            return self.override
        if self.demo:
            return DatabaseTarget.sqlite(self.paths.demo_database)
        return self.settings.database.target(self.paths)

    def start(self, on_ready: Callable[[MainWindow], None] | None = None) -> None:
        """Open the database (making the demo one first if asked) and show the main window."""
        target = self.target()
        if self.demo and self.override is None and not self._demo_exists():
            self._create_demo(target, on_ready)
            return
        if self.open_with_recovery(target, password=None):
            assert self.window is not None
            if on_ready is not None:
                on_ready(self.window)
        else:
            QApplication.quit()

    def _demo_exists(self) -> bool:
        path = self.paths.demo_database
        return path.exists() and path.stat().st_size > 0

    def _create_demo(self, target: DatabaseTarget, on_ready: Callable[[MainWindow], None] | None) -> None:
        from ekadm_desktop.services.demo import create_demo_database

        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        path = self.paths.demo_database
        path.unlink(missing_ok=True)  # an empty left-over file

        def work(progress: Progress) -> object:
            return create_demo_database(path, backup_dir=self.paths.backup_dir, progress=progress)

        def done(_summary: object) -> None:
            self.start(on_ready)

        def failed(exc: BaseException) -> None:
            show_error(None, QApplication.translate("app", "Demodatabasen kunde inte skapas"), exc)
            QApplication.quit()

        self.tasks.run(
            QApplication.translate("app", "Skapar demodatabasen (första gången)…"), work, done, failed
        )

    # -- opening, with a way out when it fails -------------------------------------------
    def open_with_recovery(self, target: DatabaseTarget, password: str | None) -> bool:
        """Try to open ``target``; on failure let the user pick another, retry or quit."""
        while True:
            try:
                self._open(target, password)
                return True
            except EkadmError as exc:
                choice = ask_after_open_failure(self.window, target.describe(), exc)
            if choice is OpenChoice.QUIT:
                return False
            if choice is OpenChoice.CHOOSE_OTHER:
                chosen = self.choose_database(self.window)
                if chosen is None:
                    continue
                target, password = chosen

    def _open(self, target: DatabaseTarget, password: str | None) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = open_database(target, backup_dir=self.paths.backup_dir, password=password)
            try:
                user = prepare_database(opened.database)
            except BaseException:
                opened.database.dispose()
                raise
        finally:
            QGuiApplication.restoreOverrideCursor()
        if opened.backup is not None:
            log.info(
                "upgraded %s from %s; backup at %s", target.describe(), opened.upgraded_from, opened.backup
            )
        self._replace_window(opened.database, build_services(opened.database, user))

    def _replace_window(self, database: Database, services: Services) -> None:
        old_window, old_database = self.window, self.database
        if old_window is not None:
            self.settings.window = old_window.layout_settings()
            old_window.closing.disconnect(self.save_layout)
            old_window.close()
            old_window.deleteLater()
        if old_database is not None:
            old_database.dispose()
        self.database, self.services = database, services
        context = ViewContext(services=services, tasks=self.tasks, paths=self.paths)
        window = MainWindow(context, AREAS, self.settings.window)
        icon = resource_path("icons", "ekadm.png")
        if icon.exists():
            window.setWindowIcon(QIcon(str(icon)))
        window.settings_requested.connect(self.edit_settings)
        window.about_requested.connect(self.show_about)
        window.closing.connect(self.save_layout)
        self.tasks.set_parent_widget(window)
        self.window = window
        window.show()

    # -- settings ----------------------------------------------------------------------
    def choose_database(self, parent: QWidget | None) -> tuple[DatabaseTarget, str | None] | None:
        """Show the settings dialog; on OK save the settings and return the chosen database."""
        dialog = SettingsDialog(self.settings, self.paths, self.tasks, parent)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen_settings()
        password = dialog.password_entered or None
        chosen = replace(chosen, window=self.settings.window)
        self.settings = chosen
        self.save_settings()
        target = chosen.database.target(self.paths)
        if password and not target.is_sqlite:
            try:
                from ekadm_desktop.db.postgres import store_password

                store_password(target.url, password)
            except Exception as exc:  # no keyring on this machine: the password is used for this session only
                log.warning("could not store the password in the keyring: %s", exc)
        self.override, self.demo = None, False
        return target, password

    def edit_settings(self) -> None:
        current = self.target()
        chosen = self.choose_database(self.window)
        if chosen is None:
            return
        target, password = chosen
        if target != current:
            self.open_with_recovery(target, password)

    def show_about(self) -> None:
        if self.database is None:
            return
        kind = "PostgreSQL" if self.database.kind == "postgresql" else "SQLite"
        AboutDialog(self.database.describe(), kind, self.window).exec()

    def save_layout(self) -> None:
        if self.window is not None:
            self.settings.window = self.window.layout_settings()
        self.save_settings()

    def save_settings(self) -> None:
        try:
            save_settings(self.paths, self.settings)
        except OSError as exc:
            log.warning("could not save the settings: %s", exc)

    def shutdown(self) -> None:
        self.tasks.wait_all()
        if self.database is not None:
            self.database.dispose()


class _ExitAfterPaint(QObject):
    """For the start-up benchmark: print the wall-clock time of the first paint, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    paths = AppPaths.default()
    settings_problem: SettingsError | None = None
    try:
        settings = load_settings(paths)
    except SettingsError as exc:
        settings, settings_problem = Settings(), exc
    if args.language:
        settings.language = args.language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("EkAdm Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("EkAdm")
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translator = install_language(app, settings.language)  # noqa: F841 (kept alive until exit)

    if settings_problem is not None:
        QMessageBox.warning(None, QApplication.translate("app", "Inställningar"), settings_problem.message)

    override = DatabaseTarget.parse(args.database) if args.database else None
    application = EkadmApplication(paths, settings, tasks=TaskRunner(), override=override, demo=args.demo)
    painted = _ExitAfterPaint()

    def on_ready(window: MainWindow) -> None:
        if args.exit_after_paint:
            window.installEventFilter(painted)

    QTimer.singleShot(0, lambda: application.start(on_ready))
    try:
        return app.exec()
    finally:
        application.shutdown()
