"""The volume and productivity charts hold exactly the figures of the services (read back)."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ekadm_desktop.db.database import Database
from ekadm_desktop.periods import Month
from ekadm_desktop.reports import volume_charts as charts
from ekadm_desktop.services.indicators import IndicatorBook, IndicatorService
from ekadm_desktop.services.reference_seed import Indicator
from ekadm_desktop.services.revenue import RevenueService
from ekadm_desktop.services.staffing_need import monthly_staffing_need
from tests.unit.productivity_data import Ids, fill


@pytest.fixture
def ids(database: Database) -> Ids:
    return fill(database)


@pytest.fixture
def book(database: Database, ids: Ids) -> IndicatorBook:
    return IndicatorService(database).load(2010, 2010)


def axes(fig: Figure) -> Any:
    return fig.axes[0]


def renders(fig: Figure) -> None:
    buffer = BytesIO()
    FigureCanvasAgg(fig).print_png(buffer)
    assert buffer.getvalue().startswith(b"\x89PNG")


def test_invoices_per_fte_bars_and_target_line(book: IndicatorBook, ids: Ids) -> None:
    rows = [r for r in book.monthly_productivity(2010) if r.indicator == Indicator.CUSTOMER_INVOICES_PER_FTE]
    fig = charts.invoices_per_fte_chart(rows, year=2010, scope="Alla enheter")
    ax = axes(fig)
    heights = [p.get_height() for p in ax.patches]
    assert heights == pytest.approx([20000 / 4.6, 16000 / 4.0])
    assert [round(p.get_x() + p.get_width() / 2) for p in ax.patches] == [2, 3]  # March, April
    (target,) = [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    assert list(target.get_ydata()) == [4300, 4300]
    assert "4\u00a0300" in target.get_label()
    assert "2010" in fig.get_label()
    renders(fig)


def test_a_unit_with_zero_fte_gets_no_bar(book: IndicatorBook, ids: Ids) -> None:
    rows = [
        r
        for r in book.monthly_productivity(2010, ids.syd)
        if r.indicator == Indicator.SUPPLIER_INVOICES_PER_FTE
    ]
    fig = charts.invoices_per_fte_chart(rows, year=2010, scope="Enhet Syd")
    assert not axes(fig).patches  # zero FTE: no value, no bar, not a bar of 0
    assert "Inga årsarbetare" in " ".join(t.get_text() for t in axes(fig).texts)


def test_electronic_share_sorted_bars(book: IndicatorBook, ids: Ids) -> None:
    fig = charts.electronic_share_chart(book.shares(Month(2010, 3)), "customer", period="mars 2010")
    ax = axes(fig)
    widths = [p.get_width() for p in ax.patches]
    assert widths == pytest.approx([0.75, 0.8, 5000 / 6000])  # ascending: the highest at the top
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 3
    (total,) = [line for line in ax.get_lines() if line.get_linestyle() == ":"]
    assert list(total.get_xdata()) == pytest.approx([0.8, 0.8])
    renders(fig)


def test_staffing_against_need(book: IndicatorBook, ids: Ids) -> None:
    fig = charts.staffing_chart(monthly_staffing_need(book, 2010), year=2010)
    ax = axes(fig)
    assert sorted(round(p.get_height(), 2) for p in ax.patches) == [0, 3.0, 4.0, 4.6]
    needed = sorted(y for collection in ax.collections for _x, y in collection.get_offsets())
    assert needed == pytest.approx(sorted([20000 / 4300, 8000 / 2500, 16000 / 4300, 0.0]))
    renders(fig)


def test_revenue_per_customer(database: Database, ids: Ids) -> None:
    totals = RevenueService(database).revenue(Month(2010, 3)).by_customer()
    fig = charts.revenue_chart(totals, period="mars 2010")
    ax = axes(fig)
    volume_bars = ax.patches[: len(totals)]
    hour_bars = ax.patches[len(totals) :]
    assert [p.get_width() for p in volume_bars] == [113000, 120000, 244500]  # smallest at the bottom
    assert [p.get_width() for p in hour_bars] == [0, 1800, 4000]
    renders(fig)


def test_volume_trend_and_empty_charts(book: IndicatorBook) -> None:
    fig = charts.volume_trend_chart(book.monthly_productivity(2010), year=2010)
    lines = {line.get_label(): list(line.get_ydata()) for line in axes(fig).get_lines()}
    assert lines["Kundreskontra 2010"] == [20000, 16000]
    assert lines["Leverantörsreskontra 2010"] == [8000, 0]
    empty = charts.revenue_chart([], period="2011")
    assert "Inga intäkter" in " ".join(t.get_text() for t in axes(empty).texts)
