"""The entities of the administration view, declared once: labels, kinds, ranges, rules, order.

Built per call (cheap) so the labels follow the installed language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Numeric, String

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.reference import (
    AdditionalAgreement,
    AgreementService,
    Customer,
    CustomerKind,
    IndicatorTarget,
    Price,
    PriceUnit,
    Process,
    ProcessKind,
    ServiceAgreement,
    TransactionType,
    Unit,
)
from ekadm_desktop.models.users import Role, User
from ekadm_desktop.services.fields import (
    YEAR_MAX,
    YEAR_MIN,
    Check,
    Entity,
    Field,
    FieldKind,
    Option,
    quote_label,
)
from ekadm_desktop.services.indicators import (
    AMBER_SHARE,
    CUSTOMER_ELECTRONIC_SHARE,
    SUPPLIER_ELECTRONIC_SHARE,
    amber_code,
)
from ekadm_desktop.services.phone_stats import ANSWER_RATE_TARGET, SERVICE_LEVEL_TARGET
from ekadm_desktop.services.reference_seed import Indicator
from ekadm_desktop.services.users import role_label


@dataclass(frozen=True)
class Link:
    """A many-to-many field kept as link rows through an ORM relationship."""

    relationship: str
    model: type[Any]
    column: str


@dataclass(frozen=True)
class Binding:
    model: type[Any]
    order: tuple[str, ...]  # field names; "-year" sorts descending
    checks: tuple[Check, ...] = ()
    links: Mapping[str, Link] = field(default_factory=dict)
    # Tables whose rows belong to this one and go with it (not "uses" that stop a delete).
    owned_tables: frozenset[str] = frozenset()


def _dates_ordered(first: str, last: str) -> Check:
    def check(values: Mapping[str, object], entity: Entity) -> None:
        start, end = values.get(first), values.get(last)
        if isinstance(start, date) and isinstance(end, date) and end < start:
            raise ValidationError(
                tr("admin", "{last} får inte vara före {first}.").format(
                    last=quote_label(entity.field(last).label), first=quote_label(entity.field(first).label)
                ),
                field=last,
            )

    return check


def _column_length(model: type[Any], name: str) -> int | None:
    column_type = model.__table__.c[name].type
    return column_type.length if isinstance(column_type, String) else None


def _numeric_limit(model: type[Any], name: str) -> int:
    """The largest whole number a NUMERIC(p, s) column holds (PostgreSQL refuses more)."""
    column_type = model.__table__.c[name].type
    assert isinstance(column_type, Numeric) and column_type.precision is not None
    return int(10 ** (column_type.precision - (column_type.scale or 0))) - 1


def define_entities() -> list[tuple[Entity, Binding]]:
    """The entities, with their labels in the installed language (built per call: cheap, and a
    language chosen after start-up is honoured)."""

    def text(model: type[Any], name: str, label: str, **kw: Any) -> Field:
        return Field(name, label, FieldKind.TEXT, max_length=_column_length(model, name), **kw)

    def ref(name: str, label: str, target: str, **kw: Any) -> Field:
        return Field(name, label, FieldKind.REF, ref=target, **kw)

    def choice(name: str, label: str, labels: Mapping[Any, str], **kw: Any) -> Field:
        options = tuple(Option(value, label) for value, label in labels.items())
        return Field(name, label, FieldKind.CHOICE, options=options, **kw)

    def number(model: type[Any], name: str, label: str, decimals: int, **kw: Any) -> Field:
        limit = _numeric_limit(model, name)
        return Field(name, label, FieldKind.DECIMAL, minimum=0, maximum=limit, decimals=decimals, **kw)

    # fmt: off
    year = Field("year", tr("admin", "År"), FieldKind.INT, required=True, minimum=YEAR_MIN, maximum=YEAR_MAX,
                 default=date.today().year)
    active = Field("active", tr("admin", "Aktiv"), FieldKind.BOOL, default=True)
    sort_order = Field("sort_order", tr("admin", "Sortering"), FieldKind.INT, minimum=0, maximum=9999, default=0,
                       help=tr("admin", "Lägre tal visas först i listor och rapporter."))
    code = tr("admin", "Kod")
    name = tr("admin", "Namn")
    note = tr("admin", "Anteckning")
    fixed_code = {"required": True, "fixed_after_create": True,
                  "help": tr("admin", "Programmet känner igen posten på koden, så den kan inte ändras i efterhand.")}
    required = {"required": True}
    process_kinds = {
        ProcessKind.CORE: tr("admin", "Kärnprocess"),
        ProcessKind.OTHER: tr("admin", "Övrig tjänst"),
        ProcessKind.ADDITIONAL: tr("admin", "Tilläggstjänst"),
    }
    customer_kinds = {
        CustomerKind.DISTRICT: tr("admin", "Stadsdelsförvaltning"),
        CustomerKind.SPECIALIST: tr("admin", "Fackförvaltning"),
    }
    price_units = {PriceUnit.TRANSACTION: tr("admin", "Transaktion"), PriceUnit.HOUR: tr("admin", "Timme")}
    handling = {True: tr("admin", "Elektronisk"), False: tr("admin", "Manuell")}
    indicators = {
        Indicator.CUSTOMER_INVOICES_PER_FTE: tr("admin", "Kundfakturor per handläggare och månad"),
        Indicator.SUPPLIER_INVOICES_PER_FTE: tr("admin", "Leverantörsfakturor per handläggare och månad"),
        Indicator.SATISFIED_CUSTOMERS: tr("admin", "Andel nöjda kunder"),
        CUSTOMER_ELECTRONIC_SHARE: tr("admin", "Andel kundfakturor via försystem"),
        SUPPLIER_ELECTRONIC_SHARE: tr("admin", "Andel elektroniska leverantörsfakturor"),
        ANSWER_RATE_TARGET: tr("admin", "Svarsfrekvens i telefon"),
        SERVICE_LEVEL_TARGET: tr("admin", "Servicenivå i telefon"),
        AMBER_SHARE: tr("admin", "Gräns för gult (andel av målet, alla indikatorer)"),
        amber_code(Indicator.CUSTOMER_INVOICES_PER_FTE): tr(
            "admin", "Gräns för gult: kundfakturor per handläggare"
        ),
        amber_code(Indicator.SUPPLIER_INVOICES_PER_FTE): tr(
            "admin", "Gräns för gult: leverantörsfakturor per handläggare"
        ),
    }

    return [
        (Entity("unit", tr("admin", "Enheter"), tr("admin", "enhet"), tr("admin plural", "enheter"), False, (
            text(Unit, "code", code, **required),
            text(Unit, "name", name, **required),
            text(Unit, "group_phone", tr("admin", "Gruppnummer")),
            text(Unit, "email", tr("admin", "E-post"), email=True),
            text(Unit, "manager_name", tr("admin", "Enhetschef")),
            text(Unit, "manager_login", tr("admin", "Enhetschefens inloggning")),
        ), ("name",)),
         Binding(Unit, ("name",))),

        (Entity("process", tr("admin", "Processer"), tr("admin", "process"), tr("admin plural", "processer"), False, (
            text(Process, "code", code, **fixed_code),
            text(Process, "name", name, **required),
            choice("kind", tr("admin", "Typ"), process_kinds, **required),
            ref("owner_unit_id", tr("admin", "Ansvarig enhet"), "unit"),
            sort_order,
            active,
        ), ("name",)),
         Binding(Process, ("sort_order", "name"))),

        (Entity("customer", tr("admin", "Kunder"), tr("admin", "kund"), tr("admin plural", "kunder"), False, (
            text(Customer, "code", code, **required),
            text(Customer, "name", name, **required),
            choice("kind", tr("admin", "Typ"), customer_kinds, **required),
            ref("unit_id", tr("admin", "Enhet"), "unit", **required),
            text(Customer, "contact_name", tr("admin", "Kontaktperson")),
            text(Customer, "email", tr("admin", "E-post"), email=True),
            active,
        ), ("name",)),
         Binding(Customer, ("code",))),

        (Entity("agreement", tr("admin", "Serviceavtal"), tr("admin", "serviceavtal"), tr("admin plural", "serviceavtal"),
                True, (
            ref("customer_id", tr("admin", "Kund"), "customer", **required),
            year,
            Field("signed_on", tr("admin", "Undertecknat"), FieldKind.DATE),
            Field("services", tr("admin", "Ingående tjänster"), FieldKind.MULTI_REF, ref="process"),
            text(ServiceAgreement, "note", note, multiline=True),
        ), ("customer_id", "year")),
         Binding(ServiceAgreement, ("-year", "customer_id"),
                  links={"services": Link("services", AgreementService, "process_id")},
                  owned_tables=frozenset({"agreement_service"}))),

        (Entity("additional", tr("admin", "Tilläggsöverenskommelser"), tr("admin", "tilläggsöverenskommelse"),
                tr("admin plural", "tilläggsöverenskommelser"), False, (
            ref("customer_id", tr("admin", "Kund"), "customer", **required),
            ref("process_id", tr("admin", "Tjänst"), "process"),
            text(AdditionalAgreement, "title", tr("admin", "Rubrik"), **required),
            Field("valid_from", tr("admin", "Gäller från"), FieldKind.DATE, required=True),
            Field("valid_to", tr("admin", "Gäller till"), FieldKind.DATE),
            text(AdditionalAgreement, "note", note, multiline=True),
        ), ("customer_id", "title")),
         Binding(AdditionalAgreement, ("-valid_from", "customer_id"),
                  checks=(_dates_ordered("valid_from", "valid_to"),))),

        (Entity("transaction_type", tr("admin", "Transaktionstyper"), tr("admin", "transaktionstyp"),
                tr("admin plural", "transaktionstyper"), False, (
            text(TransactionType, "code", code, **fixed_code),
            text(TransactionType, "name", name, **required),
            ref("process_id", tr("admin", "Process"), "process"),
            choice("price_unit", tr("admin", "Prisenhet"), price_units, **required),
            choice("electronic", tr("admin", "Hantering"), handling,
                   help=tr("admin", "Elektronisk eller manuell, för andelen elektroniskt hanterade. "
                                    "Tomt om det inte är tillämpligt.")),
            Field("counts_as_invoice", tr("admin", "Räknas som faktura"), FieldKind.BOOL, default=False,
                  help=tr("admin", "Räknas med i fakturor per handläggare.")),
            sort_order,
        ), ("name",)),
         Binding(TransactionType, ("sort_order", "name"))),

        (Entity("price", tr("admin", "Priser"), tr("admin", "pris"), tr("admin plural", "priser"), True, (
            year,
            ref("transaction_type_id", tr("admin", "Transaktionstyp"), "transaction_type", **required),
            number(Price, "amount_sek", tr("admin", "Pris (kr)"), 2, min_decimals=2, **required),
        ), ("transaction_type_id", "year")),
         Binding(Price, ("-year", "transaction_type_id"))),

        (Entity("target", tr("admin", "Indikatormål"), tr("admin", "indikatormål"), tr("admin plural", "indikatormål"),
                True, (
            year,
            choice("indicator", tr("admin", "Indikator"), indicators, **required),
            number(IndicatorTarget, "value", tr("admin", "Målvärde"), 4, **required,
                   help=tr("admin", "Andelar anges som decimaltal: 0,9 är 90 %.")),
            text(IndicatorTarget, "note", note, multiline=True),
        ), ("indicator", "year")),
         Binding(IndicatorTarget, ("-year", "indicator"))),

        (Entity("user", tr("admin", "Användare"), tr("admin", "användare"), tr("admin plural", "användare"), False, (
            text(User, "login", tr("admin", "Inloggning"), **required),
            text(User, "display_name", name),
            choice("role", tr("admin", "Roll"), {role: role_label(role) for role in Role}, default=Role.READER,
                   **required),
            ref("unit_id", tr("admin", "Enhet"), "unit",
                help=tr("admin", "Den enhet en enhetschef leder; används inte för andra roller.")),
            active,
        ), ("login",), deletable=False),
         Binding(User, ("login",))),
    ]
    # fmt: on


def table_nouns() -> dict[str, tuple[str, str]]:
    """What the rows of each table are called, for "används av 31 kunder"."""
    nouns = {binding.model.__tablename__: (e.singular, e.plural) for e, binding in define_entities()}
    return nouns | {
        "agreement_service": (tr("admin", "serviceavtal"), tr("admin plural", "serviceavtal")),
        "complaint": (tr("admin", "klagomål"), tr("admin plural", "klagomål")),
        "log_entry": (tr("admin", "kundloggspost"), tr("admin plural", "kundloggsposter")),
        "phone_group": (tr("admin", "telefongrupp"), tr("admin plural", "telefongrupper")),
        "phone_extension": (tr("admin", "anknytning"), tr("admin plural", "anknytningar")),
        "monthly_volume": (tr("admin", "volymrad"), tr("admin plural", "volymrader")),
        "staffing": (tr("admin", "bemanningsrad"), tr("admin plural", "bemanningsrader")),
        "service_hours": (tr("admin", "timrad"), tr("admin plural", "timrader")),
    }


def join_and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return tr("admin", "{items} och {last}").format(items=", ".join(parts[:-1]), last=parts[-1])
