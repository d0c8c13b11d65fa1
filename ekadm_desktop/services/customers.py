"""One customer (department) at a glance: who they are, what they have agreed on in a year.

The customer page asks this service for the picker's list and for the details shown at its top;
the other sections of the page (log, complaints, volumes, ...) ask their own services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import NotFound
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.models.reference import (
    AdditionalAgreement,
    AgreementService,
    Customer,
    CustomerKind,
    Process,
    ServiceAgreement,
    Unit,
)
from ekadm_desktop.services.fields import swedish_sort_key

KIND_LABELS = {
    CustomerKind.DISTRICT: N_("customers", "Stadsdelsförvaltning"),
    CustomerKind.SPECIALIST: N_("customers", "Fackförvaltning"),
}


def kind_label(kind: CustomerKind) -> str:
    return tr("customers", KIND_LABELS[kind])


# -- plain data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerChoice:
    """A customer as an option of the customer picker."""

    id: int
    code: str
    name: str
    kind_label: str
    unit_name: str
    active: bool

    @property
    def label(self) -> str:
        """``SDF01 – Rinkeby-Kista stadsdelsförvaltning``"""
        return f"{self.code} – {self.name}"


@dataclass(frozen=True)
class ResponsibleUnit:
    id: int
    name: str
    group_phone: str
    email: str
    manager_name: str


@dataclass(frozen=True)
class AgreementDetails:
    """The service agreement (serviceavtal) of one year."""

    id: int
    year: int
    signed_on: date | None
    services: tuple[str, ...]  # the included processes' names, in the processes' sort order
    note: str


@dataclass(frozen=True)
class AdditionalAgreementRow:
    """An additional agreement (tilläggsöverenskommelse)."""

    id: int
    title: str
    service: str  # the process's name, or "" when it concerns none in particular
    valid_from: date
    valid_to: date | None  # None: until further notice
    note: str


@dataclass(frozen=True)
class CustomerDetails:
    id: int
    code: str
    name: str
    kind: CustomerKind
    kind_label: str  # "Stadsdelsförvaltning" or "Fackförvaltning"
    unit: ResponsibleUnit
    contact_name: str
    email: str
    active: bool
    year: int
    agreement: AgreementDetails | None  # None: no agreement for ``year``
    additional_agreements: tuple[AdditionalAgreementRow, ...]  # valid some time in ``year``, oldest first

    @property
    def label(self) -> str:
        return f"{self.code} – {self.name}"


# -- the service -------------------------------------------------------------------------------


class CustomerService:
    """Read-only: everyone may look at every customer."""

    def __init__(self, db: Database, *, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    def customers(self) -> list[CustomerChoice]:
        """All customers, active and inactive, by code."""
        query = select(Customer, Unit.name).join(Unit, Customer.unit_id == Unit.id).order_by(Customer.code)
        with self._db.session() as s:
            return [
                CustomerChoice(
                    id=customer.id,
                    code=customer.code,
                    name=customer.name,
                    kind_label=kind_label(customer.kind),
                    unit_name=unit_name,
                    active=customer.active,
                )
                for customer, unit_name in s.execute(query)
            ]

    def latest_year(self) -> int:
        """The latest year with a service agreement; this year when there is none."""
        with self._db.session() as s:
            year = s.scalar(select(func.max(ServiceAgreement.year)))
        return int(year) if year is not None else self._today().year

    def details(self, customer_id: int, year: int) -> CustomerDetails:
        """The customer, its responsible unit, and its agreements of ``year``."""
        with self._db.session() as s:
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound(tr("customers", "Kunden finns inte längre."))
            unit = customer.unit
            return CustomerDetails(
                id=customer.id,
                code=customer.code,
                name=customer.name,
                kind=customer.kind,
                kind_label=kind_label(customer.kind),
                unit=ResponsibleUnit(
                    id=unit.id,
                    name=unit.name,
                    group_phone=unit.group_phone,
                    email=unit.email,
                    manager_name=unit.manager_name,
                ),
                contact_name=customer.contact_name,
                email=customer.email,
                active=customer.active,
                year=year,
                agreement=_agreement(s, customer_id, year),
                additional_agreements=_additional_agreements(s, customer_id, year),
            )


def _agreement(s: Session, customer_id: int, year: int) -> AgreementDetails | None:
    agreement = s.scalar(
        select(ServiceAgreement).where(
            ServiceAgreement.customer_id == customer_id, ServiceAgreement.year == year
        )
    )
    if agreement is None:
        return None
    processes = s.scalars(
        select(Process)
        .join(AgreementService, AgreementService.process_id == Process.id)
        .where(AgreementService.agreement_id == agreement.id)
    ).all()
    ordered = sorted(processes, key=lambda p: (p.sort_order, swedish_sort_key(p.name)))
    return AgreementDetails(
        id=agreement.id,
        year=agreement.year,
        signed_on=agreement.signed_on,
        services=tuple(p.name for p in ordered),
        note=agreement.note,
    )


def _additional_agreements(s: Session, customer_id: int, year: int) -> tuple[AdditionalAgreementRow, ...]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    query = (
        select(AdditionalAgreement, Process.name)
        .outerjoin(Process, AdditionalAgreement.process_id == Process.id)
        .where(
            AdditionalAgreement.customer_id == customer_id,
            AdditionalAgreement.valid_from <= last,
            or_(AdditionalAgreement.valid_to.is_(None), AdditionalAgreement.valid_to >= first),
        )
    )
    rows = [
        AdditionalAgreementRow(
            id=agreed.id,
            title=agreed.title,
            service=process_name or "",
            valid_from=agreed.valid_from,
            valid_to=agreed.valid_to,
            note=agreed.note,
        )
        for agreed, process_name in s.execute(query)
    ]
    rows.sort(key=lambda r: (r.valid_from, swedish_sort_key(r.title), r.id))
    return tuple(rows)
