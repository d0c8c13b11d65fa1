"""The complaint register view, driven through its widgets (offscreen); modal dialogs are patched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.complaints import (
    Category,
    Channel,
    Complaint,
    ComplaintStatus,
    ComplaintType,
    ErrorCause,
    Outcome,
    Severity,
)
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.models.users import Role, User
from ekadm_desktop.services.bundle import Services, build_services
from ekadm_desktop.services.complaints import ComplaintRow, case_number
from ekadm_desktop.services.users import CurrentUser, ensure_user
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.history_dialog import HistoryDialog
from ekadm_desktop.ui.common.paged_model import PAGE_SIZE
from ekadm_desktop.ui.complaints.dialog import ComplaintDialog
from ekadm_desktop.ui.complaints.steps import AnswerDialog, CloseDialog, ReopenDialog
from ekadm_desktop.ui.complaints.view import OVERDUE_MARK, ComplaintsView
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

TODAY = date.today()
HEADERS = [
    "Ärendenr", "Inkom", "Kund", "Process", "Enhet", "Typ", "Kategori", "Status", "Svara senast", "Ansvarig",
    "Allvarlighet",
]  # fmt: skip
STATUS_COLUMN = 7
CUSTOMER_COLUMN = 2


# -- helpers, also used by test_complaint_dialog.py ---------------------------------------------------


def context_for(services: Services) -> ViewContext:
    return ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())


def make_view(qtbot: QtBot, services: Services) -> ComplaintsView:
    view = ComplaintsView(context_for(services))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def customers(services: Services) -> list[tuple[int, str]]:
    return [(c.id, c.label) for c in services.admin.choices("customer")]


def register(
    services: Services, customer_id: int | None, days_ago: int, description: str, **values: object
) -> ComplaintRow:
    received = datetime.combine(TODAY - timedelta(days=days_ago), time(9, 0))
    defaults: dict[str, object] = {
        "customer_id": customer_id,
        "channel": Channel.EMAIL,
        "type": ComplaintType.COMPLAINT,
        "description": description,
    }
    return services.complaints.register(defaults | values, received_at=received)


def reader_services(database: Database) -> Services:
    with database.session() as s:
        reader = ensure_user(s, "lasse")  # not the first user: a reader
    assert reader.role is Role.READER
    return build_services(database, reader)


def select(view: ComplaintsView, row: ComplaintRow) -> ComplaintRow:
    assert view.select(row.id), row.case_number
    current = view.current_record()
    assert current is not None and current.id == row.id
    return current


def cases(view: ComplaintsView) -> list[str]:
    return [r.case_number for r in view.model.records()]


def choose(box: QComboBox, text: str) -> None:
    index = box.findText(text)
    assert index >= 0, text
    box.setCurrentIndex(index)


def answer_complaint_dialog(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[ComplaintDialog], None]
) -> list[ComplaintDialog]:
    """Replace the complaint dialog's modal ``exec``: fill it in, press "Spara", report the result."""
    shown: list[ComplaintDialog] = []

    def fake_exec(dialog: ComplaintDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ComplaintDialog, "exec", fake_exec)
    return shown


def line(dialog: ComplaintDialog, name: str) -> QLineEdit:
    widget = dialog.widget(name)
    assert isinstance(widget, QLineEdit)
    return widget


def text_box(dialog: ComplaintDialog, name: str) -> QPlainTextEdit:
    widget = dialog.widget(name)
    assert isinstance(widget, QPlainTextEdit)
    return widget


def combo(dialog: ComplaintDialog, name: str) -> QComboBox:
    widget = dialog.widget(name)
    assert isinstance(widget, QComboBox)
    return widget


@pytest.fixture
def three(services: Services) -> list[ComplaintRow]:
    """An overdue complaint (received a month ago), a closed one and a new one of today."""
    (first, _), (second, _), (third, _) = customers(services)[:3]
    late = register(services, first, 30, "Fakturan betalades för sent.", category=Category.LEAD_TIME)
    done = register(
        services,
        second,
        20,
        "Påminnelseavgiften var fel.",
        category=Category.HANDLING_ERROR,
        error_cause=ErrorCause.OWN,
    )
    c = services.complaints
    done = c.acknowledge(done.id, done.version, TODAY - timedelta(days=19))
    done = c.answer(done.id, done.version, TODAY - timedelta(days=15), "Avgiften är struken.")
    done = c.close(done.id, done.version, TODAY - timedelta(days=14), Outcome.CORRECTED, True)
    fresh = register(services, third, 0, "Bemötandet i telefon var otrevligt.", type=ComplaintType.FEEDBACK)
    return [late, done, fresh]


