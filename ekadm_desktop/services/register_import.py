"""Import of existing registers (the customer log, the complaint register) from Excel or CSV files.

Three steps, all Qt-free:

1. ``suggest_mapping`` pairs the file's columns with a target's fields by their headers, in
   Swedish or English ("Datum", "Date" → the date; "Kund", "Förvaltning" → the customer).
2. ``validate`` converts every row (dates in the forms people write them, customers by code or
   name, choices by label or code) and checks it by the same rules as the service's own form;
   it collects **every** problem with its line, column and value, so the user fixes the file once.
3. ``run`` writes all rows in one transaction, or nothing: it refuses a plan with problems and
   rolls back if any row fails when written (the data may have changed since ``validate``).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekadm_desktop.errors import EkadmError, PermissionDenied, ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.complaints import (
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    ComplaintType,
    ErrorCause,
    Outcome,
    Severity,
)
from ekadm_desktop.models.customer_log import LogEntry, LogKind
from ekadm_desktop.models.reference import Customer, Process, Unit
from ekadm_desktop.progress import Progress
from ekadm_desktop.services import customer_log
from ekadm_desktop.services.fields import YEAR_MAX, YEAR_MIN, Values, quote_label
from ekadm_desktop.services.tabular import Cell, Table, cell_text
from ekadm_desktop.services.working_days import add_working_days

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.services.complaints import ComplaintService

PROGRESS_EVERY = 50  # rows between progress reports
FLUSH_EVERY = 500  # rows between flushes while writing
EXCEL_SERIAL_MIN = 36526  # 2000-01-01 as an Excel serial day number
EXCEL_SERIAL_MAX = 73415  # 2100-12-31
_EXCEL_EPOCH = date(1899, 12, 30)


class ImportKind(enum.StrEnum):
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    CHOICE = "choice"  # one of ``TargetField.options``
    CUSTOMER = "customer"  # a customer's id, found by its code or name
    UNIT = "unit"
    PROCESS = "process"
    BOOL = "bool"


@dataclass(frozen=True)
class ImportOption:
    value: object
    label: str  # the label shown to the user
    words: tuple[str, ...] = ()  # further words that mean this value (codes, English, the source label)


@dataclass(frozen=True)
class TargetField:
    name: str  # the key of the service's values
    label: str
    kind: ImportKind = ImportKind.TEXT
    required: bool = False  # a column must be chosen for it and no row may leave it empty
    synonyms: tuple[str, ...] = ()  # headers that mean this field, Swedish and English
    options: tuple[ImportOption, ...] = ()
    help: str = ""


@dataclass(frozen=True)
class ImportTarget:
    key: str  # "customer_log" or "complaints"
    title: str  # "Kundloggen"
    fields: tuple[TargetField, ...]

    def field(self, name: str) -> TargetField:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


@dataclass(frozen=True)
class ImportProblem:
    line: int | None  # the file's line (or Excel row); None for the file as a whole
    column_name: str  # the file's column header; "" when no column is concerned
    value: str  # the cell as written
    reason: str  # Swedish (the installed language), e.g. "inget giltigt datum"


@dataclass(frozen=True)
class PlannedRow:
    line: int
    values: Values  # as the target's service takes them
    texts: Mapping[str, str] = field(default_factory=dict)  # each field's cell as written


@dataclass(frozen=True)
class ImportPlan:
    target: ImportTarget
    source: str  # the file's name
    mapping: Mapping[int, str]
    rows: tuple[PlannedRow, ...]
    problems: tuple[ImportProblem, ...]
    services: Services = field(repr=False, compare=False)
    headers: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    @property
    def row_count(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class ImportResult:
    target: ImportTarget
    source: str
    count: int
    ids: tuple[int, ...]  # of the rows created, in file order
    case_numbers: tuple[str, ...] = ()  # complaints: their case numbers, in file order

    def message(self) -> str:
        if self.count == 1:
            return tr("import", "1 rad importerades.")
        return tr("import", "{count} rader importerades.").format(count=self.count)


class ImportRefused(EkadmError):
    """``run`` wrote nothing: the plan (or the data as it is now) has problems."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        count = len(problems)
        if count == 1:
            message = tr("import", "Importen har 1 fel. Inget har sparats; rätta filen och försök igen.")
        else:
            message = tr(
                "import", "Importen har {count} fel. Inget har sparats; rätta filen och försök igen."
            ).format(count=count)
        super().__init__(message, detail="\n".join(problem_text(p) for p in problems[:200]))
        self.problems = tuple(problems)


def problem_text(problem: ImportProblem) -> str:
    """ "Rad 7, kolumn ”Datum”, värdet ”31/02/2010”: inget giltigt datum"."""
    parts = []
    if problem.line is not None:
        parts.append(tr("import", "Rad {line}").format(line=problem.line))
    if problem.column_name:
        parts.append(tr("import", "kolumn {column}").format(column=quote_label(problem.column_name)))
    if problem.value:
        parts.append(tr("import", "värdet {value}").format(value=quote_label(problem.value)))
    where = ", ".join(parts)
    return f"{where}: {problem.reason}" if where else problem.reason


def write_problems(path: Path, problems: Sequence[ImportProblem]) -> None:
    """The problem list as a CSV file Swedish Excel opens as it is: UTF-8 with BOM, ``;``.

    Cells that Excel would take for a formula get a leading apostrophe."""
    import csv

    def safe(text: str) -> str:
        if text[:1] in ("=", "+", "@", "\t", "\r") or (text[:1] == "-" and not _NUMBER.match(text)):
            return "'" + text
        return text

    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            writer.writerow(
                [tr("import", "Rad"), tr("import", "Kolumn"), tr("import", "Värde"), tr("import", "Fel")]
            )
            for p in problems:
                writer.writerow(
                    ["" if p.line is None else p.line, safe(p.column_name), safe(p.value), safe(p.reason)]
                )
    except OSError as exc:
        raise EkadmError(
            tr("import", "Fellistan kan inte sparas i {name}: {error}").format(
                name=path.name, error=exc.strerror or exc
            ),
            detail=str(exc),
        ) from exc


