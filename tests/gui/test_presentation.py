"""Presentation mode: stepped through with the keyboard and a clicker, black screen, export to PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.text import Text
from pypdf import PdfReader
from PySide6.QtCore import Qt

from ekadm_desktop.reports.slides import slide_figure, slides_of
from ekadm_desktop.ui.presentation.window import PresentationWindow
from tests.unit.report_samples import sample_document

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> PresentationWindow:  # type: ignore[no-untyped-def]
    window = PresentationWindow(sample_document(rows=14))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_slides_of_the_document() -> None:
    slides = slides_of(sample_document(rows=14))
    titles = [s.title for s in slides]
    # title, key figures, chart, the table in two parts, "Per kund" (no data), agenda, log table;
    # the minutes page is for paper.
    assert titles == [
        "Klagomålssammanställning",
        "Nyckeltal",
        "Klagomål per enhet, mars 2010",
        "Klagomål per process (1/2)",
        "Klagomål per process (2/2)",
        "Per kund",
        "Dagordning",
        "Loggen",
    ]
    assert slides[5].message == "Inga klagomål under mars 2010."
    figure = slide_figure(slides[4], 5, 8)
    assert "5 / 8" in [t.get_text() for t in figure.findobj(Text)]
    (table,) = figure.axes[0].tables
    cells = {key: cell.get_text().get_text() for key, cell in table.get_celld().items()}
    assert (cells[(0, 0)], cells[(1, 0)], cells[(1, 1)]) == ("Process", "Process 10", "1\u00a0010")
    assert (cells[(5, 0)], cells[(5, 1)], cells[(5, 2)]) == ("Totalt", "14\u00a0091", "100,0\u00a0%")


def test_keyboard_and_clicker(qtbot, window: PresentationWindow) -> None:  # type: ignore[no-untyped-def]
    assert (window.index, window.count) == (0, 8)
    for key, expected in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Space, 2),
        (Qt.Key.Key_PageDown, 3),  # a presenter clicker's "next"
        (Qt.Key.Key_PageUp, 2),
        (Qt.Key.Key_Left, 1),
        (Qt.Key.Key_End, 7),
        (Qt.Key.Key_Down, 7),  # stays on the last
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_Up, 0),
    ):
        qtbot.keyClick(window, key)
        assert window.index == expected, key
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.black
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the first key brings the slide back, not the next
    assert not window.black and window.index == 0
    qtbot.keyClick(window, Qt.Key.Key_Period)
    assert window.black
    qtbot.keyClick(window, Qt.Key.Key_Period)
    assert not window.black
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_export_slides_to_pdf(window: PresentationWindow, tmp_path: Path) -> None:
    path = window.export_pdf(tmp_path / "bilder.pdf")
    assert path is not None
    reader = PdfReader(path)
    assert len(reader.pages) == window.count
    assert "Klagomålssammanställning" in reader.pages[0].extract_text()
    assert "8 / 8" in reader.pages[-1].extract_text()
    assert len(reader.pages[2].images) == 0  # charts are vector graphics
