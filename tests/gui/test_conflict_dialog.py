"""Two users edit the same unit: the second save shows what each changed and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import NotFound
from ekadm_desktop.models.reference import Unit
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.fields import Record
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.admin.view import AdminView, EntityPage
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.conflict_dialog import (
    CLASH_MARK,
    ConflictChoice,
    ConflictDialog,
    ConflictRow,
    conflict_rows,
)
from ekadm_desktop.ui.common.record_form import RecordFormDialog
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


def unit_page(qtbot: QtBot, view: AdminView, title: str) -> tuple[EntityPage, Record]:
    page = view.show_page("unit")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.select(lambda r: r.title == title)
    record = page.current_record()
    assert record is not None
    return page, record


def line(dialog: RecordFormDialog, name: str) -> QLineEdit:
    widget = dialog.widget(name)
    assert isinstance(widget, QLineEdit)
    return widget


def edit_meanwhile(
    monkeypatch: pytest.MonkeyPatch, other: Callable[[], object], mine: Callable[[RecordFormDialog], None]
) -> list[RecordFormDialog]:
    """The form is open; the other user saves (``other``); I edit (``mine``) and press "Spara"."""
    forms: list[RecordFormDialog] = []

    def fake_exec(dialog: RecordFormDialog) -> int:
        forms.append(dialog)
        other()
        mine(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordFormDialog, "exec", fake_exec)
    return forms


def answer_conflict(monkeypatch: pytest.MonkeyPatch, *choices: ConflictChoice) -> list[ConflictDialog]:
    """Replace the conflict dialog's ``exec``: answer ``choices`` in turn, keep each dialog."""
    shown: list[ConflictDialog] = []
    answers = list(choices)

    def fake_exec(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.choose(answers.pop(0))
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    return shown


def stored(database: Database, code: str) -> tuple[str, str, int]:
    with database.session() as s:
        unit = s.scalars(select(Unit).where(Unit.code == code)).one()
        return unit.name, unit.group_phone, unit.version


def rows_of(dialog: ConflictDialog) -> list[tuple[str, str, str, bool]]:
    return [(r.label, r.mine, r.theirs, r.clash) for r in dialog.rows]


def test_the_conflict_dialog_lists_both_changes_and_reload_shows_theirs(
    qtbot: QtBot, view: AdminView, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, unit = unit_page(qtbot, view, "Enhet Nord")
    forms = edit_meanwhile(
        monkeypatch,
        lambda: services.admin.save("unit", unit.id, unit.version, {"name": "Enhet Norr"}),
        lambda form: line(form, "group_phone").setText("08-999 99"),
    )
    conflicts = answer_conflict(monkeypatch, ConflictChoice.RELOAD)
    page.edit_action.trigger()

    [dialog] = conflicts
    assert rows_of(dialog) == [
        ("Namn", "Enhet Nord", "Enhet Norr", False),
        ("Gruppnummer", "08-999 99", "08-508 290 10", False),
    ]
    assert dialog.windowTitle() == "Posten har ändrats av någon annan"
    who = services.db.login
    assert dialog.table.horizontalHeaderItem(2).text() == f"Sparat av {who}"  # type: ignore[union-attr]
    [form] = forms
    assert line(form, "name").text() == "Enhet Norr"  # the other user's value is in the form
    assert line(form, "group_phone").text() == "08-508 290 10"  # mine was discarded, as chosen
    assert form.result() != QDialog.DialogCode.Accepted  # still open to edit
    assert stored(database, "NORD") == ("Enhet Norr", "08-508 290 10", unit.version + 1)
    assert form.version == unit.version + 1

    line(form, "group_phone").setText("08-111")  # now saves against their version
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted
    assert stored(database, "NORD") == ("Enhet Norr", "08-111", unit.version + 2)


def test_overwrite_saves_my_change_and_keeps_theirs(
    qtbot: QtBot, view: AdminView, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, unit = unit_page(qtbot, view, "Enhet Nord")
    forms = edit_meanwhile(
        monkeypatch,
        lambda: services.admin.save("unit", unit.id, unit.version, {"name": "Enhet Norr"}),
        lambda form: line(form, "group_phone").setText("08-999 99"),
    )
    conflicts = answer_conflict(monkeypatch, ConflictChoice.OVERWRITE)
    page.edit_action.trigger()

    assert len(conflicts) == 1
    assert forms[0].result() == QDialog.DialogCode.Accepted
    assert stored(database, "NORD") == ("Enhet Norr", "08-999 99", unit.version + 2)
    current = page.current_record()  # the list was read again, the row still selected
    assert current is not None and current.id == unit.id
    assert (current.text("name"), current.text("group_phone")) == ("Enhet Norr", "08-999 99")


def test_a_real_clash_is_marked_and_overwrite_makes_mine_win(
    qtbot: QtBot, view: AdminView, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, unit = unit_page(qtbot, view, "Enhet Syd")
    edit_meanwhile(
        monkeypatch,
        lambda: services.admin.save("unit", unit.id, unit.version, {"name": "Enhet Söder", "email": ""}),
        lambda form: line(form, "name").setText("Enhet Sydost"),
    )
    conflicts = answer_conflict(monkeypatch, ConflictChoice.OVERWRITE)
    page.edit_action.trigger()

    [dialog] = conflicts
    assert rows_of(dialog) == [
        ("Namn", "Enhet Sydost", "Enhet Söder", True),
        ("E-post", unit.text("email"), "–", False),
    ]
    assert dialog.clashes == [dialog.rows[0]]
    assert dialog.table.item(0, 0).text() == f"{CLASH_MARK} Namn"
    assert dialog.table.item(0, 1).font().bold()
    with database.session() as s:
        saved = s.scalars(select(Unit).where(Unit.id == unit.id)).one()
        assert (saved.name, saved.email, saved.version) == ("Enhet Sydost", "", unit.version + 2)


def test_cancel_returns_to_the_form_and_the_next_save_asks_again(
    qtbot: QtBot, view: AdminView, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, unit = unit_page(qtbot, view, "Enhet Nord")
    forms = edit_meanwhile(
        monkeypatch,
        lambda: services.admin.save("unit", unit.id, unit.version, {"name": "Enhet Norr"}),
        lambda form: line(form, "group_phone").setText("08-999 99"),
    )
    conflicts = answer_conflict(monkeypatch, ConflictChoice.CANCEL, ConflictChoice.CANCEL)
    page.edit_action.trigger()
    [form] = forms
    assert line(form, "group_phone").text() == "08-999 99"  # my input is still there
    assert line(form, "name").text() == "Enhet Nord"
    form.accept()  # never saved over theirs without asking
    assert len(conflicts) == 2
    assert stored(database, "NORD") == ("Enhet Norr", "08-508 290 10", unit.version + 1)


def test_a_third_save_during_the_decision_is_compared_again(
    qtbot: QtBot, view: AdminView, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, unit = unit_page(qtbot, view, "Enhet Nord")
    edit_meanwhile(
        monkeypatch,
        lambda: services.admin.save("unit", unit.id, unit.version, {"name": "Enhet Norr"}),
        lambda form: line(form, "group_phone").setText("08-999 99"),
    )
    shown: list[ConflictDialog] = []

    def fake_exec(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        if len(shown) == 1:  # while I decide, a third user saves too
            current = services.admin.get("unit", unit.id)
            services.admin.save("unit", unit.id, current.version, {"manager_name": "Eva"})
        dialog.choose(ConflictChoice.OVERWRITE)
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    page.edit_action.trigger()
    assert len(shown) == 2
    assert ("Enhetschef", "–", "Eva", False) in rows_of(shown[1])
    with database.session() as s:
        saved = s.scalars(select(Unit).where(Unit.id == unit.id)).one()
        assert (saved.name, saved.group_phone, saved.manager_name) == ("Enhet Norr", "08-999 99", "Eva")


def test_a_record_deleted_meanwhile_offers_to_read_the_list_again(
    qtbot: QtBot, view: AdminView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = services.admin.save("unit", None, None, {"code": "TMP", "name": "Enhet Tillfällig"})
    page, _unit = unit_page(qtbot, view, "Enhet Nord")
    page.refresh(select_id=created.id)
    record = page.current_record()
    assert record is not None and record.id == created.id
    errors: list[BaseException] = []

    def show_error(
        _p: object, _t: str, exc: BaseException, *, reload: Callable[[], None] | None = None
    ) -> bool:
        errors.append(exc)
        assert reload is not None
        reload()
        return True

    monkeypatch.setattr(messages, "show_error", show_error)
    forms = edit_meanwhile(
        monkeypatch,
        lambda: services.admin.delete("unit", created.id, created.version),
        lambda form: line(form, "group_phone").setText("08-1"),
    )
    page.edit_action.trigger()
    assert isinstance(errors[0], NotFound)
    assert forms[0].reload_requested
    assert page.model.find_row(lambda r: r.id == created.id) == -1


def test_conflict_rows_compare_as_shown() -> None:
    fields = [("amount", "Pris (kr)"), ("active", "Aktiv"), ("when", "Datum"), ("note", "Anteckning")]
    original = {"amount": Decimal("4300.50"), "active": True, "when": None, "note": "a"}
    mine = {"amount": Decimal("4300.5"), "active": False, "when": None, "note": " a "}
    theirs = {"amount": Decimal("4300.50"), "active": True, "when": datetime(2024, 1, 2, 3, 4), "note": "a"}
    assert conflict_rows(fields, original, mine, theirs) == [
        ConflictRow("active", "Aktiv", "Ja", "Nej", "Ja"),
        ConflictRow("when", "Datum", "–", "–", "2024-01-02 03:04"),
    ]


def test_the_dialog_defaults_to_going_back(qtbot: QtBot) -> None:
    dialog = ConflictDialog(None, [("name", "Namn")], {"name": "A"}, {"name": "B"}, {"name": "C"})
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.isDefault()
    assert [b.text() for b in (dialog.reload_button, dialog.overwrite_button, dialog.cancel_button)] == [
        "Läs in deras version",
        "Skriv över med mitt",
        "Avbryt",
    ]
    dialog.reject()  # Escape
    assert dialog.choice is ConflictChoice.CANCEL
    dialog.overwrite_button.click()
    assert dialog.choice is ConflictChoice.OVERWRITE
    assert dialog.result() == QDialog.DialogCode.Accepted
