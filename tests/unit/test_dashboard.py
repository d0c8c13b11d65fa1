"""The start view's figures equal the areas' figures for the same month (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.phone import Call, CallOutcome, PhoneGroup
from ekadm_desktop.periods import Month
from ekadm_desktop.services.complaints import ComplaintFilter, ComplaintService, ComplaintType
from ekadm_desktop.services.customer_log import CustomerLogService, LogKind
from ekadm_desktop.services.dashboard import (
    ANSWER_RATE,
    COMPLAINTS,
    CUSTOMER_PER_FTE,
    CUSTOMER_SHARE,
    FOLLOW_UPS,
    SUPPLIER_PER_FTE,
    SUPPLIER_SHARE,
    DashboardService,
    trend_months,
)
from ekadm_desktop.services.indicators import IndicatorService
from ekadm_desktop.services.phone_rollup import rebuild_rollups
from ekadm_desktop.services.phone_stats import PhoneStatsService, Scope
from ekadm_desktop.services.reference_seed import Indicator
from ekadm_desktop.services.users import CurrentUser
from tests.unit.productivity_data import Ids, fill

TODAY = date(2010, 4, 14)  # a Wednesday: ISO week 15 runs 12–18 April
MARCH, APRIL = Month(2010, 3), Month(2010, 4)
A, AB = CallOutcome.ANSWERED, CallOutcome.ABANDONED


def dashboard_service(database: Database, user: CurrentUser) -> DashboardService:
    return DashboardService(
        IndicatorService(database),
        PhoneStatsService(database, user),
        ComplaintService(database, user, today=lambda: TODAY),
        CustomerLogService(database, user, today=lambda: TODAY),
        today=lambda: TODAY,
    )


@pytest.fixture
def ids(database: Database, admin_user: CurrentUser) -> Ids:
    ids = fill(database)
    with database.session() as s:
        group = PhoneGroup(number="100", name="Nord", unit_id=ids.nord)
        s.add(group)
        s.flush()
        calls = [  # March 2010: 3 answered, 1 abandoned after 30 s -> 3 / 4
            (datetime(2010, 3, 1, 9, 0), A, 5.0),
            (datetime(2010, 3, 2, 9, 0), A, 10.0),
            (datetime(2010, 3, 3, 9, 0), A, 15.0),
            (datetime(2010, 3, 4, 9, 0), AB, 30.0),
            (datetime(2010, 2, 4, 9, 0), A, 5.0),  # February: 1 / 1
        ]
        s.execute(
            insert(Call),
            [
                {
                    "source_key": f"c{i}",
                    "group_id": group.id,
                    "started_at": at,
                    "outcome": o,
                    "wait_seconds": w,
                }
                for i, (at, o, w) in enumerate(calls)
            ],
        )
        s.flush()
        rebuild_rollups(s)
    complaints = ComplaintService(database, admin_user, today=lambda: TODAY)
    for received in (datetime(2010, 3, 1, 9), datetime(2010, 4, 13, 9)):  # overdue; within its deadline
        complaints.register(
            {
                "customer_id": ids.a,
                "type": ComplaintType.COMPLAINT,
                "description": "Fakturan kom för sent.",
            },
            received_at=received,
        )
    log = CustomerLogService(database, admin_user, today=lambda: TODAY)
    for due, done in ((date(2010, 4, 1), False), (date(2010, 4, 16), False), (date(2010, 4, 30), False)):
        log.create(
            {
                "entry_date": date(2010, 3, 20),
                "customer_id": ids.c,
                "author": "Anna",
                "kind": LogKind.MEETING,
                "subject": "Möte",
                "follow_up_on": due,
                "follow_up_by": "Anna",
                "follow_up_done": done,
            }
        )
    log.create(
        {
            "entry_date": date(2010, 3, 20),
            "customer_id": ids.c,
            "author": "Anna",
            "kind": LogKind.MEETING,
            "subject": "Klart",
            "follow_up_on": date(2010, 4, 2),
            "follow_up_by": "Anna",
            "follow_up_done": True,
        }
    )
    return ids


def test_hand_computed_figures_of_march(database: Database, admin_user: CurrentUser, ids: Ids) -> None:
    board = dashboard_service(database, admin_user).dashboard(MARCH)
    assert board.month == MARCH and board.latest == APRIL  # volumes reach April, calls March
    assert board.has_volumes and board.has_calls
    nord = next(u for u in board.units if u.unit_id == ids.nord)
    syd = next(u for u in board.units if u.unit_id == ids.syd)
    assert board.units[-1].unit_id is None and board.units[-1].unit_name == "Alla enheter"
    per_fte = nord.tile(CUSTOMER_PER_FTE)
    assert per_fte.value == pytest.approx(14000 / 3.2)  # A 10000 + B 4000 invoices over 3.2 FTE
    assert (per_fte.target, per_fte.status, per_fte.status_text) == (4300, "green", "Uppnått")
    assert per_fte.area == "productivity" and "årsarbetare" in per_fte.definition
    assert syd.tile(CUSTOMER_PER_FTE).status_text == "Nära"  # 6000 / 1.4 = 4286 of 4300
    assert board.total.tile(CUSTOMER_PER_FTE).value == pytest.approx(20000 / 4.6)
    # Electronic share of Nord's customers A and B: feeder 11000 of 14000; no target row.
    share = nord.tile(CUSTOMER_SHARE)
    assert share.value == pytest.approx(11000 / 14000) and share.status == "none"
    assert share.status_text == "Inget mål"
    assert nord.tile(SUPPLIER_SHARE).value == pytest.approx(4000 / 6000)
    rate = nord.tile(ANSWER_RATE)
    assert rate.value == pytest.approx(3 / 4) and rate.target == pytest.approx(0.90)
    assert (rate.status, rate.status_text, rate.area) == ("red", "Under mål", "telephony")
    assert syd.tile(ANSWER_RATE).value is None and syd.tile(ANSWER_RATE).status_text == "Ingen grupp"
    complaints = nord.tile(COMPLAINTS)
    assert (complaints.value, complaints.status, complaints.status_text) == (2, "red", "1 försenad")
    assert syd.tile(COMPLAINTS).value == 0 and syd.tile(COMPLAINTS).status_text == "0 försenade"
    follow_ups = syd.tile(FOLLOW_UPS)  # C is Syd's: 1 April overdue, 16 April this week
    assert (follow_ups.value, follow_ups.status_text, follow_ups.area) == (2, "1 försenad", "follow_ups")
    assert nord.tile(FOLLOW_UPS).value == 0


def test_trends_are_twelve_months_with_gaps(database: Database, admin_user: CurrentUser, ids: Ids) -> None:
    board = dashboard_service(database, admin_user).dashboard(APRIL)
    assert board.trend_months == trend_months(APRIL) and len(board.trend_months) == 12
    assert board.trend_months[0] == Month(2009, 5) and board.trend_months[-1] == APRIL
    nord = next(u for u in board.units if u.unit_id == ids.nord)
    trend = nord.tile(CUSTOMER_PER_FTE).trend
    assert trend[:-2] == (None,) * 10  # no volumes May 2009 – February 2010
    # April: Syd has no FTE, so C's 6000 count at Nord, the customer ledger's owner.
    assert trend[-2] == pytest.approx(14000 / 3.2) and trend[-1] == pytest.approx((10000 + 6000) / 4.0)
    assert nord.tile(ANSWER_RATE).trend[-3:] == (1.0, pytest.approx(0.75), None)  # April: no calls
    assert nord.tile(COMPLAINTS).trend[-2:] == (1.0, 1.0)  # received per month
    assert next(u for u in board.units if u.unit_id == ids.syd).tile(FOLLOW_UPS).trend[-1] == 2.0
    assert not board.has_calls


def test_figures_equal_the_areas_figures(database: Database, admin_user: CurrentUser, ids: Ids) -> None:
    board = dashboard_service(database, admin_user).dashboard(MARCH)
    indicators = IndicatorService(database)
    phone = PhoneStatsService(database, admin_user)
    complaints = ComplaintService(database, admin_user, today=lambda: TODAY)
    log = CustomerLogService(database, admin_user, today=lambda: TODAY)
    phone_rows = {r.unit_id: r for r in phone.unit_month(MARCH)}
    for unit in board.units:
        report = indicators.report(MARCH, unit.unit_id)
        for code, indicator in (
            (CUSTOMER_PER_FTE, Indicator.CUSTOMER_INVOICES_PER_FTE),
            (SUPPLIER_PER_FTE, Indicator.SUPPLIER_INVOICES_PER_FTE),
        ):
            row = next(
                r for r in report.productivity if r.indicator == indicator and r.unit_id == unit.unit_id
            )
            assert (unit.tile(code).value, unit.tile(code).status) == (row.value, row.status)
        total_share = report.shares[-1]
        assert unit.tile(CUSTOMER_SHARE).value == total_share.customer_share.value
        assert unit.tile(SUPPLIER_SHARE).value == total_share.supplier_share.value
        rate = unit.tile(ANSWER_RATE)
        if unit.unit_id is None:
            assert rate.value == phone.period_figures(MARCH, Scope()).answer_rate
        elif unit.unit_id in phone_rows:
            assert (rate.value, rate.status) == (
                phone_rows[unit.unit_id].figures.answer_rate,
                phone_rows[unit.unit_id].status,
            )
        unit_ids = () if unit.unit_id is None else (unit.unit_id,)
        assert unit.tile(COMPLAINTS).value == complaints.count(
            ComplaintFilter(unit_ids=unit_ids, open_only=True)
        )
        overdue = complaints.count(ComplaintFilter(unit_ids=unit_ids, overdue_only=True))
        assert unit.tile(COMPLAINTS).status == ("red" if overdue else "green")
        assert unit.tile(FOLLOW_UPS).value == len(log.follow_ups(TODAY, unit.unit_id))


def test_the_latest_month_is_the_default(database: Database, admin_user: CurrentUser, ids: Ids) -> None:
    board = dashboard_service(database, admin_user).dashboard()
    assert board.month == APRIL == board.latest
    assert board.has_volumes and not board.has_calls


def test_an_empty_database_has_no_figures(database: Database, admin_user: CurrentUser) -> None:
    board = dashboard_service(database, admin_user).dashboard()
    assert board.latest is None and board.month == Month.of(TODAY)
    assert not board.has_volumes and not board.has_calls
    assert len(board.units) == 5  # the four seeded units and the whole service
    for unit in board.units:
        for code in (CUSTOMER_PER_FTE, SUPPLIER_PER_FTE, CUSTOMER_SHARE, SUPPLIER_SHARE, ANSWER_RATE):
            assert unit.tile(code).value is None, code
            assert unit.tile(code).status == "none"
            assert unit.tile(code).status_text in {"Inga uppgifter", "Ingen grupp", "Inga samtal"}
            assert all(v is None for v in unit.tile(code).trend)
        assert unit.tile(COMPLAINTS).value == 0 and unit.tile(FOLLOW_UPS).value == 0
