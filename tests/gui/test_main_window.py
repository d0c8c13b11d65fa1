"""The app started on a temporary database: window, navigation, status bar, remembered layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from ekadm_desktop.app import EkadmApplication
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.settings import AppPaths, load_settings
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.open_failure import OpenChoice
from ekadm_desktop.ui.tasks import TaskRunner


@pytest.fixture
def application(qtbot, tmp_path: Path):
    paths = AppPaths.default()
    app = EkadmApplication(
        paths,
        load_settings(paths),
        tasks=TaskRunner(synchronous=True),
        override=DatabaseTarget.sqlite(tmp_path / "gui.sqlite"),
    )
    yield app
    if app.window is not None:
        app.window.close()
    app.shutdown()


def test_window_opens_on_a_new_database(application, qtbot) -> None:
    ready = []
    application.ready_callbacks.append(ready.append)
    window = application.start()
    assert window is application.window and ready == [window]
    qtbot.waitExposed(window)
    assert window.windowTitle() == "EkAdm Desktop"
    assert window.area_keys() == [a.key for a in AREAS]  # the first user is administrator: all areas
    database_label = window.findChild(QLabel, "databaseLabel")
    user_label = window.findChild(QLabel, "userLabel")
    assert "gui.sqlite" in database_label.text() and "SQLite" in database_label.text()
    assert "Administratör" in user_label.text()
    start = window.view("start")
    qtbot.waitUntil(lambda: start.table.rowCount() > 5)
    counts = {
        start.table.item(r, 0).text(): start.table.item(r, 1).value for r in range(start.table.rowCount())
    }
    assert counts["Kunder (förvaltningar)"] == 31 and counts["Enheter"] == 4


def test_every_area_opens(application, qtbot) -> None:
    application.start()
    window = application.window
    for key in window.area_keys():
        window.show_area(key)
        assert window.current_area() == key
        assert window.view(key) is not None


def test_layout_is_remembered(application, qtbot) -> None:
    application.start()
    window = application.window
    window.resize(1000, 700)
    window.show_area("admin")
    window.close()  # saves the layout
    settings = load_settings(application.paths)
    assert settings.window.last_area == "admin" and settings.window.geometry
    application.settings = settings
    application.shutdown()
    application.start()
    assert application.window.current_area() == "admin"


def test_a_bad_database_offers_a_way_out(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("inte en databas", encoding="utf-8")
    asked: list[str] = []

    def answer(_parent, where: str, exc: BaseException) -> OpenChoice:
        asked.append(f"{where}: {exc}")
        return OpenChoice.QUIT

    monkeypatch.setattr("ekadm_desktop.app.ask_after_open_failure", answer)
    paths = AppPaths.default()
    quits: list[bool] = []
    app = EkadmApplication(
        paths,
        load_settings(paths),
        tasks=TaskRunner(synchronous=True),
        override=DatabaseTarget.sqlite(bad),
        quit_app=lambda: quits.append(True),
    )
    window = app.start()
    qtbot.addWidget(window)
    assert quits == [True] and app.database is None
    assert len(asked) == 1 and "ingen EkAdm-databas" in asked[0]
    assert bad.read_text(encoding="utf-8") == "inte en databas"


def test_settings_dialog_tests_before_saving(qtbot, tmp_path: Path) -> None:
    from ekadm_desktop.settings import Settings
    from ekadm_desktop.ui.settings_dialog import SettingsDialog

    bad = tmp_path / "bad.sqlite"
    bad.write_text("inte en databas", encoding="utf-8")
    dialog = SettingsDialog(Settings(), AppPaths.default(), TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.sqlite_path.setText(str(bad))
    dialog.buttons.accepted.emit()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "ingen EkAdm-databas" in dialog.status.text()
    good = tmp_path / "ny.sqlite"
    dialog.sqlite_path.setText(str(good))
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen_target() == DatabaseTarget.sqlite(good)


def test_settings_dialog_reports_an_unreachable_server(qtbot) -> None:
    from ekadm_desktop.settings import Settings
    from ekadm_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), AppPaths.default(), TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.postgres_radio.setChecked(True)
    dialog.pg_host.setText("127.0.0.1")
    dialog.pg_port.setValue(1)
    dialog.test_button.click()
    assert "svarar inte" in dialog.status.text()


def test_english_can_be_switched_on(qtbot) -> None:
    from ekadm_desktop import i18n
    from ekadm_desktop.ui.translator import install_language

    app = QApplication.instance()
    translator = install_language(app, "en")
    try:
        assert translator is not None
        assert QApplication.translate("open_failure", "Försök igen") == "Try again"
        assert i18n.tr("roles", "Läsare") == "Reader"
        # A string without a translation keeps its Swedish text rather than going blank.
        assert QApplication.translate("NoSuchContext", "Text utan översättning") == "Text utan översättning"
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        i18n.install("sv")
    assert QApplication.translate("open_failure", "Försök igen") == "Försök igen"


def test_switching_to_a_bad_database_keeps_the_current_one(
    application, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    application.start()
    current = application.database
    bad = tmp_path / "bad.sqlite"
    bad.write_text("inte en databas", encoding="utf-8")
    monkeypatch.setattr("ekadm_desktop.app.ask_after_open_failure", lambda *_args: OpenChoice.QUIT)
    application.open(DatabaseTarget.sqlite(bad), None)
    assert application.database is current
    assert "gui.sqlite" in application.window.database_label.text()


def test_switching_to_another_database(application, qtbot, tmp_path: Path) -> None:
    application.start()
    application.window.show_area("admin")
    application.open(DatabaseTarget.sqlite(tmp_path / "other.sqlite"), None)
    assert "other.sqlite" in application.window.database_label.text()
    assert application.window.current_area() == "admin"


def test_demo_database_is_made_on_first_use(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """`ekadm-desktop --demo`: the first start makes the demo database, later starts reuse it."""
    import functools

    import ekadm_desktop.services.demo as demo

    calls: list[object] = []
    real = demo.create_demo_database

    def small_demo(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return functools.partial(real, calls_scale=0.01)(*args, **kwargs)

    monkeypatch.setattr(demo, "create_demo_database", small_demo)
    paths = AppPaths.default()
    for _ in range(2):
        app = EkadmApplication(paths, load_settings(paths), tasks=TaskRunner(synchronous=True), demo=True)
        window = app.start()
        qtbot.addWidget(window)
        assert "demo.sqlite" in window.database_label.text()
        app.shutdown()
    assert len(calls) == 1 and paths.demo_database.stat().st_size > 0


def test_a_view_with_unsaved_work_is_asked_before_it_is_left(
    application, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ekadm_desktop.ui.volumes import view as monthly

    application.start()
    window = application.window
    window.show_area("monthly")
    view = window.view("monthly")
    view.volumes_page.model.set_text(0, 1, "5")
    answers = [monthly.CANCEL]
    monkeypatch.setattr(monthly, "ask_unsaved", lambda *_a, **_k: answers.pop(0))
    window.show_area("start")
    assert window.current_area() == "monthly" and view.is_dirty
    answers.append(monthly.DISCARD)
    window.show_area("start")
    assert window.current_area() == "start" and not view.is_dirty
