"""Phone statistics: groups, extensions, import batches, calls and interval aggregates."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Enum, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ekadm_desktop.models.base import Base, Editable
from ekadm_desktop.models.reference import Unit


class CallOutcome(enum.StrEnum):
    ANSWERED = "answered"
    ABANDONED = "abandoned"  # the caller hung up while waiting
    TIMEOUT = "timeout"  # the queue gave up (not a caller abandon)
    UNKNOWN = "unknown"  # no closing event: incomplete


class PhoneGroup(Editable, Base):
    """A group phone number (grupptelefonnummer) answered by one unit."""

    __tablename__ = "phone_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))

    unit: Mapped[Unit | None] = relationship()


class Extension(Editable, Base):
    """A single extension (anknytning); figures per extension identify a person."""

    __tablename__ = "phone_extension"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("phone_group.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))


class PhoneImportBatch(Base):
    """One imported switchboard file."""

    __tablename__ = "phone_import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    profile: Mapped[str] = mapped_column(String(100))
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)


class Call(Base):
    """One inbound call (legs already collapsed), placed in the interval of its start."""

    __tablename__ = "phone_call"
    __audited__ = False  # bulk data: its import batch is the record of who brought it in
    __table_args__ = (UniqueConstraint("call_key"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    # No foreign keys on this bulk table: on PostgreSQL their per-row triggers tripled the cost of
    # COPYing an import. Only the importer's writer adds calls (with group and extension ids made
    # in the same transaction), nothing deletes groups or extensions, and undo deletes a batch's
    # calls before the batch (``phone_import.service._delete_batch``).
    batch_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # Stable de-duplication key, 64 bits of a BLAKE2b hash (``phone_import.writer.stable_key``) of the
    # source's own id, else of the normalised row and its occurrence number: an 8-byte unique index
    # is far cheaper to fill than one of text keys.
    call_key: Mapped[int | None] = mapped_column(BigInteger)
    # The source's own id (or the demo's serial), readable; NULL for calls keyed by a row hash.
    source_key: Mapped[str | None] = mapped_column(String(96))
    # No index on group_id: figures come from the rollups, not from scanning calls.
    group_id: Mapped[int | None] = mapped_column(Integer)
    extension_id: Mapped[int | None] = mapped_column(Integer)
    # Local time, Europe/Stockholm, naive; utc offset kept to tell the repeated autumn hour apart.
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, default=60)
    # Without the usual CHECK: on SQLite it doubled the cost of bulk inserts; the importer's writer
    # is the only bulk path and writes checked outcomes.
    outcome: Mapped[CallOutcome] = mapped_column(
        Enum(
            CallOutcome,
            name="call_outcome",
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
        )
    )
    wait_seconds: Mapped[float | None] = mapped_column(Float)
    talk_seconds: Mapped[float | None] = mapped_column(Float)
    caller_hash: Mapped[str | None] = mapped_column(String(64))


class IntervalAggregate(Base):
    """Switchboard figures per interval and group (ACD reports)."""

    __tablename__ = "phone_interval"
    __audited__ = False  # bulk data: its import batch is the record of who brought it in
    __table_args__ = (UniqueConstraint("group_id", "interval_start", "interval_minutes"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("phone_import_batch.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int] = mapped_column(ForeignKey("phone_group.id"))
    interval_start: Mapped[datetime] = mapped_column(DateTime, index=True)
    interval_minutes: Mapped[int] = mapped_column(Integer)
    offered: Mapped[int] = mapped_column(Integer)
    answered: Mapped[int] = mapped_column(Integer)
    abandoned: Mapped[int] = mapped_column(Integer)
    short_abandoned: Mapped[int | None] = mapped_column(Integer)
    answered_within_threshold: Mapped[int | None] = mapped_column(Integer)
    wait_seconds_total: Mapped[float | None] = mapped_column(Float)
    talk_seconds_total: Mapped[float | None] = mapped_column(Float)
    longest_wait_seconds: Mapped[float | None] = mapped_column(Float)


class PhoneCallerSalt(Base):
    """The secret salt of this database's caller-number hashes: one row, made at the first import."""

    __tablename__ = "phone_caller_salt"
    __audited__ = False  # a secret: never copied into the audit log

    id: Mapped[int] = mapped_column(primary_key=True)
    salt: Mapped[str] = mapped_column(String(64))
