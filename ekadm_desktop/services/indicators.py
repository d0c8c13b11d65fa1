"""The productivity and efficiency indicators: one definition each, for views and reports alike.

Definitions (also ``definition(code)``, the tooltip text the UI shows):

- **Invoices per FTE and month** (customer ledger: target ``customer_invoices_per_fte_month``,
  supplier ledger: ``supplier_invoices_per_fte_month``): the invoices of the ledger (volumes of the
  transaction types of the ledger's process that count as invoices) divided by the FTE working in
  that process (``staffing``), per month. Over a tertial or a year it is the sum of the invoices
  divided by the sum of the monthly FTE (FTE-months), i.e. the FTE-weighted monthly average.
  - *Per unit*: a customer belongs to one unit, and staffing is per unit × process, so a unit's
    value is its own customers' invoices divided by its own FTE in the process. When a unit has no
    FTE in the process in a month, its customers' invoices of that month are counted at the
    process's owning unit (the owner leads the process group and carries work no other unit is
    staffed for); the unit itself then shows "–".
  - *In total* (per process): all customers' invoices divided by all FTE in the process.
  - No FTE → no value (``None``, shown "–"), never a division by zero.
- **Electronic share** per customer and in total: customer ledger = invoices via feeder system ÷
  all customer invoices (feeder + manual + manual with attachment); supplier ledger = electronic ÷
  (electronic + manual) supplier invoices. The manual share is the rest. No invoices → ``None``.
- **Reminders** and **incorrect documents** per customer: counts in the period.
- **Change** against the same period a year earlier, and (for a month) the month's tertial against
  the same tertial a year earlier.
- **Status** against the year's target (``indicator_target``, never a constant): green when the
  value reaches the target, amber when it reaches ``target × amber share``, red below; no value or
  no target → no status. The amber share is configurable per year in the same table, as the row
  ``status_amber_share`` (all indicators) or ``<indicator>.amber`` (one indicator), so an
  administrator changes it where the targets are kept, per year, audited, without a schema change;
  without a row it is ``DEFAULT_AMBER_SHARE`` (0.95, i.e. within 5 % of the target).

All figures are computed from a few ``GROUP BY`` queries (``IndicatorService.load``) into an
``IndicatorBook``, which then answers for any month, tertial or year of the loaded years.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from sqlalchemy import Float, Select, case, cast, func, literal, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.models.reference import Customer, IndicatorTarget, Process, TransactionType, Unit
from ekadm_desktop.models.volumes import MonthlyVolume, Staffing
from ekadm_desktop.periods import Month, Period, Tertial, Year
from ekadm_desktop.services.reference_seed import TT, Indicator

ReportPeriod: TypeAlias = Month | Tertial | Year
Status = Literal["green", "amber", "red", "none"]

DEFAULT_AMBER_SHARE = 0.95
AMBER_SHARE = "status_amber_share"
CUSTOMER_ELECTRONIC_SHARE = "customer_electronic_share"  # optional targets, no row by default
SUPPLIER_ELECTRONIC_SHARE = "supplier_electronic_share"
CONTEXT = "indicators"


def amber_code(indicator: str) -> str:
    """The ``indicator_target`` row that sets the amber share of one indicator."""
    return f"{indicator}.amber"


@dataclass(frozen=True)
class Ledger:
    """A ledger process measured in invoices per FTE against a yearly target."""

    indicator: str  # target code in indicator_target
    process_code: str
    label: str  # Swedish source text (context "indicators")
    share_indicator: str  # target code of its electronic share (optional row)


LEDGERS: tuple[Ledger, ...] = (
    Ledger(
        Indicator.CUSTOMER_INVOICES_PER_FTE,
        "customer_ledger",
        N_("indicators", "Kundfakturor per årsarbetare och månad"),
        CUSTOMER_ELECTRONIC_SHARE,
    ),
    Ledger(
        Indicator.SUPPLIER_INVOICES_PER_FTE,
        "supplier_ledger",
        N_("indicators", "Leverantörsfakturor per årsarbetare och månad"),
        SUPPLIER_ELECTRONIC_SHARE,
    ),
)

DEFINITIONS: dict[str, str] = {
    Indicator.CUSTOMER_INVOICES_PER_FTE: N_(
        "indicators",
        "Kundfakturor (via försystem, manuella och manuella med bilaga) delat med årsarbetarna i "
        "kundreskontran, per månad. För tertial och år: summan av fakturorna delat med summan av "
        "månadernas årsarbetare. En enhet: de egna kundernas fakturor delat med enhetens egna "
        "årsarbetare i processen; saknar enheten årsarbetare i processen räknas kundernas fakturor "
        "hos processens ägande enhet. Inga årsarbetare ger inget värde (–).",
    ),
    Indicator.SUPPLIER_INVOICES_PER_FTE: N_(
        "indicators",
        "Leverantörsfakturor (elektroniska och manuella) delat med årsarbetarna i "
        "leverantörsreskontran, per månad. För tertial och år: summan av fakturorna delat med summan "
        "av månadernas årsarbetare. En enhet: de egna kundernas fakturor delat med enhetens egna "
        "årsarbetare i processen; saknar enheten årsarbetare i processen räknas kundernas fakturor "
        "hos processens ägande enhet. Inga årsarbetare ger inget värde (–).",
    ),
    CUSTOMER_ELECTRONIC_SHARE: N_(
        "indicators",
        "Andel kundfakturor via försystem av alla kundfakturor (försystem, manuella och manuella med "
        "bilaga). Manuell andel är resten. Inga kundfakturor ger inget värde (–).",
    ),
    SUPPLIER_ELECTRONIC_SHARE: N_(
        "indicators",
        "Andel elektroniska leverantörsfakturor av alla leverantörsfakturor (elektroniska och "
        "manuella). Manuell andel är resten. Inga leverantörsfakturor ger inget värde (–).",
    ),
    TT.REMINDER: N_("indicators", "Antal hanterade påminnelser för kundens kundfakturor under perioden."),
    TT.INCORRECT_DOCUMENT: N_(
        "indicators", "Antal felaktiga underlag som kommit in från kunden under perioden (alla processer)."
    ),
    AMBER_SHARE: N_(
        "indicators",
        "Status: grön (Uppnått) när värdet når årets mål, gul (Nära) när det når målet gånger "
        "gränsen för gult (raden status_amber_share i årets mål, annars 0,95), röd (Under) under "
        "det. Inget värde eller inget mål ger ingen status.",
    ),
}

STATUS_LABELS: dict[Status, str] = {
    "green": N_("indicators", "Uppnått"),
    "amber": N_("indicators", "Nära"),
    "red": N_("indicators", "Under"),
    "none": N_("indicators", "Inget mål"),
}


def definition(code: str) -> str:
    """The definition of an indicator (by its code), in the installed language."""
    text = DEFINITIONS.get(code)
    return tr(CONTEXT, text) if text else ""


def status_label(status: Status) -> str:
    return tr(CONTEXT, STATUS_LABELS[status])


def status_of(value: float | None, target: float | None, amber_share: float) -> Status:
    """Green at or above target, amber at or above ``target × amber_share``, else red."""
    if value is None or target is None:
        return "none"
    if value >= target:
        return "green"
    if value >= target * amber_share:
        return "amber"
    return "red"


def ratio(numerator: float, denominator: float) -> float | None:
    """``numerator / denominator``, or None when the denominator is zero (no FTE, no invoices)."""
    return numerator / denominator if denominator else None


def change_share(value: float | None, previous: float | None) -> float | None:
    """The relative change from ``previous`` to ``value``; None when either is missing or previous 0."""
    if value is None or previous is None or previous == 0:
        return None
    return value / previous - 1


def report_months(period: Period) -> list[Month]:
    """The months of a month, tertial or year; weeks are refused (volumes are monthly)."""
    if not isinstance(period, Month | Tertial | Year):
        raise ValidationError(
            tr("indicators", "Nyckeltalen finns per månad, tertial och år, inte för {period}.").format(
                period=period.label
            ),
            field="period",
        )
    return period.months()


def tertial_of(period: ReportPeriod) -> Tertial | None:
    """The tertial a month or tertial lies in (compared with the same tertial a year earlier)."""
    if isinstance(period, Month):
        return period.tertial
    if isinstance(period, Tertial):
        return period
    return None


# -- measures per customer ----------------------------------------------------------------------

# Index of each measure in a customer's vector.
CL_INVOICES, CL_ELECTRONIC, CL_MANUAL, SL_INVOICES, SL_ELECTRONIC, SL_MANUAL, REMINDERS, INCORRECT = range(8)
MEASURES = 8
INVOICES = (CL_INVOICES, SL_INVOICES)  # by ledger index
ELECTRONIC = (CL_ELECTRONIC, SL_ELECTRONIC)
MANUAL = (CL_MANUAL, SL_MANUAL)

Vector = list[float]
StatusRule = tuple[float | None, float]  # target, amber share
ZERO: Vector = [0.0] * MEASURES


@dataclass(frozen=True)
class TypeInfo:
    id: int
    code: str
    name: str
    process_id: int | None
    electronic: bool | None
    counts_as_invoice: bool
    sort_order: int


@dataclass(frozen=True)
class NamedRef:
    id: int
    code: str
    name: str
    unit_id: int | None  # a customer's unit; a process's owning unit; None for units


@dataclass(frozen=True)
class Targets:
    """One year's targets and amber shares."""

    values: dict[str, float] = field(default_factory=dict)

    def target(self, indicator: str) -> float | None:
        return self.values.get(indicator)

    def amber_share(self, indicator: str) -> float:
        specific = self.values.get(amber_code(indicator))
        if specific is not None:
            return specific
        return self.values.get(AMBER_SHARE, DEFAULT_AMBER_SHARE)

    def status(self, indicator: str, value: float | None) -> Status:
        return status_of(value, self.target(indicator), self.amber_share(indicator))

    def rule(self, indicator: str) -> StatusRule:
        """(target, amber share) of one indicator, for ``status_of`` in a loop."""
        return self.target(indicator), self.amber_share(indicator)


