"""Export of a table to Excel: typed cells, frozen bold header, filter, widths, atomic writing."""

from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.reports.table_export import export_table

HEADERS = ["Kod", "Namn", "Belopp (kr)", "Antal", "Andel", "Datum", "Ändrad", "Aktiv", "Anteckning"]
ROWS: list[list[object]] = [
    ["NORD", "Enhet Nord", Decimal("4300.50"), 12, 0.25, date(2024, 3, 1), datetime(2024, 3, 1, 14, 5), True, None],
    ["SYD", "Enhet Syd", Decimal("19.00"), 2024, 1.0, None, None, False, "=SUMMA(A1:A2)"],
]  # fmt: skip


def write(tmp_path: Path, rows: list[list[object]] = ROWS, **kw: object) -> Path:
    path = tmp_path / "enheter.xlsx"
    export_table(path, "Enheter", HEADERS, rows, **kw)  # type: ignore[arg-type]
    return path


def test_values_keep_their_types(tmp_path: Path) -> None:
    sheet = load_workbook(write(tmp_path)).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == HEADERS
    nord = [c.value for c in sheet[2]]
    assert nord[:2] == ["NORD", "Enhet Nord"]
    assert nord[2] == pytest.approx(4300.5) and isinstance(nord[2], float)
    assert nord[3] == 12 and isinstance(nord[3], int)
    assert nord[4] == 0.25
    assert nord[5] == datetime(2024, 3, 1)  # Excel has only date-times; the format shows the date
    assert nord[6] == datetime(2024, 3, 1, 14, 5)
    assert nord[7:] == ["Ja", None]
    syd = [c.value for c in sheet[3]]
    assert syd[5:] == [None, None, "Nej", "=SUMMA(A1:A2)"]
    assert sheet["I3"].data_type == "s"  # text that looks like a formula stays text


def test_number_formats(tmp_path: Path) -> None:
    sheet = load_workbook(write(tmp_path)).active
    assert sheet is not None
    assert sheet["F2"].is_date and sheet["F2"].number_format == "yyyy-mm-dd"
    assert sheet["G2"].is_date and sheet["G2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["C2"].number_format == "#,##0.00"  # the Decimals have two decimals
    assert sheet["D3"].number_format == "General"  # a year is not "2 024"


def test_column_formats_override(tmp_path: Path) -> None:
    sheet = load_workbook(write(tmp_path, column_formats={4: "0%"})).active
    assert sheet is not None
    assert sheet["E2"].number_format == "0%"


def test_header_is_bold_frozen_and_filtered(tmp_path: Path) -> None:
    workbook = load_workbook(write(tmp_path))
    sheet = workbook.active
    assert sheet is not None
    assert sheet.title == "Enheter"
    assert workbook.properties.title == "Enheter"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I3"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCI"}
    assert widths["B"] > widths["A"]  # "Enhet Nord" is wider than "NORD"
    assert all(6 <= w <= 60 for w in widths.values())


def test_an_empty_table_still_has_its_headers(tmp_path: Path) -> None:
    sheet = load_workbook(write(tmp_path, rows=[])).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.max_row == 1
    assert sheet.auto_filter.ref == "A1:I1"


def test_sheet_name_is_made_valid(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    export_table(path, "Priser 2024/2025: [alla] och fler tecken än Excel tillåter", ["A"], [[1]])
    sheet = load_workbook(path).active
    assert sheet is not None
    assert len(sheet.title) <= 31 and not set(sheet.title) & set("[]:*?/\\")


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path)
    before = path.read_bytes()

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")  # as Windows says when Excel has it open

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(EkadmError) as caught:
        write(tmp_path, rows=ROWS[:1])
    assert "”enheter.xlsx”" in caught.value.message
    assert "öppen i Excel" in caught.value.message
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["enheter.xlsx"]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EkadmError, match="kunde inte sparas"):
        export_table(tmp_path / "finns-inte" / "x.xlsx", "X", ["A"], [[1]])
