"""The demo database: figures that match the operations description, registers that hang together,
calls like a switchboard's, the same data from the same seed, and nothing half-made left behind."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from random import Random
from typing import Any

import pytest
from sqlalchemy import func, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.models.phone import Call, CallOutcome
from ekadm_desktop.models.reference import TransactionType
from ekadm_desktop.models.volumes import MonthlyVolume
from ekadm_desktop.progress import Cancelled, Progress
from ekadm_desktop.services.demo import DemoSummary, create_demo_database, populate_demo
from ekadm_desktop.services.demo.calls import CALLS_PER_DAY, GroupSpec, calls_for_day
from ekadm_desktop.services.demo.workdays import add_working_days, holidays, is_working_day, working_days
from ekadm_desktop.services.setup import prepare_database

SCALE = 0.02
INVOICE_SQL = """
    SELECT v.year, SUM(v.quantity) FROM monthly_volume v
    JOIN transaction_type t ON t.id = v.transaction_type_id
    JOIN process p ON p.id = v.process_id
    WHERE t.counts_as_invoice AND p.code = ?
    GROUP BY v.year
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    return path, create_demo_database(path, backup_dir=folder / "backups", calls_scale=SCALE)


@pytest.fixture
def sql(demo: tuple[Path, DemoSummary]) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{demo[0]}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def one(conn: sqlite3.Connection, query: str, *params: object) -> Any:
    return conn.execute(query, params).fetchone()[0]


def invoices(conn: sqlite3.Connection, process: str) -> dict[int, float]:
    return {year: total for year, total in conn.execute(INVOICE_SQL, (process,))}


# -- the figures of the operations description ------------------------------------------


def test_invoice_volumes_match_the_description(
    sql: sqlite3.Connection, demo: tuple[Path, DemoSummary]
) -> None:
    summary = demo[1]
    customer = invoices(sql, "customer_ledger")
    supplier = invoices(sql, "supplier_ledger")
    for year in (2009, 2010):
        assert customer[year] == pytest.approx(1_450_000, rel=0.03)
    assert supplier[2010] == pytest.approx(1_020_000, rel=0.03)
    assert supplier[2009] > supplier[2010]
    assert summary.customer_invoices == {year: int(total) for year, total in customer.items()}
    assert summary.supplier_invoices == {year: int(total) for year, total in supplier.items()}


def test_every_month_has_the_whole_staff(sql: sqlite3.Connection, demo: tuple[Path, DemoSummary]) -> None:
    months = sql.execute(
        "SELECT year, month, SUM(fte), SUM(headcount) FROM staffing GROUP BY year, month"
    ).fetchall()
    assert len(months) == 24
    for year, month, fte, headcount in months:
        assert fte == pytest.approx(91.6, abs=0.05), (year, month)
        assert headcount == 95, (year, month)
    assert demo[1].fte_by_month_2010 == pytest.approx(91.6, abs=0.05)
    assert demo[1].headcount_2010 == 95


def test_ledger_staff_gives_invoices_per_fte_near_target(sql: sqlite3.Connection) -> None:
    for process, target in (("customer_ledger", 4300), ("supplier_ledger", 2500)):
        rows = sql.execute(
            """
            SELECT v.year, v.month, SUM(v.quantity) / (
                SELECT SUM(s.fte) FROM staffing s JOIN process sp ON sp.id = s.process_id
                WHERE sp.code = ? AND s.year = v.year AND s.month = v.month)
            FROM monthly_volume v
            JOIN transaction_type t ON t.id = v.transaction_type_id
            JOIN process p ON p.id = v.process_id
            WHERE t.counts_as_invoice AND p.code = ?
            GROUP BY v.year, v.month
            """,
            (process, process),
        ).fetchall()
        per_fte = [value for _, _, value in rows]
        assert len(per_fte) == 24
        assert sum(per_fte) / len(per_fte) == pytest.approx(target, rel=0.05)
        assert any(v > target for v in per_fte) and any(v < target for v in per_fte)
        assert all(0.5 * target < v < 1.4 * target for v in per_fte)


def test_every_unit_staffs_the_core_processes_of_its_customers(sql: sqlite3.Connection) -> None:
    missing = sql.execute(
        """
        SELECT DISTINCT a.year, c.unit_id, s.process_id FROM service_agreement a
        JOIN customer c ON c.id = a.customer_id
        JOIN agreement_service s ON s.agreement_id = a.id
        WHERE NOT EXISTS (SELECT 1 FROM staffing st WHERE st.year = a.year AND st.unit_id = c.unit_id
                          AND st.process_id = s.process_id AND st.fte > 0)
        """
    ).fetchall()
    assert missing == []


