"""Monthly volumes per customer, process and transaction type, as the ERP statistics would give them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from random import Random

from ekadm_desktop.models.reference import CustomerKind
from ekadm_desktop.services.demo.refs import MONTHS, YEARS, DemoRefs, Row, apportion
from ekadm_desktop.services.reference_seed import TT

CUSTOMER_INVOICES = {2009: 1_448_000, 2010: 1_450_000}
# 2010 was planned at about 1,020,000, 1.5 % fewer than 2009.
SUPPLIER_INVOICES = {2009: 1_035_500, 2010: 1_020_000}
# Invoicing is low in the summer and peaks at the turn of the year.
MONTH_PROFILE = (1.12, 0.98, 1.06, 0.99, 1.01, 1.02, 0.64, 0.90, 1.04, 1.07, 1.05, 1.22)
# How much more electronic handling each customer reaches in 2010 than in 2009.
YEARLY_ELECTRONIC_GAIN = (0.005, 0.03)

Cell = tuple[int, int]  # (customer id, month)


@dataclass(frozen=True)
class Habits:
    """How one customer's invoices are made and paid; fixed per customer."""

    feeder_share: float  # customer invoices through a feeder system, 2009
    electronic_share: float  # supplier invoices received electronically, 2009
    attachment_share: float  # manual customer invoices that carry an attachment
    gain: float  # yearly rise of both shares
    sloppiness: float  # incorrect documents, late attestation
    payer_risk: float  # reminders and unpaid invoices among the customer's own customers
    petty_cash: float  # petty-cash and advance cases a month


@dataclass(frozen=True)
class LedgerTotals:
    """Invoices per unit and year, for sizing the staff."""

    customer: dict[tuple[int, int], int]  # (year, unit id) -> customer invoices
    supplier: dict[tuple[int, int], int]


def _habits(refs: DemoRefs, rng: Random) -> dict[int, Habits]:
    habits = {}
    for c in refs.customers:
        district = c.kind is CustomerKind.DISTRICT
        habits[c.id] = Habits(
            feeder_share=rng.uniform(0.75, 0.9),
            electronic_share=rng.uniform(0.45, 0.76),
            attachment_share=rng.uniform(0.15, 0.35),
            gain=rng.uniform(*YEARLY_ELECTRONIC_GAIN),
            sloppiness=rng.uniform(0.5, 1.8),
            payer_risk=rng.uniform(1.1, 1.5) if district else rng.uniform(0.6, 1.1),
            petty_cash=(rng.uniform(6, 16) if district else rng.uniform(0, 5)) * min(refs.size[c.id], 1.5),
        )
    return habits


def _spread(total: int, weights: dict[int, float], rng: Random) -> dict[Cell, int]:
    """A year's invoices over customers and months: size, season and some noise."""
    season = [MONTH_PROFILE[m - 1] * rng.uniform(0.975, 1.025) for m in MONTHS]
    cells = [(c, m) for c in weights for m in MONTHS]
    parts = apportion(total, [weights[c] * season[m - 1] * rng.uniform(0.94, 1.06) for c, m in cells])
    return dict(zip(cells, parts, strict=True))


def _split(count: int, share: float) -> tuple[int, int]:
    first = round(count * min(max(share, 0.0), 1.0))
    return first, count - first


def volume_rows(refs: DemoRefs, rng: Random) -> tuple[list[Row], LedgerTotals]:
    """Rows for ``insert(MonthlyVolume)``, and the invoices per unit for sizing the staff."""
    habits = _habits(refs, rng)
    cl_process = refs.processes["customer_ledger"].id
    sl_process = refs.processes["supplier_ledger"].id
    rows: list[Row] = []
    cl_by_unit: dict[tuple[int, int], int] = defaultdict(int)
    sl_by_unit: dict[tuple[int, int], int] = defaultdict(int)
    unit_of = {c.id: c.unit_id for c in refs.customers}

    for year in YEARS:
        customer_invoices = _spread(CUSTOMER_INVOICES[year], refs.customer_ledger_weight, rng)
        supplier_invoices = _spread(SUPPLIER_INVOICES[year], refs.supplier_ledger_weight, rng)
        for (customer_id, month), cl_count in customer_invoices.items():
            h = habits[customer_id]
            sl_count = supplier_invoices[customer_id, month]
            cl_by_unit[year, unit_of[customer_id]] += cl_count
            sl_by_unit[year, unit_of[customer_id]] += sl_count
            gain = h.gain * (year - YEARS[0])
            feeder, cl_manual_all = _split(cl_count, h.feeder_share + gain + rng.uniform(-0.015, 0.015))
            attached, cl_manual = _split(cl_manual_all, h.attachment_share)
            electronic, sl_manual = _split(sl_count, h.electronic_share + gain + rng.uniform(-0.02, 0.02))
            debt_collection = round(sl_count * rng.uniform(0.0004, 0.0012) * h.sloppiness)
            late_interest = debt_collection * rng.uniform(80, 450) + sl_count * rng.uniform(0.02, 0.08)
            # (type, process when the type has none, quantity)
            quantities: list[tuple[str, int | None, float]] = [
                (TT.CL_FEEDER, None, feeder),
                (TT.CL_MANUAL, None, cl_manual),
                (TT.CL_MANUAL_ATTACHMENT, None, attached),
                (TT.SL_ELECTRONIC, None, electronic),
                (TT.SL_MANUAL, None, sl_manual),
                (TT.REMINDER, None, round(cl_count * rng.uniform(0.04, 0.07) * h.payer_risk)),
                (
                    TT.UNPAID_CUSTOMER_INVOICE,
                    None,
                    round(cl_count * rng.uniform(0.015, 0.035) * h.payer_risk),
                ),
                (TT.UNIDENTIFIED_PAYMENT, None, round(cl_count * rng.uniform(0.0015, 0.004))),
                (
                    TT.INCORRECT_DOCUMENT,
                    cl_process,
                    round(cl_manual_all * rng.uniform(0.006, 0.02) * h.sloppiness),
                ),
                (
                    TT.INCORRECT_DOCUMENT,
                    sl_process,
                    round(sl_manual * rng.uniform(0.004, 0.012) * h.sloppiness),
                ),
                (TT.DEBT_COLLECTION, None, debt_collection),
                (TT.LATE_INTEREST, None, round(late_interest, 2)),
                (TT.PETTY_CASH, None, round(h.petty_cash * rng.uniform(0.6, 1.4))),
            ]
            for code, own_process, quantity in quantities:
                ttype = refs.types.get(code)
                process_id = own_process or (ttype.process_id if ttype else None)
                if ttype is None or process_id is None or quantity <= 0:
                    continue
                rows.append(
                    dict(
                        year=year,
                        month=month,
                        customer_id=customer_id,
                        process_id=process_id,
                        transaction_type_id=ttype.id,
                        quantity=Decimal(str(quantity)).quantize(Decimal("0.01")),
                    )
                )
    return rows, LedgerTotals(dict(cl_by_unit), dict(sl_by_unit))
