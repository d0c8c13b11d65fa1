"""The Excel renderer: a sheet per section, real numbers with formats, frozen headers, native charts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.chart import BarChart

from ekadm_desktop.reports.render_xlsx import render_xlsx
from tests.unit.report_samples import sample_document


def find(sheet, text: str) -> tuple[int, int]:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell.row, cell.column
    raise AssertionError(f"{text!r} not in {sheet.title}")


def test_sheets_numbers_formats_and_frozen_header(tmp_path: Path) -> None:
    book = load_workbook(render_xlsx(sample_document(), tmp_path / "r.xlsx"))
    assert book.sheetnames == ["Översikt per enhet", "Per process", "Per kund", "Protokoll", "Kundloggen"]
    sheet = book["Per process"]
    assert sheet["A1"].value == "Klagomålssammanställning"
    assert sheet["A2"].value == "Enhet Nord, mars 2010"
    row, column = find(sheet, "Process")
    assert sheet.freeze_panes == f"A{row + 1}"
    first = sheet.cell(row + 1, column + 1)
    assert first.value == 1000 and first.number_format == "#,##0"
    share = sheet.cell(row + 1, column + 2)
    assert share.value == 0.25 and share.number_format == "0.0%"
    total_row, _ = find(sheet, "Totalt")
    assert sheet.cell(total_row, 2).value == 3003 and sheet.cell(total_row, 2).font.b
    assert find(book["Per kund"], "Inga klagomål under mars 2010.")
    log = book["Kundloggen"]
    row, _ = find(log, "Datum")
    assert log.cell(row + 1, 1).value == datetime(2010, 3, 3)
    assert log.cell(row + 1, 1).number_format == "yyyy-mm-dd"


def test_native_chart_with_the_right_series(tmp_path: Path) -> None:
    book = load_workbook(render_xlsx(sample_document(), tmp_path / "r.xlsx"))
    sheet = book["Översikt per enhet"]
    row, _ = find(sheet, "Kategori")
    assert [sheet.cell(row, c).value for c in (2, 3)] == ["mars 2009", "mars 2010"]
    assert [sheet.cell(row + 1, c).value for c in (1, 2, 3)] == ["Nord", 2, 3]
    assert [sheet.cell(row + 2, c).value for c in (1, 2, 3)] == ["Syd", 5, 7]
    (chart,) = sheet._charts
    assert isinstance(chart, BarChart) and chart.type == "col"
    name = "'Översikt per enhet'"
    assert [s.val.numRef.f for s in chart.series] == [
        f"{name}!$B${row + 1}:$B${row + 2}",
        f"{name}!$C${row + 1}:$C${row + 2}",
    ]
    assert chart.series[0].cat.strRef.f == f"{name}!$A${row + 1}:$A${row + 2}"
    assert book["Per process"]._charts == []  # a table alone gets no chart