_NUMBER = re.compile(r"^-?[\d\s]+([.,]\d+)?$")


# -- mapping ---------------------------------------------------------------------------------------

_PARENTHESES = re.compile(r"\([^)]*\)|\[[^]]*\]")
_NOT_WORD = re.compile(r"[^\w]+")


def header_key(text: str) -> str:
    """A header as compared: NFC, case-folded, without parentheses, punctuation and extra blanks.
    ``"Datum (ÅÅÅÅ-MM-DD):"`` → ``"datum"``."""
    text = unicodedata.normalize("NFC", text)
    text = _PARENTHESES.sub(" ", text)
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def suggest_mapping(headers: Sequence[str], target: ImportTarget) -> dict[int, str]:
    """Column index → field name, for the columns whose header names a field of ``target``.

    A header equal to a field's label or synonym wins over one that only starts with it; each
    column and each field is used at most once, fields in their declared order."""
    keys = [header_key(h) for h in headers]
    mapping: dict[int, str] = {}
    taken: set[str] = set()

    def words_of(f: TargetField) -> list[str]:
        return [header_key(w) for w in (f.label, *f.synonyms) if header_key(w)]

    for exact in (True, False):
        for f in target.fields:
            if f.name in taken:
                continue
            for word in words_of(f):
                column = next(
                    (
                        i
                        for i, key in enumerate(keys)
                        if i not in mapping and (key == word if exact else key.startswith(word + " "))
                    ),
                    None,
                )
                if column is not None:
                    mapping[column] = f.name
                    taken.add(f.name)
                    break
    return dict(sorted(mapping.items()))


# -- converting cells ------------------------------------------------------------------------------


class CellProblem(Exception):
    """A cell that cannot be converted; ``reason`` says why, in the user's language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_TIME = r"(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?"
_DATE_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^{pattern}{_TIME}$"), order)
    for pattern, order in (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"),
        (r"(\d{4})/(\d{1,2})/(\d{1,2})", "ymd"),
        (r"(\d{4})\.(\d{1,2})\.(\d{1,2})", "ymd"),
        (r"(\d{4})(\d{2})(\d{2})", "ymd"),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", "dmy"),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", "dmy"),
        (r"(\d{1,2})-(\d{1,2})-(\d{4})", "dmy"),
    )
)


def parse_datetime_cell(value: Cell) -> datetime:
    """A point in time from a cell: ISO (``2010-03-31``, ``2010-03-31 14:30``), ``31/3/2010``,
    ``31.3.2010``, ``2010/3/31 9:05``, ``20100331``, an Excel date or an Excel serial day number.
    A date alone is midnight. Raises ``CellProblem``."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if EXCEL_SERIAL_MIN <= value <= EXCEL_SERIAL_MAX:
            whole = int(value)
            seconds = round((float(value) - whole) * 86400)
            return datetime.combine(_EXCEL_EPOCH, time(0, 0)) + timedelta(days=whole, seconds=seconds)
        value = cell_text(value)
    if not isinstance(value, str):
        raise CellProblem(tr("import", "inget giltigt datum"))
    text = value.strip()
    for pattern, order in _DATE_FORMS:
        found = pattern.match(text)
        if found is None:
            continue
        a, b, c, hour, minute, second = found.groups()
        year, month, day = (int(a), int(b), int(c)) if order == "ymd" else (int(c), int(b), int(a))
        try:
            return datetime(year, month, day, int(hour or 0), int(minute or 0), int(second or 0))
        except ValueError as exc:
            raise CellProblem(tr("import", "inget giltigt datum")) from exc
    raise CellProblem(tr("import", "inget giltigt datum; skriv t.ex. 2010-03-31 eller 31/3/2010"))


def parse_date_cell(value: Cell) -> date:
    """A date from a cell, in the forms ``parse_datetime_cell`` takes; a time of day is dropped."""
    return parse_datetime_cell(value).date()


_TRUE = {"ja", "j", "yes", "y", "true", "sant", "1", "x", "klar", "done", "✓"}
_FALSE = {"nej", "n", "no", "false", "falskt", "0", "-", "ej klar"}


def parse_bool_cell(value: Cell) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = cell_text(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellProblem(tr("import", "ange ja eller nej"))


def parse_choice_cell(value: Cell, f: TargetField) -> object:
    key = header_key(cell_text(value))
    for option in f.options:
        words = (option.label, str(option.value), *option.words)
        if any(header_key(w) == key for w in words):
            return option.value
    labels = ", ".join(option.label for option in f.options)
    raise CellProblem(tr("import", "okänt värde; välj ett av: {labels}").format(labels=labels))


@dataclass(frozen=True)
class _Ref:
    id: int
    code: str
    name: str
    unit_id: int | None = None  # a customer's responsible unit


_CUSTOMER_SUFFIXES = (" stadsdelsförvaltning", " stadsdelsförvaltningen", " sdf")
_UNIT_PREFIXES = ("enhet ", "enheten ")


class References:
    """Customers, units and processes by every key a file may use for them, read once."""

    def __init__(self, s: Session) -> None:
        customers = list(s.scalars(select(Customer).order_by(Customer.id)))
        units = list(s.scalars(select(Unit).order_by(Unit.id)))
        processes = list(s.scalars(select(Process).order_by(Process.id)))
        # Held, so the session's identity map keeps them: the services' checks of each row
        # (``s.get(Customer, id)``) then find them without a query per row.
        self._loaded = (customers, units, processes)
        self.customers = [_Ref(c.id, c.code, c.name, c.unit_id) for c in customers]
        self.units = [_Ref(u.id, u.code, u.name) for u in units]
        self.processes = [_Ref(p.id, p.code, p.name) for p in processes]
        self.unit_names = {u.id: u.name for u in self.units}
        self._customer_keys = _index(self.customers, _CUSTOMER_SUFFIXES, ())
        self._unit_keys = _index(self.units, (), _UNIT_PREFIXES)
        self._process_keys = _index(self.processes, (), ())

    def customer(self, value: Cell) -> _Ref:
        return self._find(
            value,
            self._customer_keys,
            _CUSTOMER_SUFFIXES,
            (),
            tr("import", "okänd kund; ange kundens kod (t.ex. SDF01) eller namn som under Administration"),
        )

    def unit(self, value: Cell) -> _Ref:
        return self._find(
            value,
            self._unit_keys,
            (),
            _UNIT_PREFIXES,
            tr("import", "okänd enhet; ange enhetens kod eller namn som under Administration"),
        )

    def process(self, value: Cell) -> _Ref:
        return self._find(
            value,
            self._process_keys,
            (),
            (),
            tr("import", "okänd process; ange processens kod eller namn som under Administration"),
        )

    @staticmethod
    def _find(
        value: Cell,
        keys: dict[str, list[_Ref]],
        suffixes: tuple[str, ...],
        prefixes: tuple[str, ...],
        unknown: str,
    ) -> _Ref:
        text = cell_text(value)
        candidates = [text]
        if (
            " – " in text or " - " in text
        ):  # "SDF01 – Rinkeby-Kista stadsdelsförvaltning", as the app shows it
            candidates.append(re.split(r" [–-] ", text, maxsplit=1)[0])
        for candidate in candidates:
            found = keys.get(_ref_key(candidate, suffixes, prefixes), [])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = ", ".join(sorted({r.name for r in found}))
                raise CellProblem(tr("import", "tvetydigt; kan vara {names}").format(names=names))
        raise CellProblem(unknown)


def _ref_key(text: str, suffixes: tuple[str, ...], prefixes: tuple[str, ...]) -> str:
    key = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
            break
    for prefix in prefixes:
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix) :]
            break
    return key


def _index(
    refs: Iterable[_Ref], suffixes: tuple[str, ...], prefixes: tuple[str, ...]
) -> dict[str, list[_Ref]]:
    keys: dict[str, list[_Ref]] = {}
    for ref in refs:
        for text in {ref.code, ref.name}:
            key = _ref_key(text, suffixes, prefixes)
            if key and ref not in keys.setdefault(key, []):
                keys[key].append(ref)
    return keys


def convert_cell(value: Cell, f: TargetField, refs: References) -> object:
    """The service value of one non-empty cell for field ``f``; raises ``CellProblem``."""
    if f.kind is ImportKind.TEXT:
        return unicodedata.normalize("NFC", cell_text(value)).strip()
    if f.kind is ImportKind.DATE:
        return parse_date_cell(value)
    if f.kind is ImportKind.DATETIME:
        return parse_datetime_cell(value)
    if f.kind is ImportKind.BOOL:
        return parse_bool_cell(value)
    if f.kind is ImportKind.CHOICE:
        return parse_choice_cell(value, f)
    if f.kind is ImportKind.CUSTOMER:
        return refs.customer(value).id
    if f.kind is ImportKind.UNIT:
        return refs.unit(value).id
    if f.kind is ImportKind.PROCESS:
        return refs.process(value).id
    raise AssertionError(f.kind)


# -- the rules of each target --------------------------------------------------------------------


class RowRules(Protocol):
    """How one target checks and writes converted rows, in the caller's session.

    ``start`` runs first in a pass: with ``lock`` it takes the locks writing needs (as the
    transaction's first statement), then reads what the rows are checked against;
    ``prepare`` raises ``ValidationError`` (its ``field`` naming the target field) or
    ``PermissionDenied``. A fresh object serves each pass, so it may remember earlier rows."""

    def start(self, s: Session, rows: Sequence[PlannedRow], *, lock: bool) -> None: ...

    def prepare(self, s: Session, values: Values, line: int) -> object: ...

    def insert(self, s: Session, prepared: object) -> object: ...

    def key_of(self, created: object) -> tuple[int, str]: ...

    def blamed_field(self, exc: EkadmError, values: Values) -> str: ...


def _other_unit(refs: References, own: int | None, unit_id: int | None) -> PermissionDenied:
    return PermissionDenied(
        tr("import", "du kan bara importera rader för din egen enhet ({own}); raden gäller {unit}").format(
            own=refs.unit_names.get(own or 0, "–"), unit=refs.unit_names.get(unit_id or 0, "–")
        )
    )


def _blamed(exc: EkadmError, values: Values) -> str:
    if isinstance(exc, ValidationError) and exc.field:
        return exc.field
    return "unit_id" if values.get("unit_id") is not None else "customer_id"  # the unit rule


class _LogRules:
    """The customer log: the service's own parsing and validation (``customer_log._merge`` and
    ``_validate``, which work in the caller's session), then the unit rule of the user's role."""

    def __init__(self, services: Services) -> None:
        self._log = services.customer_log
        self._user = services.user
        self._refs: References | None = None

    def start(self, s: Session, rows: Sequence[PlannedRow], *, lock: bool) -> None:
        self._refs = References(s)

    def prepare(self, s: Session, values: Values, line: int) -> object:
        assert self._refs is not None, "start() first"
        given = {name: value for name, value in values.items() if value is not None}  # empty: the default
        merged = customer_log._validate(s, customer_log._merge(self._log.new_values(), given))
        unit_id = merged["unit_id"]
        assert unit_id is None or isinstance(unit_id, int)
        if not self._user.can_edit_unit(unit_id):
            raise _other_unit(self._refs, self._user.unit_id, unit_id)
        return merged

    def insert(self, s: Session, prepared: object) -> object:
        assert isinstance(prepared, dict)
        entry = LogEntry(**prepared)
        s.add(entry)
        return entry

    def key_of(self, created: object) -> tuple[int, str]:
        assert isinstance(created, LogEntry)
        return created.id, ""

    def blamed_field(self, exc: EkadmError, values: Values) -> str:
        return _blamed(exc, values)


