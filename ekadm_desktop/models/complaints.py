"""The complaint register (klagomålsregister) and each complaint's event log."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ekadm_desktop.models.base import Base, Editable
from ekadm_desktop.models.reference import Customer, Process, Unit, enum_column


class Channel(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    MEETING = "meeting"
    WEB = "web"
    ERP_CASE = "erp_case"


class ComplaintType(enum.StrEnum):
    COMPLAINT = "complaint"  # klagomål
    FEEDBACK = "feedback"  # synpunkt
    PRAISE = "praise"  # beröm
    SUGGESTION = "suggestion"  # förslag
    QUESTION = "question"  # fråga


class Category(enum.StrEnum):
    LEAD_TIME = "lead_time"  # handläggningstid
    HANDLING_ERROR = "handling_error"  # fel i handläggning
    TREATMENT = "treatment"  # bemötande
    ACCESSIBILITY = "accessibility"  # tillgänglighet
    INFORMATION = "information"  # information
    SYSTEM = "system"  # system
    OTHER = "other"


class Severity(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class ErrorCause(enum.StrEnum):
    OWN = "own"  # eget fel
    CUSTOMER = "customer"  # kundens fel
    THIRD_PARTY = "third_party"  # tredje part
    SYSTEM = "system"  # system (ERP)
    UNCLEAR = "unclear"  # oklart


class ComplaintStatus(enum.StrEnum):
    REGISTERED = "registered"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    ANSWERED = "answered"
    CLOSED = "closed"


class Outcome(enum.StrEnum):
    ROUTINE_CHANGED = "routine_changed"
    NO_CHANGE = "no_change"
    CORRECTED = "corrected"
    OTHER = "other"


class Complaint(Editable, Base):
    __tablename__ = "complaint"
    __table_args__ = (UniqueConstraint("year", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Ärendenummer K-<year>-<serial:04d>, running per year.
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    case_number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[ComplaintStatus] = mapped_column(enum_column(ComplaintStatus, "complaint_status"))

    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    received_by: Mapped[str] = mapped_column(String(100), default="")
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "complaint_channel"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    contact_person: Mapped[str] = mapped_column(String(100), default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    type: Mapped[ComplaintType] = mapped_column(enum_column(ComplaintType, "complaint_type"))
    process_id: Mapped[int | None] = mapped_column(ForeignKey("process.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    category: Mapped[Category | None] = mapped_column(enum_column(Category, "complaint_category"))
    description: Mapped[str] = mapped_column(Text, default="")
    requested_action: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(200), default="")
    severity: Mapped[Severity] = mapped_column(enum_column(Severity, "complaint_severity"))

    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(100), default="")
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    justified: Mapped[bool | None] = mapped_column(Boolean)
    error_cause: Mapped[ErrorCause | None] = mapped_column(enum_column(ErrorCause, "complaint_error_cause"))
    root_cause_code: Mapped[str] = mapped_column(String(32), default="")
    root_cause_text: Mapped[str] = mapped_column(Text, default="")
    immediate_action: Mapped[str] = mapped_column(Text, default="")
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    improvement_link: Mapped[str] = mapped_column(String(200), default="")
    answered_on: Mapped[date | None] = mapped_column(Date)
    answer_text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome, "complaint_outcome"))
    customer_satisfied: Mapped[bool | None] = mapped_column(Boolean)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    diary_number: Mapped[str] = mapped_column(String(50), default="")
    secret: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when the retention purge has removed the personal fields.
    anonymised_on: Mapped[date | None] = mapped_column(Date)

    customer: Mapped[Customer | None] = relationship()
    process: Mapped[Process | None] = relationship()
    unit: Mapped[Unit] = relationship()
    events: Mapped[list[ComplaintEvent]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintEvent.at"
    )


class ComplaintEvent(Editable, Base):
    """A dated note in a complaint's event log (händelselogg)."""

    __tablename__ = "complaint_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(32), default="note")
    text: Mapped[str] = mapped_column(Text, default="")

    complaint: Mapped[Complaint] = relationship(back_populates="events")
