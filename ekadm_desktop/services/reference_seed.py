"""The reference data every new database starts with: units, processes, customers, prices, targets.

Figures are those of the operations description (2010). Unit names and phone numbers are
placeholders the administrator edits in the administration view.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekadm_desktop.models.reference import (
    Customer,
    CustomerKind,
    IndicatorTarget,
    Price,
    PriceUnit,
    Process,
    ProcessKind,
    TransactionType,
    Unit,
)

SEED_YEAR = 2010

# code, name, group phone number, shared e-mail box
UNITS: list[tuple[str, str, str, str]] = [
    ("NORD", "Enhet Nord", "08-508 290 10", "ekadm.nord@stad.example.se"),
    ("SYD", "Enhet Syd", "08-508 290 20", "ekadm.syd@stad.example.se"),
    ("VAST", "Enhet Väst", "08-508 290 30", "ekadm.vast@stad.example.se"),
    ("OST", "Enhet Öst", "08-508 290 40", "ekadm.ost@stad.example.se"),
]

# code, name, kind, owning unit code
PROCESSES: list[tuple[str, str, ProcessKind, str]] = [
    ("customer_ledger", "Kundreskontra", ProcessKind.CORE, "NORD"),
    ("supplier_ledger", "Leverantörsreskontra", ProcessKind.CORE, "SYD"),
    ("cash_bank", "Kassa/bank", ProcessKind.CORE, "VAST"),
    ("system_admin", "Systemförvaltning", ProcessKind.CORE, "OST"),
    ("time_project", "Tid & projekt", ProcessKind.OTHER, "OST"),
    ("fixed_assets", "Anläggning", ProcessKind.OTHER, "VAST"),
    ("accounting", "Redovisning till rapportering inkl. bokslut", ProcessKind.OTHER, "NORD"),
    ("balance_reconciliation", "Avstämning av balanskonton", ProcessKind.ADDITIONAL, "NORD"),
    (
        "internal_reconciliation",
        "Avstämning av interna mellanhavanden/motparter",
        ProcessKind.ADDITIONAL,
        "SYD",
    ),
    ("local_invoicing", "Lokal fakturering med bilagor", ProcessKind.ADDITIONAL, "NORD"),
    ("journal_vouchers", "Memorialbokföring/internfakturering", ProcessKind.ADDITIONAL, "VAST"),
    (
        "training",
        "Information och utbildning i Agresso självservice och WebInfo",
        ProcessKind.ADDITIONAL,
        "OST",
    ),
    ("city_cashier", "Stadskassan", ProcessKind.OTHER, "VAST"),
    ("service_vehicles", "Stadens tjänstefordon", ProcessKind.OTHER, "SYD"),
    ("debt_enforcement", "Kronofogdeärenden", ProcessKind.OTHER, "SYD"),
    ("unidentified_mail", "Oidentifierad post", ProcessKind.OTHER, "VAST"),
    ("lass_reconciliation", "Avstämning av assistanskostnader (LASS)", ProcessKind.OTHER, "OST"),
]

DISTRICTS: list[tuple[str, str]] = [
    ("Rinkeby-Kista", "NORD"),
    ("Spånga-Tensta", "NORD"),
    ("Hässelby-Vällingby", "VAST"),
    ("Bromma", "VAST"),
    ("Kungsholmen", "VAST"),
    ("Norrmalm", "NORD"),
    ("Östermalm", "OST"),
    ("Södermalm", "SYD"),
    ("Enskede-Årsta-Vantör", "SYD"),
    ("Skarpnäck", "OST"),
    ("Farsta", "OST"),
    ("Älvsjö", "SYD"),
    ("Hägersten-Liljeholmen", "SYD"),
    ("Skärholmen", "VAST"),
]

SPECIALISTS: list[tuple[str, str]] = [
    ("Arbetsmarknadsförvaltningen", "NORD"),
    ("Exploateringskontoret", "VAST"),
    ("Fastighetskontoret", "VAST"),
    ("Idrottsförvaltningen", "OST"),
    ("Kulturförvaltningen", "OST"),
    ("Kyrkogårdsförvaltningen", "SYD"),
    ("Miljöförvaltningen", "NORD"),
    ("Revisionskontoret", "NORD"),
    ("Serviceförvaltningen", "OST"),
    ("Socialtjänstförvaltningen", "NORD"),
    ("Stadsarkivet", "OST"),
    ("Stadsbyggnadskontoret", "VAST"),
    ("Stadsledningskontoret", "NORD"),
    ("Trafikkontoret", "SYD"),
    ("Utbildningsförvaltningen", "SYD"),
    ("Äldreförvaltningen", "VAST"),
    ("Överförmyndarförvaltningen", "SYD"),
]


class TT:
    """Codes of the seeded transaction types, for services that need one by meaning."""

    CL_FEEDER = "cl_feeder"
    CL_MANUAL = "cl_manual"
    CL_MANUAL_ATTACHMENT = "cl_manual_attachment"
    SL_ELECTRONIC = "sl_electronic"
    SL_MANUAL = "sl_manual"
    REMINDER = "reminder"
    INCORRECT_DOCUMENT = "incorrect_document"
    UNIDENTIFIED_PAYMENT = "unidentified_payment"
    DEBT_COLLECTION = "debt_collection"
    LATE_INTEREST = "late_interest"
    PETTY_CASH = "petty_cash"
    UNPAID_CUSTOMER_INVOICE = "unpaid_customer_invoice"
    HOUR_ACCOUNTANT = "hour_accountant"
    HOUR_ADMINISTRATOR = "hour_administrator"


# code, name, process code, price unit, electronic?, counts as invoice?, 2010 price (SEK) or None
TRANSACTION_TYPES: list[tuple[str, str, str | None, PriceUnit, bool | None, bool, int | None]] = [
    (TT.CL_FEEDER, "Kundfaktura via försystem", "customer_ledger", PriceUnit.TRANSACTION, True, True, 9),
    (TT.CL_MANUAL, "Kundfaktura manuell", "customer_ledger", PriceUnit.TRANSACTION, False, True, 30),
    (
        TT.CL_MANUAL_ATTACHMENT,
        "Kundfaktura manuell med bilaga",
        "customer_ledger",
        PriceUnit.TRANSACTION,
        False,
        True,
        45,
    ),
    (
        TT.SL_ELECTRONIC,
        "Leverantörsfaktura elektronisk",
        "supplier_ledger",
        PriceUnit.TRANSACTION,
        True,
        True,
        19,
    ),
    (TT.SL_MANUAL, "Leverantörsfaktura manuell", "supplier_ledger", PriceUnit.TRANSACTION, False, True, 40),
    (TT.REMINDER, "Påminnelse", "customer_ledger", PriceUnit.TRANSACTION, None, False, 40),
    (TT.INCORRECT_DOCUMENT, "Felaktigt underlag", None, PriceUnit.TRANSACTION, None, False, None),
    (
        TT.UNIDENTIFIED_PAYMENT,
        "Oidentifierad inbetalning",
        "cash_bank",
        PriceUnit.TRANSACTION,
        None,
        False,
        None,
    ),
    (
        TT.DEBT_COLLECTION,
        "Inkassokrav (leverantörsskuld)",
        "supplier_ledger",
        PriceUnit.TRANSACTION,
        None,
        False,
        None,
    ),
    (TT.LATE_INTEREST, "Dröjsmålsränta (kr)", "supplier_ledger", PriceUnit.TRANSACTION, None, False, None),
    (TT.PETTY_CASH, "Handkassa/tillfälligt förskott", "cash_bank", PriceUnit.TRANSACTION, None, False, None),
    (
        TT.UNPAID_CUSTOMER_INVOICE,
        "Obetald kundfaktura",
        "customer_ledger",
        PriceUnit.TRANSACTION,
        None,
        False,
        None,
    ),
    (TT.HOUR_ACCOUNTANT, "Timme redovisningsekonom/systemförvaltare", None, PriceUnit.HOUR, None, False, 400),
    (TT.HOUR_ADMINISTRATOR, "Timme ekonomiadministratör", None, PriceUnit.HOUR, None, False, 360),
]


class Indicator:
    """Codes of the indicators that have yearly targets."""

    CUSTOMER_INVOICES_PER_FTE = "customer_invoices_per_fte_month"
    SUPPLIER_INVOICES_PER_FTE = "supplier_invoices_per_fte_month"
    SATISFIED_CUSTOMERS = "satisfied_customers_share"


TARGETS: list[tuple[str, Decimal, str]] = [
    (Indicator.CUSTOMER_INVOICES_PER_FTE, Decimal(4300), "Kundfakturor per handläggare och månad"),
    (Indicator.SUPPLIER_INVOICES_PER_FTE, Decimal(2500), "Leverantörsfakturor per handläggare och månad"),
    (Indicator.SATISFIED_CUSTOMERS, Decimal("0.90"), "Andel nöjda kunder (kundenkät)"),
]


def is_seeded(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Unit)))


def seed_reference_data(session: Session) -> None:
    """Insert the reference data into an empty database (in the caller's transaction)."""
    units = {
        code: Unit(code=code, name=name, group_phone=phone, email=email) for code, name, phone, email in UNITS
    }
    session.add_all(units.values())
    processes = {
        code: Process(code=code, name=name, kind=kind, owner_unit=units[owner], sort_order=i)
        for i, (code, name, kind, owner) in enumerate(PROCESSES)
    }
    session.add_all(processes.values())
    for i, (name, unit) in enumerate(DISTRICTS, start=1):
        session.add(
            Customer(
                code=f"SDF{i:02d}",
                name=f"{name} stadsdelsförvaltning",
                kind=CustomerKind.DISTRICT,
                unit=units[unit],
            )
        )
    for i, (name, unit) in enumerate(SPECIALISTS, start=1):
        session.add(Customer(code=f"FF{i:02d}", name=name, kind=CustomerKind.SPECIALIST, unit=units[unit]))
    for order, (code, name, process, unit_kind, electronic, invoice, price) in enumerate(TRANSACTION_TYPES):
        ttype = TransactionType(
            code=code,
            name=name,
            process=processes[process] if process else None,
            price_unit=unit_kind,
            electronic=electronic,
            counts_as_invoice=invoice,
            sort_order=order,
        )
        session.add(ttype)
        if price is not None:
            session.add(Price(year=SEED_YEAR, transaction_type=ttype, amount_sek=Decimal(price)))
    for indicator, value, note in TARGETS:
        session.add(IndicatorTarget(year=SEED_YEAR, indicator=indicator, value=value, note=note))
    session.flush()
