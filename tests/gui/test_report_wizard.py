"""The report wizard end to end (synchronous tasks) and the Rapporter area with presets."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from ekadm_desktop.models.complaints import Channel, ComplaintType
from ekadm_desktop.models.reference import Customer, Process, Unit
from ekadm_desktop.periods import Month
from ekadm_desktop.reports.document import Chart
from ekadm_desktop.reports.presets import Preset, PresetStore
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.reports.view import ReportsView
from ekadm_desktop.ui.reports.wizard import ReportWizard
from ekadm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


@pytest.fixture
def context(services: Services) -> ViewContext:
    with services.db.session() as s:
        north = s.scalars(select(Unit.id).where(Unit.code == "NORD")).one()
        customer = s.scalars(
            select(Customer.id).where(Customer.unit_id == north).order_by(Customer.id)
        ).first()
        process = s.scalars(select(Process.id).order_by(Process.id)).first()
    for day in (date(2010, 3, 2), date(2010, 3, 9), date(2010, 3, 10)):
        services.complaints.register(
            {
                "customer_id": customer,
                "process_id": process,
                "channel": Channel.EMAIL,
                "type": ComplaintType.COMPLAINT,
                "description": "Sen betalning.",
            },
            received_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
        )
    return ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())


def test_the_area_is_registered_after_the_statistics() -> None:
    keys = [a.key for a in AREAS]
    assert keys.index("reports") > keys.index("complaint_summaries")


def test_wizard_end_to_end(qtbot, context: ViewContext, out: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "ekadm_desktop.ui.reports.wizard.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    wizard = ReportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.select("complaint_compilation")
    wizard.next()
    params = wizard.params_page
    params.period_edit.setText("2010-02")
    params.next_button.click()
    assert params.period_edit.text() == "2010-03" and params.period_hint.text() == "mars 2010"
    assert params.unit_combo.currentText() == "Alla enheter"
    keys = list(params.section_keys())
    assert keys[:2] == ["overview", "per_process"] and "per_category" not in keys
    params.sections_list.setCurrentRow(1)  # "Per process" first
    params.move_section(-1)
    params.sections_list.item(2).setCheckState(Qt.CheckState.Unchecked)  # not "Per felorsak"
    assert params.section_keys()[:2] == ("per_process", "overview")
    assert "per_cause" not in params.section_keys()
    wizard.next()
    formats = wizard.formats_page
    for key, check in formats.checks.items():
        check.setChecked(key in ("pdf", "xlsx"))
    formats.folder_edit.setText(str(out))
    monkeypatch.setattr(
        "ekadm_desktop.ui.reports.wizard.QInputDialog.getText", lambda *args, **kwargs: ("Mars", True)
    )
    formats.save_button.click()
    saved = PresetStore.load(context.paths).get("Mars")
    assert (
        saved.period == "2010-03" and saved.formats == ("pdf", "xlsx") and saved.sections[0] == "per_process"
    )
    wizard.next()
    preview = wizard.preview_page
    assert preview.isComplete()
    document = wizard.document
    assert document is not None
    assert [s.key for s in document.sections][:2] == ["per_process", "overview"]
    assert preview.tree.topLevelItem(0).text(0) == "Per process"
    assert isinstance(preview.tree.currentItem().data(0, Qt.ItemDataRole.UserRole), Chart)
    wizard.next()
    assert wizard.currentPage() is wizard.generate_page
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "Klagomålssammanställning 2010-03 Alla enheter.pdf",
        "Klagomålssammanställning 2010-03 Alla enheter.xlsx",
    ]
    text = "\n".join(p.extract_text() for p in PdfReader(out / names[0]).pages)
    assert "Per process" in text and "mars 2010" in text
    count = context.services.complaints.compare_with_last_year(Month(2010, 3)).count
    sheet = load_workbook(out / names[1])["Översikt per enhet"]
    totals = [row for row in sheet.iter_rows(values_only=True) if row[0] == "Totalt"]
    assert totals[0][1] == count == 3
    wizard.generate_page.open_file_button.click()
    wizard.generate_page.open_folder_button.click()
    assert opened == [str(out / names[0]), str(out)]
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_wizard_refuses_a_week_pack_without_sections_and_says_why(qtbot, context: ViewContext) -> None:
    wizard = ReportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.select("complaint_compilation")
    wizard.next()
    wizard.params_page.period_edit.setText("2010-W12")
    wizard.next()
    assert wizard.currentPage() is wizard.params_page
    assert "inte för vecka 12 2010" in wizard.params_page.error_label.text()


def test_a_locked_file_is_reported_on_the_last_page(
    qtbot, context: ViewContext, out: Path, monkeypatch
) -> None:
    import os

    def locked(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    preset = Preset("P", "complaint_compilation", "2010-03", formats=("pdf",), folder=str(out))
    wizard = ReportWizard(context, preset=preset)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    monkeypatch.setattr(os, "replace", locked)
    wizard.next()
    page = wizard.generate_page
    assert "öppen i ett annat program" in page.status.text()
    assert page.retry_button.isEnabled() and list(out.iterdir()) == []


def test_reports_area_runs_the_next_period(qtbot, context: ViewContext, out: Path) -> None:
    PresetStore.load(context.paths).save(
        Preset("Februari", "complaint_compilation", "2010-02", formats=("xlsx",), folder=str(out))
    )
    view = ReportsView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.presets.count() == 1
    view.next_button.click()
    assert PresetStore.load(context.paths).get("Februari").period == "2010-03"
    (written,) = view.last_written
    assert written.name == "Klagomålssammanställning 2010-03 Alla enheter.xlsx"
    assert "Klart" in view.status.text()
    wizard = view.new_report()  # a child of the view, deleted when closed
    assert wizard.isVisible() and wizard.definition.key == "unit_meeting"
    wizard.close()
