"""Each indicator against figures computed by hand from ``productivity_data`` (SQLite and PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.models.reference import IndicatorTarget
from ekadm_desktop.periods import IsoWeek, Month, Tertial, Year
from ekadm_desktop.services.indicators import (
    AMBER_SHARE,
    DEFAULT_AMBER_SHARE,
    IndicatorBook,
    IndicatorService,
    ProductivityRow,
    amber_code,
    definition,
    status_of,
)
from ekadm_desktop.services.reference_seed import Indicator
from ekadm_desktop.services.staffing_need import monthly_staffing_need, staffing_need
from tests.unit.productivity_data import Ids, fill

CL = Indicator.CUSTOMER_INVOICES_PER_FTE
SL = Indicator.SUPPLIER_INVOICES_PER_FTE


@pytest.fixture
def ids(database: Database) -> Ids:
    return fill(database)


@pytest.fixture
def book(database: Database, ids: Ids) -> IndicatorBook:
    return IndicatorService(database).load(2010, 2010)


def row(rows: list[ProductivityRow], indicator: str, unit_id: int | None) -> ProductivityRow:
    (found,) = [r for r in rows if r.indicator == indicator and r.unit_id == unit_id]
    return found


def test_customer_invoices_per_fte_per_unit_and_in_total(book: IndicatorBook, ids: Ids) -> None:
    rows = book.productivity(Month(2010, 3))
    nord, syd, total = row(rows, CL, ids.nord), row(rows, CL, ids.syd), row(rows, CL, None)
    # Nord: A 10000 + B 4000 invoices over 3.2 FTE; Syd: C 6000 over 1.4; all: 20000 over 4.6.
    assert nord.invoices == 14000 and nord.fte == pytest.approx(3.2)
    assert nord.value == pytest.approx(14000 / 3.2)  # 4375
    assert syd.value == pytest.approx(6000 / 1.4)  # 4285.7
    assert total.value == pytest.approx(20000 / 4.6)
    assert total.target == 4300
    assert (nord.status, syd.status, total.status) == ("green", "amber", "green")
    assert total.unit_name == "Alla enheter" and total.process_name == "Kundreskontra"


def test_zero_fte_gives_no_value_never_a_division(book: IndicatorBook, ids: Ids) -> None:
    rows = book.productivity(Month(2010, 3))
    syd = row(rows, SL, ids.syd)  # C's 2000 supplier invoices, a staffing row of 0 FTE
    assert syd.invoices == 2000
    assert syd.fte == 0
    assert syd.value is None
    assert syd.status == "none"
    nord = row(rows, SL, ids.nord)
    assert nord.value == pytest.approx(6000 / 3.0)  # 2000: red against 2500
    assert nord.status == "red"
    assert row(rows, SL, None).value == pytest.approx(8000 / 3.0)
    # A year without any figures: no value either.
    assert row(book.productivity(Month(2010, 9)), CL, None).value is None


def test_invoices_of_an_unstaffed_unit_count_at_the_owning_unit(book: IndicatorBook, ids: Ids) -> None:
    # April: Syd has no customer-ledger FTE, so C's 6000 invoices count at Nord (the owner).
    rows = book.productivity(Month(2010, 4))
    assert row(rows, CL, ids.nord).invoices == 16000
    assert row(rows, CL, ids.nord).value == pytest.approx(16000 / 4.0)
    assert row(rows, CL, ids.syd).value is None
    assert row(rows, CL, None).value == pytest.approx(16000 / 4.0)


def test_tertial_and_change_against_last_year(book: IndicatorBook, ids: Ids) -> None:
    march = row(book.productivity(Month(2010, 3)), CL, ids.nord)
    comparison = march.comparison
    assert comparison.last_year == pytest.approx(8000 / 2.0)  # March 2009: 4000
    assert comparison.change == pytest.approx(4375 / 4000 - 1)
    # T1 2010 at Nord: (14000 + 16000) invoices over 3.2 + 4.0 FTE-months.
    assert comparison.tertial == pytest.approx(30000 / 7.2)
    assert comparison.tertial_last_year == pytest.approx(4000)
    assert comparison.tertial_change == pytest.approx(30000 / 7.2 / 4000 - 1)
    tertial = row(book.productivity(Tertial(2010, 1)), CL, ids.nord)
    assert tertial.value == pytest.approx(30000 / 7.2)
    assert tertial.fte == pytest.approx(3.6)  # average over the two months with figures
    year = row(book.productivity(Year(2010)), CL, ids.nord)
    assert year.comparison.tertial is None and year.value == pytest.approx(30000 / 7.2)


def test_electronic_and_manual_shares(book: IndicatorBook, ids: Ids) -> None:
    rows = {r.customer_id: r for r in book.shares(Month(2010, 3))}
    a, b, c, total = rows[ids.a], rows[ids.b], rows[ids.c], rows[None]
    assert a.customer_share.value == pytest.approx(0.8)
    assert a.customer_manual_share == pytest.approx(0.2)
    assert a.supplier_share.value == pytest.approx(0.75)
    assert b.customer_share.value == pytest.approx(0.75)
    assert b.supplier_manual_share == pytest.approx(0.5)
    assert c.supplier_share.value == pytest.approx(1.0)
    assert total.customer_share.value == pytest.approx(16000 / 20000)
    assert total.supplier_share.value == pytest.approx(6000 / 8000)
    assert total.electronic_share == pytest.approx(22000 / 28000)
    assert a.customer_share.last_year == pytest.approx(0.75)  # March 2009: 6000 of 8000
    assert a.customer_status == "none"  # no electronic-share target row
    # Customers without figures in a month have no share, not 0 %.
    april = {r.customer_id: r for r in book.shares(Month(2010, 4))}
    assert april[ids.b].customer_share.value is None
    assert april[ids.a].supplier_share.value is None
    # A unit filter keeps its customers only, and the total is theirs.
    nord = book.shares(Month(2010, 3), ids.nord)
    assert ids.c not in {r.customer_id for r in nord}
    assert nord[-1].customer_share.value == pytest.approx(11000 / 14000)


def test_reminders_and_incorrect_documents(book: IndicatorBook, ids: Ids) -> None:
    rows = {r.customer_id: r for r in book.counts(Month(2010, 3))}
    assert rows[ids.a].reminders.value == 200
    assert rows[ids.a].incorrect_documents.value == 15  # both processes
    assert rows[ids.b].reminders.value == 100
    assert rows[ids.b].incorrect_documents.value == 0
    assert rows[None].reminders.value == 300
    assert rows[ids.a].reminders.last_year == 0
    assert rows[ids.a].reminders.change is None  # from 0: no relative change


def test_thresholds_come_from_the_year_table(database: Database, ids: Ids) -> None:
    service = IndicatorService(database)
    syd = row(service.report(Month(2010, 3)).productivity, CL, ids.syd)
    assert syd.amber_share == DEFAULT_AMBER_SHARE and syd.status == "amber"
    with database.session() as s:
        s.add(IndicatorTarget(year=2010, indicator=AMBER_SHARE, value=Decimal("0.999")))
    syd = row(service.report(Month(2010, 3)).productivity, CL, ids.syd)
    assert syd.status == "red"  # 4285.7 < 4300 × 0.999
    with database.session() as s:
        s.add(IndicatorTarget(year=2010, indicator=amber_code(CL), value=Decimal("0.9")))
    rows = service.report(Month(2010, 3)).productivity
    assert row(rows, CL, ids.syd).status == "amber"
    assert row(rows, SL, ids.nord).amber_share == pytest.approx(0.999)
    # The target itself is read from the table too.
    with database.session() as s:
        s.add(IndicatorTarget(year=2009, indicator=CL, value=Decimal(3900)))
    march_2009 = row(IndicatorService(database).report(Month(2009, 3)).productivity, CL, ids.nord)
    assert march_2009.target == 3900 and march_2009.status == "green"


def test_status_of() -> None:
    assert status_of(100, 100, 0.95) == "green"
    assert status_of(95, 100, 0.95) == "amber"
    assert status_of(94.9, 100, 0.95) == "red"
    assert status_of(None, 100, 0.95) == "none"
    assert status_of(100, None, 0.95) == "none"


def test_staffing_need(book: IndicatorBook, ids: Ids) -> None:
    cl, sl = staffing_need(book, Month(2010, 3))
    assert cl.needed_fte == pytest.approx(20000 / 4300)
    assert cl.actual_fte == pytest.approx(4.6)
    assert cl.difference == pytest.approx(4.6 - 20000 / 4300)
    assert sl.needed_fte == pytest.approx(8000 / 2500)
    assert sl.actual_fte == pytest.approx(3.0)
    (nord_cl, _nord_sl) = staffing_need(book, Month(2010, 3), ids.nord)
    assert nord_cl.needed_fte == pytest.approx(14000 / 4300)
    # T1: an average per month over the months with figures.
    t1 = staffing_need(book, Tertial(2010, 1))[0]
    assert t1.needed_fte == pytest.approx(36000 / 4300 / 2)
    assert t1.actual_fte == pytest.approx((4.6 + 4.0) / 2)
    months = monthly_staffing_need(book, 2010)
    assert [r.period_key for r in months] == ["2010-03", "2010-03", "2010-04", "2010-04"]


def test_report_refuses_weeks_and_has_definitions(database: Database, ids: Ids) -> None:
    with pytest.raises(ValidationError):
        IndicatorService(database).report(IsoWeek(2010, 12))
    assert "årsarbetare" in definition(CL)
    assert "elektroniska" in definition("supplier_electronic_share")
