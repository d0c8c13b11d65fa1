"""Fast bulk writing of calls inside the session's transaction: ``executemany`` on SQLite's own
connection, ``COPY`` on PostgreSQL (via psycopg). Rows whose ``call_key`` is already in the
database (or earlier in the same file) are left out and counted as duplicates.

A call row is ``(key, group_id, extension_id, started_at, utc_offset_minutes, outcome,
wait_seconds, talk_seconds, caller_hash)``. ``key`` is either the 64-bit ``call_key`` itself (calls
keyed by a hash of their row) or a readable text key (the source's own id, the demo's serial),
which is stored as ``source_key`` and hashed by ``stable_key`` into ``call_key``. The demo
generator writes through the same class.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ekadm_desktop.services.phone_rollup import CallTally

CallRow = tuple[int | str, int | None, int | None, datetime, int, str, float | None, float | None, str | None]
COLUMNS = (
    "batch_id",
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
)
CHUNK_ROWS = 50_000
# The indexes of phone_call grow past SQLite's default 2 MB page cache within the first hundred
# thousand calls; a larger cache for the import keeps them from spilling mid-transaction. Measured on
# 1 M calls: 16, 64 and 200 MB take the same time (the insert is CPU-bound), and each MB is RSS.
SQLITE_CACHE_KIB = 32 * 1024


def stable_key(text: str) -> int:
    """The signed 64-bit ``call_key`` of a text key (a BIGINT holds it on both databases)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


def _keys(key: int | str) -> tuple[int, str | None]:
    if type(key) is int:
        return key, None
    assert isinstance(key, str)
    return stable_key(key), key[:96]


class CallWriter:
    """Writes call rows of one batch; ``written`` and ``duplicates`` count what happened."""

    def __init__(self, session: Session, batch_id: int | None, *, tally: bool = False) -> None:
        self.batch_id = batch_id
        # With ``tally``, the rollup counts of the written calls (None once a chunk had duplicates:
        # then the caller must roll the batch up from the table, ``add_batch_to_rollup``).
        self.tally: CallTally | None = CallTally() if tally else None
        self.written = 0
        self.duplicates = 0
        dbapi: Any = session.connection().connection.driver_connection
        self._dbapi = dbapi
        self._postgres = session.get_bind().dialect.name == "postgresql"
        self._pending: list[CallRow] = []
        self._savepoints = 0
        self._cache_before: int | None = None
        if not self._postgres:
            self._cache_before = int(self._dbapi.execute("PRAGMA cache_size").fetchone()[0])
            self._dbapi.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")

    def add(self, row: CallRow) -> None:
        self._pending.append(row)
        if len(self._pending) >= CHUNK_ROWS:
            self.flush()

    def add_many(self, rows: Iterable[CallRow]) -> None:
        self._pending.extend(rows)
        while len(self._pending) >= CHUNK_ROWS:
            rows, self._pending = self._pending[:CHUNK_ROWS], self._pending[CHUNK_ROWS:]
            self._write(rows)

    def close(self) -> None:
        """Write what is pending and give SQLite its usual cache back."""
        self.flush()
        if self._cache_before is not None:
            self._dbapi.execute(f"PRAGMA cache_size = {self._cache_before}")
            self._cache_before = None

    def flush(self) -> None:
        rows, self._pending = self._pending, []
        if rows:
            self._write(rows)

    def _write(self, rows: list[CallRow]) -> None:
        written = self._copy(rows) if self._postgres else self._sqlite(rows)
        if self.tally is not None:
            if written == len(rows):
                self.tally.add(rows)
            else:
                self.tally = None
        self.written += written
        self.duplicates += len(rows) - written

    def _prepared(self, rows: Sequence[CallRow]) -> list[tuple[object, ...]]:
        batch = self.batch_id
        return [
            (batch, key, None, g, e, start, off, out, w, t, c)
            if type(key) is int
            else (batch, *_keys(key), g, e, start, off, out, w, t, c)
            for key, g, e, start, off, out, w, t, c in rows
        ]

    def _sqlite(self, rows: Sequence[CallRow]) -> int:
        conn = self._dbapi
        before = conn.total_changes
        # In file (mostly time) order: the started_at index is appended to; the 8-byte call_key
        # index of a million calls fits the import's page cache, so its random order costs little.
        prepared = self._prepared(rows)
        # SQLAlchemy's SQLite DateTime storage format, so its queries compare alike.
        conn.executemany(
            f"INSERT OR IGNORE INTO phone_call ({', '.join(COLUMNS)}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (b, k, sk, g, e, start.isoformat(" ", "microseconds"), off, out, w, t, c)  # type: ignore[attr-defined]
                for b, k, sk, g, e, start, off, out, w, t, c in prepared
            ],
        )
        return int(conn.total_changes - before)

    def _copy(self, rows: Sequence[CallRow]) -> int:
        """COPY straight into ``phone_call`` under a savepoint; if a key is already there, COPY into
        a temporary table and move the new rows over instead."""
        import psycopg

        conn = self._dbapi
        prepared = self._prepared(rows)
        self._savepoints += 1
        name = f"phone_copy_{self._savepoints}"
        columns = ", ".join(COLUMNS)
        with conn.cursor() as cur:
            cur.execute(f"SAVEPOINT {name}")
            try:
                with cur.copy(f"COPY phone_call ({columns}) FROM STDIN") as copy:
                    for row in prepared:
                        copy.write_row(row)
            except psycopg.errors.UniqueViolation:
                cur.execute(f"ROLLBACK TO SAVEPOINT {name}")
            else:
                cur.execute(f"RELEASE SAVEPOINT {name}")
                return len(rows)
            cur.execute(
                "CREATE TEMP TABLE IF NOT EXISTS phone_call_incoming "
                "(LIKE phone_call INCLUDING DEFAULTS) ON COMMIT DROP"
            )
            cur.execute("TRUNCATE phone_call_incoming")
            with cur.copy(f"COPY phone_call_incoming ({columns}) FROM STDIN") as copy:
                for row in prepared:
                    copy.write_row(row)
            cur.execute(
                f"INSERT INTO phone_call ({columns}) "
                f"SELECT DISTINCT ON (call_key) {columns} FROM phone_call_incoming ORDER BY call_key "
                "ON CONFLICT (call_key) DO NOTHING"
            )
            return int(cur.rowcount)
