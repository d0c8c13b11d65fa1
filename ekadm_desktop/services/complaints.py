"""The complaint register (klagomålsregister): registering, the status flow, the event log,
links to the customer log, and the figures for charts and reports.

Everyone reads the register. Administrators and controllers change all of it, a unit manager the
complaints of their own unit, a reader nothing. In a complaint marked secret the text fields and
the event log are shown only to those who may change it (administrators, controllers and the
manager of its unit); everyone else gets ``SECRET_TEXT`` in their place and ``redacted=True``.

Status flow: registered → acknowledged → (investigating →) answered → closed; an administrator or
controller may reopen a closed complaint, which sends it back to investigating. Each step sets its
date, if it has one, and writes an event. The answer deadline is the received date plus a number of
working days (``working_days``), as is the date by which receipt should be acknowledged. A complaint
is overdue while it still awaits its answer (registered, acknowledged or investigating) after the
deadline; once answered it is not, even if it is not closed yet.

Figures count complaints by the day they were received. Response time is calendar days from
received to answered, lead time from received to closed.
"""

from __future__ import annotations

import builtins
import enum
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import NotFound, PermissionDenied, ValidationError
from ekadm_desktop.i18n import N_, tr
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
from ekadm_desktop.models.users import Role
from ekadm_desktop.periods import Month, Period, Tertial, Year
from ekadm_desktop.services.customer_log import KIND_LABELS as LOG_KIND_LABELS
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
    swedish_sort_key,
)
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.services.working_days import add_working_days

_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")
_E = TypeVar("_E", bound=enum.Enum)

# -- labels ------------------------------------------------------------------------------------

CHANNEL_LABELS = {
    Channel.PHONE: N_("complaints", "Telefon"),
    Channel.EMAIL: N_("complaints", "E-post"),
    Channel.LETTER: N_("complaints", "Brev"),
    Channel.MEETING: N_("complaints", "Möte"),
    Channel.WEB: N_("complaints", "Webb"),
    Channel.ERP_CASE: N_("complaints", "Ärende i ekonomisystemet"),
}
TYPE_LABELS = {
    ComplaintType.COMPLAINT: N_("complaints", "Klagomål"),
    ComplaintType.FEEDBACK: N_("complaints", "Synpunkt"),
    ComplaintType.PRAISE: N_("complaints", "Beröm"),
    ComplaintType.SUGGESTION: N_("complaints", "Förslag"),
    ComplaintType.QUESTION: N_("complaints", "Fråga"),
}
CATEGORY_LABELS = {
    Category.LEAD_TIME: N_("complaints", "Handläggningstid"),
    Category.HANDLING_ERROR: N_("complaints", "Fel i handläggning"),
    Category.TREATMENT: N_("complaints", "Bemötande"),
    Category.ACCESSIBILITY: N_("complaints", "Tillgänglighet"),
    Category.INFORMATION: N_("complaints", "Information"),
    Category.SYSTEM: N_("complaints", "System"),
    Category.OTHER: N_("complaints", "Övrigt"),
}
SEVERITY_LABELS = {
    Severity.LOW: N_("complaints", "Låg"),
    Severity.NORMAL: N_("complaints", "Normal"),
    Severity.HIGH: N_("complaints", "Hög"),
}
ERROR_CAUSE_LABELS = {
    ErrorCause.OWN: N_("complaints", "Eget fel"),
    ErrorCause.CUSTOMER: N_("complaints", "Kundens fel"),
    ErrorCause.THIRD_PARTY: N_("complaints", "Tredje part"),
    ErrorCause.SYSTEM: N_("complaints", "System (ekonomisystemet)"),
    ErrorCause.UNCLEAR: N_("complaints", "Oklart"),
}
STATUS_LABELS = {
    ComplaintStatus.REGISTERED: N_("complaints", "Registrerat"),
    ComplaintStatus.ACKNOWLEDGED: N_("complaints", "Bekräftat"),
    ComplaintStatus.INVESTIGATING: N_("complaints", "Under utredning"),
    ComplaintStatus.ANSWERED: N_("complaints", "Besvarat"),
    ComplaintStatus.CLOSED: N_("complaints", "Avslutat"),
}
OUTCOME_LABELS = {
    Outcome.ROUTINE_CHANGED: N_("complaints", "Rutin ändrad"),
    Outcome.NO_CHANGE: N_("complaints", "Ingen ändring"),
    Outcome.CORRECTED: N_("complaints", "Rättat"),
    Outcome.OTHER: N_("complaints", "Övrigt"),
}
_ENUM_LABELS: dict[type[enum.Enum], Mapping[Any, str]] = {
    Channel: CHANNEL_LABELS,
    ComplaintType: TYPE_LABELS,
    Category: CATEGORY_LABELS,
    Severity: SEVERITY_LABELS,
    ErrorCause: ERROR_CAUSE_LABELS,
    ComplaintStatus: STATUS_LABELS,
    Outcome: OUTCOME_LABELS,
}


class EventKind(enum.StrEnum):
    REGISTERED = "registered"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    ANSWERED = "answered"
    CLOSED = "closed"
    REOPENED = "reopened"
    NOTE = "note"  # anteckning
    CONTACT = "contact"  # kontakt med kunden


EVENT_KIND_LABELS = {
    EventKind.REGISTERED: N_("complaints", "Registrerat"),
    EventKind.ACKNOWLEDGED: N_("complaints", "Bekräftat"),
    EventKind.INVESTIGATING: N_("complaints", "Utredning påbörjad"),
    EventKind.ANSWERED: N_("complaints", "Besvarat"),
    EventKind.CLOSED: N_("complaints", "Avslutat"),
    EventKind.REOPENED: N_("complaints", "Återöppnat"),
    EventKind.NOTE: N_("complaints", "Anteckning"),
    EventKind.CONTACT: N_("complaints", "Kontakt med kunden"),
}
# The kinds a user writes with ``add_event``; the others are written by the status flow.
USER_EVENT_KINDS = (EventKind.NOTE, EventKind.CONTACT)


def label(value: enum.Enum) -> str:
    """The Swedish (or installed language's) label of a value of one of the complaint enums."""
    return tr("complaints", _ENUM_LABELS[type(value)][value])


def labels(enum_cls: type[_E]) -> dict[_E, str]:
    """The labels of every value of ``enum_cls``, in its order (for choices and chart legends)."""
    return {value: label(value) for value in enum_cls}


def event_kind_label(kind: str) -> str:
    try:
        return tr("complaints", EVENT_KIND_LABELS[EventKind(kind)])
    except ValueError:
        return kind


def case_number(year: int, serial: int) -> str:
    """``K-2010-0042``"""
    return f"K-{year}-{serial:04d}"


# What the text fields of a secret complaint show to those who may not read them.
SECRET_TEXT = N_("complaints", "(sekretess)")
# The fields of a secret complaint held back: those that may describe people or their affairs.
SECRET_FIELDS = (
    "contact_person",
    "description",
    "requested_action",
    "root_cause_text",
    "immediate_action",
    "corrective_action",
    "answer_text",
)
# The statuses in which the complaint still awaits its answer, so can be overdue.
AWAITING_ANSWER = frozenset(
    {ComplaintStatus.REGISTERED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING}
)

