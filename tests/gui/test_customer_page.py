"""The customer page, driven through its widgets (offscreen); the entry dialog's ``exec`` is patched."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekadm_desktop.models.customer_log import LogKind
from ekadm_desktop.models.reference import CustomerKind
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.customers import CustomerChoice
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers import sections
from ekadm_desktop.ui.customers.details_section import DetailsSection
from ekadm_desktop.ui.customers.log_section import LogEntryDialog, LogSection
from ekadm_desktop.ui.customers.page import CustomerPage
from ekadm_desktop.ui.customers.sections import CustomerSection
from ekadm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def make_context(services: Services) -> ViewContext:
    return ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())


def make_page(qtbot: QtBot, services: Services) -> CustomerPage:
    page = CustomerPage(make_context(services))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def customer_named(services: Services, name: str) -> CustomerChoice:
    return next(c for c in services.customers.customers() if c.name == name)


def process_id(services: Services, name: str) -> int:
    return next(c.id for c in services.admin.choices("process") if c.label == name)


def log_entry(services: Services, customer_id: int, day: date, subject: str, text: str = "") -> None:
    services.customer_log.create(
        {
            "entry_date": day,
            "customer_id": customer_id,
            "kind": LogKind.MEETING,
            "subject": subject,
            "text": text,
        }
    )


@pytest.fixture
def bromma(services: Services) -> CustomerChoice:
    """Bromma with a 2010 agreement, an additional agreement and two log entries."""
    customer = customer_named(services, "Bromma stadsdelsförvaltning")
    services.admin.save(
        "agreement",
        None,
        None,
        {
            "customer_id": customer.id,
            "year": 2010,
            "signed_on": "2009-12-15",
            "services": [process_id(services, "Kassa/bank"), process_id(services, "Kundreskontra")],
        },
    )
    services.admin.save(
        "additional",
        None,
        None,
        {"customer_id": customer.id, "title": "Extra avstämningar", "valid_from": "2010-05-01"},
    )
    log_entry(services, customer.id, date(2010, 3, 2), "Tertialmöte T1", "Vi gick igenom fakturaflödet.")
    log_entry(services, customer.id, date(2010, 9, 14), "Tertialmöte T2", "Kunden vill ha fler e-fakturor.")
    return customer


@pytest.fixture
def farsta(services: Services) -> CustomerChoice:
    customer = customer_named(services, "Farsta stadsdelsförvaltning")
    log_entry(services, customer.id, date(2010, 4, 20), "Samtal om påminnelser")
    return customer


def details_of(page: CustomerPage) -> DetailsSection:
    section = page.section("details")
    assert isinstance(section, DetailsSection)
    return section


def log_of(page: CustomerPage) -> LogSection:
    section = page.section("log")
    assert isinstance(section, LogSection)
    return section


def table_texts(section: LogSection, column: int) -> list[str]:
    proxy = section.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


# -- showing a customer ------------------------------------------------------------------------


def test_page_shows_the_customer_its_agreement_and_its_log_newest_first(
    qtbot: QtBot, services: Services, bromma: CustomerChoice
) -> None:
    page = make_page(qtbot, services)
    assert page.year() == 2010  # the latest year with an agreement
    page.show_customer(bromma.id)

    assert page.current_customer_id() == bromma.id
    assert page.customer_combo.currentText() == bromma.label
    assert page.name_label.text() == "Bromma stadsdelsförvaltning"
    assert "Stadsdelsförvaltning" in page.subtitle_label.text()
    assert bromma.unit_name in page.subtitle_label.text()
    assert page.heading("details").text() == "Uppgifter och avtal"
    assert page.heading("log").text() == "Kundlogg"

    details = details_of(page)
    assert details.agreement_heading.text() == "Serviceavtal 2010"
    assert details.signed_label.text() == "2009-12-15"
    assert details.services_label.text() == "• Kundreskontra\n• Kassa/bank"  # the processes' order
    assert not details.no_agreement_label.isVisible()
    assert details.additional_heading.text() == "Tilläggsöverenskommelser 2010"
    assert details.additional_model.rowCount() == 1
    assert details.additional_model.index(0, 0).data() == "Extra avstämningar"
    assert details.additional_model.index(0, 3).data() == "tills vidare"
    assert details.unit_label.text() == bromma.unit_name

    log = log_of(page)
    assert table_texts(log, 0) == ["2010-09-14", "2010-03-02"]
    assert table_texts(log, 2) == ["Tertialmöte T2", "Tertialmöte T1"]
    assert table_texts(log, 1) == ["Kundmöte", "Kundmöte"]
    assert [log.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Datum",
        "Typ",
        "Rubrik",
        "Författare",
        "Uppföljning",
    ]
    assert log.count_label.text() == "2 poster (alla år)"


def test_nothing_is_cut_off(qtbot: QtBot, services: Services, bromma: CustomerChoice) -> None:
    long_note = " ".join(["En lång anteckning om avtalet och dess villkor."] * 12)
    agreement = next(r for r in services.admin.list("agreement") if r.values["customer_id"] == bromma.id)
    every_process = [c.id for c in services.admin.choices("process")]
    services.admin.save("agreement", agreement.id, None, {"note": long_note, "services": every_process})
    page = make_page(qtbot, services)
    page.show_customer(bromma.id)
    details = details_of(page)
    log = log_of(page)

    def laid_out() -> bool:
        return (
            details.services_label.height() >= details.services_label.sizeHint().height()
            and details.agreement_note_label.height()
            >= details.agreement_note_label.heightForWidth(details.agreement_note_label.width())
            and log.table.height() == log.table.fitted_height()
            and details.additional_table.height() == details.additional_table.fitted_height()
        )

    qtbot.waitUntil(laid_out)
    page.resize(900, 600)
    qtbot.waitUntil(laid_out)
    assert log.table.verticalScrollBar().maximum() == 0  # two rows: no scrolling inside the table


def test_another_year_shows_that_years_agreements(
    qtbot: QtBot, services: Services, bromma: CustomerChoice
) -> None:
    page = make_page(qtbot, services)
    page.show_customer(bromma.id)
    page.set_year(2009)
    details = details_of(page)
    assert details.agreement_heading.text() == "Serviceavtal 2009"
    assert details.no_agreement_label.isVisible()
    assert details.no_agreement_label.text() == "Inget serviceavtal för 2009."
    assert details.no_additional_label.isVisible() and not details.additional_table.isVisible()
    assert len(log_of(page).entries()) == 2  # the log is the whole history, whatever the year


def test_switching_customer_updates_every_section(
    qtbot: QtBot, services: Services, bromma: CustomerChoice, farsta: CustomerChoice
) -> None:
    page = make_page(qtbot, services)
    shown: list[int] = []
    page.customer_changed.connect(shown.append)
    page.show_customer(bromma.id)

    page.customer_combo.setCurrentIndex(page.customer_combo.findData(farsta.id))
    assert page.name_label.text() == "Farsta stadsdelsförvaltning"
    details = details_of(page)
    assert details.details is not None and details.details.id == farsta.id
    assert details.no_agreement_label.text() == "Inget serviceavtal för 2010."
    assert [e.subject for e in log_of(page).entries()] == ["Samtal om påminnelser"]
    assert log_of(page).count_label.text() == "1 post (alla år)"
    assert shown == [bromma.id, farsta.id]


def test_stepping_through_customers(qtbot: QtBot, services: Services, bromma: CustomerChoice) -> None:
    page = make_page(qtbot, services)
    codes = [c.code for c in services.customers.customers()]
    page.show_customer(bromma.id)
    start = codes.index(bromma.code)

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.customer_combo.currentText().startswith(codes[start + 1] + " – ")
    with qtbot.waitActive(page):
        page.activateWindow()
    ctrl = Qt.KeyboardModifier.ControlModifier
    page.customer_combo.setFocus()
    qtbot.keyClick(page.customer_combo, Qt.Key.Key_PageUp, ctrl)
    assert page.current_customer_id() == bromma.id
    assert [e.subject for e in log_of(page).entries()] == ["Tertialmöte T2", "Tertialmöte T1"]
    for widget in (page.year_spin, log_of(page).table):  # the keys work wherever the focus is on the page
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_PageDown, ctrl)
        assert page.customer_combo.currentIndex() == start + 1
        qtbot.keyClick(widget, Qt.Key.Key_PageUp, ctrl)
        assert page.customer_combo.currentIndex() == start
    assert page.year() == 2010

    page.customer_combo.setCurrentIndex(0)
    assert not page.previous_action.isEnabled() and page.next_action.isEnabled()
    page.step(-1)
    assert page.customer_combo.currentIndex() == 0  # no wrapping
    page.customer_combo.setCurrentIndex(len(codes) - 1)
    assert page.previous_action.isEnabled() and not page.next_action.isEnabled()


def test_typing_in_the_picker_finds_a_customer(
    qtbot: QtBot, services: Services, farsta: CustomerChoice
) -> None:
    page = make_page(qtbot, services)
    completer = page.customer_combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("FARSTA")  # case-insensitive, anywhere in "code – name"
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == farsta.label

    line_edit = page.customer_combo.lineEdit()
    assert line_edit is not None
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "farst")
    line_edit.editingFinished.emit()  # as on Enter or leaving the field
    assert page.current_customer_id() == farsta.id
    assert page.name_label.text() == "Farsta stadsdelsförvaltning"
    assert page.customer_combo.currentText() == farsta.label

    line_edit.setText("finns inte")
    line_edit.editingFinished.emit()
    assert page.current_customer_id() == farsta.id
    assert page.customer_combo.currentText() == farsta.label  # put back


def test_double_click_shows_the_whole_entry(
    qtbot: QtBot, services: Services, bromma: CustomerChoice, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[LogEntryDialog] = []

    def fake_exec(dialog: LogEntryDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(LogEntryDialog, "exec", fake_exec)
    page = make_page(qtbot, services)
    page.show_customer(bromma.id)
    log = log_of(page)
    table = log.table
    rect = table.visualRect(log.proxy.index(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.entry.subject == "Tertialmöte T1"
    assert dialog.text.toPlainText() == "Vi gick igenom fakturaflödet."
    assert dialog.text.isReadOnly()
    assert dialog.windowTitle() == "Kundloggspost – Tertialmöte T1"

    with qtbot.waitActive(page):
        page.activateWindow()
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter too
    assert [d.entry.subject for d in shown] == ["Tertialmöte T1", "Tertialmöte T2"]


def test_a_customer_added_or_removed_meanwhile(
    qtbot: QtBot, services: Services, farsta: CustomerChoice
) -> None:
    page = make_page(qtbot, services)
    unit_id = services.admin.choices("unit")[0].id
    new = services.admin.save(
        "customer",
        None,
        None,
        {"code": "ZZ01", "name": "Tillfälliga nämnden", "kind": CustomerKind.SPECIALIST, "unit_id": unit_id},
    )
    page.show_customer(new.id)  # not in the list read at the start: read again
    assert page.current_customer_id() == new.id
    assert page.name_label.text() == "Tillfälliga nämnden"

    services.admin.delete("customer", new.id, None)
    page.set_year(2009)  # the sections read again, and the customer is gone
    details = details_of(page)
    assert details.message.isVisible() and details.message.text() == "Kunden finns inte längre."
    assert not details.body.isVisible()
    assert log_of(page).message.text() == "Kunden finns inte längre."

    page.show_customer(farsta.id)
    assert not details.message.isVisible() and details.body.isVisible()
    page.refresh_action.trigger()
    assert page.customer_combo.findData(new.id) < 0
    assert page.current_customer_id() == farsta.id


# -- the section registry ----------------------------------------------------------------------


class DummySection(QWidget):
    """A section as another engineer would add one: any widget with ``show_customer``."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.calls: list[tuple[int, int]] = []

    def show_customer(self, customer_id: int, year: int) -> None:
        self.calls.append((customer_id, year))


