"""Revenue against the 2010 price list, and the what-if, on ``productivity_data`` (both databases).

2010 prices: feeder 9, manual 30, manual with attachment 45, supplier electronic 19, supplier
manual 40, reminder 40; hours 400 (accountant) and 360 (financial administrator).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.periods import Month, Tertial, Year
from ekadm_desktop.services.revenue import RevenueService
from tests.unit.productivity_data import Ids, fill

# March 2010, by hand.
A_VOLUMES = 8000 * 9 + 1500 * 30 + 500 * 45 + 3000 * 19 + 1000 * 40 + 200 * 40  # 244,500
A_HOURS = 10 * 400
B_VOLUMES = 3000 * 9 + 1000 * 30 + 1000 * 19 + 1000 * 40 + 100 * 40  # 120,000
B_HOURS = 5 * 360
C_VOLUMES = 5000 * 9 + 1000 * 30 + 2000 * 19  # 113,000
APRIL = 10000 * 9 + 6000 * 9


@pytest.fixture
def ids(database: Database) -> Ids:
    return fill(database)


@pytest.fixture
def service(database: Database) -> RevenueService:
    return RevenueService(database)


def test_revenue_per_customer_against_the_2010_price_list(service: RevenueService, ids: Ids) -> None:
    report = service.revenue(Month(2010, 3))
    totals = {t.key: t for t in report.by_customer()}
    assert totals[ids.a].volumes == Decimal(A_VOLUMES)
    assert totals[ids.a].hours == Decimal(A_HOURS)
    assert totals[ids.b].total == Decimal(B_VOLUMES + B_HOURS)
    assert totals[ids.c].total == Decimal(C_VOLUMES)
    assert report.total == Decimal(A_VOLUMES + A_HOURS + B_VOLUMES + B_HOURS + C_VOLUMES)
    assert [t.key for t in report.by_customer()] == [ids.a, ids.b, ids.c]  # largest first
    assert report.missing_prices == []
    # Incorrect documents are counted, not sold.
    assert not [line for line in report.lines if line.type_code == "incorrect_document"]


def test_revenue_per_process_month_and_year(service: RevenueService, ids: Ids) -> None:
    march = {t.name: t.total for t in service.revenue(Month(2010, 3)).by_process()}
    assert march["Kundreskontra"] == Decimal(
        8000 * 9 + 1500 * 30 + 500 * 45 + 200 * 40 + 3000 * 9 + 1000 * 30 + 100 * 40 + 5000 * 9 + 1000 * 30
    )
    assert march["Leverantörsreskontra"] == Decimal(3000 * 19 + 1000 * 40 + 1000 * 19 + 1000 * 40 + 2000 * 19)
    assert march["Avstämning av balanskonton"] == Decimal(4000)
    assert march["Lokal fakturering med bilagor"] == Decimal(1800)
    year = service.revenue(Year(2010))
    assert [(t.key, t.total) for t in year.by_month()] == [
        ("2010-03", Decimal(A_VOLUMES + A_HOURS + B_VOLUMES + B_HOURS + C_VOLUMES)),
        ("2010-04", Decimal(APRIL)),
    ]
    assert service.revenue(Tertial(2010, 1), customer_id=ids.c).total == Decimal(C_VOLUMES + 6000 * 9)
    assert service.revenue(Year(2010), unit_id=ids.nord).total == Decimal(
        A_VOLUMES + A_HOURS + B_VOLUMES + B_HOURS + 10000 * 9
    )


def test_a_year_without_prices_names_the_types(service: RevenueService, ids: Ids) -> None:
    report = service.revenue(Year(2009))  # the seed has 2010 prices only
    assert report.total == 0
    assert "Kundfaktura via försystem" in report.missing_prices


def test_what_if_for_one_customer(service: RevenueService, ids: Ids) -> None:
    result = service.what_if(Month(2010, 3), 10, customer_id=ids.a)
    # Customer ledger: 10 % of A's 10000 = 1000 move from manual (1500:500 → 750 + 250) to feeder.
    cl_delta = -750 * 30 - 250 * 45 + 1000 * 9
    # Supplier ledger: 10 % of 4000 = 400 move from manual to electronic.
    sl_delta = -400 * 40 + 400 * 19
    assert result.revenue_before == Decimal(A_VOLUMES + A_HOURS)
    assert result.revenue_after == Decimal(A_VOLUMES + A_HOURS + cl_delta + sl_delta)
    cl, sl = result.ledgers
    assert cl.electronic_share_before == pytest.approx(0.8)
    assert cl.electronic_share_after == pytest.approx(0.9)
    assert cl.moved == pytest.approx(1000)
    assert sl.electronic_share_after == pytest.approx(0.85)
    # FTE needed: the whole ledger (all customers), scaled by the priced work after/before.
    cl_cost = 8000 * 9 + 1500 * 30 + 500 * 45 + 3000 * 9 + 1000 * 30 + 5000 * 9 + 1000 * 30
    sl_cost = 3000 * 19 + 1000 * 40 + 1000 * 19 + 1000 * 40 + 2000 * 19
    assert cl.fte_needed_before == pytest.approx(20000 / 4300)
    assert cl.fte_needed_after == pytest.approx(20000 / 4300 * (cl_cost + cl_delta) / cl_cost)
    assert sl.fte_needed_after == pytest.approx(8000 / 2500 * (sl_cost + sl_delta) / sl_cost)
    assert result.fte_needed_after == pytest.approx(cl.fte_needed_after + sl.fte_needed_after)
    assert result.fte_needed_after < result.fte_needed_before


def test_what_if_for_all_customers_is_capped_by_the_manual_volume(service: RevenueService, ids: Ids) -> None:
    result = service.what_if(Month(2010, 3), 50)
    cl, sl = result.ledgers
    # Customer ledger: A moves 2000 (all manual, not 5000), B 1000 (all), C 1000 (all).
    assert cl.moved == pytest.approx(4000)
    assert cl.electronic_share_after == pytest.approx(1.0)
    # Supplier ledger: A 1000, B 1000, C has none manual.
    assert sl.moved == pytest.approx(2000)
    delta = (-1500 * 30 - 500 * 45 + 2000 * 9) + (-1000 * 30 + 1000 * 9) * 2 + (-2000 * 40 + 2000 * 19)
    assert result.revenue_change == Decimal(delta)
    assert service.what_if(Month(2010, 3), 0).revenue_change == 0


def test_what_if_refuses_bad_points(service: RevenueService, ids: Ids) -> None:
    with pytest.raises(ValidationError):
        service.what_if(Month(2010, 3), -1)
    with pytest.raises(ValidationError):
        service.what_if(Month(2010, 3), 101)
