"""Importing a switchboard export of 1,000,000 calls, against the floor of reading and inserting it.

    uv run python benchmarks/phone_import.py [--rows 1000000] [--keep]

Writes a per-call CSV as Swedish Excel saves it (semicolon, cp1252, decimal comma, Swedish headers,
about 60 MB) to a temp dir, then measures in the same run, each in a child process of its own:

- floor: ``csv.reader`` over the file plus stdlib ``sqlite3.executemany`` of the same rows (as text)
  into a fresh SQLite file, committed;
- import: ``PhoneImportService.import_file`` (the code behind ``ekadm phone import``, called
  in-process in the child) into a fresh, migrated SQLite database — time from the call to the
  committed report, without interpreter start-up and opening the database;
- peak RSS of the import child (``resource.getrusage`` of that child);
- on PostgreSQL (``EKADM_TEST_PG_URL``, else the local server if one answers): the import's rate
  against a bare ``COPY`` of the same rows (as text) into a table of text columns; and, to show
  where that time goes, the server's own time to take the file's rows as text and the imported
  calls into a copy of ``phone_call`` with and without its primary key (the de-duplication key).

Last line: ``RESULT ratio=… peak_rss_mb=… pg_copy_ratio=…`` (``ratio`` = import time / floor time,
``pg_copy_ratio`` = import rate / bare COPY rate; ``nan`` without a server).
Targets: ratio ≤ 1.5, peak RSS ≤ 400 MB, pg_copy_ratio ≥ 0.8.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

HEADER = "Datum;Tid;Kö;Anknytning;Besvarad;Väntetid;Samtalstid;Nummer\n"
GROUPS = [f"08-508 290 {i}0" for i in range(1, 10)]
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(11)
    start = datetime(2009, 1, 2, 8, 0)
    with path.open("w", encoding="cp1252", newline="") as out:
        out.write(HEADER)
        lines = []
        moment = start
        for _ in range(rows):
            moment += timedelta(seconds=rng.randint(1, 60))
            if moment.hour >= 17:
                moment = moment.replace(hour=8, minute=0) + timedelta(days=1)
            group = rng.randrange(len(GROUPS))
            answered = rng.random() < 0.9
            wait = f"{rng.randint(0, 300)},{rng.randint(0, 9)}"
            talk = f"{rng.randint(15, 1800)},0" if answered else ""
            extension = f"29{group}{rng.randint(1, 8)}" if answered else ""
            caller = f"070-{rng.randint(1_000_000, 9_999_999)}" if rng.random() < 0.94 else ""
            lines.append(
                f"{moment:%Y-%m-%d};{moment:%H:%M:%S};{GROUPS[group]};{extension};{'Ja' if answered else 'Nej'};"
                f"{wait};{talk};{caller}\n"
            )
            if len(lines) >= 10_000:
                out.writelines(lines)
                lines = []
        out.writelines(lines)


FLOOR_CHILD = """
import csv, resource, sqlite3, sys, time, json
path, db = sys.argv[1], sys.argv[2]
began = time.perf_counter()
conn = sqlite3.connect(db)
conn.execute("CREATE TABLE calls (d TEXT, t TEXT, g TEXT, e TEXT, a TEXT, w TEXT, k TEXT, n TEXT)")
with open(path, encoding="cp1252", newline="") as f:
    reader = csv.reader(f, delimiter=";")
    next(reader)
    while True:
        chunk = [r for _, r in zip(range(20000), reader)]
        if not chunk:
            break
        conn.executemany("INSERT INTO calls VALUES (?,?,?,?,?,?,?,?)", chunk)
conn.commit()
seconds = time.perf_counter() - began
print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

