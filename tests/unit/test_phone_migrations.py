"""A database with calls from before the rollups (schema 0003) upgrades to the head: the calls get
their 64-bit keys and the rollups hold exactly what a rebuild from the calls gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from ekadm_desktop.db import migrate
from ekadm_desktop.models.phone import Call
from ekadm_desktop.models.phone_rollup import PhoneRollup, PhoneRollupDay, PhoneRollupExtension
from ekadm_desktop.services.phone_rollup import rebuild_rollups_on

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
