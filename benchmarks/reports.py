"""The tertial summary to PDF, against drawing the same charts alone with matplotlib.

    uv run python benchmarks/reports.py [--period 2010-T1] [--runs 5] [--calls-scale 0.05]

Creates a demo database in a temporary folder (not timed), then times, in the same process and run,
interleaved, medians of ``--runs`` after one warm-up of each:
- report: ``build_document`` of the tertial summary for the whole service (all four units: every
  section, ≥ 8 charts) and ``render_pdf`` of it to a file;
- charts: each chart of that document drawn with ``chart_render.figure_for`` and saved as PNG at
  the PDF renderer's resolution (``chart_style.PRINT_DPI``) - the part of the report that is the
  charts themselves.
Last line: ``RESULT ratio=… report_s=… charts_s=…``. Target: ratio ≤ 1.3.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path


def compile_bytecode() -> None:
    """Installed apps run from compiled bytecode; measure that, not the compiler."""
    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", str(root / "ekadm_desktop")],
        check=False,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--period", default="2010-T1")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--calls-scale", type=float, default=0.05)
    args = parser.parse_args()
    compile_bytecode()

    from ekadm_desktop.db.open import open_database
    from ekadm_desktop.db.target import DatabaseTarget
    from ekadm_desktop.periods import parse_period
    from ekadm_desktop.reports import chart_style
    from ekadm_desktop.reports.chart_render import figure_for
    from ekadm_desktop.reports.definitions import ReportParams, build_document, report
    from ekadm_desktop.reports.document import ReportDocument
    from ekadm_desktop.reports.render_pdf import render_pdf
    from ekadm_desktop.services.bundle import build_services
    from ekadm_desktop.services.demo import create_demo_database
    from ekadm_desktop.services.setup import prepare_database

    with tempfile.TemporaryDirectory(prefix="ekadm-bench-reports-") as temp:
        folder = Path(temp)
        path = folder / "demo.sqlite"
        started = time.perf_counter()
        create_demo_database(path, backup_dir=folder / "backups", calls_scale=args.calls_scale)
        print(f"demo database built in {time.perf_counter() - started:.1f} s (not timed)", file=sys.stderr)
        opened = open_database(DatabaseTarget.sqlite(path), backup_dir=folder / "backups")
        database = opened.database
        services = build_services(database, prepare_database(database))
        definition = report("tertial_summary")
        params = ReportParams(parse_period(args.period))
        pdf = folder / "tertial.pdf"
        documents: list[ReportDocument] = []

        def whole_report() -> None:
            document = build_document(services, definition, params)
            render_pdf(document, pdf)
            documents.append(document)

        whole_report()  # warm-up; also the document whose charts the baseline draws
        charts = documents[0].charts()

        def charts_alone() -> None:
            for chart in charts:
                buffer = BytesIO()
                figure_for(chart).savefig(buffer, format="png", dpi=chart_style.PRINT_DPI, facecolor="white")

        charts_alone()  # warm-up
        report_times: list[float] = []
        chart_times: list[float] = []
        for _ in range(args.runs):
            for action, times in ((whole_report, report_times), (charts_alone, chart_times)):
                start = time.perf_counter()
                action()
                times.append(time.perf_counter() - start)
        report_s = statistics.median(report_times)
        charts_s = statistics.median(chart_times)
        pages = _pages(pdf)
        database.dispose()

    units = sorted({c for chart in charts for c in chart.categories if c.startswith("Enhet")})
    print(f"tertial summary {args.period}: {len(charts)} charts, {pages} pages, units: {', '.join(units)}")
    print(f"report (build document + PDF): median {report_s:.3f} s of {args.runs}")
    print(f"charts alone (figure_for + PNG at {chart_style.PRINT_DPI} dpi): median {charts_s:.3f} s")
    print(f"RESULT ratio={report_s / charts_s:.2f} report_s={report_s:.3f} charts_s={charts_s:.3f}")
    return 0


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


if __name__ == "__main__":
    raise SystemExit(main())
