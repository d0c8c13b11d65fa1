"""The plain data of a monthly grid (volumes, staffing, hours) and the parsing of one cell's text.

Qt-free: the grid view shows a ``Grid`` and sends back ``CellChange``s; the entry service and the
view's paste both check a typed text with ``parse_cell``, so a cell is refused by one rule.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr


class CellKind(enum.StrEnum):
    COUNT = "count"  # whole transactions
    AMOUNT = "amount"  # SEK, two decimals (late-payment interest)
    FTE = "fte"  # full-time equivalents, two decimals
    HEADCOUNT = "headcount"  # persons
    HOURS = "hours"  # hours, two decimals
    NOTE = "note"  # free text


NUMERIC_KINDS = frozenset({CellKind.COUNT, CellKind.AMOUNT, CellKind.FTE, CellKind.HEADCOUNT, CellKind.HOURS})
WHOLE_KINDS = frozenset({CellKind.COUNT, CellKind.HEADCOUNT})
# The largest value each column type holds (the database's NUMERIC precision).
LIMITS = {
    CellKind.COUNT: Decimal("999999999999"),
    CellKind.AMOUNT: Decimal("999999999999.99"),
    CellKind.FTE: Decimal("999999.99"),
    CellKind.HEADCOUNT: Decimal(2_000_000_000),
    CellKind.HOURS: Decimal("999999.99"),
}
NOTE_MAX = 2000

CellValue = Decimal | str | None
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")


@dataclass(frozen=True)
class GridColumn:
    key: str
    label: str
    kind: CellKind
    tooltip: str = ""
    total_group: str = ""  # the row total this column counts in ("" = none)
    unit_id: int | None = None  # staffing: the unit of the column (who may edit it)


@dataclass(frozen=True)
class GridRow:
    key: int  # customer id (volumes, hours) or process id (staffing)
    code: str
    label: str
    unit_id: int | None = None  # the responsible unit of a customer row


@dataclass(frozen=True)
class TotalColumn:
    group: str
    label: str
    kind: CellKind


@dataclass(frozen=True)
class Grid:
    """One month of one sheet: every row × column value as read, ``None`` where nothing is stored."""

    year: int
    month: int
    locked: bool
    rows: tuple[GridRow, ...]
    columns: tuple[GridColumn, ...]
    values: Mapping[tuple[int, str], CellValue]
    totals: tuple[TotalColumn, ...] = ()
    editable_units: frozenset[int] | None = None  # None: every unit; empty: none (a reader)
    context: int | None = None  # hours: the additional service (process id) shown

    def value(self, row: int, column: str) -> CellValue:
        return self.values.get((row, column))

    def column(self, key: str) -> GridColumn:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    def row(self, key: int) -> GridRow:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)

    def is_editable(self, row: GridRow, column: GridColumn) -> bool:
        if self.locked:
            return False
        if self.editable_units is None:
            return True
        unit = column.unit_id if column.unit_id is not None else row.unit_id
        return unit is not None and unit in self.editable_units

    @property
    def read_only(self) -> bool:
        return self.locked or self.editable_units == frozenset()

    def row_total(self, row: int, group: str) -> Decimal | None:
        return _sum(self.value(row, c.key) for c in self.columns if c.total_group == group)

    def column_total(self, column: str) -> Decimal | None:
        return _sum(self.value(r.key, column) for r in self.rows)

    def grand_total(self, group: str) -> Decimal | None:
        return _sum(self.row_total(r.key, group) for r in self.rows)


def _sum(values: Iterable[CellValue]) -> Decimal | None:
    numbers = [v for v in values if isinstance(v, Decimal)]
    return sum(numbers, Decimal(0)) if numbers else None


@dataclass(frozen=True)
class CellChange:
    """One edited cell: the value the user saw (for the concurrency check) and the new one.

    ``new`` may be the text as typed; the service parses it with ``parse_cell``."""

    row: int
    column: str
    old: CellValue
    new: CellValue


class CellProblem(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_cell(value: CellValue, kind: CellKind) -> CellValue:
    """The stored value of a typed text: a Decimal (space thousands and a decimal comma accepted),
    the note's text, or None for an empty cell. Raises ``CellProblem`` with the reason."""
    if kind is CellKind.NOTE:
        text = "" if value is None else " ".join(str(value).split())
        if len(text) > NOTE_MAX:
            raise CellProblem(tr("volumes", "anteckningen får vara högst {max} tecken").format(max=NOTE_MAX))
        return text or None
    if value is None:
        return None
    if isinstance(value, Decimal):
        number = value
    else:
        text = _SPACES.sub("", str(value)).replace("\u2212", "-").replace(",", ".")
        if text == "":
            return None
        if not _NUMBER.match(text):
            raise CellProblem(
                tr("volumes", "{value} är inget tal; skriv t.ex. 1250 eller 2,5").format(value=f"”{value}”")
            )
        try:
            number = Decimal(text)
        except InvalidOperation as exc:  # pragma: no cover - the pattern admits only numbers
            raise CellProblem(tr("volumes", "inget tal")) from exc
    if number < 0:
        raise CellProblem(tr("volumes", "negativt värde; ange 0 eller mer"))
    if kind in WHOLE_KINDS and number != number.to_integral_value():
        raise CellProblem(tr("volumes", "ange ett heltal"))
    if number != number.quantize(Decimal("0.01")):
        raise CellProblem(tr("volumes", "högst två decimaler"))
    if number > LIMITS[kind]:
        raise CellProblem(tr("volumes", "för stort tal"))
    return number.quantize(Decimal(1) if kind in WHOLE_KINDS else Decimal("0.01"))


def cell_error(row: GridRow, column: GridColumn, reason: str) -> ValidationError:
    """The error of one cell, naming its row and column."""
    return ValidationError(
        tr("volumes", "{row}, kolumn {column}: {reason}.").format(
            row=row.label, column=f"”{column.label}”", reason=reason
        ),
        field=column.key,
    )
