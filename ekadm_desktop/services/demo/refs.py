"""The reference rows the generators need, read once, and the demo's notion of customer size."""

from __future__ import annotations

from dataclasses import dataclass, field
from random import Random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekadm_desktop.models.reference import Customer, CustomerKind, Process, TransactionType, Unit

YEARS = (2009, 2010)
Row = dict[str, Any]  # column values for a Core insert
MONTHS = tuple(range(1, 13))

# Relative size of the specialist departments (a district administration is about 1.0).
SPECIALIST_SIZE = {
    "Utbildningsförvaltningen": 2.2,
    "Trafikkontoret": 1.5,
    "Socialtjänstförvaltningen": 1.3,
    "Fastighetskontoret": 1.1,
    "Serviceförvaltningen": 0.6,
    "Äldreförvaltningen": 0.5,
    "Idrottsförvaltningen": 0.5,
    "Kulturförvaltningen": 0.45,
    "Arbetsmarknadsförvaltningen": 0.4,
    "Exploateringskontoret": 0.35,
    "Stadsbyggnadskontoret": 0.3,
    "Stadsledningskontoret": 0.3,
    "Kyrkogårdsförvaltningen": 0.25,
    "Miljöförvaltningen": 0.2,
    "Överförmyndarförvaltningen": 0.15,
    "Stadsarkivet": 0.08,
    "Revisionskontoret": 0.05,
}
DEFAULT_SPECIALIST_SIZE = 0.3

# Who sends many customer invoices (fees, rents) and who receives many supplier invoices.
CUSTOMER_LEDGER_BIAS = {"Fastighetskontoret": 2.0, "Idrottsförvaltningen": 1.4, "Trafikkontoret": 0.7}
SUPPLIER_LEDGER_BIAS = {"Trafikkontoret": 1.4, "Fastighetskontoret": 1.3, "Socialtjänstförvaltningen": 0.8}
DISTRICT_CUSTOMER_LEDGER_BIAS = 1.25

# Services of the city as a whole, run by the process's owner unit and not sold in agreements.
CITY_WIDE_PROCESSES = frozenset(
    {"city_cashier", "service_vehicles", "debt_enforcement", "unidentified_mail", "lass_reconciliation"}
)


@dataclass
class DemoRefs:
    """Reference rows of the open session, in a stable order, plus derived sizes."""

    units: list[Unit]
    processes: dict[str, Process]
    customers: list[Customer]
    types: dict[str, TransactionType]
    size: dict[int, float] = field(default_factory=dict)  # customer id -> relative size
    customer_ledger_weight: dict[int, float] = field(default_factory=dict)
    supplier_ledger_weight: dict[int, float] = field(default_factory=dict)

    def customers_of(self, unit: Unit) -> list[Customer]:
        return [c for c in self.customers if c.unit_id == unit.id]

    def sold_processes(self) -> list[Process]:
        """Processes that go into service agreements, core ones first."""
        return [p for p in self.processes.values() if p.code not in CITY_WIDE_PROCESSES]


def load_refs(session: Session, rng: Random) -> DemoRefs:
    refs = DemoRefs(
        units=list(session.scalars(select(Unit).order_by(Unit.id))),
        processes={
            p.code: p for p in session.scalars(select(Process).order_by(Process.sort_order, Process.id))
        },
        customers=list(session.scalars(select(Customer).where(Customer.active).order_by(Customer.id))),
        types={t.code: t for t in session.scalars(select(TransactionType).order_by(TransactionType.id))},
    )
    for customer in refs.customers:
        if customer.kind is CustomerKind.DISTRICT:
            size = rng.uniform(0.75, 1.3)
            cl_bias = DISTRICT_CUSTOMER_LEDGER_BIAS
        else:
            size = SPECIALIST_SIZE.get(customer.name, DEFAULT_SPECIALIST_SIZE)
            cl_bias = CUSTOMER_LEDGER_BIAS.get(customer.name, 1.0)
        refs.size[customer.id] = size
        refs.customer_ledger_weight[customer.id] = size * cl_bias * rng.uniform(0.85, 1.15)
        refs.supplier_ledger_weight[customer.id] = (
            size * SUPPLIER_LEDGER_BIAS.get(customer.name, 1.0) * rng.uniform(0.85, 1.15)
        )
    return refs


def apportion(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` into whole parts proportional to ``weights`` that add up exactly
    (largest remainder first)."""
    weight_sum = sum(weights)
    if total <= 0 or weight_sum <= 0:
        return [0] * len(weights)
    exact = [total * w / weight_sum for w in weights]
    parts = [int(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - parts[i], reverse=True)
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts
