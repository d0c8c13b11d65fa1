"""SQLite specifics: a file that is safe on a network share, checks before opening, and backup."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from ekadm_desktop.db.errors import (
    CorruptDatabaseError,
    DatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from ekadm_desktop.i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def check_sqlite_file(path: Path) -> bool:
    """Raise a clear error if ``path`` cannot be our database; return False if it does not exist yet."""
    if path.is_dir():
        raise NotADatabaseError(tr("db", "{path} är en mapp, inte en databasfil.").format(path=path))
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseError(tr("db", "Mappen {folder} finns inte.").format(folder=path.parent))
        return False
    if path.stat().st_size == 0:
        return True  # an empty file is a new, empty SQLite database
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise ReadOnlyDatabaseError(
            tr("db", "Du har inte behörighet att läsa {path}.").format(path=path), detail=str(exc)
        ) from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            tr("db", "Filen {path} är ingen EkAdm-databas (den är inte en SQLite-databas).").format(path=path)
        )
    return True


def create_sqlite_engine(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine with foreign keys, a busy timeout, rollback journal (not WAL) and real transactions."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, open transactions, so DDL is transactional too
        # (a failed migration rolls back whole).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        # WAL needs shared memory and is unsafe on network shares; DELETE is the classic journal.
        cursor.execute("PRAGMA journal_mode = DELETE")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock at the start, waiting out the busy timeout if another
        # user holds it. A deferred BEGIN would read first and then fail at once ("database is
        # locked") when it tries to write while someone else writes: SQLite cannot wait there
        # without risking a deadlock. Sessions are short, so serialising them costs little.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def backup_sqlite(path: Path, backup_dir: Path, *, label: str = "backup") -> Path:
    """Copy the database consistently (SQLite's online backup) to a time-stamped file; return its path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{label}-{stamp}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{path.stem}-{label}-{stamp}-{counter}.sqlite"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's own integrity check and the foreign-key check; an empty list means all is well."""
    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            problems.extend(str(r[0]) for r in rows)
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(
                tr("db", "Rad {rowid} i {table} pekar på en rad i {parent} som saknas.").format(
                    rowid=rowid, table=table, parent=parent
                )
            )
    return problems


def raise_if_corrupt(engine: Engine, path: Path) -> None:
    """A quick check at open: a damaged file is refused before anything is written to it."""
    with engine.connect() as conn:
        result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    if result != "ok":
        raise CorruptDatabaseError(
            tr("db", "Databasen {where} är skadad ({problem}). Återställ en säkerhetskopia.").format(
                where=path, problem=result
            )
        )
