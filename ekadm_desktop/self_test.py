"""``ekadm-desktop --self-test OUTDIR``: prove that an installed (or bundled) app has what it needs.

Runs the app's main paths end to end on a fresh, small demo database in ``OUTDIR``: migrations,
the main window with every area (offscreen), a chart as PNG, and one PDF, one Excel and one
PowerPoint report, each read back. Every step is printed as it runs with ``OK`` or ``FEL`` and the
reason; the same lines go to ``OUTDIR/self-test.log`` (a windowed Windows program has no console).
Exit code 0 only if every step worked, else 1.

The steps use the real code paths, not stand-ins, so a file missing from a PyInstaller bundle
(a migration script, a translation, a font, a Qt plug-in, a library's data file) fails here.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ekadm_desktop.db.database import Database
    from ekadm_desktop.services.bundle import Services

DEMO_YEAR = 2010
CALLS_SCALE = 0.02  # a small demo: about 6 000 calls instead of 290 000
DATABASE_NAME = "self-test.sqlite"
LOG_NAME = "self-test.log"


class StepFailed(Exception):
    """A check inside a step did not hold; the message says what was expected and found."""


@dataclass
class SelfTest:
    outdir: Path
    stream: TextIO | None
    log: TextIO
    database: Database | None = None
    services: Services | None = None
    failures: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)

    def say(self, text: str, *, end: str = "\n") -> None:
        for stream in (self.stream, self.log):
            if stream is not None:
                stream.write(text + end)
                stream.flush()

    def step(self, number: int, total: int, title: str, action: Callable[[], str]) -> bool:
        self.say(f"[{number}/{total}] {title} … ", end="")
        started = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:
            reason = _reason(exc)
            self.say(f"FEL: {reason}")
            self.log.write(traceback.format_exc())
            self.failures.append(f"steg {number} ({title}): {reason}")
            return False
        seconds = time.perf_counter() - started
        self.say(f"OK ({seconds:.1f} s){': ' + detail if detail else ''}")
        return True

    # -- the steps -------------------------------------------------------------------------
    def create_database(self) -> str:
        """A fresh SQLite file, migrated by the app's own opening code (Alembic from the bundle)."""
        from ekadm_desktop.db import migrate
        from ekadm_desktop.db.open import open_database
        from ekadm_desktop.db.target import DatabaseTarget
        from ekadm_desktop.services.bundle import build_services
        from ekadm_desktop.services.setup import prepare_database

        path = self.outdir / DATABASE_NAME
        for leftover in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
            leftover.unlink(missing_ok=True)
        opened = open_database(DatabaseTarget.sqlite(path), backup_dir=self.outdir / "backups")
        self.database = opened.database
        head = migrate.head_revision()
        scripts = _alembic_head()
        if scripts != head:
            raise StepFailed(f"Alembics huvudrevision är {scripts}, filnamnen säger {head}")
        with self.database.engine.connect() as conn:
            current = migrate.current_revision(conn)
            tables = len(migrate.user_tables(conn))
        if current != head:
            raise StepFailed(f"databasen har schemaversion {current}, väntade {head}")
        user = prepare_database(self.database)
        self.services = build_services(self.database, user)
        return f"{path.name}, schemaversion {current}, {tables} tabeller"

    def fill_demo(self) -> str:
        from ekadm_desktop.services.demo import populate_demo

        assert self.database is not None
        summary = populate_demo(self.database, calls_scale=CALLS_SCALE)
        if summary.complaints == 0 or summary.log_entries == 0 or summary.calls == 0:
            raise StepFailed(f"demodata saknas: {summary}")
        return f"{summary.complaints} klagomål, {summary.log_entries} loggposter, {summary.calls} samtal"

    def main_window(self, app: QApplication) -> str:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

        from ekadm_desktop.settings import AppPaths, WindowSettings
        from ekadm_desktop.ui.areas import AREAS
        from ekadm_desktop.ui.charts.canvas import ChartCanvas
        from ekadm_desktop.ui.context import ViewContext
        from ekadm_desktop.ui.main_window import MainWindow
        from ekadm_desktop.ui.tasks import TaskRunner

        assert self.services is not None
        problems: list[str] = []

        def close_dialogs() -> None:
            # A view that fails shows an error box (modal): record its text and close it.
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog):
                text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
                detail = dialog.detailedText().strip() if isinstance(dialog, QMessageBox) else ""
                last_line = f" ({detail.splitlines()[-1]})" if detail else ""  # a traceback's exception
                problems.append(f"{dialog.windowTitle()}: {text}{last_line}")
                dialog.reject()

        def record_exception(kind: type[BaseException], exc: BaseException, _tb: object) -> None:
            # An exception in a Qt event handler (e.g. a chart canvas that cannot be made) is
            # printed by PySide through sys.excepthook and the program carries on: count it here.
            problems.append(f"{kind.__name__}: {exc}")
            self.log.write("".join(traceback.format_exception(exc)))

        watchdog = QTimer()
        watchdog.timeout.connect(close_dialogs)
        watchdog.start(50)
        previous_hook = sys.excepthook
        sys.excepthook = record_exception
        errors = _ErrorRecords(problems)
        logging.getLogger().addHandler(errors)  # views log what they catch (a chart that failed)
        tasks = TaskRunner(synchronous=True)
        paths = AppPaths(self.outdir / "config", self.outdir / "data", self.outdir / "logs")
        window = MainWindow(AREAS, WindowSettings())
        try:
            tasks.set_parent_widget(window)
            window.resize(1280, 800)
            window.show()
            window.attach(ViewContext(services=self.services, tasks=tasks, paths=paths))
            app.processEvents()
            visited: list[str] = []
            for key in window.area_keys():
                window.show_area(key)
                app.processEvents()
                view: QWidget | None = window.view(key)
                if view is None:
                    raise StepFailed(f"området {key} visades inte ({'; '.join(problems) or 'okänt fel'})")
                if not view.isVisible():
                    raise StepFailed(f"området {key} är inte synligt")
                visited.append(key)
            tasks.wait_all()
            app.processEvents()
            grabbed = window.grab()
            screenshot = self.outdir / "main-window.png"
            if grabbed.isNull() or not grabbed.save(str(screenshot)):
                raise StepFailed("fönstret kunde inte avbildas")
            if problems:
                raise StepFailed("; ".join(problems))
            charts = [c for c in window.findChildren(ChartCanvas) if c.isVisible() or c.is_drawn()]
            undrawn = [c for c in charts if c.isVisible() and not c.is_drawn()]
            if undrawn:
                raise StepFailed(f"{len(undrawn)} av {len(charts)} synliga diagram ritades inte")
            return f"{len(visited)} områden ({', '.join(visited)}), {len(charts)} diagram"
        finally:
            sys.excepthook = previous_hook
            logging.getLogger().removeHandler(errors)
            watchdog.stop()
            window.close()
            window.deleteLater()
            app.processEvents()

    def chart(self) -> str:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        from ekadm_desktop.reports.complaint_charts import per_month_chart

        assert self.services is not None
        months = self.services.complaints.per_month(DEMO_YEAR)
        last_year = self.services.complaints.per_month(DEMO_YEAR - 1)
        figure = per_month_chart(months, last_year)
        path = self.outdir / "chart.png"
        FigureCanvasAgg(figure)
        figure.savefig(path, dpi=100)
        width, height = _png_size(path)
        if width < 400 or height < 200:
            raise StepFailed(f"{path.name} är {width} × {height} bildpunkter")
        self.outputs["png"] = path
        return f"{path.name} {width} × {height}"

    def report(self, fmt: str) -> str:
        from ekadm_desktop.services.bundle import Services

        assert isinstance(self.services, Services)
        path = write_report(self.services, fmt, self.outdir)
        self.outputs[fmt] = path
        detail = READ_BACK[fmt](path)
        return f"{path.name} ({path.stat().st_size // 1024} kB, {detail})"


