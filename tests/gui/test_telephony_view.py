"""The telephony view and the customer page's phone section on a handful of calls: the tables hold
the service's hand-checked figures, extension figures only for those allowed, and "Importera…"
hands the chosen file to the import service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.phone import Call, CallOutcome, Extension, PhoneGroup
from ekadm_desktop.models.reference import Customer, Unit
from ekadm_desktop.models.users import Role
from ekadm_desktop.services.bundle import Services, build_services
from ekadm_desktop.services.phone_rollup import rebuild_rollups
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers.phone_section import PhoneSection
from ekadm_desktop.ui.customers.sections import CUSTOMER_SECTIONS
from ekadm_desktop.ui.tasks import TaskRunner
from ekadm_desktop.ui.telephony.view import TelephonyView

pytestmark = pytest.mark.gui
A, AB = CallOutcome.ANSWERED, CallOutcome.ABANDONED


@pytest.fixture
def north(database: Database) -> int:
    """Group 100 of the NORD unit: in March 2010 four answered, one short and one long abandon."""
    with database.session() as s:
        unit = s.scalars(select(Unit).where(Unit.code == "NORD")).one()
        group = PhoneGroup(number="100", name="Nord", unit_id=unit.id)
        s.add(group)
        s.flush()
        ext = Extension(number="1001", name="Anna Ek", group_id=group.id, unit_id=unit.id)
        s.add(ext)
        s.flush()
        calls = [
            (datetime(2010, 3, 1, 9, 0), A, 10.0),
            (datetime(2010, 3, 1, 9, 5), A, 30.0),
            (datetime(2010, 3, 2, 10, 0), A, 20.0),
            (datetime(2010, 3, 3, 14, 0), A, 40.0),
            (datetime(2010, 3, 3, 14, 5), AB, 3.0),
            (datetime(2010, 3, 4, 9, 0), AB, 50.0),
        ]
        s.execute(
            insert(Call),
            [
                {
                    "source_key": f"k{i}",
                    "group_id": group.id,
                    "extension_id": ext.id if o is A else None,
                    "started_at": at,
                    "outcome": o,
                    "wait_seconds": w,
                    "talk_seconds": 60.0 if o is A else None,
                }
                for i, (at, o, w) in enumerate(calls)
            ],
        )
        rebuild_rollups(s)
        return unit.id


def make_view(qtbot: QtBot, services: Services) -> TelephonyView:
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    view = TelephonyView(context)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    return view


def cell(view_model: Any, row: int, column: int) -> str:
    return str(view_model.data(view_model.index(row, column)))


def test_the_area_and_the_section_are_registered() -> None:
    assert any(a.key == "telephony" for a in AREAS)
    section = next(s for s in CUSTOMER_SECTIONS if s.key == "phone")
    assert (section.order, section.title) == (50, "Telefoni (ansvarig enhet)")


def test_the_month_per_unit_and_the_comparison(qtbot: QtBot, services: Services, north: int) -> None:
    view = make_view(qtbot, services)
    assert view.period_edit.text() == "2010-03"  # the last month with calls
    model = view.unit_model
    assert model.rowCount() == 1
    # answer rate 4 / (6 − 1) = 80,0 %, under the default target of 90 %
    assert [cell(model, 0, c) for c in (0, 1, 2, 3, 4, 5, 6, 7)] == [
        "Enhet Nord",
        "6",
        "4",
        "2",
        "1",
        "80,0\xa0%",
        "90,0\xa0%",
        "Under",
    ]
    tip = model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "korta avhopp" in str(tip)
    figures = view.figure_model
    rows = {figures.record(r).code: figures.record(r) for r in range(figures.rowCount())}
    assert rows["asa_seconds"].current == "0:25"  # (10 + 30 + 20 + 40) / 4
    assert rows["service_level"].current == "50,0\xa0%"  # 10 s and 20 s within 20 s
    assert rows["busiest_hour"].current == "09:00–10:00"
    assert rows["answer_rate"].previous == "–"  # February: no calls, no rate
    assert view.rate_chart.figure is not None and view.heat_chart.figure is not None
    assert view.rate_chart.figure.get_label() == "Svarsfrekvens – Alla grupper, 2010"
    assert view.tabs.isTabVisible(view.extension_tab)
    assert cell(view.extension_model, 0, 0) == "1001" and cell(view.extension_model, 0, 2) == "4"
    view.step_period(1)
    assert view.period_edit.text() == "2010-04"
    assert view.data is not None and view.data.comparison.current.offered == 0
    assert cell(view.unit_model, 0, 5) == "–"


def test_extensions_are_hidden_from_a_reader(
    qtbot: QtBot, database: Database, north: int, admin_user: CurrentUser
) -> None:
    reader = CurrentUser(id=2, login="lasare", display_name="Läsare", role=Role.READER, unit_id=north)
    view = make_view(qtbot, build_services(database, reader))
    assert not view.tabs.isTabVisible(view.extension_tab)
    assert view.extension_model.rowCount() == 0
    assert view.unit_model.rowCount() == 1


def test_the_customer_section_shows_the_responsible_units_year(
    qtbot: QtBot, services: Services, database: Database, north: int
) -> None:
    with database.session() as s:
        customer_id = s.scalars(
            select(Customer.id).where(Customer.unit_id == north).order_by(Customer.id)
        ).first()
        other = s.scalars(select(Customer.id).where(Customer.unit_id != north).order_by(Customer.id)).first()
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    section = PhoneSection(context)
    qtbot.addWidget(section)
    section.show()
    assert customer_id is not None and other is not None
    section.show_customer(customer_id, 2010)
    assert "Enhet Nord, 2010: 6 erbjudna samtal" in section.summary.text()
    assert "80,0\xa0%" in section.summary.text()
    assert section.model.rowCount() == 1 and cell(section.model, 0, 0) == "mars 2010"
    section.show_customer(other, 2010)
    assert section.message.isVisibleTo(section) and "inget gruppnummer" in section.message.text()