# The complaint fields an import sets beside those ``ComplaintService.register`` takes: the case
# number, when it came in, and where it has got to in the status flow.
_COMPLAINT_EXTRA = (
    "case_number",
    "received_at",
    "status",
    "acknowledged_on",
    "answered_on",
    "answer_text",
    "outcome",
    "customer_satisfied",
    "closed_on",
)
_CASE_NUMBER = re.compile(r"K-(\d{4})-(\d{4,6})", re.IGNORECASE)


@dataclass
class _PreparedComplaint:
    merged: Values  # as ``complaints._validate`` passed them
    received_at: datetime
    year: int
    serial: int | None  # from the file's case number, or None for the next one
    status: ComplaintStatus
    flow: Values  # acknowledged_on, answered_on, answer_text, outcome, customer_satisfied, closed_on


class _ComplaintRules:
    """The complaint register: ``ComplaintService.register``'s defaults and checks (the module's
    ``_merge`` and ``_validate`` in the caller's session), the unit rule, the case number kept from
    the file or the next of its year, and the dates of the status flow in order."""

    def __init__(self, services: Services) -> None:
        from ekadm_desktop.services import complaints

        self._c = complaints
        self._service = complaint_service(services)
        self._user = services.user
        self._refs: References | None = None
        self._today = self._service._today()
        self._taken: set[tuple[int, int]] = set()  # (year, serial) in the database
        self._in_file: dict[tuple[int, int], int] = {}  # (year, serial) → line, of the rows prepared so far
        self._next: dict[int, int] = {}  # year → the next free serial
        self._line = 0

    def start(self, s: Session, rows: Sequence[PlannedRow], *, lock: bool) -> None:
        if lock:
            years = {v.year for row in rows if isinstance(v := row.values.get("received_at"), datetime)}
            for year in sorted(years):
                self._service._lock_numbering(s, year)  # the transaction's first statement
        self._refs = References(s)
        self._taken = {(int(y), int(n)) for y, n in s.execute(select(Complaint.year, Complaint.serial))}
        for year, serial in self._taken:
            self._next[year] = max(self._next.get(year, 1), serial + 1)
        for row in rows:  # numbers in the file are kept, so new ones come after them
            found = _CASE_NUMBER.fullmatch(str(row.values.get("case_number") or ""))
            if found:
                year, serial = int(found.group(1)), int(found.group(2))
                self._next[year] = max(self._next.get(year, 1), serial + 1)

    def prepare(self, s: Session, values: Values, line: int) -> object:
        assert self._refs is not None, "start() first"
        self._line = line
        c = self._c
        fields = c._fields()
        extra = {name: values.pop(name, None) for name in _COMPLAINT_EXTRA}
        received_at = extra["received_at"]
        if not isinstance(received_at, datetime):
            raise ValidationError(tr("import", "Fyll i när klagomålet inkom."), field="received_at")
        if not YEAR_MIN <= received_at.year <= YEAR_MAX:
            raise ValidationError(
                tr("import", "året måste ligga mellan {low} och {high}").format(low=YEAR_MIN, high=YEAR_MAX),
                field="received_at",
            )
        if received_at.date() > self._today:
            raise ValidationError(tr("import", "kan inte vara ett datum i framtiden"), field="received_at")
        given = {name: value for name, value in values.items() if value is not None}  # empty: the default
        merged = c._merge(self._service.new_values(), given)
        if merged["unit_id"] is None and isinstance(merged["customer_id"], int):
            customer = s.get(Customer, merged["customer_id"])
            if customer is not None:
                merged["unit_id"] = customer.unit_id
        if merged["deadline"] is None:
            merged["deadline"] = add_working_days(received_at.date(), self._service._deadline_days)
        c._validate(s, merged, received_at.date(), fields)
        unit_id = merged["unit_id"]
        assert unit_id is None or isinstance(unit_id, int)
        if not self._user.can_edit_unit(unit_id):
            raise _other_unit(self._refs, self._user.unit_id, unit_id)
        status, flow = self._flow(received_at.date(), extra)
        serial = self._serial(received_at.year, extra["case_number"])
        return _PreparedComplaint(merged, received_at, received_at.year, serial, status, flow)

    def _serial(self, year: int, raw: object) -> int | None:
        text = str(raw or "").strip()
        if not text:
            return None
        found = _CASE_NUMBER.fullmatch(text)
        if found is None:
            raise ValidationError(
                tr(
                    "import",
                    "inget ärendenummer i formen K-ÅÅÅÅ-NNNN (t.ex. K-2010-0042); lämna tomt så får "
                    "klagomålet nästa nummer",
                ),
                field="case_number",
            )
        number_year, serial = int(found.group(1)), int(found.group(2))
        if serial == 0:
            raise ValidationError(tr("import", "löpnumret kan inte vara 0"), field="case_number")
        if number_year != year:
            raise ValidationError(
                tr("import", "ärendenumrets år ({number_year}) är inte året det inkom ({year})").format(
                    number_year=number_year, year=year
                ),
                field="case_number",
            )
        key = (year, serial)
        if key in self._taken:
            raise ValidationError(
                tr("import", "ärendenumret finns redan i klagomålsregistret"), field="case_number"
            )
        if key in self._in_file:
            raise ValidationError(
                tr("import", "samma ärendenummer som på rad {line}").format(line=self._in_file[key]),
                field="case_number",
            )
        self._in_file[key] = self._line
        return serial

    def _flow(self, received: date, extra: Mapping[str, object]) -> tuple[ComplaintStatus, Values]:
        """The status and the flow's dates, checked: in order, none in the future, none later in
        the flow than the status."""
        flow: Values = {
            "acknowledged_on": extra["acknowledged_on"],
            "answered_on": extra["answered_on"],
            "answer_text": extra["answer_text"] or "",
            "outcome": extra["outcome"],
            "customer_satisfied": extra["customer_satisfied"],
            "closed_on": extra["closed_on"],
        }
        earliest, earliest_name = received, "received_at"
        for name in ("acknowledged_on", "answered_on", "closed_on"):
            day = flow[name]
            if not isinstance(day, date):
                continue
            if day < earliest:
                raise ValidationError(
                    tr("import", "kan inte vara före {other} ({day})").format(
                        other=self._label(earliest_name), day=earliest.isoformat()
                    ),
                    field=name,
                )
            if day > self._today:
                raise ValidationError(tr("import", "kan inte vara ett datum i framtiden"), field=name)
            earliest, earliest_name = day, name
        reached = (
            ComplaintStatus.CLOSED
            if flow["closed_on"]
            else ComplaintStatus.ANSWERED
            if flow["answered_on"]
            else ComplaintStatus.ACKNOWLEDGED
            if flow["acknowledged_on"]
            else ComplaintStatus.REGISTERED
        )
        given = extra["status"]
        status = given if isinstance(given, ComplaintStatus) else reached
        order = list(ComplaintStatus)
        if order.index(status) < order.index(reached):
            raise ValidationError(
                tr("import", "status {status} passar inte med att {field} är ifyllt").format(
                    status=quote_label(self._c.label(status)),
                    field=quote_label(self._label(_DATE_OF[reached])),
                ),
                field="status",
            )
        if status in (ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED) and not flow[_DATE_OF[status]]:
            raise ValidationError(
                tr("import", "status {status} kräver ett datum i {field}").format(
                    status=quote_label(self._c.label(status)),
                    field=quote_label(self._label(_DATE_OF[status])),
                ),
                field="status",
            )
        if status is not ComplaintStatus.CLOSED:
            for name in ("outcome", "customer_satisfied"):
                if flow[name] is not None:
                    raise ValidationError(
                        tr("import", "anges först när klagomålet är avslutat"),
                        field=name,
                    )
        return status, flow

    @staticmethod
    def _label(name: str) -> str:
        return complaint_target().field(name).label

    def insert(self, s: Session, prepared: object) -> object:
        assert isinstance(prepared, _PreparedComplaint)
        c = self._c
        year = prepared.year
        serial = prepared.serial
        if serial is None:
            serial = self._next.get(year, 1)
            self._next[year] = serial + 1
        complaint = Complaint(
            year=year,
            serial=serial,
            case_number=c.case_number(year, serial),
            status=prepared.status,
            received_at=prepared.received_at,
            **prepared.merged,
            **prepared.flow,
        )
        author = self._user.display_name or self._user.login
        events = [
            (
                c.EventKind.REGISTERED,
                tr("import", "Registrerat (importerat)."),
                prepared.received_at,
            )
        ]
        flow = prepared.flow
        for name, kind, text in (
            (
                "acknowledged_on",
                c.EventKind.ACKNOWLEDGED,
                tr("import", "Mottagandet bekräftat (importerat)."),
            ),
            ("answered_on", c.EventKind.ANSWERED, tr("import", "Besvarat (importerat).")),
            ("closed_on", c.EventKind.CLOSED, tr("import", "Avslutat (importerat).")),
        ):
            day = flow[name]
            if isinstance(day, date):
                events.append((kind, text, max(datetime.combine(day, time(0, 0)), prepared.received_at)))
        complaint.events = [
            ComplaintEvent(at=at, author=author, kind=kind.value, text=text) for kind, text, at in events
        ]
        s.add(complaint)
        return complaint

    def key_of(self, created: object) -> tuple[int, str]:
        assert isinstance(created, Complaint)
        return created.id, created.case_number

    def blamed_field(self, exc: EkadmError, values: Values) -> str:
        return _blamed(exc, values)


