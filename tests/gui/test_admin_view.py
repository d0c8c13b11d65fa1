"""The administration view, driven through its widgets (offscreen); modal dialogs are patched."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.models.reference import Price, Unit
from ekadm_desktop.models.users import Role, User
from ekadm_desktop.services.bundle import Services, build_services
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.admin.view import AdminView, EntityPage
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.conflict_dialog import ConflictChoice, ConflictDialog
from ekadm_desktop.ui.common.record_form import CheckList, DateField, RecordFormDialog
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def make_view(qtbot: QtBot, services: Services) -> AdminView:
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    view = AdminView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> AdminView:
    return make_view(qtbot, services)


def open_page(qtbot: QtBot, view: AdminView, key: str) -> EntityPage:
    page = view.show_page(key)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def select_title(page: EntityPage, title: str) -> None:
    assert page.select(lambda r: r.title == title)


def column_of(page: EntityPage, name: str) -> int:
    return [f.name for f in page.entity.fields].index(name)


def column_texts(page: EntityPage, column: int) -> list[str]:
    return [str(page.proxy.index(row, column).data()) for row in range(page.proxy.rowCount())]


def answer_form(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[RecordFormDialog], None]
) -> list[RecordFormDialog]:
    """Replace the modal ``exec`` of the form: fill it in, press "Spara", report the result."""
    shown: list[RecordFormDialog] = []

    def fake_exec(dialog: RecordFormDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordFormDialog, "exec", fake_exec)
    return shown


def test_table_model_passes_the_model_tester(
    qtbot: QtBot, view: AdminView, qtmodeltester: ModelTester
) -> None:
    page = open_page(qtbot, view, "customer")
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_the_view_shows_31_customers_with_swedish_headers(qtbot: QtBot, view: AdminView) -> None:
    page = open_page(qtbot, view, "customer")
    assert page.model.rowCount() == 31
    assert page.count_label.text() == "31 kunder"
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(page.proxy.columnCount())]
    assert headers == ["Kod", "Namn", "Typ", "Enhet", "Kontaktperson", "E-post", "Aktiv"]
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())][:3] == ["Enheter", "Processer", "Kunder"]
    header = page.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column, title in enumerate(headers):  # no header cut off
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title)


def test_the_filter_narrows_the_rows_across_columns(qtbot: QtBot, view: AdminView) -> None:
    page = open_page(qtbot, view, "customer")
    page.filter_bar.setText("BROMMA")
    assert page.proxy.rowCount() == 1
    assert page.count_label.text() == "1 av 31 kunder"
    page.filter_bar.setText("enhet öst fack")  # every word, in any column
    assert set(column_texts(page, column_of(page, "name"))) == {
        "Idrottsförvaltningen", "Kulturförvaltningen", "Serviceförvaltningen", "Stadsarkivet",
    }  # fmt: skip
    qtbot.keyClick(page.filter_bar, Qt.Key.Key_Escape)
    assert page.filter_bar.text() == ""
    assert page.proxy.rowCount() == 31


def test_clicking_a_header_sorts_numbers_as_numbers(qtbot: QtBot, view: AdminView) -> None:
    page = open_page(qtbot, view, "price")
    column = column_of(page, "amount_sek")
    header = page.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert header.sortIndicatorSection() == column
    amounts = [Decimal(text.replace(",", ".")) for text in column_texts(page, column)]
    assert amounts == sorted(amounts)
    assert column_texts(page, column)[:3] == ["9,00", "19,00", "30,00"]
    assert page.proxy.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_names_sort_the_swedish_way(qtbot: QtBot, view: AdminView) -> None:
    page = open_page(qtbot, view, "customer")
    page.table.sortByColumn(column_of(page, "name"), Qt.SortOrder.AscendingOrder)
    names = column_texts(page, column_of(page, "name"))
    assert names[-4:] == [
        "Äldreförvaltningen", "Älvsjö stadsdelsförvaltning", "Östermalm stadsdelsförvaltning",
        "Överförmyndarförvaltningen",
    ]  # fmt: skip


def test_editing_a_unit_name_through_the_form_changes_the_database(
    qtbot: QtBot, view: AdminView, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, view, "unit")
    select_title(page, "Enhet Nord")

    def rename(dialog: RecordFormDialog) -> None:
        name = dialog.widget("name")
        assert isinstance(name, QLineEdit)
        assert name.text() == "Enhet Nord"
        name.setText("Enhet Norr")

    shown = answer_form(monkeypatch, rename)
    page.edit_action.trigger()

    assert len(shown) == 1
    assert shown[0].windowTitle() == "Ändra enhet – Enhet Nord"
    with database.session() as s:
        assert s.scalar(select(Unit.name).where(Unit.code == "NORD")) == "Enhet Norr"
    current = page.current_record()
    assert current is not None and current.title == "Enhet Norr"  # the edited row stays selected
    assert "Enhet Norr" in column_texts(page, column_of(page, "name"))


def test_a_new_price_through_the_form(
    qtbot: QtBot, view: AdminView, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, view, "price")

    def fill(dialog: RecordFormDialog) -> None:
        kind = dialog.widget("transaction_type_id")
        amount = dialog.widget("amount_sek")
        assert isinstance(kind, QComboBox) and isinstance(amount, QLineEdit)
        kind.setCurrentIndex(kind.findText("Påminnelse"))
        amount.setText("4 300,50")

    shown = answer_form(monkeypatch, fill)
    page.new_action.trigger()
    assert shown[0].windowTitle() == "Nytt pris"
    assert page.count_label.text() == "9 priser"
    with database.session() as s:
        assert Decimal("4300.50") in s.scalars(select(Price.amount_sek)).all()


def test_a_new_agreement_with_services_through_the_form(
    qtbot: QtBot, view: AdminView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = view.show_page("agreement")
    qtbot.waitUntil(lambda: page.count_label.text() == "0 serviceavtal")

    def fill(dialog: RecordFormDialog) -> None:
        customer = dialog.widget("customer_id")
        signed = dialog.widget("signed_on")
        included = dialog.widget("services")
        assert isinstance(customer, QComboBox)
        assert isinstance(signed, DateField) and isinstance(included, CheckList)
        customer.setCurrentIndex(customer.findText("Farsta stadsdelsförvaltning"))
        assert signed.none_check.isChecked() and not signed.date_edit.isEnabled()  # optional, empty
        signed.none_check.setChecked(False)
        signed.date_edit.setDate(QDate(2009, 12, 15))
        for row in range(included.list.count()):
            item = included.list.item(row)
            if item.text() in ("Kundreskontra", "Kassa/bank"):
                item.setCheckState(Qt.CheckState.Checked)

    answer_form(monkeypatch, fill)
    page.new_action.trigger()
    [agreement] = services.admin.list("agreement")
    assert agreement.title == "Farsta stadsdelsförvaltning " + str(QDate.currentDate().year())
    assert agreement.text("signed_on") == "2009-12-15"
    assert agreement.text("services") == "Kundreskontra, Kassa/bank"
    assert page.count_label.text() == "1 serviceavtal"


def test_users_can_be_changed_but_not_deleted(qtbot: QtBot, view: AdminView) -> None:
    page = open_page(qtbot, view, "user")
    assert page.select(lambda _record: True)
    assert page.edit_action.isEnabled()
    assert not page.delete_action.isEnabled()


def test_a_validation_error_keeps_the_form_open_with_the_message(
    qtbot: QtBot, view: AdminView, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, view, "unit")
    select_title(page, "Enhet Syd")
    errors: list[tuple[str, BaseException]] = []
    monkeypatch.setattr(
        messages, "show_error", lambda _parent, title, exc, **_kw: errors.append((title, exc))
    )
    shown = answer_form(monkeypatch, lambda dialog: dialog.widget("code").setText("NORD"))  # type: ignore[attr-defined]
    page.edit_action.trigger()

    assert shown[0].result() != QDialog.DialogCode.Accepted
    [(title, error)] = errors
    assert title == "Kan inte spara"
    assert isinstance(error, ValidationError) and error.field == "code"
    assert error.message == "Det finns redan en enhet med kod ”NORD”."


def test_a_conflict_offers_to_read_again_and_keeps_the_other_change(
    qtbot: QtBot, view: AdminView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, view, "unit")
    select_title(page, "Enhet Väst")
    seen = page.current_record()
    assert seen is not None
    services.admin.save(
        "unit", seen.id, seen.version, {"group_phone": "08-123 45"}
    )  # someone else, meanwhile

    offered: list[ConflictDialog] = []

    def choose_reload(dialog: ConflictDialog) -> int:
        offered.append(dialog)
        dialog.choose(ConflictChoice.RELOAD)
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", choose_reload)
    shown = answer_form(monkeypatch, lambda dialog: dialog.widget("group_phone").setText("08-999"))  # type: ignore[attr-defined]
    page.edit_action.trigger()

    assert [(r.label, r.mine, r.theirs, r.clash) for r in offered[0].rows] == [
        ("Gruppnummer", "08-999", "08-123 45", True)
    ]
    assert shown[0].reload_requested
    phone = shown[0].widget("group_phone")
    assert isinstance(phone, QLineEdit) and phone.text() == "08-123 45"  # the form shows theirs now
    current = page.current_record()
    assert current is not None and current.text("group_phone") == "08-123 45"
    assert current.version == seen.version + 1


def test_delete_asks_first_and_respects_no(
    qtbot: QtBot, view: AdminView, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, view, "price")
    select_title(page, "Påminnelse 2010")
    questions: list[str] = []
    answer = False

    def confirm(_parent: object, title: str, question: str, **_kw: str) -> bool:
        questions.append(f"{title}: {question}")
        return answer

    monkeypatch.setattr(messages, "confirm", confirm)
    page.delete_action.trigger()
    assert questions == ["Ta bort: Ta bort pris ”Påminnelse 2010”? Det går inte att ångra."]
    assert page.model.rowCount() == 8

    answer = True
    page.delete_action.trigger()
    assert page.model.rowCount() == 7
    assert page.count_label.text() == "7 priser"
    with database.session() as s:
        assert len(s.scalars(select(Price)).all()) == 7


def test_a_refused_delete_shows_why(qtbot: QtBot, view: AdminView, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, view, "unit")
    select_title(page, "Enhet Öst")
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_kw: True)
    monkeypatch.setattr(
        messages, "show_error", lambda _p, title, exc, **_kw: errors.append((title, str(exc)))
    )
    page.delete_action.trigger()
    [(title, message)] = errors
    assert title == "Kan inte ta bort"
    assert "kan inte tas bort eftersom den används av" in message
    assert page.model.rowCount() == 4


def test_keyboard_insert_enter_f2_and_delete(
    qtbot: QtBot, view: AdminView, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, view, "unit")
    calls: list[str] = []

    def fake_exec(dialog: RecordFormDialog) -> int:
        calls.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected.value

    def fake_confirm(_parent: object, _title: str, question: str, **_kw: str) -> bool:
        calls.append(question)
        return False

    monkeypatch.setattr(RecordFormDialog, "exec", fake_exec)
    monkeypatch.setattr(messages, "confirm", fake_confirm)
    view.activateWindow()
    qtbot.waitActive(view)
    select_title(page, "Enhet Syd")
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)

    for key in (Qt.Key.Key_Insert, Qt.Key.Key_Return, Qt.Key.Key_F2, Qt.Key.Key_Delete):
        qtbot.keyClick(page.table, key)
    page.filter_bar.setFocus()
    qtbot.waitUntil(page.filter_bar.hasFocus)
    qtbot.keyClick(page.filter_bar, Qt.Key.Key_Delete)  # edits the filter text: deletes no unit
    qtbot.keyClick(page.filter_bar, Qt.Key.Key_Return)  # and opens no form
    assert calls == [
        "Ny enhet",
        "Ändra enhet – Enhet Syd",
        "Ändra enhet – Enhet Syd",
        "Ta bort enhet ”Enhet Syd”? Det går inte att ångra.",
    ]


def test_confirm_defaults_to_no(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def fake_exec(box: QMessageBox) -> int:
        default = box.defaultButton()
        seen["default"] = default.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        default.click()  # what Enter would do
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert messages.confirm(None, "Ta bort", "Ta bort pris? Det går inte att ångra.") is False
    assert seen["default"] == "Nej"
    assert sorted(seen["buttons"]) == ["Ja", "Nej"]  # type: ignore[call-overload]


def test_read_only_for_a_non_administrator(qtbot: QtBot, database: Database, admin_user: CurrentUser) -> None:
    with database.session() as s:
        user = User(login="lasse", display_name="Lasse", role=Role.READER)
        s.add(user)
        s.flush()
        reader = CurrentUser(user.id, user.login, user.display_name, user.role, None)
    view = make_view(qtbot, build_services(database, reader))
    page = open_page(qtbot, view, "customer")
    select_title(page, "Bromma stadsdelsförvaltning")
    assert page.model.rowCount() == 31
    assert not page.new_action.isEnabled()
    assert not page.edit_action.isEnabled()
    assert not page.delete_action.isEnabled()
    notice = view.findChild(QLabel, "readOnlyNotice")
    assert notice is not None and notice.isVisible()
