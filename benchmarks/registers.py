"""The customer log view on a large register: open, filter and search, against the bare SQL.

    uv run python benchmarks/registers.py [--entries 100000] [--complaints 20000] [--runs 5]

Builds an SQLite database with 100,000 log entries and 20,000 complaints (kept in the temp dir
for the next run), then times, in the same process and run:
- open: constructing the log view until its model holds the first page and the rows are painted;
- filter: choosing one customer in the filter until the table shows that customer's entries;
- search: a free-text search for two words until the table shows the hits;
each against the bare SQL that fetches the same rows (same page size, with the count the view
shows), run on a raw sqlite3 connection. Medians of ``--runs`` after one warm-up. Last line:
``RESULT open_ms=… filter_ms=… search_ms=… open_ratio=… filter_ratio=… search_ratio=…``.
Targets: open ≤ 300 ms, filter and search ≤ 100 ms on the 2-core development machine.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = [
    "faktura",
    "påminnelse",
    "leverantör",
    "kundreskontra",
    "betalning",
    "avstämning",
    "bokslut",
    "möte",
    "uppföljning",
    "rutin",
    "underlag",
    "felaktigt",
    "ränta",
    "inkasso",
    "attest",
    "agresso",
    "självservice",
    "utbildning",
    "kontering",
    "moms",
    "period",
    "reskontra",
    "dubbelbetalning",
    "kreditering",
    "handkassa",
    "förskott",
    "avtal",
    "tilläggstjänst",
    "kvartal",
    "tertial",
]
PAGE = 200


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Domain words among 3,000 made-up ones, drawn with Zipf weights as words in real notes are,
    so a search term matches a few percent of the entries rather than nearly all of them."""
    syllables = [
        "ka",
        "re",
        "fa",
        "tu",
        "ler",
        "an",
        "ton",
        "sk",
        "ri",
        "ve",
        "bo",
        "ma",
        "nd",
        "ör",
        "äl",
        "ås",
    ]
    made_up = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(4000)} - set(WORDS)
    words = sorted(made_up)[:3000]
    rng.shuffle(words)
    words[150:150] = WORDS  # the domain words: a few percent of the entries each, as in real notes
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


def build(path: Path, entries: int, complaints: int) -> None:
    from sqlalchemy import insert, select

    from ekadm_desktop.db.open import open_database
    from ekadm_desktop.db.target import DatabaseTarget
    from ekadm_desktop.models.complaints import Complaint
    from ekadm_desktop.models.customer_log import LogEntry
    from ekadm_desktop.models.reference import Customer
    from ekadm_desktop.services.setup import prepare_database

    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=path.parent / "backups")
    db = opened.database
    prepare_database(db)
    rng = random.Random(2010)
    words, weights = vocabulary(rng)

    def phrase(k: int) -> str:
        return " ".join(rng.choices(words, weights, k=k))

    now = datetime(2010, 12, 31)
    stamps = {
        "created_at": now,
        "created_by": "bench",
        "updated_at": now,
        "updated_by": "bench",
        "version": 1,
    }
    with db.session() as s:
        customers = [(c.id, c.unit_id) for c in s.scalars(select(Customer))]
        rows = []
        for n in range(complaints):
            customer_id, unit_id = rng.choice(customers)
            received = datetime(2000, 1, 1) + timedelta(minutes=rng.randrange(11 * 365 * 24 * 60))
            year = received.year
            rows.append(
                {
                    **stamps,
                    "year": year,
                    "serial": n + 1,
                    "case_number": f"K-{year}-{n + 1:05d}",
                    "status": "closed",
                    "received_at": received,
                    "channel": "phone",
                    "customer_id": customer_id,
                    "type": "complaint",
                    "unit_id": unit_id,
                    "severity": "normal",
                    "description": phrase(12),
                }
            )
        s.execute(insert(Complaint), rows)
        rows = []
        start = date(2000, 1, 1)
        for _ in range(entries):
            customer_id, unit_id = rng.choice(customers)
            rows.append(
                {
                    **stamps,
                    "entry_date": start + timedelta(days=rng.randrange(11 * 365)),
                    "customer_id": customer_id,
                    "unit_id": unit_id,
                    "author": rng.choice(["anna", "erik", "maria"]),
                    "kind": rng.choice(["meeting", "phone", "email", "event"]),
                    "subject": phrase(4).capitalize(),
                    "text": phrase(40),
                    "follow_up_by": "",
                    "follow_up_done": False,
                }
            )
            if len(rows) == 10_000:
                s.execute(insert(LogEntry), rows)
                rows = []
        if rows:
            s.execute(insert(LogEntry), rows)
    db.dispose()


