"""A ``ReportDocument`` as a PowerPoint deck (python-pptx): a title slide, then one slide per chart
or table, with native charts (``CategoryChartData``) the user can edit and restyle in their own deck.

Key figures and text get a slide each; a section without data a slide that says so; the minutes
page is left out (it is for paper). Long tables continue on further slides with the header repeated.
Written to a temporary file, then moved into place.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, cast

from ekadm_desktop.i18n import tr
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports import chart_style as style
from ekadm_desktop.reports.document import (
    Chart,
    KeyFigures,
    MinutesPage,
    ReportDocument,
    Table,
    Text,
    Value,
)
from ekadm_desktop.reports.output import write_atomically

ROWS_PER_SLIDE = 12
TITLE_ONLY = 5  # the "Title Only" layout of the default template
TITLE_SLIDE = 0
PPTX_NUMBER_FORMATS: dict[style.NumberFormat, str] = {
    "int": "#,##0",
    "decimal": "#,##0.0",
    "percent": "0.0%",
    "sek": '#,##0 "kr"',
    "seconds": "#,##0",
    "text": "General",
}


def render_pptx(document: ReportDocument, target: Path, progress: Progress | None = None) -> Path:
    from pptx import Presentation
    from pptx.util import Inches

    progress = progress or Progress()
    deck = Presentation()
    deck.slide_width = Inches(13.333)
    deck.slide_height = Inches(7.5)
    deck.core_properties.title = document.title
    deck.core_properties.subject = document.subtitle
    deck.core_properties.author = "EkAdm Desktop"
    writer = _DeckWriter(deck, document)
    writer.title_slide()
    for number, section in enumerate(document.sections):
        progress.step(number, len(document.sections), section.title)
        if section.is_empty:
            writer.text_slide(
                section.title, [section.empty_message or tr("reports", "Inga uppgifter för perioden.")]
            )
        for block in section.blocks:
            if isinstance(block, Chart):
                writer.chart_slide(section.title, block)
            elif isinstance(block, Table):
                writer.table_slides(section.title, block)
            elif isinstance(block, KeyFigures):
                writer.key_figures_slide(section.title, block)
            elif isinstance(block, Text):
                writer.text_slide(
                    block.title or section.title, list(block.paragraphs), numbered=block.numbered
                )
            elif isinstance(block, MinutesPage):
                continue
    return write_atomically(Path(target), lambda temp: deck.save(str(temp)))


class _DeckWriter:
    def __init__(self, deck: Any, document: ReportDocument) -> None:
        from pptx.util import Inches

        self.deck = deck
        self.document = document
        self.left = Inches(0.6)
        self.top = Inches(1.45)
        self.width = deck.slide_width - 2 * self.left
        self.height = deck.slide_height - self.top - Inches(0.5)

    def _slide(self, title: str) -> Any:
        from pptx.util import Inches, Pt

        slide = self.deck.slides.add_slide(self.deck.slide_layouts[TITLE_ONLY])
        shape = slide.shapes.title
        shape.left, shape.top, shape.width, shape.height = self.left, Inches(0.3), self.width, Inches(1.0)
        shape.text = title
        for paragraph in shape.text_frame.paragraphs:
            paragraph.font.size = Pt(28)
            paragraph.font.bold = True
        return slide

    def title_slide(self) -> None:
        from pptx.util import Pt

        slide = self.deck.slides.add_slide(self.deck.slide_layouts[TITLE_SLIDE])
        slide.shapes.title.text = self.document.title
        subtitle = slide.placeholders[1]
        subtitle.text = self.document.subtitle
        for paragraph in subtitle.text_frame.paragraphs:
            paragraph.font.size = Pt(24)

    def chart_slide(self, section_title: str, chart: Chart) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
        from pptx.util import Pt

        if chart.kind == "heatmap":
            self.table_slides(section_title, _heatmap_table(chart))
            return
        slide = self._slide(chart.title)
        data: Any = cast(Any, CategoryChartData)(number_format=PPTX_NUMBER_FORMATS[chart.value_format])
        data.categories = list(chart.categories)
        for series in chart.series:
            data.add_series(series.name, [None if v is None else float(v) for v in series.values])
        kind = {
            "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
            "grouped": XL_CHART_TYPE.COLUMN_CLUSTERED,
            "barh": XL_CHART_TYPE.BAR_CLUSTERED,
            "stacked": XL_CHART_TYPE.COLUMN_STACKED,
            "line": XL_CHART_TYPE.LINE_MARKERS,
        }[chart.kind]
        frame = slide.shapes.add_chart(kind, self.left, self.top, self.width, self.height, data)
        native = frame.chart
        native.font.size = Pt(14)
        native.has_legend = len(chart.series) > 1
        if native.has_legend:
            native.legend.position = XL_LEGEND_POSITION.TOP
            native.legend.include_in_layout = False
        plot = native.plots[0]
        plot.has_data_labels = True
        plot.data_labels.number_format = PPTX_NUMBER_FORMATS[chart.value_format]
        plot.data_labels.number_format_is_linked = False
        if chart.kind == "barh":
            native.category_axis.reverse_order = True  # the first category at the top
        for index, series in enumerate(plot.series):
            colour = style.series_colour(index).lstrip("#")
            if chart.kind == "line":
                series.format.line.color.rgb = _rgb(colour)
                series.smooth = False
            else:
                series.format.fill.solid()
                series.format.fill.fore_color.rgb = _rgb(colour)
        if chart.definition:
            self._note(slide, chart.definition)

    def table_slides(self, section_title: str, table: Table) -> None:
        rows = list(table.rows) + ([table.totals] if table.totals is not None else [])
        pages = [rows[i : i + ROWS_PER_SLIDE] for i in range(0, max(len(rows), 1), ROWS_PER_SLIDE)] or [[]]
        for number, page in enumerate(pages):
            title = table.title or section_title
            if len(pages) > 1:
                title = tr("reports", "{title} ({page} av {total})").format(
                    title=title, page=number + 1, total=len(pages)
                )
            self._table_slide(
                title, table, page, total_last=table.totals is not None and number == len(pages) - 1
            )

    def _table_slide(
        self, title: str, table: Table, rows: list[tuple[Value, ...]], *, total_last: bool
    ) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Emu, Pt

        slide = self._slide(title)
        row_height = Emu(int(self.height / (ROWS_PER_SLIDE + 2)))
        shape = slide.shapes.add_table(
            len(rows) + 1, len(table.columns), self.left, self.top, self.width, row_height * (len(rows) + 1)
        )
        grid = shape.table
        for column, spec in enumerate(table.columns):
            cell = grid.cell(0, column)
            cell.text = spec.title
            cell.text_frame.paragraphs[0].font.size = Pt(14)
            cell.text_frame.paragraphs[0].font.bold = True
        for row_number, values in enumerate(rows, start=1):
            for column, (value, spec) in enumerate(zip(values, table.columns, strict=True)):
                cell = grid.cell(row_number, column)
                cell.text = _text(value, spec.format, spec.decimals)
                paragraph = cell.text_frame.paragraphs[0]
                paragraph.font.size = Pt(13)
                paragraph.font.bold = total_last and row_number == len(rows)
                if spec.format != "text":
                    paragraph.alignment = PP_ALIGN.RIGHT
        if table.note:
            self._note(slide, table.note)

    def key_figures_slide(self, section_title: str, figures: KeyFigures) -> None:
        from pptx.util import Inches, Pt

        slide = self._slide(figures.title or section_title)
        count = max(len(figures.items), 1)
        width = int(self.width / min(count, 4))
        for index, item in enumerate(figures.items):
            left = self.left + width * (index % 4)
            top = self.top + Inches(2.4) * (index // 4)
            box = slide.shapes.add_textbox(left, top, width, Inches(2.2))
            frame = box.text_frame
            frame.word_wrap = True
            value = frame.paragraphs[0]
            value.text = style.format_value(item.value, item.format)
            value.font.size = Pt(44)
            value.font.bold = True
            colour = style.STATUS_COLOURS[item.status] if item.status != "none" else style.BLUE
            value.font.color.rgb = _rgb(colour.lstrip("#"))
            label = frame.add_paragraph()
            label.text = item.label
            label.font.size = Pt(18)
            if item.note:
                note = frame.add_paragraph()
                note.text = item.note
                note.font.size = Pt(14)

    def text_slide(self, title: str, paragraphs: list[str], *, numbered: bool = False) -> None:
        from pptx.util import Pt

        slide = self._slide(title)
        box = slide.shapes.add_textbox(self.left, self.top, self.width, self.height)
        frame = box.text_frame
        frame.word_wrap = True
        for number, text in enumerate(paragraphs, start=1):
            paragraph = frame.paragraphs[0] if number == 1 else frame.add_paragraph()
            paragraph.text = f"{number}. {text}" if numbered else text
            paragraph.font.size = Pt(22)
            paragraph.space_after = Pt(6)

    def _note(self, slide: Any, text: str) -> None:
        from pptx.util import Inches, Pt

        box = slide.shapes.add_textbox(
            self.left, self.deck.slide_height - Inches(0.55), self.width, Inches(0.4)
        )
        box.text_frame.word_wrap = True
        box.text_frame.paragraphs[0].text = text
        box.text_frame.paragraphs[0].font.size = Pt(11)
        box.text_frame.paragraphs[0].font.italic = True


def _heatmap_table(chart: Chart) -> Table:
    from ekadm_desktop.reports.document import Column

    return Table(
        chart.title,
        (Column(""), *(Column(c, chart.value_format) for c in chart.categories)),
        tuple((s.name, *s.values) for s in chart.series),
        note=chart.definition,
    )


def _text(value: Value, kind: style.NumberFormat, decimals: int) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return style.format_value(value, kind, 0 if kind == "int" else decimals)


def _rgb(hex_colour: str) -> Any:
    from pptx.dml.color import RGBColor

    return cast(Any, RGBColor).from_string(hex_colour)
