"""Schema versions: which revision a database is at, upgrading it, refusing one newer than the app.

Revision ids are four-digit numbers (``0001``, ``0002`` …) and the migration files are named
after them, so the app can learn the head revision at start-up by listing a folder instead
of importing Alembic (which is slow to import); Alembic is loaded only to upgrade.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    """All revisions this app knows, oldest first."""
    return sorted(
        m.group(1) for p in (MIGRATIONS_DIR / "versions").iterdir() if (m := _REVISION_FILE.match(p.name))
    )


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def user_tables(conn: Connection) -> list[str]:
    return [t for t in inspect(conn).get_table_names() if t != VERSION_TABLE]


def alembic_config() -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Upgrade inside the caller's transaction: all migrations apply, or none."""
    from alembic import command
    from alembic.config import Config

    config = alembic_config()
    assert isinstance(config, Config)
    config.attributes["connection"] = conn
    command.upgrade(config, revision)
