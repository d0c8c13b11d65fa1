"""Presentation mode: the slides of a ``ReportDocument`` full screen, one chart or table per slide.

Built from the same document as the PDF (``reports.slides``), so the projector shows the report's
figures. Keys: → ↓ Page Down, space, Enter or N for the next slide; ← ↑ Page Up, Backspace or P for
the previous (a presenter clicker sends Page Up/Down); Home/End for the first/last; B or . for a
black screen (again to come back); Esc leaves. "Exportera bilder till PDF" is in the context menu
(and Ctrl+S).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QStackedLayout, QWidget

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.reports.document import ReportDocument
from ekadm_desktop.reports.slides import Slide, export_slides_pdf, slide_figure, slides_of
from ekadm_desktop.ui.common import messages

if TYPE_CHECKING:
    from matplotlib.figure import Figure

NEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_N,
}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}
BLACK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}


class PresentationWindow(QWidget):
    def __init__(self, document: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(self.tr("Presentation – {title}").format(title=document.title))
        self.setStyleSheet("#presentationWindow { background: black; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document = document
        self.slides: list[Slide] = slides_of(document)
        self.index = 0
        self.black = False
        self._figures: dict[int, Figure] = {}
        self._canvas: Any = None
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._blank = QLabel()
        self._blank.setStyleSheet("background: black;")
        self._stack.addWidget(self._blank)
        self.export_action = QAction(self.tr("Exportera bilder till PDF…"), self)
        self.export_action.setShortcut(QKeySequence.StandardKey.Save)
        self.export_action.triggered.connect(lambda _checked=False: self.export_pdf())
        self.addAction(self.export_action)
        self.close_action = QAction(self.tr("Avsluta presentationen (Esc)"), self)
        self.close_action.triggered.connect(lambda _checked=False: self.close())
        self.show_slide(0)

    # -- showing ---------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.slides)

    def figure(self, index: int) -> Figure:
        if index not in self._figures:
            self._figures[index] = slide_figure(self.slides[index], index + 1, self.count)
        return self._figures[index]

    def show_slide(self, index: int) -> None:
        from matplotlib.backends import backend_qtagg

        self.index = max(0, min(index, self.count - 1))
        self.black = False
        canvas: Any = cast(Any, backend_qtagg).FigureCanvasQTAgg(self.figure(self.index))
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self._canvas is not None:
            self._stack.removeWidget(self._canvas)
            self._canvas.deleteLater()
        self._canvas = canvas
        self._stack.addWidget(canvas)
        self._stack.setCurrentWidget(canvas)
        canvas.draw_idle()

    def next(self) -> None:
        if self.black:
            self.toggle_black()
        elif self.index < self.count - 1:
            self.show_slide(self.index + 1)

    def previous(self) -> None:
        if self.black:
            self.toggle_black()
        elif self.index > 0:
            self.show_slide(self.index - 1)

    def toggle_black(self) -> None:
        self.black = not self.black
        self._stack.setCurrentWidget(self._blank if self.black else self._canvas)

    def present_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the projector), or on the window's screen when None."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    # -- keys and menu ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(self.count - 1)
        elif key in BLACK_KEYS:
            self.toggle_black()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        else:
            super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.export_action)
        menu.addAction(self.close_action)
        menu.exec(event.globalPos())

    def export_pdf(self, path: Path | None = None) -> Path | None:
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            proposed = str(Path(folder) / f"{self.document.file_stem()} bilder.pdf")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Exportera bilder till PDF"), proposed, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            return export_slides_pdf(self.document, path)
        except EkadmError as exc:
            messages.show_error(self, self.tr("Kan inte exportera bilderna"), exc)
            return None
