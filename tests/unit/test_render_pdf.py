"""The PDF renderer: text read back with pypdf, page numbers, contents, safe writing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.progress import Cancelled, Progress
from ekadm_desktop.reports.render_pdf import render_pdf
from tests.unit.report_samples import sample_document


def text_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_title_period_sections_figures_and_page_numbers(tmp_path: Path) -> None:
    target = render_pdf(sample_document(), tmp_path / "rapport.pdf")
    pages = text_of(target)
    assert "Klagomålssammanställning" in pages[0]
    assert "Enhet Nord, mars 2010" in pages[0]
    everything = "\n".join(pages)
    for title in ("Innehåll", "Översikt per enhet", "Per process", "Per kund", "Protokoll"):
        assert title in everything
    assert "Inga klagomål under mars 2010." in everything
    assert "1\u00a0001" in everything or "1 001" in everything  # Swedish thousands separator
    assert "87,5" in everything and "Mål: 90,0" in everything
    total = len(pages)
    assert f"Sida 2 av {total}" in pages[1]
    assert f"Sida {total} av {total}" in pages[-1]
    assert PdfReader(target).metadata.title == "Klagomålssammanställning"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left


def test_a_long_table_repeats_its_header(tmp_path: Path) -> None:
    pages = text_of(render_pdf(sample_document(rows=120), tmp_path / "lång.pdf"))
    with_rows = [p for p in pages if "Process 1" in p]
    assert len(with_rows) >= 2
    assert all("Antal" in p and "Andel" in p for p in with_rows)
    assert "Process 119" in "\n".join(pages)


def test_chart_is_embedded_at_print_resolution(tmp_path: Path) -> None:
    reader = PdfReader(render_pdf(sample_document(), tmp_path / "r.pdf"))
    images = [image for page in reader.pages for image in page.images]
    assert images
    width = images[0].image.width
    assert width >= 8 * 200  # 8 inches at 200 dpi


def test_a_locked_file_gives_a_clear_message_and_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")

    def locked(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(EkadmError, match=r"rapport\.pdf.*öppen i ett annat program"):
        render_pdf(sample_document(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_a_folder_that_does_not_exist_or_cannot_be_written(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(EkadmError, match=r"Mappen .*finns inte"):
        render_pdf(sample_document(), tmp_path / "saknas" / "r.pdf")
    real_open = open

    def read_only(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith(".tmp"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", read_only)
    with pytest.raises(EkadmError, match="går inte att skriva i"):
        render_pdf(sample_document(), tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        render_pdf(sample_document(), tmp_path / "r.pdf", Progress(is_cancelled=lambda: True))
    assert list(tmp_path.iterdir()) == []
