"""A matplotlib figure in a widget: ``ChartCanvas`` wraps ``FigureCanvasQTAgg`` (never pyplot).

The figures come ready-made from ``reports`` (Qt-free); ``set_figure`` shows another one. A canvas
that is not visible (a tab behind another) keeps the figure and draws it only when it is shown,
so replacing the charts of a whole view does not draw those nobody looks at. Until a figure is
given, or after ``show_message``, the canvas shows a line of text instead (e.g. "Läser…").

"Kopiera bild" and "Spara bild…" in the context menu (and Ctrl+C on the chart) render the figure
as PNG at ``EXPORT_DPI``, the resolution reports use. Matplotlib is imported only when a figure is
shown or rendered, not when this module is imported. Strings use ``QCoreApplication.translate``
with the context "ChartCanvas", so subclasses find them too.
"""

from __future__ import annotations

import logging
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QImage, QKeySequence, QShowEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QSizePolicy, QStackedLayout, QWidget

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.export import SUFFIX as EXCEL_SUFFIX
from ekadm_desktop.ui.common.export import default_file_name

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)
EXPORT_DPI = 150
MINIMUM_SIZE = (360, 240)  # pixels: a chart smaller than this cannot be read
PNG_SUFFIX = ".png"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartCanvas", text)


def image_file_name(title: str) -> str:
    """A PNG file name made of ``title`` that every file system accepts."""
    return default_file_name(title or _tr("Diagram")).removesuffix(EXCEL_SUFFIX) + PNG_SUFFIX


def figure_png(figure: Figure, dpi: int = EXPORT_DPI) -> bytes:
    """The figure as a PNG image."""
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


class ChartCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._canvas: Any = None  # the FigureCanvasQTAgg showing ``_figure``, once drawn
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.message_label = QLabel()
        self.message_label.setObjectName("chartMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self._stack.addWidget(self.message_label)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so Ctrl+C reaches the chart

        self.copy_action = QAction(_tr("Kopiera bild"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(lambda _checked=False: self.copy_image())
        self.save_action = QAction(_tr("Spara bild…"), self)
        self.save_action.triggered.connect(lambda _checked=False: self.save_image())
        for action in (self.copy_action, self.save_action):
            action.setEnabled(False)
            self.addAction(action)

    # -- the figure ----------------------------------------------------------------------------
    @property
    def figure(self) -> Figure | None:
        """The figure shown, or to be shown when the canvas becomes visible."""
        return self._figure

    @property
    def title(self) -> str:
        """The figure's title (its label), for names of files and for screen readers."""
        return str(self._figure.get_label()) if self._figure is not None else ""

    def set_figure(self, figure: Figure) -> None:
        """Show ``figure`` instead of what was shown; drawn now if visible, else when shown."""
        self._figure = figure
        self._remove_canvas()
        self.setAccessibleName(self.title)
        self.setToolTip(self.title)
        for action in (self.copy_action, self.save_action):
            action.setEnabled(True)
        if self.isVisible():
            self._show_figure()

    def show_message(self, text: str) -> None:
        """Show a line of text in place of the chart (the figure is kept for copying)."""
        self.message_label.setText(text)
        self._stack.setCurrentWidget(self.message_label)

    def is_drawn(self) -> bool:
        """Whether the figure is on screen (not waiting for the canvas to be shown)."""
        return self._canvas is not None and self._stack.currentWidget() is self._canvas

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._figure is not None and self._canvas is None:
            self._show_figure()

    def _show_figure(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        assert self._figure is not None
        canvas_class: Any = FigureCanvasQTAgg  # the Qt backends carry no type hints
        canvas = canvas_class(self._figure)
        canvas.setObjectName("figureCanvas")
        canvas.setMinimumSize(1, 1)  # this widget's minimum size rules; the figure follows the canvas's size
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._stack.addWidget(canvas)
        self._stack.setCurrentWidget(canvas)
        self._canvas = canvas
        canvas.draw_idle()

    def _remove_canvas(self) -> None:
        if self._canvas is None:
            return
        old = self._canvas
        self._canvas = None
        self._stack.removeWidget(old)
        old.hide()
        old.deleteLater()

    # -- copy and save -------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._figure is None:
            return
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.addAction(self.save_action)
        return menu

    def copy_image(self) -> bool:
        """Put the chart on the clipboard as an image; False if there is none."""
        if self._figure is None:
            return False
        image = QImage.fromData(figure_png(self._figure))
        QGuiApplication.clipboard().setImage(image)
        return True

    def save_image(self, directory: str = "") -> Path | None:
        """Ask for a file name and save the chart there as PNG; the file written, or None if the
        user cancelled or the writing failed (the error has then been shown)."""
        if self._figure is None:
            return None
        start = Path(
            directory
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        name = image_file_name(self.title)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _tr("Spara bild"), str(start / name), _tr("PNG-bild (*.png)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != PNG_SUFFIX:
            path = path.with_name(path.name + PNG_SUFFIX)
        try:
            data = figure_png(self._figure)
            try:
                path.write_bytes(data)
            except OSError as exc:
                raise EkadmError(
                    _tr("Kan inte spara bilden i {path}: {error}").format(
                        path=path, error=exc.strerror or exc
                    )
                ) from exc
        except Exception as exc:  # an EkadmError tells the user what to do; anything else is a logged bug
            messages.show_error(self, _tr("Kan inte spara bilden"), exc)
            return None
        return path