@dataclass(slots=True)  # not frozen: tens of thousands per report, and frozen init is slow; read-only by use
class Comparison:
    """A value with the same period a year earlier (and the tertial around a month)."""

    value: float | None
    last_year: float | None
    tertial: float | None = None  # the tertial of a month or tertial period; None for a year
    tertial_last_year: float | None = None

    @property
    def change(self) -> float | None:
        return change_share(self.value, self.last_year)

    @property
    def difference(self) -> float | None:
        """``value − last_year`` (for shares: the change in percentage points ÷ 100)."""
        if self.value is None or self.last_year is None:
            return None
        return self.value - self.last_year

    @property
    def tertial_change(self) -> float | None:
        return change_share(self.tertial, self.tertial_last_year)


@dataclass(slots=True)  # see Comparison
class ProductivityRow:
    """Invoices per FTE and month of one ledger, for one unit or in total (``unit_id`` None)."""

    indicator: str
    label: str
    process_id: int
    process_name: str
    unit_id: int | None
    unit_name: str
    period_key: str
    invoices: float
    fte: float | None  # average FTE over the period's months with figures; None without any
    fte_months: float
    comparison: Comparison
    target: float | None
    amber_share: float
    status: Status

    @property
    def value(self) -> float | None:
        return self.comparison.value

    @property
    def is_total(self) -> bool:
        return self.unit_id is None

    @property
    def definition(self) -> str:
        return definition(self.indicator)