def test_a_section_added_to_the_registry_appears_on_the_page(
    qtbot: QtBot,
    services: Services,
    bromma: CustomerChoice,
    farsta: CustomerChoice,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    added = CustomerSection("dummy", "Testavsnitt", f"{__name__}:DummySection", 15)
    hidden = CustomerSection("hidden", "Dolt", f"{__name__}:DummySection", 16, visible=lambda _user: False)
    monkeypatch.setattr(sections, "CUSTOMER_SECTIONS", [*sections.CUSTOMER_SECTIONS, added, hidden])

    page = make_page(qtbot, services)
    keys = page.section_keys()
    assert "hidden" not in keys  # not for this user
    assert keys[:3] == ["details", "dummy", "log"]  # by order, among the registered sections
    assert page.heading("dummy").text() == "Testavsnitt"
    dummy = page.section("dummy")
    assert isinstance(dummy, DummySection)
    assert dummy.parentWidget() is not None and dummy.isVisible()

    page.show_customer(bromma.id)
    page.show_customer(farsta.id)
    page.set_year(2009)
    assert dummy.calls[-3:] == [(bromma.id, 2010), (farsta.id, 2010), (farsta.id, 2009)]


def test_a_section_without_show_customer_is_refused(services: Services) -> None:
    broken = CustomerSection("broken", "Trasigt", "PySide6.QtWidgets:QWidget", 1)
    with pytest.raises(TypeError):
        broken.create(make_context(services))


def test_the_page_is_an_area_for_everyone(services: Services, qtbot: QtBot) -> None:
    keys = [a.key for a in AREAS]
    assert keys.index("customers") > keys.index("start")
    area = next(a for a in AREAS if a.key == "customers")
    assert area.visible(services.user)
    view = area.create(make_context(services))
    qtbot.addWidget(view)
    assert isinstance(view, CustomerPage)


# -- models ------------------------------------------------------------------------------------


def test_table_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, bromma: CustomerChoice
) -> None:
    page = make_page(qtbot, services)
    page.show_customer(bromma.id)
    log = log_of(page)
    assert log.model.rowCount() == 2
    qtmodeltester.check(log.model)
    qtmodeltester.check(log.proxy)
    qtmodeltester.check(details_of(page).additional_model)
