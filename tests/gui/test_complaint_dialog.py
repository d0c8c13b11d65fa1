"""The complaint dialog (tabs, saving, conflicts, the event log and links) and the customer page's
complaint section, driven through their widgets (offscreen); modal dialogs are patched."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.complaints import ComplaintStatus, Outcome
from ekadm_desktop.models.customer_log import LogKind
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.complaints import ComplaintRow
from ekadm_desktop.services.customer_log import LogEntryRow
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.conflict_dialog import ConflictChoice, ConflictDialog
from ekadm_desktop.ui.complaints.customer_section import ComplaintsSection
from ekadm_desktop.ui.complaints.dialog import ComplaintDialog
from ekadm_desktop.ui.complaints.steps import NoteDialog
from ekadm_desktop.ui.complaints.tabs import LinkEntryDialog
from ekadm_desktop.ui.customers.page import CustomerPage
from tests.gui.test_complaints_view import (
    TODAY,
    answer_complaint_dialog,
    choose,
    combo,
    context_for,
    customers,
    line,
    make_view,
    reader_services,
    register,
    select,
    text_box,
)

pytestmark = pytest.mark.gui

TAB_TITLES = ["Ärende", "Utredning", "Svar och avslut", "Händelselogg", "Kopplingar"]


def make_dialog(qtbot: QtBot, services: Services, row: ComplaintRow | None) -> ComplaintDialog:
    dialog = ComplaintDialog(services, row)
    qtbot.addWidget(dialog)
    return dialog


def answered_row(services: Services) -> ComplaintRow:
    row = register(services, customers(services)[0][0], 30, "Fakturan kom två gånger.", responsible="Bo")
    c = services.complaints
    row = c.acknowledge(row.id, row.version, TODAY)
    return c.answer(row.id, row.version, TODAY, "Vi har makulerat dubbletten.")


def log_entry(services: Services, customer_id: int, subject: str) -> LogEntryRow:
    return services.customer_log.create(
        {
            "entry_date": TODAY,
            "customer_id": customer_id,
            "kind": LogKind.PHONE,
            "subject": subject,
            "text": "Kunden ringde om fakturan.",
        }
    )


# -- the tabs ------------------------------------------------------------------------------------------


def test_the_whole_complaint_in_tabs(qtbot: QtBot, services: Services) -> None:
    row = answered_row(services)
    dialog = make_dialog(qtbot, services, row)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == TAB_TITLES
    assert dialog.windowTitle() == f"Klagomål {row.case_number}"
    assert dialog.case_label.text() == row.case_number and dialog.status_label.text() == "Besvarat"
    assert text_box(dialog, "description").toPlainText() == "Fakturan kom två gånger."
    assert line(dialog, "responsible").text() == "Bo"
    assert row.deadline is not None
    assert dialog.deadline_value.text() == row.deadline.isoformat()  # computed: shown, not edited
    assert "deadline" not in dialog.values()
    assert (
        dialog.answer_text.isReadOnly() and dialog.answer_text.toPlainText() == "Vi har makulerat dubbletten."
    )
    assert dialog.answer_values["answered"].text().startswith(TODAY.isoformat())
    for name in ("description", "requested_action", "root_cause_text", "corrective_action"):
        assert text_box(dialog, name).height() >= text_box(dialog, name).fontMetrics().lineSpacing() * 4
    # Every field of the form is on one of the first two tabs, none lost in the move.
    case_tab, investigation_tab = dialog.tabs.widget(0), dialog.tabs.widget(1)
    for name in dialog.values():
        assert case_tab.isAncestorOf(dialog.widget(name)) or investigation_tab.isAncestorOf(
            dialog.widget(name)
        )
    assert investigation_tab.isAncestorOf(combo(dialog, "error_cause"))
    causes = [combo(dialog, "error_cause").itemText(i) for i in range(combo(dialog, "error_cause").count())]
    assert causes == [
        "(inget valt)",
        "Eget fel",
        "Kundens fel",
        "Tredje part",
        "System (ekonomisystemet)",
        "Oklart",
    ]


def test_the_header_shows_an_overdue_complaint(qtbot: QtBot, services: Services) -> None:
    row = register(services, customers(services)[0][0], 40, "Ingen har hört av sig.")
    assert row.overdue
    dialog = make_dialog(qtbot, services, row)
    assert dialog.deadline_label.text().endswith("försenat")
    assert dialog.deadline_label.palette().color(dialog.deadline_label.foregroundRole()) != (
        dialog.palette().color(dialog.foregroundRole())
    )


def test_saving_changes_the_complaint_and_closes(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = answered_row(services)
    view = make_view(qtbot, services)
    select(view, row)

    def fill(dialog: ComplaintDialog) -> None:
        choose(combo(dialog, "error_cause"), "Eget fel")
        choose(combo(dialog, "justified"), "Ja")
        line(dialog, "root_cause_code").setText("DUBBEL")
        text_box(dialog, "corrective_action").setPlainText("Kontroll av dubbletter före utskick.")

    answer_complaint_dialog(monkeypatch, fill)
    view.open_action.trigger()
    saved = services.complaints.get(row.id)
    assert saved.error_cause_label == "Eget fel" and saved.justified is True
    assert saved.root_cause_code == "DUBBEL" and saved.version == row.version + 1
    current = view.current_record()
    assert current is not None and current.corrective_action == "Kontroll av dubbletter före utskick."


def test_a_new_anonymous_complaint(qtbot: QtBot, services: Services) -> None:
    dialog = make_dialog(qtbot, services, None)
    assert [dialog.tabs.isTabEnabled(i) for i in range(5)] == [True, True, False, False, False]
    assert dialog.received_edit.isVisibleTo(dialog)
    anonymous = dialog.widget("anonymous")
    anonymous.setChecked(True)  # type: ignore[attr-defined]
    choose(combo(dialog, "unit_id"), services.admin.choices("unit")[0].label)
    text_box(dialog, "description").setPlainText("Någon ringde och var missnöjd med svarstiderna.")
    dialog.accept()
    assert dialog.result() == ComplaintDialog.DialogCode.Accepted
    assert isinstance(dialog.saved, ComplaintRow)
    assert dialog.saved.anonymous and dialog.saved.customer_id is None
    assert dialog.saved.status is ComplaintStatus.REGISTERED


# -- conflicts -------------------------------------------------------------------------------------------


def test_a_conflict_overwrite_keeps_my_change_and_theirs(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = answered_row(services)
    view = make_view(qtbot, services)
    select(view, row)
    conflicts: list[ConflictDialog] = []

    def choose_overwrite(dialog: ConflictDialog) -> int:
        conflicts.append(dialog)
        dialog.choose(ConflictChoice.OVERWRITE)
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", choose_overwrite)

    def meanwhile_then_mine(dialog: ComplaintDialog) -> None:
        services.complaints.update(row.id, row.version, {"responsible": "Karin Kollega"})
        line(dialog, "reference").setText("Faktura 4711")

    answer_complaint_dialog(monkeypatch, meanwhile_then_mine)
    view.open_action.trigger()
    assert len(conflicts) == 1
    labels = {r.label for r in conflicts[0].rows}
    assert {"Ansvarig", "Referens"} <= labels
    saved = services.complaints.get(row.id)
    assert saved.reference == "Faktura 4711" and saved.responsible == "Karin Kollega"
    assert saved.version == row.version + 2
    current = view.current_record()
    assert current is not None and current.reference == "Faktura 4711"  # the view read it again


def test_a_conflict_reload_shows_theirs_and_the_next_save_goes_against_it(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = register(services, customers(services)[0][0], 3, "Fel belopp.")
    view = make_view(qtbot, services)
    select(view, row)
    monkeypatch.setattr(
        ConflictDialog, "exec", lambda dialog: dialog.choose(ConflictChoice.RELOAD) or dialog.result()
    )
    seen: list[str] = []

    def fake_exec(dialog: ComplaintDialog) -> int:
        acknowledged = services.complaints.acknowledge(row.id, row.version, TODAY)  # someone else
        services.complaints.update(acknowledged.id, acknowledged.version, {"responsible": "Karin"})
        line(dialog, "responsible").setText("Bo")
        dialog.accept()
        assert dialog.result() != ComplaintDialog.DialogCode.Accepted  # still open, with their version
        seen.append(line(dialog, "responsible").text())
        seen.append(dialog.status_label.text())  # the header follows what was read
        line(dialog, "diary_number").setText("KS 2010/17")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ComplaintDialog, "exec", fake_exec)
    view.open_action.trigger()
    assert seen == ["Karin", "Bekräftat"]
    saved = services.complaints.get(row.id)
    assert saved.responsible == "Karin" and saved.diary_number == "KS 2010/17"
    assert saved.status is ComplaintStatus.ACKNOWLEDGED


# -- readers ---------------------------------------------------------------------------------------------


def test_a_reader_sees_the_dialog_read_only(qtbot: QtBot, services: Services, database: Database) -> None:
    row = answered_row(services)
    reader = reader_services(database)
    dialog = make_dialog(qtbot, reader, reader.complaints.get(row.id))
    assert text_box(dialog, "description").isReadOnly() and line(dialog, "responsible").isReadOnly()
    assert not combo(dialog, "channel").isEnabled()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and [b.text() for b in buttons.buttons()] == ["Stäng"]
    notice = dialog.findChild(QLabel, "readOnlyNotice")
    assert notice is not None and notice.text() == "Endast läsning"
    assert dialog.links_tab is not None and not dialog.links_tab.link_button.isEnabled()
    dialog.accept()  # Enter: closes, saves nothing
    assert services.complaints.get(row.id).version == row.version


# -- the event log and links -----------------------------------------------------------------------------


def test_a_note_in_the_event_log_newest_first(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    row = answered_row(services)
    dialog = make_dialog(qtbot, services, row)
    events = dialog.events_tab
    assert events is not None
    qtmodeltester.check(events.model)
    assert [e.kind_label for e in events.events()] == ["Besvarat", "Bekräftat", "Registrerat"]

    def write(note: NoteDialog) -> int:
        choose(note.kind_combo, "Kontakt med kunden")
        note.text_edit.setPlainText("Ringt kunden och förklarat beslutet.")
        note.accept()
        return note.result()

    monkeypatch.setattr(NoteDialog, "exec", write)
    events.note_button.click()
    assert events.events()[0].kind_label == "Kontakt med kunden"
    assert events.text.toPlainText() == "Ringt kunden och förklarat beslutet."  # the newest is selected
    assert dialog.changed  # the caller reads the register again


def test_an_empty_note_is_refused_and_nothing_is_lost(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = answered_row(services)
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, exc, **_kw: errors.append(str(exc)))
    note = NoteDialog(services, row, None)
    qtbot.addWidget(note)
    note.text_edit.setPlainText("   ")
    note.accept()
    assert errors == ["Skriv en text i händelsen."] and note.result() != NoteDialog.DialogCode.Accepted


def test_linking_a_customer_log_entry(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    row = answered_row(services)
    assert row.customer_id is not None
    entry = log_entry(services, row.customer_id, "Samtal om dubbelfakturan")
    other_customer = customers(services)[1][0]
    log_entry(services, other_customer, "En annan kund")  # not offered
    dialog = make_dialog(qtbot, services, row)
    links = dialog.links_tab
    assert links is not None and links.entries() == []
    offered: list[list[str]] = []

    def pick(chooser: LinkEntryDialog) -> int:
        qtmodeltester.check(chooser.model)
        offered.append([e.subject for e in chooser.model.records()])
        assert chooser.select(entry.id)
        chooser.accept()
        return chooser.result()

    monkeypatch.setattr(LinkEntryDialog, "exec", pick)
    links.link_button.click()
    assert offered == [["Samtal om dubbelfakturan"]]
    assert [e.subject for e in links.entries()] == ["Samtal om dubbelfakturan"]
    qtmodeltester.check(links.model)
    assert services.customer_log.get(entry.id).complaint_case_number == row.case_number

    monkeypatch.setattr(messages, "confirm", lambda *_a, **_kw: True)
    links.table.selectRow(0)
    links.unlink_button.click()
    assert links.entries() == []
    assert services.customer_log.get(entry.id).complaint_id is None


# -- the customer page -----------------------------------------------------------------------------------


def test_the_customer_page_lists_the_customers_complaints(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    (customer_id, _), (other, _) = customers(services)[:2]
    late = register(services, customer_id, 40, "Sent svar.")
    closed = answered_row(services)  # of the first customer too
    closed = services.complaints.close(closed.id, closed.version, TODAY, Outcome.NO_CHANGE, None)
    register(services, other, 2, "En annan kunds klagomål.")

    page = CustomerPage(context_for(services))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert "complaints" in page.section_keys()
    assert page.heading("complaints").text() == "Klagomål"
    page.show_customer(customer_id)
    section = page.section("complaints")
    assert isinstance(section, ComplaintsSection)
    qtmodeltester.check(section.model)
    qtmodeltester.check(section.proxy)
    assert {r.case_number for r in section.complaints()} == {late.case_number, closed.case_number}
    headers = [
        section.model.headerData(c, Qt.Orientation.Horizontal) for c in range(section.model.columnCount())
    ]
    assert headers == ["Ärendenr", "Inkom", "Status", "Kategori", "Felorsak"]
    row = next(
        r for r in range(section.proxy.rowCount()) if section.proxy.index(r, 0).data() == late.case_number
    )
    assert section.proxy.index(row, 2).data() == "Registrerat, försenat"
    assert section.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert section.count_label.text() == "2 klagomål (alla år), 1 öppet, 1 försenat"

    seen: list[ComplaintDialog] = []

    def look(dialog: ComplaintDialog) -> int:
        seen.append(dialog)
        line(dialog, "responsible").setText("Åsa")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ComplaintDialog, "exec", look)
    section.table.doubleClicked.emit(section.proxy.index(row, 0))
    assert seen[0].case_label.text() == late.case_number
    assert services.complaints.get(late.id).responsible == "Åsa"


def test_a_customer_without_complaints(qtbot: QtBot, services: Services) -> None:
    section = ComplaintsSection(context_for(services))
    qtbot.addWidget(section)
    section.show_customer(customers(services)[5][0], date.today().year)
    assert section.count_label.text() == "Kunden har inga klagomål i registret."
    assert not section.table.isVisibleTo(section)