# The names ``register`` and ``update`` accept in their values, in form order. Status, dates of
# the status flow and the answer are set by the flow's own methods.
FIELD_NAMES = (
    "received_by",
    "channel",
    "customer_id",
    "contact_person",
    "anonymous",
    "type",
    "process_id",
    "unit_id",
    "category",
    "description",
    "requested_action",
    "reference",
    "severity",
    "responsible",
    "deadline",
    "justified",
    "error_cause",
    "root_cause_code",
    "root_cause_text",
    "immediate_action",
    "corrective_action",
    "improvement_link",
    "diary_number",
    "secret",
)
_CHOICE_ENUMS: dict[str, type[enum.StrEnum]] = {
    "channel": Channel,
    "type": ComplaintType,
    "category": Category,
    "severity": Severity,
    "error_cause": ErrorCause,
}


def _enum_options(enum_cls: type[enum.Enum]) -> tuple[Option, ...]:
    return tuple(Option(value, text) for value, text in labels(enum_cls).items())


def complaint_fields() -> tuple[Field, ...]:
    """The editable fields of a complaint, for a form; the service validates the same rules."""
    yes_no = (Option(True, tr("complaints", "Ja")), Option(False, tr("complaints", "Nej")))
    return (
        Field("received_by", tr("complaints", "Mottaget av"), max_length=100),
        Field(
            "channel",
            tr("complaints", "Kanal"),
            FieldKind.CHOICE,
            required=True,
            options=_enum_options(Channel),
        ),
        Field(
            "customer_id",
            tr("complaints", "Kund"),
            FieldKind.REF,
            ref="customer",
            help=tr("complaints", "Lämnas tom bara när klagomålet är anonymt."),
        ),
        Field("contact_person", tr("complaints", "Kontaktperson"), max_length=100),
        Field("anonymous", tr("complaints", "Anonym"), FieldKind.BOOL),
        Field(
            "type",
            tr("complaints", "Typ"),
            FieldKind.CHOICE,
            required=True,
            options=_enum_options(ComplaintType),
        ),
        Field("process_id", tr("complaints", "Process"), FieldKind.REF, ref="process"),
        Field(
            "unit_id",
            tr("complaints", "Enhet"),
            FieldKind.REF,
            ref="unit",
            help=tr("complaints", "Lämnas tom: din enhet, annars kundens ansvariga enhet."),
        ),
        Field("category", tr("complaints", "Kategori"), FieldKind.CHOICE, options=_enum_options(Category)),
        Field("description", tr("complaints", "Beskrivning"), required=True, multiline=True),
        Field("requested_action", tr("complaints", "Önskad åtgärd"), multiline=True),
        Field(
            "reference",
            tr("complaints", "Referens"),
            max_length=200,
            help=tr("complaints", "Fakturanummer, leverantörsnummer, verifikation …"),
        ),
        Field(
            "severity",
            tr("complaints", "Allvarlighet"),
            FieldKind.CHOICE,
            required=True,
            options=_enum_options(Severity),
            default=Severity.NORMAL,
        ),
        Field("responsible", tr("complaints", "Ansvarig"), max_length=100),
        Field(
            "deadline",
            tr("complaints", "Svara senast"),
            FieldKind.DATE,
            help=tr("complaints", "Lämnas tom vid registrering: inkomstdagen plus normens arbetsdagar."),
        ),
        Field("justified", tr("complaints", "Befogat"), FieldKind.CHOICE, options=yes_no),
        Field(
            "error_cause", tr("complaints", "Felorsak"), FieldKind.CHOICE, options=_enum_options(ErrorCause)
        ),
        Field("root_cause_code", tr("complaints", "Rotorsakskod"), max_length=32),
        Field("root_cause_text", tr("complaints", "Rotorsak"), multiline=True),
        Field("immediate_action", tr("complaints", "Omedelbar åtgärd"), multiline=True),
        Field(
            "corrective_action", tr("complaints", "Korrigerande eller förebyggande åtgärd"), multiline=True
        ),
        Field("improvement_link", tr("complaints", "Förbättring i processgruppen"), max_length=200),
        Field("diary_number", tr("complaints", "Diarienummer"), max_length=50),
        Field("secret", tr("complaints", "Sekretess"), FieldKind.BOOL),
    )


# -- plain data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintRow:
    """One complaint as the current user may see it, with its derived figures."""

    id: int
    version: int
    case_number: str  # "K-2010-0042"
    year: int
    serial: int
    status: ComplaintStatus
    status_label: str
    received_at: datetime
    received_by: str
    channel: Channel
    channel_label: str
    customer_id: int | None
    customer_name: str  # "" without a customer
    contact_person: str
    anonymous: bool
    type: ComplaintType
    type_label: str
    process_id: int | None
    process_name: str  # "" without a process
    unit_id: int
    unit_name: str
    category: Category | None
    category_label: str  # "" when not set, as for the other optional choices
    description: str
    requested_action: str
    reference: str
    severity: Severity
    severity_label: str
    acknowledged_on: date | None
    acknowledge_by: date  # the norm: received date plus the acknowledgement working days
    responsible: str
    deadline: date | None
    justified: bool | None
    error_cause: ErrorCause | None
    error_cause_label: str
    root_cause_code: str
    root_cause_text: str
    immediate_action: str
    corrective_action: str
    improvement_link: str
    answered_on: date | None
    answer_text: str
    outcome: Outcome | None
    outcome_label: str
    customer_satisfied: bool | None
    closed_on: date | None
    diary_number: str
    secret: bool
    redacted: bool  # the secret text fields hold SECRET_TEXT for this user
    anonymised_on: date | None
    # Derived, as of ``today`` when the row was read.
    overdue: bool  # still awaiting its answer and the deadline has passed
    response_days: int | None  # received → answered, calendar days
    lead_days: int | None  # received → closed, calendar days
    within_deadline: bool | None  # answered by the deadline; None until answered
    acknowledged_in_time: bool | None  # acknowledged by ``acknowledge_by``; None until acknowledged
    month: Month
    tertial: Tertial
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str

    @property
    def received_on(self) -> date:
        return self.received_at.date()

    @property
    def is_open(self) -> bool:
        return self.status is not ComplaintStatus.CLOSED

    @property
    def month_key(self) -> str:
        return self.month.key

    @property
    def tertial_key(self) -> str:
        return self.tertial.key

    def values(self) -> Values:
        """The editable values, as ``register`` and ``update`` take them."""
        return {name: getattr(self, name) for name in FIELD_NAMES}


@dataclass(frozen=True)
class ComplaintEventRow:
    id: int
    version: int
    complaint_id: int
    at: datetime
    author: str
    kind: str  # an ``EventKind`` value
    kind_label: str
    text: str
    redacted: bool


@dataclass(frozen=True)
class LinkedLogEntry:
    """A customer-log entry linked to a complaint."""

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


@dataclass(frozen=True)
class ComplaintFilter:
    """Which complaints ``list`` returns; empty tuples and None mean no restriction.

    ``today`` is the day ``overdue_only`` and the rows' ``overdue`` are judged on (default: the
    service's today). ``text`` finds complaints containing every word in the case number, names,
    reference, diary number or text fields (not in the fields held back from this user).
    """

    year: int | None = None
    unit_ids: tuple[int, ...] = ()
    customer_ids: tuple[int, ...] = ()
    process_ids: tuple[int, ...] = ()
    statuses: tuple[ComplaintStatus, ...] = ()
    types: tuple[ComplaintType, ...] = ()
    categories: tuple[Category, ...] = ()
    error_causes: tuple[ErrorCause, ...] = ()
    open_only: bool = False
    overdue_only: bool = False
    today: date | None = None
    text: str = ""


