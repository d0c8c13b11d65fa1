"""The fast (NumPy) reader of per-call files gives exactly what the per-row reader gives: the same
calls, keys, rejections with their lines and columns, and rollups, whichever lines it hands over."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.phone import Call, Extension, PhoneGroup
from ekadm_desktop.models.phone_rollup import PhoneRollup, PhoneRollupDay, PhoneRollupExtension
from ekadm_desktop.services.phone_import import PhoneImportService, fast_calls
from ekadm_desktop.services.phone_import.detect import plan_for
from ekadm_desktop.services.phone_import.fast_calls import FastCallReader
from ekadm_desktop.services.phone_import.profiles import Profile, builtin_profiles
from ekadm_desktop.services.phone_import.report import ImportReport
from ekadm_desktop.services.phone_import.source import open_source
from ekadm_desktop.services.users import CurrentUser


def builtin_profile(name: str) -> Profile:
    return next(p for p in builtin_profiles() if p.name == name)


HEADER = "Datum;Tid;Kö;Anknytning;Besvarad;Väntetid;Samtalstid;Nummer"

# Lines the fast reader must read, or hand over to the per-row reader, without changing the result.
EDGE_LINES = [
    "2010-03-01;08:00:05;08-508 290 10;2911;Ja;12,5;300;070-123 45 67",
    "2010-03-01;08:00:05;08-508 290 10;2911;Ja;12,5;300;070-123 45 67",  # the same call twice
    "2010-03-01;08:01:00;08-508 290 10;;Nej;40;;",
    "2010-03-01;08:02:00;08-508 290 20;2921;JA;0.5;61.25;+46 8 508 290 00",
    "2010-03-01; 08:03:00;08-508 290 20;2921;Ja;3;4;",  # a blank around a value
    "2010-03-01;08:04:00;08-508 290 20;2921;Ja;3;4;070 12 34 56 78 90 12 34 56",  # a caller over 16 digits
    "01/03/2010;08:05:00;08-508 290 20;2921;Ja;3;4;",  # a slashed date
    "2010-02-30;08:06:00;08-508 290 20;2921;Ja;3;4;",  # no such day
    "2010-03-01;25:00:00;08-508 290 20;2921;Ja;3;4;",  # no such hour
    "2010-03-01;08:07:00;08-508 290 20;2921;Kanske;3;4;",  # an outcome the profile does not know
    "2010-03-01;08:08:00;08-508 290 20;2921;Ja;-3;4;",  # a negative wait
    "2010-03-01;08:09:00;08-508 290 20;2921;Ja;1:30;4;",  # a wait as m:ss
    "2010-03-01;08:10:00;08-508 290 20;2921;Ja;1,2,3;4;",
    "2010-03-01;08:11:00;08-508 290 20",  # too few fields
    "2010-03-01;08:12:00;08-508 290 20;2921;Ja;3;4;;extra",  # too many
    "",
    "   ",
    "2010-03-01;08:13:00;" + "9" * 40 + ";2921;Ja;3;4;",  # a group number too long
    "2010-03-01;08:14:00;Växel;2921;Nej;3;0;",  # a talk of 0 on an abandoned call
    "2010-10-31;02:30:00;08-508 290 10;2911;Ja;3;4;",  # the repeated autumn hour
    "2010-03-28;02:30:00;08-508 290 10;2911;Ja;3;4;",  # the hour that does not exist in spring
    "1989-12-31;23:59:59;08-508 290 10;2911;Ja;3;4;",  # before the years the fast reader takes
    "2010-03-01;08:15:00;08-508 290 10;2911;Ja;99999999;4;",  # a wait of more than a month
    "2010-03-01;08:16:00;08-508 290 10;2911;Ja;007,50;4;",
]


def _file(path: Path, lines: list[str], *, crlf: bool = False, encoding: str = "cp1252") -> Path:
    ending = "\r\n" if crlf else "\n"
    path.write_bytes((ending.join([HEADER, *lines]) + ending).encode(encoding))
    return path


def _state(database: Database) -> tuple[object, ...]:
    with database.session() as s:
        calls = s.execute(
            select(
                Call.call_key,
                Call.source_key,
                PhoneGroup.number,
                Extension.number,
                Call.started_at,
                Call.utc_offset_minutes,
                Call.outcome,
                Call.wait_seconds,
                Call.talk_seconds,
                Call.caller_hash,
            )
            .outerjoin(PhoneGroup, PhoneGroup.id == Call.group_id)
            .outerjoin(Extension, Extension.id == Call.extension_id)
            .order_by(Call.call_key)
        ).all()
        rollups = [
            s.execute(select(t.__table__).order_by(*t.__table__.primary_key)).all()
            for t in (PhoneRollupDay, PhoneRollup, PhoneRollupExtension)
        ]
        s.execute(text("DELETE FROM phone_rollup_day"))
    # Totals summed in other blocks differ in the last bits: compare them rounded.
    rounded = tuple(
        tuple(tuple(round(v, 6) if isinstance(v, float) else v for v in row) for row in rows)
        for rows in rollups
    )
    return tuple(calls), rounded


def _report(report: ImportReport) -> tuple[object, ...]:
    return (
        report.rows_read,
        report.imported,
        report.duplicates,
        report.ignored,
        [(r.line, r.column, r.reason, r.record) for r in report.rejected],
    )


def _both_ways(
    database: Database,
    user: CurrentUser,
    tmp_path: Path,
    path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    require_fast: bool = True,
) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The report and stored state of importing ``path`` by the fast reader and per row (each into a
    database emptied of calls first)."""
    if require_fast:
        source = open_source(path)
        plan = plan_for(source, builtin_profile("generic_per_call"))
        assert plan is not None
        assert FastCallReader.open(source, plan, fixed_group=None, salt=b"s") is not None, "not read fast"
    results: list[tuple[Any, ...]] = []
    for fast in (True, False):
        with database.session() as s:
            for table in ("phone_rollup", "phone_rollup_day", "phone_rollup_extension", "phone_call"):
                s.execute(text(f"DELETE FROM {table}"))
            s.execute(text("DELETE FROM phone_import_batch"))
        with monkeypatch.context() as patch:
            if not fast:
                patch.setattr(FastCallReader, "open", classmethod(lambda cls, *a, **k: None))
            service = PhoneImportService(database, user, profile_dir=tmp_path / "profiles")
            report = service.import_file(path, "generic_per_call")
        results.append((_report(report), _state(database)))
    return results[0], results[1]


