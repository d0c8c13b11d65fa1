"""Phone statistics: groups, extensions, import batches, calls and interval aggregates."""

from __future__ import annotations

import enum
import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, DateTime, Enum, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.engine.default import DefaultExecutionContext
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
    # The smallest and largest ``call_key`` of the batch's calls (NULL: the batch has no calls).
    # ``phone_call`` has no index on ``batch_id``: a batch's calls are found as
    # ``call_key BETWEEN first_call_key AND last_call_key AND batch_id = :batch``, a primary key range.
    first_call_key: Mapped[int | None] = mapped_column(BigInteger)
    last_call_key: Mapped[int | None] = mapped_column(BigInteger)


# ``call_key`` layout: the call's start as UTC seconds since CALL_KEY_EPOCH in the high 32 bits, a
# 32-bit hash in the low ones. Keys sort by time (a period is a key range, a time-ordered import
# appends) and fit a signed 64-bit integer for starts between 1932 and 2068.
CALL_KEY_EPOCH = 946_684_800  # 2000-01-01 00:00:00 UTC, in seconds since 1970
CALL_KEY_LOW_BITS = 32
CALL_KEY_LOW_MASK = (1 << CALL_KEY_LOW_BITS) - 1
_UNIX_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)
# Wider than any UTC offset, so key bounds of local times hold whatever the offset.
_OFFSET_MARGIN_SECONDS = 86_400


def call_key(started_at: datetime, utc_offset_minutes: int, low32: int) -> int:
    """The ``call_key`` of a call starting at ``started_at`` (local, naive) with ``low32`` as its hash."""
    seconds = (started_at - _UNIX_EPOCH) // _SECOND - utc_offset_minutes * 60
    return ((seconds - CALL_KEY_EPOCH) << CALL_KEY_LOW_BITS) | (low32 & CALL_KEY_LOW_MASK)


def call_key_utc_seconds(key: int) -> int:
    """Seconds since 1970 (UTC) of the start of the call keyed ``key``."""
    return (key >> CALL_KEY_LOW_BITS) + CALL_KEY_EPOCH


def call_key_bounds(first: datetime, after: datetime) -> tuple[int, int]:
    """Inclusive ``call_key`` bounds holding every call whose local start is in [first, after)."""
    low = (first - _UNIX_EPOCH) // _SECOND - _OFFSET_MARGIN_SECONDS - CALL_KEY_EPOCH
    high = (after - _UNIX_EPOCH) // _SECOND + _OFFSET_MARGIN_SECONDS - CALL_KEY_EPOCH
    return low << CALL_KEY_LOW_BITS, (high << CALL_KEY_LOW_BITS) - 1


CALL_KEY_SOURCE_SEED = 0x5EED_0F1D_50C1_A11D  # keeps source id hashes apart from content hashes
_U64 = (1 << 64) - 1


def splitmix64(x: int) -> int:
    """The SplitMix64 finaliser of a 64-bit word (the importer applies it to arrays the same way)."""
    x ^= x >> 30
    x = (x * 0xBF58_476D_1CE4_E5B9) & _U64
    x ^= x >> 27
    x = (x * 0x94D0_49BB_1331_11EB) & _U64
    return x ^ (x >> 31)


def text_hash64(text: str) -> int:
    """A stable 64-bit hash of a text (BLAKE2b)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def source_key_hash(source_key: str) -> int:
    """The 64-bit hash of a call keyed by its source's own id; its low 32 bits go in ``call_key``."""
    return splitmix64(text_hash64(source_key) ^ CALL_KEY_SOURCE_SEED)


def _default_call_key(context: DefaultExecutionContext) -> int:
    """A key for calls inserted through SQLAlchemy without one (tests, small tools; the importer's
    writer always gives its own): by the start time, with the importer's hash of ``source_key`` (so
    the same call imported later is recognised) or random bits."""
    values: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    source = values.get("source_key")
    low = source_key_hash(source) if source else secrets.randbits(CALL_KEY_LOW_BITS)
    offset = values.get("utc_offset_minutes")
    return call_key(values["started_at"], 60 if offset is None else offset, low)


class Call(Base):
    """One inbound call (legs already collapsed), placed in the interval of its start."""

    __tablename__ = "phone_call"
    __audited__ = False  # bulk data: its import batch is the record of who brought it in

    # The de-duplication key is the primary key and the table has no other index: every secondary
    # index is another B-tree to fill per inserted row, the main cost of a million-call import. On
    # SQLite it is the rowid (INTEGER PRIMARY KEY), on PostgreSQL a BIGINT primary key. Its layout
    # (see ``call_key`` above) orders calls by start time, so a time-ordered file appends: the high
    # 32 bits are the UTC start, the low 32 bits a hash telling calls of the same second apart
    # (made by ``phone_import.writer``).
    call_key: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"),
        primary_key=True,
        autoincrement=False,
        default=_default_call_key,
    )
    # No foreign keys on this bulk table: on PostgreSQL their per-row triggers tripled the cost of
    # COPYing an import. Only the importer's writer adds calls (with group and extension ids made
    # in the same transaction), nothing deletes groups or extensions, and undo deletes a batch's
    # calls before the batch (``phone_import.service._delete_batch``). No index: a batch's calls are
    # the key range ``PhoneImportBatch.first_call_key``…``last_call_key`` filtered by batch_id.
    batch_id: Mapped[int | None] = mapped_column(Integer)
    # The source's own id (or the demo's serial), readable; NULL for calls keyed by a row hash.
    source_key: Mapped[str | None] = mapped_column(String(96))
    # No index on group_id: figures come from the rollups, not from scanning calls.
    group_id: Mapped[int | None] = mapped_column(Integer)
    extension_id: Mapped[int | None] = mapped_column(Integer)
    # Local time, Europe/Stockholm, naive; utc offset kept to tell the repeated autumn hour apart.
    # No index: periods are read from the rollups, and a time range of calls is a call_key range.
    started_at: Mapped[datetime] = mapped_column(DateTime)
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