# The columns ``list`` can order by (``ComplaintOrder.column``), in the order of the register's table.
COMPLAINT_ORDER_COLUMNS = (
    "case_number",
    "received_at",
    "customer",
    "process",
    "unit",
    "type",
    "category",
    "status",
    "deadline",
    "responsible",
    "severity",
)


@dataclass(frozen=True)
class ComplaintOrder:
    """The order of ``list``: a column of ``COMPLAINT_ORDER_COLUMNS`` and its direction. Choices
    sort in their own order (status by the flow, severity low to high), not by label; ties go the
    latest received first."""

    column: str = "received_at"
    descending: bool = True


@dataclass(frozen=True)
class PeriodCount:
    period: Period
    count: int

    @property
    def key(self) -> str:
        return self.period.key

    @property
    def label(self) -> str:
        return self.period.label


@dataclass(frozen=True)
class GroupCount:
    """The complaints of one customer, process, category or cause; ``key`` None for "not set"."""

    key: int | str | None
    label: str
    count: int


@dataclass(frozen=True)
class YearComparison:
    period: Period
    count: int
    previous_period: Period  # the same period a year earlier
    previous_count: int

    @property
    def change(self) -> int:
        return self.count - self.previous_count

    @property
    def change_share(self) -> float | None:
        """The change as a share of last year's count; None when last year had none."""
        return self.change / self.previous_count if self.previous_count else None


@dataclass(frozen=True)
class HandlingTimes:
    """Handling times of the complaints received in a period; a figure with nothing to measure is None."""

    received: int
    answered: int
    closed: int
    median_response_days: float | None
    mean_response_days: float | None
    median_lead_days: float | None
    mean_lead_days: float | None
    answered_within_deadline: int
    within_deadline_share: float | None  # of those answered that had a deadline


@dataclass(frozen=True)
class RecurringGroup:
    """Complaints of one customer about one process with the same root cause, each received within
    the given months of the one before it."""

    customer_id: int
    customer_name: str
    process_id: int
    process_name: str
    root_cause_code: str
    complaints: tuple[ComplaintRow, ...]  # oldest first

    @property
    def count(self) -> int:
        return len(self.complaints)

    @property
    def first_received(self) -> date:
        return self.complaints[0].received_on

    @property
    def last_received(self) -> date:
        return self.complaints[-1].received_on


# -- the service -------------------------------------------------------------------------------

# The class of PostgreSQL advisory locks that serialise numbering; the year is the second key.
_NUMBERING_LOCK_CLASS = 0x4B4C  # "KL"


