"""Översikt, the start view: tiles per unit and figure, month stepping, a click opens the area."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ekadm_desktop.app import EkadmApplication
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.periods import Month
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.dashboard import COLUMNS, COMPLAINTS, CUSTOMER_PER_FTE, FOLLOW_UPS
from ekadm_desktop.settings import AppPaths, load_settings
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.dashboard.view import DashboardView
from ekadm_desktop.ui.tasks import TaskRunner
from tests.unit.productivity_data import Ids, fill

pytestmark = pytest.mark.gui


def make_view(qtbot: QtBot, services: Services, opened: list[str]) -> DashboardView:
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    view = DashboardView(replace(context, open_area=opened.append))
    qtbot.addWidget(view)
    view.resize(1060, 740)
    view.show()
    return view


def test_registered_as_the_start_area() -> None:
    start = AREAS[0]
    assert (start.key, start.title) == ("start", "Översikt")
    assert start.view == "ekadm_desktop.ui.dashboard.view:DashboardView"


def test_tiles_per_unit_and_figure_and_a_click_opens_the_area(qtbot: QtBot, services: Services) -> None:
    ids: Ids = fill(services.db)
    opened: list[str] = []
    view = make_view(qtbot, services, opened)
    assert view.month_label.text() == "april 2010"  # the latest month with volumes
    assert "Senaste månad med uppgifter: april 2010" in view.info_label.text()
    assert len(view.tiles) == 5 * len(COLUMNS)  # four units and the whole service
    view.show_month(Month(2010, 3))
    assert view.month_label.text() == "mars 2010" and view.next_button.isEnabled()
    tile = view.tile(ids.nord, CUSTOMER_PER_FTE)
    assert tile.value_label.text() == "4\u00a0375"  # 14 000 invoices over 3.2 FTE
    assert tile.status_label.text() == "Uppnått" and tile.detail_label.text() == "Mål 4\u00a0300"
    assert "årsarbetare" in tile.toolTip()
    assert tile.sparkline.values[-1] == pytest.approx(14000 / 3.2)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert opened == ["productivity"]
    follow_ups = view.tile(None, FOLLOW_UPS)
    follow_ups.setFocus()
    qtbot.keyClick(follow_ups, Qt.Key.Key_Return)
    assert opened == ["productivity", "follow_ups"]
    qtbot.mouseClick(view.tile(ids.syd, COMPLAINTS), Qt.MouseButton.LeftButton)
    assert opened[-1] == "complaints"
    view.next_button.click()
    assert view.month_label.text() == "april 2010" and not view.next_button.isEnabled()
    view.previous_button.click()
    assert view.month_label.text() == "mars 2010"
    view.latest_button.click()
    assert view.month_label.text() == "april 2010"
    view.tabs.setCurrentIndex(1)
    assert view.table.rowCount() > 5  # the database summary of the former start page


def test_an_empty_database_says_what_to_do(qtbot: QtBot, services: Services) -> None:
    opened: list[str] = []
    view = make_view(qtbot, services, opened)
    assert not view.empty_label.isHidden()
    assert "Inga volymer ännu – registrera i Månadsavstämning" in view.empty_label.text()
    assert view.tile(None, CUSTOMER_PER_FTE).value_label.text() == "–"
    view.monthly_button.click()
    assert opened == ["monthly"]
    fill(services.db)  # the month entered in another area: read again when the view is shown
    view.hide()
    view.show()
    assert view.month_label.text() == "april 2010"
    assert view.empty_label.text() == "April 2010 saknar samtal." and view.monthly_button.isHidden()
    assert view.tile(None, CUSTOMER_PER_FTE).value_label.text() != "–"


def test_the_main_window_opens_the_area_of_a_clicked_tile(qtbot: QtBot, tmp_path: Path) -> None:
    paths = AppPaths.default()
    app = EkadmApplication(
        paths,
        load_settings(paths),
        tasks=TaskRunner(synchronous=True),
        override=DatabaseTarget.sqlite(tmp_path / "gui.sqlite"),
    )
    try:
        window = app.start()
        window.show_area("start")
        view = window.view("start")
        assert isinstance(view, DashboardView)
        qtbot.mouseClick(view.tile(None, COMPLAINTS), Qt.MouseButton.LeftButton)
        assert window.current_area() == "complaints"
    finally:
        if app.window is not None:
            app.window.close()
        app.shutdown()
