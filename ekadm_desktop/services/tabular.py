"""Reading a table (a header row and data rows) from the files people keep registers in.

Text files (CSV, TSV, TXT) come in the shapes Swedish Excel and other programs save: the encoding
is told by a byte-order mark (UTF-8, UTF-16 LE/BE), else the file is strict UTF-8, else Windows-1252
(Excel's "CSV (semikolonavgränsad)"); the delimiter is given by a ``sep=;`` first line, else found
among ``;``, ``,`` and tab as the one that gives every row the same number of fields. Excel
workbooks (XLSX) are read with openpyxl, the first sheet or a chosen one; dates stay ``datetime``.

Every row keeps the line (or Excel row) it came from, so a problem can be pointed at. Files that
cannot be read (empty, only a header, binary, an old .xls) raise an ``EkadmError`` naming the file.
Qt-free.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr

Cell = str | int | float | bool | datetime | date | time | timedelta
"""A cell as read: always ``str`` from a text file; from XLSX also numbers, booleans and dates.
An empty cell is ``""``."""

TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab", ".skv")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
OLD_EXCEL_SUFFIXES = (".xls",)
CANDIDATE_DELIMITERS = (";", ",", "\t")
SNIFF_RECORDS = 50  # rows looked at to find the delimiter
MAX_CONTROL_SHARE = 0.01  # more control characters than this share of the text: not a text file

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or an encrypted (password-protected) .xlsx
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_SEP_LINE = re.compile(r'^\s*"?sep=(.)"?[;,\t]*\s*$', re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# UTF-8 for å ä ö Å Ä Ö é: their presence in a file that is not valid UTF-8 means mixed encodings.
_UTF8_SWEDISH = re.compile(rb"\xc3[\xa5\xa4\xb6\x85\x84\x96\xa9]")


@dataclass(frozen=True)
class TableRow:
    line: int  # the line of the file (a text file) or the row number (Excel) the row starts on
    cells: tuple[Cell, ...]

    def cell(self, index: int) -> Cell:
        return self.cells[index] if 0 <= index < len(self.cells) else ""


@dataclass(frozen=True)
class Table:
    name: str  # the file's name, for messages
    headers: tuple[str, ...]  # unique and non-empty ("Kolumn 4" where the file had none)
    rows: tuple[TableRow, ...]  # data rows, without empty ones; as many cells as headers
    header_line: int = 1
    format: str = "text"  # "text" or "xlsx"
    encoding: str = ""  # a Python codec name, for a text file
    delimiter: str = ""  # for a text file
    delimiter_from_sep_line: bool = False
    sheet: str = ""  # the sheet read, for a workbook
    sheets: tuple[str, ...] = ()  # all worksheets of a workbook

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def describe(self) -> str:
        """ "Teckenkodning: Windows-1252 · Avgränsare: semikolon (från sep=-raden) · 12 rader"."""
        if self.format == "xlsx":
            parts = [tr("import", "Excel-arbetsbok, bladet ”{sheet}”").format(sheet=self.sheet)]
        else:
            delimiter = delimiter_label(self.delimiter)
            if self.delimiter_from_sep_line:
                delimiter = tr("import", "{delimiter} (från sep=-raden)").format(delimiter=delimiter)
            parts = [
                tr("import", "Teckenkodning: {encoding}").format(encoding=encoding_label(self.encoding)),
                tr("import", "Avgränsare: {delimiter}").format(delimiter=delimiter),
            ]
        parts.append(row_count_text(self.row_count))
        return " · ".join(parts)


def row_count_text(count: int) -> str:
    if count == 1:
        return tr("import", "1 rad")
    return tr("import", "{count} rader").format(count=f"{count:,}".replace(",", "\u00a0"))


def encoding_label(codec: str) -> str:
    labels = {
        "utf-8-sig": tr("import", "UTF-8 med BOM"),
        "utf-8": tr("import", "UTF-8"),
        "utf-16-le": tr("import", "UTF-16 LE med BOM (Unicode-text)"),
        "utf-16-be": tr("import", "UTF-16 BE med BOM"),
        "cp1252": tr("import", "Windows-1252 (ANSI)"),
    }
    return labels.get(codec, codec)


def delimiter_label(delimiter: str) -> str:
    labels = {
        ";": tr("import", "semikolon"),
        ",": tr("import", "komma"),
        "\t": tr("import", "tabb"),
        "": tr("import", "ingen (en kolumn)"),
    }
    return labels.get(delimiter, f"”{delimiter}”")


def cell_text(value: Cell | None) -> str:
    """A cell as the user would write it: dates in ISO, decimals with a comma."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("import", "Ja") if value else tr("import", "Nej")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    return str(value)


