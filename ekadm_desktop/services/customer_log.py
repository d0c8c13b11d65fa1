"""The customer log (kundlogg): notes and events per customer, follow-ups and free-text search.

Everyone reads the log. Administrators and controllers write in all of it, a unit manager in the
entries of their own unit, a reader not at all. Free-text search uses the search objects made by
migration 0002: an FTS5 table on SQLite, a Swedish ``tsvector`` expression index on PostgreSQL.
"""

from __future__ import annotations

import builtins
import enum
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, TextClause, column, func, select, table, text
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import NotFound, PermissionDenied, ValidationError
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.models.complaints import Complaint
from ekadm_desktop.models.customer_log import LogEntry, LogKind
from ekadm_desktop.models.reference import Customer, Unit
from ekadm_desktop.models.users import Role
from ekadm_desktop.periods import IsoWeek
from ekadm_desktop.services.editing import load_for_change
from ekadm_desktop.services.fields import (
    YEAR_MAX,
    YEAR_MIN,
    Field,
    FieldKind,
    Option,
    Values,
    field_error,
    optional_int,
    parse_date,
    quote_label,
)
from ekadm_desktop.services.users import CurrentUser

_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")

KIND_LABELS = {
    LogKind.MEETING: N_("customer_log", "Kundmöte"),
    LogKind.PHONE: N_("customer_log", "Telefonsamtal"),
    LogKind.EMAIL: N_("customer_log", "E-post"),
    LogKind.EVENT: N_("customer_log", "Händelse"),
    LogKind.AGREEMENT_CHANGE: N_("customer_log", "Avtalsändring"),
    LogKind.INCIDENT: N_("customer_log", "Incident"),
    LogKind.FOLLOW_UP: N_("customer_log", "Uppföljning"),
}


class FollowUpState(enum.StrEnum):
    NONE = "none"  # no follow-up planned
    OPEN = "open"
    OVERDUE = "overdue"  # open and its date has passed
    DONE = "done"


STATUS_LABELS = {
    FollowUpState.NONE: "",
    FollowUpState.OPEN: N_("customer_log", "Uppföljning öppen"),
    FollowUpState.OVERDUE: N_("customer_log", "Försenad"),
    FollowUpState.DONE: N_("customer_log", "Klar"),
}

SUBJECT_MAX = 200
PERSON_MAX = 100

# The names ``create`` and ``update`` accept in their values, in form order.
FIELD_NAMES = (
    "entry_date",
    "customer_id",
    "unit_id",
    "author",
    "kind",
    "subject",
    "text",
    "follow_up_on",
    "follow_up_by",
    "follow_up_done",
    "complaint_id",
)


def kind_labels() -> dict[LogKind, str]:
    """The Swedish (or installed language's) label of every kind, in the order of ``LogKind``."""
    return {kind: tr("customer_log", KIND_LABELS[kind]) for kind in LogKind}


def log_entry_fields() -> tuple[Field, ...]:
    """The editable fields of an entry, for a form; the service validates the same rules."""
    return (
        Field("entry_date", tr("customer_log", "Datum"), FieldKind.DATE, required=True),
        Field("customer_id", tr("customer_log", "Kund"), FieldKind.REF, required=True, ref="customer"),
        Field(
            "unit_id",
            tr("customer_log", "Enhet"),
            FieldKind.REF,
            ref="unit",
            help=tr("customer_log", "Lämnas tom: kundens ansvariga enhet."),
        ),
        Field("author", tr("customer_log", "Skriven av"), required=True, max_length=PERSON_MAX),
        Field(
            "kind",
            tr("customer_log", "Typ"),
            FieldKind.CHOICE,
            required=True,
            options=tuple(Option(kind, label) for kind, label in kind_labels().items()),
        ),
        Field("subject", tr("customer_log", "Rubrik"), required=True, max_length=SUBJECT_MAX),
        Field("text", tr("customer_log", "Text"), multiline=True),
        Field("follow_up_on", tr("customer_log", "Uppföljningsdatum"), FieldKind.DATE),
        Field("follow_up_by", tr("customer_log", "Följs upp av"), max_length=PERSON_MAX),
        Field("follow_up_done", tr("customer_log", "Uppföljning klar"), FieldKind.BOOL),
        Field("complaint_id", tr("customer_log", "Klagomål"), FieldKind.REF, ref="complaint"),
    )


