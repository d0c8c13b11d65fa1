"""Staffing per unit, process and month, and hours of additional services per customer."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from random import Random

from ekadm_desktop.models.reference import Process
from ekadm_desktop.services.demo.refs import CITY_WIDE_PROCESSES, MONTHS, YEARS, DemoRefs, Row, apportion
from ekadm_desktop.services.demo.registers import AgreementPlan
from ekadm_desktop.services.demo.volumes import LedgerTotals
from ekadm_desktop.services.reference_seed import TT

TOTAL_FTE_HUNDREDTHS = 9160  # 91.6 FTE
HEADCOUNT = 95  # of whom 6 on temporary contracts
CUSTOMER_INVOICES_PER_FTE = 4300
SUPPLIER_INVOICES_PER_FTE = 2500
# Staff in the ledgers relative to what the target asks for: a little over in 2009 (below target),
# on target in 2010; the seasons put single months above and below.
LEDGER_STAFFING = {2009: 1.03, 2010: 1.0}
# The rest of the staff over the other processes.
OTHER_FTE_WEIGHTS = {
    "cash_bank": 6.0,
    "system_admin": 6.5,
    "accounting": 6.0,
    "time_project": 2.0,
    "fixed_assets": 2.0,
    "balance_reconciliation": 1.2,
    "internal_reconciliation": 0.8,
    "local_invoicing": 1.2,
    "journal_vouchers": 1.0,
    "training": 0.8,
    "city_cashier": 2.5,
    "service_vehicles": 0.5,
    "debt_enforcement": 1.0,
    "unidentified_mail": 0.6,
    "lass_reconciliation": 1.4,
}
# Year-end closing in January and February moves some supplier-ledger time to accounting.
CLOSING_MONTHS = (1, 2)
CLOSING_SHIFT = 30  # hundredths of an FTE per unit

# Additional service -> (hourly transaction type, fewest and most hours in a month it is delivered).
HOURLY_SERVICES = {
    "balance_reconciliation": (TT.HOUR_ACCOUNTANT, 4.0, 16.0),
    "internal_reconciliation": (TT.HOUR_ACCOUNTANT, 2.0, 10.0),
    "local_invoicing": (TT.HOUR_ADMINISTRATOR, 6.0, 30.0),
    "journal_vouchers": (TT.HOUR_ADMINISTRATOR, 3.0, 14.0),
    "training": (TT.HOUR_ACCOUNTANT, 3.0, 8.0),
}

Cell = tuple[int, str]  # (unit id, process code)


def _unit_weights(
    refs: DemoRefs, process: Process, year: int, plan: AgreementPlan, ledgers: LedgerTotals
) -> list[float]:
    if process.code == "customer_ledger":
        return [float(ledgers.customer.get((year, u.id), 0)) for u in refs.units]
    if process.code == "supplier_ledger":
        return [float(ledgers.supplier.get((year, u.id), 0)) for u in refs.units]
    owner = process.owner_unit_id if process.owner_unit_id is not None else refs.units[0].id
    if process.code in CITY_WIDE_PROCESSES:
        return [1.0 if u.id == owner else 0.0 for u in refs.units]
    buyers = [
        sum(process.code in plan.services.get((c.id, year), ()) for c in refs.customers_of(u))
        for u in refs.units
    ]
    # The owner unit leads the process group and carries part of every process it owns.
    bonus = max(sum(buyers), 1) * 0.5
    return [b + (bonus if u.id == owner else 0.0) for u, b in zip(refs.units, buyers, strict=True)]


def _ledger_fte(invoices: dict[tuple[int, int], int], year: int, per_fte: int) -> int:
    """Hundredths of an FTE that handle a year's invoices at about ``per_fte`` a month."""
    yearly = sum(count for (y, _), count in invoices.items() if y == year)
    return round(yearly / 12 / per_fte * 100 * LEDGER_STAFFING[year])


