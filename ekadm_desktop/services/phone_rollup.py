"""Rollups of calls and interval aggregates, so the phone figures never scan ``phone_call``.

Design
------
Three tables (``models/phone_rollup.py``), each with the day first in its key:

- ``phone_rollup_day``: one row per **group × day** with every measure below. Totals, rates and
  series come from here: a month of 30 groups is ~650 rows whatever the number of calls.
- ``phone_rollup``: calls offered / answered / abandoned per **group × day × half-hour slot**
  (0..47 by the call's local start time), with the ISO weekday, for the heat map (hour × weekday)
  and the busiest hour. Narrow on purpose: scanning a tertial of slots stays cheap. Interval
  aggregates of an hour or less go in their start slot; longer ones have no time of day.
- ``phone_rollup_extension``: one row per **extension × day** with every measure, for the
  extension table.
Groups reach units through ``phone_group.unit_id``; a unit's figures sum its groups' rows. Calls
without a group count only per extension. SQLite keeps the first two as WITHOUT ROWID tables so a
period is one range scan of the primary key. Measured (``benchmarks/phone_stats.py``): a month
over 5,000,000 calls in ~6 ms, a tertial in ~17 ms.

Measures per day row: ``offered`` (answered + abandoned + timeout; incomplete calls are counted apart
in ``incomplete`` and not offered), ``answered``, ``abandoned``, ``answered_wait_known`` /
``answered_wait_total`` (ASA), ``talk_known`` / ``talk_total``, ``longest_wait`` (max wait of
answered or abandoned calls) and cumulative wait histograms ``answered_within_<T>`` and
``abandoned_within_<T>`` (wait <= T seconds) for every T in ``WAIT_EDGES``: the short-abandon
threshold (default 5 s) and the service-level threshold (default 20 s) are configurable to any
of those edges without touching calls. Calls with an unknown wait fall in no histogram bucket.

Interval aggregates (ACD reports) are summed into the same rows: their counts and wait/talk
totals add up, which is exactly the count-weighted average when figures are combined (ASA =
Σ wait total / Σ answered, never a mean of means). Their "answered within" and "short
abandoned" counts come at the switchboard's thresholds, so they are kept in ``interval_*``
columns together with the counts they are known for.

Maintenance (all set-based SQL, the same on SQLite and PostgreSQL):

- ``add_batch_to_rollup(session, batch_id)`` — call inside the import transaction **after** the
  batch's calls / interval rows are inserted and its call key range is stored
  (``phone_import_batch.first_call_key`` / ``last_call_key``): one ``INSERT … SELECT … GROUP BY … ON
  CONFLICT DO UPDATE`` per table merges the batch into existing rows (sums added, maximum kept).
- ``phone_tally.CallTally`` — the import's fast path: the import's reader counts each block of
  calls it read (NumPy, per group × day, group × day × half-hour, extension × day) and
  ``merge_into`` upserts them at the end, so the batch is never read back. It gives the same rows
  as ``add_batch_to_rollup``, which the import uses instead when some calls were duplicates.
- ``remove_batch_from_rollup(session, batch_id)`` — call inside the undo transaction **before**
  the batch's rows are deleted: for the groups/extensions and day range the batch touches, the
  rollup rows are deleted and recomputed from the remaining rows (a maximum cannot be
  subtracted), so add + remove leaves the rollup exactly as a rebuild would.
- ``rebuild_rollups(session)`` — everything from scratch (existing databases, the demo).

``phone_call`` has no index besides its primary key ``call_key``, which is ordered by start time: a
batch's calls are read as ``call_key BETWEEN <its first key> AND <its last key> AND batch_id = …``
and the other calls of some days as a key range wide enough for any UTC offset, both range scans.

On SQLite the day and half-hour are cut from the stored text (``YYYY-MM-DD HH:MM:SS…``, as
SQLAlchemy writes timestamps; an ISO ``T`` separator works too), which is several times faster than
``strftime``. Adding a batch of 1,000,000 calls takes a few seconds (three passes over the batch).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Date, DateTime, bindparam, text
from sqlalchemy.orm import Session

from ekadm_desktop.models.phone import call_key_bounds
from ekadm_desktop.models.phone_rollup import (
    COUNT_MEASURES,
    FLOAT_MEASURES,
    MAX_MEASURE,
    WAIT_EDGES,
    abandoned_within,
    answered_within,
)

ROLLUP = "phone_rollup"
ROLLUP_DAY = "phone_rollup_day"
ROLLUP_EXTENSION = "phone_rollup_extension"
MEASURES: tuple[str, ...] = (*COUNT_MEASURES, *FLOAT_MEASURES, MAX_MEASURE)


@dataclass(frozen=True)
class _Dialect:
    """The few expressions that differ between SQLite and PostgreSQL."""

    day: str  # of {col}, a timestamp
    slot: str  # half-hour of {col}
    weekday: str  # ISO weekday of {col}, a date

    def of(self, template: str, col: str) -> str:
        return template.format(col=col)


SQLITE = _Dialect(
    # SQLAlchemy stores timestamps as 'YYYY-MM-DD HH:MM:SS.ffffff': substr is much faster than strftime.
    day="substr({col}, 1, 10)",
    slot="(CAST(substr({col}, 12, 2) AS INTEGER) * 2 + CAST(substr({col}, 15, 2) AS INTEGER) / 30)",
    weekday="((CAST(strftime('%w', {col}) AS INTEGER) + 6) % 7 + 1)",
)
POSTGRES = _Dialect(
    day="CAST({col} AS DATE)",
    slot="(CAST(EXTRACT(HOUR FROM {col}) AS INTEGER) * 2 + CAST(EXTRACT(MINUTE FROM {col}) AS INTEGER) / 30)",
    weekday="CAST(EXTRACT(ISODOW FROM {col}) AS INTEGER)",
)


def _dialect(conn: Connection) -> _Dialect:
    name = conn.dialect.name
    if name == "sqlite":
        return SQLITE
    if name == "postgresql":
        return POSTGRES
    raise NotImplementedError(f"phone rollups: unsupported database {name}")


def _bucket(col: str) -> str:
    """Index of the first wait edge the wait is within (NULL when unknown, len(edges) above all)."""
    whens = " ".join(f"WHEN {col} <= {edge} THEN {i}" for i, edge in enumerate(WAIT_EDGES))
    return f"CASE WHEN {col} IS NULL THEN NULL {whens} ELSE {len(WAIT_EDGES)} END"


def _call_measures() -> dict[str, str]:
    """Outer aggregate expressions over the inner (key, outcome, bucket) groups of calls."""
    counted = "outcome IN ('answered', 'abandoned')"
    exprs = {
        "offered": "SUM(CASE WHEN outcome <> 'unknown' THEN n ELSE 0 END)",
        "answered": "SUM(CASE WHEN outcome = 'answered' THEN n ELSE 0 END)",
        "abandoned": "SUM(CASE WHEN outcome = 'abandoned' THEN n ELSE 0 END)",
        "incomplete": "SUM(CASE WHEN outcome = 'unknown' THEN n ELSE 0 END)",
        "answered_wait_known": "SUM(CASE WHEN outcome = 'answered' THEN wait_known ELSE 0 END)",
        "talk_known": "SUM(talk_known)",
        "interval_answered_known": "0",
        "interval_answered_within": "0",
        "interval_abandoned_known": "0",
        "interval_short_abandoned": "0",
        "answered_wait_total": "COALESCE(SUM(CASE WHEN outcome = 'answered' THEN wait_total END), 0)",
        "talk_total": "COALESCE(SUM(talk_total), 0)",
        MAX_MEASURE: f"MAX(CASE WHEN {counted} THEN wait_max END)",
    }
    for i, edge in enumerate(WAIT_EDGES):
        exprs[answered_within(edge)] = (
            f"SUM(CASE WHEN outcome = 'answered' AND bucket <= {i} THEN n ELSE 0 END)"
        )
        exprs[abandoned_within(edge)] = (
            f"SUM(CASE WHEN outcome = 'abandoned' AND bucket <= {i} THEN n ELSE 0 END)"
        )
    return exprs


def _interval_measures() -> dict[str, str]:
    exprs = {
        "offered": "SUM(offered)",
        "answered": "SUM(answered)",
        "abandoned": "SUM(abandoned)",
        "incomplete": "0",
        "answered_wait_known": "SUM(CASE WHEN wait_seconds_total IS NOT NULL THEN answered ELSE 0 END)",
        "talk_known": "SUM(CASE WHEN talk_seconds_total IS NOT NULL THEN answered ELSE 0 END)",
        "interval_answered_known": "SUM(CASE WHEN answered_within_threshold IS NOT NULL THEN answered ELSE 0 END)",
        "interval_answered_within": "COALESCE(SUM(answered_within_threshold), 0)",
        "interval_abandoned_known": "SUM(CASE WHEN short_abandoned IS NOT NULL THEN abandoned ELSE 0 END)",
        "interval_short_abandoned": "COALESCE(SUM(short_abandoned), 0)",
        "answered_wait_total": "COALESCE(SUM(wait_seconds_total), 0)",
        "talk_total": "COALESCE(SUM(talk_seconds_total), 0)",
        MAX_MEASURE: "MAX(longest_wait_seconds)",
    }
    for edge in WAIT_EDGES:
        exprs[answered_within(edge)] = "0"
        exprs[abandoned_within(edge)] = "0"
    return exprs


SLOT_MEASURES: tuple[str, ...] = ("offered", "answered", "abandoned")
_INTERVAL_COLUMNS = (
    "offered, answered, abandoned, short_abandoned, answered_within_threshold, wait_seconds_total, "
    "talk_seconds_total, longest_wait_seconds"
)


def merge_clause(table: str, keys: tuple[str, ...], measures: tuple[str, ...]) -> str:
    sets = [f"{m} = {table}.{m} + excluded.{m}" for m in measures if m != MAX_MEASURE]
    if MAX_MEASURE in measures:
        old, new = f"{table}.{MAX_MEASURE}", f"excluded.{MAX_MEASURE}"
        sets.append(
            f"{MAX_MEASURE} = CASE WHEN {new} IS NULL THEN {old} "
            f"WHEN {old} IS NULL OR {new} > {old} THEN {new} ELSE {old} END"
        )
    return f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {', '.join(sets)}"


_CALL_SUMS = (
    "COUNT(*) AS n, COUNT(wait_seconds) AS wait_known, SUM(wait_seconds) AS wait_total, "
    "MAX(wait_seconds) AS wait_max, COUNT(talk_seconds) AS talk_known, SUM(talk_seconds) AS talk_total"
)


def _calls_sql(d: _Dialect, target: str, *, where: str, merge: bool) -> str:
    """Calls into ``target``: "day" (group × day), "slot" (group × day × half-hour) or "extension"."""
    day = f"{d.of(d.day, 'started_at')} AS day"
    slot = f"{d.of(d.slot, 'started_at')} AS slot"
    bucket = f"{_bucket('wait_seconds')} AS bucket"
    keys: tuple[str, ...]
    if target == "extension":
        table, keys, owner = ROLLUP_EXTENSION, ("extension_id", "day"), "extension_id"
        inner_keys, outer_keys = f"extension_id, {day}", "extension_id, day"
    elif target == "day":
        table, keys, owner = ROLLUP_DAY, ("day", "group_id"), "group_id"
        inner_keys, outer_keys = f"group_id, {day}", "day, group_id"
    else:
        table, keys, owner = ROLLUP, ("day", "group_id", "slot"), "group_id"
        inner_keys, outer_keys = f"group_id, {day}, {slot}", f"day, group_id, slot, {d.of(d.weekday, 'day')}"
    measures = SLOT_MEASURES if target == "slot" else MEASURES
    columns = (*keys, *(("weekday",) if target == "slot" else ()), *measures)
    condition = f"{owner} IS NOT NULL AND ({where})"
    if target == "slot":
        inner = f"SELECT {inner_keys}, outcome, COUNT(*) AS n FROM phone_call WHERE {condition} GROUP BY 1, 2, 3, 4"
    else:
        inner = (
            f"SELECT {inner_keys}, outcome, {bucket}, {_CALL_SUMS} FROM phone_call WHERE {condition} "
            "GROUP BY 1, 2, 3, 4"
        )
    exprs = _call_measures()
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"SELECT {outer_keys}, {', '.join(exprs[m] for m in measures)} "
        f"FROM ({inner}) c GROUP BY {', '.join(keys)}"
    )
    return sql + (merge_clause(table, keys, measures) if merge else "")


def _intervals_sql(d: _Dialect, target: str, *, where: str) -> str:
    """Interval aggregates into the day rollup, or (those of an hour or less) the half-hour rollup."""
    exprs = _interval_measures()
    day = f"{d.of(d.day, 'interval_start')} AS day"
    keys: tuple[str, ...]
    if target == "day":
        table, keys, measures, extra = ROLLUP_DAY, ("day", "group_id"), MEASURES, ""
        inner = f"SELECT group_id, {day}, {_INTERVAL_COLUMNS} FROM phone_interval WHERE {where}"
        outer = "day, group_id"
    else:
        table, keys, measures = ROLLUP, ("day", "group_id", "slot"), SLOT_MEASURES
        inner = (
            f"SELECT group_id, {day}, {d.of(d.slot, 'interval_start')} AS slot, {_INTERVAL_COLUMNS} FROM phone_interval "
            f"WHERE interval_minutes <= 60 AND ({where})"
        )
        outer, extra = f"day, group_id, slot, {d.of(d.weekday, 'day')}", ", weekday"
    sql = (
        f"INSERT INTO {table} ({', '.join(keys)}{extra}, {', '.join(measures)}) "
        f"SELECT {outer}, {', '.join(exprs[m] for m in measures)} FROM ({inner}) i GROUP BY {', '.join(keys)}"
    )
    return sql + merge_clause(table, keys, measures)


def _run(conn: Connection, statements: list[tuple[str, dict[str, Any]]]) -> None:
    for sql, params in statements:
        statement = text(sql).bindparams(
            *(bindparam(n, type_=_PARAM_TYPES[n]) for n in params if n in _PARAM_TYPES and f":{n}" in sql)
        )
        conn.execute(statement, params)


# Typed so SQLAlchemy converts them the way the columns store them (text on SQLite).
_PARAM_TYPES: dict[str, Any] = {
    "first_day": Date(),
    "after_day": Date(),
    "first_at": DateTime(),
    "after_at": DateTime(),
}


_CALL_TARGETS = ("day", "slot", "extension")
_INTERVAL_TARGETS = ("day", "slot")


def _statements(d: _Dialect, calls: str, extension_calls: str, intervals: str, *, merge: bool) -> list[str]:
    """Every rollup table filled from the calls and interval rows matching the conditions."""
    return [
        _calls_sql(d, "day", where=calls, merge=merge),
        _calls_sql(d, "slot", where=calls, merge=merge),
        _calls_sql(d, "extension", where=extension_calls, merge=merge),
        _intervals_sql(d, "day", where=intervals),
        _intervals_sql(d, "slot", where=intervals),
    ]


def _batch_calls(conn: Connection, batch_id: int) -> tuple[str, dict[str, Any]] | None:
    """The condition picking the batch's calls, a primary key range scan, and its parameters;
    None when the batch has no calls (no key range)."""
    keys = conn.execute(
        text("SELECT first_call_key, last_call_key FROM phone_import_batch WHERE id = :batch"),
        {"batch": batch_id},
    ).one_or_none()
    if keys is None or keys[0] is None or keys[1] is None:
        return None
    return (
        "call_key BETWEEN :first_key AND :last_key AND batch_id = :batch",
        {"first_key": keys[0], "last_key": keys[1]},
    )


def add_batch_to_rollup(session: Session, batch_id: int) -> None:
    """Merge the calls and interval aggregates of ``batch_id`` (already inserted, its call key range
    stored in ``phone_import_batch``) into the rollups."""
    conn = session.connection()
    d = _dialect(conn)
    params: dict[str, Any] = {"batch": batch_id}
    statements: list[str] = []
    calls = _batch_calls(conn, batch_id)
    if calls is not None:
        params |= calls[1]
        statements += [_calls_sql(d, target, where=calls[0], merge=True) for target in _CALL_TARGETS]
    batch = "batch_id = :batch"
    statements += [_intervals_sql(d, target, where=batch) for target in _INTERVAL_TARGETS]
    _run(conn, [(sql, params) for sql in statements])


def remove_batch_from_rollup(session: Session, batch_id: int) -> None:
    """Take ``batch_id`` out of the rollups; call before its rows are deleted.

    The rows of the groups and extensions the batch touches, over the days it spans, are
    recomputed from every other batch's rows.
    """
    conn = session.connection()
    params: dict[str, Any] = {"batch": batch_id}
    calls = _batch_calls(conn, batch_id)
    spans = [
        "SELECT MIN(interval_start) AS t FROM phone_interval WHERE batch_id = :batch UNION ALL "
        "SELECT MAX(interval_start) FROM phone_interval WHERE batch_id = :batch"
    ]
    if calls is not None:
        params |= calls[1]
        spans.append(
            f"SELECT MIN(started_at) FROM phone_call WHERE {calls[0]} UNION ALL "
            f"SELECT MAX(started_at) FROM phone_call WHERE {calls[0]}"
        )
    span = conn.execute(text(f"SELECT MIN(t), MAX(t) FROM ({' UNION ALL '.join(spans)}) s"), params).one()
    if span[0] is None:
        return
    first, last = _as_date(span[0]), _as_date(span[1])
    first_at = datetime.combine(first, time())
    after_at = datetime.combine(last + timedelta(days=1), time())
    span_first_key, span_last_key = call_key_bounds(first_at, after_at)
    params |= {
        "first_day": first,
        "after_day": last + timedelta(days=1),
        "first_at": first_at,
        "after_at": after_at,
        "span_first_key": span_first_key,
        "span_last_key": span_last_key,
    }
    others = "(batch_id IS NULL OR batch_id <> :batch)"
    groups = "group_id IN (SELECT group_id FROM phone_interval WHERE batch_id = :batch"
    groups += f" UNION SELECT group_id FROM phone_call WHERE {calls[0]})" if calls is not None else ")"
    days = "day >= :first_day AND day < :after_day"
    # Every other call of those days: a key range (whatever their UTC offsets), then the exact days.
    calls_in_span = (
        f"{others} AND call_key BETWEEN :span_first_key AND :span_last_key "
        "AND started_at >= :first_at AND started_at < :after_at"
    )
    d = _dialect(conn)
    statements = [
        f"DELETE FROM {ROLLUP_DAY} WHERE {groups} AND {days}",
        f"DELETE FROM {ROLLUP} WHERE {groups} AND {days}",
    ]
    if calls is not None:  # interval rows name no extension
        extensions = f"extension_id IN (SELECT extension_id FROM phone_call WHERE {calls[0]})"
        statements.append(f"DELETE FROM {ROLLUP_EXTENSION} WHERE {extensions} AND {days}")
    statements += [
        _calls_sql(d, "day", where=f"{calls_in_span} AND {groups}", merge=True),
        _calls_sql(d, "slot", where=f"{calls_in_span} AND {groups}", merge=True),
    ]
    if calls is not None:
        statements.append(_calls_sql(d, "extension", where=f"{calls_in_span} AND {extensions}", merge=True))
    intervals = f"{others} AND interval_start >= :first_at AND interval_start < :after_at AND {groups}"
    statements += [_intervals_sql(d, target, where=intervals) for target in _INTERVAL_TARGETS]
    _run(conn, [(sql, params) for sql in statements])


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def rebuild_rollups(session: Session) -> None:
    """Recompute both rollup tables from every call and interval aggregate."""
    rebuild_rollups_on(session.connection())


def rebuild_rollups_on(conn: Connection) -> None:
    """``rebuild_rollups`` on a bare connection (used by the migration that adds the tables)."""
    deletes = [f"DELETE FROM {table}" for table in (ROLLUP_DAY, ROLLUP, ROLLUP_EXTENSION)]
    inserts = _statements(_dialect(conn), "1 = 1", "1 = 1", "1 = 1", merge=False)
    # The interval rows merge into the rows the calls made.
    _run(conn, [(sql, {}) for sql in (*deletes, *inserts)])