IMPORT_CHILD = """
import json, resource, sys, time
from pathlib import Path
from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.services.setup import prepare_database
from ekadm_desktop.services.phone_import import PhoneImportService
path, target = Path(sys.argv[1]), sys.argv[2]
parsed = DatabaseTarget.parse(target)
db = open_database(parsed, backup_dir=Path(sys.argv[3]), create=True).database
user = prepare_database(db)
service = PhoneImportService(db, user, profile_dir=Path(sys.argv[3]) / "profiles")
began = time.perf_counter()
report = service.import_file(path)
seconds = time.perf_counter() - began
db.dispose()
print(json.dumps({"seconds": seconds, "imported": report.imported, "rejected": report.rows_rejected,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

COPY_CHILD = """
import csv, json, sys, time
import psycopg
path, url = sys.argv[1], sys.argv[2]
with psycopg.connect(url) as conn:
    conn.execute("CREATE TABLE bare_calls (d TEXT, t TEXT, g TEXT, e TEXT, a TEXT, w TEXT, k TEXT, n TEXT)")
    conn.commit()
    began = time.perf_counter()
    with conn.cursor() as cur, open(path, encoding="cp1252", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        next(reader)
        with cur.copy("COPY bare_calls FROM STDIN") as copy:
            for row in reader:
                copy.write_row(row)
    conn.commit()
    print(json.dumps({"seconds": time.perf_counter() - began}))
"""


BOUNDS_CHILD = """
import io, json, sys, time
import psycopg
path, url = sys.argv[1], sys.argv[2]
with psycopg.connect(url) as conn:
    out = io.BytesIO()
    with conn.cursor() as cur, cur.copy("COPY phone_call TO STDOUT (FORMAT BINARY)") as copy:
        for data in copy:
            out.write(data)
    calls = out.getvalue()
    with open(path, encoding="cp1252", newline="") as f:
        rows = f.read().split("\\n", 1)[1].replace(";", "\\t").encode()
    def server(create, sql, payload):
        times = []
        for _ in range(3):
            conn.execute("DROP TABLE IF EXISTS bound; " + create)
            conn.commit()
            began = time.perf_counter()
            with conn.cursor() as cur, cur.copy(sql) as copy:
                copy.write(payload)
            conn.commit()
            times.append(time.perf_counter() - began)
        return sorted(times)[1]
    print(json.dumps({
        "text": server("CREATE TABLE bound (d TEXT, t TEXT, g TEXT, e TEXT, a TEXT, w TEXT, k TEXT, n TEXT)",
                       "COPY bound FROM STDIN", rows),
        "calls": server("CREATE TABLE bound (LIKE phone_call)", "COPY bound FROM STDIN (FORMAT BINARY)", calls),
        "keyed": server("CREATE TABLE bound (LIKE phone_call INCLUDING ALL)", "COPY bound FROM STDIN (FORMAT BINARY)", calls),
    }))
    conn.execute("DROP TABLE bound")
    conn.commit()
"""


def child(code: str, *args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def postgres_url() -> str | None:
    url = os.environ.get("EKADM_TEST_PG_URL", DEFAULT_PG)
    try:
        from sqlalchemy import create_engine, text

        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception:  # no server: the PostgreSQL part is skipped
        return None
    return url


def postgres_ratio(base_url: str, path: Path, work: Path) -> tuple[float, float, float]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    names = [f"ekadm_bench_{uuid.uuid4().hex[:8]}_{kind}" for kind in ("import", "copy")]
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(base_url).set(drivername="postgresql+psycopg")
        imported = child(
            IMPORT_CHILD,
            str(path),
            url.set(database=names[0]).render_as_string(hide_password=False),
            str(work),
        )
        bare_url = url.set(drivername="postgresql", database=names[1]).render_as_string(hide_password=False)
        bare = child(COPY_CHILD, str(path), bare_url)
        bounds = child(BOUNDS_CHILD, str(path), bare_url.replace(names[1], names[0]))
        print(
            "PostgreSQL server alone (the median of three, data sent in one piece): the file's rows as text "
            f"into 8 text columns {bounds['text']:.2f} s; the imported calls into a copy of phone_call "
            f"without its primary key {bounds['calls']:.2f} s, with it {bounds['keyed']:.2f} s; "
            f"pg_copy_ratio 0.8 allows the whole import {bare['seconds'] / 0.8:.2f} s"
        )
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return bare["seconds"] / imported["seconds"], imported["seconds"], bare["seconds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated file in the temp dir")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ekadm-phone-bench-"))
    os.environ.setdefault("EKADM_HOME", str(work / "home"))
    path = work / "samtal.csv"
    began = time.perf_counter()
    write_file(path, args.rows)
    print(
        f"file: {path} ({path.stat().st_size / 1e6:.1f} MB, {args.rows} rows, written in {time.perf_counter() - began:.1f} s)"
    )
    floor = child(FLOOR_CHILD, str(path), str(work / "floor.sqlite"))
    print(
        f"floor (csv.reader + sqlite3.executemany): {floor['seconds']:.2f} s, peak RSS {floor['rss_mb']:.0f} MB"
    )
    imported = child(IMPORT_CHILD, str(path), str(work / "import.sqlite"), str(work))
    print(
        f"import (PhoneImportService.import_file, SQLite): {imported['seconds']:.2f} s, "
        f"{imported['imported']:.0f} calls, {imported['rejected']:.0f} rejected, peak RSS {imported['rss_mb']:.0f} MB"
    )
    ratio = imported["seconds"] / floor["seconds"]
    print(f"ratio import/floor: {ratio:.2f}")
    pg_ratio = float("nan")
    url = None if args.no_postgres else postgres_url()
    if url is not None:
        pg_ratio, pg_import, pg_bare = postgres_ratio(url, path, work)
        print(f"PostgreSQL: import {pg_import:.2f} s, bare COPY {pg_bare:.2f} s, rate ratio {pg_ratio:.2f}")
    else:
        print("PostgreSQL: no server (set EKADM_TEST_PG_URL); skipped")
    if not args.keep:
        for item in sorted(work.rglob("*"), reverse=True):
            item.unlink() if item.is_file() else item.rmdir()
        work.rmdir()
    print(f"RESULT ratio={ratio:.2f} peak_rss_mb={imported['rss_mb']:.0f} pg_copy_ratio={pg_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
