"""`ekadm phone stats`: JSON keys, fractions, null for an empty period, series and the table."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

import pytest
from sqlalchemy import insert

from ekadm_desktop.cli import main
from ekadm_desktop.cli_phone_stats import add_stats_parser, cmd_phone_stats
from ekadm_desktop.db.database import Database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.models.phone import Call, CallOutcome, PhoneGroup
from ekadm_desktop.services.phone_rollup import rebuild_rollups
from ekadm_desktop.settings import AppPaths

KEYS = [
    "offered",
    "answered",
    "abandoned",
    "short_abandoned",
    "answer_rate",
    "abandonment_rate",
    "asa_seconds",
    "longest_wait_seconds",
    "service_level",
    "service_level_threshold_seconds",
    "busiest_hour",
]


@pytest.fixture
def where(database: Database, db_target: DatabaseTarget) -> str:
    """The ``--database`` argument of a database with five calls to group 555 on 1–2 March 2010."""
    with database.session() as s:
        group = PhoneGroup(number="555", name="Grupp")
        s.add(group)
        s.flush()
        calls = [
            (datetime(2010, 3, 1, 9, 0), CallOutcome.ANSWERED, 10.0),
            (datetime(2010, 3, 1, 9, 10), CallOutcome.ANSWERED, 30.0),
            (datetime(2010, 3, 1, 9, 20), CallOutcome.ABANDONED, 2.0),
            (datetime(2010, 3, 2, 13, 0), CallOutcome.ANSWERED, 5.0),
            (datetime(2010, 3, 2, 13, 5), CallOutcome.ABANDONED, 60.0),
        ]
        s.execute(
            insert(Call),
            [
                {
                    "source_key": f"k{i}",
                    "group_id": group.id,
                    "started_at": at,
                    "outcome": o,
                    "wait_seconds": w,
                }
                for i, (at, o, w) in enumerate(calls)
            ],
        )
        rebuild_rollups(s)
    return str(db_target.sqlite_path or db_target.postgres_url)


def test_json_for_a_group(where: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--database", where, "phone", "stats", "--from", "2010-03-01", "--to", "2010-03-31"]
    assert main([*argv, "--group", "555", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == KEYS
    assert (data["offered"], data["answered"], data["abandoned"], data["short_abandoned"]) == (5, 3, 2, 1)
    assert data["answer_rate"] == pytest.approx(3 / 4)
    assert data["abandonment_rate"] == pytest.approx(2 / 5)
    assert data["asa_seconds"] == pytest.approx(15.0)
    assert data["longest_wait_seconds"] == 60.0
    assert data["service_level"] == pytest.approx(2 / 3)
    assert data["service_level_threshold_seconds"] == 20
    assert data["busiest_hour"] == "09:00–10:00"


def test_series_by_day_and_empty_period(where: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "--database",
        where,
        "phone",
        "stats",
        "--from",
        "2010-03-01",
        "--to",
        "2010-03-03",
        "--by",
        "day",
    ]
    assert main([*argv, "--format", "json"]) == 0
    days = json.loads(capsys.readouterr().out)
    assert [(d["period"], d["offered"], d["answer_rate"]) for d in days] == [
        ("2010-03-01", 3, pytest.approx(2 / 2)),
        ("2010-03-02", 2, pytest.approx(1 / 2)),
        ("2010-03-03", 0, None),
    ]
    assert days[2]["service_level"] is None and days[2]["busiest_hour"] is None
    assert (
        main(
            [
                "--database",
                where,
                "phone",
                "stats",
                "--from",
                "2011-01-01",
                "--to",
                "2011-01-31",
                "--format",
                "json",
            ]
        )
        == 0
    )
    empty = json.loads(capsys.readouterr().out)
    assert empty["offered"] == 0 and empty["answer_rate"] is None and empty["asa_seconds"] is None


def test_table_and_errors(where: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--database", where, "phone", "stats", "--from", "2010-03-01", "--to", "2010-03-31"]
    assert main([*argv, "--by", "month"]) == 0
    out = capsys.readouterr().out
    assert "2010-03" in out and "75,0\xa0%" in out and "0:15" in out
    assert main([*argv, "--group", "999"]) == 2
    assert "999" in capsys.readouterr().err
    assert main(["--database", where, "phone", "stats", "--from", "2010-03-31", "--to", "2010-03-01"]) == 2
    assert main(["--database", where, "phone", "stats", "--from", "31/3", "--to", "2010-03-01"]) == 2


def test_the_function_on_its_own_parser(where: str, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database")
    add_stats_parser(parser.add_subparsers(dest="phone_command"))
    args = parser.parse_args(
        ["--database", where, "stats", "--from", "2010-03-02", "--to", "2010-03-02", "--format", "json"]
    )
    assert cmd_phone_stats(args, AppPaths.default()) == 0
    assert json.loads(capsys.readouterr().out)["offered"] == 2
