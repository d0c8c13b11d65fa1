"""`ekadm report list` and `ekadm report run`: files written and read back, presets, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ekadm_desktop.cli import main
from ekadm_desktop.reports.presets import Preset, PresetStore
from ekadm_desktop.services.demo import create_demo_database
from ekadm_desktop.settings import AppPaths


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    create_demo_database(path, backup_dir=folder / "backups", calls_scale=0.01)
    return path


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "list"]) == 0
    out = capsys.readouterr().out
    assert "complaint_compilation" in out and "Klagomålssammanställning" in out
    assert "unit_meeting" in out and "(kräver --unit)" in out


def test_run_writes_every_format(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    code = main(
        [
            "--database",
            str(demo_file),
            "report",
            "run",
            "complaint_compilation",
            "--period",
            "2010-03",
            "--format",
            "pdf,xlsx,pptx",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out.split()
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"Klagomålssammanställning 2010-03 Alla enheter.{s}" for s in ("pdf", "pptx", "xlsx")]
    assert any(line.endswith(".pdf") for line in printed)
    text = "\n".join(p.extract_text() for p in PdfReader(out / names[0]).pages)
    assert "mars 2010" in text and "Per process" in text
    book = load_workbook(out / names[2])
    assert "Översikt per enhet" in book.sheetnames


def test_run_from_a_preset_for_the_next_period(demo_file: Path, tmp_path: Path) -> None:
    PresetStore.load(AppPaths.default()).save(
        Preset(
            "Nord", "unit_meeting", "2010-W08", unit_id=1, sections=("agenda", "minutes"), formats=("pdf",)
        )
    )
    code = main(
        ["--database", str(demo_file), "report", "run", "--preset", "Nord", "--next", "--out", str(tmp_path)]
    )
    assert code == 0
    (pdf,) = tmp_path.glob("*.pdf")
    assert "2010-W09" in pdf.name
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "vecka 9 2010" in text and "Protokoll" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "run", "nope", "--period", "2010-03"], "finns inte"),
        (["report", "run", "complaint_compilation", "--period", "2010-13"], "Okänd period"),
        (["report", "run", "unit_meeting", "--period", "2010-W12"], "välj enheten"),
        (
            ["report", "run", "complaint_compilation", "--period", "2010-03", "--format", "doc"],
            "Okänt format",
        ),
        (
            ["report", "run", "complaint_compilation", "--period", "2010-03", "--out", "/nonexistent/x"],
            "finns inte",
        ),
    ],
)
def test_errors_are_one_line(
    demo_file: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", str(demo_file), *argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert message in err