@dataclass(slots=True)  # see Comparison
class ShareRow:
    """Electronic and manual shares of one customer (or in total: ``customer_id`` None)."""

    customer_id: int | None
    customer_code: str
    customer_name: str
    unit_id: int | None
    customer_invoices: float
    customer_electronic: float
    supplier_invoices: float
    supplier_electronic: float
    customer_share: Comparison  # electronic share of the customer ledger
    supplier_share: Comparison
    customer_status: Status
    supplier_status: Status

    @property
    def customer_manual_share(self) -> float | None:
        share = self.customer_share.value
        return None if share is None else 1 - share

    @property
    def supplier_manual_share(self) -> float | None:
        share = self.supplier_share.value
        return None if share is None else 1 - share

    @property
    def electronic_share(self) -> float | None:
        """Both ledgers together: electronic invoices of all invoices."""
        return ratio(
            self.customer_electronic + self.supplier_electronic,
            self.customer_invoices + self.supplier_invoices,
        )


@dataclass(slots=True)  # see Comparison
class CountRow:
    """Reminders and incorrect documents of one customer (or in total)."""

    customer_id: int | None
    customer_code: str
    customer_name: str
    unit_id: int | None
    reminders: Comparison
    incorrect_documents: Comparison


@dataclass(frozen=True)
class MonthFigures:
    """One month's raw figures: per customer measures, FTE per unit × process."""

    customers: dict[int, Vector]
    fte: dict[tuple[int, int], float]  # (unit id, process id) -> FTE


