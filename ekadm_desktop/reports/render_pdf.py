"""A ``ReportDocument`` as an A4 PDF (reportlab platypus).

A cover with the title, scope and period; a contents list when the report is long; every section
with its tables (split across pages with the header row repeated), charts, key figures and text;
"Sida X av Y" at the foot of every page. Text uses DejaVu Sans (shipped with matplotlib), which has
every Swedish letter and the dashes and spaces of the number formats. Charts are drawn by
``chart_render.figure_for`` and embedded as pixels at ``chart_style.PRINT_DPI`` (200 dpi), sharp when
printed: drawn once by Agg (no PNG encoded and decoded again), stored as binary Flate streams, and
not drawn in the throw-away first pass of a report with a contents list. Section headings in the
PDF's outline point at their own pages. The file is written to a temporary file and moved into
place (``output.write_atomically``).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ekadm_desktop.i18n import tr
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports import chart_style as style
from ekadm_desktop.reports.chart_render import figure_for
from ekadm_desktop.reports.document import (
    Block,
    Chart,
    KeyFigures,
    MinutesPage,
    ReportDocument,
    Section,
    Table,
    Text,
    Value,
)
from ekadm_desktop.reports.output import write_atomically

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
CONTENTS_FROM = 4  # sections: a report this long gets a contents list
MARGIN_CM = 2.0


def _register_fonts() -> tuple[str, str, str]:
    from matplotlib import get_data_path
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT, FONT_BOLD, FONT_ITALIC
    folder = Path(get_data_path()) / "fonts" / "ttf"
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC)
    except Exception:  # no DejaVu: Helvetica covers Latin-1 (å, ä, ö) too
        return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    return FONT, FONT_BOLD, FONT_ITALIC


def render_pdf(document: ReportDocument, target: Path, progress: Progress | None = None) -> Path:
    """Write ``document`` to ``target`` (replacing it); raises ``EkadmError`` if it cannot."""
    progress = progress or Progress()
    builder = _Builder(document, progress)
    story = builder.story()
    return write_atomically(Path(target), lambda temp: builder.build(story, temp))


class _Builder:
    def __init__(self, document: ReportDocument, progress: Progress) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
        from reportlab.lib.units import cm

        self.document = document
        self.progress = progress
        self.regular, self.bold, self.italic = _register_fonts()
        self.cm = cm
        self.colors = colors
        base = getSampleStyleSheet()
        text_colour = colors.HexColor(style.TEXT)
        self.body = ParagraphStyle(
            "body", base["BodyText"], fontName=self.regular, fontSize=10, leading=13.5, textColor=text_colour
        )
        self.cell = ParagraphStyle("cell", self.body, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cellBold", self.cell, fontName=self.bold)
        self.cell_bold_right = ParagraphStyle("cellBoldRight", self.cell_bold, alignment=TA_RIGHT)
        self.note = ParagraphStyle(
            "note",
            self.body,
            fontName=self.italic,
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor(style.MUTED),
        )
        self.empty = ParagraphStyle(
            "empty", self.body, fontName=self.italic, textColor=colors.HexColor(style.MUTED)
        )
        self.h1 = ParagraphStyle(
            "h1",
            self.body,
            fontName=self.bold,
            fontSize=16,
            leading=20,
            spaceBefore=10,
            spaceAfter=8,
            textColor=colors.HexColor(style.BLUE),
            keepWithNext=1,  # a section heading never ends a page alone
        )
        self.h2 = ParagraphStyle(
            "h2",
            self.body,
            fontName=self.bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.cover_title = ParagraphStyle(
            "coverTitle", self.body, fontName=self.bold, fontSize=28, leading=34, spaceAfter=14
        )
        self.cover_sub = ParagraphStyle("coverSub", self.body, fontSize=15, leading=20, spaceAfter=8)
        self.toc_levels = [ParagraphStyle("toc1", self.body, fontSize=11, leading=16, leftIndent=0)]
        self.frame_width = (21.0 - 2 * MARGIN_CM) * cm
        self.long = len(document.sections) >= CONTENTS_FROM
        self._done = 0
        self._total = 0
        self._pass = 0

    # -- the story -------------------------------------------------------------------------------
    def story(self) -> list[Any]:
        from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer
        from reportlab.platypus.tableofcontents import TableOfContents

        d = self.document
        story: list[Any] = [
            Spacer(1, 6 * self.cm),
            Paragraph(_escape(d.title), self.cover_title),
            Paragraph(_escape(d.subtitle), self.cover_sub),
            Spacer(1, 0.6 * self.cm),
            Paragraph(
                _escape(
                    tr("reports", "Skapad {when} i EkAdm Desktop").format(
                        when=d.generated_at.strftime("%Y-%m-%d %H:%M")
                    )
                ),
                self.note,
            ),
            NextPageTemplate("page"),
            PageBreak(),
        ]
        if self.long:
            toc = TableOfContents()
            toc.levelStyles = self.toc_levels
            toc.dotsMinLevel = 0
            story += [Paragraph(_escape(tr("reports", "Innehåll")), self.h1), toc, PageBreak()]
        self._total = sum(max(len(s.blocks), 1) for s in d.sections)
        for section in d.sections:
            story += self._section(section)
        return story

    def _section(self, section: Section) -> list[Any]:
        from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph

        heading = _Heading(_escape(section.title), self.h1)
        starts_page = bool(section.blocks) and isinstance(section.blocks[0], MinutesPage)
        flow: list[Any] = [PageBreak() if starts_page else CondPageBreak(5 * self.cm), heading]
        if section.is_empty:
            flow.append(
                Paragraph(
                    _escape(section.empty_message or tr("reports", "Inga uppgifter för perioden.")),
                    self.empty,
                )
            )
        for number, block in enumerate(section.blocks or (None,)):
            self._done += 1
            self.progress.step(self._done, self._total, section.title)
            if block is None:
                continue
            parts = self._block(block)
            if number == 0 and parts:
                # keepWithNext does not reach into a KeepTogether: hold the heading and the first
                # block together explicitly, so a heading never ends a page alone.
                heading = flow.pop()
                first = parts[0]
                # Not nested: a KeepTogether inside another measures as endless and breaks the page.
                content = list(first._content) if isinstance(first, KeepTogether) else [first]
                flow.append(KeepTogether([heading, *content]))
                parts = parts[1:]
            flow += parts
        return flow

    def _block(self, block: Block) -> list[Any]:
        if isinstance(block, Table):
            return self._table(block)
        if isinstance(block, Chart):
            return self._chart(block)
        if isinstance(block, KeyFigures):
            return self._key_figures(block)
        if isinstance(block, Text):
            return self._text(block)
        return self._minutes(block)

    def _table(self, table: Table) -> list[Any]:
        from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle
        from reportlab.platypus import Table as PdfTable

        colors = self.colors
        numeric = [c.format != "text" for c in table.columns]
        header = [
            Paragraph(_escape(c.title), self.cell_bold_right if is_number else self.cell_bold)
            for c, is_number in zip(table.columns, numeric, strict=True)
        ]
        data: list[list[Any]] = [header]
        rows = list(table.rows) + ([table.totals] if table.totals is not None else [])
        for number, row in enumerate(rows):
            is_total = table.totals is not None and number == len(rows) - 1
            data.append(
                [
                    _cell_text(v, c.format, c.decimals)
                    if n
                    else Paragraph(
                        _escape(_cell_text(v, c.format, c.decimals)),
                        self.cell_bold if is_total else self.cell,
                    )
                    for n, (v, c) in enumerate(zip(row, table.columns, strict=True))
                    for n in [numeric[n]]
                ]
            )
        number_width = 2.7 * self.cm
        widths = _column_widths(
            table, rows, numeric, self.frame_width, number_width, (self.regular, self.bold)
        )
        pdf_table = PdfTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), self.regular, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE9F5")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(style.MUTED)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for column, is_number in enumerate(numeric):
            if is_number:
                commands.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
        for band in range(2, len(data), 2):
            commands.append(("BACKGROUND", (0, band), (-1, band), colors.HexColor(style.BAND)))
        if table.totals is not None:
            commands += [
                ("FONT", (0, -1), (-1, -1), self.bold, 8.5),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor(style.MUTED)),
            ]
        pdf_table.setStyle(TableStyle(commands))
        flow: list[Any] = []
        if table.title:
            flow.append(Paragraph(_escape(table.title), self.h2))
        flow.append(pdf_table)
        if table.note:
            flow.append(Paragraph(_escape(table.note), self.note))
        flow.append(Spacer(1, 0.3 * self.cm))
        if len(data) <= 12:
            return [KeepTogether(flow)]
        return flow

    def _chart(self, chart: Chart) -> list[Any]:
        from reportlab.platypus import KeepTogether, Spacer

        picture = _chart_picture(chart)
        width = self.frame_width
        height = width * picture.size[1] / picture.size[0]
        max_height = 23.0 * self.cm
        if height > max_height:
            width, height = width * max_height / height, max_height
        image = _chart_flowable_class()(picture, width, height, self._skip_images)
        return [KeepTogether([image, Spacer(1, 0.4 * self.cm)])]

    def _skip_images(self) -> bool:
        """A report with a contents list is laid out twice; the first pass's pages are thrown away,
        so its pictures need not be encoded."""
        return self.long and self._pass <= 1

    def _key_figures(self, figures: KeyFigures) -> list[Any]:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle
        from reportlab.platypus import Table as PdfTable

        colors = self.colors
        items = list(figures.items)
        per_row = min(max(len(items), 1), 4)
        width = self.frame_width / per_row
        cells: list[list[Any]] = []
        for start in range(0, len(items), per_row):
            row: list[Any] = []
            for item in items[start : start + per_row]:
                colour = (
                    style.STATUS_COLOURS.get(item.status, style.BLUE) if item.status != "none" else style.BLUE
                )
                value_style = ParagraphStyle(
                    "kf",
                    self.body,
                    fontName=self.bold,
                    fontSize=20,
                    leading=24,
                    textColor=colors.HexColor(colour),
                )
                parts = [
                    Paragraph(_escape(style.format_value(item.value, item.format)), value_style),
                    Paragraph(_escape(item.label), self.cell),
                ]
                if item.target is not None:
                    parts.append(
                        Paragraph(
                            _escape(
                                tr("reports", "Mål: {target}").format(
                                    target=style.format_value(item.target, item.format)
                                )
                            ),
                            self.note,
                        )
                    )
                if item.note:
                    parts.append(Paragraph(_escape(item.note), self.note))
                row.append(parts)
            row += [""] * (per_row - len(row))
            cells.append(row)
        table = PdfTable(cells, colWidths=[width] * per_row, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(style.GRID)),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor(style.GRID)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        flow: list[Any] = []
        if figures.title:
            flow.append(Paragraph(_escape(figures.title), self.h2))
        return [KeepTogether([*flow, table, Spacer(1, 0.3 * self.cm)])]

    def _text(self, text: Text) -> list[Any]:
        from reportlab.platypus import ListFlowable, ListItem, Paragraph, Spacer

        flow: list[Any] = []
        if text.title:
            flow.append(Paragraph(_escape(text.title), self.h2))
        if text.numbered:
            flow.append(
                ListFlowable(
                    [ListItem(Paragraph(_escape(p), self.body)) for p in text.paragraphs],
                    bulletType="1",
                    bulletFontName=self.regular,
                )
            )
        else:
            flow += [Paragraph(_escape(p), self.body) for p in text.paragraphs]
        flow.append(Spacer(1, 0.3 * self.cm))
        return flow

    def _minutes(self, page: MinutesPage) -> list[Any]:
        from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer

        line = self.colors.HexColor(style.GRID)
        flow: list[Any] = [Paragraph(_escape(page.title), self.h2)]
        for name in page.fields:
            flow.append(Paragraph(_escape(f"{name}:"), self.body))
            flow.append(HRFlowable(width="100%", color=line, spaceBefore=10, spaceAfter=4))
        for number, heading in enumerate(page.headings, start=1):
            lines = [HRFlowable(width="100%", color=line, spaceBefore=16, spaceAfter=0) for _ in range(2)]
            flow.append(
                KeepTogether(
                    [Spacer(1, 0.2 * self.cm), Paragraph(_escape(f"{number}. {heading}"), self.h2), *lines]
                )
            )
        return flow

    # -- the document ----------------------------------------------------------------------------
    def build(self, story: list[Any], path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        cm = self.cm
        d = self.document
        builder = self

        class Template(BaseDocTemplate):  # type: ignore[misc]
            def build(self, *args: Any, **kwargs: Any) -> None:
                builder._pass += 1
                super().build(*args, **kwargs)

            def afterFlowable(self, flowable: Any) -> None:
                if isinstance(flowable, _heading_class()):
                    key = f"s{id(flowable)}"
                    self.canv.bookmarkPage(key)
                    self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)
                    self.notify("TOCEntry", (0, flowable.getPlainText(), self.page, key))

        doc = Template(
            str(path),
            pagesize=A4,
            leftMargin=MARGIN_CM * cm,
            rightMargin=MARGIN_CM * cm,
            topMargin=MARGIN_CM * cm,
            bottomMargin=MARGIN_CM * cm,
            title=d.title,
            subject=d.subtitle,
            author="EkAdm Desktop",
            creator="EkAdm Desktop",
            lang="sv-SE",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

        def header(canvas: Any, document: Any) -> None:
            canvas.saveState()
            canvas.setFont(builder.regular, 8)
            canvas.setFillColor(builder.colors.HexColor(style.MUTED))
            canvas.drawString(doc.leftMargin, A4[1] - 1.2 * cm, f"{d.title} – {d.subtitle}")
            canvas.restoreState()

        doc.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("page", [frame], onPage=header)])
        font = self.regular

        def canvas_maker(*args: Any, **kwargs: Any) -> Any:
            return _NumberedCanvas(font, *args, **kwargs)

        from reportlab import rl_config

        self._pass = 0
        a85 = rl_config.useA85
        rl_config.useA85 = 0  # binary streams: ASCII85 is pure Python here and adds a quarter in size
        try:
            if self.long:
                doc.multiBuild(story, canvasmaker=canvas_maker)
            else:
                doc.build(story, canvasmaker=canvas_maker)
        finally:
            rl_config.useA85 = a85


def _chart_picture(chart: Chart) -> Any:
    """The chart as a PIL image at ``PRINT_DPI``: drawn once by Agg and handed over as pixels
    (``savefig`` would draw it twice and encode a PNG that reportlab decodes again)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image as PilImage

    figure = figure_for(chart)
    figure.set_dpi(style.PRINT_DPI)
    canvas: Any = FigureCanvasAgg(figure)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    return PilImage.fromarray(np.ascontiguousarray(pixels[:, :, :3]), "RGB")


