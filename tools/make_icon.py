"""Draw the app icon and write it to ``ekadm_desktop/resources/icons/``.

    uv run python tools/make_icon.py

The motif: a white ledger sheet on a rounded square in the app's blue (#0072B2), with three
rising bars in the sheet's lower half and ruled lines above them. Every size is drawn at its own
resolution (not scaled down from the largest), with fewer details at the small sizes so the
16-pixel version stays a crisp silhouette. Writes ``ekadm-<size>.png`` for 16…512, ``ekadm.png``
(256) for the window, and ``ekadm.ico`` (16, 24, 32, 48, 64, 128, 256; PNG-compressed entries)
for Windows: the executables and the installer.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

BLUE = QColor("#0072B2")
DARK_BLUE = QColor("#005A8C")
SHEET = QColor("#FFFFFF")
RULE = QColor("#9CC3DC")
ORANGE = QColor("#E69F00")

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
OUT_DIR = Path(__file__).resolve().parents[1] / "ekadm_desktop" / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0  # design grid: 64 × 64 units

    def rect(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * s, y * s, w * s, h * s)

    small = size <= 24
    # The tile.
    tile = QPainterPath()
    margin = 1 if size <= 32 else 2
    tile.addRoundedRect(rect(margin, margin, 64 - 2 * margin, 64 - 2 * margin), 12 * s, 12 * s)
    p.fillPath(tile, BLUE)
    # The sheet, with a folded corner at the larger sizes.
    sheet = QPainterPath()
    left, top, width, height = (12, 9, 40, 46) if not small else (10, 8, 44, 48)
    fold = 0 if small else 9
    sheet.moveTo(left * s, top * s)
    sheet.lineTo((left + width - fold) * s, top * s)
    sheet.lineTo((left + width) * s, (top + fold) * s)
    sheet.lineTo((left + width) * s, (top + height) * s)
    sheet.lineTo(left * s, (top + height) * s)
    sheet.closeSubpath()
    p.fillPath(sheet, SHEET)
    if fold:
        corner = QPainterPath()
        corner.moveTo((left + width - fold) * s, top * s)
        corner.lineTo((left + width - fold) * s, (top + fold) * s)
        corner.lineTo((left + width) * s, (top + fold) * s)
        corner.closeSubpath()
        p.fillPath(corner, RULE)
    # Ruled ledger lines (left out at 16 and 24 pixels, where they would blur into grey).
    if not small:
        pen = QPen(RULE)
        pen.setWidthF(max(1.0, 2.2 * s))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        for y in (17, 23):
            p.drawLine(rect(left + 5, y, 0, 0).topLeft(), rect(left + width - fold - 3, y, 0, 0).topLeft())
        p.setPen(Qt.PenStyle.NoPen)
    # Three rising bars, the last one orange (the figure that matters).
    base = top + height - 6
    bar_w = 7 if not small else 9
    gap = 4 if not small else 3
    x0 = left + (width - (3 * bar_w + 2 * gap)) / 2
    heights = (9, 15, 22) if not small else (14, 22, 32)
    for index, bar_h in enumerate(heights):
        colour = ORANGE if index == 2 else DARK_BLUE
        p.fillRect(rect(x0 + index * (bar_w + gap), base - bar_h, bar_w, bar_h), colour)
    p.end()
    return image


def to_pil(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    images = {size: to_pil(draw(size)) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(OUT_DIR / f"ekadm-{size}.png", optimize=True)
    images[256].save(OUT_DIR / "ekadm.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        OUT_DIR / "ekadm.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    print(f"wrote {len(images) + 2} files to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
