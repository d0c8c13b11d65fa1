"""The history of a record, opened from its list page ("Historik…"), and the dialog's table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekadm_desktop.services.bundle import Services
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.admin.view import AdminView, EntityPage
from ekadm_desktop.ui.common.history_dialog import HistoryDialog
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> AdminView:
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    view = AdminView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def open_page(qtbot: QtBot, view: AdminView, key: str) -> EntityPage:
    page = view.show_page(key)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def capture_history(monkeypatch: pytest.MonkeyPatch) -> list[HistoryDialog]:
    shown: list[HistoryDialog] = []

    def fake_exec(dialog: HistoryDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", fake_exec)
    return shown


def table_texts(dialog: HistoryDialog) -> list[list[str]]:
    proxy = dialog.proxy
    return [
        [str(proxy.index(row, column).data()) for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def test_history_of_a_unit_edited_through_the_service(
    qtbot: QtBot,
    view: AdminView,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    page = open_page(qtbot, view, "unit")
    assert not page.history_action.isEnabled()  # nothing selected yet
    assert page.select(lambda r: r.title == "Enhet Nord")
    assert page.history_action.isEnabled() and page.history_action.isVisible()
    unit = page.current_record()
    assert unit is not None
    renamed = services.admin.save("unit", unit.id, unit.version, {"name": "Enhet Norr"})
    services.admin.save("unit", unit.id, renamed.version, {"group_phone": "08-508 100 00", "email": ""})

    shown = capture_history(monkeypatch)
    page.history_action.trigger()

    [dialog] = shown
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Historik – enhet ”Enhet Nord”"
    headers = [dialog.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["När", "Vem", "Vad", "Fält", "Före", "Efter"]
    rows = table_texts(dialog)
    who = services.db.login  # the user's display name, which the seeding sets to the login
    assert [r[1:] for r in rows] == [
        [who, "Ändrad", "Gruppnummer", "08-508 290 10", "08-508 100 00"],
        [who, "Ändrad", "E-post", "ekadm.nord@stad.example.se", "–"],
        [who, "Ändrad", "Namn", "Enhet Nord", "Enhet Norr"],
        [who, "Skapad", "Kod", "–", "NORD"],
        [who, "Skapad", "Namn", "–", "Enhet Nord"],
        [who, "Skapad", "Gruppnummer", "–", "08-508 290 10"],
        [who, "Skapad", "E-post", "–", "ekadm.nord@stad.example.se"],
    ]
    assert len(rows[0][0]) == len("2024-05-01 14:03")
    assert dialog.count_label.text() == "3 ändringar"  # saves, not fields

    dialog.filter_bar.setText("norr")  # filters like the lists do
    assert [r[3] for r in table_texts(dialog)] == ["Namn"]
    assert dialog.count_label.text() == "1 av 3 ändringar"
    dialog.filter_bar.clear()

    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # oldest first, fields in order
    assert [r[2:4] for r in table_texts(dialog)] == [
        ["Skapad", "Kod"], ["Skapad", "Namn"], ["Skapad", "Gruppnummer"], ["Skapad", "E-post"],
        ["Ändrad", "Namn"], ["Ändrad", "Gruppnummer"], ["Ändrad", "E-post"],
    ]  # fmt: skip
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)


def test_history_is_open_to_readers_and_says_when_empty(qtbot: QtBot) -> None:
    dialog = HistoryDialog([], "Historik – enhet ”X”")
    qtbot.addWidget(dialog)
    empty = dialog.findChild(QLabel, "emptyLabel")
    assert empty is not None and not empty.isHidden()
    assert dialog.table.isHidden()
    assert dialog.count_label.text() == "0 ändringar"