# -- reading ---------------------------------------------------------------------------------------


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The table in ``path``: a workbook's sheet ``sheet`` (default the first), or a text file."""
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise EkadmError(tr("import", "Filen {name} finns inte.").format(name=name)) from exc
    except PermissionError as exc:
        raise EkadmError(
            tr(
                "import",
                "Filen {name} kan inte öppnas: du saknar behörighet, eller så är den öppen i Excel. "
                "Stäng den i Excel och försök igen.",
            ).format(name=name),
            detail=str(exc),
        ) from exc
    except OSError as exc:
        raise EkadmError(
            tr("import", "Filen {name} kan inte läsas: {error}").format(name=name, error=exc.strerror or exc),
            detail=str(exc),
        ) from exc
    suffix = path.suffix.lower()
    if data.startswith(_OLE_MAGIC) or (suffix in OLD_EXCEL_SUFFIXES and data):
        raise EkadmError(
            tr(
                "import",
                "Filen {name} är en Excel-fil i det äldre formatet (.xls) eller lösenordsskyddad. "
                "Öppna den i Excel och spara den som ”Excel-arbetsbok (.xlsx)” eller som CSV.",
            ).format(name=name)
        )
    if data.startswith(_ZIP_MAGIC) or suffix in EXCEL_SUFFIXES:
        return read_workbook(data, name, sheet=sheet)
    return read_text(data, name)


