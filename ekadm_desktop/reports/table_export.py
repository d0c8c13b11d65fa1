"""Any table to an Excel file: typed cells, a bold frozen header row with a filter, fitted widths.

The headers are in row 1 and the data starts in row 2, so the sheet can be sorted, filtered and
read back (or imported elsewhere) as it is; the title goes into the document properties. The
file is written next to its destination and moved into place only when complete, so a failure
(disk full, the file open in Excel) never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MAX_DECIMALS = 4  # shown by default; the cell keeps every decimal
MIN_WIDTH = 6  # characters
MAX_WIDTH = 60
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
SHEET_NAME_LENGTH = 31  # Excel's limit
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def export_table(
    path: str | os.PathLike[str],
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    column_formats: dict[int, str] | None = None,
    sheet_name: str = "",
) -> None:
    """Write ``rows`` under ``headers`` to the XLSX file ``path`` (replacing it).

    Cells keep their types: int, float and Decimal are numbers, date and datetime are dates
    (shown as ``yyyy-mm-dd``), bool is "Ja"/"Nej", None is an empty cell, anything else text.
    ``column_formats`` maps a 0-based column to an Excel number format (e.g. ``"#,##0.00"``)
    that replaces the default one; ``sheet_name`` defaults to ``title``. Raises ``EkadmError``
    when the file cannot be written.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(path)
    formats = column_formats or {}
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_name(sheet_name or title)
    workbook.properties.title = title
    workbook.properties.creator = "EkAdm Desktop"

    width = max(len(headers), max((len(row) for row in rows), default=0))
    widths = [len(str(h)) for h in headers] + [0] * (width - len(headers))
    decimals = [0] * width

    bold = Font(bold=True)
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=_text(str(header)))
        cell.data_type = "s"  # never a formula, whatever the header says
        cell.font = bold

    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row):
            cell = sheet.cell(row=row_number, column=column + 1)
            shown = _write(cell, value)
            widths[column] = max(widths[column], shown)
            if isinstance(value, Decimal) and value.is_finite():
                exponent = value.as_tuple().exponent
                if isinstance(exponent, int):
                    decimals[column] = max(decimals[column], min(-exponent, MAX_DECIMALS))

    for column in range(width):
        number_format = formats.get(column) or _default_format(decimals[column])
        if number_format is not None:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
                if isinstance(cell.value, int | float | Decimal) and not isinstance(cell.value, bool):
                    cell.number_format = number_format
        letter = get_column_letter(column + 1)
        sheet.column_dimensions[letter].width = min(max(widths[column] + 2, MIN_WIDTH), MAX_WIDTH)

    if width:
        last = get_column_letter(width)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 1)}"
        sheet.print_title_rows = "1:1"

    _save_atomically(workbook, target)


def _write(cell: Any, value: object) -> int:
    """Put ``value`` into ``cell`` with its type; returns about how many characters it shows."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        text = tr("export", "Ja") if value else tr("export", "Nej")
        cell.value = text
        return len(text)
    if isinstance(value, enum.Enum):
        value = value.value
        if not isinstance(value, int | float | str):
            value = str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            cell.value = str(value)
            return len(cell.value)
        cell.value = value
        return len(f"{value:,f}")
    if isinstance(value, int | float):
        cell.value = value
        return len(f"{value:,}")
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # Excel has no time zones: the local time the user saw
            value = value.astimezone().replace(tzinfo=None)
        cell.value = value
        cell.number_format = DATETIME_FORMAT if (value.hour, value.minute, value.second) else DATE_FORMAT
        return len(DATETIME_FORMAT)
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return len(DATE_FORMAT)
    text = _text(str(value))
    cell.value = text
    cell.data_type = "s"  # a name such as "=SUMMA(...)" stays text, never a formula
    return max((len(line) for line in text.splitlines()), default=0)


def _text(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", text))[:MAX_CELL_TEXT]


def _default_format(decimals: int) -> str | None:
    """Thousands separated, with as many decimals as the column's Decimal values have; whole
    numbers (codes, years) keep Excel's general format so 2024 does not read "2 024"."""
    if decimals <= 0:
        return None
    return "#,##0." + "0" * decimals


def _sheet_name(name: str) -> str:
    cleaned = _SHEET_FORBIDDEN.sub(" ", name).strip().strip("'")
    return cleaned[:SHEET_NAME_LENGTH].strip() or tr("export", "Blad1")


def _save_atomically(workbook: Any, target: Path) -> None:
    # A name of our own rather than mkstemp's, so the file gets the usual permissions (mkstemp's
    # are private to the user, which a file on a shared folder must not be).
    temp = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.xlsx.tmp")
    try:
        workbook.save(temp)
        os.replace(temp, target)
    except PermissionError as exc:
        raise EkadmError(
            tr(
                "export",
                "Filen {name} kunde inte sparas. Den kan vara öppen i Excel eller skrivskyddad; "
                "stäng den eller välj ett annat namn och försök igen.",
            ).format(name=f"”{target.name}”"),
            detail=str(exc),
        ) from exc
    except OSError as exc:
        raise EkadmError(
            tr("export", "Filen {name} kunde inte sparas: {error}").format(
                name=f"”{target}”", error=exc.strerror or exc
            ),
            detail=str(exc),
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)  # gone already after a successful replace
