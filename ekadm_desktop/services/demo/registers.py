"""2009 prices and targets, the demo users, and the service agreements of both years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekadm_desktop.models.reference import (
    AdditionalAgreement,
    AgreementService,
    CustomerKind,
    IndicatorTarget,
    Price,
    ProcessKind,
    ServiceAgreement,
)
from ekadm_desktop.models.users import Role, User
from ekadm_desktop.services.demo.refs import YEARS, DemoRefs
from ekadm_desktop.services.reference_seed import SEED_YEAR, TT

PREVIOUS_YEAR = SEED_YEAR - 1
# 2009 prices where they differed from 2010; the rest were unchanged.
PRICES_2009 = {
    TT.CL_MANUAL: Decimal(29),
    TT.CL_MANUAL_ATTACHMENT: Decimal(43),
    TT.SL_MANUAL: Decimal(38),
    TT.HOUR_ACCOUNTANT: Decimal(390),
    TT.HOUR_ADMINISTRATOR: Decimal(350),
}

MANAGERS = [
    ("anna.enhetschef", "Anna Lindqvist"),
    ("erik.enhetschef", "Erik Johansson"),
    ("maria.enhetschef", "Maria Svensson"),
    ("lars.enhetschef", "Lars Nilsson"),
    ("sofia.enhetschef", "Sofia Bergström"),
    ("johan.enhetschef", "Johan Ek"),
]
CONTROLLER = ("karin.controller", "Karin Berg")
READER = ("per.lasare", "Per Holm")

# Chance that a customer buys each optional service in its agreement.
OPTIONAL_SERVICE_CHANCE = {
    "time_project": 0.7,
    "fixed_assets": 0.65,
    "accounting": 0.8,
    "balance_reconciliation": 0.3,
    "internal_reconciliation": 0.2,
    "local_invoicing": 0.25,
    "journal_vouchers": 0.3,
    "training": 0.35,
}

ADDITIONAL_AGREEMENT_TITLES = {
    "balance_reconciliation": "Månatlig avstämning av balanskonton",
    "internal_reconciliation": "Motpartsavstämning inför bokslut",
    "local_invoicing": "Lokal fakturering med bilagor för verksamhetens hyresgäster",
    "journal_vouchers": "Interndebitering av lokalkostnader",
    "training": "Utbildning av nya attestanter i Agresso självservice",
}


@dataclass(frozen=True)
class DemoPeople:
    """Names of the demo users, as authors, receivers and responsible persons are written."""

    manager_by_unit: dict[int, str]
    controller: str
    reader: str


@dataclass(frozen=True)
class AgreedService:
    """A service delivered by the hour: from an agreement or an additional agreement."""

    customer_id: int
    process_code: str
    valid_from: date
    valid_to: date
    note: str


@dataclass(frozen=True)
class AgreementPlan:
    services: dict[tuple[int, int], frozenset[str]]  # (customer id, year) -> process codes agreed
    agreed_additional: list[AgreedService]  # additional services in the yearly agreements
    additional_agreements: list[AgreedService]  # made during the year

    @property
    def hourly(self) -> list[AgreedService]:
        return self.agreed_additional + self.additional_agreements


def add_previous_year_prices_and_targets(session: Session) -> None:
    """Copy the seed year's prices (a few lower) and targets to the year before, where missing."""
    have_prices = set(session.scalars(select(Price.transaction_type_id).where(Price.year == PREVIOUS_YEAR)))
    for price in session.scalars(select(Price).where(Price.year == SEED_YEAR).order_by(Price.id)).all():
        if price.transaction_type_id not in have_prices:
            amount = PRICES_2009.get(price.transaction_type.code, price.amount_sek)
            session.add(
                Price(year=PREVIOUS_YEAR, transaction_type_id=price.transaction_type_id, amount_sek=amount)
            )
    have_targets = set(
        session.scalars(select(IndicatorTarget.indicator).where(IndicatorTarget.year == PREVIOUS_YEAR))
    )
    targets = session.scalars(select(IndicatorTarget).where(IndicatorTarget.year == SEED_YEAR)).all()
    for target in targets:
        if target.indicator not in have_targets:
            session.add(
                IndicatorTarget(
                    year=PREVIOUS_YEAR, indicator=target.indicator, value=target.value, note=target.note
                )
            )