def read_text(data: bytes, name: str) -> Table:
    """A table from the bytes of a text file called ``name``."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _binary(name)
    text, codec = decode(data, name)
    text = text.rstrip("\x1a")  # an old end-of-file mark
    if not text.strip():
        raise EkadmError(tr("import", "Filen {name} är tom.").format(name=name))
    control = len(_CONTROL.findall(text))
    if "\x00" in text or control > max(2, len(text) * MAX_CONTROL_SHARE):
        raise _binary(name)
    delimiter, from_sep_line = detect_delimiter(text)
    records: list[tuple[int, list[Cell]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or ";", strict=False)
    first_line = 1
    try:
        for record in reader:
            line, first_line = first_line, reader.line_num + 1
            if from_sep_line and line == 1:
                continue
            cells: list[Cell] = [_tidy(cell) for cell in record]
            if any(cell != "" for cell in cells):
                records.append((line, cells))
    except csv.Error as exc:  # e.g. a field larger than the csv module accepts
        raise EkadmError(
            tr("import", "Filen {name} kan inte läsas som en tabell (rad {line}).").format(
                name=name, line=reader.line_num
            ),
            detail=str(exc),
        ) from exc
    return _table(name, records, format="text", encoding=codec, delimiter=delimiter, sep=from_sep_line)


def _tidy(cell: str) -> str:
    """A field without surrounding blanks, its line breaks (in a quoted field) as ``\n``."""
    return cell.replace("\r\n", "\n").replace("\r", "\n").strip()


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of ``data`` and the codec it was read with: by BOM, else UTF-8, else Windows-1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            inner = "utf-8" if codec == "utf-8-sig" else codec
            try:
                return data[len(bom) :].decode(inner), codec
            except UnicodeDecodeError as exc:
                raise _undecodable(name, data, exc.start + len(bom), codec) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        if _UTF8_SWEDISH.search(data):  # å, ä, ö written as UTF-8, yet the file is not UTF-8
            raise EkadmError(
                tr(
                    "import",
                    "Filen {name} blandar teckenkodningar: den har å, ä eller ö i UTF-8 men byten på "
                    "position {offset} (0x{byte}) är inte UTF-8. Spara den som ”CSV UTF-8” i Excel och "
                    "försök igen.",
                ).format(name=name, offset=utf8_error.start, byte=f"{data[utf8_error.start]:02X}")
            ) from utf8_error
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise _undecodable(name, data, exc.start, "") from exc


def detect_delimiter(text: str) -> tuple[str, bool]:
    """The delimiter of ``text`` and whether a ``sep=`` first line gave it; ``""`` for one column."""
    first_line = text.split("\n", 1)[0].rstrip("\r")
    found = _SEP_LINE.match(first_line)
    if found:
        return found.group(1), True
    lines = [line for line in text.splitlines()[: SNIFF_RECORDS * 2] if line.strip()]
    sample = "\n".join(lines)
    counts = {d: _field_counts(sample, d) for d in CANDIDATE_DELIMITERS}

    def consistent(d: str) -> bool:
        return len(set(counts[d])) == 1 and counts[d][0] > 1

    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(CANDIDATE_DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in counts and consistent(sniffed):
        return sniffed, False
    steady = [d for d in CANDIDATE_DELIMITERS if consistent(d)]
    if steady:
        return max(steady, key=lambda d: counts[d][0]), False
    # No delimiter gives every row the same count: the one whose most common count is highest.
    best = max(CANDIDATE_DELIMITERS, key=lambda d: Counter(counts[d]).most_common(1)[0][0])
    return (best, False) if Counter(counts[best]).most_common(1)[0][0] > 1 else ("", False)


def _field_counts(sample: str, delimiter: str) -> list[int]:
    counts = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r]
    return counts[:SNIFF_RECORDS] or [0]


def read_workbook(data: bytes, name: str, *, sheet: str | None = None) -> Table:
    """A table from the bytes of an Excel workbook: sheet ``sheet``, or the first worksheet."""
    import openpyxl  # heavy: only when a workbook is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise EkadmError(
            tr(
                "import",
                "Filen {name} kan inte läsas som en Excel-arbetsbok (.xlsx). Är den skadad, "
                "eller är det en annan sorts fil?",
            ).format(name=name),
            detail=repr(exc),
        ) from exc
    try:
        sheets = tuple(ws.title for ws in book.worksheets)
        if not sheets:
            raise EkadmError(tr("import", "Arbetsboken {name} har inga kalkylblad.").format(name=name))
        title = sheets[0] if sheet is None else sheet
        if title not in sheets:
            raise EkadmError(
                tr("import", "Arbetsboken {name} har inget blad som heter ”{sheet}”.").format(
                    name=name, sheet=title
                )
            )
        worksheet = book[title]
        worksheet.reset_dimensions()  # some programs write a wrong size; read every row there is
        records: list[tuple[int, list[Cell]]] = []
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = [_excel_cell(value) for value in values]
            if any(cell != "" for cell in cells):
                records.append((number, cells))
    except EkadmError:
        raise
    except Exception as exc:  # openpyxl reports a broken sheet in many ways
        raise EkadmError(
            tr(
                "import", "Arbetsboken {name} kan inte läsas: bladet är skadat eller har ett okänt format."
            ).format(name=name),
            detail=repr(exc),
        ) from exc
    finally:
        book.close()
    if not records:
        raise EkadmError(tr("import", "Bladet ”{sheet}” i {name} är tomt.").format(sheet=title, name=name))
    return _table(name, records, format="xlsx", sheet=title, sheets=sheets)


def _excel_cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool | int | float | datetime | date | time | timedelta):
        return value
    return str(value)


def _table(
    name: str,
    records: list[tuple[int, list[Cell]]],
    *,
    format: str,
    encoding: str = "",
    delimiter: str = "",
    sep: bool = False,
    sheet: str = "",
    sheets: tuple[str, ...] = (),
) -> Table:
    if not records:
        raise EkadmError(tr("import", "Filen {name} är tom.").format(name=name))
    (header_line, header_cells), data = records[0], records[1:]
    if not data:
        raise EkadmError(
            tr("import", "Filen {name} har bara en rubrikrad och inga rader att importera.").format(name=name)
        )
    width = max(len(cells) for _, cells in records)
    # Excel leaves trailing columns with neither a header nor a value; drop them.
    while width > 0 and all(cells[width - 1] == "" for _, cells in records if len(cells) >= width):
        width -= 1
    headers = _unique_headers([cell_text(c) for c in header_cells] + [""] * (width - len(header_cells)))[
        :width
    ]
    rows = tuple(
        TableRow(line, tuple(list(cells[:width]) + [""] * (width - len(cells)))) for line, cells in data
    )
    return Table(
        name=name,
        headers=tuple(headers),
        rows=rows,
        header_line=header_line,
        format=format,
        encoding=encoding,
        delimiter=delimiter,
        delimiter_from_sep_line=sep,
        sheet=sheet,
        sheets=sheets,
    )


def _unique_headers(names: list[str]) -> list[str]:
    result: list[str] = []
    seen: set[str] = set()
    for index, raw in enumerate(names, start=1):
        name = " ".join(raw.split()) or tr("import", "Kolumn {number}").format(number=index)
        candidate, n = name, 2
        while candidate.casefold() in seen:
            candidate, n = f"{name} ({n})", n + 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


def _binary(name: str) -> EkadmError:
    return EkadmError(
        tr(
            "import",
            "Filen {name} är ingen textfil (CSV) eller Excel-arbetsbok och kan inte importeras.",
        ).format(name=name)
    )


def _undecodable(name: str, data: bytes, offset: int, codec: str) -> EkadmError:
    byte = f"{data[offset]:02X}" if offset < len(data) else "–"
    if codec:
        message = tr(
            "import",
            "Filen {name} kan inte läsas: den börjar som {encoding} men byten på position {offset} "
            "(0x{byte}) passar inte den teckenkodningen.",
        ).format(name=name, encoding=encoding_label(codec), offset=offset, byte=byte)
    else:
        message = tr(
            "import",
            "Filen {name} kan inte läsas som text: byten på position {offset} (0x{byte}) är varken "
            "giltig UTF-8 eller Windows-1252. Är det en textfil? Spara den annars som ”CSV UTF-8” i "
            "Excel och försök igen.",
        ).format(name=name, offset=offset, byte=byte)
    return EkadmError(message)
