"""Opening databases: new, older, newer, foreign, damaged, locked, read-only, unreachable."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from ekadm_desktop.db import migrate
from ekadm_desktop.db.errors import (
    AuthenticationError,
    CorruptDatabaseError,
    DatabaseLockedError,
    MigrationError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    ServerUnreachableError,
)
from ekadm_desktop.db.open import open_database, probe_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.models.reference import Customer, IndicatorTarget, Price, TransactionType, Unit
from ekadm_desktop.services.setup import prepare_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_sqlite(path: Path) -> Path:
    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=path.parent / "backups")
    prepare_database(opened.database)
    opened.database.dispose()
    return path


def test_new_database_is_migrated_and_seeded(database) -> None:
    with database.session() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()
        assert s.scalar(select(func.count()).select_from(Unit)) == 4
        customers = s.scalars(select(Customer)).all()
        assert len(customers) == 31
        assert sum(c.kind == "district" for c in customers) == 14
        assert any(c.name.startswith("Rinkeby-Kista") for c in customers)
        prices = {
            p.transaction_type.code: int(p.amount_sek)
            for p in s.scalars(select(Price).where(Price.year == 2010))
        }
        assert prices == {
            "cl_feeder": 9,
            "cl_manual": 30,
            "cl_manual_attachment": 45,
            "sl_electronic": 19,
            "sl_manual": 40,
            "reminder": 40,
            "hour_accountant": 400,
            "hour_administrator": 360,
        }
        targets = {t.indicator: float(t.value) for t in s.scalars(select(IndicatorTarget))}
        assert targets["customer_invoices_per_fte_month"] == 4300
        assert targets["supplier_invoices_per_fte_month"] == 2500
        assert targets["satisfied_customers_share"] == pytest.approx(0.9)
        assert s.scalar(select(func.count()).select_from(TransactionType)) >= 12


def test_opening_twice_changes_nothing(tmp_path: Path) -> None:
    path = new_sqlite(tmp_path / "a.sqlite")
    before = digest(path)
    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path / "backups")
    opened.database.dispose()
    assert not opened.created and opened.upgraded_from is None and opened.backup is None
    assert digest(path) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Det här är inte en databas\n" * 10, encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path)
    assert str(path) in caught.value.message and "ingen EkAdm-databas" in caught.value.message
    assert digest(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="mapp"):
        open_database(DatabaseTarget.sqlite(tmp_path), backup_dir=tmp_path)


def test_a_damaged_file_is_refused_untouched(tmp_path: Path) -> None:
    path = new_sqlite(tmp_path / "damaged.sqlite")
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 512):  # scribble over every page after the header page
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)) as caught:
        open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path / "backups")
    assert str(path) in caught.value.message
    assert digest(path) == before


def test_another_apps_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotADatabaseError, match="ingen EkAdm-databas"):
        open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path)


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = new_sqlite(tmp_path / "newer.sqlite")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(path)
    with pytest.raises(NewerDatabaseError) as caught:
        open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path / "backups")
    assert "9999" in caught.value.message and "nyare" in caught.value.message
    assert digest(path) == before


def test_a_locked_database_says_so(tmp_path: Path) -> None:
    path = new_sqlite(tmp_path / "locked.sqlite")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path / "backups", busy_timeout_ms=100)
        assert "låst" in caught.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = new_sqlite(tmp_path / "ro.sqlite")
    # Tests may run as root, who may write anywhere: pretend the OS says no.
    monkeypatch.setattr("ekadm_desktop.db.open.os.access", lambda p, mode: Path(p) != path)
    with pytest.raises(ReadOnlyDatabaseError, match="skrivskyddad"):
        open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path)


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="finns inte"):
        open_database(DatabaseTarget.sqlite(tmp_path / "nope" / "x.sqlite"), backup_dir=tmp_path)


HEAD = migrate.head_revision()
NEXT = f"{int(HEAD) + 1:04d}"


def _migrations_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """A copy of the app's migrations plus a revision after the head with ``body`` as its upgrade()."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{NEXT}_test_change.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '{NEXT}'\ndown_revision = '{HEAD}'\nbranch_labels = None\ndepends_on = None\n"
        f"def upgrade():\n{body}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)


def test_an_older_database_is_backed_up_then_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = new_sqlite(tmp_path / "old.sqlite")
    _migrations_with(
        tmp_path, monkeypatch, "    op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))"
    )
    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path / "backups")
    try:
        assert opened.upgraded_from == HEAD and opened.backup is not None
        with sqlite3.connect(opened.backup) as conn:  # the copy is the old database as it was
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
            assert conn.execute("SELECT count(*) FROM customer").fetchone() == (31,)
            assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'extra'").fetchall()
        with opened.database.session() as s:
            assert migrate.current_revision(s.connection()) == NEXT
            assert s.execute(text("SELECT count(*) FROM extra")).scalar() == 0
    finally:
        opened.database.dispose()


def test_a_failed_upgrade_leaves_the_old_schema_and_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = new_sqlite(tmp_path / "old.sqlite")
    _migrations_with(
        tmp_path,
        monkeypatch,
        "    op.create_table('half', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    op.execute('INSERT INTO no_such_table VALUES (1)')",
    )
    with pytest.raises(MigrationError) as caught:
        open_database(DatabaseTarget.sqlite(path), backup_dir=tmp_path / "backups")
    assert "misslyckades" in caught.value.message and "kopia" in caught.value.message
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half" not in tables  # the migration rolled back whole
    assert len(list((tmp_path / "backups").glob("*.sqlite"))) == 1


def test_probe_reads_without_changing(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    assert probe_database(DatabaseTarget.sqlite(path)).empty
    assert not path.exists()
    new_sqlite(path)
    result = probe_database(DatabaseTarget.sqlite(path))
    assert result.revision == migrate.head_revision() and "aktuell" in result.describe()


@pytest.mark.postgres
def test_postgres_server_that_does_not_answer() -> None:
    target = DatabaseTarget.postgres("postgresql://postgres@127.0.0.1:1/test")
    with pytest.raises(ServerUnreachableError) as caught:
        open_database(target, backup_dir=Path("/nonexistent"))
    assert "127.0.0.1:1" in caught.value.message and "svarar inte" in caught.value.message


@pytest.mark.postgres
def test_postgres_unknown_login_is_refused(pg_server) -> None:
    url = pg_server.base_url.set(username="ingen_sadan_anvandare", password="fel")
    target = DatabaseTarget.postgres(url.render_as_string(hide_password=False))
    with pytest.raises(AuthenticationError, match="godtog inte"):
        open_database(target, backup_dir=Path("/nonexistent"))


@pytest.mark.postgres
def test_postgres_login_is_the_servers_current_user(pg_server) -> None:
    opened = open_database(DatabaseTarget.postgres(pg_server.create()), backup_dir=Path("/nonexistent"))
    try:
        assert opened.database.login == pg_server.base_url.username
    finally:
        opened.database.dispose()
