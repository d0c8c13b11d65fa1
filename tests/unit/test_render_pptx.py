"""The PowerPoint renderer: a title slide, one slide per chart or table, native editable charts."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from ekadm_desktop.reports.render_pptx import render_pptx
from tests.unit.report_samples import sample_document


def slide_texts(slide) -> list[str]:  # type: ignore[no-untyped-def]
    texts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            texts.append(shape.text_frame.text)
        if shape.has_table:
            texts += [cell.text for row in shape.table.rows for cell in row.cells]
    return texts


def test_slides_charts_and_tables(tmp_path: Path) -> None:
    deck = Presentation(str(render_pptx(sample_document(), tmp_path / "r.pptx")))
    slides = list(deck.slides)
    assert slides[0].shapes.title.text == "Klagomålssammanställning"
    assert "Enhet Nord, mars 2010" in slide_texts(slides[0])
    charts = [s.chart for slide in slides for s in slide.shapes if s.has_chart]
    (chart,) = charts
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    assert [s.name for s in chart.plots[0].series] == ["mars 2009", "mars 2010"]
    assert [list(s.values) for s in chart.plots[0].series] == [[2.0, 5.0], [3.0, 7.0]]
    assert list(chart.plots[0].categories) == ["Nord", "Syd"]
    tables = [slide for slide in slides if any(s.has_table for s in slide.shapes)]
    process = next(slide for slide in tables if slide.shapes.title.text == "Klagomål per process")
    texts = slide_texts(process)
    assert "1\u00a0000" in texts and "25,0\u00a0%" in texts and "Totalt" in texts
    empty = [slide for slide in slides if slide.shapes.title.text == "Per kund"]
    assert "Inga klagomål under mars 2010." in slide_texts(empty[0])


def test_a_long_table_continues_on_more_slides(tmp_path: Path) -> None:
    deck = Presentation(str(render_pptx(sample_document(rows=30), tmp_path / "r.pptx")))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles.count("Klagomål per process (1 av 3)") == 1
    assert "Klagomål per process (3 av 3)" in titles