_DATE_OF = {
    ComplaintStatus.ACKNOWLEDGED: "acknowledged_on",
    ComplaintStatus.ANSWERED: "answered_on",
    ComplaintStatus.CLOSED: "closed_on",
    ComplaintStatus.REGISTERED: "received_at",
}


def complaint_service(services: Services) -> ComplaintService:
    """The bundle's complaint service, or one made for the bundle's user and database."""
    from ekadm_desktop.services.complaints import ComplaintService

    found = getattr(services, "complaints", None)
    if isinstance(found, ComplaintService):
        return found
    return ComplaintService(services.db, services.user)


# -- the targets -----------------------------------------------------------------------------------


def _options(
    enum_cls: type[enum.Enum], source_labels: Mapping[Any, str], context: str
) -> tuple[ImportOption, ...]:
    return tuple(
        ImportOption(
            value, tr(context, source_labels[value]), (source_labels[value], value.name.replace("_", " "))
        )
        for value in enum_cls
    )


def log_target() -> ImportTarget:
    return ImportTarget(
        "customer_log",
        tr("import", "Kundloggen"),
        (
            TargetField(
                "entry_date",
                tr("import", "Datum"),
                ImportKind.DATE,
                required=True,
                synonyms=("Date", "Dag", "Händelsedatum", "Mötesdatum", "Loggdatum", "Entry date"),
            ),
            TargetField(
                "customer_id",
                tr("import", "Kund"),
                ImportKind.CUSTOMER,
                required=True,
                synonyms=(
                    "Förvaltning",
                    "Kundnamn",
                    "Kundkod",
                    "Stadsdelsförvaltning",
                    "Nämnd",
                    "Customer",
                    "Department",
                    "Client",
                ),
            ),
            TargetField(
                "unit_id",
                tr("import", "Enhet"),
                ImportKind.UNIT,
                synonyms=("Ansvarig enhet", "Unit", "Team"),
                help=tr("import", "Tom: kundens ansvariga enhet."),
            ),
            TargetField(
                "author",
                tr("import", "Skriven av"),
                synonyms=(
                    "Författare",
                    "Av",
                    "Handläggare",
                    "Registrerad av",
                    "Signatur",
                    "Sign",
                    "Author",
                    "Written by",
                ),
                help=tr("import", "Tom: du själv."),
            ),
            TargetField(
                "kind",
                tr("import", "Typ"),
                ImportKind.CHOICE,
                synonyms=("Kontakttyp", "Händelsetyp", "Posttyp", "Kind", "Type"),
                options=_options(LogKind, customer_log.KIND_LABELS, "customer_log"),
                help=tr("import", "Tom: kundmöte."),
            ),
            TargetField(
                "subject",
                tr("import", "Rubrik"),
                required=True,
                synonyms=("Ämne", "Rubrik/ämne", "Titel", "Ärende", "Subject", "Title", "Heading"),
            ),
            TargetField(
                "text",
                tr("import", "Text"),
                synonyms=(
                    "Anteckning",
                    "Anteckningar",
                    "Beskrivning",
                    "Kommentar",
                    "Notering",
                    "Noteringar",
                    "Notes",
                    "Note",
                    "Description",
                    "Comment",
                ),
            ),
            TargetField(
                "follow_up_on",
                tr("import", "Uppföljningsdatum"),
                ImportKind.DATE,
                synonyms=(
                    "Uppföljning",
                    "Följs upp",
                    "Följ upp",
                    "Bevakningsdatum",
                    "Bevaka",
                    "Follow-up date",
                    "Follow up",
                ),
            ),
            TargetField(
                "follow_up_by",
                tr("import", "Följs upp av"),
                synonyms=(
                    "Uppföljare",
                    "Ansvarig för uppföljning",
                    "Ansvarig",
                    "Follow-up by",
                    "Responsible",
                ),
            ),
            TargetField(
                "follow_up_done",
                tr("import", "Uppföljning klar"),
                ImportKind.BOOL,
                synonyms=("Klar", "Uppföljd", "Avklarad", "Follow-up done", "Done"),
            ),
        ),
    )


