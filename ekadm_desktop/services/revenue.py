"""Revenue: volumes and hours of additional services priced by the year's price list; what-if.

- A volume line is the month's quantity of one transaction type for one customer and process times
  that type's price for the year (``price``). Types without a price in any year (incorrect
  documents, late-payment interest in SEK …) are counted, not sold, and bring no revenue; a type
  that has prices in other years but none for this year is listed in ``missing_prices``.
- An hours line is the hours of an additional service (``service_hours``) times the hourly rate of
  its hourly transaction type for the year.
- **What-if**: raise the electronic share of one customer (or all customers of the scope) by X
  percentage points in both ledgers: in each ledger, ``min(X % × invoices, manual invoices)`` move
  from the manual types (in proportion to their volumes) to the electronic types (likewise). Revenue
  before/after is the scope's whole revenue; the FTE needed per ledger is ``invoices ÷ target ÷
  months`` before, scaled by the ledger's priced work after/before — the prices are cost-based (the
  unit is financed by them), so their ratio is used as the ratio of work per invoice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.reference import Customer, IndicatorTarget, Price, Process, TransactionType
from ekadm_desktop.models.volumes import MonthlyVolume, ServiceHours
from ekadm_desktop.services.indicators import CONTEXT, LEDGERS, ReportPeriod, report_months
from ekadm_desktop.services.staffing_need import needed_fte

CENT = Decimal("0.01")
MAX_POINTS = 100.0


def _money(value: float | Decimal) -> Decimal:
    return (value if isinstance(value, Decimal) else Decimal(str(value))).quantize(CENT)


@dataclass(frozen=True)
class RevenueLine:
    year: int
    month: int
    customer_id: int
    customer_name: str
    process_id: int
    process_name: str
    type_id: int
    type_code: str
    type_name: str
    kind: Literal["volume", "hours"]
    quantity: Decimal
    price: Decimal | None
    amount: Decimal


@dataclass(frozen=True)
class VolumeLine:
    year: int
    month: int
    customer_name: str
    process_name: str
    type_name: str
    quantity: float


@dataclass(frozen=True)
class RevenueTotal:
    key: int | str
    name: str
    volumes: Decimal
    hours: Decimal

    @property
    def total(self) -> Decimal:
        return self.volumes + self.hours


@dataclass(frozen=True)
class RevenueReport:
    period: ReportPeriod
    lines: list[RevenueLine]
    missing_prices: list[str]  # names of types with volumes but no price this year

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))

    def _grouped(
        self, key: Callable[[RevenueLine], int | str], name: Callable[[RevenueLine], str]
    ) -> list[RevenueTotal]:
        volumes: dict[int | str, Decimal] = defaultdict(Decimal)
        hours: dict[int | str, Decimal] = defaultdict(Decimal)
        names: dict[int | str, str] = {}
        for line in self.lines:
            k = key(line)
            names[k] = name(line)
            (volumes if line.kind == "volume" else hours)[k] += line.amount
        totals = [RevenueTotal(k, names[k], volumes[k], hours[k]) for k in names]
        return sorted(totals, key=lambda t: (-t.total, t.name))

    def by_customer(self) -> list[RevenueTotal]:
        """Per customer, largest first."""
        return self._grouped(lambda line: line.customer_id, lambda line: line.customer_name)

    def by_process(self) -> list[RevenueTotal]:
        return self._grouped(lambda line: line.process_id, lambda line: line.process_name)

    def by_type(self) -> list[RevenueTotal]:
        return self._grouped(lambda line: line.type_id, lambda line: line.type_name)

    def by_month(self) -> list[RevenueTotal]:
        """Per month in calendar order (key ``YYYY-MM``)."""
        totals = self._grouped(lambda line: f"{line.year:04d}-{line.month:02d}", lambda line: "")
        return sorted(totals, key=lambda t: str(t.key))

    def for_customer(self, customer_id: int) -> Decimal:
        return sum((line.amount for line in self.lines if line.customer_id == customer_id), Decimal(0))


@dataclass(frozen=True)
class LedgerWhatIf:
    label: str
    process_name: str
    invoices: float  # of the customers raised
    electronic_share_before: float | None
    electronic_share_after: float | None
    moved: float  # invoices moved from manual to electronic handling
    revenue_before: Decimal  # of the ledger's invoice types, customers raised
    revenue_after: Decimal
    fte_needed_before: float | None  # the whole ledger in the scope
    fte_needed_after: float | None


@dataclass(frozen=True)
class WhatIfResult:
    period: ReportPeriod
    points: float
    customer_id: int | None
    scope_name: str
    revenue_before: Decimal
    revenue_after: Decimal
    ledgers: list[LedgerWhatIf]

    @property
    def revenue_change(self) -> Decimal:
        return self.revenue_after - self.revenue_before

    @property
    def fte_needed_before(self) -> float | None:
        values = [x.fte_needed_before for x in self.ledgers if x.fte_needed_before is not None]
        return sum(values) if values else None

    @property
    def fte_needed_after(self) -> float | None:
        values = [x.fte_needed_after for x in self.ledgers if x.fte_needed_after is not None]
        return sum(values) if values else None


class RevenueService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def revenue(
        self, period: ReportPeriod, *, unit_id: int | None = None, customer_id: int | None = None
    ) -> RevenueReport:
        """Every priced line of ``period`` for the customers of a unit, one customer, or all."""
        months = report_months(period)
        year, first, last = period.year, months[0].month, months[-1].month
        with self._db.session(reason="intäkter") as s:
            customers = {
                r.id: (r.name, r.unit_id)
                for r in s.execute(select(Customer.id, Customer.name, Customer.unit_id))
            }
            processes = dict(s.execute(select(Process.id, Process.name)).all())
            types = {
                r.id: (r.code, r.name)
                for r in s.execute(select(TransactionType.id, TransactionType.code, TransactionType.name))
            }
            prices = self._prices(s, year)
            priced_ever = set(s.scalars(select(Price.transaction_type_id).distinct()))
            lines_raw: list[tuple[str, tuple[int, int, int, int, int, float]]] = []
            for kind, table, amount_column in (
                ("volume", MonthlyVolume, MonthlyVolume.quantity),
                ("hours", ServiceHours, ServiceHours.hours),
            ):
                query = (
                    select(
                        table.year,
                        table.month,
                        table.customer_id,
                        table.process_id,
                        table.transaction_type_id,
                        cast(func.sum(amount_column), Float),
                    )
                    .where(table.year == year, table.month.between(first, last))
                    .group_by(
                        table.year,
                        table.month,
                        table.customer_id,
                        table.process_id,
                        table.transaction_type_id,
                    )
                )
                if customer_id is not None:
                    query = query.where(table.customer_id == customer_id)
                elif unit_id is not None:
                    query = query.where(
                        table.customer_id.in_(select(Customer.id).where(Customer.unit_id == unit_id))
                    )
                lines_raw.extend((kind, (y, m, c, p, t, q)) for y, m, c, p, t, q in s.execute(query))
        lines: list[RevenueLine] = []
        missing: set[str] = set()
        for kind, (y, m, cid, pid, tid, quantity) in lines_raw:
            price = prices.get(tid)
            if price is None:
                if tid in priced_ever and quantity:
                    missing.add(types[tid][1])
                continue
            amount_qty = _money(quantity or 0.0)
            lines.append(
                RevenueLine(
                    year=y,
                    month=m,
                    customer_id=cid,
                    customer_name=customers[cid][0],
                    process_id=pid,
                    process_name=processes[pid],
                    type_id=tid,
                    type_code=types[tid][0],
                    type_name=types[tid][1],
                    kind="volume" if kind == "volume" else "hours",
                    quantity=amount_qty,
                    price=price,
                    amount=_money(amount_qty * price),
                )
            )
        lines.sort(
            key=lambda line: (line.year, line.month, line.customer_name, line.process_name, line.type_code)
        )
        return RevenueReport(period, lines, sorted(missing))

    def volumes(
        self, period: ReportPeriod, *, unit_id: int | None = None, customer_id: int | None = None
    ) -> list[VolumeLine]:
        """Every volume of ``period`` per month, customer, process and transaction type."""
        months = report_months(period)
        query = (
            select(
                MonthlyVolume.year,
                MonthlyVolume.month,
                Customer.name,
                Process.name,
                TransactionType.name,
                cast(MonthlyVolume.quantity, Float),
            )
            .join(Customer, Customer.id == MonthlyVolume.customer_id)
            .join(Process, Process.id == MonthlyVolume.process_id)
            .join(TransactionType, TransactionType.id == MonthlyVolume.transaction_type_id)
            .where(
                MonthlyVolume.year == period.year,
                MonthlyVolume.month.between(months[0].month, months[-1].month),
            )
            .order_by(MonthlyVolume.month, Customer.name, Process.sort_order, TransactionType.sort_order)
        )
        if customer_id is not None:
            query = query.where(MonthlyVolume.customer_id == customer_id)
        elif unit_id is not None:
            query = query.where(Customer.unit_id == unit_id)
        with self._db.session(reason="volymer") as s:
            return [VolumeLine(*row) for row in s.execute(query)]

    def what_if(
        self,
        period: ReportPeriod,
        points: float,
        *,
        customer_id: int | None = None,
        unit_id: int | None = None,
    ) -> WhatIfResult:
        """Revenue and FTE needed if the electronic share rose by ``points`` percentage points."""
        if not 0 <= points <= MAX_POINTS:
            raise ValidationError(
                tr("indicators", "Ange ökningen i procentenheter mellan 0 och 100 (inte {points}).").format(
                    points=points
                ),
                field="points",
            )
        months = report_months(period)
        year, first, last = period.year, months[0].month, months[-1].month
        with self._db.session(reason="intäkter, tänk om") as s:
            customer_units = dict(s.execute(select(Customer.id, Customer.unit_id)).all())
            customer_names = dict(s.execute(select(Customer.id, Customer.name)).all())
            processes = {
                r.id: (r.code, r.name) for r in s.execute(select(Process.id, Process.code, Process.name))
            }
            types = s.execute(
                select(
                    TransactionType.id,
                    TransactionType.process_id,
                    TransactionType.electronic,
                    TransactionType.counts_as_invoice,
                    TransactionType.sort_order,
                )
            ).all()
            prices = self._prices(s, year)
            targets: dict[str, float] = dict(
                s.execute(
                    select(IndicatorTarget.indicator, cast(IndicatorTarget.value, Float)).where(
                        IndicatorTarget.year == year
                    )
                ).all()
            )
            volume_rows = s.execute(
                select(
                    MonthlyVolume.customer_id,
                    MonthlyVolume.transaction_type_id,
                    cast(func.sum(MonthlyVolume.quantity), Float),
                )
                .where(MonthlyVolume.year == year, MonthlyVolume.month.between(first, last))
                .group_by(MonthlyVolume.customer_id, MonthlyVolume.transaction_type_id)
            ).all()
            month_count = len(
                s.execute(
                    select(MonthlyVolume.month)
                    .where(MonthlyVolume.year == year, MonthlyVolume.month.between(first, last))
                    .distinct()
                ).all()
            )
        if customer_id is not None and customer_id not in customer_units:
            raise ValidationError(tr("indicators", "Kunden finns inte."), field="customer")

        def in_scope(cid: int) -> bool:
            return unit_id is None or customer_units.get(cid) == unit_id

        def raised(cid: int) -> bool:
            return in_scope(cid) and (customer_id is None or cid == customer_id)

        revenue_before = self.revenue(period, unit_id=unit_id, customer_id=customer_id).total
        price_of = {tid: float(p) for tid, p in prices.items()}
        ledger_results: list[LedgerWhatIf] = []
        total_delta = 0.0
        volumes: dict[int, dict[int, float]] = defaultdict(dict)
        for cid, tid, quantity in volume_rows:
            volumes[cid][tid] = quantity or 0.0
        for ledger in LEDGERS:
            process = next(
                ((pid, name) for pid, (code, name) in processes.items() if code == ledger.process_code), None
            )
            if process is None:
                continue
            ledger_types = [
                t
                for t in types
                if t.process_id == process[0] and t.counts_as_invoice and t.electronic is not None
            ]
            electronic_types = sorted((t for t in ledger_types if t.electronic), key=lambda t: t.sort_order)
            manual_types = [t for t in ledger_types if not t.electronic]
            scope_invoices = scope_cost = 0.0
            raised_invoices = raised_electronic = moved_total = delta = cost_raised = 0.0
            for cid, by_type in volumes.items():
                if not in_scope(cid):
                    continue
                invoices = sum(by_type.get(t.id, 0.0) for t in ledger_types)
                cost = sum(by_type.get(t.id, 0.0) * price_of.get(t.id, 0.0) for t in ledger_types)
                scope_invoices += invoices
                scope_cost += cost
                if not raised(cid) or not invoices:
                    continue
                electronic = sum(by_type.get(t.id, 0.0) for t in electronic_types)
                manual = invoices - electronic
                moved = min(points / 100 * invoices, manual)
                raised_invoices += invoices
                raised_electronic += electronic
                moved_total += moved
                cost_raised += cost
                if moved <= 0 or not electronic_types:
                    continue
                for t in manual_types:
                    delta -= moved * by_type.get(t.id, 0.0) / manual * price_of.get(t.id, 0.0)
                if electronic:
                    for t in electronic_types:
                        delta += moved * by_type.get(t.id, 0.0) / electronic * price_of.get(t.id, 0.0)
                else:
                    delta += moved * price_of.get(electronic_types[0].id, 0.0)
            target = targets.get(ledger.indicator)
            need_before = needed_fte(scope_invoices, target, month_count)
            need_after = (
                need_before * (scope_cost + delta) / scope_cost
                if need_before is not None and scope_cost
                else need_before
            )
            total_delta += delta
            ledger_results.append(
                LedgerWhatIf(
                    label=tr(CONTEXT, ledger.label),
                    process_name=process[1],
                    invoices=raised_invoices,
                    electronic_share_before=raised_electronic / raised_invoices if raised_invoices else None,
                    electronic_share_after=(raised_electronic + moved_total) / raised_invoices
                    if raised_invoices
                    else None,
                    moved=moved_total,
                    revenue_before=_money(cost_raised),
                    revenue_after=_money(cost_raised + delta),
                    fte_needed_before=need_before,
                    fte_needed_after=need_after,
                )
            )
        scope_name = (
            customer_names[customer_id] if customer_id is not None else tr("indicators", "Alla kunder")
        )
        return WhatIfResult(
            period=period,
            points=points,
            customer_id=customer_id,
            scope_name=scope_name,
            revenue_before=revenue_before,
            revenue_after=revenue_before + _money(total_delta),
            ledgers=ledger_results,
        )

    @staticmethod
    def _prices(s: Session, year: int) -> dict[int, Decimal]:
        return {
            tid: Decimal(str(amount)).quantize(CENT)
            for tid, amount in s.execute(
                select(Price.transaction_type_id, cast(Price.amount_sek, Float)).where(Price.year == year)
            )
        }