# -- the reports ------------------------------------------------------------------------------


REPORT_KEY = "complaint_compilation"  # charts, tables and key figures: exercises every renderer


def write_report(services: Services, fmt: str, outdir: Path) -> Path:
    """The complaint compilation of the demo year in ``fmt`` ("pdf", "xlsx" or "pptx"), through
    the same definitions and renderers as the report wizard."""
    from importlib import import_module

    from ekadm_desktop.periods import Year
    from ekadm_desktop.reports.definitions import ReportParams, build_document, report

    document = build_document(services, report(REPORT_KEY), ReportParams(Year(DEMO_YEAR)))
    if not document.charts():
        raise StepFailed(f"rapporten {REPORT_KEY} för {DEMO_YEAR} har inga diagram")
    render: Callable[[Any, Path], Path] = getattr(
        import_module(f"ekadm_desktop.reports.render_{fmt}"), f"render_{fmt}"
    )
    return render(document, outdir / f"rapport.{fmt}")


def read_pdf(path: Path) -> str:
    """Header, end marker and page count, without a PDF library (pypdf is not in the bundle)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed(f"{path.name} börjar inte med %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise StepFailed(f"{path.name} saknar %%EOF i slutet")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if pages == 0:
        raise StepFailed(f"{path.name} har inga sidor")
    # The reports embed DejaVu Sans from matplotlib's data; without it reportlab falls back to Helvetica.
    if b"DejaVuSans" not in data:
        raise StepFailed(f"{path.name} saknar typsnittet DejaVu Sans (matplotlibs typsnitt saknas?)")
    return f"{pages} sidor"


def read_xlsx(path: Path) -> str:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        sheets = workbook.sheetnames
        cells = sum(
            1
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value not in (None, "")
        )
    finally:
        workbook.close()
    if not sheets or cells == 0:
        raise StepFailed(f"{path.name} är tom ({len(sheets)} blad)")
    return f"{len(sheets)} blad, {cells} celler"


def read_pptx(path: Path) -> str:
    from pptx import Presentation

    slides = list(Presentation(str(path)).slides)
    if not slides:
        raise StepFailed(f"{path.name} har inga bilder")
    shapes = sum(len(slide.shapes) for slide in slides)
    return f"{len(slides)} bilder, {shapes} former"


READ_BACK: dict[str, Callable[[Path], str]] = {"pdf": read_pdf, "xlsx": read_xlsx, "pptx": read_pptx}


# -- running it -------------------------------------------------------------------------------


def run_self_test(outdir: Path, stream: TextIO | None = None) -> int:
    """Run every step; 0 if all worked, 1 if any failed (each failure named on the last line)."""
    from ekadm_desktop import __version__

    outdir = Path(outdir).resolve()
    if stream is None:
        stream = sys.stdout  # None in a windowed Windows program: the log file still gets everything
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        log = (outdir / LOG_NAME).open("w", encoding="utf-8")
    except OSError as exc:
        if stream is not None:
            stream.write(f"SJÄLVTEST MISSLYCKADES: mappen {outdir} kan inte användas: {exc}\n")
        return 1
    test = SelfTest(outdir, stream, log)
    try:
        return _run(test, __version__)
    finally:
        if test.database is not None:
            test.database.dispose()
        log.close()


def _run(test: SelfTest, version: str) -> int:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never show the window; works without a display
    frozen = "ja" if getattr(sys, "frozen", False) else "nej"
    test.say(f"EkAdm Desktop {version} självtest i {test.outdir} (paketerad: {frozen})")
    app = _application()
    steps: list[tuple[str, Callable[[], str], bool]] = [
        ("Skapar databasen och kör migreringarna", test.create_database, True),
        ("Fyller demodata", test.fill_demo, True),
        ("Öppnar huvudfönstret och varje område", lambda: test.main_window(app), False),
        ("Ritar ett diagram (PNG)", test.chart, False),
        ("Skriver och läser en PDF-rapport", lambda: test.report("pdf"), False),
        ("Skriver och läser en Excel-rapport", lambda: test.report("xlsx"), False),
        ("Skriver och läser en PowerPoint-rapport", lambda: test.report("pptx"), False),
    ]
    for number, (title, action, required) in enumerate(steps, start=1):
        if not test.step(number, len(steps), title, action) and required:
            test.say(f"Resten av stegen hoppas över: de behöver steg {number}.")
            break
    if test.failures:
        test.say("SJÄLVTEST MISSLYCKADES: " + " | ".join(test.failures))
        return 1
    test.say(f"SJÄLVTEST OK: alla {len(steps)} steg fungerade.")
    return 0


class _ErrorRecords(logging.Handler):
    """Collects the errors logged while the window is driven, as one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(logging.ERROR)
        self._problems = problems

    def emit(self, record: logging.LogRecord) -> None:
        cause = record.exc_info[1] if record.exc_info else None
        suffix = f": {cause.__class__.__name__}: {cause}" if cause is not None else ""
        self._problems.append(record.getMessage() + suffix)


def _application() -> QApplication:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    return app


def _alembic_head() -> str | None:
    """The head revision as Alembic reads it from the bundled scripts (imports every revision)."""
    from alembic.script import ScriptDirectory

    from ekadm_desktop.db import migrate

    config: Any = migrate.alembic_config()
    return ScriptDirectory.from_config(config).get_current_head()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise StepFailed(f"{path.name} är ingen PNG-fil")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _reason(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or exc.__class__.__name__
    if isinstance(exc, StepFailed):
        return message
    return f"{exc.__class__.__name__}: {message}"
