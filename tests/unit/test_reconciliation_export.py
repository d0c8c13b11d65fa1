"""The monthly reconciliation workbook, read back with openpyxl (both databases)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ekadm_desktop.db.database import Database
from ekadm_desktop.periods import Month
from ekadm_desktop.reports.reconciliation_export import export_reconciliation, gather_reconciliation
from ekadm_desktop.services.indicators import IndicatorService
from ekadm_desktop.services.revenue import RevenueService
from tests.unit.productivity_data import fill


@pytest.fixture
def workbook(database: Database, tmp_path: Path) -> Any:
    fill(database)
    data = gather_reconciliation(IndicatorService(database), RevenueService(database), Month(2010, 3))
    path = tmp_path / "avstämning.xlsx"
    export_reconciliation(path, data)
    return load_workbook(path)


def rows(sheet: Any) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def test_sheets_and_headers(workbook: Any) -> None:
    assert workbook.sheetnames == ["Volymer", "Bemanning", "Nyckeltal", "E-andel per kund", "Intäkter"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold
    assert "mars 2010" in workbook.properties.title


def test_volumes_and_staffing(workbook: Any, database: Database) -> None:
    volumes = rows(workbook["Volymer"])
    assert volumes[0] == ("År", "Månad", "Kund", "Process", "Transaktionstyp", "Antal")
    assert sum(r[5] for r in volumes[1:] if r[4] == "Kundfaktura via försystem") == 16000
    assert workbook["Volymer"]["F2"].number_format == "#,##0.00"
    staffing = rows(workbook["Bemanning"])
    nord_cl = [r for r in staffing if r[2] == "Enhet Nord" and r[3] == "Kundreskontra" and r[1] == 3]
    assert nord_cl[0][4] == pytest.approx(3.2)
    need = [r for r in staffing if r[1] is None and r[3] == "Kundreskontra"]
    assert need[0][6] == pytest.approx(20000 / 4300)
    assert need[0][4] == pytest.approx(4.6)


def test_indicators_with_status_and_empty_cells_for_no_value(workbook: Any) -> None:
    sheet = workbook["Nyckeltal"]
    data = rows(sheet)
    by_scope = {(r[0], r[1]): r for r in data[1:]}
    nord = by_scope["Kundfakturor per årsarbetare och månad", "Enhet Nord"]
    assert nord[2] == 14000 and nord[4] == pytest.approx(4375) and nord[5] == 4300
    assert nord[6] == "Uppnått"
    assert nord[8] == pytest.approx(4375 / 4000 - 1)
    syd_sl = by_scope["Leverantörsfakturor per årsarbetare och månad", "Enhet Syd"]
    assert syd_sl[4] is None  # zero FTE: an empty cell, not 0
    assert syd_sl[6] == "Inget mål"
    row_number = data.index(nord) + 1
    assert sheet.cell(row=row_number, column=9).number_format == "0.0%"


def test_shares_and_revenue(workbook: Any) -> None:
    shares = rows(workbook["E-andel per kund"])
    total = shares[-1]
    assert total[0] == "Totalt"
    assert total[2] == pytest.approx(0.8) and total[5] == pytest.approx(0.75)
    assert total[9] == 300 and total[10] == 15
    revenue = rows(workbook["Intäkter"])
    assert revenue[-1][0] == "Totalt"
    assert revenue[-1][5] == 244500 + 4000 + 120000 + 1800 + 113000
    assert workbook["Intäkter"].cell(row=len(revenue), column=6).number_format == '#,##0 "kr"'
    hours = [r for r in revenue if r[2] == "Timme redovisningsekonom/systemförvaltare"]
    assert hours[0][3:] == (10, 400, 4000)