def add_users(session: Session, refs: DemoRefs) -> DemoPeople:
    """One unit manager per unit, a controller and a reader; existing logins are left as they are."""
    existing = set(session.scalars(select(User.login)))

    def add(login: str, name: str, role: Role, unit_id: int | None = None) -> None:
        if login not in existing:
            session.add(User(login=login, display_name=name, role=role, unit_id=unit_id))
            existing.add(login)

    managers: dict[int, str] = {}
    for i, unit in enumerate(refs.units):
        login, name = MANAGERS[i] if i < len(MANAGERS) else (f"chef{i + 1}.enhetschef", f"Enhetschef {i + 1}")
        add(login, name, Role.UNIT_MANAGER, unit.id)
        managers[unit.id] = name
        if not unit.manager_login:
            unit.manager_name, unit.manager_login = name, login
    add(*CONTROLLER, Role.CONTROLLER)
    add(*READER, Role.READER)
    _add_contacts(refs)
    return DemoPeople(managers, CONTROLLER[1], READER[1])


CONTACT_FIRST = (
    "Eva",
    "Per",
    "Karin",
    "Mats",
    "Lena",
    "Johan",
    "Sara",
    "Ola",
    "Ingrid",
    "Nils",
    "Maja",
    "Tomas",
)
CONTACT_LAST = (
    "Berg",
    "Lund",
    "Holm",
    "Ek",
    "Strand",
    "Wik",
    "Sjöberg",
    "Dahl",
    "Forsberg",
    "Hedlund",
    "Nyström",
)


def _add_contacts(refs: DemoRefs) -> None:
    """Each department's contact person (its finance manager) and shared e-mail box, where empty."""
    for i, customer in enumerate(refs.customers):
        first = CONTACT_FIRST[i % len(CONTACT_FIRST)]
        last = CONTACT_LAST[(i * 7) % len(CONTACT_LAST)]
        if not customer.contact_name:
            customer.contact_name = f"{first} {last}, ekonomichef"
        if not customer.email:
            customer.email = f"ekonomi.{customer.code.lower()}@stad.example.se"


def add_agreements(session: Session, refs: DemoRefs, rng: Random) -> AgreementPlan:
    """A service agreement per customer and year, and a handful of additional agreements."""
    services: dict[tuple[int, int], frozenset[str]] = {}
    hourly: list[AgreedService] = []
    have = {
        (row[0], row[1])
        for row in session.execute(select(ServiceAgreement.customer_id, ServiceAgreement.year))
    }
    for customer in refs.customers:
        chosen = {code for code, chance in OPTIONAL_SERVICE_CHANCE.items() if rng.random() < chance}
        for year in YEARS:
            if year > YEARS[0] and rng.random() < 0.3:
                chosen ^= {rng.choice(sorted(OPTIONAL_SERVICE_CHANCE))}  # a service added or dropped
            processes = [p for p in refs.sold_processes() if p.kind is ProcessKind.CORE or p.code in chosen]
            services[customer.id, year] = frozenset(p.code for p in processes)
            if (customer.id, year) in have:
                continue
            signed = date(year - 1, 12, 1) + timedelta(days=rng.randint(0, 45))
            session.add(
                ServiceAgreement(
                    customer_id=customer.id,
                    year=year,
                    signed_on=signed,
                    note=f"Serviceavtal {year} enligt stadens prislista; kontaktperson {_contact(customer.kind)}.",
                    services=[AgreementService(process_id=p.id) for p in processes],
                )
            )
            hourly.extend(
                AgreedService(
                    customer.id, p.code, date(year, 1, 1), date(year, 12, 31), f"Serviceavtal {year}"
                )
                for p in processes
                if p.kind is ProcessKind.ADDITIONAL
            )
    return AgreementPlan(services, hourly, _add_additional_agreements(session, refs, rng))


def _contact(kind: CustomerKind) -> str:
    return "förvaltningens ekonomichef" if kind is CustomerKind.DISTRICT else "förvaltningens controller"


def _add_additional_agreements(session: Session, refs: DemoRefs, rng: Random) -> list[AgreedService]:
    agreed: list[AgreedService] = []
    codes = sorted(ADDITIONAL_AGREEMENT_TITLES)
    for _ in range(rng.randint(7, 11)):
        customer = rng.choice(refs.customers)
        code = rng.choice(codes)
        year = rng.choice(YEARS)
        valid_from = date(year, rng.randint(2, 10), 1)
        # Training is a short effort; the others run to the end of the agreement year.
        valid_to = valid_from + timedelta(days=59) if code == "training" else date(year, 12, 31)
        session.add(
            AdditionalAgreement(
                customer_id=customer.id,
                process_id=refs.processes[code].id,
                title=ADDITIONAL_AGREEMENT_TITLES[code],
                valid_from=valid_from,
                valid_to=valid_to,
                note=f"Tilläggsöverenskommelse efter kundmöte; debiteras per timme från {valid_from:%Y-%m-%d}.",
            )
        )
        title = ADDITIONAL_AGREEMENT_TITLES[code]
        agreed.append(
            AgreedService(customer.id, code, valid_from, valid_to, f"Tilläggsöverenskommelse: {title}")
        )
    return agreed
