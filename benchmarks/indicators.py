"""All indicators for ten years × 31 customers × all processes, against the bare SQL aggregate.

    uv run python benchmarks/indicators.py [--years 10] [--runs 7]

Builds an SQLite database (kept in the temp dir for the next run) with monthly volumes of every
transaction type for the 31 seeded customers and staffing for every unit × process, ten years of
them, then times in the same process and run:
- all: ``IndicatorService.load`` over the ten years and every indicator the views show for every
  month, tertial and year (invoices per FTE per unit and in total, electronic shares, reminders and
  incorrect documents per customer, each with last year and the tertial; staffing need);
- bare SQL: the same grouped aggregates (volumes per year, month, customer and type; staffing) on a
  raw sqlite3 connection, fetched.
Medians of ``--runs`` after one warm-up. Target: all ≤ 200 ms on the 2-core development machine.
Last line: ``RESULT all_ms=… ratio=…``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

FIRST_YEAR = 2001


def compile_bytecode() -> None:
    """Installed apps run from compiled bytecode; measure that, not the compiler."""
    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", str(root / "ekadm_desktop")],
        check=False,
        capture_output=True,
    )


def build(path: Path, years: int) -> None:
    from sqlalchemy import insert, select

    from ekadm_desktop.db.open import open_database
    from ekadm_desktop.db.target import DatabaseTarget
    from ekadm_desktop.models.reference import Customer, Process, TransactionType, Unit
    from ekadm_desktop.models.volumes import MonthlyVolume, Staffing
    from ekadm_desktop.services.setup import prepare_database

    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=path.parent / "backups")
    db = opened.database
    prepare_database(db)
    rng = random.Random(2010)
    now = datetime(2010, 12, 31)
    stamps = {
        "created_at": now,
        "created_by": "bench",
        "updated_at": now,
        "updated_by": "bench",
        "version": 1,
    }
    with db.session() as s:
        customers = list(s.scalars(select(Customer.id)))
        units = list(s.scalars(select(Unit.id)))
        processes = list(s.scalars(select(Process.id)))
        types = [(t.id, t.process_id) for t in s.scalars(select(TransactionType))]
        fallback = processes[0]
        volumes = []
        staffing = []
        for year in range(FIRST_YEAR, FIRST_YEAR + years):
            for month in range(1, 13):
                for customer_id in customers:
                    for type_id, process_id in types:
                        volumes.append(
                            {
                                **stamps,
                                "year": year,
                                "month": month,
                                "customer_id": customer_id,
                                "process_id": process_id or fallback,
                                "transaction_type_id": type_id,
                                "quantity": Decimal(rng.randint(0, 4000)),
                            }
                        )
                for unit_id in units:
                    for process_id in processes:
                        staffing.append(
                            {
                                **stamps,
                                "year": year,
                                "month": month,
                                "unit_id": unit_id,
                                "process_id": process_id,
                                "fte": Decimal(rng.randint(0, 900)) / 100,
                                "headcount": rng.randint(0, 10),
                            }
                        )
        s.execute(insert(MonthlyVolume), volumes)
        s.execute(insert(Staffing), staffing)
    db.dispose()


def bare_statements(path: Path, first: int, last: int) -> list[str]:
    """The service's two aggregates as SQL text with the years and type ids written in."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.dialects import sqlite

    from ekadm_desktop.models.reference import Process, TransactionType
    from ekadm_desktop.services.indicators import (
        LEDGERS,
        TypeInfo,
        _type_measures,
        staffing_statement,
        volume_statement,
    )

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        types = {
            t.id: TypeInfo(
                t.id, t.code, t.name, t.process_id, t.electronic, t.counts_as_invoice, t.sort_order
            )
            for t in conn.execute(select(TransactionType))
        }
        codes = {x.process_code for x in LEDGERS}
        ledgers = {p.code: p.id for p in conn.execute(select(Process)) if p.code in codes}
    engine.dispose()
    statements = [
        volume_statement(first, last, _type_measures(types, ledgers)),
        staffing_statement(first, last, ledgers.values()),
    ]
    return [
        str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        for stmt in statements
    ]


def timed(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_bytecode()

    from ekadm_desktop.db.open import open_database
    from ekadm_desktop.db.target import DatabaseTarget
    from ekadm_desktop.periods import Month, Tertial, Year
    from ekadm_desktop.services.indicators import IndicatorService, book_report
    from ekadm_desktop.services.staffing_need import staffing_need

    folder = Path(tempfile.gettempdir()) / "ekadm-benchmark-indicators"
    folder.mkdir(exist_ok=True)
    path = folder / f"indicators-v1-{args.years}.sqlite"
    if not path.exists():
        print(f"building {path} …", file=sys.stderr)
        started = time.perf_counter()
        build(path, args.years)
        print(f"built in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=folder / "backups")
    service = IndicatorService(opened.database)
    first, last = FIRST_YEAR, FIRST_YEAR + args.years - 1
    periods: list[Month | Tertial | Year] = []
    for year in range(first, last + 1):
        periods.append(Year(year))
        periods.extend(Tertial(year, t) for t in (1, 2, 3))
        periods.extend(Month(year, m) for m in range(1, 13))
    counted: list[int] = []

    def all_indicators() -> None:
        book = service.load(first, last)
        values = 0
        for period in periods:
            report = book_report(book, period)
            values += len(report.productivity) + len(report.shares) + len(report.counts)
            values += len(staffing_need(book, period))
        counted.append(values)

    conn = sqlite3.connect(path)
    bare = bare_statements(path, first - 1, last)

    def bare_sql() -> None:
        for query in bare:
            conn.execute(query).fetchall()

    all_ms = timed(all_indicators, args.runs)
    sql_ms = timed(bare_sql, args.runs)
    opened.database.dispose()
    print(f"periods: {len(periods)}, rows of indicators per run: {counted[-1]}")
    print(f"all indicators: median {all_ms:.0f} ms; bare SQL aggregate {sql_ms:.1f} ms")
    print(f"RESULT all_ms={all_ms:.0f} ratio={all_ms / sql_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