def follow_up_state(follow_up_on: date | None, done: bool, today: date) -> FollowUpState:
    if follow_up_on is None:
        return FollowUpState.NONE
    if done:
        return FollowUpState.DONE
    return FollowUpState.OVERDUE if follow_up_on < today else FollowUpState.OPEN


# -- plain data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntryRow:
    id: int
    version: int
    entry_date: date
    customer_id: int
    customer_name: str
    unit_id: int
    unit_name: str
    author: str
    kind: LogKind
    kind_label: str
    subject: str
    text: str
    follow_up_on: date | None
    follow_up_by: str
    follow_up_done: bool
    complaint_id: int | None
    complaint_case_number: str  # "K-2024-0012", or "" without a complaint
    follow_up_state: FollowUpState  # as of the day the row was read
    status: str  # "Uppföljning öppen", "Försenad", "Klar", or "" without a follow-up
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str

    def values(self) -> Values:
        """The editable values, as ``create`` and ``update`` take them."""
        return {name: getattr(self, name) for name in FIELD_NAMES}


@dataclass(frozen=True)
class LogFilter:
    """Which entries ``list`` returns; empty tuples and None mean no restriction.

    ``text`` searches subject and text for entries containing every word (each word also as the
    start of a longer word), in all years unless ``date_from``/``date_to`` are given too.
    """

    customer_ids: tuple[int, ...] = ()
    unit_ids: tuple[int, ...] = ()
    kinds: tuple[LogKind, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    author: str = ""
    open_follow_ups_only: bool = False
    text: str = ""


@dataclass(frozen=True)
class LogOrder:
    """The order of ``list``: a column of ``LOG_ORDER_COLUMNS`` and its direction."""

    column: str = "entry_date"
    descending: bool = True


LOG_ORDER_COLUMNS = (
    "entry_date",
    "customer",
    "unit",
    "kind",
    "subject",
    "author",
    "follow_up_on",
    "follow_up_by",
    "status",
)


@dataclass(frozen=True)
class DeletedEntry:
    """What a deleted entry held, so that ``restore`` can undo the delete."""

    entry: LogEntryRow

    @property
    def former_id(self) -> int:
        return self.entry.id


# -- search ------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")

# Must stay the expression of the index ix_log_entry_search (migration 0002) for the index to be used.
_PG_DOCUMENT = (
    "to_tsvector('swedish', coalesce(log_entry.subject, '') || ' ' || coalesce(log_entry.text, ''))"
)


def search_words(raw: str) -> list[str]:
    """The words of a search: runs of letters and digits. Everything else (quotes, ``*``, ``:``,
    ``&``, ``|``, ``'``, hyphens) only separates words, so no search syntax of either database
    reaches it from the user."""
    return _WORD.findall(unicodedata.normalize("NFC", raw).lower())


def sqlite_match_query(words: list[str]) -> str:
    """``"faktur"* "påminnelse"*``: every word, each as a prefix (FTS5 joins them with AND)."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def postgres_tsquery(words: list[str]) -> str:
    """``'faktur':* & 'påminnelse':*`` for ``to_tsquery('swedish', …)``."""
    return " & ".join("'" + word.replace("\\", "\\\\").replace("'", "''") + "':*" for word in words)


def _search_condition(dialect: str, words: list[str]) -> ColumnElement[bool] | TextClause:
    if dialect == "sqlite":
        matching = (
            select(column("rowid", Integer))
            .select_from(table("log_entry_fts"))
            .where(
                text("log_entry_fts MATCH :search_query").bindparams(search_query=sqlite_match_query(words))
            )
        )
        return LogEntry.id.in_(matching)
    if dialect == "postgresql":
        return text(f"{_PG_DOCUMENT} @@ to_tsquery('swedish', :search_query)").bindparams(
            search_query=postgres_tsquery(words)
        )
    raise NotImplementedError(dialect)


# -- the service -------------------------------------------------------------------------------


class CustomerLogService:
    def __init__(self, db: Database, user: CurrentUser, *, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._user = user
        self._today = today

    # -- reading -------------------------------------------------------------------------------
    def kind_labels(self) -> dict[LogKind, str]:
        return kind_labels()

    def fields(self) -> tuple[Field, ...]:
        return log_entry_fields()

    @property
    def can_create(self) -> bool:
        return self._user.role in (Role.ADMINISTRATOR, Role.CONTROLLER) or (
            self._user.role is Role.UNIT_MANAGER and self._user.unit_id is not None
        )

    def can_edit(self, row: LogEntryRow) -> bool:
        return self._user.can_edit_unit(row.unit_id)

    def new_values(self, customer_id: int | None = None) -> Values:
        """What a new entry starts with: today, the current user as author, a customer meeting, and a
        unit manager's own unit (empty for others: the customer's responsible unit is then used)."""
        own_unit = self._user.unit_id if self._user.role is Role.UNIT_MANAGER else None
        return {
            "entry_date": self._today(),
            "customer_id": customer_id,
            "unit_id": own_unit,
            "author": self._user.display_name or self._user.login,
            "kind": LogKind.MEETING,
            "subject": "",
            "text": "",
            "follow_up_on": None,
            "follow_up_by": "",
            "follow_up_done": False,
            "complaint_id": None,
        }

    def list(
        self,
        filter: LogFilter,
        *,
        order: LogOrder | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> builtins.list[LogEntryRow]:
        """The entries ``filter`` selects, newest first unless ``order`` says otherwise; ``offset``
        and ``limit`` give one page of them (the view fetches page by page)."""
        order = order or LogOrder()
        key = _ORDER_COLUMNS[order.column]
        # Two steps: the page's ids from the log table alone (an index scan, also deep into the
        # list), then the rows with their joins for just those ids. Skipping 50,000 joined rows
        # with OFFSET took ~0.4 s on SQLite; skipping 50,000 index entries takes milliseconds.
        ids_query = self._filtered(select(LogEntry.id), filter)
        if order.column == "customer":
            ids_query = ids_query.join(Customer, LogEntry.customer_id == Customer.id)
        elif order.column == "unit":
            ids_query = ids_query.join(Unit, LogEntry.unit_id == Unit.id)
        ids_query = ids_query.order_by(
            key.desc() if order.descending else key.asc(),
            LogEntry.entry_date.desc(),
            LogEntry.id.desc(),
        )
        if offset:
            ids_query = ids_query.offset(offset)
        if limit is not None:
            ids_query = ids_query.limit(limit)
        today = self._today()
        with self._db.session() as s:
            ids = builtins.list(s.scalars(ids_query))
            rows: dict[int, LogEntryRow] = {}
            for chunk_start in range(0, len(ids), 500):
                chunk = ids[chunk_start : chunk_start + 500]
                for entry, customer, unit, case in s.execute(_select_rows().where(LogEntry.id.in_(chunk))):
                    rows[entry.id] = _row(entry, customer, unit, case, today)
            return [rows[i] for i in ids]

    def count(self, filter: LogFilter) -> int:
        query = self._filtered(select(func.count(LogEntry.id)), filter)
        with self._db.session() as s:
            return int(s.scalar(query) or 0)

    def _filtered(self, query: _Query, filter: LogFilter) -> _Query:
        if filter.customer_ids:
            query = query.where(LogEntry.customer_id.in_(filter.customer_ids))
        if filter.unit_ids:
            query = query.where(LogEntry.unit_id.in_(filter.unit_ids))
        if filter.kinds:
            query = query.where(LogEntry.kind.in_(filter.kinds))
        if filter.date_from is not None:
            query = query.where(LogEntry.entry_date >= filter.date_from)
        if filter.date_to is not None:
            query = query.where(LogEntry.entry_date <= filter.date_to)
        if filter.author.strip():
            query = query.where(LogEntry.author == filter.author.strip())
        if filter.open_follow_ups_only:
            query = query.where(LogEntry.follow_up_on.is_not(None), LogEntry.follow_up_done.is_(False))
        words = search_words(filter.text)
        if words:
            query = query.where(_search_condition(self._db.kind, words))
        return query

    def get(self, entry_id: int) -> LogEntryRow:
        with self._db.session() as s:
            return self._read(s, entry_id)

    def history_for_customer(self, customer_id: int) -> builtins.list[LogEntryRow]:
        """One customer's whole log, newest first."""
        with self._db.session() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFound(tr("customer_log", "Kunden finns inte längre."))
        return self.list(LogFilter(customer_ids=(customer_id,)))

    def follow_ups(self, today: date, unit_id: int | None = None) -> builtins.list[LogEntryRow]:
        """Open follow-ups due in the ISO week of ``today`` (Monday to Sunday) or earlier, oldest
        first; of one unit, or of all units when ``unit_id`` is None."""
        query = _select_rows().where(
            LogEntry.follow_up_on.is_not(None),
            LogEntry.follow_up_on <= IsoWeek.of(today).end,
            LogEntry.follow_up_done.is_(False),
        )
        if unit_id is not None:
            query = query.where(LogEntry.unit_id == unit_id)
        query = query.order_by(LogEntry.follow_up_on, LogEntry.entry_date, LogEntry.id)
        with self._db.session() as s:
            return [_row(*found, today) for found in s.execute(query)]

    def authors(self) -> builtins.list[str]:
        """Everyone who has written in the log, for a filter."""
        with self._db.session() as s:
            return sorted(s.scalars(select(LogEntry.author).distinct()), key=str.casefold)

    # -- writing -------------------------------------------------------------------------------
    def create(self, values: Mapping[str, object]) -> LogEntryRow:
        """A new entry; values not given take ``new_values``. Without a unit, the customer's
        responsible unit."""
        self._require_writer()
        with self._db.session() as s:
            merged = _validate(s, _merge(self.new_values(), values))
            return self._insert(s, merged)

    def update(self, entry_id: int, expected_version: int, values: Mapping[str, object]) -> LogEntryRow:
        """Change the fields in ``values``; refused if the entry changed since ``expected_version``."""
        self._require_writer()
        with self._db.session() as s:
            entry = load_for_change(s, LogEntry, entry_id, expected_version)
            self._require_unit(entry.unit_id)
            merged = _validate(s, _merge(_values_of(entry), values))
            self._require_unit(_int(merged["unit_id"]))
            for name in FIELD_NAMES:
                if getattr(entry, name) != merged[name]:
                    setattr(entry, name, merged[name])
            s.flush()
            return self._read(s, entry.id)

    def delete(self, entry_id: int, expected_version: int) -> DeletedEntry:
        """Delete an entry; the snapshot returned lets ``restore`` undo it."""
        self._require_writer()
        with self._db.session() as s:
            entry = load_for_change(s, LogEntry, entry_id, expected_version)
            self._require_unit(entry.unit_id)
            snapshot = DeletedEntry(self._read(s, entry_id))
            s.delete(entry)
            s.flush()
            return snapshot

    def restore(self, snapshot: DeletedEntry) -> LogEntryRow:
        """Undo a delete: the same content again, as a new entry. It gets a new id, except that
        SQLite hands out the deleted id again when that entry was the newest (no AUTOINCREMENT)."""
        self._require_writer()
        with self._db.session() as s:
            values = snapshot.entry.values()
            complaint_id = values["complaint_id"]
            if complaint_id is not None and s.get(Complaint, complaint_id) is None:
                values["complaint_id"] = None  # as the foreign key would have done had the entry stayed
            merged = _validate(s, values)
            return self._insert(s, merged)

    def mark_follow_up_done(self, entry_id: int, expected_version: int, done: bool = True) -> LogEntryRow:
        """Mark the entry's follow-up done (or open again with ``done=False``)."""
        self._require_writer()
        with self._db.session() as s:
            entry = load_for_change(s, LogEntry, entry_id, expected_version)
            self._require_unit(entry.unit_id)
            if entry.follow_up_on is None:
                raise ValidationError(
                    tr("customer_log", "Posten har ingen uppföljning att markera."), field="follow_up_done"
                )
            if entry.follow_up_done != done:
                entry.follow_up_done = done
                s.flush()
            return self._read(s, entry.id)

    # -- helpers -------------------------------------------------------------------------------
    def _insert(self, s: Session, merged: Values) -> LogEntryRow:
        self._require_unit(_int(merged["unit_id"]))
        entry = LogEntry(**merged)
        s.add(entry)
        s.flush()
        return self._read(s, entry.id)

    def _read(self, s: Session, entry_id: int) -> LogEntryRow:
        found = s.execute(_select_rows().where(LogEntry.id == entry_id)).first()
        if found is None:
            raise NotFound(tr("db", "Posten finns inte längre; någon annan har tagit bort den."))
        return _row(*found, self._today())

    def _require_writer(self) -> None:
        if not self.can_create:
            raise PermissionDenied(
                tr("customer_log", "Du har bara läsbehörighet och kan inte ändra i kundloggen.")
            )

    def _require_unit(self, unit_id: int | None) -> None:
        if not self._user.can_edit_unit(unit_id):
            raise PermissionDenied(
                tr("customer_log", "Du kan bara ändra kundloggsposter för din egen enhet.")
            )