@pytest.mark.parametrize("crlf", [False, True])
def test_edge_lines_give_the_same_result_both_ways(
    database: Database, admin_user: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crlf: bool
) -> None:
    path = _file(tmp_path / "samtal.csv", EDGE_LINES, crlf=crlf)
    fast, slow = _both_ways(database, admin_user, tmp_path, path, monkeypatch)
    assert fast == slow
    report = fast[0]
    assert report[1] == 14 and report[2] == 0  # two alike lines are two calls, not a duplicate
    assert len(report[4]) >= 6  # the rejected lines, each with its place


def test_a_large_file_gives_the_same_result_both_ways(
    database: Database, admin_user: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several chunks, with edge lines scattered through them."""
    monkeypatch.setattr(fast_calls, "CHUNK_BYTES", 4000)  # lines cross the windows
    monkeypatch.setattr(fast_calls, "FIRST_CHUNK_BYTES", 1500)
    rng = random.Random(5)
    lines = []
    for i in range(700):
        if rng.random() < 0.1:
            lines.append(rng.choice(EDGE_LINES))
            continue
        answered = rng.random() < 0.85
        lines.append(
            f"2010-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d};{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d};08-508 290 {rng.randint(1, 3)}0;{'29' + str(i % 7) if answered else ''};"
            f"{'Ja' if answered else 'Nej'};{rng.randint(0, 200)},{rng.randint(0, 9)};"
            f"{rng.randint(10, 900) if answered else ''};070-{rng.randint(1000000, 1000300)}"
        )
    path = _file(tmp_path / "stor.csv", lines, encoding="utf-8-sig")
    fast, slow = _both_ways(database, admin_user, tmp_path, path, monkeypatch)
    assert fast == slow
    assert fast[0][1] > 600


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picked=st.lists(st.sampled_from(EDGE_LINES), min_size=1, max_size=30))
def test_any_mix_of_edge_lines_gives_the_same_result_both_ways(
    database: Database,
    admin_user: CurrentUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    picked: list[str],
) -> None:
    path = _file(tmp_path / "mix.csv", picked)
    if not any(line.strip() for line in picked):
        return
    fast, slow = _both_ways(database, admin_user, tmp_path, path, monkeypatch, require_fast=False)
    assert fast == slow


@pytest.mark.parametrize(
    ("raw", "fast"),
    [(b"a;b\r\nc;d\r\n", True), (b"a;b\nc;d", True), (b"a;b\rc;d\r\n", False), (b"a;b\r\nc;d\r", False)],
)
def test_only_files_whose_carriage_returns_end_lines_are_read_fast(raw: bytes, fast: bool) -> None:
    assert fast_calls._crlf_only(raw) is fast
