"""A database with calls from before the rollups (schema 0003) upgrades to the head: the calls get
their 64-bit keys and the rollups hold exactly what a rebuild from the calls gives. One of schema
0005 gets its calls keyed by time (0006), its batches their key ranges, and downgrades back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, func, inspect, select, text

from ekadm_desktop.db import migrate
from ekadm_desktop.db.sqlite import create_sqlite_engine
from ekadm_desktop.models import Base
from ekadm_desktop.models.phone import Call, call_key
from ekadm_desktop.models.phone_rollup import PhoneRollup, PhoneRollupDay, PhoneRollupExtension
from ekadm_desktop.services.phone_rollup import rebuild_rollups_on
from tests.unit.test_schema import include_name

CALLS = [
    # started_at, outcome, wait, talk, extension
    ("2010-03-01 09:05:00", "answered", 12.0, 180.0, 1),
    ("2010-03-01 09:40:00", "answered", 35.0, 95.0, 2),
    ("2010-03-01 10:10:00", "abandoned", 3.0, None, None),
    ("2010-03-02 13:00:00", "abandoned", 48.0, None, None),
    ("2010-03-02 13:20:00", "timeout", 300.0, None, None),
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite'}"
    server = request.getfixturevalue("pg_server")
    return str(server.create(from_template=False))


def rollup_rows(conn: object) -> dict[str, list[tuple[object, ...]]]:
    rows = {}
    for model in (PhoneRollupDay, PhoneRollup, PhoneRollupExtension):
        table = model.__table__
        columns = [c for c in table.columns if c.name != "id"]
        query = select(*columns).order_by(*columns[:4])
        rows[table.name] = [tuple(r) for r in conn.execute(query)]  # type: ignore[attr-defined]
    return rows


def test_calls_of_an_older_database_are_keyed_and_rolled_up(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, "0003")
            conn.execute(
                text(
                    "INSERT INTO phone_group (id, number, name, created_at, created_by, updated_at, updated_by, version) VALUES (1, '08-508 290 10', 'Nord', CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't', 1)"
                )
            )
            for n in (1, 2):
                conn.execute(
                    text(
                        "INSERT INTO phone_extension (id, number, name, group_id, created_at, created_by, "
                        "updated_at, updated_by, version) VALUES (:n, :number, '', 1, CURRENT_TIMESTAMP, 't', "
                        "CURRENT_TIMESTAMP, 't', 1)"
                    ),
                    {"n": n, "number": f"29{n}"},
                )
            for i, (started, outcome, wait, talk, extension) in enumerate(CALLS):
                conn.execute(
                    text(
                        "INSERT INTO phone_call (source_key, group_id, extension_id, started_at, "
                        "utc_offset_minutes, outcome, wait_seconds, talk_seconds) VALUES "
                        "(:key, 1, :ext, :started, 60, :outcome, :wait, :talk)"
                    ),
                    {
                        "key": f"old-{i}",
                        "ext": extension,
                        "started": started,
                        "outcome": outcome,
                        "wait": wait,
                        "talk": talk,
                    },
                )
        with engine.begin() as conn:
            migrate.upgrade(conn)
            assert migrate.current_revision(conn) == migrate.head_revision()
            keys = conn.execute(select(Call.call_key)).scalars().all()
            assert len(keys) == len(CALLS) and None not in keys and len(set(keys)) == len(CALLS)
            upgraded = rollup_rows(conn)
            offered = conn.execute(select(func.sum(PhoneRollupDay.__table__.c.offered))).scalar()
            assert offered == len(CALLS)  # answered, abandoned and timed-out calls are all offered
            rebuild_rollups_on(conn)
            assert rollup_rows(conn) == upgraded
    finally:
        engine.dispose()


# 0005 calls: id, batch, old 64-bit hash key (None: none), local start, UTC offset. The upgrade keys
# them ((UTC seconds - 946684800) << 32) | (old key, else id, & 0xFFFFFFFF).
OLD_CALLS: list[tuple[int, int | None, int | None, str, int]] = [
    (1, 1, -0x123456789ABCDEF0, "2010-03-01 09:05:00", 60),
    (2, 2, 0x0FEDCBA987654321, "2010-10-31 02:30:00", 120),  # the repeated autumn hour: summer time
    (3, 2, 0x1111111122222222, "2010-10-31 02:30:00", 60),  # … and the same wall time in winter time
    (4, None, None, "2010-03-01 10:00:00", 60),  # a demo call: no batch, no key
]
# 2010-03-01 09:05 +01:00 = 08:05Z = 1267430700 s since 1970 = 320745900 s since 2000;
# the low 32 bits of -0x123456789ABCDEF0 are 0x100000000 - 0x9ABCDEF0 = 0x65432110.
# 2010-10-31 02:30 +02:00 = 00:30Z = 1288485000 = 341800200 since 2000; 02:30 +01:00 = 01:30Z, 3600 s later.
# 2010-03-01 10:00 +01:00 = 09:00Z = 1267434000 = 320749200 since 2000; no key, so the id (4).
NEW_KEYS = {
    1: (320745900 << 32) | 0x65432110,
    2: (341800200 << 32) | 0x87654321,
    3: (341803800 << 32) | 0x22222222,
    4: (320749200 << 32) | 4,
}


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):  # the app's engine: foreign keys on (no cascade may strike)
        return create_sqlite_engine(Path(url.removeprefix("sqlite:///")))
    return create_engine(url)


def _fill_0005(conn: Connection) -> None:
    conn.execute(
        text(
            "INSERT INTO phone_group (id, number, name, created_at, created_by, updated_at, updated_by, "
            "version) VALUES (1, '100', 'G', CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't', 1)"
        )
    )
    for batch in (1, 2, 3):
        conn.execute(
            text(
                "INSERT INTO phone_import_batch (id, file_name, sha256, profile, imported_by, imported_at, "
                "rows_read, rows_imported, rows_skipped, rows_rejected) "
                "VALUES (:id, 'f', :sha, 'p', 't', CURRENT_TIMESTAMP, 2, 2, 0, 0)"
            ),
            {"id": batch, "sha": str(batch)},
        )
    conn.execute(  # batch 3 holds interval rows only
        text(
            "INSERT INTO phone_interval (batch_id, group_id, interval_start, interval_minutes, offered, "
            "answered, abandoned) VALUES (3, 1, '2010-03-01 09:00:00', 30, 4, 3, 1)"
        )
    )
    for id_, batch_id, key, started, offset in OLD_CALLS:
        conn.execute(
            text(
                "INSERT INTO phone_call (id, batch_id, call_key, source_key, group_id, started_at, "
                "utc_offset_minutes, outcome, wait_seconds) "
                "VALUES (:id, :batch, :key, :source, 1, :started, :offset, 'answered', 5.0)"
            ),
            {
                "id": id_,
                "batch": batch_id,
                "key": key,
                "source": f"s{id_}",
                "started": datetime.fromisoformat(started),
                "offset": offset,
            },
        )


def _keys(conn: Connection) -> dict[str, int]:
    return {str(k): int(v) for k, v in conn.execute(text("SELECT source_key, call_key FROM phone_call"))}


def _batch_keys(conn: Connection) -> dict[int, tuple[int | None, int | None]]:
    rows = conn.execute(text("SELECT id, first_call_key, last_call_key FROM phone_import_batch"))
    return {b: (first, last) for b, first, last in rows}


def _indexes(conn: Connection) -> set[str]:
    found = inspect(conn)
    names = {i["name"] for i in found.get_indexes("phone_call")}
    names |= {u["name"] for u in found.get_unique_constraints("phone_call")}
    return {n for n in names if n}


def test_calls_of_a_0005_database_are_keyed_by_time(url: str) -> None:
    engine = _engine(url)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, "0005")
            _fill_0005(conn)
        with engine.begin() as conn:
            migrate.upgrade(conn)
            assert _keys(conn) == {f"s{id_}": key for id_, key in NEW_KEYS.items()}
            assert _batch_keys(conn) == {
                1: (NEW_KEYS[1], NEW_KEYS[1]),
                2: (NEW_KEYS[2], NEW_KEYS[3]),
                3: (None, None),
            }
            # The model's key function agrees with the migration's SQL.
            assert call_key(datetime(2010, 10, 31, 2, 30), 60, 0x1111111122222222) == NEW_KEYS[3]
            # The rebuilt (SQLite) or altered (PostgreSQL) table is exactly the model's.
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            assert compare_metadata(context, Base.metadata) == []
            assert _indexes(conn) == set()
            assert conn.execute(text("SELECT COUNT(*) FROM phone_interval WHERE batch_id = 3")).scalar() == 1
        config = migrate.alembic_config()
        assert isinstance(config, Config)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0005")
            assert _indexes(conn) == {
                "uq_phone_call_call_key",
                "ix_phone_call_batch_id",
                "ix_phone_call_started_at",
            }
            assert "id" in {c["name"] for c in inspect(conn).get_columns("phone_call")}
            assert _keys(conn) == {f"s{id_}": key for id_, key in NEW_KEYS.items()}
        with engine.begin() as conn:
            migrate.upgrade(conn)  # keying keys already keyed by time changes nothing
            assert _keys(conn) == {f"s{id_}": key for id_, key in NEW_KEYS.items()}
            assert _batch_keys(conn)[2] == (NEW_KEYS[2], NEW_KEYS[3])
    finally:
        engine.dispose()


def _rollup_foreign_keys(conn: Connection) -> dict[str, list[str]]:
    found = inspect(conn)
    return {
        table: sorted(fk["referred_table"] for fk in found.get_foreign_keys(table))
        for table in ("phone_rollup_day", "phone_rollup", "phone_rollup_extension")
    }


def _without_rowid(conn: Connection) -> set[str]:
    if conn.dialect.name != "sqlite":
        return set()
    rows = conn.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'phone_rollup%'")
    )
    return {name for name, sql in rows if "WITHOUT ROWID" in sql}


def test_the_rollups_lose_their_foreign_keys_and_keep_their_rows(url: str) -> None:
    engine = _engine(url)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, "0005")
            _fill_0005(conn)
            migrate.upgrade(conn, "0006")
            conn.execute(
                text(
                    "INSERT INTO phone_extension (id, number, name, group_id, created_at, created_by, "
                    "updated_at, updated_by, version) "
                    "VALUES (7, '2901', '', 1, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't', 1)"
                )
            )
            conn.execute(text("UPDATE phone_call SET extension_id = 7 WHERE source_key = 's1'"))
            rebuild_rollups_on(conn)
            before = rollup_rows(conn)
            with_keys = _rollup_foreign_keys(conn)
            rowid_free = _without_rowid(conn)
        assert all(before.values())
        assert rowid_free == ({"phone_rollup_day", "phone_rollup"} if url.startswith("sqlite") else set())
        assert with_keys == {
            "phone_rollup_day": ["phone_group"],
            "phone_rollup": ["phone_group"],
            "phone_rollup_extension": ["phone_extension"],
        }
        with engine.begin() as conn:
            migrate.upgrade(conn)
            assert rollup_rows(conn) == before
            assert _rollup_foreign_keys(conn) == {table: [] for table in with_keys}
            assert _without_rowid(conn) == rowid_free
            assert "ix_phone_rollup_extension_day" in {
                i["name"] for i in inspect(conn).get_indexes("phone_rollup_extension")
            }
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            assert compare_metadata(context, Base.metadata) == []
        config = migrate.alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0006")
            assert _rollup_foreign_keys(conn) == with_keys
            assert rollup_rows(conn) == before
            assert _without_rowid(conn) == rowid_free
    finally:
        engine.dispose()
