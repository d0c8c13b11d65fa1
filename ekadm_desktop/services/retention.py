"""Retention (gallring): the personal data of complaints closed longer ago than the retention time.

A complaint is a public record, and the personal data in it falls under GDPR: it may be kept only
as long as it is needed. After the retention time (``Settings.retention_months``, 24 months by
default) a closed complaint is *anonymised*, not deleted, so the statistics still count it.

What is removed (the complainant's personal data and the free texts that may hold it):

* ``contact_person`` becomes empty;
* ``description``, ``requested_action``, ``answer_text``, ``root_cause_text``,
  ``immediate_action`` and ``corrective_action`` become ``(gallrat)`` where they hold text;
* the text of every event in the complaint's event log becomes ``(gallrat)``.

What is kept: the case number, the dates (received, acknowledged, deadline, answered, closed), the
channel, type, customer (a department, not a person), process, unit, category, severity, whether it
was justified, the error cause, the root-cause *code*, the outcome, whether the customer was
satisfied, the reference (invoice or supplier number), the diary number and the secrecy flag.
``received_by``, ``responsible`` and the events' authors are kept too: they are the logins of the
staff who handled the case, not the complainant's personal data, and they show who did what.
Entries in the customer log that link to a complaint are left alone; the customer log is a
record of its own.

The purge is one transaction with the audit reason ``GDPR-gallring: …``; the session hook writes
an audit record for every changed row. The purged columns are never loaded from the database, so
those audit records hold only the new values (``[null, "(gallrat)"]``) and the purge does not copy
the personal data it removes into the audit trail.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, load_only

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import PermissionDenied, ValidationError
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.models.complaints import Complaint, ComplaintEvent, ComplaintStatus
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.models.users import AuditRecord
from ekadm_desktop.services.users import CurrentUser

# What a purged text field holds afterwards. Stored data, so the same in every language.
PURGED_TEXT = "(gallrat)"
AUDIT_REASON_PREFIX = "GDPR-gallring: "

# The complaint columns with personal data, in the order of the form. Those in EMPTIED_FIELDS are
# emptied, the others replaced by PURGED_TEXT.
EMPTIED_FIELDS = frozenset({"contact_person"})
PERSONAL_FIELDS = (
    "contact_person",
    "description",
    "requested_action",
    "root_cause_text",
    "immediate_action",
    "corrective_action",
    "answer_text",
)
# Ids per ``IN (…)`` list: well below SQLite's limit on bound parameters.
CHUNK = 500
_T = TypeVar("_T")
# The pseudo-field for the texts of a complaint's event log, in ``PurgeCandidate.fields``.
EVENT_TEXTS = "events"

FIELD_LABELS = {
    "contact_person": N_("retention", "kontaktperson"),
    "description": N_("retention", "beskrivning"),
    "requested_action": N_("retention", "önskad åtgärd"),
    "root_cause_text": N_("retention", "rotorsak (text)"),
    "immediate_action": N_("retention", "omedelbar åtgärd"),
    "corrective_action": N_("retention", "korrigerande åtgärd"),
    "answer_text": N_("retention", "svar"),
    EVENT_TEXTS: N_("retention", "händelselogg"),
}


def field_label(name: str) -> str:
    """The Swedish (or installed language's) label of a field in ``PurgeCandidate.fields``."""
    return tr("retention", FIELD_LABELS[name])


@dataclass(frozen=True)
class PurgeCandidate:
    """A closed complaint past the retention time, not yet anonymised."""

    id: int
    case_number: str
    closed_on: date
    customer: str  # the customer's (department's) name; empty when the complaint has none
    fields: tuple[str, ...]  # names from PERSONAL_FIELDS (and EVENT_TEXTS) that hold data now
    event_texts: int  # how many events of its log have a text

    def field_labels(self) -> list[str]:
        labels = []
        for name in self.fields:
            label = field_label(name)
            labels.append(f"{label} ({self.event_texts})" if name == EVENT_TEXTS else label)
        return labels


@dataclass(frozen=True)
class PurgeResult:
    today: date
    months: int
    cutoff: date  # complaints closed before this day were anonymised
    case_numbers: tuple[str, ...]
    fields: int  # complaint fields emptied or replaced
    event_texts: int  # event texts replaced

    @property
    def complaints(self) -> int:
        return len(self.case_numbers)


def months_before(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months back; the 31st becomes the last of a shorter month.

    Before the year 1 the answer is ``date.min``.
    """
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    if year < 1:
        return date.min
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _has_text(column: ColumnElement[str] | InstrumentedAttribute[str]) -> ColumnElement[bool]:
    return and_(column != "", column != PURGED_TEXT)


def _personal_flags() -> list[ColumnElement[bool]]:
    """One boolean per PERSONAL_FIELDS column: does it hold personal data now (computed in SQL)."""
    flags = []
    for name in PERSONAL_FIELDS:
        column: InstrumentedAttribute[str] = getattr(Complaint, name)
        flags.append(column != "" if name in EMPTIED_FIELDS else _has_text(column))
    return flags


def _due(cutoff: date) -> ColumnElement[bool]:
    return and_(
        Complaint.status == ComplaintStatus.CLOSED,
        Complaint.closed_on.is_not(None),
        Complaint.closed_on < cutoff,
        Complaint.anonymised_on.is_(None),
    )


class RetentionService:
    """Finds and anonymises the closed complaints past the retention time.

    Everyone may list the candidates (the list shows no personal data); only an administrator
    may purge.
    """

    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    @staticmethod
    def cutoff(today: date, months: int) -> date:
        """Complaints closed before this day are past the retention time."""
        _check_months(months)
        return months_before(today, months)

    def candidates(self, today: date, months: int) -> list[PurgeCandidate]:
        """The closed complaints with ``closed_on`` before ``months`` calendar months before
        ``today`` that are not anonymised yet, oldest first, with the fields a purge would change."""
        cutoff = self.cutoff(today, months)
        with self._db.session() as s:
            rows = s.execute(
                select(
                    Complaint.id,
                    Complaint.case_number,
                    Complaint.closed_on,
                    Customer.name,
                    *_personal_flags(),
                )
                .outerjoin(Customer, Complaint.customer_id == Customer.id)
                .where(_due(cutoff))
                .order_by(Complaint.closed_on, Complaint.case_number)
            ).all()
            events: dict[int, int] = {}
            for chunk in _chunks([row[0] for row in rows]):
                query = (
                    select(ComplaintEvent.complaint_id, func.count())
                    .where(_has_text(ComplaintEvent.text), ComplaintEvent.complaint_id.in_(chunk))
                    .group_by(ComplaintEvent.complaint_id)
                )
                events.update((complaint_id, int(count)) for complaint_id, count in s.execute(query))
        result = []
        for row in rows:
            complaint_id, case_number, closed_on, customer = row[:4]
            assert closed_on is not None  # the query asks for closed complaints
            fields = [name for name, flag in zip(PERSONAL_FIELDS, row[4:], strict=True) if flag]
            count = events.get(complaint_id, 0)
            if count:
                fields.append(EVENT_TEXTS)
            result.append(
                PurgeCandidate(complaint_id, case_number, closed_on, customer or "", tuple(fields), count)
            )
        return result

    def purge(self, today: date, months: int) -> PurgeResult:
        """Anonymise every candidate in one transaction (see the module's docstring for what
        changes) and set its ``anonymised_on`` to ``today``. Administrators only."""
        if not self._user.is_administrator:
            raise PermissionDenied(tr("retention", "Bara en administratör får gallra personuppgifter."))
        cutoff = self.cutoff(today, months)
        case_numbers: list[str] = []
        changed_fields = 0
        event_texts = 0
        with self._db.session(reason=audit_reason(months, cutoff)) as s:
            # The personal columns are not loaded: setting them then leaves no old value in the
            # attribute history, so the audit records do not repeat the data being removed.
            rows = s.execute(
                select(Complaint, *_personal_flags())
                .options(
                    load_only(
                        Complaint.id,
                        Complaint.case_number,
                        Complaint.anonymous,
                        Complaint.anonymised_on,
                        Complaint.version,
                    )
                )
                .where(_due(cutoff))
                .order_by(Complaint.closed_on, Complaint.case_number)
            ).all()
            complaints: list[Complaint] = [row[0] for row in rows]
            # The events by the ids just read, so events and complaints are the same set.
            for chunk in _chunks([c.id for c in complaints]):
                events = s.scalars(
                    select(ComplaintEvent)
                    .options(
                        load_only(ComplaintEvent.id, ComplaintEvent.complaint_id, ComplaintEvent.version)
                    )
                    .where(_has_text(ComplaintEvent.text), ComplaintEvent.complaint_id.in_(chunk))
                ).all()
                for event in events:
                    event.text = PURGED_TEXT
                event_texts += len(events)
            for row in rows:
                complaint = row[0]
                for name, flag in zip(PERSONAL_FIELDS, row[1:], strict=True):
                    if flag:
                        setattr(complaint, name, "" if name in EMPTIED_FIELDS else PURGED_TEXT)
                        changed_fields += 1
                complaint.anonymised_on = today
                case_numbers.append(complaint.case_number)
            s.flush()
            _redact_audit_trail(s, [c.id for c in complaints])
        return PurgeResult(today, months, cutoff, tuple(case_numbers), changed_fields, event_texts)


def _redact_audit_trail(s: Session, complaint_ids: Sequence[int]) -> None:
    """Earlier audit records of these complaints and their events still hold the old values of
    the personal fields; erasure has to reach them too. The record of *that* a field changed,
    who changed it and when stays; only the values become ``(gallrat)``."""
    personal = {"complaint": set(PERSONAL_FIELDS), "complaint_event": {"text"}}
    for chunk in _chunks(complaint_ids):
        event_ids = s.scalars(select(ComplaintEvent.id).where(ComplaintEvent.complaint_id.in_(chunk))).all()
        keys = [("complaint", str(i)) for i in chunk] + [("complaint_event", str(i)) for i in event_ids]
        for table_name in personal:
            row_ids = [row_id for table, row_id in keys if table == table_name]
            for part in _chunks(row_ids):
                records = s.scalars(
                    select(AuditRecord).where(
                        AuditRecord.table_name == table_name, AuditRecord.row_id.in_(part)
                    )
                ).all()
                for record in records:
                    redacted = {
                        name: [_redact_value(v) for v in pair] if name in personal[table_name] else pair
                        for name, pair in record.changes.items()
                    }
                    if redacted != record.changes:
                        record.changes = redacted


def _redact_value(value: object) -> object:
    return PURGED_TEXT if value not in (None, "") else value


def _chunks(ids: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def audit_reason(months: int, cutoff: date) -> str:
    """The reason written into the audit records of a purge (stored data, so not translated)."""
    return (
        f"{AUDIT_REASON_PREFIX}avslutade klagomål äldre än {months} månader "
        f"(avslutade före {cutoff.isoformat()}) anonymiserade"
    )


def _check_months(months: int) -> None:
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise ValidationError(
            tr("retention", "Lagringstiden måste vara minst en månad (angiven: {months}).").format(
                months=months
            ),
            field="months",
        )
