"""The composition root: settings → database → services → main window. Nothing else builds these.

The window appears first; the database layer (SQLAlchemy, the models, the services) is loaded
and the database opened in a background task, so start-up is not held up by it.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ekadm_desktop import __version__
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.i18n import LANGUAGES
from ekadm_desktop.progress import Progress
from ekadm_desktop.resources import resource_path
from ekadm_desktop.settings import AppPaths, Settings, SettingsError, load_settings, save_settings
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.common.messages import show_error
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.main_window import MainWindow
from ekadm_desktop.ui.open_failure import OpenChoice, ask_after_open_failure
from ekadm_desktop.ui.tasks import TaskRunner
from ekadm_desktop.ui.translator import install_language

if TYPE_CHECKING:
    from ekadm_desktop.db.database import Database
    from ekadm_desktop.services.bundle import Services

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ekadm-desktop", description="EkAdm Desktop")
    parser.add_argument("--demo", action="store_true", help="open the demo database (created on first use)")
    parser.add_argument("--database", metavar="PATH|URL", help="open this SQLite file or PostgreSQL URL")
    parser.add_argument("--language", choices=sorted(LANGUAGES), help="user-interface language")
    parser.add_argument("--version", action="version", version=f"EkAdm Desktop {__version__}")
    parser.add_argument("--startup-timing", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        metavar="OUTDIR",
        help="check the installation: demo database, window, chart and reports in OUTDIR; exit 0 if all work",
    )
    return parser.parse_args(list(argv))


@dataclass(frozen=True)
class Opened:
    services: Services
    upgraded_from: str | None
    backup: object


def open_services(
    target: DatabaseTarget, password: str | None, paths: AppPaths, progress: Progress
) -> Opened:
    """Open (create, upgrade) the database and build its services; runs in a background task."""
    from ekadm_desktop.db.open import open_database
    from ekadm_desktop.services.bundle import build_services
    from ekadm_desktop.services.setup import prepare_database

    progress.step(0, 2, QApplication.translate("app", "Öppnar databasen…"))
    opened = open_database(target, backup_dir=paths.backup_dir, password=password)
    try:
        progress.step(1, 2, QApplication.translate("app", "Läser in…"))
        user = prepare_database(opened.database)
        return Opened(build_services(opened.database, user), opened.upgraded_from, opened.backup)
    except BaseException:
        opened.database.dispose()
        raise


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
        quit_app: Callable[[], None] = QApplication.quit,
    ) -> None:
        self.paths = paths
        self.settings = settings
        self.tasks = tasks
        self.override = override
        self.demo = demo
        self._quit = quit_app
        self.database: Database | None = None
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.ready_callbacks: list[Callable[[MainWindow], None]] = []

    # -- which database ---------------------------------------------------------------
    def target(self) -> DatabaseTarget:
        if self.override is not None:
            return self.override
        if self.demo:
            return DatabaseTarget.sqlite(self.paths.demo_database)
        return self.settings.database.target(self.paths)

    def start(self) -> MainWindow:
        """Show the window at once, then open the database (making the demo one first if asked)."""
        window = MainWindow(AREAS, self.settings.window)
        icon = resource_path("icons", "ekadm.png")
        if icon.exists():
            window.setWindowIcon(QIcon(str(icon)))
        window.settings_requested.connect(self.edit_settings)
        window.about_requested.connect(self.show_about)
        window.closing.connect(self.save_layout)
        self.tasks.set_parent_widget(window)
        self.window = window
        window.show()
        target = self.target()
        if self.demo and self.override is None and not self._demo_exists():
            self._create_demo(target)
        else:
            self.open(target, None)
        return window

    def _demo_exists(self) -> bool:
        path = self.paths.demo_database
        return path.exists() and path.stat().st_size > 0

    def _create_demo(self, target: DatabaseTarget) -> None:
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        path = self.paths.demo_database
        path.unlink(missing_ok=True)  # an empty left-over file
        assert self.window is not None
        self.window.show_waiting(QApplication.translate("app", "Skapar demodatabasen (första gången)…"))

        def work(progress: Progress) -> object:
            from ekadm_desktop.services.demo import create_demo_database

            return create_demo_database(path, backup_dir=self.paths.backup_dir, progress=progress)

        def failed(exc: BaseException) -> None:
            show_error(self.window, QApplication.translate("app", "Demodatabasen kunde inte skapas"), exc)
            self._quit()

        self.tasks.run(
            QApplication.translate("app", "Skapar demodatabasen (första gången)…"),
            work,
            lambda _summary: self.open(target, None),
            failed,
        )

    # -- opening, with a way out when it fails -------------------------------------------
    def open(self, target: DatabaseTarget, password: str | None) -> None:
        """Open ``target`` in the background; on failure let the user pick another, retry or quit.

        While another database is being opened the current one stays attached, so a failed
        switch leaves the user where they were.
        """
        assert self.window is not None
        if self.database is None:
            self.window.show_waiting(
                QApplication.translate("app", "Öppnar databasen {where}…").format(where=target.describe())
            )
        self.tasks.run(
            QApplication.translate("app", "Öppnar databasen"),
            lambda progress: open_services(target, password, self.paths, progress),
            self._attach,
            lambda exc: self._open_failed(target, exc),
        )

    def _open_failed(self, target: DatabaseTarget, exc: BaseException) -> None:
        while True:
            choice = ask_after_open_failure(self.window, target.describe(), exc)
            if choice is OpenChoice.RETRY:
                self.open(target, None)
                return
            if choice is OpenChoice.CHOOSE_OTHER:
                chosen = self.choose_database(self.window)
                if chosen is None:
                    continue
                self.open(*chosen)
                return
            if self.database is None:
                self._quit()
            return

    def _attach(self, opened: Opened) -> None:
        if opened.backup is not None:
            log.info("upgraded from %s; backup at %s", opened.upgraded_from, opened.backup)
        old = self.database
        self.services = opened.services
        self.database = opened.services.db
        assert self.window is not None
        self.window.attach(ViewContext(services=opened.services, tasks=self.tasks, paths=self.paths))
        if old is not None:
            old.dispose()
        for callback in self.ready_callbacks:
            callback(self.window)

    # -- settings ----------------------------------------------------------------------
    def choose_database(self, parent: QWidget | None) -> tuple[DatabaseTarget, str | None] | None:
        """Show the settings dialog; on OK save the settings and return the chosen database."""
        from ekadm_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.paths, self.tasks, parent)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return None
        password = dialog.password_entered or None
        chosen = replace(dialog.chosen_settings(), window=self.settings.window)
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
        current = self.target() if self.database is None else self.database.target
        chosen = self.choose_database(self.window)
        if chosen is not None and chosen[0] != current:
            self.open(*chosen)

    def show_about(self) -> None:
        from ekadm_desktop.ui.about_dialog import AboutDialog

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
            self.database = None


def log_to_file(paths: AppPaths) -> None:
    """Send the log to ``ekadm-desktop.log`` in the log folder (kept small: 1 MB, 3 old files)."""
    from logging.handlers import RotatingFileHandler

    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            paths.log_dir / "ekadm-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # no writable log folder: run without a log rather than not at all
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
    root.addHandler(handler)


def app_icon() -> QIcon:
    """The app's icon in every drawn size (``tools/make_icon.py``), for the window and the task bar."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("ekadm-*.png")):
        icon.addFile(str(path))
    return icon


class _StartupTiming(QObject):
    """For the start-up benchmark: print the wall-clock time of the window's first paint and of
    the moment the database is open and attached, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
        return False

    def ready(self, _window: MainWindow) -> None:
        print(f"READY {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from pathlib import Path

        from ekadm_desktop.self_test import run_self_test

        return run_self_test(Path(args.self_test))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    paths = AppPaths.default()
    if sys.stderr is None:  # the windowed Windows program has no console: log to a file instead
        log_to_file(paths)
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
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translator = install_language(app, settings.language)  # noqa: F841 (kept alive until exit)

    if settings_problem is not None:
        QMessageBox.warning(None, QApplication.translate("app", "Inställningar"), settings_problem.message)

    override = DatabaseTarget.parse(args.database) if args.database else None
    application = EkadmApplication(paths, settings, tasks=TaskRunner(), override=override, demo=args.demo)
    timing = _StartupTiming()
    if args.startup_timing:
        application.ready_callbacks.append(timing.ready)

    def start() -> None:
        window = application.start()
        if args.startup_timing:
            window.installEventFilter(timing)

    QTimer.singleShot(0, start)
    try:
        return app.exec()
    finally:
        application.shutdown()
