"""`ekadm`: db check/upgrade/backup, info; errors are one line on stderr with exit code 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ekadm_desktop.cli import main
from ekadm_desktop.db import migrate
from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.services.setup import prepare_database


def make_db(path: Path) -> Path:
    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=path.parent / "b")
    prepare_database(opened.database)
    opened.database.dispose()
    return path


def test_check_a_good_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_db(tmp_path / "ok.sqlite")
    assert main(["--database", str(path), "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "Inga fel hittades." in out and migrate.head_revision() in out


def test_check_finds_broken_references(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_db(tmp_path / "fk.sqlite")
    with sqlite3.connect(path) as conn:  # foreign keys are off in this raw connection
        conn.execute("UPDATE customer SET unit_id = 999 WHERE id = 1")
    assert main(["--database", str(path), "db", "check"]) == 1
    assert "customer" in capsys.readouterr().out


def test_errors_are_one_line_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("nej", encoding="utf-8")
    assert main(["--database", str(junk), "info"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("ekadm: ") and str(junk) in err
    assert main(["--database", str(tmp_path / "missing.sqlite"), "db", "check"]) == 2
    assert "finns inte" in capsys.readouterr().err


def test_backup_and_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_db(tmp_path / "b.sqlite")
    assert main(["--database", str(path), "db", "backup", "--to", str(tmp_path / "kopior")]) == 0
    copy = Path(capsys.readouterr().out.strip())
    assert copy.parent == tmp_path / "kopior" and copy.stat().st_size > 0
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (31,)
    assert main(["--database", str(path), "info"]) == 0
    out = capsys.readouterr().out
    assert "Kunder (förvaltningar)" in out and "31" in out


def test_upgrade_reports_current(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_db(tmp_path / "u.sqlite")
    assert main(["--database", str(path), "db", "upgrade"]) == 0
    assert "redan aktuell" in capsys.readouterr().out


@pytest.mark.postgres
def test_check_on_postgres(pg_server, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_server.create()
    assert main(["--database", url, "db", "check"]) == 0
    assert "Inga fel hittades." in capsys.readouterr().out
    assert main(["--database", url, "info"]) == 0
    assert "PostgreSQL" in capsys.readouterr().out


def test_demo_create(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "create", str(path), "--calls-scale", "0.01"]) == 0
    assert "skapad" in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM complaint").fetchone()[0] >= 100
    assert main(["demo", "create", str(path)]) == 2  # never over an existing database
    assert str(path) in capsys.readouterr().err
