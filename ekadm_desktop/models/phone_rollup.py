"""Rollup tables for the phone figures (maintained by ``services/phone_rollup.py``).

``phone_rollup_day`` holds one row per group × day, ``phone_rollup_extension`` one row per
extension × day, ``phone_rollup`` the calls offered per group × day × half-hour slot. The first
two carry the same measure columns (``measure_columns``): counts by
outcome, sums for averages, the longest wait and cumulative wait-time histograms
(``answered_within_<T>`` / ``abandoned_within_<T>`` for each edge in ``WAIT_EDGES``), so a
configurable short-abandon or service-level threshold is one column to sum.

The tables have no foreign keys (migration 0007): they are derived data, written by the import for
groups and extensions it has just looked up or made, and groups and extensions are never deleted;
on PostgreSQL the foreign keys' per-row triggers were half the time of merging an import.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Float,
    Index,
    Integer,
    PrimaryKeyConstraint,
    SmallInteger,
    Table,
)

from ekadm_desktop.models.base import Base

# Thresholds (seconds) the figures can use: short abandons and service level "within T" (wait <= T).
WAIT_EDGES: tuple[int, ...] = (5, 10, 15, 20, 25, 30, 45, 60, 90, 120, 180, 300)
SLOTS_PER_DAY = 48  # half-hour slots 0..47 by local start time


def answered_within(edge: int) -> str:
    return f"answered_within_{edge}"


def abandoned_within(edge: int) -> str:
    return f"abandoned_within_{edge}"


# Integer sums, float sums and the one maximum; every measure merges by addition except the maximum.
COUNT_MEASURES: tuple[str, ...] = (
    "offered",  # answered + abandoned + timeout calls, plus "offered" of interval aggregates
    "answered",
    "abandoned",  # caller hung up (short abandons included)
    "incomplete",  # calls without a closing event: not offered
    "answered_wait_known",  # answered calls whose waiting time is known (ASA denominator)
    "talk_known",
    *(answered_within(e) for e in WAIT_EDGES),
    *(abandoned_within(e) for e in WAIT_EDGES),
    # Interval aggregates give their counts at the switchboard's own thresholds.
    "interval_answered_known",
    "interval_answered_within",
    "interval_abandoned_known",
    "interval_short_abandoned",
)
FLOAT_MEASURES: tuple[str, ...] = ("answered_wait_total", "talk_total")
MAX_MEASURE = "longest_wait"


def measure_columns() -> list[Column[object]]:
    columns: list[Column[object]] = [
        Column(name, Integer, nullable=False, default=0) for name in COUNT_MEASURES
    ]
    columns += [Column(name, Float, nullable=False, default=0.0) for name in FLOAT_MEASURES]
    columns.append(Column(MAX_MEASURE, Float, nullable=True))
    return columns


class PhoneRollupDay(Base):
    """Call figures per group and day: totals, rates and series come from here."""

    __audited__ = False  # derived data, rebuilt from calls and interval aggregates
    __table__ = Table(
        "phone_rollup_day",
        Base.metadata,
        Column("day", Date, nullable=False),
        Column("group_id", Integer, nullable=False),
        *measure_columns(),
        # Day first, and on SQLite without rowid: a period's rows lie together in the primary key,
        # so the figures of a month are one short range scan rather than an index lookup per row.
        PrimaryKeyConstraint("day", "group_id"),
        sqlite_with_rowid=False,
    )


class PhoneRollup(Base):
    """Calls offered per group, day and half-hour slot (``weekday`` 1 = Monday … 7 = Sunday), for the
    load heat map and the busiest hour; narrow, so scanning a tertial of slots stays cheap."""

    __audited__ = False
    __table__ = Table(
        "phone_rollup",
        Base.metadata,
        Column("day", Date, nullable=False),
        Column("group_id", Integer, nullable=False),
        Column("slot", SmallInteger, nullable=False),
        Column("weekday", SmallInteger, nullable=False),
        Column("offered", Integer, nullable=False, default=0),
        Column("answered", Integer, nullable=False, default=0),
        Column("abandoned", Integer, nullable=False, default=0),
        PrimaryKeyConstraint("day", "group_id", "slot"),
        sqlite_with_rowid=False,
    )


class PhoneRollupExtension(Base):
    """Call figures per extension and day (only answered calls usually name an extension)."""

    __audited__ = False
    __table__ = Table(
        "phone_rollup_extension",
        Base.metadata,
        Column("extension_id", Integer, nullable=False),
        Column("day", Date, nullable=False),
        *measure_columns(),
        PrimaryKeyConstraint("extension_id", "day"),
        Index("ix_phone_rollup_extension_day", "day"),
    )