class IndicatorBook:
    """Aggregated volumes and staffing of some years, and every indicator computed from them.

    Qt-free and database-free: ``IndicatorService.load`` fills it with a few GROUP BY queries.
    Sums over periods are cached, so asking for every month, tertial and year is cheap.
    """

    def __init__(
        self,
        *,
        years: range,
        months: dict[tuple[int, int], MonthFigures],
        customers: dict[int, NamedRef],
        units: dict[int, NamedRef],
        processes: dict[int, NamedRef],
        ledger_processes: dict[str, int],
        targets: dict[int, Targets],
    ) -> None:
        self.years = years
        self._months = months
        self.customers = customers
        self.units = units
        self.processes = processes
        self.ledger_processes = ledger_processes  # process code -> id of the ledgers present
        self._targets = targets
        self._customer_sums: dict[str, dict[int, Vector]] = {}
        self._unit_sums: dict[tuple[str, int], dict[int | None, tuple[float, float, float | None, int]]] = {}
        self._chosen_customers: dict[tuple[int | None, int | None], list[int]] = {}
        self._month_ledgers: dict[tuple[str, int], tuple[dict[int, float], dict[int, float]] | None] = {}

    # -- raw sums ------------------------------------------------------------------------------
    def targets(self, year: int) -> Targets:
        return self._targets.get(year, Targets())

    def has_month(self, month: Month) -> bool:
        return (month.year, month.month) in self._months

    def months_with_figures(self, period: ReportPeriod) -> list[Month]:
        return [m for m in report_months(period) if (m.year, m.month) in self._months]

    def customer_sums(self, period: ReportPeriod) -> dict[int, Vector]:
        """Every customer's measures summed over the period (cached)."""
        key = period.key
        cached = self._customer_sums.get(key)
        if cached is not None:
            return cached
        sums: dict[int, Vector] = {}
        for month in report_months(period):
            figures = self._months.get((month.year, month.month))
            if figures is None:
                continue
            for customer_id, vector in figures.customers.items():
                total = sums.get(customer_id)
                if total is None:
                    sums[customer_id] = list(vector)
                else:
                    for i in range(MEASURES):
                        total[i] += vector[i]
        self._customer_sums[key] = sums
        return sums

    def _month_ledger(self, month: Month, ledger: int) -> tuple[dict[int, float], dict[int, float]] | None:
        """(invoices per unit, FTE per unit) of one month and ledger (cached); None without figures.

        Invoices of a unit without FTE in the process that month count at the owning unit.
        """
        key = (month.year, month.month)
        cache_key = (month.key, ledger)
        cached = self._month_ledgers.get(cache_key)
        if cached is not None or cache_key in self._month_ledgers:
            return cached
        figures = self._months.get(key)
        if figures is None:
            self._month_ledgers[cache_key] = None
            return None
        process_id = self.ledger_processes.get(LEDGERS[ledger].process_code)
        owner = self.processes[process_id].unit_id if process_id is not None else None
        fte: dict[int, float] = {}
        if process_id is not None:
            for (unit_id, pid), value in figures.fte.items():
                if pid == process_id:
                    fte[unit_id] = fte.get(unit_id, 0.0) + value
        invoices: dict[int, float] = defaultdict(float)
        measure = INVOICES[ledger]
        owner_staffed = owner is not None and bool(fte.get(owner))
        for customer_id, vector in figures.customers.items():
            count = vector[measure]
            if not count:
                continue
            customer_unit = self.customers[customer_id].unit_id
            assert customer_unit is not None
            if owner_staffed and not fte.get(customer_unit):
                assert owner is not None
                customer_unit = owner
            invoices[customer_unit] += count
        result = (dict(invoices), fte)
        self._month_ledgers[cache_key] = result
        return result

    def ledger_by_unit(
        self, period: ReportPeriod, ledger: int
    ) -> dict[int | None, tuple[float, float, float | None, int]]:
        """Per unit and in total (key None): (invoices, FTE-months, invoices per FTE and month, months)."""
        key = (period.key, ledger)
        cached = self._unit_sums.get(key)
        if cached is not None:
            return cached
        invoices: dict[int, float] = defaultdict(float)
        fte: dict[int, float] = defaultdict(float)
        counted = 0
        for month in report_months(period):
            figures = self._month_ledger(month, ledger)
            if figures is None:
                continue
            counted += 1
            for unit_id, count in figures[0].items():
                invoices[unit_id] += count
            for unit_id, value in figures[1].items():
                fte[unit_id] += value
        result: dict[int | None, tuple[float, float, float | None, int]] = {}
        for unit_id in self.units:
            count, fte_months = invoices.get(unit_id, 0.0), fte.get(unit_id, 0.0)
            result[unit_id] = (count, fte_months, ratio(count, fte_months), counted)
        count, fte_months = sum(invoices.values()), sum(fte.values())
        result[None] = (count, fte_months, ratio(count, fte_months), counted)
        self._unit_sums[key] = result
        return result

    # -- productivity ----------------------------------------------------------------------------
    def invoices_per_fte(
        self, period: ReportPeriod, ledger: int, unit_id: int | None = None
    ) -> tuple[float, float, float | None, int]:
        """(invoices, FTE-months, invoices per FTE and month, months) of one unit or all (None)."""
        return self.ledger_by_unit(period, ledger).get(unit_id, (0.0, 0.0, None, 0))

    def _compared_periods(self, period: ReportPeriod) -> list[ReportPeriod | None]:
        """The period, last year's, its tertial and that tertial last year (None where not loaded)."""
        tertial = tertial_of(period)
        periods = (
            period,
            period.same_period_last_year(),
            tertial,
            tertial.same_period_last_year() if tertial is not None else None,
        )
        return [p if p is not None and p.year >= self.years.start - 1 else None for p in periods]

    def productivity(self, period: ReportPeriod, unit_id: int | None = None) -> list[ProductivityRow]:
        """Invoices per FTE of each ledger: per unit (or the one unit asked for), then the total."""
        rows: list[ProductivityRow] = []
        targets = self.targets(period.year)
        unit_ids = [unit_id] if unit_id is not None else sorted(self.units, key=lambda u: self.units[u].name)
        scopes: list[int | None] = [*unit_ids, None]
        compared = self._compared_periods(period)
        nothing = (0.0, 0.0, None, 0)
        for ledger_index, ledger in enumerate(LEDGERS):
            process_id = self.ledger_processes.get(ledger.process_code)
            if process_id is None:
                continue
            tables = [self.ledger_by_unit(p, ledger_index) if p is not None else None for p in compared]
            target, amber = targets.rule(ledger.indicator)
            label = tr(CONTEXT, ledger.label)
            for scope in scopes:
                values = [None if t is None else t.get(scope, nothing)[2] for t in tables]
                count, fte_months, value, months = tables[0].get(scope, nothing) if tables[0] else nothing
                comparison = Comparison(value, values[1], values[2], values[3])
                rows.append(
                    ProductivityRow(
                        indicator=ledger.indicator,
                        label=label,
                        process_id=process_id,
                        process_name=self.processes[process_id].name,
                        unit_id=scope,
                        unit_name=self.units[scope].name
                        if scope is not None
                        else tr("indicators", "Alla enheter"),
                        period_key=period.key,
                        invoices=count,
                        fte=fte_months / months if months else None,
                        fte_months=fte_months,
                        comparison=comparison,
                        target=target,
                        amber_share=amber,
                        status=status_of(value, target, amber),
                    )
                )
        return rows

    def monthly_productivity(self, year: int, unit_id: int | None = None) -> list[ProductivityRow]:
        """The productivity rows of every month of ``year`` that has figures (for trend charts)."""
        rows: list[ProductivityRow] = []
        for month in Year(year).months():
            if self.has_month(month):
                rows.extend(r for r in self.productivity(month, unit_id) if r.unit_id == unit_id)
        return rows

    # -- per customer ------------------------------------------------------------------------------
    def _customer_ids(self, unit_id: int | None, customer_id: int | None = None) -> list[int]:
        key = (unit_id, customer_id)
        cached = self._chosen_customers.get(key)
        if cached is None:
            chosen = [
                c.id
                for c in self.customers.values()
                if (unit_id is None or c.unit_id == unit_id) and (customer_id is None or c.id == customer_id)
            ]
            cached = self._chosen_customers[key] = sorted(chosen, key=lambda c: self.customers[c].name)
        return cached

    def _compared_sums(self, period: ReportPeriod) -> list[dict[int, Vector] | None]:
        """Customer sums of the period, last year's, its tertial's and that tertial last year's."""
        return [self.customer_sums(p) if p is not None else None for p in self._compared_periods(period)]

    @staticmethod
    def _vectors(sets: list[dict[int, Vector] | None], customer_ids: Sequence[int]) -> list[Vector | None]:
        """The four compared vectors of one customer, or summed over several."""
        result: list[Vector | None] = []
        for sums in sets:
            if sums is None:
                result.append(None)
            elif len(customer_ids) == 1:
                result.append(sums.get(customer_ids[0], ZERO))
            else:
                vectors = [v for c in customer_ids if (v := sums.get(c)) is not None]
                result.append([sum(col) for col in zip(*vectors, strict=True)] if vectors else ZERO)
        return result

    def _share_row(
        self, vectors: list[Vector | None], statuses: tuple[StatusRule, StatusRule], ref: NamedRef | None
    ) -> ShareRow:
        # Called for every customer and period: written out rather than looped, it is the hot path.
        v0, v1, v2, v3 = vectors
        assert v0 is not None
        customer_share = Comparison(
            _share(v0, CL_ELECTRONIC, CL_MANUAL),
            _share(v1, CL_ELECTRONIC, CL_MANUAL),
            _share(v2, CL_ELECTRONIC, CL_MANUAL),
            _share(v3, CL_ELECTRONIC, CL_MANUAL),
        )
        supplier_share = Comparison(
            _share(v0, SL_ELECTRONIC, SL_MANUAL),
            _share(v1, SL_ELECTRONIC, SL_MANUAL),
            _share(v2, SL_ELECTRONIC, SL_MANUAL),
            _share(v3, SL_ELECTRONIC, SL_MANUAL),
        )
        return ShareRow(
            customer_id=ref.id if ref else None,
            customer_code=ref.code if ref else "",
            customer_name=ref.name if ref else tr("indicators", "Totalt"),
            unit_id=ref.unit_id if ref else None,
            customer_invoices=v0[CL_ELECTRONIC] + v0[CL_MANUAL],
            customer_electronic=v0[CL_ELECTRONIC],
            supplier_invoices=v0[SL_ELECTRONIC] + v0[SL_MANUAL],
            supplier_electronic=v0[SL_ELECTRONIC],
            customer_share=customer_share,
            supplier_share=supplier_share,
            customer_status=status_of(customer_share.value, *statuses[0]),
            supplier_status=status_of(supplier_share.value, *statuses[1]),
        )

    def shares(
        self, period: ReportPeriod, unit_id: int | None = None, *, customer_id: int | None = None
    ) -> list[ShareRow]:
        """Electronic shares per customer (by name), then the total over those customers."""
        ids = self._customer_ids(unit_id, customer_id)
        sets = self._compared_sums(period)
        targets = self.targets(period.year)
        statuses = (targets.rule(CUSTOMER_ELECTRONIC_SHARE), targets.rule(SUPPLIER_ELECTRONIC_SHARE))
        rows = [
            self._share_row(
                [None if s is None else s.get(c, ZERO) for s in sets], statuses, self.customers[c]
            )
            for c in ids
        ]
        rows.append(self._share_row(self._vectors(sets, ids), statuses, None))
        return rows

    @staticmethod
    def _count_row(vectors: list[Vector | None], ref: NamedRef | None) -> CountRow:
        v0, v1, v2, v3 = vectors
        assert v0 is not None
        return CountRow(
            customer_id=ref.id if ref else None,
            customer_code=ref.code if ref else "",
            customer_name=ref.name if ref else tr("indicators", "Totalt"),
            unit_id=ref.unit_id if ref else None,
            reminders=Comparison(
                v0[REMINDERS],
                None if v1 is None else v1[REMINDERS],
                None if v2 is None else v2[REMINDERS],
                None if v3 is None else v3[REMINDERS],
            ),
            incorrect_documents=Comparison(
                v0[INCORRECT],
                None if v1 is None else v1[INCORRECT],
                None if v2 is None else v2[INCORRECT],
                None if v3 is None else v3[INCORRECT],
            ),
        )

    def counts(
        self, period: ReportPeriod, unit_id: int | None = None, *, customer_id: int | None = None
    ) -> list[CountRow]:
        """Reminders and incorrect documents per customer, then the total."""
        ids = self._customer_ids(unit_id, customer_id)
        sets = self._compared_sums(period)
        rows = [
            self._count_row([None if s is None else s.get(c, ZERO) for s in sets], self.customers[c])
            for c in ids
        ]
        rows.append(self._count_row(self._vectors(sets, ids), None))
        return rows


