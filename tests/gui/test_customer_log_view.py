"""The customer log and follow-ups views, driven through their widgets (offscreen); modal dialogs are patched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.customer_log import LogEntry, LogKind
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.models.users import Role, User
from ekadm_desktop.services.bundle import Services, build_services
from ekadm_desktop.services.customer_log import FollowUpState, LogEntryRow
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.paged_model import PAGE_SIZE
from ekadm_desktop.ui.common.record_form import DateField, RecordFormDialog
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customer_log.follow_ups_view import FollowUpsView
from ekadm_desktop.ui.customer_log.view import CustomerLogView
from ekadm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

SUBJECT_COLUMN = 4
TODAY = date.today()


def context_for(services: Services) -> ViewContext:
    return ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())


def show(qtbot: QtBot, view: CustomerLogView | FollowUpsView) -> None:
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)


def make_view(qtbot: QtBot, services: Services) -> CustomerLogView:
    view = CustomerLogView(context_for(services))
    show(qtbot, view)
    return view


def customers(services: Services) -> list[tuple[int, str]]:
    return [(c.id, c.label) for c in services.admin.choices("customer")]


def add(services: Services, customer_id: int, subject: str, **values: object) -> LogEntryRow:
    defaults: dict[str, object] = {
        "entry_date": date(2024, 5, 2),
        "customer_id": customer_id,
        "kind": LogKind.MEETING,
        "subject": subject,
        "text": "",
    }
    return services.customer_log.create(defaults | values)


@pytest.fixture
def entries(services: Services) -> list[LogEntryRow]:
    (first, _), (second, _) = customers(services)[:2]
    return [
        add(
            services,
            first,
            "Möte om påminnelseavgifter",
            text="Kunden är nöjd med återkopplingen om räkningarna.",
        ),
        add(services, first, "Avtal förlängt", kind=LogKind.AGREEMENT_CHANGE, entry_date=date(2024, 4, 10)),
        add(
            services,
            second,
            "Samtal om leverantörsfakturor",
            kind=LogKind.PHONE,
            entry_date=date(2023, 11, 3),
        ),
    ]


def unit_of(database: Database, customer_id: int) -> int:
    with database.session() as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None
        return customer.unit_id


def subjects(view: CustomerLogView) -> list[str]:
    return [view.model.record(row).subject for row in range(view.model.rowCount())]


def select_subject(view: CustomerLogView, subject: str) -> LogEntryRow:
    row = view.model.find_row(lambda r: r.subject == subject)
    assert row >= 0, subject
    view.table.selectRow(row)
    current = view.current_record()
    assert current is not None and current.subject == subject
    return current


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


def combo(dialog: RecordFormDialog, name: str) -> QComboBox:
    widget = dialog.widget(name)
    assert isinstance(widget, QComboBox)
    return widget


def line(dialog: RecordFormDialog, name: str) -> QLineEdit:
    widget = dialog.widget(name)
    assert isinstance(widget, QLineEdit)
    return widget


def choose(box: QComboBox, text: str) -> None:
    index = box.findText(text)
    assert index >= 0, text
    box.setCurrentIndex(index)


# -- the log -------------------------------------------------------------------------------------------


def test_model_passes_the_model_tester_and_shows_swedish_headers(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], qtmodeltester: ModelTester
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtmodeltester.check(view.model)
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == [
        "Datum", "Kund", "Enhet", "Typ", "Rubrik", "Författare", "Uppföljning", "Följs upp av", "Status",
    ]  # fmt: skip
    assert subjects(view) == [e.subject for e in entries]  # newest first
    assert view.count_label.text() == "3 poster"
    assert view.model.index(1, 3).data() == "Avtalsändring"
    header = view.table.horizontalHeader()
    for column, title in enumerate(headers[:-1]):  # no header cut off
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)


def test_a_new_entry_through_the_form(
    qtbot: QtBot, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.count_label.text() == "0 poster")
    assert not view.edit_action.isEnabled() and not view.delete_action.isEnabled()
    customer = customers(services)[3][1]

    def fill(dialog: RecordFormDialog) -> None:
        choose(combo(dialog, "customer_id"), customer)
        choose(combo(dialog, "kind"), "Telefonsamtal")
        line(dialog, "subject").setText("Frågor om årsbokslutet")
        text = dialog.widget("text")
        assert isinstance(text, QPlainTextEdit)
        text.setPlainText("Kunden vill ha en genomgång före mötet.")
        follow_up = dialog.widget("follow_up_on")
        assert isinstance(follow_up, DateField)
        follow_up.none_check.setChecked(False)
        follow_up.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(7))
        line(dialog, "follow_up_by").setText("Åsa Öberg")

    shown = answer_form(monkeypatch, fill)
    view.new_action.trigger()

    assert shown[0].windowTitle() == "Ny post i kundloggen"
    assert view.count_label.text() == "1 post"
    current = view.current_record()  # the new entry is selected and shown in full
    assert current is not None and current.subject == "Frågor om årsbokslutet"
    assert current.customer_name == customer and current.kind is LogKind.PHONE
    assert current.follow_up_by == "Åsa Öberg" and current.status == "Uppföljning öppen"
    assert "Kunden vill ha en genomgång före mötet." in view.detail.toPlainText()
    with database.session() as s:
        assert s.scalar(select(LogEntry.subject)) == "Frågor om årsbokslutet"


def test_editing_an_entry_through_the_form(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    select_subject(view, "Avtal förlängt")

    def rename(dialog: RecordFormDialog) -> None:
        assert line(dialog, "subject").text() == "Avtal förlängt"
        line(dialog, "subject").setText("Avtal förlängt till 2026")

    shown = answer_form(monkeypatch, rename)
    view.edit_action.trigger()

    assert shown[0].windowTitle() == "Ändra post – Avtal förlängt"
    assert "Avtal förlängt till 2026" in subjects(view)
    current = view.current_record()
    assert current is not None and current.subject == "Avtal förlängt till 2026"
    assert services.customer_log.get(entries[1].id).version == entries[1].version + 1


def test_a_validation_error_keeps_the_form_open(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, exc, **_kw: errors.append(str(exc)))
    shown = answer_form(monkeypatch, lambda dialog: line(dialog, "subject").setText(""))
    view.new_action.trigger()
    assert shown[0].result() != RecordFormDialog.DialogCode.Accepted
    assert len(errors) == 1 and "Kund" in errors[0]  # the first field missing
    assert view.model.rowCount() == 3


def test_filter_by_customer_kind_and_period(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow]
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    first_customer = entries[0].customer_name

    choose(view.customer_combo, first_customer)
    assert subjects(view) == ["Möte om påminnelseavgifter", "Avtal förlängt"]
    assert view.count_label.text() == "2 poster"

    choose(view.kind_combo, "Avtalsändring")
    assert subjects(view) == ["Avtal förlängt"]
    view.customer_combo.setCurrentIndex(0)  # "Alla"
    assert view.customer_combo.currentText() == "Alla"
    assert subjects(view) == ["Avtal förlängt"]

    view.clear_filters_button.click()
    assert view.model.rowCount() == 3
    view.period_edit.setText("2023-T3")
    qtbot.keyClick(view.period_edit, Qt.Key.Key_Return)  # Enter applies at once
    assert subjects(view) == ["Samtal om leverantörsfakturor"]
    period_hint = view.findChild(QLabel, "periodHint")
    assert period_hint is not None and period_hint.text() == "T3 2023 (sep–dec)"
    view.period_edit.setText("2023-13")  # not a period: the last one stays applied
    qtbot.keyClick(view.period_edit, Qt.Key.Key_Return)
    assert period_hint.text() == "okänd period"
    assert subjects(view) == ["Samtal om leverantörsfakturor"]
    view.period_edit.setText("2024")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)


def test_search_finds_swedish_words_after_typing_stops(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow]
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.search_edit.setText("återkoppling")  # a prefix of a word in the text
    assert view.model.rowCount() == 3  # not yet: the search waits for typing to stop
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert subjects(view) == ["Möte om påminnelseavgifter"]
    assert view.count_label.text() == "1 post"

    view.search_edit.setText("räkningarna PÅMINNELSE")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # at once
    assert subjects(view) == ["Möte om påminnelseavgifter"]

    view.search_edit.setText("xyzzyqö")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "0 poster"


def test_clicking_the_subject_header_sorts_in_the_database(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow]
) -> None:
    add(services, entries[0].customer_id, "Översyn av rutiner")
    add(services, entries[0].customer_id, "Ärende om kassan")
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    header = view.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(SUBJECT_COLUMN) + 10, header.height() // 2)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert header.sortIndicatorSection() == SUBJECT_COLUMN
    ascending = subjects(view)
    assert ascending[0] == "Avtal förlängt"
    assert set(ascending[-2:]) == {"Översyn av rutiner", "Ärende om kassan"}  # å, ä, ö after z

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert subjects(view) == list(reversed(ascending))


def test_delete_asks_and_can_be_undone(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    questions: list[str] = []
    answer = False

    def confirm(_parent: object, title: str, question: str, **_kw: str) -> bool:
        questions.append(f"{title}: {question}")
        return answer

    monkeypatch.setattr(messages, "confirm", confirm)
    select_subject(view, "Avtal förlängt")
    view.delete_action.trigger()
    assert questions[0].startswith("Ta bort post: Ta bort posten ”Avtal förlängt” (2024-04-10, ")
    assert view.model.rowCount() == 3 and not view.undo_bar.isVisible()

    answer = True
    view.delete_action.trigger()
    assert subjects(view) == ["Möte om påminnelseavgifter", "Samtal om leverantörsfakturor"]
    assert view.count_label.text() == "2 poster"
    assert view.undo_bar.isVisible()
    assert view.undo_label.text() == "Posten ”Avtal förlängt” togs bort."

    view.undo_button.click()
    assert subjects(view) == [e.subject for e in entries]
    assert not view.undo_bar.isVisible() and not view.undo_action.isEnabled()
    current = view.current_record()
    assert current is not None and current.subject == "Avtal förlängt"
    assert current.kind is LogKind.AGREEMENT_CHANGE and current.entry_date == date(2024, 4, 10)


def test_ctrl_z_undoes_deletes_in_reverse_order(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_kw: True)
    view.activateWindow()
    qtbot.waitActive(view)
    for subject in ("Avtal förlängt", "Samtal om leverantörsfakturor"):
        select_subject(view, subject)
        view.table.setFocus()
        qtbot.waitUntil(view.table.hasFocus)
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert subjects(view) == ["Möte om påminnelseavgifter"]
    assert view.undo_label.text() == "Posten ”Samtal om leverantörsfakturor” togs bort."

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 2
    assert view.undo_label.text() == "Posten ”Avtal förlängt” togs bort."
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 3 and not view.undo_bar.isVisible()


def test_only_the_first_page_is_read_until_more_is_needed(
    qtbot: QtBot, services: Services, database: Database, admin_user: CurrentUser
) -> None:
    [(customer_id, _)] = customers(services)[:1]
    with database.session() as s:
        unit_id = unit_of(database, customer_id)
        s.add_all(
            LogEntry(
                entry_date=date(2020, 1, 1) + timedelta(days=n),
                customer_id=customer_id,
                unit_id=unit_id,
                author="Anna",
                kind=LogKind.EVENT,
                subject=f"Händelse {n:03d}",
                text="",
                follow_up_by="",
            )
            for n in range(450)
        )
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    assert view.model.rowCount() == PAGE_SIZE
    assert view.count_label.text() == "450 poster"
    assert view.model.record(0).subject == "Händelse 449"
    assert view.model.canFetchMore(QModelIndex())
    view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() == 2 * PAGE_SIZE
    view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() == 450
    assert not view.model.canFetchMore(QModelIndex())
    assert [view.model.record(r).subject for r in (0, 200, 449)] == [
        "Händelse 449", "Händelse 249", "Händelse 000",
    ]  # fmt: skip
    with database.session() as s:
        assert s.scalar(select(func.count(LogEntry.id))) == 450


def test_overdue_follow_ups_are_red(qtbot: QtBot, services: Services, entries: list[LogEntryRow]) -> None:
    late = add(
        services,
        entries[0].customer_id,
        "Ring tillbaka",
        entry_date=TODAY - timedelta(days=20),
        follow_up_on=TODAY - timedelta(days=2),
        follow_up_by="Bo",
    )
    assert late.follow_up_state is FollowUpState.OVERDUE
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    row = view.model.find_row(lambda r: r.id == late.id)
    assert view.model.index(row, 8).data() == "Försenad"
    assert view.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    other = view.model.find_row(lambda r: r.id == entries[0].id)
    assert view.model.index(other, 0).data(Qt.ItemDataRole.ForegroundRole) is None


# -- follow-ups ------------------------------------------------------------------------------------


def test_follow_ups_lists_the_overdue_and_mark_done_removes_it(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], qtmodeltester: ModelTester
) -> None:
    customer_id = entries[0].customer_id
    late = add(
        services,
        customer_id,
        "Kontrollera kundreskontran",
        entry_date=TODAY - timedelta(days=30),
        follow_up_on=TODAY - timedelta(days=10),
        follow_up_by="Åsa",
    )
    add(  # next month: not due this week
        services,
        customer_id,
        "Senare",
        entry_date=TODAY,
        follow_up_on=TODAY + timedelta(days=40),
        follow_up_by="Bo",
    )
    view = FollowUpsView(context_for(services))
    show(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtmodeltester.check(view.model)
    assert view.all_units_radio.isChecked()  # an administrator sees all units
    row = view.model.record(0)
    assert row.subject == "Kontrollera kundreskontran"
    texts = [view.proxy.index(0, c).data() for c in range(view.proxy.columnCount())]
    assert texts == [
        (TODAY - timedelta(days=10)).isoformat(), late.customer_name, "Kontrollera kundreskontran", "Åsa", "Försenad",
    ]  # fmt: skip
    assert view.proxy.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.count_label.text() == "1 uppföljning, varav 1 försenad"

    view.table.selectRow(0)
    assert view.done_action.isEnabled()
    view.done_action.trigger()
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "0 uppföljningar"
    assert services.customer_log.get(late.id).follow_up_done


def test_follow_ups_of_my_unit_and_ctrl_enter(
    qtbot: QtBot, services: Services, database: Database, admin_user: CurrentUser, entries: list[LogEntryRow]
) -> None:
    first = entries[0].customer_id
    due = {"entry_date": TODAY - timedelta(days=5), "follow_up_on": TODAY, "follow_up_by": "Bo"}
    mine = add(services, first, "Min enhets uppföljning", **due)
    theirs = next(c for c, _ in customers(services) if unit_of(database, c) != mine.unit_id)
    add(services, theirs, "Annan enhets uppföljning", **due)
    with database.session() as s:
        user = User(login="maria", display_name="Maria", role=Role.UNIT_MANAGER, unit_id=mine.unit_id)
        s.add(user)
        s.flush()
        manager = CurrentUser(user.id, user.login, user.display_name, user.role, user.unit_id)
    view = FollowUpsView(context_for(build_services(database, manager)))
    show(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.my_unit_radio.isChecked()
    assert view.model.record(0).subject == "Min enhets uppföljning"
    view.all_units_radio.setChecked(True)
    assert view.model.rowCount() == 2
    view.filter_bar.setText("annan")
    assert view.proxy.rowCount() == 1
    assert view.count_label.text() == "1 visas av 2 uppföljningar"
    view.table.selectRow(0)
    assert not view.done_action.isEnabled()  # another unit's entry
    view.filter_bar.setText("")
    assert view.select(mine.id)
    view.activateWindow()
    qtbot.waitActive(view)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [r.subject for r in view.model.records()] == ["Annan enhets uppföljning"]


def test_open_edits_the_entry_from_follow_ups(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(
        services,
        entries[0].customer_id,
        "Boka möte",
        entry_date=TODAY - timedelta(days=3),
        follow_up_on=TODAY,
        follow_up_by="Bo",
    )
    view = FollowUpsView(context_for(services))
    show(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    answer_form(monkeypatch, lambda dialog: line(dialog, "follow_up_by").setText("Cecilia"))
    view.open_action.trigger()
    assert view.model.record(0).follow_up_by == "Cecilia"
    assert view.current_record() is not None


# -- readers -----------------------------------------------------------------------------------------


def test_a_reader_can_read_but_not_change(
    qtbot: QtBot, services: Services, database: Database, entries: list[LogEntryRow]
) -> None:
    add(
        services,
        entries[0].customer_id,
        "Försenad sak",
        entry_date=TODAY - timedelta(days=9),
        follow_up_on=TODAY - timedelta(days=1),
        follow_up_by="Bo",
    )
    with database.session() as s:
        user = User(login="lasse", display_name="Lasse", role=Role.READER)
        s.add(user)
        s.flush()
        reader = CurrentUser(user.id, user.login, user.display_name, user.role, None)
    reader_services = build_services(database, reader)
    view = make_view(qtbot, reader_services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    select_subject(view, "Avtal förlängt")
    assert not view.new_action.isEnabled()
    assert not view.edit_action.isEnabled()
    assert not view.delete_action.isEnabled()
    assert "Avtal förlängt" in view.detail.toPlainText()  # but the text can be read
    notice = view.findChild(QLabel, "readOnlyNotice")
    assert notice is not None and notice.isVisible()

    follow_ups = FollowUpsView(context_for(reader_services))
    show(qtbot, follow_ups)
    qtbot.waitUntil(lambda: follow_ups.model.rowCount() == 1)
    assert follow_ups.all_units_radio.isChecked() and not follow_ups.my_unit_radio.isEnabled()
    follow_ups.table.selectRow(0)
    assert not follow_ups.done_action.isEnabled()
    assert not follow_ups.open_action.isEnabled()


def test_two_users_editing_the_same_entry_see_a_conflict_and_lose_nothing(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other user changes the text while I change the subject: my save shows both and, with
    "Skriv över med mitt", keeps my subject and their text."""
    from ekadm_desktop.ui.common.conflict_dialog import ConflictChoice, ConflictDialog

    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    row = select_subject(view, "Avtal förlängt")
    shown_conflicts: list[ConflictDialog] = []

    def answer(dialog: ConflictDialog) -> int:
        shown_conflicts.append(dialog)
        dialog.choose(ConflictChoice.OVERWRITE)
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", answer)

    def meanwhile_then_mine(dialog: RecordFormDialog) -> None:
        services.customer_log.update(row.id, row.version, {"text": "Ändrad av en kollega."})
        line(dialog, "subject").setText("Avtal förlängt ett år")

    answer_form(monkeypatch, meanwhile_then_mine)
    view.edit_action.trigger()

    assert len(shown_conflicts) == 1
    labels = [r.label for r in shown_conflicts[0].rows]
    assert "Rubrik" in labels and "Text" in labels
    saved = services.customer_log.get(row.id)
    assert saved.subject == "Avtal förlängt ett år" and saved.text == "Ändrad av en kollega."
    assert saved.version == row.version + 2


def test_history_of_an_entry(
    qtbot: QtBot, services: Services, entries: list[LogEntryRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ekadm_desktop.ui.common.history_dialog import HistoryDialog

    row = entries[1]
    services.customer_log.update(row.id, row.version, {"subject": "Avtal förlängt till 2027"})
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    select_subject(view, "Avtal förlängt till 2027")
    seen: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: seen.append(dialog) or 0)
    view.history_action.trigger()
    assert len(seen) == 1
    texts = [
        seen[0].model.index(r, c).data()
        for r in range(seen[0].model.rowCount())
        for c in range(seen[0].model.columnCount())
    ]
    assert "Avtal förlängt" in texts and "Avtal förlängt till 2027" in texts and "Rubrik" in texts