class ComplaintService:
    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        *,
        deadline_working_days: int = 10,
        acknowledge_working_days: int = 2,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._user = user
        self._deadline_days = deadline_working_days
        self._acknowledge_days = acknowledge_working_days
        self._today = today
        self._now = now

    # -- permissions ---------------------------------------------------------------------------
    @property
    def can_create(self) -> bool:
        return self._user.role in (Role.ADMINISTRATOR, Role.CONTROLLER) or (
            self._user.role is Role.UNIT_MANAGER and self._user.unit_id is not None
        )

    def can_edit(self, row: ComplaintRow) -> bool:
        return self._user.can_edit_unit(row.unit_id)

    @property
    def can_reopen(self) -> bool:
        return self._user.role in (Role.ADMINISTRATOR, Role.CONTROLLER)

    def can_read_secret(self, unit_id: int) -> bool:
        """May the user read the secret fields of a complaint of ``unit_id``: the same people who
        may change it."""
        return self._user.can_edit_unit(unit_id)

    # -- reading -------------------------------------------------------------------------------
    def fields(self) -> tuple[Field, ...]:
        return complaint_fields()

    def new_values(self) -> Values:
        """What a new complaint starts with."""
        values: Values = {f.name: _empty(f) if f.default is None else f.default for f in complaint_fields()}
        values["received_by"] = self._user.display_name or self._user.login
        values["channel"] = Channel.PHONE
        values["type"] = ComplaintType.COMPLAINT
        if self._user.role is Role.UNIT_MANAGER:
            values["unit_id"] = self._user.unit_id
        return values

    def get(self, complaint_id: int, *, today: date | None = None) -> ComplaintRow:
        with self._db.session() as s:
            return self._read(s, complaint_id, today)

    def list(
        self,
        filter: ComplaintFilter | None = None,
        *,
        order: ComplaintOrder | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> builtins.list[ComplaintRow]:
        """The complaints ``filter`` selects, the latest received first unless ``order`` says
        otherwise; ``offset`` and ``limit`` give one page of them (a view fetches page by page)."""
        filter = filter or ComplaintFilter()
        today = filter.today or self._today()
        with self._db.session() as s:
            ids = self._selected_ids(s, filter, order or ComplaintOrder(), today, offset, limit)
            rows: dict[int, ComplaintRow] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for found in s.execute(_select_rows().where(Complaint.id.in_(chunk))):
                    rows[found[0].id] = self._row(*found, today)
        return [rows[i] for i in ids]

    def count(self, filter: ComplaintFilter | None = None) -> int:
        """How many complaints ``list`` returns for ``filter`` (without ``offset`` and ``limit``)."""
        filter = filter or ComplaintFilter()
        today = filter.today or self._today()
        with self._db.session() as s:
            if _search_words(filter.text):
                return len(self._selected_ids(s, filter, ComplaintOrder(), today, 0, None))
            query = _filtered(select(func.count(Complaint.id)), filter, today)
            return int(s.scalar(query) or 0)

    def events(self, complaint_id: int) -> builtins.list[ComplaintEventRow]:
        """The complaint's event log, oldest first."""
        with self._db.session() as s:
            complaint = _complaint(s, complaint_id)
            redacted = complaint.secret and not self.can_read_secret(complaint.unit_id)
            found = s.scalars(
                select(ComplaintEvent)
                .where(ComplaintEvent.complaint_id == complaint_id)
                .order_by(ComplaintEvent.at, ComplaintEvent.id)
            )
            return [_event_row(event, redacted) for event in found]

    def linked_log_entries(self, complaint_id: int) -> builtins.list[LinkedLogEntry]:
        """The customer-log entries linked to the complaint, oldest first."""
        with self._db.session() as s:
            _complaint(s, complaint_id)
            found = s.execute(
                _select_log_entries()
                .where(LogEntry.complaint_id == complaint_id)
                .order_by(LogEntry.entry_date, LogEntry.id)
            )
            return [_log_entry_row(*row) for row in found]

    # -- registering and editing ---------------------------------------------------------------
    def register(self, values: Mapping[str, object], *, received_at: datetime) -> ComplaintRow:
        """A new complaint with the next case number of its year, status registered. Values not
        given take ``new_values``; without a deadline it is the received date plus the norm's
        working days. Without a unit: a unit manager's own unit, else the customer's unit."""
        self._require_writer()
        if received_at.tzinfo is not None:
            received_at = received_at.astimezone().replace(tzinfo=None)
        fields = _fields()
        if not YEAR_MIN <= received_at.year <= YEAR_MAX:
            raise _fail(
                N_("complaints", "{field} måste ligga mellan år {low} och {high}."),
                Field("received_at", tr("complaints", "Inkom")),
                low=YEAR_MIN,
                high=YEAR_MAX,
            )
        if received_at.date() > self._today():
            raise _fail(
                N_("complaints", "{field} kan inte vara ett datum i framtiden."),
                Field("received_at", tr("complaints", "Inkom")),
            )
        year = received_at.year
        with self._db.session() as s:
            self._lock_numbering(s, year)
            merged = _merge(self.new_values(), values)
            if merged["unit_id"] is None and merged["customer_id"] is not None:
                customer = s.get(Customer, merged["customer_id"])
                if customer is not None:
                    merged["unit_id"] = customer.unit_id
            if merged["deadline"] is None:
                merged["deadline"] = add_working_days(received_at.date(), self._deadline_days)
            _validate(s, merged, received_at.date(), fields)
            self._require_unit(_int(merged["unit_id"]))
            serial = (s.scalar(select(func.max(Complaint.serial)).where(Complaint.year == year)) or 0) + 1
            complaint = Complaint(
                year=year,
                serial=serial,
                case_number=case_number(year, serial),
                status=ComplaintStatus.REGISTERED,
                received_at=received_at,
                **merged,
            )
            s.add(complaint)
            s.flush()
            self._write_event(
                s, complaint, EventKind.REGISTERED, tr("complaints", "Registrerat"), received_at
            )
            return self._read(s, complaint.id, None)

    def update(self, complaint_id: int, expected_version: int, values: Mapping[str, object]) -> ComplaintRow:
        """Change the fields in ``values``; refused if the complaint changed since ``expected_version``."""
        self._require_writer()
        with self._db.session() as s:
            complaint = self._load_for_change(s, complaint_id, expected_version)
            merged = _merge(_values_of(complaint), values)
            _validate(s, merged, complaint.received_at.date(), _fields())
            self._require_unit(_int(merged["unit_id"]))
            for name in FIELD_NAMES:
                if getattr(complaint, name) != merged[name]:
                    setattr(complaint, name, merged[name])
            s.flush()
            return self._read(s, complaint.id, None)

    def add_event(self, complaint_id: int, text: str, kind: str = EventKind.NOTE) -> ComplaintEventRow:
        """A dated note in the complaint's event log, written now by the current user."""
        self._require_writer()
        try:
            event_kind = EventKind(kind)
        except ValueError:
            event_kind = None
        if event_kind not in USER_EVENT_KINDS:
            raise ValidationError(
                tr("complaints", "Välj en av händelsetyperna {kinds}.").format(
                    kinds=", ".join(quote_label(event_kind_label(k)) for k in USER_EVENT_KINDS)
                ),
                field="kind",
            )
        cleaned = unicodedata.normalize("NFC", text).strip()
        if not cleaned:
            raise ValidationError(tr("complaints", "Skriv en text i händelsen."), field="text")
        with self._db.session() as s:
            complaint = _complaint(s, complaint_id)
            self._require_unit(complaint.unit_id)
            event = self._write_event(s, complaint, event_kind, cleaned, self._event_time(complaint))
            return _event_row(event, False)

    # -- the status flow -----------------------------------------------------------------------
    def acknowledge(self, complaint_id: int, expected_version: int, on: date) -> ComplaintRow:
        """Receipt confirmed to the customer: registered → acknowledged."""
        with self._db.session() as s:
            complaint = self._step(s, complaint_id, expected_version, "acknowledge")
            self._check_day(
                on,
                "acknowledged_on",
                tr("complaints", "Bekräftad"),
                complaint.received_at.date(),
                tr("complaints", "Inkom"),
            )
            complaint.acknowledged_on = on
            complaint.status = ComplaintStatus.ACKNOWLEDGED
            self._write_event(
                s,
                complaint,
                EventKind.ACKNOWLEDGED,
                tr("complaints", "Mottagandet bekräftat {day}.").format(day=on.isoformat()),
                self._event_time(complaint),
            )
            return self._flushed(s, complaint)

    def start_investigation(self, complaint_id: int, expected_version: int) -> ComplaintRow:
        """acknowledged → investigating."""
        with self._db.session() as s:
            complaint = self._step(s, complaint_id, expected_version, "start_investigation")
            complaint.status = ComplaintStatus.INVESTIGATING
            self._write_event(
                s,
                complaint,
                EventKind.INVESTIGATING,
                tr("complaints", "Utredningen påbörjad."),
                self._event_time(complaint),
            )
            return self._flushed(s, complaint)

    def answer(self, complaint_id: int, expected_version: int, on: date, text: str) -> ComplaintRow:
        """The answer to the customer: acknowledged or investigating → answered."""
        cleaned = unicodedata.normalize("NFC", text).strip()
        with self._db.session() as s:
            complaint = self._step(s, complaint_id, expected_version, "answer")
            earliest = complaint.acknowledged_on or complaint.received_at.date()
            other = tr("complaints", "Bekräftad") if complaint.acknowledged_on else tr("complaints", "Inkom")
            self._check_day(on, "answered_on", tr("complaints", "Besvarad"), earliest, other)
            if not cleaned:
                raise ValidationError(
                    tr("complaints", "Fyll i {field}.").format(field=quote_label(tr("complaints", "Svar"))),
                    field="answer_text",
                )
            complaint.answered_on = on
            complaint.answer_text = cleaned
            complaint.status = ComplaintStatus.ANSWERED
            self._write_event(
                s,
                complaint,
                EventKind.ANSWERED,
                tr("complaints", "Besvarat {day}.").format(day=on.isoformat()),
                self._event_time(complaint),
            )
            return self._flushed(s, complaint)

    def close(
        self,
        complaint_id: int,
        expected_version: int,
        on: date,
        outcome: Outcome,
        customer_satisfied: bool | None,
    ) -> ComplaintRow:
        """answered → closed, with the result and whether the customer was satisfied (None: not known)."""
        with self._db.session() as s:
            complaint = self._step(s, complaint_id, expected_version, "close")
            assert complaint.answered_on is not None  # an answered complaint has its date
            self._check_day(
                on,
                "closed_on",
                tr("complaints", "Avslutad"),
                complaint.answered_on,
                tr("complaints", "Besvarad"),
            )
            try:
                outcome = Outcome(outcome)
            except ValueError:
                raise ValidationError(
                    tr("complaints", "Välj {field}.").format(field=quote_label(tr("complaints", "Resultat"))),
                    field="outcome",
                ) from None
            complaint.closed_on = on
            complaint.outcome = outcome
            complaint.customer_satisfied = customer_satisfied
            complaint.status = ComplaintStatus.CLOSED
            self._write_event(
                s,
                complaint,
                EventKind.CLOSED,
                tr("complaints", "Avslutat {day}: {outcome}.").format(
                    day=on.isoformat(), outcome=label(outcome).lower()
                ),
                self._event_time(complaint),
            )
            return self._flushed(s, complaint)

    def reopen(self, complaint_id: int, expected_version: int, reason: str) -> ComplaintRow:
        """closed → investigating again, for administrators and controllers; the reason is logged."""
        if not self.can_reopen:
            raise PermissionDenied(
                tr("complaints", "Bara en administratör eller controller kan öppna ett avslutat ärende igen.")
            )
        cleaned = unicodedata.normalize("NFC", reason).strip()
        if not cleaned:
            raise ValidationError(tr("complaints", "Ange varför ärendet öppnas igen."), field="reason")
        with self._db.session() as s:
            complaint = self._step(s, complaint_id, expected_version, "reopen")
            complaint.status = ComplaintStatus.INVESTIGATING
            complaint.closed_on = None
            complaint.outcome = None
            complaint.customer_satisfied = None
            self._write_event(
                s,
                complaint,
                EventKind.REOPENED,
                tr("complaints", "Öppnat igen: {reason}").format(reason=cleaned),
                self._event_time(complaint),
            )
            return self._flushed(s, complaint)

    # -- links to the customer log ---------------------------------------------------------------
    def link_log_entry(self, complaint_id: int, log_entry_id: int) -> LinkedLogEntry:
        """Link a customer-log entry to the complaint. The link is kept on the entry, so the user
        must be allowed to change both the complaint and the entry."""
        self._require_writer()
        with self._db.session() as s:
            complaint = _complaint(s, complaint_id)
            entry = self._log_entry_for_change(s, log_entry_id, complaint)
            if entry.complaint_id is not None and entry.complaint_id != complaint_id:
                other = s.get(Complaint, entry.complaint_id)
                raise ValidationError(
                    tr("complaints", "Kundloggsposten är redan kopplad till ärende {case}.").format(
                        case=other.case_number if other else "?"
                    ),
                    field="log_entry_id",
                )
            if complaint.customer_id is not None and complaint.customer_id != entry.customer_id:
                raise ValidationError(
                    tr("complaints", "Kundloggsposten gäller en annan kund än ärendet."), field="log_entry_id"
                )
            if entry.complaint_id != complaint_id:
                entry.complaint_id = complaint_id
                s.flush()
            return self._read_log_entry(s, log_entry_id)

    def unlink_log_entry(self, complaint_id: int, log_entry_id: int) -> None:
        self._require_writer()
        with self._db.session() as s:
            complaint = _complaint(s, complaint_id)
            entry = self._log_entry_for_change(s, log_entry_id, complaint)
            if entry.complaint_id != complaint_id:
                raise ValidationError(
                    tr("complaints", "Kundloggsposten är inte kopplad till ärende {case}.").format(
                        case=complaint.case_number
                    ),
                    field="log_entry_id",
                )
            entry.complaint_id = None
            s.flush()

    # -- figures ---------------------------------------------------------------------------------
    def per_month(self, year: int, unit_id: int | None = None) -> builtins.list[PeriodCount]:
        """Complaints received in each month of ``year``: always 12 counts."""
        days = self._received_days(Year(year), unit_id)
        months = Year(year).months()
        return [PeriodCount(m, sum(1 for d in days if m.contains(d))) for m in months]

    def per_tertial(self, year: int, unit_id: int | None = None) -> builtins.list[PeriodCount]:
        """Complaints received in each tertial of ``year``: always 3 counts."""
        days = self._received_days(Year(year), unit_id)
        tertials = [Tertial(year, number) for number in (1, 2, 3)]
        return [PeriodCount(t, sum(1 for d in days if t.contains(d))) for t in tertials]

    def compare_with_last_year(self, period: Period, unit_id: int | None = None) -> YearComparison:
        previous = period.same_period_last_year()
        return YearComparison(
            period,
            len(self._received_days(period, unit_id)),
            previous,
            len(self._received_days(previous, unit_id)),
        )

    def per_customer(self, period: Period, *, unit_id: int | None = None) -> builtins.list[GroupCount]:
        """Complaints per customer, most first; complaints without a customer as key None."""
        counts = self._grouped(period, unit_id, Complaint.customer_id, Customer.name, Customer)
        return _by_count(counts, tr("complaints", "(ingen kund)"))

    def per_process(self, period: Period, *, unit_id: int | None = None) -> builtins.list[GroupCount]:
        """Complaints per process, most first; complaints without a process as key None."""
        counts = self._grouped(period, unit_id, Complaint.process_id, Process.name, Process)
        return _by_count(counts, tr("complaints", "(ingen process)"))

    def per_category(self, period: Period, *, unit_id: int | None = None) -> builtins.list[GroupCount]:
        """Complaints per category: every category in order, zeros too, then "not set" if any."""
        return self._per_choice(period, unit_id, Complaint.category, Category)

    def per_cause(self, period: Period, *, unit_id: int | None = None) -> builtins.list[GroupCount]:
        """Complaints per error cause (own, customer, third party, system, unclear), zeros too, then
        "not set" if any."""
        return self._per_choice(period, unit_id, Complaint.error_cause, ErrorCause)

    def handling_times(self, period: Period, *, unit_id: int | None = None) -> HandlingTimes:
        query = select(Complaint.received_at, Complaint.answered_on, Complaint.closed_on, Complaint.deadline)
        query = _in_period(query, period, unit_id)
        with self._db.session() as s:
            found = s.execute(query).all()
        response = [(answered - received.date()).days for received, answered, _, _ in found if answered]
        lead = [(closed - received.date()).days for received, _, closed, _ in found if closed]
        measured = [answered <= deadline for _, answered, _, deadline in found if answered and deadline]
        within = sum(measured)
        return HandlingTimes(
            received=len(found),
            answered=len(response),
            closed=len(lead),
            median_response_days=_median(response),
            mean_response_days=_mean(response),
            median_lead_days=_median(lead),
            mean_lead_days=_mean(lead),
            answered_within_deadline=within,
            within_deadline_share=within / len(measured) if measured else None,
        )

    def recurring(self, months: int = 6, *, unit_id: int | None = None) -> builtins.list[RecurringGroup]:
        """Groups of two or more complaints with the same customer, process and root-cause code
        (compared without regard to case), each received within ``months`` months of the one
        before it; the group with the latest complaint first."""
        if months < 1:
            raise ValidationError(tr("complaints", "Ange minst en månad."), field="months")
        query = _select_rows().where(
            Complaint.customer_id.is_not(None),
            Complaint.process_id.is_not(None),
            Complaint.root_cause_code != "",
        )
        if unit_id is not None:
            query = query.where(Complaint.unit_id == unit_id)
        query = query.order_by(Complaint.received_at, Complaint.id)
        today = self._today()
        with self._db.session() as s:
            rows = [self._row(*found, today) for found in s.execute(query)]
        by_key: dict[tuple[int, int, str], builtins.list[ComplaintRow]] = defaultdict(builtins.list)
        for row in rows:
            assert row.customer_id is not None and row.process_id is not None
            by_key[(row.customer_id, row.process_id, row.root_cause_code.casefold())].append(row)
        groups: builtins.list[RecurringGroup] = []
        for (customer_id, process_id, _), found in by_key.items():
            run: builtins.list[ComplaintRow] = []
            for row in found:
                if run and row.received_on > _add_months(run[-1].received_on, months):
                    groups.extend(_group(customer_id, process_id, run))
                    run = []
                run.append(row)
            groups.extend(_group(customer_id, process_id, run))
        groups.sort(key=lambda g: (g.last_received, g.complaints[-1].id), reverse=True)
        return groups

    # -- helpers -------------------------------------------------------------------------------
    def _lock_numbering(self, s: Session, year: int) -> None:
        """Make concurrent registrations take their numbers one after the other. Must be the
        transaction's first statement."""
        if self._db.kind == "postgresql":
            # Held until commit; the next waiter's max(serial) then sees the committed row.
            s.execute(
                sql_text(
                    "SELECT pg_advisory_xact_lock(CAST(:lock_class AS integer), CAST(:year AS integer))"
                ),
                {"lock_class": _NUMBERING_LOCK_CLASS, "year": year},
            )
        else:
            # A write as the first statement takes SQLite's write lock at once, waiting out the busy
            # timeout if another writer has it; after a read first, the upgrade would fail instead.
            s.execute(sql_text("UPDATE complaint SET serial = serial WHERE 1 = 0"))

    def _require_writer(self) -> None:
        if not self.can_create:
            raise PermissionDenied(
                tr("complaints", "Du har bara läsbehörighet och kan inte ändra i klagomålsregistret.")
            )

    def _require_unit(self, unit_id: int | None) -> None:
        if not self._user.can_edit_unit(unit_id):
            raise PermissionDenied(tr("complaints", "Du kan bara ändra klagomål för din egen enhet."))

    def _load_for_change(self, s: Session, complaint_id: int, expected_version: int) -> Complaint:
        complaint = load_for_change(s, Complaint, complaint_id, expected_version)
        self._require_unit(complaint.unit_id)
        return complaint

    def _step(self, s: Session, complaint_id: int, expected_version: int, action: str) -> Complaint:
        """The complaint, if the user may change it and ``action`` is allowed from its status."""
        self._require_writer()
        complaint = self._load_for_change(s, complaint_id, expected_version)
        refusal = _refusal(action, complaint.status)
        if refusal:
            raise ValidationError(tr("complaints", refusal), field="status")
        return complaint

    def _check_day(self, day: date, field: str, what: str, earliest: date, earliest_what: str) -> None:
        if not isinstance(day, date):
            raise ValidationError(
                tr("complaints", "Ange ett datum för {field}.").format(field=quote_label(what)), field=field
            )
        if day < earliest:
            raise ValidationError(
                tr("complaints", "{field} kan inte vara före {other} ({day}).").format(
                    field=quote_label(what), other=quote_label(earliest_what), day=earliest.isoformat()
                ),
                field=field,
            )
        if day > self._today():
            raise ValidationError(
                tr("complaints", "{field} kan inte vara ett datum i framtiden.").format(
                    field=quote_label(what)
                ),
                field=field,
            )

    def _event_time(self, complaint: Complaint) -> datetime:
        """Events are dated when they are written (a step's own date is in its text), but never
        before the complaint came in, so that the log reads in time order."""
        return max(self._now(), complaint.received_at)

    def _write_event(
        self, s: Session, complaint: Complaint, kind: EventKind, event_text: str, at: datetime
    ) -> ComplaintEvent:
        event = ComplaintEvent(
            complaint_id=complaint.id,
            at=at,
            author=self._user.display_name or self._user.login,
            kind=kind.value,
            text=event_text,
        )
        s.add(event)
        s.flush()
        return event

    def _flushed(self, s: Session, complaint: Complaint) -> ComplaintRow:
        s.flush()
        return self._read(s, complaint.id, None)

    def _read(self, s: Session, complaint_id: int, today: date | None) -> ComplaintRow:
        found = s.execute(_select_rows().where(Complaint.id == complaint_id)).first()
        if found is None:
            raise NotFound(tr("complaints", "Ärendet finns inte längre; någon annan har tagit bort det."))
        return self._row(*found, today or self._today())

    def _row(
        self,
        c: Complaint,
        customer_name: str | None,
        process_name: str | None,
        unit_name: str,
        today: date,
    ) -> ComplaintRow:
        received = c.received_at.date()
        redacted = c.secret and not self.can_read_secret(c.unit_id)
        hidden = tr("complaints", SECRET_TEXT)

        def shown(value: str) -> str:
            return hidden if redacted else value

        acknowledge_by = add_working_days(received, self._acknowledge_days)
        return ComplaintRow(
            id=c.id,
            version=c.version,
            case_number=c.case_number,
            year=c.year,
            serial=c.serial,
            status=c.status,
            status_label=label(c.status),
            received_at=c.received_at,
            received_by=c.received_by,
            channel=c.channel,
            channel_label=label(c.channel),
            customer_id=c.customer_id,
            customer_name=customer_name or "",
            anonymous=c.anonymous,
            type=c.type,
            type_label=label(c.type),
            process_id=c.process_id,
            process_name=process_name or "",
            unit_id=c.unit_id,
            unit_name=unit_name,
            category=c.category,
            category_label=label(c.category) if c.category else "",
            reference=c.reference,
            severity=c.severity,
            severity_label=label(c.severity),
            acknowledged_on=c.acknowledged_on,
            acknowledge_by=acknowledge_by,
            responsible=c.responsible,
            deadline=c.deadline,
            justified=c.justified,
            error_cause=c.error_cause,
            error_cause_label=label(c.error_cause) if c.error_cause else "",
            root_cause_code=c.root_cause_code,
            improvement_link=c.improvement_link,
            answered_on=c.answered_on,
            outcome=c.outcome,
            outcome_label=label(c.outcome) if c.outcome else "",
            customer_satisfied=c.customer_satisfied,
            closed_on=c.closed_on,
            diary_number=c.diary_number,
            secret=c.secret,
            redacted=redacted,
            anonymised_on=c.anonymised_on,
            overdue=_is_overdue(c.status, c.deadline, today),
            response_days=(c.answered_on - received).days if c.answered_on else None,
            lead_days=(c.closed_on - received).days if c.closed_on else None,
            within_deadline=c.answered_on <= c.deadline if c.answered_on and c.deadline else None,
            acknowledged_in_time=c.acknowledged_on <= acknowledge_by if c.acknowledged_on else None,
            month=Month.of(received),
            tertial=Tertial.of(received),
            created_at=c.created_at,
            created_by=c.created_by,
            updated_at=c.updated_at,
            updated_by=c.updated_by,
            contact_person=shown(c.contact_person),
            description=shown(c.description),
            requested_action=shown(c.requested_action),
            root_cause_text=shown(c.root_cause_text),
            immediate_action=shown(c.immediate_action),
            corrective_action=shown(c.corrective_action),
            answer_text=shown(c.answer_text),
        )

    def _selected_ids(
        self,
        s: Session,
        filter: ComplaintFilter,
        order: ComplaintOrder,
        today: date,
        offset: int,
        limit: int | None,
    ) -> builtins.list[int]:
        """The ids of the complaints ``filter`` selects, in ``order``, from ``offset`` on. A search
        is matched here rather than in SQL, since what it may look in depends on the user's right
        to read each secret complaint and on Unicode case folding."""
        query = _filtered(
            select(Complaint.id)
            .outerjoin(Customer, Complaint.customer_id == Customer.id)
            .outerjoin(Process, Complaint.process_id == Process.id)
            .join(Unit, Complaint.unit_id == Unit.id),
            filter,
            today,
        )
        query = query.order_by(*_order_by(order))
        words = _search_words(filter.text)
        if not words:
            if offset:
                query = query.offset(offset)
            if limit is not None:
                query = query.limit(limit)
            return builtins.list(s.scalars(query))
        searched = query.add_columns(Complaint.secret, Complaint.unit_id, *_SEARCH_COLUMNS.values())
        names = builtins.list(_SEARCH_COLUMNS)
        ids = []
        for found in s.execute(searched):
            complaint_id, secret, unit_id, *texts = found
            redacted = secret and not self.can_read_secret(unit_id)
            values = {name: text or "" for name, text in zip(names, texts, strict=True)}
            shown = _SEARCHED if redacted else _SEARCHED + SECRET_FIELDS
            haystack = unicodedata.normalize("NFC", "\n".join(values[name] for name in shown)).casefold()
            if all(word in haystack for word in words):
                ids.append(complaint_id)
        return ids[offset : None if limit is None else offset + limit]

    def _log_entry_for_change(self, s: Session, log_entry_id: int, complaint: Complaint) -> LogEntry:
        self._require_unit(complaint.unit_id)
        entry = s.get(LogEntry, log_entry_id)
        if entry is None:
            raise NotFound(tr("complaints", "Kundloggsposten finns inte längre."))
        if not self._user.can_edit_unit(entry.unit_id):
            raise PermissionDenied(
                tr("complaints", "Du kan bara koppla kundloggsposter för din egen enhet till ett ärende.")
            )
        return entry

    def _read_log_entry(self, s: Session, log_entry_id: int) -> LinkedLogEntry:
        found = s.execute(_select_log_entries().where(LogEntry.id == log_entry_id)).one()
        return _log_entry_row(*found)

    def _received_days(self, period: Period, unit_id: int | None) -> builtins.list[date]:
        with self._db.session() as s:
            found = s.scalars(_in_period(select(Complaint.received_at), period, unit_id))
            return [received.date() for received in found]

    def _grouped(
        self,
        period: Period,
        unit_id: int | None,
        key: Any,
        name: Any,
        model: type[Customer] | type[Process],
    ) -> builtins.list[tuple[int | None, str | None, int]]:
        query = (
            select(key, name, func.count(Complaint.id))
            .select_from(Complaint)
            .outerjoin(model, key == model.id)
        )
        query = _in_period(query, period, unit_id).group_by(key, name)
        with self._db.session() as s:
            return [(row[0], row[1], int(row[2])) for row in s.execute(query)]

    def _per_choice(
        self, period: Period, unit_id: int | None, column: Any, enum_cls: type[enum.Enum]
    ) -> builtins.list[GroupCount]:
        query = _in_period(select(column, func.count(Complaint.id)), period, unit_id).group_by(column)
        with self._db.session() as s:
            counts: dict[Any, int] = {row[0]: int(row[1]) for row in s.execute(query)}
        result = [GroupCount(value.value, label(value), counts.get(value, 0)) for value in enum_cls]
        if counts.get(None):
            result.append(GroupCount(None, tr("complaints", "(ej angiven)"), counts[None]))
        return result


# -- queries -----------------------------------------------------------------------------------


def _select_rows() -> Select[Complaint, str | None, str | None, str]:
    return (
        select(Complaint, Customer.name, Process.name, Unit.name)
        .outerjoin(Customer, Complaint.customer_id == Customer.id)
        .outerjoin(Process, Complaint.process_id == Process.id)
        .join(Unit, Complaint.unit_id == Unit.id)
    )


def _select_log_entries() -> Select[LogEntry, str, str]:
    return (
        select(LogEntry, Customer.name, Unit.name)
        .join(Customer, LogEntry.customer_id == Customer.id)
        .join(Unit, LogEntry.unit_id == Unit.id)
    )


def _filtered(query: _Query, filter: ComplaintFilter, today: date) -> _Query:
    """``query`` restricted to what ``filter`` selects, but for its search text."""
    if filter.year is not None:
        query = query.where(Complaint.year == filter.year)
    for column, wanted in (
        (Complaint.unit_id, filter.unit_ids),
        (Complaint.customer_id, filter.customer_ids),
        (Complaint.process_id, filter.process_ids),
        (Complaint.status, filter.statuses),
        (Complaint.type, filter.types),
        (Complaint.category, filter.categories),
        (Complaint.error_cause, filter.error_causes),
    ):
        if wanted:
            query = query.where(column.in_(wanted))
    if filter.open_only:
        query = query.where(Complaint.status != ComplaintStatus.CLOSED)
    if filter.overdue_only:
        query = query.where(_overdue_condition(today))
    return query


def _rank(column: Any, enum_cls: type[enum.Enum]) -> Any:
    """The position of the column's value in its enum; an empty value after all the others."""
    return case(
        {value: position for position, value in enumerate(enum_cls)}, value=column, else_=len(enum_cls)
    )


_ORDER_KEYS: dict[str, tuple[Any, ...]] = {
    "case_number": (Complaint.year, Complaint.serial),
    "received_at": (Complaint.received_at,),
    "customer": (func.coalesce(Customer.name, ""),),
    "process": (func.coalesce(Process.name, ""),),
    "unit": (Unit.name,),
    "type": (_rank(Complaint.type, ComplaintType),),
    "category": (_rank(Complaint.category, Category),),
    "status": (_rank(Complaint.status, ComplaintStatus),),
    "deadline": (Complaint.deadline,),
    "responsible": (Complaint.responsible,),
    "severity": (_rank(Complaint.severity, Severity),),
}


def _order_by(order: ComplaintOrder) -> builtins.list[Any]:
    keys = [key.desc() if order.descending else key.asc() for key in _ORDER_KEYS[order.column]]
    return [*keys, Complaint.received_at.desc(), Complaint.id.desc()]


def _in_period(query: _Query, period: Period, unit_id: int | None) -> _Query:
    """Only complaints received in ``period`` (and of ``unit_id``)."""
    query = query.where(
        Complaint.received_at >= datetime.combine(period.start, time.min),
        Complaint.received_at < datetime.combine(period.end + timedelta(days=1), time.min),
    )
    if unit_id is not None:
        query = query.where(Complaint.unit_id == unit_id)
    return query


def _overdue_condition(today: date) -> ColumnElement[bool]:
    return (
        Complaint.status.in_(AWAITING_ANSWER) & Complaint.deadline.is_not(None) & (Complaint.deadline < today)
    )


def _is_overdue(status: ComplaintStatus, deadline: date | None, today: date) -> bool:
    return status in AWAITING_ANSWER and deadline is not None and deadline < today


def _complaint(s: Session, complaint_id: int) -> Complaint:
    complaint = s.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(tr("complaints", "Ärendet finns inte längre; någon annan har tagit bort det."))
    return complaint


def _event_row(event: ComplaintEvent, redacted: bool) -> ComplaintEventRow:
    return ComplaintEventRow(
        id=event.id,
        version=event.version,
        complaint_id=event.complaint_id,
        at=event.at,
        author=event.author,
        kind=event.kind,
        kind_label=event_kind_label(event.kind),
        text=tr("complaints", SECRET_TEXT) if redacted else event.text,
        redacted=redacted,
    )


def _log_entry_row(entry: LogEntry, customer_name: str, unit_name: str) -> LinkedLogEntry:
    return LinkedLogEntry(
        id=entry.id,
        version=entry.version,
        entry_date=entry.entry_date,
        customer_id=entry.customer_id,
        customer_name=customer_name,
        unit_id=entry.unit_id,
        unit_name=unit_name,
        author=entry.author,
        kind=entry.kind,
        kind_label=tr("customer_log", LOG_KIND_LABELS[entry.kind]),
        subject=entry.subject,
        text=entry.text,
    )


# -- the status flow's rules -------------------------------------------------------------------

_ALLOWED_FROM = {
    "acknowledge": {ComplaintStatus.REGISTERED},
    "start_investigation": {ComplaintStatus.ACKNOWLEDGED},
    "answer": {ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING},
    "close": {ComplaintStatus.ANSWERED},
    "reopen": {ComplaintStatus.CLOSED},
}


def _refusal(action: str, status: ComplaintStatus) -> str:
    """Why ``action`` cannot be taken in ``status`` (untranslated), or "" when it can."""
    if status in _ALLOWED_FROM[action]:
        return ""
    if action == "reopen":
        return N_("complaints", "Bara ett avslutat ärende kan öppnas igen.")
    if status is ComplaintStatus.CLOSED:
        return N_("complaints", "Ärendet är redan avslutat.")
    if action == "acknowledge":
        return N_("complaints", "Ärendet är redan bekräftat.")
    if action == "close":
        return N_("complaints", "Ärendet måste besvaras innan det kan avslutas.")
    if status is ComplaintStatus.ANSWERED:
        return N_("complaints", "Ärendet är redan besvarat.")
    if status is ComplaintStatus.REGISTERED:
        if action == "answer":
            return N_("complaints", "Bekräfta mottagandet innan ärendet besvaras.")
        return N_("complaints", "Bekräfta mottagandet innan utredningen påbörjas.")
    return N_("complaints", "Utredningen är redan påbörjad.")


# -- validation --------------------------------------------------------------------------------


def _fields() -> dict[str, Field]:
    return {f.name: f for f in complaint_fields()}


def _empty(f: Field) -> object:
    if f.kind is FieldKind.TEXT:
        return ""
    if f.kind is FieldKind.BOOL:
        return False
    return None


def _values_of(complaint: Complaint) -> Values:
    return {name: getattr(complaint, name) for name in FIELD_NAMES}


def _merge(current: Values, values: Mapping[str, object]) -> Values:
    unknown = set(values) - set(FIELD_NAMES)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    fields = _fields()
    merged = dict(current)
    for name, raw in values.items():
        merged[name] = _parse(fields[name], raw)
    return merged


def _parse(f: Field, raw: object) -> object:
    if f.kind is FieldKind.TEXT:
        return "" if raw is None else unicodedata.normalize("NFC", str(raw)).strip()
    if f.kind is FieldKind.BOOL:
        if not isinstance(raw, bool):
            raise _fail(N_("complaints", "{field} måste vara ja eller nej."), f)
        return raw
    if f.kind is FieldKind.DATE:
        return parse_date(raw, f)
    if raw is None or raw == "":
        return None
    if f.name == "justified":
        if isinstance(raw, bool):
            return raw
    elif f.kind is FieldKind.CHOICE:
        if isinstance(raw, str):
            try:
                return _CHOICE_ENUMS[f.name](raw)  # a member too: the enums are str enums
            except ValueError:
                pass
    elif isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    raise _fail(N_("complaints", "Välj ett av alternativen i {field}."), f)


_int = optional_int


def _fail(message: str, f: Field, **extra: Any) -> ValidationError:
    return field_error("complaints", message, f, **extra)


def _validate(s: Session, values: Values, received: date, fields: Mapping[str, Field]) -> None:
    """Check parsed values against the rules, in the order of the form."""
    for name in ("channel", "type", "severity"):
        if values[name] is None:
            raise _fail(N_("complaints", "Välj {field}."), fields[name])
    if not values["description"]:
        raise _fail(N_("complaints", "Fyll i {field}."), fields["description"])
    for name, f in fields.items():
        limit = f.max_length
        if limit is not None and len(str(values[name])) > limit:
            raise _fail(N_("complaints", "{field} får vara högst {count} tecken."), f, count=limit)

    customer_id = values["customer_id"]
    if customer_id is None and not values["anonymous"]:
        raise _fail(N_("complaints", "Välj {field} eller markera ”Anonym”."), fields["customer_id"])
    if customer_id is not None and s.get(Customer, customer_id) is None:
        raise _fail(
            N_("complaints", "Kunden i {field} finns inte längre. Läs in igen."), fields["customer_id"]
        )
    if values["anonymous"] and values["contact_person"]:
        raise _fail(
            N_("complaints", "{field} ska vara tom när klagomålet är anonymt."), fields["contact_person"]
        )
    if values["process_id"] is not None and s.get(Process, values["process_id"]) is None:
        raise _fail(
            N_("complaints", "Processen i {field} finns inte längre. Läs in igen."), fields["process_id"]
        )
    if values["unit_id"] is None:
        raise _fail(N_("complaints", "Välj {field}."), fields["unit_id"])
    if s.get(Unit, values["unit_id"]) is None:
        raise _fail(N_("complaints", "Enheten i {field} finns inte längre. Läs in igen."), fields["unit_id"])

    deadline = values["deadline"]
    if not isinstance(deadline, date):
        raise _fail(N_("complaints", "Fyll i {field}."), fields["deadline"])
    if deadline < received:
        raise _fail(
            N_("complaints", "{field} kan inte vara före inkomstdagen ({day})."),
            fields["deadline"],
            day=received.isoformat(),
        )
    if deadline.year > YEAR_MAX:
        raise _fail(
            N_("complaints", "{field} måste ligga mellan år {low} och {high}."),
            fields["deadline"],
            low=YEAR_MIN,
            high=YEAR_MAX,
        )


# -- search and figures ------------------------------------------------------------------------

# The row's fields free-text search looks in; SECRET_FIELDS only when the row is not redacted.
_SEARCHED = (
    "case_number",
    "customer_name",
    "process_name",
    "unit_name",
    "reference",
    "diary_number",
    "responsible",
    "received_by",
    "root_cause_code",
    "improvement_link",
)


# Where ``_SEARCHED`` and ``SECRET_FIELDS`` come from in the query, for searching without reading whole rows.
_SEARCH_COLUMNS: dict[str, Any] = {
    "case_number": Complaint.case_number,
    "customer_name": Customer.name,
    "process_name": Process.name,
    "unit_name": Unit.name,
    "reference": Complaint.reference,
    "diary_number": Complaint.diary_number,
    "responsible": Complaint.responsible,
    "received_by": Complaint.received_by,
    "root_cause_code": Complaint.root_cause_code,
    "improvement_link": Complaint.improvement_link,
    **{name: getattr(Complaint, name) for name in SECRET_FIELDS},
}
assert set(_SEARCH_COLUMNS) == set(_SEARCHED + SECRET_FIELDS)


def _search_words(raw: str) -> builtins.list[str]:
    return unicodedata.normalize("NFC", raw).casefold().split()


def _median(values: builtins.list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _mean(values: builtins.list[int]) -> float | None:
    return float(statistics.fmean(values)) if values else None


def _by_count(
    counts: Iterable[tuple[int | None, str | None, int]], none_label: str
) -> builtins.list[GroupCount]:
    groups = [
        GroupCount(key, name if key is not None and name else none_label, count)
        for key, name, count in counts
    ]
    groups.sort(key=lambda g: (-g.count, g.key is None, swedish_sort_key(g.label)))
    return groups


def _add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months on; the 31st becomes the last of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year > date.max.year:
        return date.max
    return date(year, month + 1, min(day.day, Month(year, month + 1).days))


def _group(
    customer_id: int, process_id: int, run: builtins.list[ComplaintRow]
) -> builtins.list[RecurringGroup]:
    if len(run) < 2:
        return []
    first = run[0]
    return [
        RecurringGroup(
            customer_id=customer_id,
            customer_name=first.customer_name,
            process_id=process_id,
            process_name=first.process_name,
            root_cause_code=run[-1].root_cause_code,
            complaints=tuple(run),
        )
    ]
