"""The monthly reconciliation grids driven by keyboard and clipboard (offscreen); dialogs are patched."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ekadm_desktop.models.volumes import MonthlyVolume
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.volume_grid import CellChange
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.common import import_dialog as common_import
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import TaskRunner
from ekadm_desktop.ui.volumes import import_dialog
from ekadm_desktop.ui.volumes import view as view_module
from ekadm_desktop.ui.volumes.import_dialog import VolumeImportDialog
from ekadm_desktop.ui.volumes.view import DISCARD, MonthlyReconciliationView

pytestmark = pytest.mark.gui
FIXTURE = Path(__file__).parent.parent / "fixtures" / "volumes" / "erp_statistik_2010.csv"


@pytest.fixture
def context(services: Services) -> ViewContext:
    grid = services.volume_entry.volumes(2010, 3)
    # Two customers with figures in March 2010, so the view opens there.
    services.volume_entry.save_volumes(
        2010,
        3,
        [
            CellChange(grid.rows[0].key, "cl_feeder", None, "1000"),
            CellChange(grid.rows[1].key, "cl_feeder", None, "200"),
        ],
    )
    return ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())


@pytest.fixture
def view(qtbot: QtBot, context: ViewContext, monkeypatch: pytest.MonkeyPatch) -> MonthlyReconciliationView:
    monkeypatch.setattr(view_module, "ask_unsaved", lambda *_a, **_k: DISCARD)
    widget = MonthlyReconciliationView(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored(services: Services) -> dict[tuple[str, str], Decimal]:
    with services.db.session() as s:
        return {
            (v.customer.code, v.transaction_type.code): v.quantity for v in s.scalars(select(MonthlyVolume))
        }


def test_models_pass_the_model_tester(view: MonthlyReconciliationView, qtmodeltester: ModelTester) -> None:
    for page in view.pages():
        qtmodeltester.check(page.model)


def test_keyboard_edit_totals_and_save_round_trip(
    qtbot: QtBot, view: MonthlyReconciliationView, services: Services
) -> None:
    assert (view.year, view.month) == (2010, 3)
    grid_view, model = view.volumes_page.view, view.volumes_page.model
    totals_row = model.rowCount() - 1
    assert model.index(totals_row, 0).data() == "1\u00a0200"
    first_code = model.grid_row(0).code  # type: ignore[union-attr]
    grid_view.setFocus()
    grid_view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(grid_view, "1")  # typing starts editing the cell
    editor = QApplication.focusWidget()
    assert editor is not grid_view
    qtbot.keyClicks(editor, "500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid_view.currentIndex().row() == 1)  # Enter commits and moves down
    assert model.index(0, 0).data() == "1\u00a0500"
    assert model.index(totals_row, 0).data() == "1\u00a0700"  # the totals follow at once
    total_column = len(model.grid.columns)  # type: ignore[union-attr]
    assert model.index(0, total_column).data() == "1\u00a0500"
    assert view.is_dirty and view.save_button.isEnabled() and "*" in view.tabs.tabText(0)
    assert stored(services)[(first_code, "cl_feeder")] == Decimal(1000)  # not saved yet
    qtbot.keyClick(grid_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.is_dirty
    assert stored(services)[(first_code, "cl_feeder")] == Decimal(1500)
    # Delete clears the selected cell; saving removes the figure
    grid_view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(grid_view, Qt.Key.Key_Delete)
    assert model.index(0, 0).data() == ""
    view.save_button.click()
    assert (first_code, "cl_feeder") not in stored(services)


def test_paste_with_a_bad_cell_applies_nothing_and_names_the_cell(
    qtbot: QtBot, view: MonthlyReconciliationView, services: Services
) -> None:
    grid_view, model = view.volumes_page.view, view.volumes_page.model
    grid_view.setCurrentIndex(model.index(2, 1))
    QGuiApplication.clipboard().setText("10\t20\n30\tabc\n")
    grid_view.setFocus()
    qtbot.keyClick(grid_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    row3 = model.grid_row(3).label  # type: ignore[union-attr]
    message = view.problem_label.text()
    assert view.problem_label.isVisible()
    assert (
        row3 in message
        and "Kundfaktura manuell med bilaga" in message
        and "Ingenting klistrades in" in message
    )
    assert not view.is_dirty and model.index(2, 1).data() == ""
    assert view.save() is True
    assert len(stored(services)) == 2
    # the corrected block: 2 × 2 cells at once, totals updated, saved in one go
    assert grid_view.paste("10\t20\n30\t1 234\r\n") is True
    assert model.pending_count == 4
    totals_row = model.rowCount() - 1
    assert model.index(totals_row, 2).data() == "1\u00a0254"
    view.save_button.click()
    codes = [model.grid_row(r).code for r in (2, 3)]  # type: ignore[union-attr]
    after = stored(services)
    assert after[(codes[0], "cl_manual")] == Decimal(10)
    assert after[(codes[1], "cl_manual_attachment")] == Decimal(1234)
    # copy gives the block back, tab separated
    grid_view.setCurrentIndex(model.index(2, 1))
    grid_view.selectionModel().select(model.index(3, 2), grid_view.selectionModel().SelectionFlag.Select)
    grid_view.copy()
    assert QGuiApplication.clipboard().text() == "10\t20\n30\t1234\n"


def test_paste_too_large_or_into_totals_is_refused(view: MonthlyReconciliationView) -> None:
    grid_view, model = view.volumes_page.view, view.volumes_page.model
    last = model.rowCount() - 2
    grid_view.setCurrentIndex(model.index(last, 0))
    assert grid_view.paste("1\n2\n") is False
    assert "får inte plats" in view.problem_label.text()
    assert not view.is_dirty


def test_locked_month_is_read_only(
    qtbot: QtBot, view: MonthlyReconciliationView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view_module, "ask_reason", lambda *_a: "Rapporterad till servicenämnden")
    view.lock_button.click()
    assert services.month_locks.is_locked(2010, 3)
    assert view.banner.isVisible() and "låst" in view.banner.text() and "Rapporterad" in view.banner.text()
    assert not view.lock_button.isEnabled() and view.unlock_button.isEnabled()
    grid_view, model = view.volumes_page.view, view.volumes_page.model
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    grid_view.setFocus()
    grid_view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(grid_view, "7")
    assert QApplication.focusWidget() is grid_view  # no editor opened
    assert grid_view.paste("5") is False
    assert not view.is_dirty
    staffing = view.staffing_page.model
    assert not (staffing.flags(staffing.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    monkeypatch.setattr(view_module, "ask_reason", lambda *_a: "Rättelse")
    view.unlock_button.click()
    assert not services.month_locks.is_locked(2010, 3) and not view.banner.isVisible()
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_month_change_with_unsaved_changes_asks(
    view: MonthlyReconciliationView, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = view.volumes_page.model
    model.set_text(0, 1, "5")
    asked: list[str] = []

    def cancel(_parent: object, month: str, **_kw: object) -> str:
        asked.append(month)
        return view_module.CANCEL

    monkeypatch.setattr(view_module, "ask_unsaved", cancel)
    view.next_button.click()
    assert asked == ["mars 2010"] and (view.year, view.month) == (2010, 3) and view.is_dirty
    assert view.month_combo.currentIndex() == 2
    monkeypatch.setattr(view_module, "ask_unsaved", lambda *_a, **_k: DISCARD)
    view.next_button.click()
    assert (view.year, view.month) == (2010, 4) and not view.is_dirty


def test_hours_and_staffing_tabs_save_together(view: MonthlyReconciliationView, services: Services) -> None:
    view.staffing_page.model.set_text(0, 0, "2,5")
    view.hours_page.model.set_text(0, 0, "4,5")
    view.hours_page.model.set_text(0, 2, "Bokslut")
    assert view.status_label.text() == "3 ändrade celler, inte sparade"
    assert view.save()
    staffing = services.volume_entry.staffing(2010, 3)
    assert staffing.value(staffing.rows[0].key, staffing.columns[0].key) == Decimal("2.5")
    hours = services.volume_entry.hours(2010, 3, view.service_combo.currentData())
    assert hours.value(hours.rows[0].key, "note") == "Bokslut"
    assert view.hours_page.model.index(0, 0).data() == "4,5"


def test_import_dialog_imports_and_asks_before_replacing(
    qtbot: QtBot, context: ViewContext, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common_import, "show_done", lambda *_a: None)
    monkeypatch.setattr(import_dialog, "show_done", lambda *_a: None)
    monkeypatch.setattr(import_dialog, "ask_profile_name", lambda *_a: "ERP")
    dialog = VolumeImportDialog(None, context, year=2010)
    qtbot.addWidget(dialog)
    dialog.load_file(FIXTURE)
    assert dialog.mapping() == {0: "customer", 1: "transaction_type", 2: "month", 3: "count"}
    dialog.save_profile()
    assert [p.name for p in services.volume_import.profiles()] == ["ERP"]
    dialog.check()
    assert dialog.plan is not None and dialog.plan.ok and dialog.rows_model.rowCount() == 6
    dialog.start_import()
    assert dialog.result_value is not None and dialog.result_value.count == 6
    # again: the months hold imported figures; saying no writes nothing
    asked: list[str] = []
    monkeypatch.setattr(import_dialog, "confirm_replace", lambda _p, message: asked.append(message) or False)
    again = VolumeImportDialog(None, context, year=2010)
    qtbot.addWidget(again)
    again.load_file(FIXTURE)
    again.set_column("month", 2)
    again.check()
    again.start_import()
    assert asked and "mars 2010" in asked[0] and again.result_value is None
    assert len(services.volume_import.history()) == 1
    # a bad file: the errors are listed and nothing can be imported
    bad = FIXTURE.parent / "bad.csv"
    try:
        bad.write_text("Kund;Typ;Månad;Antal\nSDF01;cl_feeder;2010-03;-5\n", encoding="utf-8")
        third = VolumeImportDialog(None, context, year=2010)
        qtbot.addWidget(third)
        third.load_file(bad)
        third.check()
        assert third.problem_model.rowCount() == 1 and not third.import_button.isEnabled()
        assert third.save_problems_button.isEnabled()
    finally:
        bad.unlink()