_ORDER_COLUMNS: dict[str, Any] = {
    "entry_date": LogEntry.entry_date,
    "customer": Customer.name,
    "unit": Unit.name,
    "kind": LogEntry.kind,
    "subject": LogEntry.subject,
    "author": LogEntry.author,
    "follow_up_on": LogEntry.follow_up_on,
    "follow_up_by": LogEntry.follow_up_by,
    "status": LogEntry.follow_up_done,
}


def _select_rows() -> Select[LogEntry, str, str, str]:
    return (
        select(LogEntry, Customer.name, Unit.name, Complaint.case_number)
        .join(Customer, LogEntry.customer_id == Customer.id)
        .join(Unit, LogEntry.unit_id == Unit.id)
        .outerjoin(Complaint, LogEntry.complaint_id == Complaint.id)
    )


def _row(
    entry: LogEntry, customer_name: str, unit_name: str, case_number: str | None, today: date
) -> LogEntryRow:
    state = follow_up_state(entry.follow_up_on, entry.follow_up_done, today)
    label = STATUS_LABELS[state]
    return LogEntryRow(
        id=entry.id,
        version=entry.version,
        entry_date=entry.entry_date,
        customer_id=entry.customer_id,
        customer_name=customer_name,
        unit_id=entry.unit_id,
        unit_name=unit_name,
        author=entry.author,
        kind=entry.kind,
        kind_label=tr("customer_log", KIND_LABELS[entry.kind]),
        subject=entry.subject,
        text=entry.text,
        follow_up_on=entry.follow_up_on,
        follow_up_by=entry.follow_up_by,
        follow_up_done=entry.follow_up_done,
        complaint_id=entry.complaint_id,
        complaint_case_number=case_number or "",
        follow_up_state=state,
        status=tr("customer_log", label) if label else "",
        created_at=entry.created_at,
        created_by=entry.created_by,
        updated_at=entry.updated_at,
        updated_by=entry.updated_by,
    )


