"""Phone rollups: built from calls and interval aggregates, merged per batch, exactly undone."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.phone import (
    Call,
    CallOutcome,
    Extension,
    IntervalAggregate,
    PhoneGroup,
    PhoneImportBatch,
)
from ekadm_desktop.models.phone_rollup import PhoneRollup, PhoneRollupDay, PhoneRollupExtension
from ekadm_desktop.services.phone_import.writer import CallWriter
from ekadm_desktop.services.phone_rollup import add_batch_to_rollup, rebuild_rollups, remove_batch_from_rollup
from ekadm_desktop.services.users import CurrentUser
from tests.conftest import PostgresServer

A, AB, TO, UN = CallOutcome.ANSWERED, CallOutcome.ABANDONED, CallOutcome.TIMEOUT, CallOutcome.UNKNOWN


def _setup(db: Database) -> tuple[int, int, int, int]:
    with db.session() as s:
        group = PhoneGroup(number="100", name="G")
        s.add(group)
        s.flush()
        ext = Extension(number="2001", name="E", group_id=group.id)
        s.add(ext)
        b1 = PhoneImportBatch(
            file_name="a", sha256="a", profile="p", imported_by="t", imported_at=datetime(2010, 1, 1)
        )
        b2 = PhoneImportBatch(
            file_name="b", sha256="b", profile="p", imported_by="t", imported_at=datetime(2010, 1, 1)
        )
        s.add_all([b1, b2])
        s.flush()
        return group.id, ext.id, b1.id, b2.id


def _calls(session, batch: int, group: int, ext: int, rows: list[tuple]) -> None:
    session.execute(
        insert(Call),
        [
            {
                "batch_id": batch,
                "source_key": f"{batch}-{i}",
                "group_id": group,
                "extension_id": ext if outcome is A else None,
                "started_at": at,
                "utc_offset_minutes": 60,
                "outcome": outcome,
                "wait_seconds": wait,
                "talk_seconds": 100.0 if outcome is A else None,
            }
            for i, (at, outcome, wait) in enumerate(rows)
        ],
    )
    _store_key_range(session, batch)


def _store_key_range(session: Session, batch: int) -> None:
    """What the importer's writer records: the batch's smallest and largest call key."""
    session.execute(
        text(
            "UPDATE phone_import_batch SET first_call_key = (SELECT MIN(call_key) FROM phone_call "
            "WHERE batch_id = :b), last_call_key = (SELECT MAX(call_key) FROM phone_call WHERE batch_id = :b) "
            "WHERE id = :b"
        ),
        {"b": batch},
    )


def _snapshot(db: Database) -> tuple[list[tuple], list[tuple]]:
    with db.session() as s:
        groups = [
            tuple(r) for r in s.execute(select(PhoneRollup.__table__).order_by(text("group_id, day, slot")))
        ]
        exts = [
            tuple(r)
            for r in s.execute(select(PhoneRollupExtension.__table__).order_by(text("extension_id, day")))
        ]
    return groups, exts


FIRST = [
    (datetime(2010, 3, 1, 9, 5), A, 4.0),  # Monday, slot 18
    (datetime(2010, 3, 1, 9, 29, 59), A, 25.0),
    (datetime(2010, 3, 1, 9, 30), AB, 3.0),  # slot 19, a short abandon
    (datetime(2010, 3, 1, 9, 45), AB, 40.0),
    (datetime(2010, 3, 2, 14, 0), TO, 120.0),
    (datetime(2010, 3, 2, 14, 10), UN, None),
    (datetime(2010, 3, 2, 14, 20), A, None),
]
SECOND = [
    (datetime(2010, 3, 1, 9, 10), A, 60.0),
    (datetime(2010, 3, 3, 8, 0), AB, 5.0),
]


def test_rollup_rows_hold_hand_computed_figures(database: Database) -> None:
    group, ext, b1, _b2 = _setup(database)
    with database.session() as s:
        _calls(s, b1, group, ext, FIRST)
        add_batch_to_rollup(s, b1)
    with database.session() as s:
        days = {r.day.isoformat(): r for r in s.execute(select(PhoneRollupDay.__table__))}
        slots = {(r.day.isoformat(), r.slot): r for r in s.execute(select(PhoneRollup.__table__))}
        ext_rows = list(s.execute(select(PhoneRollupExtension.__table__)))
    assert [(k, r.weekday, r.offered, r.answered, r.abandoned) for k, r in sorted(slots.items())] == [
        (("2010-03-01", 18), 1, 2, 2, 0),
        (("2010-03-01", 19), 1, 2, 0, 2),
        (("2010-03-02", 28), 2, 2, 1, 0),  # the timeout is offered; the incomplete call is not
    ]
    monday = days["2010-03-01"]
    assert (monday.offered, monday.answered, monday.abandoned) == (4, 2, 2)
    assert (monday.answered_wait_known, monday.answered_wait_total, monday.longest_wait) == (2, 29.0, 40.0)
    assert (monday.answered_within_5, monday.answered_within_20, monday.answered_within_25) == (1, 1, 2)
    assert (monday.abandoned_within_5, monday.abandoned_within_30, monday.abandoned_within_45) == (1, 1, 2)
    tuesday = days["2010-03-02"]
    # A timeout's wait is not the "longest wait" of answered or abandoned calls.
    assert (tuesday.offered, tuesday.answered, tuesday.incomplete, tuesday.answered_wait_known) == (
        2,
        1,
        1,
        0,
    )
    assert tuesday.longest_wait is None
    assert tuesday.talk_known == 1 and tuesday.talk_total == 100.0
    assert sorted((r.day.isoformat(), r.answered) for r in ext_rows) == [("2010-03-01", 2), ("2010-03-02", 1)]


def test_add_then_remove_batch_restores_the_rollup(database: Database) -> None:
    group, ext, b1, b2 = _setup(database)
    with database.session() as s:
        _calls(s, b1, group, ext, FIRST)
        add_batch_to_rollup(s, b1)
    before = _snapshot(database)
    with database.session() as s:
        _calls(s, b2, group, ext, SECOND)
        s.add(
            IntervalAggregate(
                batch_id=b2,
                group_id=group,
                interval_start=datetime(2010, 3, 1, 9, 0),
                interval_minutes=30,
                offered=10,
                answered=8,
                abandoned=2,
                short_abandoned=1,
                answered_within_threshold=6,
                wait_seconds_total=80.0,
                talk_seconds_total=None,
                longest_wait_seconds=90.0,
            )
        )
        s.flush()
        add_batch_to_rollup(s, b2)
    merged = _snapshot(database)
    assert merged != before
    with database.session() as s:
        r18 = s.execute(select(PhoneRollup.__table__).where(text("slot = 18"))).one()
        monday = s.execute(
            select(PhoneRollupDay.__table__).where(PhoneRollupDay.__table__.c.day == date(2010, 3, 1))
        ).one()
    assert (r18.offered, r18.answered, r18.abandoned) == (13, 11, 2)
    assert (monday.offered, monday.answered, monday.answered_wait_known, monday.answered_wait_total) == (
        15,
        11,
        11,
        169.0,
    )
    assert (monday.longest_wait, monday.interval_answered_within, monday.interval_short_abandoned) == (
        90.0,
        6,
        1,
    )
    with database.session() as s:
        rebuild_rollups(s)
    assert _snapshot(database) == merged  # merging equals recomputing
    with database.session() as s:
        remove_batch_from_rollup(s, b2)
        s.execute(text("DELETE FROM phone_call WHERE batch_id = :b"), {"b": b2})
        s.execute(text("DELETE FROM phone_interval WHERE batch_id = :b"), {"b": b2})
    assert _snapshot(database) == before


def test_removing_an_unknown_batch_changes_nothing(database: Database) -> None:
    group, ext, b1, _b2 = _setup(database)
    with database.session() as s:
        _calls(s, b1, group, ext, FIRST)
        rebuild_rollups(s)
    before = _snapshot(database)
    with database.session() as s:
        remove_batch_from_rollup(s, 999)
    assert _snapshot(database) == before


@pytest.mark.parametrize("minutes, slots", [(15, [(18, 5)]), (60, [(18, 5)]), (1440, [])])
def test_interval_aggregates_of_a_day_have_no_time_of_day(
    database: Database, minutes: int, slots: list
) -> None:
    group, _ext, _b1, _b2 = _setup(database)
    with database.session() as s:
        s.add(
            IntervalAggregate(
                group_id=group,
                interval_start=datetime(2010, 3, 1, 9, 0),
                interval_minutes=minutes,
                offered=5,
                answered=5,
                abandoned=0,
            )
        )
        s.flush()
        rebuild_rollups(s)
        assert [(r.slot, r.offered) for r in s.execute(select(PhoneRollup.__table__))] == slots
        day = s.execute(select(PhoneRollupDay.__table__)).one()
    assert (day.offered, day.answered_wait_known) == (5, 0)


def _all_rollups(db: Database) -> list[list[tuple]]:
    with db.session() as s:
        return [
            [tuple(r) for r in s.execute(select(table.__table__).order_by(*table.__table__.primary_key))]
            for table in (PhoneRollupDay, PhoneRollup, PhoneRollupExtension)
        ]


def test_the_writers_tally_gives_the_rows_of_the_sql_rollup(database: Database) -> None:
    """The import's fast path (counting calls as they are written) merges into existing rows
    exactly as ``add_batch_to_rollup`` and a rebuild do."""
    group, ext, b1, b2 = _setup(database)
    with database.session() as s:
        _calls(s, b1, group, ext, FIRST)
        add_batch_to_rollup(s, b1)
    with database.session() as s:
        writer = CallWriter(s, b2, tally=True)
        writer.add_many(
            (f"t-{i}", group, ext if o is A else None, at, 60, o.value, w, 100.0 if o is A else None, None)
            for i, (at, o, w) in enumerate([*SECOND, *FIRST, (datetime(2010, 3, 1, 9, 5), A, 400.0)])
        )
        writer.close()
        assert writer.tally is not None and writer.written == 10
        writer.tally.merge_into(s)
    tallied = _all_rollups(database)
    day = next(r for r in tallied[0] if r[0] == date(2010, 3, 1))
    assert day[2:5] == (10, 6, 4)  # offered, answered, abandoned: FIRST twice, SECOND and the extra call
    with database.session() as s:
        rebuild_rollups(s)
    assert _all_rollups(database) == tallied


def test_the_tally_counts_only_the_calls_written_when_some_were_duplicates(database: Database) -> None:
    """Keys already stored, or repeated in a block, are left out before writing, so the tally
    stays exact instead of falling back to reading the batch back."""
    group, ext, b1, b2 = _setup(database)
    first = ("one", group, None, datetime(2010, 3, 1, 9, 0), 60, "abandoned", 3.0, None, None)
    with database.session() as s:
        writer = CallWriter(s, b1, tally=True)
        writer.add_many([first])
        writer.close()
        assert writer.tally is not None
        writer.tally.merge_into(s)
    second = ("two", group, ext, datetime(2010, 3, 1, 9, 10), 60, "answered", 7.5, 60.0, None)
    with database.session() as s:
        writer = CallWriter(s, b2, tally=True)
        writer.add_many([first, second, second])
        writer.close()
        assert (writer.written, writer.duplicates) == (1, 2)
        assert writer.tally is not None
        writer.tally.merge_into(s)
    tallied = _all_rollups(database)
    day = next(r for r in tallied[0] if r[0] == date(2010, 3, 1))
    assert day[2:5] == (2, 1, 1)  # offered, answered, abandoned
    with database.session() as s:
        rebuild_rollups(s)
    assert _all_rollups(database) == tallied


# Two batches interleaved in time around the repeated autumn hour (02:00–03:00 on 31 October 2010
# comes first in summer time, +120, then in winter time, +60): start, offset, outcome, wait.
AUTUMN = {
    "one": [
        (datetime(2010, 10, 30, 23, 50), 120, A, 10.0),
        (datetime(2010, 10, 31, 2, 30), 120, A, 4.0),
        (datetime(2010, 10, 31, 2, 30), 60, AB, 30.0),
        (datetime(2010, 11, 1, 9, 0), 60, A, 50.0),
    ],
    "two": [
        (datetime(2010, 10, 29, 12, 0), 120, AB, 2.0),
        (datetime(2010, 10, 30, 0, 30), 120, A, 6.0),  # 29 October in UTC
        (datetime(2010, 10, 31, 2, 45), 120, A, 12.0),
        (datetime(2010, 10, 31, 2, 15), 60, A, 8.0),
        (datetime(2010, 10, 31, 10, 0), 60, TO, 90.0),
    ],
}


def test_undo_of_one_batch_leaves_the_other_as_a_rebuild_would(
    database: Database, admin_user: CurrentUser
) -> None:
    from ekadm_desktop.services.phone_import import PhoneImportService

    group, ext, b1, b2 = _setup(database)
    with database.session() as s:
        for batch, name in ((b1, "one"), (b2, "two")):
            s.execute(
                insert(Call),
                [
                    {
                        "batch_id": batch,
                        "source_key": f"{name}-{i}",
                        "group_id": group,
                        "extension_id": ext if outcome is A else None,
                        "started_at": at,
                        "utc_offset_minutes": offset,
                        "outcome": outcome,
                        "wait_seconds": wait,
                    }
                    for i, (at, offset, outcome, wait) in enumerate(AUTUMN[name])
                ],
            )
            _store_key_range(s, batch)
            s.execute(
                text("UPDATE phone_import_batch SET rows_imported = :n WHERE id = :b"),
                {"b": batch, "n": len(AUTUMN[name])},
            )
        s.add(
            IntervalAggregate(
                batch_id=b2,
                group_id=group,
                interval_start=datetime(2010, 10, 31, 9, 0),
                interval_minutes=30,
                offered=3,
                answered=3,
                abandoned=0,
            )
        )
        s.flush()
        add_batch_to_rollup(s, b1)
        add_batch_to_rollup(s, b2)
        ranges = {
            b: (first, last)
            for b, first, last in s.execute(
                select(PhoneImportBatch.id, PhoneImportBatch.first_call_key, PhoneImportBatch.last_call_key)
            )
        }
    # The key ranges overlap: each batch's range holds calls of the other.
    (first1, last1), (first2, last2) = ranges[b1], ranges[b2]
    assert first1 is not None and last1 is not None and first2 is not None and last2 is not None
    assert first2 < first1 < last2 < last1
    both = _all_rollups(database)
    with database.session() as s:
        rebuild_rollups(s)
    assert _all_rollups(database) == both

    importer = PhoneImportService(database, admin_user)
    assert [(b.id, b.calls, b.intervals) for b in importer.batches()] == [(b2, 5, 1), (b1, 4, 0)]
    importer.undo(b1)
    with database.session() as s:
        left = sorted(str(k) for k in s.scalars(select(Call.source_key)))
    assert left == [f"two-{i}" for i in range(5)]
    undone = _all_rollups(database)
    day = {r[0]: r for r in undone[0]}
    assert day[date(2010, 10, 31)][2:5] == (6, 5, 0)  # offered, answered, abandoned: 3 calls + 3 interval
    assert day[date(2010, 10, 30)][2:5] == (1, 1, 0) and date(2010, 11, 1) not in day
    with database.session() as s:
        rebuild_rollups(s)
    assert _all_rollups(database) == undone
    assert [(b.id, b.calls, b.intervals) for b in importer.batches()] == [(b2, 5, 1)]
    importer.undo(b2)
    assert _all_rollups(database) == [[], [], []]
    assert importer.batches() == []


def test_a_call_inserted_through_the_model_is_a_duplicate_of_the_same_call_imported(
    database: Database,
) -> None:
    """The model's default key hashes ``source_key`` as the importer does."""
    group, ext, b1, b2 = _setup(database)
    with database.session() as s:
        _calls(s, b1, group, ext, [(datetime(2010, 3, 1, 9, 0), A, 12.0)])
        stored = s.scalar(select(Call.call_key))
    with database.session() as s:
        writer = CallWriter(s, b2)
        writer.add_many(
            [(f"{b1}-0", group, ext, datetime(2010, 3, 1, 9, 0), 60, "answered", 12.0, 100.0, None)]
        )
        writer.close()
        assert (writer.written, writer.duplicates, writer.first_key) == (0, 1, None)
    with database.session() as s:
        assert s.scalars(select(Call.call_key)).all() == [stored]