# -- the table -------------------------------------------------------------------------------------------


def test_model_passes_the_model_tester_and_shows_the_register(
    qtbot: QtBot, services: Services, three: list[ComplaintRow], qtmodeltester: ModelTester
) -> None:
    view = make_view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtmodeltester.check(view.model)
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == HEADERS
    assert cases(view) == [three[2].case_number, three[1].case_number, three[0].case_number]  # newest first
    assert view.count_label.text() == "3 klagomål, varav 1 försenat"
    assert view.model.index(1, STATUS_COLUMN).data() == "Avslutat"
    assert view.model.index(1, 6).data() == "Fel i handläggning"
    header = view.table.horizontalHeader()
    for column, title in enumerate(headers[:-1]):  # no header cut off
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)


def test_an_overdue_complaint_is_red_and_says_so(
    qtbot: QtBot, services: Services, three: list[ComplaintRow]
) -> None:
    late, _done, fresh = three
    assert late.overdue and not fresh.overdue
    view = make_view(qtbot, services)
    row = view.model.find_row(lambda r: r.id == late.id)
    deadline = view.model.index(row, 8)
    assert deadline.data() == f"{OVERDUE_MARK} {late.deadline.isoformat()}"  # not by colour alone
    assert "Försenat" in deadline.data(Qt.ItemDataRole.ToolTipRole)
    assert view.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    other = view.model.find_row(lambda r: r.id == fresh.id)
    assert view.model.index(other, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.model.index(other, 8).data() == fresh.deadline.isoformat()
    select(view, late)
    assert "försenat" in view.detail.toPlainText()


def test_filters_by_status_overdue_open_and_year(
    qtbot: QtBot, services: Services, three: list[ComplaintRow]
) -> None:
    late, done, fresh = three
    view = make_view(qtbot, services)
    choose(view.status_combo, "Avslutat")
    assert cases(view) == [done.case_number]
    assert view.count_label.text() == "1 klagomål"
    view.status_combo.setCurrentIndex(0)
    view.overdue_only_check.setChecked(True)
    assert cases(view) == [late.case_number]
    view.overdue_only_check.setChecked(False)
    view.open_only_check.setChecked(True)
    assert set(cases(view)) == {late.case_number, fresh.case_number}
    choose(view.type_combo, "Synpunkt")
    assert cases(view) == [fresh.case_number]
    view.clear_filters_button.click()
    assert view.model.rowCount() == 3
    assert not view.open_only_check.isChecked() and view.type_combo.currentText() == "Alla"
    choose(view.cause_combo, "Eget fel")
    assert cases(view) == [done.case_number]
    view.clear_filters_button.click()
    choose(view.customer_combo, late.customer_name)
    assert cases(view) == [late.case_number]

    old = register(services, late.customer_id, 800, "Ett gammalt klagomål.")
    view.refresh_action.trigger()
    view.clear_filters_button.click()
    assert view.model.rowCount() == 4
    years = [view.year_combo.itemText(i) for i in range(1, view.year_combo.count())]
    assert years == [str(y) for y in range(TODAY.year, old.year - 1, -1)]  # latest first, none missing
    choose(view.year_combo, str(old.year))
    assert cases(view) == [old.case_number]


def test_search_finds_words_in_the_texts_after_typing_stops(
    qtbot: QtBot, services: Services, three: list[ComplaintRow]
) -> None:
    view = make_view(qtbot, services)
    view.search_edit.setText("PÅMINNELSEAVGIFTEN")
    assert view.model.rowCount() == 3  # not yet: the search waits for typing to stop
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert cases(view) == [three[1].case_number]
    view.search_edit.setText(three[0].case_number)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # at once
    assert cases(view) == [three[0].case_number]
    view.search_edit.setText("xyzzyqö")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() == 0


def test_clicking_a_header_sorts_in_the_database(
    qtbot: QtBot, services: Services, three: list[ComplaintRow]
) -> None:
    view = make_view(qtbot, services)
    header = view.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(STATUS_COLUMN) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert header.sortIndicatorSection() == STATUS_COLUMN
    assert [r.status for r in view.model.records()] == [
        ComplaintStatus.REGISTERED, ComplaintStatus.REGISTERED, ComplaintStatus.CLOSED,
    ]  # fmt: skip  # in the order of the flow, not of the labels
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert view.model.records()[0].status is ComplaintStatus.CLOSED


def test_only_the_first_page_is_read_until_more_is_needed(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    customer_id = customers(services)[0][0]
    with database.session() as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None
        s.add_all(
            Complaint(
                year=2020,
                serial=n + 1,
                case_number=case_number(2020, n + 1),
                status=ComplaintStatus.CLOSED,
                received_at=datetime(2020, 1, 1, 9) + timedelta(hours=n),
                channel=Channel.EMAIL,
                customer_id=customer_id,
                type=ComplaintType.COMPLAINT,
                unit_id=customer.unit_id,
                severity=Severity.NORMAL,
                description=f"Klagomål {n}",
                deadline=date(2020, 3, 1),
            )
            for n in range(450)
        )
    view = make_view(qtbot, services)
    assert view.model.rowCount() == PAGE_SIZE
    assert view.count_label.text() == f"{450:,} klagomål".replace(",", "\u00a0")
    assert view.model.record(0).case_number == "K-2020-0450"
    view.model.fetchMore(QModelIndex())
    view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() == 450 and not view.model.canFetchMore(QModelIndex())
    assert view.model.record(449).case_number == "K-2020-0001"


# -- registering and the status flow ---------------------------------------------------------------------


def test_registering_a_complaint_through_the_view(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services)
    assert view.count_label.text() == "0 klagomål"
    assert view.new_action.isEnabled() and not view.open_action.isEnabled()
    customer = customers(services)[4][1]

    def fill(dialog: ComplaintDialog) -> None:
        choose(combo(dialog, "customer_id"), customer)
        choose(combo(dialog, "category"), "Information")
        text_box(dialog, "description").setPlainText("Kunden fick inget svar på sin fråga om momsen.")
        line(dialog, "contact_person").setText("Åsa Öberg")

    shown = answer_complaint_dialog(monkeypatch, fill)
    view.new_action.trigger()

    assert shown[0].windowTitle() == "Nytt klagomål"
    assert view.count_label.text() == "1 klagomål"
    current = view.current_record()  # the new complaint is selected and shown
    assert current is not None and current.case_number == f"K-{TODAY.year}-0001"
    assert current.customer_name == customer and current.status is ComplaintStatus.REGISTERED
    assert current.contact_person == "Åsa Öberg" and current.category is Category.INFORMATION
    assert "Kunden fick inget svar på sin fråga om momsen." in view.detail.toPlainText()
    assert view.acknowledge_action.isEnabled()


def test_a_refused_registration_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services)
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, exc, **_kw: errors.append(str(exc)))
    shown = answer_complaint_dialog(
        monkeypatch, lambda dialog: text_box(dialog, "description").setPlainText("Något hände.")
    )
    view.new_action.trigger()
    assert shown[0].result() != ComplaintDialog.DialogCode.Accepted
    assert errors == ["Välj ”Kund” eller markera ”Anonym”."]
    assert view.model.rowCount() == 0


