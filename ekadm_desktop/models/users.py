"""Users, roles and the audit trail."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ekadm_desktop.models.base import Base, Editable, utc_now
from ekadm_desktop.models.reference import Unit, enum_column


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"
    CONTROLLER = "controller"
    UNIT_MANAGER = "unit_manager"
    READER = "reader"


class User(Editable, Base):
    """A person known to the database, keyed on the login name the database sees."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role, "user_role"))
    # The unit a unit manager manages; unused for the other roles.
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    unit: Mapped[Unit | None] = relationship()


class AuditRecord(Base):
    """One change to one row: written by the session hook in ``db.audit``, never by services."""

    __tablename__ = "audit_record"
    __audited__ = False
    __table_args__ = (Index("ix_audit_record_table_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    login: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))  # insert / update / delete
    # {"column": [old, new], ...}; values rendered as JSON-safe text or numbers.
    changes: Mapped[dict[str, list[object]]] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(String(500), default="")
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
