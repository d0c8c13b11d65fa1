"""`ekadm gdpr purge`: lists first, --dry-run changes nothing, then anonymises; errors are one line."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from ekadm_desktop.cli import main
from ekadm_desktop.services.demo import create_demo_database
from ekadm_desktop.settings import AppPaths, Settings, save_settings

TEXT_COLUMNS = (
    "description",
    "requested_action",
    "root_cause_text",
    "immediate_action",
    "corrective_action",
    "answer_text",
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    create_demo_database(path, backup_dir=folder / "backups", calls_scale=0.01)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for each test."""
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    return copy


def purged_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        texts = sum(
            conn.execute(f"SELECT count(*) FROM complaint WHERE {column} = '(gallrat)'").fetchone()[0]
            for column in TEXT_COLUMNS
        )
        events = conn.execute("SELECT count(*) FROM complaint_event WHERE text = '(gallrat)'").fetchone()[0]
    return int(texts + events)


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def purge(path: Path, *extra: str) -> int:
    return main(["--database", str(path), "gdpr", "purge", "--today", "2012-12-31", *extra])


def test_dry_run_lists_and_changes_nothing_then_purge_anonymises(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    due = query(
        demo,
        "SELECT case_number FROM complaint WHERE status = 'closed' AND closed_on < '2010-12-31' "
        "ORDER BY closed_on, case_number",
    )
    assert len(due) > 50
    audits_before = query(demo, "SELECT count(*) FROM audit_record")
    before = digest(demo)

    assert purge(demo, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "före 2010-12-31 (24 månader)" in out
    assert "Ärendenummer" in out and "Avslutad" in out and "Kund" in out and "kontaktperson" in out
    assert all(case in out for (case,) in due)
    assert f"Klagomål att anonymisera: {len(due)}" in out
    assert out.rstrip().endswith("Inget ändrades.")
    assert purged_count(demo) == 0
    assert query(demo, "SELECT count(*) FROM complaint WHERE anonymised_on IS NOT NULL") == [(0,)]
    assert query(demo, "SELECT count(*) FROM audit_record") == audits_before
    assert digest(demo) == before

    assert purge(demo) == 0
    out = capsys.readouterr().out
    assert f"Klagomål att anonymisera: {len(due)}" in out  # the list comes first
    assert f"Anonymiserade klagomål: {len(due)}" in out and "Inget ändrades." not in out
    assert purged_count(demo) > len(due)
    assert (
        query(
            demo,
            "SELECT case_number FROM complaint WHERE anonymised_on = '2012-12-31' ORDER BY closed_on, case_number",
        )
        == due
    )
    assert query(
        demo,
        "SELECT count(*) FROM complaint WHERE anonymised_on IS NOT NULL AND contact_person != ''",
    ) == [(0,)]
    assert query(
        demo,
        "SELECT count(*) FROM complaint WHERE anonymised_on IS NULL AND "
        "(description = '(gallrat)' OR answer_text = '(gallrat)')",
    ) == [(0,)]  # the complaints closed since are untouched
    [(audits,)] = query(demo, "SELECT count(*) FROM audit_record WHERE reason LIKE 'GDPR-gallring: %'")
    assert audits >= len(due)

    assert purge(demo) == 0
    out = capsys.readouterr().out
    assert "Inga klagomål att gallra." in out and "Inget ändrades." in out


def test_months_come_from_the_settings(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(AppPaths.default(), Settings(retention_months=48))
    assert purge(demo, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "före 2008-12-31 (48 månader)" in out and "Inga klagomål att gallra." in out
    assert purge(demo, "--dry-run", "--months", "30") == 0
    assert "före 2010-06-30 (30 månader)" in capsys.readouterr().out


def test_errors_are_one_line(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(demo)
    cases = [
        (["--months", "0"], "minst en månad"),
        (["--today", "2012-13-01"], "ÅÅÅÅ-MM-DD"),
    ]
    for extra, expected in cases:
        assert main(["--database", str(demo), "gdpr", "purge", *extra]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("ekadm: ") and "\n" not in err and expected in err

    paths = AppPaths.default()  # a broken settings file: no purge with a guessed retention time
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("retention_months = [\n", encoding="utf-8")
    assert purge(demo) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("ekadm: ") and "\n" not in err and "--months" in err
    assert digest(demo) == before


def test_only_an_administrator_purges(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo) as conn:
        conn.execute("UPDATE app_user SET role = 'reader'")
    assert purge(demo) == 2
    captured = capsys.readouterr()
    assert "Klagomål att anonymisera" in captured.out  # listing is allowed
    assert captured.err.startswith("ekadm: ") and "administratör" in captured.err
    assert purged_count(demo) == 0