def test_electronic_handling_is_plausible_and_rising(sql: sqlite3.Connection) -> None:
    def share(electronic_code: str, process: str, year: int) -> float:
        return float(
            one(
                sql,
                """
                SELECT 1.0 * SUM(CASE WHEN t.code = ? THEN v.quantity END) / SUM(v.quantity)
                FROM monthly_volume v JOIN transaction_type t ON t.id = v.transaction_type_id
                JOIN process p ON p.id = v.process_id
                WHERE t.counts_as_invoice AND p.code = ? AND v.year = ?
                """,
                electronic_code,
                process,
                year,
            )
        )

    for year in (2009, 2010):
        assert 0.75 <= share("cl_feeder", "customer_ledger", year) <= 0.93
        assert 0.45 <= share("sl_electronic", "supplier_ledger", year) <= 0.82
    assert share("cl_feeder", "customer_ledger", 2010) > share("cl_feeder", "customer_ledger", 2009)
    assert share("sl_electronic", "supplier_ledger", 2010) > share("sl_electronic", "supplier_ledger", 2009)


def test_follow_up_volumes_are_small_and_in_their_processes(sql: sqlite3.Connection) -> None:
    totals = dict(
        sql.execute(
            """
            SELECT t.code || '/' || p.code, SUM(v.quantity) FROM monthly_volume v
            JOIN transaction_type t ON t.id = v.transaction_type_id JOIN process p ON p.id = v.process_id
            WHERE v.year = 2010 GROUP BY t.code, p.code
            """
        ).fetchall()
    )
    customer_invoices = 1_450_000
    assert 0.02 * customer_invoices < totals["reminder/customer_ledger"] < 0.12 * customer_invoices
    assert 0 < totals["incorrect_document/customer_ledger"] < 0.01 * customer_invoices
    assert 0 < totals["incorrect_document/supplier_ledger"] < 0.01 * customer_invoices
    assert 0 < totals["debt_collection/supplier_ledger"] < totals["sl_manual/supplier_ledger"] * 0.01
    assert totals["late_interest/supplier_ledger"] > totals["debt_collection/supplier_ledger"]
    for code in (
        "unidentified_payment/cash_bank",
        "petty_cash/cash_bank",
        "unpaid_customer_invoice/customer_ledger",
    ):
        assert totals[code] > 0, code


# -- registers --------------------------------------------------------------------------


def test_reference_data_for_2009_users_and_agreements(sql: sqlite3.Connection) -> None:
    assert one(sql, "SELECT COUNT(*) FROM price WHERE year = 2009") == one(
        sql, "SELECT COUNT(*) FROM price WHERE year = 2010"
    )
    assert (
        one(
            sql,
            "SELECT COUNT(*) FROM price p9 JOIN price p10 ON p10.transaction_type_id = p9.transaction_type_id "
            "AND p10.year = 2010 WHERE p9.year = 2009 AND p9.amount_sek > p10.amount_sek",
        )
        == 0
    )
    assert one(sql, "SELECT COUNT(*) FROM indicator_target WHERE year = 2009") == 3
    roles = dict(sql.execute("SELECT login, role FROM app_user").fetchall())
    assert roles["karin.controller"] == "controller"
    assert roles["anna.enhetschef"] == "unit_manager"
    assert "reader" in roles.values()
    assert one(sql, "SELECT COUNT(*) FROM unit WHERE manager_login = '' OR manager_name = ''") == 0
    assert (
        one(
            sql,
            "SELECT COUNT(*) FROM unit u JOIN app_user a ON a.login = u.manager_login AND a.unit_id = u.id "
            "AND a.role = 'unit_manager'",
        )
        == 4
    )
    assert one(sql, "SELECT COUNT(*) FROM service_agreement") == 31 * 2
    core_in_each = sql.execute(
        """
        SELECT a.id, COUNT(*) FROM service_agreement a JOIN agreement_service s ON s.agreement_id = a.id
        JOIN process p ON p.id = s.process_id WHERE p.kind = 'core' GROUP BY a.id
        """
    ).fetchall()
    assert len(core_in_each) == 62 and {n for _, n in core_in_each} == {4}
    assert 5 <= one(sql, "SELECT COUNT(*) FROM additional_agreement WHERE valid_from <= valid_to") <= 12
    assert one(sql, "SELECT COUNT(*) FROM service_hours WHERE hours > 0") > 0