def complaint_target() -> ImportTarget:
    from ekadm_desktop.services import complaints as c

    return ImportTarget(
        "complaints",
        tr("import", "Klagomålsregistret"),
        (
            TargetField(
                "case_number",
                tr("import", "Ärendenummer"),
                synonyms=(
                    "Ärendenr",
                    "Ärende nr",
                    "Ärende",
                    "Löpnummer",
                    "Nummer",
                    "Nr",
                    "Case number",
                    "Case no",
                    "Case",
                ),
                help=tr("import", "Tom: nästa nummer för året."),
            ),
            TargetField(
                "received_at",
                tr("import", "Inkom"),
                ImportKind.DATETIME,
                required=True,
                synonyms=(
                    "Inkommet",
                    "Inkommen",
                    "Inkomstdatum",
                    "Inkom datum",
                    "Mottaget",
                    "Mottagen",
                    "Registrerad",
                    "Registreringsdatum",
                    "Datum",
                    "Received",
                    "Received at",
                    "Date",
                ),
            ),
            TargetField(
                "received_by",
                tr("import", "Mottaget av"),
                synonyms=("Mottagen av", "Registrerad av", "Registrerat av", "Received by"),
                help=tr("import", "Tom: du själv."),
            ),
            TargetField(
                "channel",
                tr("import", "Kanal"),
                ImportKind.CHOICE,
                synonyms=("Inkanal", "Kontaktväg", "Kontaktsätt", "Via", "Channel"),
                options=_options(Channel, c.CHANNEL_LABELS, "complaints"),
                help=tr("import", "Tom: telefon."),
            ),
            TargetField(
                "customer_id",
                tr("import", "Kund"),
                ImportKind.CUSTOMER,
                synonyms=("Förvaltning", "Kundnamn", "Kundkod", "Nämnd", "Customer", "Department"),
                help=tr("import", "Tom bara när klagomålet är anonymt."),
            ),
            TargetField(
                "contact_person",
                tr("import", "Kontaktperson"),
                synonyms=("Kontakt", "Anmälare", "Klagande", "Contact", "Contact person"),
            ),
            TargetField(
                "anonymous", tr("import", "Anonym"), ImportKind.BOOL, synonyms=("Anonymt", "Anonymous")
            ),
            TargetField(
                "type",
                tr("import", "Typ"),
                ImportKind.CHOICE,
                synonyms=("Ärendetyp", "Typ av ärende", "Type"),
                options=_options(ComplaintType, c.TYPE_LABELS, "complaints"),
                help=tr("import", "Tom: klagomål."),
            ),
            TargetField(
                "process_id",
                tr("import", "Process"),
                ImportKind.PROCESS,
                synonyms=("Tjänst", "Process/tjänst", "Område", "Service"),
            ),
            TargetField(
                "unit_id",
                tr("import", "Enhet"),
                ImportKind.UNIT,
                synonyms=("Ansvarig enhet", "Unit", "Team"),
                help=tr("import", "Tom: din enhet, annars kundens ansvariga enhet."),
            ),
            TargetField(
                "category",
                tr("import", "Kategori"),
                ImportKind.CHOICE,
                synonyms=("Klagomålskategori", "Category"),
                options=_options(Category, c.CATEGORY_LABELS, "complaints"),
            ),
            TargetField(
                "description",
                tr("import", "Beskrivning"),
                required=True,
                synonyms=("Klagomål", "Synpunkt", "Vad hände", "Text", "Ärendebeskrivning", "Description"),
            ),
            TargetField(
                "requested_action",
                tr("import", "Önskad åtgärd"),
                synonyms=("Kundens önskemål", "Önskemål", "Requested action"),
            ),
            TargetField(
                "reference",
                tr("import", "Referens"),
                synonyms=("Fakturanummer", "Fakturanr", "Verifikation", "Reference"),
            ),
            TargetField(
                "severity",
                tr("import", "Allvarlighet"),
                ImportKind.CHOICE,
                synonyms=("Allvarlighetsgrad", "Prioritet", "Severity", "Priority"),
                options=_options(Severity, c.SEVERITY_LABELS, "complaints"),
                help=tr("import", "Tom: normal."),
            ),
            TargetField(
                "responsible",
                tr("import", "Ansvarig"),
                synonyms=("Handläggare", "Ansvarig handläggare", "Responsible"),
            ),
            TargetField(
                "deadline",
                tr("import", "Svara senast"),
                ImportKind.DATE,
                synonyms=("Sista svarsdag", "Svar senast", "Deadline"),
                help=tr("import", "Tom: inkomstdagen plus normens arbetsdagar."),
            ),
            TargetField(
                "justified", tr("import", "Befogat"), ImportKind.BOOL, synonyms=("Befogad", "Justified")
            ),
            TargetField(
                "error_cause",
                tr("import", "Felorsak"),
                ImportKind.CHOICE,
                synonyms=("Orsak", "Error cause", "Cause"),
                options=_options(ErrorCause, c.ERROR_CAUSE_LABELS, "complaints"),
            ),
            TargetField("root_cause_code", tr("import", "Rotorsakskod"), synonyms=("Root cause code",)),
            TargetField("root_cause_text", tr("import", "Rotorsak"), synonyms=("Root cause",)),
            TargetField(
                "immediate_action",
                tr("import", "Omedelbar åtgärd"),
                synonyms=("Åtgärd", "Direkt åtgärd", "Immediate action"),
            ),
            TargetField(
                "corrective_action",
                tr("import", "Korrigerande åtgärd"),
                synonyms=(
                    "Förebyggande åtgärd",
                    "Korrigerande eller förebyggande åtgärd",
                    "Corrective action",
                ),
            ),
            TargetField(
                "improvement_link",
                tr("import", "Förbättring"),
                synonyms=("Förbättringsförslag", "Improvement"),
            ),
            TargetField(
                "diary_number", tr("import", "Diarienummer"), synonyms=("Dnr", "Diarienr", "Diary number")
            ),
            TargetField(
                "secret", tr("import", "Sekretess"), ImportKind.BOOL, synonyms=("Sekretessmarkerad", "Secret")
            ),
            TargetField(
                "status",
                tr("import", "Status"),
                ImportKind.CHOICE,
                synonyms=("Ärendestatus", "State"),
                options=_options(ComplaintStatus, c.STATUS_LABELS, "complaints"),
                help=tr("import", "Tom: efter datumen (bekräftad, besvarad, avslutad)."),
            ),
            TargetField(
                "acknowledged_on",
                tr("import", "Bekräftad"),
                ImportKind.DATE,
                synonyms=("Bekräftat", "Kvitterad", "Mottagningsbekräftelse", "Acknowledged"),
            ),
            TargetField(
                "answered_on",
                tr("import", "Besvarad"),
                ImportKind.DATE,
                synonyms=("Besvarat", "Svarsdatum", "Svarat", "Answered"),
            ),
            TargetField("answer_text", tr("import", "Svar"), synonyms=("Svarstext", "Svaret", "Answer")),
            TargetField(
                "outcome",
                tr("import", "Resultat"),
                ImportKind.CHOICE,
                synonyms=("Utfall", "Outcome"),
                options=_options(Outcome, c.OUTCOME_LABELS, "complaints"),
            ),
            TargetField(
                "customer_satisfied",
                tr("import", "Kunden nöjd"),
                ImportKind.BOOL,
                synonyms=("Nöjd", "Nöjd kund", "Satisfied"),
            ),
            TargetField(
                "closed_on",
                tr("import", "Avslutad"),
                ImportKind.DATE,
                synonyms=("Avslutat", "Stängd", "Stängt", "Closed"),
            ),
        ),
    )