@cache
def _chart_flowable_class() -> Any:
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable

    class ChartImage(Flowable):  # type: ignore[misc]
        """A chart picture drawn at a fixed size; ``skip()`` leaves it out of a throw-away pass."""

        def __init__(self, picture: Any, width: float, height: float, skip: Any) -> None:
            super().__init__()
            self.picture = ImageReader(picture)
            self.width, self.height = width, height
            self.skip = skip
            self.hAlign = "LEFT"

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            if not self.skip():
                self.canv.drawImage(self.picture, 0, 0, self.width, self.height, mask=None)

    return ChartImage


@cache
def _heading_class() -> Any:
    """A Paragraph that marks a section heading (for the contents list and the PDF's outline)."""
    from reportlab.platypus import Paragraph

    class Heading(Paragraph):  # type: ignore[misc]
        pass

    return Heading


def _Heading(text: str, paragraph_style: Any) -> Any:
    return _heading_class()(text, paragraph_style)


@cache
def _numbered_canvas_class() -> Any:
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds the pages back until the end, so each can say "Sida X av Y"."""

        def __init__(self, font: str, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._font = font
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            # The page is written in save(); count it now so that bookmarks (the PDF's outline)
            # made on the next page refer to that page, not to the first.
            self._doc.pageCounter += 1
            self._startPage()

        def save(self) -> None:
            from reportlab.lib.pagesizes import A4

            total = len(self._pages)
            self._doc.pageCounter -= total
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self.setFont(self._font, 8.5)
                    self.setFillColorRGB(0.33, 0.33, 0.33)
                    self.drawRightString(
                        A4[0] - MARGIN_CM * 28.35,
                        1.2 * 28.35,
                        tr("reports", "Sida {page} av {total}").format(page=self._pageNumber, total=total),
                    )
                super().showPage()
            super().save()

    return NumberedCanvas


def _NumberedCanvas(font: str, *args: Any, **kwargs: Any) -> Any:
    return _numbered_canvas_class()(font, *args, **kwargs)


def _column_widths(
    table: Table,
    rows: list[tuple[Value, ...]],
    numeric: list[bool],
    total: float,
    number_width: float,
    fonts: tuple[str, str],
) -> list[float]:
    """Number columns a fixed width; a short text column (dates, case numbers, statuses) as wide as
    its longest text, so it never wraps; the long text columns share the rest by their length."""
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    padding = 14.0  # points: the cell's left and right padding and a little air
    natural = [
        max(
            [
                stringWidth(c.title, fonts[1], 8.5),
                *(stringWidth(_cell_text(r[n], c.format, c.decimals), fonts[1], 8.5) for r in rows),
            ]
        )
        + padding
        for n, c in enumerate(table.columns)
    ]
    widths = [number_width if is_number else 0.0 for is_number in numeric]
    text = [n for n, is_number in enumerate(numeric) if not is_number]
    rest = total - number_width * sum(numeric)
    if sum(natural[n] for n in text) <= rest:
        extra = (rest - sum(natural[n] for n in text)) / max(len(text), 1)
        for n in text:
            widths[n] = natural[n] + extra
        return widths
    short = [n for n in text if natural[n] <= 3.0 * cm]
    long = [n for n in text if n not in short]
    for n in short:
        widths[n] = natural[n]
    left = rest - sum(natural[n] for n in short)
    weight = sum(natural[n] for n in long) or 1.0
    for n in long:
        widths[n] = left * natural[n] / weight
    return widths


def _cell_text(value: Value, kind: style.NumberFormat, decimals: int) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return style.format_value(value, kind, 0 if kind == "int" else decimals)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
