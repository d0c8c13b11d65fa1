"""One figure of the dashboard: the value big, its status as colour and text, a sparkline.

A tile is a focusable frame: a click, Enter, Return or Space emits ``activated`` with the key of the
area the figure comes from. The sparkline is drawn with QPainter (cheaper than a matplotlib canvas
per tile, and sharp at any size); it leaves a gap for a month without a figure and shows the target
as a dashed line when there is one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.services.dashboard import Tile

SPARK_HEIGHT = 30


def format_tile_value(tile: Tile) -> str:
    return cs.format_value(tile.value, tile.kind, 1 if tile.kind == "percent" else 0)


class Sparkline(QWidget):
    """A small line of values (None leaves a gap), the last point marked, an optional target line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[float | None, ...] = ()
        self._target: float | None = None
        self._colour = QColor(cs.BLUE)
        self._last_colour = QColor(cs.GREY)
        self.setMinimumHeight(SPARK_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(90, SPARK_HEIGHT)

    def set_values(self, values: Sequence[float | None], target: float | None, last_colour: str) -> None:
        self._values = tuple(values)
        self._target = target
        self._last_colour = QColor(last_colour)
        self.update()

    @property
    def values(self) -> tuple[float | None, ...]:
        return self._values

    def paintEvent(self, _event: QPaintEvent) -> None:
        known = [v for v in self._values if v is not None]
        if not known:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 4.0
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        scale_values = [*known, self._target] if self._target is not None else known
        low, high = min(scale_values), max(scale_values)
        if high == low:
            low, high = low - 1, high + 1
        count = max(len(self._values) - 1, 1)

        def point(index: int, value: float) -> QPointF:
            x = margin + width * index / count
            y = margin + height * (1 - (value - low) / (high - low))
            return QPointF(x, y)

        if self._target is not None:
            pen = QPen(QColor(cs.TARGET), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = point(0, self._target).y()
            painter.drawLine(QPointF(margin, y), QPointF(margin + width, y))
        path = QPainterPath()
        drawing = False
        for index, value in enumerate(self._values):
            if value is None:
                drawing = False
                continue
            if drawing:
                path.lineTo(point(index, value))
            else:
                path.moveTo(point(index, value))
                drawing = True
        painter.setPen(QPen(self._colour, 1.6))
        painter.drawPath(path)
        last = self._values[-1]
        if last is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._last_colour)
            painter.drawEllipse(point(len(self._values) - 1, last), 3.2, 3.2)
        painter.end()


class ElidedLabel(QWidget):
    """A line of text that ends in "…" when the tile is narrow instead of forcing it wider."""

    def __init__(self, text: str, colour: str = cs.TEXT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._colour = QColor(colour)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text), metrics.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…"), self.fontMetrics().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self._colour)
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()


class DashboardTile(QFrame):
    """One figure of one unit; ``activated(area key)`` on a click or Enter."""

    activated = Signal(str)

    def __init__(self, tile: Tile, unit_name: str, trend_span: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setObjectName("dashboardTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = cs.STATUS_COLOURS[tile.status]
        self.setStyleSheet(
            f"QFrame#dashboardTile {{ background: palette(base); border: 1px solid {cs.GRID};"
            f" border-left: 5px solid {colour}; border-radius: 3px; }}"
            "QFrame#dashboardTile:focus { border: 2px solid palette(highlight);"
            f" border-left: 5px solid {colour}; }}"
        )
        self.value_label = QLabel(format_tile_value(tile))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.55)
        font.setBold(True)
        self.value_label.setFont(font)
        self.status_label = ElidedLabel(tile.status_text)  # its colour is the tile's left edge
        status_font = QFont(self.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 0.95)
        self.status_label.setFont(status_font)
        self.detail_label = ElidedLabel(self._detail(), cs.MUTED)
        self.sparkline = Sparkline()
        self.sparkline.set_values(tile.trend, tile.target if not tile.trend_label else None, colour)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 5, 5)
        layout.setSpacing(1)
        labels: tuple[QWidget, ...] = (self.value_label, self.status_label, self.detail_label)
        for label in labels:
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.sparkline.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.sparkline)
        self.setToolTip(self._tooltip(unit_name, trend_span))
        self.setAccessibleName(f"{tile.label}, {unit_name}: {format_tile_value(tile)}, {tile.status_text}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _detail(self) -> str:
        if self.tile.target is not None and not self.tile.trend_label:
            digits = 0
            return self.tr("Mål {target}").format(
                target=cs.format_value(self.tile.target, self.tile.kind, digits)
            )
        return self.tile.detail

    def _tooltip(self, unit_name: str, trend_span: str) -> str:
        tile = self.tile
        lines = [
            f"<b>{_escape(tile.label)} – {_escape(unit_name)}</b>",
            f"{format_tile_value(tile)} · {_escape(tile.status_text)}",
        ]
        if tile.target is not None:
            lines.append(self.tr("Mål: {target}").format(target=cs.format_value(tile.target, tile.kind, 1)))
        if tile.definition:
            lines.append(_escape(tile.definition))
        what = tile.trend_label or tile.label.lower()
        lines.append(self.tr("Kurvan: {what}, {span}.").format(what=_escape(what), span=trend_span))
        lines.append(self.tr("Klicka eller tryck Enter för att öppna området."))
        return "<p>" + "<br>".join(lines) + "</p>"

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.tile.area)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.tile.area)
            event.accept()
            return
        super().keyPressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
