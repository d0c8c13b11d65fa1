"""Fast bulk writing of calls inside the session's transaction: ``executemany`` on SQLite's own
connection, ``COPY`` on PostgreSQL (via psycopg). Rows whose ``source_key`` is already in the
database (or earlier in the same file) are left out and counted as duplicates.

A call row is ``(source_key, group_id, extension_id, started_at, utc_offset_minutes, outcome,
wait_seconds, talk_seconds, caller_hash)``; the demo generator writes through the same class.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy.orm import Session

CallRow = tuple[str, int | None, int | None, datetime, int, str, float | None, float | None, str | None]
COLUMNS = (
    "batch_id",
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
# The four indexes of phone_call grow past SQLite's default 2 MB page cache within the first
# hundred thousand calls; a larger cache for the import keeps them from spilling to disk mid-transaction.
SQLITE_CACHE_KIB = 64 * 1024


class CallWriter:
    """Writes call rows of one batch; ``written`` and ``duplicates`` count what happened."""

    def __init__(self, session: Session, batch_id: int | None) -> None:
        self.batch_id = batch_id
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
        for row in rows:
            self.add(row)

    def close(self) -> None:
        """Write what is pending and give SQLite its usual cache back."""
        self.flush()
        if self._cache_before is not None:
            self._dbapi.execute(f"PRAGMA cache_size = {self._cache_before}")
            self._cache_before = None

    def flush(self) -> None:
        rows, self._pending = self._pending, []
        if not rows:
            return
        written = self._copy(rows) if self._postgres else self._sqlite(rows)
        self.written += written
        self.duplicates += len(rows) - written

    def _sqlite(self, rows: Sequence[CallRow]) -> int:
        conn = self._dbapi
        before = conn.total_changes
        batch = self.batch_id
        # In key order the unique index on source_key is filled page by page instead of at random.
        rows = sorted(rows, key=itemgetter(0))
        # SQLAlchemy's SQLite DateTime storage format, so its queries compare alike.
        conn.executemany(
            f"INSERT OR IGNORE INTO phone_call ({', '.join(COLUMNS)}) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (batch, key, g, e, start.isoformat(" ", "microseconds"), off, out, w, t, c)
                for key, g, e, start, off, out, w, t, c in rows
            ],
        )
        return int(conn.total_changes - before)

    def _copy(self, rows: Sequence[CallRow]) -> int:
        """COPY straight into ``phone_call`` under a savepoint; if a key is already there, COPY into
        a temporary table and move the new rows over instead."""
        import psycopg

        conn = self._dbapi
        self._savepoints += 1
        name = f"phone_copy_{self._savepoints}"
        with conn.cursor() as cur:
            cur.execute(f"SAVEPOINT {name}")
            try:
                with cur.copy(f"COPY phone_call ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    batch = self.batch_id
                    for row in rows:
                        copy.write_row((batch, *row))
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
            with cur.copy(f"COPY phone_call_incoming ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row((self.batch_id, *row))
            columns = ", ".join(COLUMNS)
            cur.execute(
                f"INSERT INTO phone_call ({columns}) "
                f"SELECT DISTINCT ON (source_key) {columns} FROM phone_call_incoming ORDER BY source_key "
                "ON CONFLICT (source_key) DO NOTHING"
            )
            return int(cur.rowcount)