SELECT = """
SELECT log_entry.*, customer.name, unit.name, complaint.case_number FROM log_entry
JOIN customer ON log_entry.customer_id = customer.id JOIN unit ON log_entry.unit_id = unit.id
LEFT OUTER JOIN complaint ON log_entry.complaint_id = complaint.id
"""
ORDER = " ORDER BY log_entry.entry_date DESC, log_entry.entry_date DESC, log_entry.id DESC LIMIT 200"


def bare_sql(path: Path, where: str = "", params: tuple[object, ...] = ()) -> Callable[[], None]:
    conn = sqlite3.connect(path)

    def run() -> None:
        conn.execute(SELECT + where + ORDER, params).fetchall()
        conn.execute("SELECT count(log_entry.id) FROM log_entry" + where, params).fetchone()

    return run


def timed(action: Callable[[], None], runs: int) -> tuple[float, float]:
    """(first, median of the rest) in milliseconds."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times[0], statistics.median(times[1:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--complaints", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from ekadm_desktop.db.open import open_database
    from ekadm_desktop.db.target import DatabaseTarget
    from ekadm_desktop.services.bundle import build_services
    from ekadm_desktop.services.setup import prepare_database
    from ekadm_desktop.settings import AppPaths
    from ekadm_desktop.ui.context import ViewContext
    from ekadm_desktop.ui.customer_log.view import CustomerLogView
    from ekadm_desktop.ui.tasks import TaskRunner

    folder = Path(tempfile.gettempdir()) / "ekadm-benchmark-registers"
    folder.mkdir(exist_ok=True)
    path = folder / f"registers-v4-{args.entries}-{args.complaints}.sqlite"
    if not path.exists():
        print(f"building {path} …", file=sys.stderr)
        started = time.perf_counter()
        build(path, args.entries, args.complaints)
        print(f"built in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    app = QApplication.instance() or QApplication([])
    opened = open_database(DatabaseTarget.sqlite(path), backup_dir=folder / "backups")
    services = build_services(opened.database, prepare_database(opened.database))
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    views: list[CustomerLogView] = []

    def open_view() -> None:
        while views:
            views.pop().deleteLater()
        view = CustomerLogView(context)
        view.resize(1280, 800)
        view.show()  # the first page is read when the view is shown
        view.table.viewport().repaint()
        assert view.table.model().rowCount() == PAGE
        views.append(view)
        app.processEvents()

    open_first, open_ms = timed(open_view, args.runs)
    view = views[-1]
    customer_index = 5
    customer_id = int(view.customer_combo.itemData(customer_index))

    def filter_customer() -> None:
        view.customer_combo.setCurrentIndex(0)
        view.apply_filter()
        start = time.perf_counter()
        view.customer_combo.setCurrentIndex(customer_index)
        view.apply_filter()
        view.table.viewport().repaint()
        filter_times.append((time.perf_counter() - start) * 1000)

    filter_times: list[float] = []
    for _ in range(args.runs + 1):
        filter_customer()
    filter_ms = statistics.median(filter_times[1:])
    view.customer_combo.setCurrentIndex(0)
    view.apply_filter()

    search_times: list[float] = []
    terms = ["faktura", "påminnelse avtal", "bokslut", "inkasso", "attest rutin", "tertial"]

    def search(term: str) -> None:
        start = time.perf_counter()
        view.search_edit.setText(term)
        view.apply_filter()
        view.table.viewport().repaint()
        search_times.append((time.perf_counter() - start) * 1000)

    for n in range(args.runs + 1):
        search(terms[n % len(terms)])
    search_ms = statistics.median(search_times[1:])

    _, sql_open = timed(bare_sql(path), args.runs)
    _, sql_filter = timed(bare_sql(path, " WHERE log_entry.customer_id = ?", (customer_id,)), args.runs)
    fts = " WHERE log_entry.id IN (SELECT rowid FROM log_entry_fts WHERE log_entry_fts MATCH ?)"
    _, sql_search = timed(bare_sql(path, fts, ('"bokslut"*',)), args.runs)

    print(f"open:   first {open_first:.0f} ms, median {open_ms:.0f} ms; bare SQL {sql_open:.1f} ms")
    print(f"filter: median {filter_ms:.0f} ms; bare SQL {sql_filter:.1f} ms")
    print(f"search: median {search_ms:.0f} ms; bare SQL {sql_search:.1f} ms")
    opened.database.dispose()
    print(
        f"RESULT open_ms={open_ms:.0f} filter_ms={filter_ms:.0f} search_ms={search_ms:.0f} "
        f"open_ratio={open_ms / sql_open:.2f} filter_ratio={filter_ms / sql_filter:.2f} "
        f"search_ratio={search_ms / sql_search:.2f} open_first_ms={open_first:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
