"""The monthly reconciliation as an Excel workbook: volumes, FTE, indicators and revenue.

``gather_reconciliation`` asks the services (one call each, no session of its own) and
``export_reconciliation`` writes four sheets with typed cells: counts, FTE, shares and SEK are
numbers with Excel number formats (a value that does not exist is an empty cell, never 0), the
header row is bold, frozen and filtered, and the title and period go into the document properties.
The file is written next to its destination and moved into place when complete (as in
``table_export``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ekadm_desktop.i18n import tr
from ekadm_desktop.reports.table_export import _save_atomically, _sheet_name
from ekadm_desktop.services.indicators import (
    IndicatorReport,
    IndicatorService,
    ReportPeriod,
    StaffingLine,
    book_report,
    status_label,
)
from ekadm_desktop.services.revenue import RevenueReport, RevenueService, VolumeLine
from ekadm_desktop.services.staffing_need import StaffingNeedRow, staffing_need

CONTEXT = "reconciliation_export"
INT = "#,##0"
DECIMAL = "#,##0.00"
PERCENT = "0.0%"
SEK = '#,##0 "kr"'
SEK_CENTS = '#,##0.00 "kr"'


@dataclass(frozen=True)
class Reconciliation:
    period: ReportPeriod
    scope: str  # the unit's name or "Alla enheter"
    volumes: list[VolumeLine]
    staffing: list[StaffingLine]
    need: list[StaffingNeedRow]
    indicators: IndicatorReport
    revenue: RevenueReport


def gather_reconciliation(
    indicators: IndicatorService,
    revenue: RevenueService,
    period: ReportPeriod,
    *,
    unit_id: int | None = None,
    scope: str = "",
) -> Reconciliation:
    """Everything the workbook holds, from the same services as the views."""
    book = indicators.load(period.year, period.year)
    return Reconciliation(
        period=period,
        scope=scope or tr("reconciliation_export", "Alla enheter"),
        volumes=revenue.volumes(period, unit_id=unit_id),
        staffing=indicators.staffing(period, unit_id),
        need=staffing_need(book, period, unit_id),
        indicators=book_report(book, period, unit_id),
        revenue=revenue.revenue(period, unit_id=unit_id),
    )


Column = tuple[str, str | None]  # header, number format


def _sheet(workbook: Any, title: str, columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> Any:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(_sheet_name(title))
    bold = Font(bold=True)
    widths = [len(header) for header, _ in columns]
    for index, (header, _) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=header)
        cell.font = bold
    for row_number, row in enumerate(rows, start=2):
        for index, value in enumerate(row):
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=index + 1, value=value)
            number_format = columns[index][1]
            if number_format and not isinstance(value, str):
                cell.number_format = number_format
            shown = len(str(value)) if isinstance(value, str) else 12
            widths[index] = max(widths[index], shown)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 50)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 1)}"
    sheet.print_title_rows = "1:1"
    return sheet


def export_reconciliation(path: str | os.PathLike[str], data: Reconciliation) -> None:
    """Write ``data`` to the XLSX file ``path`` (replacing it); raises ``EkadmError`` on failure."""
    from openpyxl import Workbook

    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    title = tr("reconciliation_export", "Månadsavstämning {period}, {scope}").format(
        period=data.period.label, scope=data.scope
    )
    workbook.properties.title = title
    workbook.properties.creator = "EkAdm Desktop"

    _sheet(
        workbook,
        tr("reconciliation_export", "Volymer"),
        [
            (tr("reconciliation_export", "År"), None),
            (tr("reconciliation_export", "Månad"), None),
            (tr("reconciliation_export", "Kund"), None),
            (tr("reconciliation_export", "Process"), None),
            (tr("reconciliation_export", "Transaktionstyp"), None),
            (tr("reconciliation_export", "Antal"), DECIMAL),
        ],
        [(v.year, v.month, v.customer_name, v.process_name, v.type_name, v.quantity) for v in data.volumes],
    )
    staffing_rows: list[list[object]] = [
        [s.year, s.month, s.unit_name, s.process_name, s.fte, s.headcount, None] for s in data.staffing
    ]
    staffing_rows.extend(
        [data.period.year, None, n.unit_name, n.process_name, n.actual_fte, None, n.needed_fte]
        for n in data.need
    )
    _sheet(
        workbook,
        tr("reconciliation_export", "Bemanning"),
        [
            (tr("reconciliation_export", "År"), None),
            (tr("reconciliation_export", "Månad"), None),
            (tr("reconciliation_export", "Enhet"), None),
            (tr("reconciliation_export", "Process"), None),
            (tr("reconciliation_export", "Årsarbetare"), DECIMAL),
            (tr("reconciliation_export", "Antal personer"), INT),
            (tr("reconciliation_export", "Behov enligt målet (ÅA)"), DECIMAL),
        ],
        staffing_rows,
    )
    report = data.indicators
    indicator_rows: list[list[object]] = []
    for r in report.productivity:
        indicator_rows.append(
            [
                r.label,
                r.unit_name,
                r.invoices,
                r.fte,
                r.value,
                r.target,
                status_label(r.status),
                r.comparison.last_year,
                r.comparison.change,
                r.comparison.tertial,
                r.comparison.tertial_last_year,
            ]
        )
    _sheet(
        workbook,
        tr("reconciliation_export", "Nyckeltal"),
        [
            (tr("reconciliation_export", "Nyckeltal"), None),
            (tr("reconciliation_export", "Enhet"), None),
            (tr("reconciliation_export", "Fakturor"), INT),
            (tr("reconciliation_export", "Årsarbetare (snitt)"), DECIMAL),
            (tr("reconciliation_export", "Fakturor per ÅA och månad"), INT),
            (tr("reconciliation_export", "Mål"), INT),
            (tr("reconciliation_export", "Status"), None),
            (tr("reconciliation_export", "Samma period förra året"), INT),
            (tr("reconciliation_export", "Förändring"), PERCENT),
            (tr("reconciliation_export", "Tertialet"), INT),
            (tr("reconciliation_export", "Tertialet förra året"), INT),
        ],
        indicator_rows,
    )
    counts = {c.customer_id: c for c in report.counts}
    _sheet(
        workbook,
        tr("reconciliation_export", "E-andel per kund"),
        [
            (tr("reconciliation_export", "Kund"), None),
            (tr("reconciliation_export", "Kundfakturor"), INT),
            (tr("reconciliation_export", "E-andel kundfakturor"), PERCENT),
            (tr("reconciliation_export", "Manuell andel kundfakturor"), PERCENT),
            (tr("reconciliation_export", "Leverantörsfakturor"), INT),
            (tr("reconciliation_export", "E-andel leverantörsfakturor"), PERCENT),
            (tr("reconciliation_export", "Manuell andel leverantörsfakturor"), PERCENT),
            (tr("reconciliation_export", "E-andel förra året (kund)"), PERCENT),
            (tr("reconciliation_export", "E-andel förra året (lev.)"), PERCENT),
            (tr("reconciliation_export", "Påminnelser"), INT),
            (tr("reconciliation_export", "Felaktiga underlag"), INT),
        ],
        [
            [
                s.customer_name,
                s.customer_invoices,
                s.customer_share.value,
                s.customer_manual_share,
                s.supplier_invoices,
                s.supplier_share.value,
                s.supplier_manual_share,
                s.customer_share.last_year,
                s.supplier_share.last_year,
                counts[s.customer_id].reminders.value if s.customer_id in counts else None,
                counts[s.customer_id].incorrect_documents.value if s.customer_id in counts else None,
            ]
            for s in report.shares
        ],
    )
    revenue_rows: list[list[object]] = [
        [line.customer_name, line.process_name, line.type_name, float(line.quantity), line.price, line.amount]
        for line in _revenue_summed(data.revenue)
    ]
    revenue_rows.append([tr("reconciliation_export", "Totalt"), None, None, None, None, data.revenue.total])
    _sheet(
        workbook,
        tr("reconciliation_export", "Intäkter"),
        [
            (tr("reconciliation_export", "Kund"), None),
            (tr("reconciliation_export", "Process"), None),
            (tr("reconciliation_export", "Transaktionstyp"), None),
            (tr("reconciliation_export", "Antal"), DECIMAL),
            (tr("reconciliation_export", "Pris"), SEK_CENTS),
            (tr("reconciliation_export", "Belopp"), SEK),
        ],
        revenue_rows,
    )
    _save_atomically(workbook, Path(path))


@dataclass(frozen=True)
class _SummedLine:
    customer_name: str
    process_name: str
    type_name: str
    quantity: Any
    price: Any
    amount: Any


def _revenue_summed(report: RevenueReport) -> list[_SummedLine]:
    """The revenue lines summed over the period's months, per customer, process and type."""
    summed: dict[tuple[str, str, str], list[Any]] = {}
    for line in report.lines:
        key = (line.customer_name, line.process_name, line.type_name)
        entry = summed.setdefault(key, [0, line.price, 0])
        entry[0] += line.quantity
        entry[2] += line.amount
    return [_SummedLine(*key, *values) for key, values in sorted(summed.items())]