@pytest.mark.postgres
def test_postgres_import_racing_another_for_the_same_calls_fails_cleanly(
    pg_server: PostgresServer, tmp_path: Path
) -> None:
    """Two imports of the same calls at once: the second one's COPY waits for the first one's keys,
    then gets a unique violation when it commits; it fails with a Swedish message and writes nothing."""
    import threading
    import time

    from ekadm_desktop.db.open import open_database
    from ekadm_desktop.db.target import DatabaseTarget
    from ekadm_desktop.errors import EkadmError
    from ekadm_desktop.services.setup import prepare_database

    opened = open_database(DatabaseTarget.postgres(pg_server.create()), backup_dir=tmp_path / "b")
    db = opened.database
    prepare_database(db)
    try:
        group, ext, b1, b2 = _setup(db)
        rows = [
            (f"race-{i}", group, ext, datetime(2010, 3, 1, 9, i), 60, "answered", 5.0, 60.0, None)
            for i in range(10)
        ]
        outcome: list[BaseException | None] = []

        def second() -> None:
            try:
                with db.session() as s:
                    writer = CallWriter(s, b2)
                    writer.add_many(rows)
                    writer.close()
                outcome.append(None)
            except BaseException as exc:  # examined below
                outcome.append(exc)

        with db.session() as s:
            writer = CallWriter(s, b1)
            writer.add_many(rows)
            writer.close()
            racer = threading.Thread(target=second)
            racer.start()
            waited = 0.0
            while waited < 10:  # until the second import's COPY waits for this transaction
                s.connection().exec_driver_sql("SELECT pg_stat_clear_snapshot()")  # stats are per transaction
                blocked = s.connection().exec_driver_sql(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()"
                )
                if blocked.scalar():
                    break
                time.sleep(0.05)
                waited += 0.05
            assert waited < 10, f"the second import never waited for the first: {outcome}"
        racer.join(10)
        assert len(outcome) == 1 and isinstance(outcome[0], EkadmError)
        assert "samtidigt av en annan import" in str(outcome[0])
        with db.session() as s:
            batches = s.execute(text("SELECT batch_id, count(*) FROM phone_call GROUP BY batch_id")).all()
        assert batches == [(b1, 10)]
    finally:
        db.dispose()