def test_complaints_are_numbered_and_consistent(
    sql: sqlite3.Connection, demo: tuple[Path, DemoSummary]
) -> None:
    rows = sql.execute(
        "SELECT year, serial, case_number, status, received_at, acknowledged_on, deadline, answered_on, "
        "closed_on, secret FROM complaint ORDER BY year, serial"
    ).fetchall()
    assert 100 <= len(rows) <= 200
    assert demo[1].complaints == len(rows)
    secret = sum(row[9] for row in rows)
    assert 0 < secret < 0.15 * len(rows)
    assert demo[1].secret_complaints == secret
    for year in (2009, 2010):
        serials = [row[1] for row in rows if row[0] == year]
        assert serials == list(range(1, len(serials) + 1))
    open_at_end = overdue = 0
    for year, serial, case_number, status, received, ack, deadline, answered, closed, _ in rows:
        assert case_number == f"K-{year}-{serial:04d}"
        received_on = datetime.fromisoformat(received).date()
        assert received_on.year == year and is_working_day(received_on)
        assert deadline == add_working_days(received_on, 10).isoformat()
        dates = [received_on.isoformat(), ack, answered, closed]
        present = [d for d in dates if d is not None]
        assert present == sorted(present), case_number
        assert present == dates[: len(present)], case_number  # no later step without the earlier
        expected_status = {1: "registered", 2: ("acknowledged", "investigating"), 3: "answered", 4: "closed"}
        assert status in expected_status[len(present)], case_number
        if status != "closed":
            open_at_end += 1
            overdue += deadline < "2010-12-31"
    assert 1 <= open_at_end <= 20
    assert overdue >= 1
    causes = dict(sql.execute("SELECT error_cause, COUNT(*) FROM complaint GROUP BY error_cause").fetchall())
    assert max((n, c) for c, n in causes.items() if c is not None)[1] == "own"
    events = dict(
        sql.execute("SELECT complaint_id, COUNT(*) FROM complaint_event GROUP BY complaint_id").fetchall()
    )
    assert len(events) == len(rows) and set(events.values()) <= {1, 2, 3, 4}


def test_customer_log(sql: sqlite3.Connection, demo: tuple[Path, DemoSummary]) -> None:
    entries = one(sql, "SELECT COUNT(*) FROM log_entry")
    assert 200 <= entries <= 600
    assert demo[1].log_entries == entries
    assert one(sql, "SELECT COUNT(DISTINCT kind) FROM log_entry") == 7
    assert one(
        sql, "SELECT MIN(entry_date) >= '2009-01-01' AND MAX(entry_date) <= '2010-12-31' FROM log_entry"
    )
    assert (
        one(sql, "SELECT COUNT(*) FROM log_entry WHERE author NOT IN (SELECT display_name FROM app_user)")
        == 0
    )
    assert (
        one(
            sql,
            "SELECT COUNT(*) FROM log_entry l JOIN customer c ON c.id = l.customer_id WHERE l.unit_id != c.unit_id",
        )
        == 0
    )
    open_near_year_end = one(
        sql, "SELECT COUNT(*) FROM log_entry WHERE NOT follow_up_done AND follow_up_on >= '2010-12-15'"
    )
    assert 1 <= open_near_year_end <= 40
    linked = sql.execute(
        "SELECT c.secret FROM log_entry l JOIN complaint c ON c.id = l.complaint_id"
    ).fetchall()
    assert linked and not any(secret for (secret,) in linked)  # secret texts stay in the register


# -- phone ------------------------------------------------------------------------------