def _share(vector: Vector | None, electronic_index: int, manual_index: int) -> float | None:
    if vector is None:
        return None
    electronic = vector[electronic_index]
    total = electronic + vector[manual_index]
    return electronic / total if total else None


@dataclass(frozen=True)
class StaffingLine:
    year: int
    month: int
    unit_name: str
    process_name: str
    fte: float
    headcount: int


@dataclass(frozen=True)
class IndicatorReport:
    """Everything the indicator tab shows for one period and unit."""

    period: ReportPeriod
    unit_id: int | None
    productivity: list[ProductivityRow]
    shares: list[ShareRow]
    counts: list[CountRow]


class IndicatorService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self, first_year: int, last_year: int) -> IndicatorBook:
        """Volumes, staffing and targets of ``first_year``–``last_year`` in four grouped queries."""
        with self._db.session(reason="nyckeltal") as s:
            # Core rows, not ORM ones: tens of thousands of aggregated cells come back.
            conn = s.connection()
            types = {
                t.id: TypeInfo(
                    t.id, t.code, t.name, t.process_id, t.electronic, t.counts_as_invoice, t.sort_order
                )
                for t in conn.execute(
                    select(
                        TransactionType.id,
                        TransactionType.code,
                        TransactionType.name,
                        TransactionType.process_id,
                        TransactionType.electronic,
                        TransactionType.counts_as_invoice,
                        TransactionType.sort_order,
                    )
                )
            }
            customers = {
                r.id: NamedRef(r.id, r.code, r.name, r.unit_id)
                for r in conn.execute(select(Customer.id, Customer.code, Customer.name, Customer.unit_id))
            }
            units = {
                r.id: NamedRef(r.id, r.code, r.name, None)
                for r in conn.execute(select(Unit.id, Unit.code, Unit.name))
            }
            processes = {
                r.id: NamedRef(r.id, r.code, r.name, r.owner_unit_id)
                for r in conn.execute(select(Process.id, Process.code, Process.name, Process.owner_unit_id))
            }
            ledger_processes = {
                p.code: p.id for p in processes.values() if p.code in {x.process_code for x in LEDGERS}
            }
            volume_rows = conn.execute(
                volume_statement(first_year - 1, last_year, _type_measures(types, ledger_processes))
            ).all()
            staffing_rows = conn.execute(
                staffing_statement(first_year - 1, last_year, ledger_processes.values())
            ).all()
            target_rows = conn.execute(
                select(
                    IndicatorTarget.year, IndicatorTarget.indicator, cast(IndicatorTarget.value, Float)
                ).where(IndicatorTarget.year.between(first_year - 1, last_year))
            ).all()

        months: dict[tuple[int, int], MonthFigures] = {}
        for year, month, customer_id, *vector in volume_rows:
            figures = months.get((year, month))
            if figures is None:
                figures = months[year, month] = MonthFigures({}, {})
            figures.customers[customer_id] = [value or 0.0 for value in vector]
        for year, month, unit_id, process_id, fte in staffing_rows:
            figures = months.get((year, month))
            if figures is None:
                figures = months[year, month] = MonthFigures({}, {})
            figures.fte[unit_id, process_id] = figures.fte.get((unit_id, process_id), 0.0) + (fte or 0.0)
        targets: dict[int, dict[str, float]] = defaultdict(dict)
        for year, indicator, value in target_rows:
            targets[year][indicator] = value
        return IndicatorBook(
            years=range(first_year, last_year + 1),
            months=months,
            customers=customers,
            units=units,
            processes=processes,
            ledger_processes=ledger_processes,
            targets={year: Targets(values) for year, values in targets.items()},
        )

    def latest_month(self) -> Month | None:
        """The last month with volumes, the natural month to open the views on."""
        with self._db.session(reason="senaste månad") as s:
            year = s.scalar(select(func.max(MonthlyVolume.year)))
            if year is None:
                return None
            month = s.scalar(select(func.max(MonthlyVolume.month)).where(MonthlyVolume.year == year))
        return Month(year, month) if month is not None else None

    def staffing(self, period: ReportPeriod, unit_id: int | None = None) -> list[StaffingLine]:
        """FTE and headcount per month, unit and process of ``period`` (one unit or all)."""
        months = report_months(period)
        query = (
            select(
                Staffing.year,
                Staffing.month,
                Unit.name,
                Process.name,
                cast(Staffing.fte, Float),
                Staffing.headcount,
            )
            .join(Unit, Unit.id == Staffing.unit_id)
            .join(Process, Process.id == Staffing.process_id)
            .where(Staffing.year == period.year, Staffing.month.between(months[0].month, months[-1].month))
            .order_by(Staffing.year, Staffing.month, Unit.name, Process.sort_order, Process.name)
        )
        if unit_id is not None:
            query = query.where(Staffing.unit_id == unit_id)
        with self._db.session(reason="bemanning") as s:
            return [StaffingLine(*row) for row in s.execute(query)]

    def report(self, period: ReportPeriod, unit_id: int | None = None) -> IndicatorReport:
        """The indicators of one period (with last year's for comparison) for a unit or all."""
        report_months(period)
        book = self.load(period.year, period.year)
        return book_report(book, period, unit_id)


