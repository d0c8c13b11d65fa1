"""Retention: closed complaints past the retention time lose their personal data, keep their statistics."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import PermissionDenied, ValidationError
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
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.models.users import AuditRecord, Role
from ekadm_desktop.services.retention import (
    AUDIT_REASON_PREFIX,
    EVENT_TEXTS,
    PURGED_TEXT,
    RetentionService,
    months_before,
)
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.settings import AppPaths, Settings, load_settings, save_settings

TODAY = date(2013, 6, 15)
CONTACT = "Anna Andersson, ekonom"
STATISTICS = (
    "case_number",
    "status",
    "received_at",
    "received_by",
    "channel",
    "customer_id",
    "type",
    "process_id",
    "unit_id",
    "category",
    "reference",
    "severity",
    "acknowledged_on",
    "responsible",
    "deadline",
    "justified",
    "error_cause",
    "root_cause_code",
    "improvement_link",
    "answered_on",
    "outcome",
    "customer_satisfied",
    "closed_on",
    "diary_number",
    "secret",
)


def add_complaint(database: Database, serial: int, *, closed_on: date | None) -> int:
    with database.session() as s:
        customer = s.scalars(select(Customer).order_by(Customer.id)).first()
        assert customer is not None
        complaint = Complaint(
            year=2010,
            serial=serial,
            case_number=f"K-2010-{serial:04d}",
            status=ComplaintStatus.CLOSED if closed_on else ComplaintStatus.INVESTIGATING,
            received_at=datetime(2010, 11, 2, 9, 30),
            received_by="handlaggare1",
            channel=Channel.PHONE,
            customer_id=customer.id,
            contact_person=CONTACT,
            anonymous=False,
            type=ComplaintType.COMPLAINT,
            unit_id=customer.unit_id,
            category=Category.LEAD_TIME,
            description="Anna Andersson ringde om en faktura som betalats två gånger.",
            requested_action="Återbetalning till Anna.",
            reference="Faktura 4711",
            severity=Severity.NORMAL,
            acknowledged_on=date(2010, 11, 3),
            responsible="chef1",
            deadline=date(2010, 11, 16),
            justified=True,
            error_cause=ErrorCause.OWN,
            root_cause_code="DUBBEL",
            root_cause_text="Dubbelregistrering hos oss.",
            immediate_action="Beloppet återbetalat till Anna.",
            corrective_action="",  # empty: stays empty
            improvement_link="Processgrupp leverantörsreskontra",
            answered_on=date(2010, 11, 10),
            answer_text="Hej Anna! Vi ber om ursäkt.",
            outcome=Outcome.CORRECTED,
            customer_satisfied=True,
            closed_on=closed_on,
            diary_number="SF 2010/123",
        )
        complaint.events = [
            ComplaintEvent(at=datetime(2010, 11, 2, 9, 31), author="chef1", text="Anna ringde."),
            ComplaintEvent(at=datetime(2010, 11, 3, 10, 0), author="chef1", kind="acknowledged", text=""),
        ]
        s.add(complaint)
        s.flush()
        return complaint.id


@pytest.fixture
def three(database: Database) -> tuple[int, int, int]:
    """Closed 30 months ago, closed 10 months ago, still open."""
    old = add_complaint(database, 1, closed_on=months_before(TODAY, 30))
    recent = add_complaint(database, 2, closed_on=months_before(TODAY, 10))
    still_open = add_complaint(database, 3, closed_on=None)
    return old, recent, still_open


def snapshot(database: Database) -> tuple[list[dict[str, object]], int]:
    with database.session() as s:
        complaints = [
            {c.key: getattr(row, c.key) for c in Complaint.__table__.columns}
            | {"events": [(e.author, e.text) for e in row.events]}
            for row in s.scalars(select(Complaint).order_by(Complaint.id))
        ]
        audits = s.scalar(select(func.count()).select_from(AuditRecord)) or 0
    return complaints, audits


def test_only_the_old_closed_complaint_is_a_candidate(
    database: Database, admin_user: CurrentUser, three: tuple[int, int, int]
) -> None:
    old, _recent, _open = three
    before = snapshot(database)
    service = RetentionService(database, admin_user)
    [candidate] = service.candidates(TODAY, 24)
    assert candidate.id == old and candidate.case_number == "K-2010-0001"
    assert candidate.closed_on == date(2010, 12, 15) and candidate.customer
    assert candidate.fields == (
        "contact_person",
        "description",
        "requested_action",
        "root_cause_text",
        "immediate_action",
        "answer_text",
        EVENT_TEXTS,
    )
    assert candidate.event_texts == 1
    assert (
        candidate.field_labels()[0] == "kontaktperson" and candidate.field_labels()[-1] == "händelselogg (1)"
    )
    assert snapshot(database) == before  # listing changes nothing, audit trail included
    assert [c.id for c in service.candidates(TODAY, 9)] == [old, _recent]


def test_purge_blanks_the_personal_fields_and_keeps_the_statistics(
    database: Database, admin_user: CurrentUser, three: tuple[int, int, int]
) -> None:
    old, recent, still_open = three
    (before, audits_before) = snapshot(database)
    result = RetentionService(database, admin_user).purge(TODAY, 24)
    assert result.case_numbers == ("K-2010-0001",) and result.complaints == 1
    assert result.cutoff == date(2011, 6, 15) and result.fields == 6 and result.event_texts == 1

    (after, audits_after) = snapshot(database)
    purged, untouched = after[0], after[1:]
    assert untouched == before[1:]  # the recent and the open complaint are as they were
    assert purged["contact_person"] == "" and purged["anonymous"] is False  # "anonymous" keeps its meaning
    for name in ("description", "requested_action", "root_cause_text", "immediate_action", "answer_text"):
        assert purged[name] == PURGED_TEXT
    assert purged["corrective_action"] == ""  # was empty, stays empty
    assert purged["anonymised_on"] == TODAY
    assert purged["events"] == [("chef1", PURGED_TEXT), ("chef1", "")]
    for name in STATISTICS:
        assert purged[name] == before[0][name], name

    with database.session() as s:
        records = s.scalars(select(AuditRecord).where(AuditRecord.id > audits_before)).all()
    assert len(records) == audits_after - audits_before == 2  # the complaint and one event
    assert sorted((r.table_name, r.action) for r in records) == [
        ("complaint", "update"),
        ("complaint_event", "update"),
    ]
    assert all(r.reason.startswith(AUDIT_REASON_PREFIX) and "2011-06-15" in r.reason for r in records)
    [complaint_audit] = [r for r in records if r.table_name == "complaint"]
    assert complaint_audit.row_id == str(old)
    assert complaint_audit.changes["description"] == [None, PURGED_TEXT]
    assert complaint_audit.changes["anonymised_on"] == [None, TODAY.isoformat()]
    assert "received_by" not in complaint_audit.changes and "closed_on" not in complaint_audit.changes
    # The purge does not copy the data it removes into the audit trail.
    text = json.dumps([r.changes for r in records], ensure_ascii=False)
    assert "Anna" not in text
    # ... and erases it from the earlier records of the purged complaint and its events too,
    # keeping that the fields were set, by whom and when; the other complaints' trails are kept.
    with database.session() as s:
        event_ids = {
            str(i) for i in s.scalars(select(ComplaintEvent.id).where(ComplaintEvent.complaint_id == old))
        }
        trail = s.scalars(select(AuditRecord).where(AuditRecord.id <= audits_before)).all()
    purged_trail = [
        r
        for r in trail
        if (r.table_name == "complaint" and r.row_id == str(old))
        or (r.table_name == "complaint_event" and r.row_id in event_ids)
    ]
    assert purged_trail and "Anna" not in json.dumps([r.changes for r in purged_trail], ensure_ascii=False)
    inserted = next(r for r in purged_trail if r.table_name == "complaint" and r.action == "insert")
    assert inserted.changes["contact_person"] == [None, PURGED_TEXT]
    assert inserted.changes["reference"] == [None, "Faktura 4711"]  # not personal: kept
    recent_insert = next(r for r in trail if r.table_name == "complaint" and r.row_id == str(recent))
    assert "Anna" in json.dumps(recent_insert.changes, ensure_ascii=False)

    service = RetentionService(database, admin_user)
    assert service.candidates(TODAY, 24) == []
    again = service.purge(TODAY, 24)
    assert again.complaints == 0 and again.fields == 0 and again.event_texts == 0
    assert snapshot(database)[1] == audits_after  # nothing more written
    assert still_open and recent


@pytest.mark.parametrize("role", [Role.READER, Role.UNIT_MANAGER, Role.CONTROLLER])
def test_only_an_administrator_purges(
    database: Database, admin_user: CurrentUser, three: tuple[int, int, int], role: Role
) -> None:
    before = snapshot(database)
    user = CurrentUser(admin_user.id + 100, "lasare", "Läsare", role, None)
    service = RetentionService(database, user)
    assert len(service.candidates(TODAY, 24)) == 1  # listing shows no personal data
    with pytest.raises(PermissionDenied) as caught:
        service.purge(TODAY, 24)
    assert "administratör" in caught.value.message
    assert snapshot(database) == before


@pytest.mark.parametrize("months", [0, -3])
def test_the_retention_time_is_at_least_a_month(
    database: Database, admin_user: CurrentUser, three: tuple[int, int, int], months: int
) -> None:
    before = snapshot(database)
    service = RetentionService(database, admin_user)
    for call in (service.candidates, service.purge):
        with pytest.raises(ValidationError) as caught:
            call(TODAY, months)
        assert caught.value.field == "months" and "minst en månad" in caught.value.message
    assert snapshot(database) == before


def test_months_before_counts_calendar_months() -> None:
    assert months_before(date(2012, 12, 31), 24) == date(2010, 12, 31)
    assert months_before(date(2013, 8, 31), 6) == date(2013, 2, 28)
    assert months_before(date(2012, 8, 31), 6) == date(2012, 2, 29)
    assert months_before(date(2013, 1, 15), 1) == date(2012, 12, 15)
    assert months_before(date(2013, 1, 15), 10**6) == date.min


def test_the_retention_setting() -> None:
    paths = AppPaths.default()
    assert load_settings(paths).retention_months == Settings().retention_months == 24
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('language = "sv"\n[database]\nkind = "sqlite"\n', encoding="utf-8")
    assert load_settings(paths).retention_months == 24  # a file from before the setting
    for bad in ("0", "-1", '"36"', "36.0", "true"):
        paths.settings_file.write_text(f"retention_months = {bad}\n", encoding="utf-8")
        assert load_settings(paths).retention_months == 24, bad
    settings = Settings(retention_months=36)
    save_settings(paths, settings)
    assert load_settings(paths) == settings