_TARGETS: dict[str, Callable[[], ImportTarget]] = {
    "customer_log": log_target,
    "complaints": complaint_target,
}


def targets() -> dict[str, ImportTarget]:
    """Every import target by key, labels in the installed language."""
    return {key: make() for key, make in _TARGETS.items()}


def target(key: str) -> ImportTarget:
    return _TARGETS[key]()


def can_import(key: str, services: Services) -> bool:
    """May the user import into target ``key`` at all (some rows, of their own unit)."""
    if key == "customer_log":
        return services.customer_log.can_create
    return complaint_service(services).can_create


def _require_writer(target: ImportTarget, services: Services) -> None:
    if can_import(target.key, services):
        return
    raise PermissionDenied(
        tr("import", "Du har bara läsbehörighet och kan inte importera till {target}.").format(
            target=target.title.lower()
        )
    )


def _rules(target: ImportTarget, services: Services) -> RowRules:
    if target.key == "customer_log":
        return _LogRules(services)
    if target.key == "complaints":
        return _ComplaintRules(services)
    raise KeyError(target.key)


# -- validate and run ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Columns:
    target: ImportTarget
    headers: tuple[str, ...]
    by_field: Mapping[str, int]

    def header(self, name: str) -> str:
        """The file's header of the column of field ``name``, or the field's label if unmapped."""
        column = self.by_field.get(name)
        if column is not None:
            return self.headers[column]
        try:
            return self.target.field(name).label
        except KeyError:
            return ""


def _row_problem(exc: EkadmError, row: PlannedRow, rules: RowRules, columns: _Columns) -> ImportProblem:
    """The problem of a row the target's rules refused, put on the column of the field they blame."""
    name = rules.blamed_field(exc, row.values)
    return ImportProblem(row.line, columns.header(name), row.texts.get(name, ""), _as_reason(exc.message))


def _as_reason(message: str) -> str:
    """A service's sentence as a reason in the problem list: no closing full stop."""
    return message[:-1] if message.endswith(".") and not message.endswith("..") else message


