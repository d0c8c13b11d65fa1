"""The customer log (kundlogg): running notes and events per customer."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ekadm_desktop.models.base import Base, Editable
from ekadm_desktop.models.reference import Customer, Unit, enum_column


class LogKind(enum.StrEnum):
    MEETING = "meeting"  # kundmöte
    PHONE = "phone"  # telefonsamtal
    EMAIL = "email"  # e-post
    EVENT = "event"  # händelse
    AGREEMENT_CHANGE = "agreement_change"  # avtalsändring
    INCIDENT = "incident"  # incident
    FOLLOW_UP = "follow_up"  # uppföljning


class LogEntry(Editable, Base):
    __tablename__ = "log_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_date: Mapped[date] = mapped_column(Date, index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    author: Mapped[str] = mapped_column(String(100))
    kind: Mapped[LogKind] = mapped_column(enum_column(LogKind, "log_kind"))
    subject: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_by: Mapped[str] = mapped_column(String(100), default="")
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id", ondelete="SET NULL"))

    customer: Mapped[Customer] = relationship()
    unit: Mapped[Unit] = relationship()
