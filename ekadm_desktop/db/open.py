"""Opening a database safely: check it, back it up, upgrade it, or refuse it with a clear message.

Nothing here runs on a half-migrated schema: migrations run in one transaction (DDL is
transactional on both SQLite and PostgreSQL), and an SQLite file is copied before an upgrade.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from ekadm_desktop.db import migrate
from ekadm_desktop.db.database import Database, database_login
from ekadm_desktop.db.errors import (
    DatabaseError,
    MigrationError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    classify_postgres_error,
    classify_sqlite_error,
)
from ekadm_desktop.db.postgres import create_postgres_engine
from ekadm_desktop.db.sqlite import (
    BUSY_TIMEOUT_MS,
    backup_sqlite,
    check_sqlite_file,
    create_sqlite_engine,
    raise_if_corrupt,
)
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.i18n import tr

# SQLite's quick check reads the whole file: at every start for files up to this size, and always
# before an upgrade. Larger files (and damage met later) are caught by SQLite's own errors and by
# `ekadm db check`; reading 100 MB over a network share at each start would be felt.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024

# Serialises upgrades when several clients open an older PostgreSQL database at once.
PG_MIGRATION_LOCK = 0x454B41444D


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    created: bool  # the schema was created now (a new, empty database)
    upgraded_from: str | None  # the revision before an upgrade, else None
    backup: Path | None  # the copy made before an upgrade (SQLite)


def open_database(
    target: DatabaseTarget,
    *,
    backup_dir: Path,
    password: str | None = None,
    create: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> OpenedDatabase:
    """Open ``target``, creating or upgrading its schema; raise ``DatabaseError`` subclasses."""
    where = target.describe()
    if target.sqlite_path is not None:
        path = target.sqlite_path
        existed = check_sqlite_file(path)
        if not existed and not create:
            raise DatabaseError(tr("db", "Databasen {where} finns inte.").format(where=where))
        _check_writable(path, existed)
        engine = create_sqlite_engine(path, busy_timeout_ms=busy_timeout_ms)
    else:
        engine = create_postgres_engine(target.url, password)
    try:
        return _prepare(engine, target, backup_dir)
    except DatabaseError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        if target.is_sqlite:
            raise classify_sqlite_error(exc, where) from exc
        raise classify_postgres_error(exc, where) from exc


def _check_writable(path: Path, existed: bool) -> None:
    # The rollback journal is a file beside the database, so the folder must be writable too.
    if existed and not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(
            tr(
                "db", "Databasen {where} är skrivskyddad. Kontrollera behörigheten till filen och mappen."
            ).format(where=path)
        )
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyDatabaseError(
            tr("db", "Mappen {folder} är skrivskyddad; databasen behöver kunna skriva där.").format(
                folder=path.parent
            )
        )


def _prepare(engine: Engine, target: DatabaseTarget, backup_dir: Path) -> OpenedDatabase:
    where = target.describe()
    with engine.connect() as conn:
        revision = migrate.current_revision(conn)
        tables = migrate.user_tables(conn)
    _refuse_foreign(revision, tables, where)
    head = migrate.head_revision()
    path = target.sqlite_path
    if (
        path is not None
        and path.exists()
        and (revision != head or path.stat().st_size <= QUICK_CHECK_MAX_BYTES)
    ):
        raise_if_corrupt(engine, path)
    backup: Path | None = None
    created = revision is None
    if revision != head:
        if revision is not None and target.sqlite_path is not None:
            backup = backup_sqlite(target.sqlite_path, backup_dir, label=f"fore-uppgradering-{revision}")
        _upgrade(engine, where, backup)
    database = Database(engine, target, database_login(engine))
    return OpenedDatabase(database, created, None if created or revision == head else revision, backup)


def _refuse_foreign(revision: str | None, tables: list[str], where: str) -> None:
    if revision is None and tables:
        raise NotADatabaseError(
            tr("db", "{where} innehåller tabeller men är ingen EkAdm-databas. Välj en annan databas.").format(
                where=where
            )
        )
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerDatabaseError(
            tr(
                "db",
                "Databasen {where} har schemaversion {revision}, som är nyare än den här versionen av "
                "programmet ({head}). Uppdatera EkAdm Desktop för att öppna den.",
            ).format(where=where, revision=revision, head=migrate.head_revision())
        )


def _upgrade(engine: Engine, where: str, backup: Path | None) -> None:
    try:
        with engine.begin() as conn:
            _lock_for_migration(conn)
            revision = migrate.current_revision(conn)  # another client may have upgraded meanwhile
            if revision != migrate.head_revision():
                migrate.upgrade(conn)
    except DBAPIError as exc:
        saved = (
            tr("db", " Originalet är oförändrat; en kopia finns i {backup}.").format(backup=backup)
            if backup
            else ""
        )
        raise MigrationError(
            tr("db", "Uppgraderingen av databasen {where} misslyckades: {error}.").format(
                where=where, error=str(exc.orig).strip()
            )
            + saved,
            detail=str(exc),
        ) from exc


def _lock_for_migration(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})


@dataclass(frozen=True)
class ProbeResult:
    """What a connection test found, before the user saves a database choice."""

    revision: str | None
    head: str
    empty: bool

    def describe(self) -> str:
        if self.empty:
            return tr("db", "Anslutningen fungerar. Databasen är tom och förbereds när den öppnas.")
        if self.revision == self.head:
            return tr(
                "db", "Anslutningen fungerar. Databasen har aktuell schemaversion ({revision})."
            ).format(revision=self.revision)
        return tr(
            "db",
            "Anslutningen fungerar. Databasen har schemaversion {revision} och uppgraderas till {head} när den "
            "öppnas (efter en säkerhetskopia).",
        ).format(revision=self.revision, head=self.head)


def probe_database(
    target: DatabaseTarget, *, password: str | None = None, busy_timeout_ms: int = 3000
) -> ProbeResult:
    """Connect and read the schema version without changing anything; raise what opening would raise."""
    where = target.describe()
    if target.sqlite_path is not None:
        existed = check_sqlite_file(target.sqlite_path)
        _check_writable(target.sqlite_path, existed)
        if not existed:
            return ProbeResult(None, migrate.head_revision(), True)
        engine = create_sqlite_engine(target.sqlite_path, busy_timeout_ms=busy_timeout_ms)
    else:
        engine = create_postgres_engine(target.url, password)
    try:
        if target.sqlite_path is not None:
            raise_if_corrupt(engine, target.sqlite_path)
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
            tables = migrate.user_tables(conn)
        _refuse_foreign(revision, tables, where)
        return ProbeResult(revision, migrate.head_revision(), revision is None)
    except DBAPIError as exc:
        if target.is_sqlite:
            raise classify_sqlite_error(exc, where) from exc
        raise classify_postgres_error(exc, where) from exc
    finally:
        engine.dispose()
