"""The "Nyckeltal och intäkter" view and the customer page's volume section on the hand-made data
set of ``tests.unit.productivity_data``: tables and charts hold the services' numbers, the status is
written out, the what-if changes its figure, and the reconciliation is exported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekadm_desktop.services.bundle import Services
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers.sections import CUSTOMER_SECTIONS
from ekadm_desktop.ui.customers.volumes_section import VolumesSection
from ekadm_desktop.ui.productivity.view import ProductivityView
from ekadm_desktop.ui.tasks import TaskRunner
from tests.unit.productivity_data import Ids, fill

pytestmark = pytest.mark.gui


@pytest.fixture
def ids(services: Services) -> Ids:
    return fill(services.db)


def context(services: Services) -> ViewContext:
    return ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())


@pytest.fixture
def view(qtbot: QtBot, services: Services, ids: Ids) -> ProductivityView:
    widget = ProductivityView(context(services))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def cell(table: Any, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    model = table.model()
    return model.data(model.index(row, column), role)


def test_registered_after_the_complaint_statistics() -> None:
    keys = [a.key for a in AREAS]
    assert keys.index("productivity") > keys.index("complaint_summaries")
    (section,) = [s for s in CUSTOMER_SECTIONS if s.key == "volumes"]
    assert section.order == 40 and section.title == "Volymer, e-andel och intäkter"


def test_opens_on_the_latest_month_with_indicators(
    view: ProductivityView, ids: Ids, qtmodeltester: ModelTester
) -> None:
    assert view.current_period().key == "2010-04"  # the last month with volumes
    view.part_combo.setCurrentIndex(2)  # March
    assert view.data is not None and view.data.request.period.key == "2010-03"
    table = view.indicator_table
    rows = {(cell(table, r, 0), cell(table, r, 1)): r for r in range(table.model().rowCount())}
    nord = rows["Kundfakturor per årsarbetare och månad", "Enhet Nord"]
    assert cell(table, nord, 4) == "4\u00a0375"
    assert cell(table, nord, 6) == "Uppnått"  # written out, and coloured
    assert cell(table, nord, 6, Qt.ItemDataRole.BackgroundRole) is not None
    assert "årsarbetare" in cell(table, nord, 4, Qt.ItemDataRole.ToolTipRole)
    syd = rows["Leverantörsfakturor per årsarbetare och månad", "Enhet Syd"]
    assert cell(table, syd, 4) == "–"  # zero FTE
    qtmodeltester.check(view.indicator_model)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("tertial"))  # March → T1
    assert view.data is not None and view.data.request.period.key == "2010-T1"
    rows = {(cell(table, r, 0), cell(table, r, 1)): r for r in range(table.model().rowCount())}
    assert cell(table, rows["Kundfakturor per årsarbetare och månad", "Enhet Nord"], 4) == "4\u00a0167"
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("year"))
    assert view.data.request.period.key == "2010" and not view.part_combo.isVisible()


def test_charts_follow_the_period_and_unit(view: ProductivityView, ids: Ids) -> None:
    view.part_combo.setCurrentIndex(2)
    figure = view.per_fte_tab.chart.figure
    assert figure is not None
    heights = [p.get_height() for p in figure.axes[0].patches]
    assert heights == pytest.approx([20000 / 4.6, 16000 / 4.0])
    view.unit_combo.setCurrentIndex(view.unit_combo.findData(ids.nord))
    figure = view.per_fte_tab.chart.figure
    assert figure is not None
    assert [p.get_height() for p in figure.axes[0].patches] == pytest.approx([14000 / 3.2, 16000 / 4.0])
    assert "Enhet Nord" in figure.get_label()
    revenue = view.revenue_tab.chart.figure
    assert revenue is not None
    assert len(revenue.axes[0].get_yticklabels()) == 2  # A and B, not C of Syd


def test_what_if_changes_the_figure(view: ProductivityView, ids: Ids) -> None:
    view.part_combo.setCurrentIndex(2)
    panel = view.what_if
    panel.customer_combo.setCurrentIndex(panel.customer_combo.findData(ids.a))
    panel.points_spin.setValue(10)
    panel.calculate_button.click()
    first = panel.chart.figure
    assert first is not None
    revenue_bars = [p.get_height() for p in first.axes[0].patches]
    before = 244500 + 4000
    assert revenue_bars == pytest.approx([before, before - 24750 - 8400])
    panel.points_spin.setValue(20)
    panel.calculate_button.click()
    second = panel.chart.figure
    assert second is not None and second is not first
    after = [p.get_height() for p in second.axes[0].patches][1]
    assert after < revenue_bars[1]
    assert "procentenheter" in second.get_label()
    assert "248\u00a0500" in panel.summary.text()


def test_export_reconciliation(
    view: ProductivityView, ids: Ids, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.part_combo.setCurrentIndex(2)
    target = tmp_path / "avstämning.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_button.click()
    workbook = load_workbook(target)
    assert "Nyckeltal" in workbook.sheetnames
    revenue = list(workbook["Intäkter"].iter_rows(values_only=True))
    assert revenue[-1][5] == 244500 + 4000 + 120000 + 1800 + 113000


def test_customer_section(qtbot: QtBot, services: Services, ids: Ids) -> None:
    section = VolumesSection(context(services))
    qtbot.addWidget(section)
    section.show_customer(ids.a, 2010)
    model = section.table.model()
    labels = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert labels == ["mars 2010", "april 2010", "2010"]
    assert model.data(model.index(0, 2)) == "80,0\u00a0%"
    assert model.data(model.index(0, 7)) == "248\u00a0500\u00a0kr"
    summary = section.summary.text()
    # The year: (8000 + 10000) feeder of 20000 customer invoices, 2009: 6000 of 8000.
    assert "90,0\u00a0%" in summary and "+15,0\u00a0p.e." in summary
    assert "338\u00a0500\u00a0kr" in summary
    section.show_customer(ids.a, 2011)
    assert "Inga volymer" in section.message.text()
