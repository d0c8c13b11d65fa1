"""Shared fixtures: a fresh database per test on SQLite and on a real PostgreSQL.

PostgreSQL tests need ``EKADM_TEST_PG_URL`` (CI sets it). Each test run creates its own
databases on that server (a migrated template, copied per test) and drops them at the end,
so nothing is left behind in the server's ``test`` database. With ``EKADM_REQUIRE_PG=1``
(set by ``.ci/run``) a missing server fails the run instead of skipping.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ekadm_desktop.db.database import Database
from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.services.bundle import Services, build_services
from ekadm_desktop.services.setup import prepare_database
from ekadm_desktop.services.users import CurrentUser

PG_URL_ENV = "EKADM_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data and backups of every test go to its own folder, never the user's."""
    home = tmp_path / "ekadm-home"
    monkeypatch.setenv("EKADM_HOME", str(home))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    return home


class PostgresServer:
    """Creates throw-away databases on the test server, all dropped at the end of the run."""

    def __init__(self, url: str) -> None:
        self.base_url = make_url(url).set(drivername="postgresql+psycopg")
        self.admin = create_engine(self.base_url, isolation_level="AUTOCOMMIT")
        self.prefix = f"ekadm_t{uuid.uuid4().hex[:8]}"
        self.created: list[str] = []
        self.template: str | None = None

    def url_for(self, name: str) -> str:
        return self.base_url.set(database=name).render_as_string(hide_password=False)

    def create(self, *, from_template: bool = True) -> str:
        name = f"{self.prefix}_{len(self.created)}"
        with self.admin.connect() as conn:
            if from_template:
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.migrated_template()}"'))
            else:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return self.url_for(name)

    def migrated_template(self) -> str:
        if self.template is None:
            name = f"{self.prefix}_template"
            with self.admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            self.created.append(name)
            opened = open_database(
                DatabaseTarget.postgres(self.url_for(name)), backup_dir=Path("/nonexistent")
            )
            opened.database.dispose()
            self.template = name
        return self.template

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in reversed(self.created):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        if os.environ.get("EKADM_REQUIRE_PG") == "1":
            pytest.fail(f"{PG_URL_ENV} is not set but EKADM_REQUIRE_PG=1")
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV}")
    server = PostgresServer(url)
    try:
        yield server
    finally:
        server.drop_all()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> DatabaseTarget:
    """An empty database on each backend: a new SQLite file, or a fresh migrated PostgreSQL database."""
    if request.param == "sqlite":
        return DatabaseTarget.sqlite(tmp_path / "test.sqlite")
    server: PostgresServer = request.getfixturevalue("pg_server")
    return DatabaseTarget.postgres(server.create())


@pytest.fixture
def database(db_target: DatabaseTarget, tmp_path: Path) -> Iterator[Database]:
    """An opened, migrated and seeded database; the test's user is its administrator."""
    opened = open_database(db_target, backup_dir=tmp_path / "backups")
    prepare_database(opened.database)
    try:
        yield opened.database
    finally:
        opened.database.dispose()


@pytest.fixture
def admin_user(database: Database) -> CurrentUser:
    return prepare_database(database)


@pytest.fixture
def services(database: Database, admin_user: CurrentUser) -> Services:
    return build_services(database, admin_user)
