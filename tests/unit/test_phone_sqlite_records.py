"""Calls written to SQLite as records unpacked by SQL are stored exactly as ``executemany`` stores
them: the same values, the same storage classes, float bits included."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from ekadm_desktop.db.database import Database
from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.services.phone_import import sqlite_records
from ekadm_desktop.services.phone_import.call_block import CallBlock
from ekadm_desktop.services.phone_import.writer import CallWriter
from ekadm_desktop.services.setup import prepare_database

COLUMNS = (
    "call_key, source_key, group_id, extension_id, started_at, utc_offset_minutes, outcome, "
    "wait_seconds, talk_seconds, caller_hash, batch_id"
)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(DatabaseTarget.sqlite(tmp_path / "calls.sqlite"), backup_dir=tmp_path / "b")
    prepare_database(opened.database)
    try:
        yield opened.database
    finally:
        opened.database.dispose()


def _block(wait: list[float], talk: list[float], offsets: tuple[int, ...] = (60, 120, -300)) -> CallBlock:
    n = len(wait)
    starts = [datetime(1999, 12, 31, 23, 59, 59), datetime(2010, 3, 28, 2, 30), datetime(2010, 10, 31, 2, 30)]
    local = np.array(
        [int((starts[i % 3] - datetime(1970, 1, 1)).total_seconds()) + 7 * i for i in range(n)],
        dtype=np.int64,
    )
    caller = np.zeros((n, 16), dtype=np.uint8)
    caller[1::2] = np.arange(16, dtype=np.uint8) + 200
    block = CallBlock(
        line=np.arange(1, n + 1),
        local=local,
        offset=np.array([offsets[i % len(offsets)] for i in range(n)], dtype=np.int64),
        group=np.array([i % 3 - 1 for i in range(n)], dtype=np.int64),
        groups=["08-100", "08-200"],
        extension=np.array([i % 2 - 1 for i in range(n)], dtype=np.int64),
        extensions=["2901"],
        outcome=np.array([i % 4 for i in range(n)], dtype=np.int8),
        wait=np.array(wait, dtype=np.float64),
        talk=np.array(talk, dtype=np.float64),
        caller=caller,
    )
    block.key = (local - block.offset * 60 - 946_684_800) << 32 | np.arange(n, dtype=np.int64) * 977
    return block


def _stored(db: Database, block: CallBlock, monkeypatch: pytest.MonkeyPatch, *, records: bool) -> list[tuple]:
    """``block`` written in two parts (the second larger, so the row numbers grow)."""
    with monkeypatch.context() as patch:
        if not records:
            patch.setattr(sqlite_records, "records", lambda *a: None)
        with db.session() as s:
            s.execute(text("DELETE FROM phone_call"))
            writer = CallWriter(s, None)
            first = np.arange(len(block)) < len(block) // 3
            writer.write(block.take(first), np.array([1, 2]), np.array([3]))
            writer.write(block.take(~first), np.array([1, 2]), np.array([3]))
            writer.close()
            assert writer.written == len(block)
            temp = s.connection().exec_driver_sql("SELECT name FROM sqlite_temp_master").all()
            assert temp == []  # the row numbers went with the writer
        with db.session() as s:
            typed = ", ".join(f"typeof({c})" for c in COLUMNS.split(", "))
            rows = s.connection().exec_driver_sql(
                f"SELECT {COLUMNS}, {typed} FROM phone_call ORDER BY call_key"
            )
            return [tuple(v.hex() if isinstance(v, float) else v for v in row) for row in rows]


def _prepare_ids(db: Database) -> None:
    from ekadm_desktop.models.phone import Extension, PhoneGroup

    with db.session() as s:
        s.add_all([PhoneGroup(id=1, number="08-100", name="a"), PhoneGroup(id=2, number="08-200", name="b")])
        s.flush()
        s.add(Extension(id=3, number="2901", name="", group_id=1))


TYPICAL = (
    [math.nan, 0.0, 12.5, 300.7, 0.001, 86_399.999, 17.0, 1234567.25],
    [61.0, math.nan, 0.1, 2.0 / 3.0, 1e-3, 5.0, math.nan, 3600.0],
)


@pytest.mark.parametrize("offsets", [(60, 120, -300), (120,)], ids=["offsets", "one offset"])
def test_records_are_stored_as_executemany_stores_them(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, offsets: tuple[int, ...]
) -> None:
    _prepare_ids(sqlite_db)
    block = _block(*TYPICAL, offsets)
    assert sqlite_records.records(block, np.zeros((len(block), 26), np.uint8), block.group, block.extension)
    fast = _stored(sqlite_db, block, monkeypatch, records=True)
    assert fast == _stored(sqlite_db, block, monkeypatch, records=False)
    keys, groups, callers, waits = (
        [r[0] for r in fast],
        {r[2] for r in fast},
        {r[9] for r in fast},
        [r[7] for r in fast],
    )
    assert min(keys) < 0 and None in groups and None in callers and None in waits  # the edges were there
    assert {r[13] for r in fast} == {"integer", "null"}  # group_id
    assert {r[18] for r in fast} == {"real", "null"}  # wait_seconds
    assert {r[5] for r in fast} == set(offsets)


def test_a_block_with_times_records_cannot_hold_goes_to_executemany(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _prepare_ids(sqlite_db)
    block = _block([1e-5, 5e-324, 1e300, 2.0], [1.0, 2.0, 3.0, -0.0])
    assert sqlite_records.records(block, np.zeros((4, 26), np.uint8), block.group, block.extension) is None
    stored = _stored(sqlite_db, block, monkeypatch, records=True)
    assert [r[7] for r in stored] == [v.hex() for v in block.wait[np.argsort(block.key)]]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.floats(min_value=0, max_value=1e7, allow_nan=False),
            st.integers(0, 10**7).map(lambda n: n / 1000),  # decimal seconds as read from files
        ),
        min_size=1,
        max_size=20,
    )
)
def test_times_come_back_bit_for_bit(values: list[float]) -> None:
    exact = sqlite_records._exact(np.array(values))
    if exact is None:
        return  # executemany writes the block
    mantissa, shift = exact
    conn = sqlite3.connect(":memory:")
    for value, m, k in zip(values, mantissa.tolist(), shift.tolist(), strict=True):
        (back,) = conn.execute("SELECT ? * 1.0 / (1 << NULLIF(?, 99))", (str(m), k)).fetchone()
        assert back is not None and back.hex() == value.hex()
    conn.close()


def test_typical_times_are_always_exact() -> None:
    values = np.concatenate([np.arange(0, 10**6, 7) / 1000, np.arange(0, 10**5) / 10, [0.0]])
    assert sqlite_records._exact(values) is not None
