"""The self-test (``ekadm-desktop --self-test OUTDIR``) run in-process: it passes on a working
installation and names the step and the reason when something is missing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ekadm_desktop import self_test
from ekadm_desktop.app import parse_args
from ekadm_desktop.ui.areas import AREAS

pytestmark = pytest.mark.gui


def test_self_test_passes_and_leaves_readable_outputs(qapp: object, tmp_path: Path) -> None:
    out = io.StringIO()

    assert self_test.run_self_test(tmp_path, out) == 0

    lines = out.getvalue().splitlines()
    steps = [line for line in lines if line.startswith("[")]
    assert len(steps) == 7
    assert all(" … OK (" in line for line in steps), lines
    assert lines[-1] == "SJÄLVTEST OK: alla 7 steg fungerade."
    assert "schemaversion" in steps[0]
    assert f"{len(AREAS)} områden" in steps[2]  # the first user is an administrator: sees every area
    # The outputs are real files of their kind, read back independently of the self-test.
    from openpyxl import load_workbook
    from pptx import Presentation
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "rapport.pdf").pages) >= 2
    assert load_workbook(tmp_path / "rapport.xlsx").sheetnames
    assert len(Presentation(str(tmp_path / "rapport.pptx")).slides) >= 2
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "self-test.log").read_text(encoding="utf-8").splitlines() == lines


def test_self_test_names_each_failed_step_and_exits_1(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ekadm_desktop.reports import render_xlsx
    from ekadm_desktop.ui.charts.canvas import ChartCanvas

    def no_canvas(_self: ChartCanvas) -> None:
        raise ImportError("cannot import name 'QtSvg' from 'PySide6'")

    def not_a_workbook(_document: object, target: Path, progress: object = None) -> Path:
        Path(target).write_bytes(b"")
        return Path(target)

    monkeypatch.setattr(ChartCanvas, "_show_figure", no_canvas)
    monkeypatch.setattr(render_xlsx, "render_xlsx", not_a_workbook)
    out = io.StringIO()

    assert self_test.run_self_test(tmp_path, out) == 1

    text = out.getvalue()
    window_line = next(line for line in text.splitlines() if line.startswith("[3/7]"))
    assert window_line.startswith("[3/7] Öppnar huvudfönstret och varje område … FEL: ")
    assert "ImportError: cannot import name 'QtSvg' from 'PySide6'" in window_line
    assert "[6/7] Skriver och läser en Excel-rapport … FEL:" in text
    assert "[5/7] Skriver och läser en PDF-rapport … OK" in text
    last = text.splitlines()[-1]
    assert last.startswith("SJÄLVTEST MISSLYCKADES: steg 3 (Öppnar huvudfönstret")
    assert "steg 6 (Skriver och läser en Excel-rapport)" in last


def test_a_missing_database_step_stops_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise FileNotFoundError("migrations/versions")

    monkeypatch.setattr(self_test.SelfTest, "create_database", lambda _self: broken())
    out = io.StringIO()

    assert self_test.run_self_test(tmp_path, out) == 1

    text = out.getvalue()
    assert (
        "[1/7] Skapar databasen och kör migreringarna … FEL: FileNotFoundError: migrations/versions" in text
    )
    assert "[2/7]" not in text
    assert "Resten av stegen hoppas över" in text


def test_pdf_read_back_refuses_what_is_not_a_whole_pdf(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 0 >> endobj\n%%EOF\n")
    with pytest.raises(self_test.StepFailed, match="inga sidor"):
        self_test.read_pdf(path)
    path.write_bytes(b"%PDF-1.4\n<< /Type /Page >> /DejaVuSans\n")
    with pytest.raises(self_test.StepFailed, match="%%EOF"):
        self_test.read_pdf(path)
    path.write_bytes(b"%PDF-1.4\n<< /Type /Page >>\n<< /Type /Page >> /DejaVuSans\n%%EOF\n")
    assert self_test.read_pdf(path) == "2 sidor"


def test_the_flag_is_parsed() -> None:
    assert parse_args(["--self-test", "/tmp/x"]).self_test == "/tmp/x"
    assert parse_args([]).self_test is None


def test_the_windowed_program_logs_to_a_file(tmp_path: Path) -> None:
    import logging

    from ekadm_desktop.app import log_to_file
    from ekadm_desktop.settings import AppPaths

    root = logging.getLogger()
    saved = root.handlers[:]
    try:
        log_to_file(AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "logs"))
        logging.getLogger("ekadm_desktop.test").warning("kunde inte spara")
        for handler in root.handlers:
            handler.close()
    finally:
        root.handlers[:] = saved
    assert "WARNING ekadm_desktop.test: kunde inte spara" in (
        tmp_path / "logs" / "ekadm-desktop.log"
    ).read_text(encoding="utf-8")