def _year_allocation(
    refs: DemoRefs, year: int, plan: AgreementPlan, ledgers: LedgerTotals
) -> dict[Cell, int]:
    """FTE in hundredths per unit and process for a normal month of ``year``."""
    totals = {
        "customer_ledger": _ledger_fte(ledgers.customer, year, CUSTOMER_INVOICES_PER_FTE),
        "supplier_ledger": _ledger_fte(ledgers.supplier, year, SUPPLIER_INVOICES_PER_FTE),
    }
    others = [code for code in OTHER_FTE_WEIGHTS if code in refs.processes]
    rest = TOTAL_FTE_HUNDREDTHS - sum(totals.values())
    totals.update(zip(others, apportion(rest, [OTHER_FTE_WEIGHTS[c] for c in others]), strict=True))
    allocation: dict[Cell, int] = {}
    for code, total in totals.items():
        weights = _unit_weights(refs, refs.processes[code], year, plan, ledgers)
        for unit, part in zip(refs.units, apportion(total, weights), strict=True):
            if part:
                allocation[unit.id, code] = part
    return allocation


def _shift(month_cells: dict[Cell, int], source: Cell, target: Cell, amount: int) -> None:
    amount = min(amount, month_cells.get(source, 0))
    if amount > 0 and target in month_cells:
        month_cells[source] -= amount
        month_cells[target] += amount


def staffing_rows(refs: DemoRefs, plan: AgreementPlan, ledgers: LedgerTotals, rng: Random) -> list[Row]:
    """Rows for ``insert(Staffing)``: 91.6 FTE and 95 persons every month."""
    rows: list[Row] = []
    for year in YEARS:
        base = _year_allocation(refs, year, plan, ledgers)
        cells = sorted(base)
        heads = dict(zip(cells, apportion(HEADCOUNT, [float(base[c]) for c in cells]), strict=True))
        for month in MONTHS:
            fte = dict(base)
            for unit in refs.units:
                # Leave, sick days and loans between processes move a little time each month.
                _shift(fte, (unit.id, "customer_ledger"), (unit.id, "cash_bank"), rng.choice((0, 0, 10, 20)))
                _shift(fte, (unit.id, "cash_bank"), (unit.id, "customer_ledger"), rng.choice((0, 0, 10, 20)))
                if month in CLOSING_MONTHS:
                    _shift(fte, (unit.id, "supplier_ledger"), (unit.id, "accounting"), CLOSING_SHIFT)
            rows.extend(
                dict(
                    year=year,
                    month=month,
                    unit_id=unit_id,
                    process_id=refs.processes[code].id,
                    fte=Decimal(fte[unit_id, code]) / 100,
                    headcount=heads[unit_id, code],
                )
                for unit_id, code in cells
            )
    return rows


def _months_between(first: date, last: date) -> list[tuple[int, int]]:
    return [
        (y, m)
        for y in range(first.year, last.year + 1)
        for m in MONTHS
        if first <= date(y, m, 28) and date(y, m, 1) <= last
    ]


def service_hours_rows(refs: DemoRefs, plan: AgreementPlan, rng: Random) -> list[Row]:
    """Rows for ``insert(ServiceHours)``."""
    hours: dict[tuple[int, int, int, str], float] = defaultdict(float)
    notes: dict[tuple[int, int, int, str], str] = {}
    for agreed in plan.hourly:
        if agreed.process_code not in HOURLY_SERVICES or agreed.process_code not in refs.processes:
            continue
        _, low, high = HOURLY_SERVICES[agreed.process_code]
        # Training under a year-long agreement is given now and then; everything else most months.
        year_long = (agreed.valid_to - agreed.valid_from).days > 300
        chance = 0.25 if agreed.process_code == "training" and year_long else 0.8
        for year, month in _months_between(agreed.valid_from, agreed.valid_to):
            if rng.random() < chance:
                key = (year, month, agreed.customer_id, agreed.process_code)
                hours[key] += round(rng.uniform(low, high) * 2) / 2
                notes.setdefault(key, agreed.note)
    rows: list[Row] = []
    for (year, month, customer_id, code), amount in sorted(hours.items()):
        ttype = refs.types.get(HOURLY_SERVICES[code][0])
        if ttype is None:
            continue
        rows.append(
            dict(
                year=year,
                month=month,
                customer_id=customer_id,
                process_id=refs.processes[code].id,
                transaction_type_id=ttype.id,
                hours=Decimal(str(amount)),
                note=notes[(year, month, customer_id, code)],
            )
        )
    return rows