def test_the_steps_move_a_complaint_through_the_flow_and_the_buttons_follow(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = register(services, customers(services)[0][0], 3, "Leverantören fick betalt två gånger.")
    view = make_view(qtbot, services)
    select(view, row)

    def enabled() -> list[str]:
        return [a.text() for a in view.step_actions.values() if a.isEnabled()]

    assert enabled() == ["Bekräfta mottagande"]
    view.acknowledge_action.trigger()
    current = view.current_record()
    assert current is not None and current.status is ComplaintStatus.ACKNOWLEDGED
    assert current.acknowledged_on == TODAY
    assert enabled() == ["Påbörja utredning", "Besvara…"]

    view.investigate_action.trigger()
    assert view.model.index(0, STATUS_COLUMN).data() == "Under utredning"
    assert enabled() == ["Besvara…"]

    def answer(dialog: AnswerDialog) -> int:
        dialog.answer_edit.setPlainText("Dubbelbetalningen är återkrävd.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AnswerDialog, "exec", answer)
    view.answer_action.trigger()
    current = view.current_record()
    assert current is not None and current.status is ComplaintStatus.ANSWERED
    assert current.answer_text == "Dubbelbetalningen är återkrävd." and current.answered_on == TODAY
    assert enabled() == ["Avsluta…"]

    def close(dialog: CloseDialog) -> int:
        assert not dialog.ok_button.isEnabled()  # no result chosen yet
        choose(dialog.outcome_combo, "Rutin ändrad")
        choose(dialog.satisfied_combo, "Ja")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CloseDialog, "exec", close)
    view.close_action.trigger()
    current = view.current_record()
    assert current is not None and current.status is ComplaintStatus.CLOSED
    assert current.outcome is Outcome.ROUTINE_CHANGED and current.customer_satisfied is True
    assert enabled() == ["Återöppna…"]

    def reopen(dialog: ReopenDialog) -> int:
        dialog.reason_edit.setPlainText("Kunden har fått ett nytt krav.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReopenDialog, "exec", reopen)
    view.reopen_action.trigger()
    current = view.current_record()
    assert current is not None and current.status is ComplaintStatus.INVESTIGATING
    assert enabled() == ["Besvara…"]
    kinds = [e.kind for e in services.complaints.events(row.id)]
    assert kinds == ["registered", "acknowledged", "investigating", "answered", "closed", "reopened"]


def test_closing_without_an_answer_is_refused_with_the_reason_shown(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = register(services, customers(services)[0][0], 3, "Fel konto på fakturan.")
    row = services.complaints.acknowledge(row.id, row.version, TODAY)
    view = make_view(qtbot, services)
    select(view, row)
    assert not view.close_action.isEnabled()  # the button follows the status ...
    shown_texts: list[str] = []

    def message_box(box: QMessageBox) -> int:
        shown_texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", message_box)
    dialogs: list[CloseDialog] = []

    def close(dialog: CloseDialog) -> int:
        dialogs.append(dialog)
        choose(dialog.outcome_combo, "Ingen ändring")
        dialog.accept()  # refused: the dialog stays open with what was chosen
        return dialog.result()

    monkeypatch.setattr(CloseDialog, "exec", close)
    view.close_complaint()  # ... and the service says why, should the step be asked for anyway
    assert shown_texts == ["Ärendet måste besvaras innan det kan avslutas."]
    assert dialogs[0].result() != CloseDialog.DialogCode.Accepted
    assert services.complaints.get(row.id).status is ComplaintStatus.ACKNOWLEDGED

    def empty_answer(dialog: AnswerDialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AnswerDialog, "exec", empty_answer)
    view.answer_action.trigger()
    assert shown_texts[-1] == "Fyll i ”Svar”."
    assert services.complaints.get(row.id).status is ComplaintStatus.ACKNOWLEDGED


def test_a_step_on_a_complaint_changed_meanwhile_offers_to_read_it_again(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = register(services, customers(services)[0][0], 3, "Fel konto på fakturan.")
    view = make_view(qtbot, services)
    select(view, row)
    services.complaints.update(row.id, row.version, {"responsible": "Bo"})  # someone else
    reloads: list[str] = []

    def show_error(_parent: object, _title: str, exc: BaseException, *, reload=None) -> bool:  # type: ignore[no-untyped-def]
        reloads.append(str(exc))
        reload()
        return True

    monkeypatch.setattr(messages, "show_error", show_error)
    view.acknowledge_action.trigger()
    assert len(reloads) == 1
    current = view.current_record()
    assert current is not None and current.responsible == "Bo"  # read again, still selected
    view.acknowledge_action.trigger()
    assert services.complaints.get(row.id).status is ComplaintStatus.ACKNOWLEDGED


# -- who may do what ---------------------------------------------------------------------------------


def test_a_secret_complaint_is_hidden_from_a_reader_whose_actions_are_disabled(
    qtbot: QtBot, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = register(services, customers(services)[0][0], 3, "Personen X har skulder.", secret=True)
    services.complaints.update(row.id, row.version, {"description": "Personen Y har skulder."})
    view = make_view(qtbot, reader_services(database))
    current = select(view, row)
    assert current.redacted
    assert "(sekretess)" in view.detail.toPlainText()
    assert "skulder" not in view.detail.toPlainText()
    assert not view.new_action.isEnabled() and not view.note_action.isEnabled()
    assert not any(a.isEnabled() for a in view.step_actions.values())
    assert view.open_action.isEnabled() and view.history_action.isEnabled()  # reading is allowed
    notice = view.findChild(QLabel, "readOnlyNotice")
    assert notice is not None and notice.isVisible()

    seen: list[ComplaintDialog] = []

    def look(dialog: ComplaintDialog) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(ComplaintDialog, "exec", look)
    view.open_action.trigger()
    description = text_box(seen[0], "description")
    assert description.isReadOnly() and description.toPlainText() == "(sekretess)"
    assert not combo(seen[0], "customer_id").isEnabled()
    assert seen[0].events_tab is not None and not seen[0].events_tab.note_button.isEnabled()
    assert {e.text for e in seen[0].events_tab.events()} == {"(sekretess)"}

    histories: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: histories.append(dialog) or 0)
    view.history_action.trigger()
    texts = [
        histories[0].model.index(r, c).data()
        for r in range(histories[0].model.rowCount())
        for c in range(histories[0].model.columnCount())
    ]
    assert "Beskrivning" in texts and "(sekretess)" in texts
    assert not any("skulder" in str(text) for text in texts)


def test_a_unit_manager_changes_only_complaints_of_their_own_unit(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    choices = customers(services)
    with database.session() as s:
        units = {cid: s.get(Customer, cid).unit_id for cid, _ in choices}  # type: ignore[union-attr]
    first = choices[0][0]
    other = next(cid for cid, _ in choices if units[cid] != units[first])
    mine = register(services, first, 3, "Mitt ärende.")
    theirs = register(services, other, 3, "Någon annans ärende.")
    with database.session() as s:
        user = User(login="maria", display_name="Maria", role=Role.UNIT_MANAGER, unit_id=units[first])
        s.add(user)
        s.flush()
        manager = CurrentUser(user.id, user.login, user.display_name, user.role, user.unit_id)
    view = make_view(qtbot, build_services(database, manager))
    assert view.unit_combo.currentData() == units[first]  # their own unit first
    assert cases(view) == [mine.case_number]
    select(view, mine)
    assert view.acknowledge_action.isEnabled() and view.note_action.isEnabled()
    view.unit_combo.setCurrentIndex(0)
    select(view, theirs)
    assert not view.acknowledge_action.isEnabled() and not view.note_action.isEnabled()
    assert view.new_action.isEnabled()


# -- history, export, the area ------------------------------------------------------------------------


def test_history_of_a_complaint(
    qtbot: QtBot, services: Services, three: list[ComplaintRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    row = three[0]
    services.complaints.update(row.id, row.version, {"responsible": "Karin Berg"})
    view = make_view(qtbot, services)
    select(view, row)
    seen: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: seen.append(dialog) or 0)
    view.history_action.trigger()
    assert seen[0].windowTitle() == f"Historik – {row.case_number}"
    texts = {
        seen[0].model.index(r, c).data()
        for r in range(seen[0].model.rowCount())
        for c in range(seen[0].model.columnCount())
    }
    assert {"Ansvarig", "Karin Berg", "Status", "Registrerat", "Kanal", "E-post"} <= texts


def test_export_writes_the_rows_the_filter_selects(
    qtbot: QtBot,
    services: Services,
    three: list[ComplaintRow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "klagomål.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_kw: (str(target), ""))
    view = make_view(qtbot, services)
    view.open_only_check.setChecked(True)
    view.export_action.trigger()
    sheet = load_workbook(target).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header_row = next(i for i, r in enumerate(rows) if r[0] == "Ärendenr")
    assert rows[header_row] == HEADERS
    exported = rows[header_row + 1 :]
    assert {r[0] for r in exported} == {three[0].case_number, three[2].case_number}
    assert isinstance(exported[0][8], datetime | date)  # the deadline stays a date


def test_the_register_is_an_area_for_everyone(qtbot: QtBot, services: Services, database: Database) -> None:
    keys = [a.key for a in AREAS]
    assert keys.index("complaints") == keys.index("follow_ups") + 1
    area = next(a for a in AREAS if a.key == "complaints")
    assert area.title == "Klagomål" and area.icon.startswith("SP_")
    reader = reader_services(database)
    assert area.visible(reader.user) and area.visible(services.user)
    view = area.create(context_for(reader))
    qtbot.addWidget(view)
    assert isinstance(view, ComplaintsView)
