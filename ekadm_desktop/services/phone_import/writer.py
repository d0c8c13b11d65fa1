"""Bulk writing of calls inside the session's transaction, a block of calls
(``call_block.CallBlock``) at a time: on SQLite's own connection one ``INSERT … SELECT`` of the
block as records (``sqlite_records``; ``executemany`` for the blocks it cannot take), ``COPY`` on
PostgreSQL (via psycopg). Calls whose ``call_key`` is already in the database, or earlier in the
block, are left out and counted as duplicates; the database is asked which keys it has (one
primary-key range scan per run of nearby keys) before writing, so the rollup tally counts exactly
the calls written.

``add``/``add_many`` take single rows ``(key, group_id, extension_id, started_at, offset, outcome,
wait, talk, caller_hash)`` where ``key`` is a readable text key (the source's own id, the demo's
serial: stored as ``source_key`` and hashed into ``call_key``) or a ready ``call_key``. The demo
generator writes through them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.phone import CALL_KEY_LOW_BITS
from ekadm_desktop.services.phone_import import sqlite_records
from ekadm_desktop.services.phone_import.call_block import OUTCOMES, CallBlock, block_from_calls
from ekadm_desktop.services.phone_import.call_keys import CallKeys
from ekadm_desktop.services.phone_import.callers import hex_rows
from ekadm_desktop.services.phone_tally import CallTally

CallRow = tuple[int | str, int | None, int | None, datetime, int, str, float | None, float | None, str | None]
COLUMNS = (
    "call_key",
    "source_key",
    "group_id",
    "extension_id",
    "started_at",
    "utc_offset_minutes",
    "outcome",
    "wait_seconds",
    "talk_seconds",
    "caller_hash",
    "batch_id",
)
CHUNK_ROWS = 50_000
RUN_GAP = 3600 << CALL_KEY_LOW_BITS  # keys over an hour apart are looked up in separate range scans
SQLITE_CACHE_KIB = 32 * 1024  # the primary key of phone_call stays in memory during an import
_OUTCOME_TEXT = np.array(OUTCOMES, dtype=object)


def timestamp_bytes(local: np.ndarray) -> np.ndarray:
    """Local seconds as SQLAlchemy's SQLite DateTime text ``YYYY-MM-DD HH:MM:SS.000000``: an
    ``(n, 26)`` array of ASCII bytes, built digit by digit in NumPy (``datetime_as_string`` and
    ``isoformat`` cost ~0.6 µs a call)."""
    days, second = np.divmod(local, 86400)
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + np.where(mp < 10, 3, -9)
    year = yoe + era * 400 + (month <= 2)
    text = np.empty((len(local), 26), dtype=np.uint8)
    text[:] = np.frombuffer(b"0000-00-00 00:00:00.000000", dtype=np.uint8)
    for value, at, width in (
        (year, 0, 4),
        (month, 5, 2),
        (day, 8, 2),
        (second // 3600, 11, 2),
        (second // 60 % 60, 14, 2),
        (second % 60, 17, 2),
    ):
        for place in range(width):
            text[:, at + width - 1 - place] += (value // 10**place % 10).astype(np.uint8)
    return text


def timestamps(local: np.ndarray) -> list[str]:
    """``timestamp_bytes`` as ``str``, one decode for the block."""
    if not len(local):
        return []
    text = np.empty((len(local), 27), dtype=np.uint8)
    text[:, :26] = timestamp_bytes(local)
    text[:, 26] = ord("\n")
    return text.tobytes().decode("ascii").split("\n")[:-1]


def _nullable(values: np.ndarray, missing: np.ndarray) -> list[Any]:
    objects = values.astype(object)
    objects[missing] = None
    return objects.tolist()  # type: ignore[no-any-return]


class CallWriter:
    """Writes the calls of one batch; ``written``, ``duplicates`` and the key range tell what happened."""

    def __init__(self, session: Session, batch_id: int | None, *, tally: bool = False) -> None:
        self.batch_id = batch_id
        self.tally: CallTally | None = CallTally() if tally else None
        self.written = 0
        self.duplicates = 0
        self.first_key: int | None = None
        self.last_key: int | None = None
        self._keys = CallKeys()
        dbapi: Any = session.connection().connection.driver_connection
        self._dbapi = dbapi
        self._postgres = session.get_bind().dialect.name == "postgresql"
        self._pending: list[CallRow] = []
        self._savepoints = 0
        self._cache_before: int | None = None
        self._row_numbers = 0  # rows of sqlite_records.ROW_NUMBERS made by this writer
        if not self._postgres:
            self._cache_before = int(self._dbapi.execute("PRAGMA cache_size").fetchone()[0])
            self._dbapi.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")

    # -- rows (the demo, tests) -------------------------------------------------------------------

    def add(self, row: CallRow) -> None:
        self.add_many([row])

    def add_many(self, rows: Iterable[CallRow]) -> None:
        self._pending.extend(rows)
        while len(self._pending) >= CHUNK_ROWS:
            chunk, self._pending = self._pending[:CHUNK_ROWS], self._pending[CHUNK_ROWS:]
            self._write_rows(chunk)

    def flush(self) -> None:
        rows, self._pending = self._pending, []
        if rows:
            self._write_rows(rows)

    def close(self) -> None:
        """Write what is pending and give SQLite its usual cache back."""
        self.flush()
        if self._cache_before is not None:
            self._dbapi.execute(f"PRAGMA cache_size = {self._cache_before}")
            self._cache_before = None
        if self._row_numbers:
            self._dbapi.execute(f"DROP TABLE IF EXISTS temp.{sqlite_records.ROW_NUMBERS}")
            self._row_numbers = 0

    def _write_rows(self, rows: Sequence[CallRow]) -> None:
        from ekadm_desktop.services.phone_import.rows import ParsedCall

        ready = [r[0] for r in rows]
        calls = [ParsedCall(k if isinstance(k, str) else "", None, None, *r[2:]) for k, *r in rows]  # type: ignore[arg-type]
        block = block_from_calls(calls, [0] * len(rows))
        self._keys.assign(block)
        given = np.array([isinstance(k, int) for k in ready], dtype=bool)
        if given.any():
            block.key[given] = np.array([k for k in ready if isinstance(k, int)], dtype=np.int64)
        groups = np.array([-1 if r[1] is None else r[1] for r in rows], dtype=np.int64)
        extensions = np.array([-1 if r[2] is None else r[2] for r in rows], dtype=np.int64)
        self._write(block, groups, extensions)

    # -- blocks (the import) ----------------------------------------------------------------------

    def write(self, block: CallBlock, group_ids: np.ndarray, extension_ids: np.ndarray) -> None:
        """Write a keyed block; ``group_ids``/``extension_ids`` are the database ids of its
        vocabularies."""
        table_g = np.append(group_ids.astype(np.int64), -1)
        table_e = np.append(extension_ids.astype(np.int64), -1)
        self._write(block, table_g[block.group], table_e[block.extension])

    def _write(self, block: CallBlock, groups: np.ndarray, extensions: np.ndarray) -> None:
        if not len(block):
            return
        _, first = np.unique(block.key, return_index=True)
        fresh = np.zeros(len(block), dtype=bool)
        fresh[first] = True
        fresh &= ~self._stored(block.key)
        if not fresh.all():
            block, groups, extensions = block.take(fresh), groups[fresh], extensions[fresh]
        self.duplicates += len(fresh) - len(block)
        if not len(block):
            return
        if self._postgres:
            self._copy(block, groups, extensions)
        else:
            self._sqlite(block, groups, extensions)
        self.written += len(block)
        low, high = int(block.key.min()), int(block.key.max())
        self.first_key = low if self.first_key is None else min(self.first_key, low)
        self.last_key = high if self.last_key is None else max(self.last_key, high)
        if self.tally is not None:
            self.tally.add_block(block, groups, extensions)

    def _stored(self, keys: np.ndarray) -> np.ndarray:
        """Which of ``keys`` ``phone_call`` already has: one range scan per run of nearby keys."""
        ordered = np.sort(keys)
        breaks = np.flatnonzero(np.diff(ordered) > RUN_GAP)
        lows = np.concatenate((ordered[:1], ordered[breaks + 1]))
        highs = np.concatenate((ordered[breaks], ordered[-1:]))
        found: list[int] = []
        cursor = self._dbapi.cursor()
        try:
            marker = "%s" if self._postgres else "?"
            sql = f"SELECT call_key FROM phone_call WHERE call_key BETWEEN {marker} AND {marker}"
            for low, high in zip(lows.tolist(), highs.tolist(), strict=True):
                cursor.execute(sql, (low, high))
                found.extend(k for (k,) in cursor.fetchall())
        finally:
            cursor.close()
        if not found:
            return np.zeros(len(keys), dtype=bool)
        return np.isin(keys, np.array(found, dtype=np.int64))

    def _sqlite(self, block: CallBlock, groups: np.ndarray, extensions: np.ndarray) -> None:
        """As records unpacked by SQLite (``sqlite_records``), else with ``executemany``."""
        batch = "NULL" if self.batch_id is None else str(int(self.batch_id))
        blob = sqlite_records.records(block, timestamp_bytes(block.local), groups, extensions)
        if blob is not None:
            if len(block) > self._row_numbers:
                create, fill = sqlite_records.row_numbers_sql(self._row_numbers)
                self._dbapi.execute(create)
                self._dbapi.execute(fill, (len(block),))
                self._row_numbers = len(block)
            offsets = np.unique(block.offset)
            offset = int(offsets[0]) if len(offsets) == 1 else None
            self._dbapi.execute(sqlite_records.insert_sql(batch, offset), (blob, len(block)))
            return
        # The batch id and an absent source key go as literals: each bound value costs per row.
        # SQLite stores a NaN bound as a REAL as NULL, so unknown waits and talks go as they are.
        columns = _row_columns(block, postgres=False)
        columns["group_id"] = _nullable(groups, groups < 0)
        columns["extension_id"] = _nullable(extensions, extensions < 0)
        unbound = [name for name in COLUMNS if name not in columns]
        values = ["?"] * len(columns) + [batch if name == "batch_id" else "NULL" for name in unbound]
        self._dbapi.executemany(
            f"INSERT INTO phone_call ({', '.join([*columns, *unbound])}) VALUES ({', '.join(values)})",
            zip(*columns.values(), strict=True),
        )

    def _copy(self, block: CallBlock, groups: np.ndarray, extensions: np.ndarray) -> None:
        """COPY in PostgreSQL's binary format, built with NumPy (``pg_binary_copy``); calls with the
        source's own ids (read per row anyway) go through psycopg's ``write_row``."""
        import psycopg

        from ekadm_desktop.services import pg_binary_copy as pg

        has_caller = block.has_caller
        columns = {
            "call_key": pg.Column("int8", block.key),
            "group_id": pg.Column("int4", groups, groups < 0),
            "extension_id": pg.Column("int4", extensions, extensions < 0),
            "started_at": pg.timestamp(block.local),
            "utc_offset_minutes": pg.Column("int4", block.offset),
            "outcome": pg.Column("text", block.outcome, words=[o.encode() for o in OUTCOMES]),
            "wait_seconds": pg.Column("float8", block.wait),
            "talk_seconds": pg.Column("float8", block.talk),
            "caller_hash": pg.Column(
                "bytes", hex_rows(block.caller).view(np.uint8).reshape(-1, 32), ~has_caller
            ),
        }
        if self.batch_id is not None:
            columns["batch_id"] = pg.Column("int4", np.full(len(block), self.batch_id, dtype=np.int64))
        self._savepoints += 1
        savepoint = f"phone_copy_{self._savepoints}"
        with self._dbapi.cursor() as cur:
            cur.execute(f"SAVEPOINT {savepoint}")
            try:
                if block.source_key is None:
                    with cur.copy(
                        f"COPY phone_call ({', '.join(columns)}) FROM STDIN (FORMAT BINARY)"
                    ) as copy:
                        copy.write(pg.HEADER + pg.rows(list(columns.values())) + pg.TRAILER)
                else:
                    values = _row_columns(block, postgres=True)
                    values["group_id"] = _nullable(groups, groups < 0)
                    values["extension_id"] = _nullable(extensions, extensions < 0)
                    with cur.copy(f"COPY phone_call ({', '.join(values)}, batch_id) FROM STDIN") as copy:
                        for row in zip(*values.values(), strict=True):
                            copy.write_row((*row, self.batch_id))
            except psycopg.errors.UniqueViolation:
                cur.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                raise EkadmError(
                    tr(
                        "phone_import",
                        "Samma samtal skrevs samtidigt av en annan import. Ingenting importerades; försök igen.",
                    )
                ) from None
            cur.execute(f"RELEASE SAVEPOINT {savepoint}")


def _row_columns(block: CallBlock, *, postgres: bool) -> dict[str, list[Any]]:
    """The block's columns as Python values, as ``executemany`` and ``write_row`` take them."""
    # SQLite stores a NaN bound as a REAL as NULL; psycopg would write NaN
    wait = _nullable(block.wait, np.isnan(block.wait)) if postgres else block.wait.tolist()
    talk = _nullable(block.talk, np.isnan(block.talk)) if postgres else block.talk.tolist()
    columns = {
        "call_key": block.key.tolist(),
        "started_at": timestamps(block.local),
        "utc_offset_minutes": block.offset.tolist(),
        "outcome": _OUTCOME_TEXT[block.outcome].tolist(),
        "wait_seconds": wait,
        "talk_seconds": talk,
        "caller_hash": _nullable(hex_rows(block.caller).astype("U32"), ~block.has_caller),
    }
    if block.source_key is not None:
        columns["source_key"] = block.source_key
    return columns
