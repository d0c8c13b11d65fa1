"""Phone figures over 5,000,000 calls: a month and a tertial, from the rollup tables.

    uv run python benchmarks/phone_stats.py [--calls 5000000] [--runs 7] [--keep]

Builds an SQLite database (in the temp dir, reused by the next run with ``--keep``) with 30 groups
in 10 units and ``--calls`` calls spread over the working days of 2009–2010 (08:00–17:00), by
stdlib ``sqlite3.executemany`` into ``phone_call`` and then ``rebuild_rollups`` — the same path
the demo takes; generation and rebuild times are printed but not part of the result. Then times
``PhoneStatsService.period_figures`` (every figure of the dataclass, busiest hour included) for
March 2010 and for T1 2010, over all groups (the widest query) and for one unit; medians of
``--runs`` after one warm-up. Last line: ``RESULT month_ms=… tertial_ms=…`` (all groups).
Target: ≤ 50 ms each.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text

from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.models.phone import PhoneGroup
from ekadm_desktop.models.reference import Unit
from ekadm_desktop.periods import Month, Tertial
from ekadm_desktop.services.phone_rollup import rebuild_rollups
from ekadm_desktop.services.phone_stats import PhoneStatsService, Scope
from ekadm_desktop.services.setup import prepare_database

GROUPS = 30
UNITS = 10
SLOTS = 18  # 08:00–17:00


def working_days() -> list[date]:
    day, days = date(2009, 1, 1), []
    while day <= date(2010, 12, 31):
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def call_rows(group_ids: list[int], total: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    days = working_days()
    per_day, extra = divmod(total, len(days))
    serial = 0
    for index, day in enumerate(days):
        count = per_day + (1 if index < extra else 0)
        base = datetime.combine(day, datetime.min.time()).replace(hour=8)
        for _ in range(count):
            serial += 1
            start = base + timedelta(seconds=rng.randrange(SLOTS * 1800))
            roll = rng.random()
            outcome = "answered" if roll < 0.88 else "abandoned" if roll < 0.985 else "timeout"
            wait = round(rng.expovariate(1 / 25), 1)
            talk = float(rng.randint(20, 600)) if outcome == "answered" else None
            yield (
                f"b-{serial}",
                rng.choice(group_ids),
                start.strftime("%Y-%m-%d %H:%M:%S.000000"),
                60,
                outcome,
                wait,
                talk,
            )


def build(path: Path, calls: int) -> None:
    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=path.parent / "phone-bench-backups")
    db = opened.database
    prepare_database(db)
    with db.session() as s:
        units = [Unit(code=f"B{i}", name=f"Bänkenhet {i}") for i in range(UNITS)]
        s.add_all(units)
        s.flush()
        groups = [
            PhoneGroup(number=f"08-555 {i:03d}", name=f"Grupp {i}", unit_id=units[i % UNITS].id)
            for i in range(GROUPS)
        ]
        s.add_all(groups)
        s.flush()
        group_ids = [g.id for g in groups]
    db.dispose()
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executemany(
        "INSERT INTO phone_call (source_key, group_id, started_at, utc_offset_minutes, outcome, wait_seconds, "
        "talk_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
        call_rows(group_ids, calls, random.Random(2010)),
    )
    conn.commit()
    conn.close()
    print(f"generated {calls:,} calls in {time.perf_counter() - started:.1f} s")
    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=path.parent / "phone-bench-backups")
    started = time.perf_counter()
    with opened.database.session(reason="benchmark") as s:
        rebuild_rollups(s)
    print(f"rebuild_rollups in {time.perf_counter() - started:.1f} s")
    opened.database.dispose()


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="reuse (and keep) the database in the temp dir")
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"ekadm-phone-bench-{args.calls}.sqlite"
    if not (args.keep and path.exists()):
        path.unlink(missing_ok=True)
        build(path, args.calls)
    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=path.parent / "phone-bench-backups")
    db = opened.database
    service = PhoneStatsService(db, prepare_database(db))
    with db.session() as s:
        rollup_rows = s.execute(text("SELECT count(*) FROM phone_rollup")).scalar_one()
        unit_id = s.scalars(select(Unit.id).where(Unit.code == "B0")).one()
    month, tertial = Month(2010, 3), Tertial(2010, 1)
    figures = service.period_figures(month)
    print(
        f"rollup rows: {rollup_rows:,}; March 2010: {figures.offered:,} offered, answer rate {figures.answer_rate:.3f}"
    )
    month_ms = median_ms(lambda: service.period_figures(month), args.runs)
    tertial_ms = median_ms(lambda: service.period_figures(tertial), args.runs)
    unit_month_ms = median_ms(lambda: service.period_figures(month, Scope.unit(unit_id)), args.runs)
    unit_tertial_ms = median_ms(lambda: service.period_figures(tertial, Scope.unit(unit_id)), args.runs)
    print(f"all groups: month {month_ms:.1f} ms, tertial {tertial_ms:.1f} ms (target ≤ 50 ms)")
    print(f"one unit:   month {unit_month_ms:.1f} ms, tertial {unit_tertial_ms:.1f} ms")
    db.dispose()
    if not args.keep:
        path.unlink(missing_ok=True)
    print(f"RESULT month_ms={month_ms:.1f} tertial_ms={tertial_ms:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