def book_report(book: IndicatorBook, period: ReportPeriod, unit_id: int | None = None) -> IndicatorReport:
    return IndicatorReport(
        period=period,
        unit_id=unit_id,
        productivity=book.productivity(period, unit_id),
        shares=book.shares(period, unit_id),
        counts=book.counts(period, unit_id),
    )


def volume_statement(first_year: int, last_year: int, measures: dict[int, tuple[int, ...]]) -> Select[Any]:
    """The customers' measures per year and month: one row per customer and month, summed in SQL."""
    columns = []
    for index in range(MEASURES):
        type_ids = sorted(t for t, indexes in measures.items() if index in indexes)
        summed = (
            func.sum(case((MonthlyVolume.transaction_type_id.in_(type_ids), MonthlyVolume.quantity), else_=0))
            if type_ids
            else literal(0)
        )
        columns.append(cast(summed, Float))
    return (
        select(MonthlyVolume.year, MonthlyVolume.month, MonthlyVolume.customer_id, *columns)
        .where(
            MonthlyVolume.year.between(first_year, last_year),
            MonthlyVolume.transaction_type_id.in_(sorted(measures)),
        )
        .group_by(MonthlyVolume.year, MonthlyVolume.month, MonthlyVolume.customer_id)
    )


def staffing_statement(first_year: int, last_year: int, process_ids: Iterable[int]) -> Select[Any]:
    """FTE per year, month, unit and process, of the ledger processes."""
    return select(
        Staffing.year, Staffing.month, Staffing.unit_id, Staffing.process_id, cast(Staffing.fte, Float)
    ).where(Staffing.year.between(first_year, last_year), Staffing.process_id.in_(sorted(process_ids)))


def _type_measures(
    types: dict[int, TypeInfo], ledger_processes: dict[str, int]
) -> dict[int, tuple[int, ...]]:
    """Which customer measures each transaction type adds to."""
    ledger_of = {
        process_id: i
        for i, ledger in enumerate(LEDGERS)
        if (process_id := ledger_processes.get(ledger.process_code))
    }
    result: dict[int, tuple[int, ...]] = {}
    for t in types.values():
        indexes: list[int] = []
        ledger = ledger_of.get(t.process_id) if t.process_id is not None else None
        if ledger is not None and t.counts_as_invoice:
            indexes.append(INVOICES[ledger])
            if t.electronic is True:
                indexes.append(ELECTRONIC[ledger])
            elif t.electronic is False:
                indexes.append(MANUAL[ledger])
        if t.code == TT.REMINDER:
            indexes.append(REMINDERS)
        if t.code == TT.INCORRECT_DOCUMENT:
            indexes.append(INCORRECT)
        if indexes:
            result[t.id] = tuple(indexes)
    return result