def test_phone_groups_and_calls(sql: sqlite3.Connection, demo: tuple[Path, DemoSummary]) -> None:
    groups = sql.execute(
        "SELECT g.number, u.group_phone, COUNT(e.id) FROM phone_group g JOIN unit u ON u.id = g.unit_id "
        "JOIN phone_extension e ON e.group_id = g.id GROUP BY g.id"
    ).fetchall()
    assert len(groups) == 4
    assert all(number == phone and 5 <= extensions <= 8 for number, phone, extensions in groups)
    calls = one(sql, "SELECT COUNT(*) FROM phone_call")
    assert demo[1].calls == calls
    days = len(working_days(date(2009, 1, 1), date(2010, 12, 31)))
    assert 300 <= calls / days / SCALE <= 1000  # several hundred a day at full scale
    assert one(sql, "SELECT COUNT(DISTINCT source_key) FROM phone_call") == calls
    call_days = {
        date.fromisoformat(d) for (d,) in sql.execute("SELECT DISTINCT date(started_at) FROM phone_call")
    }
    assert all(is_working_day(d) for d in call_days)
    assert one(
        sql,
        "SELECT MIN(time(started_at)) >= '08:00:00' AND MAX(time(started_at)) < '16:30:00' FROM phone_call",
    )
    assert (
        one(sql, "SELECT COUNT(*) FROM phone_call WHERE outcome = 'answered' AND extension_id IS NULL") == 0
    )
    assert (
        one(sql, "SELECT COUNT(*) FROM phone_call WHERE outcome = 'abandoned' AND extension_id IS NOT NULL")
        == 0
    )
    assert one(sql, "SELECT COUNT(*) FROM phone_call WHERE outcome NOT IN ('answered', 'abandoned')") == 0
    hashes = [
        h for (h,) in sql.execute("SELECT DISTINCT caller_hash FROM phone_call WHERE caller_hash IS NOT NULL")
    ]
    assert hashes and all(re.fullmatch(r"[0-9a-f]{32}", h) for h in hashes)
    offsets = dict(
        sql.execute("SELECT substr(started_at, 6, 2), MIN(utc_offset_minutes) FROM phone_call GROUP BY 1")
    )
    assert offsets["01"] == 60 and offsets["07"] == 120


def test_volume_rows_carry_audit_stamps(demo: tuple[Path, DemoSummary], sql: sqlite3.Connection) -> None:
    assert one(sql, "SELECT COUNT(*) FROM monthly_volume WHERE created_by = '' OR version != 1") == 0
    assert one(sql, "SELECT COUNT(DISTINCT created_by) FROM monthly_volume") == 1


# -- the day generator at full scale -----------------------------------------------------


def full_scale_groups() -> list[GroupSpec]:
    return [
        GroupSpec(g, tuple(range(10 * g, 10 * g + 6)), CALLS_PER_DAY / 4, ("a" * 64, "b" * 64), (1.0, 2.0))
        for g in range(1, 5)
    ]


def test_a_full_scale_day_has_several_hundred_calls() -> None:
    groups = full_scale_groups()
    rng = Random(1)
    normal = [date(2010, 10, 13), date(2010, 10, 20), date(2010, 3, 10)]  # Wednesdays
    peak = [date(2010, 1, 11), date(2010, 1, 18), date(2010, 8, 23)]  # Mondays of peak weeks
    normal_rows = [calls_for_day(d, groups, rng) for d in normal]
    peak_rows = [calls_for_day(d, groups, rng) for d in peak]
    for rows in normal_rows:
        assert 300 <= len(rows) <= 1000
        per_group = [sum(r["group_id"] == g.group_id for r in rows) for g in groups]
        assert all(80 <= n <= 250 for n in per_group)

    def answered(days: list[list[dict[str, Any]]]) -> float:
        outcomes = [r["outcome"] for day in days for r in day]
        return outcomes.count(CallOutcome.ANSWERED) / len(outcomes)

    def mean_wait(days: list[list[dict[str, Any]]]) -> float:
        waits = [float(r["wait_seconds"]) for day in days for r in day if r["outcome"] == "answered"]
        return sum(waits) / len(waits)

    assert sum(map(len, peak_rows)) > 1.3 * sum(map(len, normal_rows))
    assert answered(normal_rows) == pytest.approx(0.92, abs=0.04)
    assert answered(peak_rows) == pytest.approx(0.80, abs=0.05)
    assert mean_wait(peak_rows) > mean_wait(normal_rows)

    rows = calls_for_day(date(2010, 10, 13), groups, Random(2), first_serial=101)
    assert [r["source_key"] for r in rows] == [f"demo-{n}" for n in range(101, 101 + len(rows))]
    by_hour = [sum(r["started_at"].hour == h for r in rows) for h in range(8, 17)]
    assert max(by_hour) in (by_hour[1], by_hour[2])  # the morning peak, 09–11
    assert all(
        datetime.combine(date(2010, 10, 13), time(8))
        <= r["started_at"]
        < datetime.combine(date(2010, 10, 13), time(16, 30))
        for r in rows
    )


def test_swedish_holidays() -> None:
    assert holidays(2010) >= {
        date(2010, 1, 1),
        date(2010, 1, 6),
        date(2010, 4, 2),
        date(2010, 4, 5),
        date(2010, 5, 13),
        date(2010, 6, 25),
        date(2010, 12, 24),
        date(2010, 12, 31),
    }
    assert date(2009, 6, 19) in holidays(2009) and date(2009, 4, 10) in holidays(2009)
    assert not is_working_day(date(2010, 6, 6)) and is_working_day(date(2010, 6, 7))
    assert add_working_days(date(2010, 12, 23), 1) == date(2010, 12, 27)


