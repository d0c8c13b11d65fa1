"""Field descriptions, records and Swedish parsing/formatting shared by the editors of every area.

Qt-free: a form in the UI is generated from ``Field`` lists, and services validate with the same
``parse_*`` functions, so a value means the same in the dialog and in the database.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr

YEAR_MIN = 2000
YEAR_MAX = 2100
NBSP = "\u00a0"


class FieldKind(enum.StrEnum):
    TEXT = "text"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    DATE = "date"
    CHOICE = "choice"  # one of ``Field.options``
    REF = "ref"  # the id of a record of entity ``Field.ref``
    MULTI_REF = "multi_ref"  # a set of ids of records of entity ``Field.ref``


@dataclass(frozen=True)
class Option:
    value: object
    label: str


@dataclass(frozen=True)
class Field:
    """One editable field. Values in ``Record.values`` and in ``save`` are typed as follows:
    TEXT str, INT int, DECIMAL Decimal (``save`` also takes "4 300,50"), BOOL bool,
    DATE date | None, CHOICE an option's value | None, REF id | None, MULTI_REF frozenset[int]."""

    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    decimals: int = 0  # DECIMAL: most decimals accepted; shown with at least ``min_decimals``
    min_decimals: int = 0
    options: tuple[Option, ...] = ()
    ref: str = ""
    multiline: bool = False
    email: bool = False
    # Codes the program itself looks rows up by: set when created, never changed afterwards.
    fixed_after_create: bool = False
    help: str = ""
    default: object = None

    @property
    def is_numeric(self) -> bool:
        return self.kind in (FieldKind.INT, FieldKind.DECIMAL)


@dataclass(frozen=True)
class Entity:
    key: str
    title: str  # "Kunder": the heading of its list
    singular: str  # "kund"
    plural: str  # "kunder"
    neuter: bool  # "ett serviceavtal", not "en"
    fields: tuple[Field, ...]
    title_fields: tuple[str, ...]  # the fields that name one record, e.g. ("name",)
    deletable: bool = True

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def count_text(self, count: int) -> str:
        """ "31 kunder", "1 kund"."""
        noun = self.singular if count == 1 else self.plural
        return tr("admin", "{count} {noun}").format(count=count, noun=noun)


@dataclass(frozen=True)
class Record:
    """One row as plain data: typed ``values`` for editing, display-ready ``texts`` for lists."""

    id: int
    version: int
    title: str
    values: Mapping[str, object]
    texts: Mapping[str, str]
    active: bool = True

    def value(self, name: str) -> object:
        return self.values.get(name)

    def text(self, name: str) -> str:
        return self.texts.get(name, "")


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    active: bool = True


# -- formatting and parsing (Qt-free, Swedish conventions) --------------------------------------

_SWEDISH_ORDER = str.maketrans(
    {
        "å": "\uf001",
        "ä": "\uf002",
        "æ": "\uf002",
        "ö": "\uf003",
        "ø": "\uf003",
        "é": "e",
        "è": "e",
        "à": "a",
        "á": "a",
        "ü": "y",
    }
)


def swedish_sort_key(text: str) -> str:
    """A key that sorts text as Swedish does (å, ä, ö after z), ignoring case."""
    return text.casefold().translate(_SWEDISH_ORDER)


def format_decimal(value: Decimal, *, min_decimals: int = 0, max_decimals: int = 2) -> str:
    """Swedish number format: "4 300,50" (the space does not break a line)."""
    quantized = value.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUND_HALF_UP)
    text = f"{quantized:,.{max_decimals}f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    fraction = fraction.ljust(min_decimals, "0")
    whole = whole.replace(",", NBSP)
    return f"{whole},{fraction}" if fraction else whole


def quote_label(label: str) -> str:
    return f"”{label}”"


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def parse_decimal(raw: object, f: Field) -> Decimal:
    if isinstance(raw, Decimal):
        number = raw
    elif isinstance(raw, int) and not isinstance(raw, bool):
        number = Decimal(raw)
    elif isinstance(raw, str):
        cleaned = "".join(raw.split()).replace("\u202f", "").replace(",", ".")
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            number = Decimal("NaN")
    else:
        number = Decimal("NaN")
    if not number.is_finite():
        raise ValidationError(
            tr("admin", "{field} måste vara ett tal, t.ex. 4 300,50.").format(field=quote_label(f.label)),
            field=f.name,
        )
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > f.decimals:
        raise ValidationError(
            tr("admin", "{field} får ha högst {count} decimaler.").format(
                field=quote_label(f.label), count=f.decimals
            ),
            field=f.name,
        )
    return number


def parse_int(raw: object, f: Field) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        cleaned = "".join(raw.split())
        if cleaned.lstrip("-").isdigit():
            return int(cleaned)
    raise ValidationError(
        tr("admin", "{field} måste vara ett heltal.").format(field=quote_label(f.label)), field=f.name
    )


def parse_date(raw: object, f: Field) -> date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise ValidationError(
        tr("admin", "{field} måste vara ett datum (ÅÅÅÅ-MM-DD).").format(field=quote_label(f.label)),
        field=f.name,
    )


# -- the entities ------------------------------------------------------------------------------

Values = dict[str, object]
Check = Callable[[Mapping[str, object], "Entity"], None]


def optional_int(value: object) -> int | None:
    """A parsed REF/INT value that may be empty (the parsers have made it an int or None)."""
    assert value is None or isinstance(value, int)
    return value


def field_error(context: str, message: str, f: Field, **extra: object) -> ValidationError:
    """A ``ValidationError`` for field ``f``: ``message`` (marked with ``N_(context, …)``) translated,
    with ``{field}`` filled in by the field's quoted label."""
    return ValidationError(tr(context, message).format(field=quote_label(f.label), **extra), field=f.name)
