"""The customer page's volume section: the customer's invoices, electronic shares, reminders,
incorrect documents and revenue per month of the chosen year, from the same services as the
"Nyckeltal och intäkter" area."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ekadm_desktop.periods import Year
from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.services.indicators import CountRow, ReportPeriod, ShareRow
from ekadm_desktop.ui.common.filter_bar import RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers.sections import LoadingSection, SectionTable
from ekadm_desktop.ui.productivity.tables import IndicatorTableModel, month_label, number

MAX_VISIBLE_ROWS = 13  # twelve months and the year


@dataclass(frozen=True)
class CustomerMonth:
    """One month (or the whole year: ``period_key`` is the year) of one customer."""

    period_key: str
    shares: ShareRow
    counts: CountRow
    revenue: Decimal | None

    @property
    def label(self) -> str:
        return month_label(self.period_key) if len(self.period_key) > 4 else self.period_key


@dataclass(frozen=True)
class CustomerVolumes:
    year: int
    months: list[CustomerMonth]  # months with figures, then the year


class VolumesSection(LoadingSection[CustomerVolumes]):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: IndicatorTableModel[CustomerMonth] = IndicatorTableModel(
            [
                Column(self.tr("Månad"), lambda r: r.label, sort_key=lambda r: r.period_key),
                number(self.tr("Kundfakturor"), lambda r: r.shares.customer_invoices),
                number(self.tr("E-andel kund"), lambda r: r.shares.customer_share.value, "percent"),
                number(self.tr("Leverantörsfakturor"), lambda r: r.shares.supplier_invoices),
                number(self.tr("E-andel lev."), lambda r: r.shares.supplier_share.value, "percent"),
                number(self.tr("Påminnelser"), lambda r: r.counts.reminders.value),
                number(self.tr("Felaktiga underlag"), lambda r: r.counts.incorrect_documents.value),
                number(self.tr("Intäkter"), lambda r: None if r.revenue is None else float(r.revenue), "sek"),
            ],
            parent=self,
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = SectionTable(MAX_VISIBLE_ROWS)
        self.table.setObjectName("volumesTable")
        self.table.setModel(self.proxy)
        self.summary = QLabel()
        self.summary.setObjectName("volumesSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

    def loading_text(self) -> str:
        return self.tr("Läser kundens volymer")

    def fetch(self, customer_id: int, year: int) -> CustomerVolumes:
        services = self.context.services
        book = services.indicators.load(year, year)
        revenue = {
            str(t.key): t.total
            for t in services.revenue.revenue(Year(year), customer_id=customer_id).by_month()
        }
        months: list[CustomerMonth] = []
        periods: list[ReportPeriod] = [m for m in Year(year).months() if book.has_month(m)]
        for period in [*periods, Year(year)]:
            share = book.shares(period, customer_id=customer_id)[0]
            count = book.counts(period, customer_id=customer_id)[0]
            if isinstance(period, Year):
                amount: Decimal | None = sum(revenue.values(), Decimal(0)) if revenue else None
            else:
                amount = revenue.get(period.key)
            months.append(CustomerMonth(period.key, share, count, amount))
        return CustomerVolumes(year, months)

    def present(self, data: CustomerVolumes) -> None:
        if len(data.months) <= 1:
            self.model.set_records([])
            self.show_message(self.tr("Inga volymer för kunden {year}.").format(year=data.year))
            return
        self.model.set_records(data.months)
        self.table.fit_columns([c.max_width for c in self.model.columns])
        year = data.months[-1]
        self.summary.setText(
            self.tr(
                "{year}: e-andel {customer} av kundfakturorna ({customer_change} mot förra året) och "
                "{supplier} av leverantörsfakturorna ({supplier_change}); intäkter {revenue}."
            ).format(
                year=data.year,
                customer=cs.format_percent(year.shares.customer_share.value),
                customer_change=_points(
                    year.shares.customer_share.value, year.shares.customer_share.last_year
                ),
                supplier=cs.format_percent(year.shares.supplier_share.value),
                supplier_change=_points(
                    year.shares.supplier_share.value, year.shares.supplier_share.last_year
                ),
                revenue=cs.format_sek(year.revenue),
            )
        )


def _points(value: float | None, previous: float | None) -> str:
    """The change of a share in percentage points, signed: ``+1,8 p.e.``."""
    if value is None or previous is None:
        return cs.DASH
    points = (value - previous) * 100
    sign = "+" if points > 0 else "−" if points < 0 else ""
    return f"{sign}{cs.format_decimal(abs(points))}{cs.NBSP}p.e."
