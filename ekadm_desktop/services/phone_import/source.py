"""The records of a switchboard file as lists of strings, streamed: text files (CSV, TSV, TXT,
queue_log) in their detected encoding and delimiter, and Excel workbooks (first sheet).

Each record keeps the line it starts on, so a rejection can point at it.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice
from pathlib import Path

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr
from ekadm_desktop.services.phone_import.encoding import FileFacts, examine

CANDIDATE_DELIMITERS = (";", ",", "\t", "|")
SNIFF_LINES = 200
_SEP_LINE = re.compile(r'^\s*"?sep=(.)"?[;,\t]*\s*$', re.IGNORECASE)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
Record = tuple[int, list[str]]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class SourceFile:
    """What was found out about a file before reading its records."""

    path: Path
    facts: FileFacts
    kind: str  # "text" or "xlsx"
    delimiter: str
    sep_line: bool
    estimated_records: int = 0  # from the size of the file and of its first lines, for progress

    @property
    def name(self) -> str:
        return self.path.name

    def records(self, delimiter: str | None = None) -> Iterator[Record]:
        if self.kind == "xlsx":
            yield from _workbook_records(self.path)
            return
        yield from _text_records(self, delimiter or self.delimiter)

    def sample(self, count: int = SNIFF_LINES) -> list[Record]:
        return list(islice(self.records(), count))


def open_source(path: Path) -> SourceFile:
    """Examine ``path``: hash, encoding, delimiter. Raises ``EkadmError`` for what is no table."""
    if not path.is_file():
        raise EkadmError(tr("phone_import", "Filen {name} finns inte.").format(name=path))
    with path.open("rb") as stream:
        magic = stream.read(8)
    facts = examine(path)
    if facts.size == 0:
        raise EkadmError(tr("phone_import", "Filen {name} är tom.").format(name=path.name))
    if magic.startswith(_ZIP_MAGIC):
        return SourceFile(path, facts, "xlsx", "", False)
    if magic.startswith(_OLE_MAGIC):
        raise EkadmError(
            tr(
                "phone_import",
                "Filen {name} är en Excel-fil i det äldre formatet (.xls). Spara den som .xlsx eller CSV.",
            ).format(name=path.name)
        )
    head = _head_text(path, facts.encoding)
    if "\x00" in head or len(re.findall(r"[\x01-\x08\x0e-\x1f]", head)) > max(2, len(head) // 100):
        raise EkadmError(
            tr("phone_import", "Filen {name} är ingen textfil (CSV) eller Excel-arbetsbok.").format(
                name=path.name
            )
        )
    delimiter, sep_line = detect_delimiter(head)
    lines = max(head.count("\n"), 1)
    head_bytes = max(len(head.encode(facts.encoding, errors="replace")), 1)
    estimate = int(facts.size / (head_bytes / lines))
    return SourceFile(path, facts, "text", delimiter, sep_line, estimate)


def _head_text(path: Path, encoding: str) -> str:
    with path.open(encoding=encoding, errors="replace", newline="") as stream:
        return stream.read(65536)


def detect_delimiter(text: str) -> tuple[str, bool]:
    """The delimiter of ``text`` and whether a ``sep=`` first line gave it: the candidate that gives
    every sampled line the same number (more than one) of fields."""
    lines = text.splitlines()
    if lines and _SEP_LINE.match(lines[0]):
        return _SEP_LINE.match(lines[0]).group(1), True  # type: ignore[union-attr]
    sample = [line for line in lines[:SNIFF_LINES] if line.strip()]
    if len(lines) > SNIFF_LINES or (text and not text.endswith(("\n", "\r"))):
        sample = sample[:-1]  # the last line of the head may be cut
    if not sample:
        sample = [line for line in lines if line.strip()]
    best, best_score = ",", (-1.0, 0)
    for delimiter in CANDIDATE_DELIMITERS:
        counts = [len(r) for r in csv.reader(io.StringIO("\n".join(sample)), delimiter=delimiter)]
        if not counts:
            continue
        common, hits = Counter(counts).most_common(1)[0]
        if common < 2:
            continue
        score = (hits / len(counts), common)
        if score > best_score:
            best, best_score = delimiter, score
    return best, False


def _text_records(source: SourceFile, delimiter: str) -> Iterator[Record]:
    with source.path.open(encoding=source.facts.encoding, errors="strict", newline="") as stream:
        reader = csv.reader(stream, delimiter=delimiter, strict=False)
        start = 1
        try:
            for record in reader:
                line, start = start, reader.line_num + 1
                if source.sep_line and line == 1:
                    continue
                if record and (len(record) > 1 or record[0].strip()):
                    yield line, record
        except (csv.Error, UnicodeDecodeError) as exc:
            raise EkadmError(
                tr("phone_import", "Filen {name} kan inte läsas som en tabell (rad {line}): {error}").format(
                    name=source.name, line=reader.line_num, error=exc
                )
            ) from exc


def _workbook_records(path: Path) -> Iterator[Record]:
    import openpyxl  # heavy: only when a workbook is read

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl reports a broken workbook in many ways
        raise EkadmError(
            tr("phone_import", "Filen {name} kan inte läsas som en Excel-arbetsbok (.xlsx).").format(
                name=path.name
            ),
            detail=repr(exc),
        ) from exc
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(value) for value in values]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                yield number, cells
    except EkadmError:
        raise
    except Exception as exc:
        raise EkadmError(
            tr("phone_import", "Arbetsboken {name} kan inte läsas.").format(name=path.name), detail=repr(exc)
        ) from exc
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, timedelta):
        return str(value.total_seconds())
    if isinstance(value, float):
        return repr(value)
    return str(value).strip()