# -- the same seed, the same data ---------------------------------------------------------


def fingerprint(path: Path) -> tuple[object, ...]:
    with sqlite3.connect(path) as conn:
        volumes = conn.execute(
            "SELECT year, month, customer_id, transaction_type_id, SUM(quantity) FROM monthly_volume "
            "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
        ).fetchall()
        complaints = conn.execute(
            "SELECT case_number, received_at, customer_id FROM complaint ORDER BY id"
        ).fetchall()
        calls = conn.execute("SELECT COUNT(*), SUM(wait_seconds), MAX(started_at) FROM phone_call").fetchone()
    return volumes, complaints, calls


def test_the_same_seed_gives_the_same_data(demo: tuple[Path, DemoSummary], tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    summary = create_demo_database(again, backup_dir=tmp_path, calls_scale=SCALE)
    assert summary == demo[1]
    assert fingerprint(again) == fingerprint(demo[0])

    other = tmp_path / "other.sqlite"
    create_demo_database(other, backup_dir=tmp_path, seed=7, calls_scale=SCALE / 4)
    volumes, complaints, calls = fingerprint(other)
    first_volumes, first_complaints, first_calls = fingerprint(demo[0])
    assert volumes != first_volumes
    assert complaints != first_complaints
    assert calls != first_calls


# -- refusing and cleaning up -------------------------------------------------------------


def test_an_existing_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite"
    path.write_bytes(b"important data")
    with pytest.raises(ValidationError, match=re.escape(str(path))):
        create_demo_database(path, backup_dir=tmp_path / "backups")
    assert path.read_bytes() == b"important data"


def cancelling_after(steps: int) -> Progress:
    seen = 0

    def cancelled() -> bool:
        nonlocal seen
        seen += 1
        return seen > steps

    return Progress(is_cancelled=cancelled)


def test_cancelling_midway_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    with pytest.raises(Cancelled):
        create_demo_database(
            path, backup_dir=tmp_path / "backups", calls_scale=SCALE, progress=cancelling_after(2)
        )
    assert list(tmp_path.glob("demo.sqlite*")) == []


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget.sqlite(tmp_path / "db.sqlite"), backup_dir=tmp_path).database
    prepare_database(database)
    try:
        yield database
    finally:
        database.dispose()


def row_counts(database: Database) -> dict[str, int]:
    tables = (
        "app_user",
        "price",
        "service_agreement",
        "monthly_volume",
        "staffing",
        "complaint",
        "log_entry",
    )
    with sqlite3.connect(database.target.sqlite_path or "") as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_a_cancelled_populate_leaves_the_database_as_it_was(seeded: Database) -> None:
    before = row_counts(seeded)
    with pytest.raises(Cancelled):
        populate_demo(seeded, calls_scale=0.0, progress=cancelling_after(2))  # after the volumes
    assert row_counts(seeded) == before


def test_populate_refuses_a_database_with_figures(demo: tuple[Path, DemoSummary], tmp_path: Path) -> None:
    database = open_database(DatabaseTarget.sqlite(demo[0]), backup_dir=tmp_path).database
    try:
        before = row_counts(database)
        with pytest.raises(ValidationError, match="innehåller redan"):
            populate_demo(database, calls_scale=0.0)
        assert row_counts(database) == before
    finally:
        database.dispose()


def test_populate_demo_on_each_backend(database: Database) -> None:
    summary = populate_demo(database, calls_scale=SCALE / 4)
    assert summary.customer_invoices[2010] == pytest.approx(1_450_000, rel=0.03)
    assert summary.fte_by_month_2010 == pytest.approx(91.6, abs=0.05)
    assert 100 <= summary.complaints <= 200
    assert summary.calls > 0
    with database.session() as s:
        stored = s.scalar(select(func.count()).select_from(Call))
        invoices_2010 = s.scalar(
            select(func.sum(MonthlyVolume.quantity))
            .join(TransactionType, TransactionType.id == MonthlyVolume.transaction_type_id)
            .where(MonthlyVolume.year == 2010, TransactionType.counts_as_invoice)
        )
    assert stored == summary.calls
    assert invoices_2010 == summary.customer_invoices[2010] + summary.supplier_invoices[2010]