def _values_of(entry: LogEntry) -> Values:
    return {name: getattr(entry, name) for name in FIELD_NAMES}


# -- validation --------------------------------------------------------------------------------


def _merge(current: Values, values: Mapping[str, object]) -> Values:
    unknown = set(values) - set(FIELD_NAMES)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    fields = {f.name: f for f in log_entry_fields()}
    merged = dict(current)
    for name, raw in values.items():
        merged[name] = _parse(fields[name], raw)
    return merged


def _parse(f: Field, raw: object) -> object:
    if f.kind is FieldKind.TEXT:
        return "" if raw is None else unicodedata.normalize("NFC", str(raw)).strip()
    if f.kind is FieldKind.BOOL:
        if not isinstance(raw, bool):
            raise ValidationError(
                tr("customer_log", "{field} måste vara ja eller nej.").format(field=quote_label(f.label)),
                field=f.name,
            )
        return raw
    if f.kind is FieldKind.DATE:
        return parse_date(raw, f)
    if raw is None or raw == "":
        return None
    if f.kind is FieldKind.CHOICE:
        if isinstance(raw, str):
            try:
                return LogKind(raw)  # a member too: LogKind is a str enum
            except ValueError:
                pass
    elif isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    raise ValidationError(
        tr("customer_log", "Välj ett av alternativen i {field}.").format(field=quote_label(f.label)),
        field=f.name,
    )