def _prepare_all(
    s: Session,
    rules: RowRules,
    rows: Sequence[PlannedRow],
    columns: _Columns,
    progress: Progress,
    message: str,
    skip: Callable[[PlannedRow], bool] = lambda _row: False,
    steps: tuple[int, int] | None = None,
) -> tuple[list[object], list[ImportProblem]]:
    """Every row through ``rules.prepare``: the prepared rows and the problems of those refused.
    ``steps`` is (work done before, total work) for progress, if this is not all of it."""
    prepared: list[object] = []
    problems: list[ImportProblem] = []
    done, total = steps or (0, len(rows))
    for number, row in enumerate(rows):
        if number % PROGRESS_EVERY == 0:
            progress.step(done + number, total, message.format(line=row.line))
        if skip(row):
            continue
        try:
            prepared.append(rules.prepare(s, dict(row.values), row.line))
        except (ValidationError, PermissionDenied) as exc:
            problems.append(_row_problem(exc, row, rules, columns))
    return prepared, problems


def validate(
    table: Table,
    mapping: Mapping[int, str],
    target: ImportTarget,
    services: Services,
    progress: Progress | None = None,
) -> ImportPlan:
    """Convert and check every row of ``table`` under ``mapping`` (column index → field name).

    Nothing is written. The plan lists every problem; ``run`` writes a plan without problems."""
    _require_writer(target, services)
    progress = progress or Progress()
    problems: list[ImportProblem] = []
    by_field: dict[str, int] = {}
    for column, name in sorted(mapping.items()):
        if not 0 <= column < len(table.headers):
            raise ValueError(f"column {column} is not in the table")
        target.field(name)  # KeyError for an unknown field
        by_field.setdefault(name, column)
    columns = _Columns(target, table.headers, by_field)
    for f in target.fields:
        if f.required and f.name not in by_field:
            problems.append(
                ImportProblem(
                    None,
                    "",
                    "",
                    tr("import", "välj vilken kolumn i filen som är {field}; fältet måste fyllas i").format(
                        field=quote_label(f.label)
                    ),
                )
            )
    rows: list[PlannedRow] = []
    cell_problems: dict[int, list[ImportProblem]] = {}
    total = len(table.rows)
    with services.db.session() as s:
        refs = References(s)
        for number, table_row in enumerate(table.rows):
            if number % PROGRESS_EVERY == 0:
                progress.step(number, 2 * total, tr("import", "Läser rad {line}").format(line=table_row.line))
            values: Values = {}
            texts: dict[str, str] = {}
            found: list[ImportProblem] = []
            for name, column in by_field.items():
                f = target.field(name)
                cell = table_row.cell(column)
                text = cell_text(cell)
                texts[name] = text
                if text.strip() == "":
                    values[name] = None
                    if f.required:
                        found.append(
                            ImportProblem(
                                table_row.line, table.headers[column], "", tr("import", "måste fyllas i")
                            )
                        )
                    continue
                try:
                    values[name] = convert_cell(cell, f, refs)
                except CellProblem as exc:
                    found.append(ImportProblem(table_row.line, table.headers[column], text, exc.reason))
            if found:
                cell_problems[table_row.line] = found
            rows.append(PlannedRow(table_row.line, values, texts))
        rules = _rules(target, services)
        rules.start(s, rows, lock=False)
        _prepared, rule_problems = _prepare_all(
            s,
            rules,
            rows,
            columns,
            progress,
            tr("import", "Kontrollerar rad {line}"),
            # A required field without a column fails every row alike: said once, not per row.
            skip=lambda row: bool(problems) or row.line in cell_problems,
            steps=(total, 2 * total),
        )
        s.rollback()  # validation only reads: keep nothing it may have touched
    by_line: dict[int | None, list[ImportProblem]] = {}
    for problem in rule_problems:
        by_line.setdefault(problem.line, []).append(problem)
    for line, found in cell_problems.items():
        by_line.setdefault(line, []).extend(found)
    for line in sorted(line for line in by_line if line is not None):
        problems.extend(by_line[line])
    progress.step(2 * total, 2 * total)
    return ImportPlan(
        target=target,
        source=table.name,
        mapping=dict(mapping),
        rows=tuple(rows),
        problems=tuple(problems),
        services=services,
        headers=table.headers,
    )


def run(plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write every row of ``plan`` in one transaction. Refuses (``ImportRefused``) a plan with
    problems; checks every row again first and writes nothing if one fails now (the data may have
    changed since ``validate``). ``Cancelled`` from ``progress`` also leaves nothing written."""
    if plan.problems:
        raise ImportRefused(plan.problems)
    if not plan.rows:
        raise EkadmError(tr("import", "Filen har inga rader att importera."))
    services = plan.services
    _require_writer(plan.target, services)
    progress = progress or Progress()
    total = len(plan.rows)
    by_field = {name: column for column, name in sorted(plan.mapping.items(), reverse=True)}
    columns = _Columns(plan.target, plan.headers, by_field)
    reason = tr("import", "Import från {name}").format(name=plan.source)
    with services.db.session(reason=reason) as s:
        rules = _rules(plan.target, services)
        rules.start(s, plan.rows, lock=True)
        prepared, problems = _prepare_all(
            s, rules, plan.rows, columns, progress, tr("import", "Kontrollerar rad {line}")
        )
        if problems:
            raise ImportRefused(problems)  # leaves the session: nothing is written
        created: list[object] = []
        for number, item in enumerate(prepared):
            if number % PROGRESS_EVERY == 0:
                progress.step(
                    number, total, tr("import", "Sparar rad {line}").format(line=plan.rows[number].line)
                )
            created.append(rules.insert(s, item))
            if number % FLUSH_EVERY == FLUSH_EVERY - 1:
                s.flush()
        s.flush()
        progress.step(total, total, tr("import", "Sparar"))
        keys = [rules.key_of(obj) for obj in created]
    return ImportResult(
        plan.target,
        plan.source,
        len(keys),
        tuple(row_id for row_id, _ in keys),
        tuple(case for _, case in keys if case),
    )
