"""A ``ReportDocument`` as an Excel workbook (openpyxl): a sheet per section.

Each sheet starts with the report's title, scope and period, then the section's blocks one under the
other: tables with real numbers and Excel number formats (Excel shows them with the user's Swedish
separators), key figures, text, and for every chart its data as a small table with a native Excel
chart (``openpyxl.chart``) beside it, so the chart can be edited and copied. The first table's
header row is frozen. Written to a temporary file, then moved into place.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from ekadm_desktop.i18n import tr
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports.chart_style import SERIES, NumberFormat
from ekadm_desktop.reports.document import (
    Chart,
    Column,
    KeyFigures,
    MinutesPage,
    ReportDocument,
    Section,
    Table,
    Text,
    Value,
)
from ekadm_desktop.reports.output import write_atomically

EXCEL_FORMATS: dict[NumberFormat, str] = {
    "int": "#,##0",
    "decimal": "#,##0.0",
    "percent": "0.0%",
    "sek": '#,##0 "kr"',
    "seconds": "[m]:ss",  # the cell holds a fraction of a day
    "text": "@",
}
DATE_FORMAT = "yyyy-mm-dd"
SHEET_NAME_LENGTH = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
CHART_ROWS = 18  # rows a chart takes beside its data


def excel_format(kind: NumberFormat, decimals: int = 1) -> str:
    if kind == "decimal" and decimals != 1:
        return "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return EXCEL_FORMATS[kind]


def render_xlsx(document: ReportDocument, target: Path, progress: Progress | None = None) -> Path:
    from openpyxl import Workbook

    progress = progress or Progress()
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = f"{document.title} – {document.subtitle}"
    workbook.properties.creator = "EkAdm Desktop"
    used: set[str] = set()
    for number, section in enumerate(document.sections):
        progress.step(number, len(document.sections), section.title)
        sheet = workbook.create_sheet(_sheet_name(section.title, used))
        _SheetWriter(sheet, document).section(section)
    if not document.sections:
        sheet = workbook.create_sheet(tr("reports", "Rapport"))
        _SheetWriter(sheet, document).heading()
    return write_atomically(Path(target), lambda temp: workbook.save(temp))


class _SheetWriter:
    def __init__(self, sheet: Any, document: ReportDocument) -> None:
        from openpyxl.styles import Font, PatternFill

        self.sheet = sheet
        self.document = document
        self.row = 1
        self.frozen = False
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14)
        self.h2 = Font(bold=True, size=12)
        self.muted = Font(italic=True, color="555555")
        self.header_fill = PatternFill("solid", fgColor="DCE9F5")
        self.widths: dict[int, int] = {}

    def heading(self) -> None:
        self._put(1, self.document.title, self.title_font)
        self.row += 1
        self._put(1, self.document.subtitle)
        self.row += 2

    def section(self, section: Section) -> None:
        self.heading()
        self._put(1, section.title, self.h2)
        self.row += 2
        if section.is_empty:
            self._put(1, section.empty_message or tr("reports", "Inga uppgifter för perioden."), self.muted)
        for block in section.blocks:
            if isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Chart):
                self.chart(block)
            elif isinstance(block, KeyFigures):
                self.key_figures(block)
            elif isinstance(block, Text):
                self.text(block)
            elif isinstance(block, MinutesPage):
                self.minutes(block)
        for column, width in self.widths.items():
            from openpyxl.utils import get_column_letter

            self.sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 8), 60)

    # -- blocks ----------------------------------------------------------------------------------
    def table(self, table: Table) -> tuple[int, int]:
        """Writes the table; returns the rows of its header and of its last data row (no totals)."""
        if table.title:
            self._put(1, table.title, self.h2)
            self.row += 1
        header_row = self.row
        for column, spec in enumerate(table.columns, start=1):
            cell = self._put(column, spec.title, self.bold)
            cell.fill = self.header_fill
        if not self.frozen:
            self.sheet.freeze_panes = f"A{header_row + 1}"
            self.frozen = True
        self.row += 1
        for values in table.rows:
            self._values(values, table.columns)
            self.row += 1
        last = self.row - 1
        if table.totals is not None:
            for cell in self._values(table.totals, table.columns):
                cell.font = self.bold
            self.row += 1
        if table.note:
            self._put(1, table.note, self.muted)
            self.row += 1
        self.row += 1
        return header_row, last

    def chart(self, chart: Chart) -> None:
        from openpyxl.chart import BarChart, LineChart, Reference

        data = Table(
            chart.title,
            (Column(tr("reports", "Kategori")), *(Column(s.name, chart.value_format) for s in chart.series)),
            tuple((c, *(s.values[n] for s in chart.series)) for n, c in enumerate(chart.categories)),
            note=chart.definition,
        )
        start = self.row
        header, last = self.table(data)
        if chart.kind == "heatmap" or not chart.categories:
            return
        excel: Any
        if chart.kind == "line":
            excel = LineChart()
        else:
            excel = BarChart()
            excel.type = "bar" if chart.kind == "barh" else "col"
            if chart.kind == "stacked":
                excel.grouping = "stacked"
                excel.overlap = 100
            if chart.kind == "barh":
                excel.y_axis.scaling.orientation = "minMax"
                excel.x_axis.scaling.orientation = "maxMin"  # the first category at the top
        excel.title = chart.title
        excel.style = 10
        excel.height = 8.5
        excel.width = 17
        excel.y_axis.title = chart.axis_label or None
        excel.y_axis.numFmt = excel_format(chart.value_format)
        excel.y_axis.delete = False
        excel.x_axis.delete = False
        values = Reference(self.sheet, min_col=2, max_col=1 + len(chart.series), min_row=header, max_row=last)
        categories = Reference(self.sheet, min_col=1, min_row=header + 1, max_row=last)
        excel.add_data(values, titles_from_data=True)
        excel.set_categories(categories)
        from openpyxl.chart.data_source import AxDataSource, StrRef

        for series in excel.series:  # category names are text: a string reference, as Excel writes it
            series.cat = AxDataSource(strRef=StrRef(f=series.cat.numRef.f))
        for index, series in enumerate(excel.series):
            colour = SERIES[index % len(SERIES)].lstrip("#")
            if chart.kind == "line":
                series.graphicalProperties.line.solidFill = colour
                series.graphicalProperties.line.width = 28575
                series.smooth = False
            else:
                series.graphicalProperties.solidFill = colour
                series.graphicalProperties.line.solidFill = colour
        if len(chart.series) == 1:
            excel.legend = None
        anchor_column = len(chart.series) + 3
        from openpyxl.utils import get_column_letter

        self.sheet.add_chart(excel, f"{get_column_letter(anchor_column)}{start}")
        self.row = max(self.row, start + CHART_ROWS)

    def key_figures(self, figures: KeyFigures) -> None:
        if figures.title:
            self._put(1, figures.title, self.h2)
            self.row += 1
        for item in figures.items:
            self._put(1, item.label)
            cell = self._value(2, item.value, item.format)
            cell.font = self.bold
            if item.target is not None:
                self._put(3, tr("reports", "Mål"))
                self._value(4, item.target, item.format)
            if item.note:
                self._put(5, item.note, self.muted)
            self.row += 1
        self.row += 1

    def text(self, text: Text) -> None:
        if text.title:
            self._put(1, text.title, self.h2)
            self.row += 1
        for number, paragraph in enumerate(text.paragraphs, start=1):
            self._put(1, f"{number}. {paragraph}" if text.numbered else paragraph)
            self.row += 1
        self.row += 1

    def minutes(self, page: MinutesPage) -> None:
        self._put(1, page.title, self.h2)
        self.row += 2
        for name in page.fields:
            self._put(1, f"{name}:", self.bold)
            self.row += 1
        self.row += 1
        for number, heading in enumerate(page.headings, start=1):
            self._put(1, f"{number}. {heading}", self.bold)
            self.row += 3

    # -- cells -----------------------------------------------------------------------------------
    def _values(self, values: tuple[Value, ...], columns: tuple[Column, ...]) -> list[Any]:
        return [
            self._value(number, value, spec.format, spec.decimals)
            for number, (value, spec) in enumerate(zip(values, columns, strict=True), start=1)
        ]

    def _value(self, column: int, value: Value, kind: NumberFormat, decimals: int = 1) -> Any:
        cell = self.sheet.cell(row=self.row, column=column)
        if value is None:
            cell.value = None
            return cell
        if isinstance(value, date):
            cell.value = value
            cell.number_format = DATE_FORMAT
            self._width(column, 10)
            return cell
        if isinstance(value, str) or kind == "text":
            return self._put(column, str(value))
        cell.value = value / 86400 if kind == "seconds" else value
        cell.number_format = excel_format(kind, decimals)
        self._width(column, len(f"{float(value):,.1f}") + 2)
        return cell

    def _put(self, column: int, text: str, font: Any = None) -> Any:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        cell = self.sheet.cell(row=self.row, column=column, value=ILLEGAL_CHARACTERS_RE.sub("", text))
        cell.data_type = "s"  # never a formula, whatever the text says
        if font is not None:
            cell.font = font
        if column > 1 or font is None or font is self.bold:
            self._width(column, len(text))
        return cell

    def _width(self, column: int, width: int) -> None:
        self.widths[column] = max(self.widths.get(column, 0), width)


def _sheet_name(title: str, used: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub(" ", title).strip().strip("'")[:SHEET_NAME_LENGTH].strip() or "Blad"
    name, number = base, 2
    while name.casefold() in used:
        suffix = f" ({number})"
        name = base[: SHEET_NAME_LENGTH - len(suffix)] + suffix
        number += 1
    used.add(name.casefold())
    return name