_int = optional_int


def _fail(message: str, f: Field, **extra: Any) -> ValidationError:
    return field_error("customer_log", message, f, **extra)


def _validate(s: Session, values: Values) -> Values:
    """Check parsed values against the rules; returns them completed (the default unit) and tidied
    (no follow-up means not done)."""
    fields = {f.name: f for f in log_entry_fields()}
    entry_date = values["entry_date"]
    if entry_date is None:
        raise _fail(N_("customer_log", "Fyll i {field}."), fields["entry_date"])
    customer_id = _int(values["customer_id"])
    if customer_id is None:
        raise _fail(N_("customer_log", "Välj {field}."), fields["customer_id"])
    customer = s.get(Customer, customer_id)
    if customer is None:
        raise _fail(
            N_("customer_log", "Kunden i {field} finns inte längre. Läs in igen."), fields["customer_id"]
        )
    if values["unit_id"] is None:
        values["unit_id"] = customer.unit_id
    elif s.get(Unit, values["unit_id"]) is None:
        raise _fail(
            N_("customer_log", "Enheten i {field} finns inte längre. Läs in igen."), fields["unit_id"]
        )
    if values["kind"] is None:
        raise _fail(N_("customer_log", "Välj {field}."), fields["kind"])
    for name in ("author", "subject"):
        if not values[name]:
            raise _fail(N_("customer_log", "Fyll i {field}."), fields[name])
    for name in ("author", "subject", "follow_up_by"):
        limit = fields[name].max_length
        if limit is not None and len(str(values[name])) > limit:
            raise _fail(
                N_("customer_log", "{field} får vara högst {count} tecken."), fields[name], count=limit
            )

    follow_up_on = values["follow_up_on"]
    for name in ("entry_date", "follow_up_on"):
        day = values[name]
        if isinstance(day, date) and not YEAR_MIN <= day.year <= YEAR_MAX:
            raise _fail(
                N_("customer_log", "{field} måste ligga mellan år {low} och {high}."),
                fields[name],
                low=YEAR_MIN,
                high=YEAR_MAX,
            )
    if follow_up_on is not None and not values["follow_up_by"]:
        raise _fail(
            N_("customer_log", "Fyll i {field} när posten har ett uppföljningsdatum."), fields["follow_up_by"]
        )
    if follow_up_on is None and values["follow_up_by"]:
        raise _fail(
            N_("customer_log", "Fyll i {field} när någon ska följa upp posten."), fields["follow_up_on"]
        )
    if isinstance(follow_up_on, date) and isinstance(entry_date, date) and follow_up_on < entry_date:
        raise _fail(
            N_("customer_log", "{field} kan inte vara före postens datum ({day})."),
            fields["follow_up_on"],
            day=entry_date.isoformat(),
        )
    if follow_up_on is None:
        values["follow_up_done"] = False

    complaint_id = values["complaint_id"]
    if complaint_id is not None:
        complaint = s.get(Complaint, complaint_id)
        if complaint is None:
            raise _fail(
                N_("customer_log", "Klagomålet i {field} finns inte längre. Läs in igen."),
                fields["complaint_id"],
            )
        if complaint.customer_id is not None and complaint.customer_id != customer_id:
            raise _fail(
                N_("customer_log", "Klagomålet i {field} gäller en annan kund."), fields["complaint_id"]
            )
    return values
