"""FTE needed per process and month from the volumes and the year's productivity targets.

A ledger process (customer ledger, supplier ledger) needs ``invoices ÷ target`` FTE in a month,
where the target is the year's invoices per FTE and month (``indicator_target``). Over a tertial or a
year the need and the actual FTE are monthly averages. A unit's need is counted from its own
customers' invoices, attributed as in ``indicators`` (a unit without FTE in the process has its
customers' invoices counted at the owning unit). Processes without a productivity target have no
computed need and are not listed. No target → no need (``None``); no invoices → a need of 0.
"""

from __future__ import annotations

from dataclasses import dataclass

from ekadm_desktop.i18n import tr
from ekadm_desktop.periods import Year
from ekadm_desktop.services.indicators import (
    LEDGERS,
    IndicatorBook,
    ReportPeriod,
    ratio,
)


@dataclass(frozen=True)
class StaffingNeedRow:
    process_id: int
    process_name: str
    indicator: str
    unit_id: int | None  # None: all units
    unit_name: str
    period_key: str
    period_label: str
    invoices: float
    target: float | None  # invoices per FTE and month
    needed_fte: float | None  # average per month
    actual_fte: float | None  # average per month over the months with figures

    @property
    def difference(self) -> float | None:
        """Actual minus needed: positive = more staff than the volumes call for."""
        if self.needed_fte is None or self.actual_fte is None:
            return None
        return self.actual_fte - self.needed_fte

    @property
    def coverage(self) -> float | None:
        """Actual ÷ needed."""
        if self.needed_fte is None or self.actual_fte is None:
            return None
        return ratio(self.actual_fte, self.needed_fte)


def staffing_need(
    book: IndicatorBook, period: ReportPeriod, unit_id: int | None = None
) -> list[StaffingNeedRow]:
    """Need against actual FTE per ledger process for ``period`` (one unit, or all units)."""
    rows: list[StaffingNeedRow] = []
    targets = book.targets(period.year)
    for index, ledger in enumerate(LEDGERS):
        process_id = book.ledger_processes.get(ledger.process_code)
        if process_id is None:
            continue
        invoices, fte_months, _value, months = book.invoices_per_fte(period, index, unit_id)
        target = targets.target(ledger.indicator)
        needed = invoices / target / months if target and months else None
        rows.append(
            StaffingNeedRow(
                process_id=process_id,
                process_name=book.processes[process_id].name,
                indicator=ledger.indicator,
                unit_id=unit_id,
                unit_name=book.units[unit_id].name
                if unit_id is not None
                else tr("indicators", "Alla enheter"),
                period_key=period.key,
                period_label=period.label,
                invoices=invoices,
                target=target,
                needed_fte=needed,
                actual_fte=fte_months / months if months else None,
            )
        )
    return rows


def monthly_staffing_need(
    book: IndicatorBook, year: int, unit_id: int | None = None
) -> list[StaffingNeedRow]:
    """The need against actual FTE of every month of ``year`` with figures, per ledger process."""
    rows: list[StaffingNeedRow] = []
    for month in Year(year).months():
        if book.has_month(month):
            rows.extend(staffing_need(book, month, unit_id))
    return rows


def needed_fte(invoices: float, target: float | None, months: int) -> float | None:
    """Average FTE a month to handle ``invoices`` over ``months`` at ``target`` invoices per FTE."""
    if not target or not months:
        return None
    return invoices / target / months
