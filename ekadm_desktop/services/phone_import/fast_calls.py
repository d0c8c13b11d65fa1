"""The fast reader of the common per-call file: a delimited text file without quotes (what Excel
and most switchboards write), read as bytes and converted a hundred thousand lines at a time with
NumPy instead of a Python call per field.

It only reads what it can read exactly as the per-row reader would (``rows.CallConverter``): ISO
dates and times, durations in seconds as plain decimal numbers, outcome words of the profile's
value table in ASCII, fields without surrounding blanks. Every other line is handed to the per-row
converter (``FastChunk.slow``), which converts it or rejects it with its reason, so the result is
the same whichever path a line took (``tests/unit/test_phone_fast_reader.py`` checks that). Files it
cannot read at all (quoted fields, UTF-16, legs, queue events, source ids…) are read per row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from ekadm_desktop.services.phone_import.call_block import (
    ABANDONED,
    ANSWERED,
    EPOCH,
    OUTCOME_CODES,
    UNKNOWN,
    CallBlock,
)
from ekadm_desktop.services.phone_import.call_keys import mix as _mix64
from ekadm_desktop.services.phone_import.callers import BLOCK, hash_blocks
from ekadm_desktop.services.phone_import.detect import Plan
from ekadm_desktop.services.phone_import.source import SourceFile
from ekadm_desktop.services.phone_import.values import MAX_DURATION_SECONDS, local_offset

CHUNK_BYTES = 3 << 20  # about 50,000 lines of a typical export
FIRST_CHUNK_BYTES = 256 << 10
MAX_NUMBER = 32  # as the service's limit on group and extension numbers
MAX_CALLER_FIELD = 40
MAX_WORD = 16
IGNORE = 4
ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "cp1252": "cp1252"}
_USED = {"date", "time", "start", "group", "extension", "outcome", "wait", "talk", "duration", "caller"}
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
_DIGIT_LO, _DIGIT_HI = ord("0"), ord("9")


@dataclass
class FastChunk:
    block: CallBlock  # the lines read fast, in line order
    slow: list[tuple[int, list[str]]]  # records for the per-row converter
    records: int  # records of the chunk, fast and slow
    ignored: int  # lines whose outcome the profile ignores


def _days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of proleptic Gregorian dates (H. Hinnant's algorithm)."""
    y = y - (m <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + np.where(m > 2, -3, 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return np.asarray(era * 146097 + doe - 719468)


_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def _valid_date(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    month_ok = (m >= 1) & (m <= 12)
    days = _MONTH_DAYS[np.where(month_ok, m, 0)] + ((m == 2) & leap)
    return np.asarray(month_ok & (d >= 1) & (d <= days) & (y >= 1990) & (y <= 2100))


class _Fields:
    """Byte ranges of the fields of the good lines of one chunk."""

    def __init__(self, buf: np.ndarray, starts: np.ndarray, ends: np.ndarray, delims: np.ndarray, k: int):
        self.buf = buf
        self.starts = starts
        self.ends = ends
        first = np.searchsorted(delims, starts)
        self.delims = delims[first[:, None] + np.arange(k)] if k else np.zeros((len(starts), 0), np.int64)
        self.ok = np.ones(len(starts), dtype=bool)  # False: the line goes to the per-row reader

    def span(self, column: int) -> tuple[np.ndarray, np.ndarray]:
        k = self.delims.shape[1]
        start = self.starts if column == 0 else self.delims[:, column - 1] + 1
        end = self.delims[:, column] if column < k else self.ends
        return start, end - start

    def matrix(self, column: int, width: int, *, strip_checked: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """The field's bytes as an ``(n, w)`` array padded with zeros (``w`` the longest field, at
        most ``width``), and its lengths. Lines whose field is longer than ``width``, or
        (``strip_checked``) starts or ends with a blank or a non-ASCII byte, are marked for the
        per-row reader."""
        start, length = self.span(column)
        self.ok &= length <= width
        length = np.minimum(length, width)
        width = max(int(length.max(initial=0)), 1)
        positions = start.astype(np.int32)[:, None] + np.arange(width, dtype=np.int32)  # files < 2 GB
        values = self.buf[np.minimum(positions, len(self.buf) - 1)]
        values[np.arange(width) >= length[:, None]] = 0
        if strip_checked:
            first = values[:, 0]
            last = values[np.arange(len(values)), np.maximum(length - 1, 0)]
            edge = (length > 0) & ((first <= 32) | (first >= 128) | (last <= 32) | (last >= 128))
            self.ok &= ~edge
        return values, length


def _crlf_only(raw: bytes) -> bool:
    """Whether every CR in ``raw`` ends a line (``bytes.count`` of a two-byte pattern is slow)."""
    buf = np.frombuffer(raw, dtype=np.uint8)
    cr = _positions(buf, ord("\r"))
    return bool(len(cr) == 0 or (cr[-1] + 1 < len(buf) and (buf[cr + 1] == ord("\n")).all()))


def _positions(buf: np.ndarray, byte: int, step: int = 1 << 22) -> np.ndarray:
    """Where ``byte`` is in ``buf``, found a few megabytes at a time (no file-sized temporary)."""
    found = [np.flatnonzero(buf[at : at + step] == byte) + at for at in range(0, len(buf), step)]
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _widened(values: np.ndarray, length: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    if values.shape[1] >= width:
        return values, length
    return np.pad(values, ((0, 0), (0, width - values.shape[1]))), length


def _digits(values: np.ndarray, at: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The number written by the digits at columns ``at``, and whether they all are digits."""
    part = values[:, at].astype(np.int64) - _DIGIT_LO
    ok = np.asarray(((part >= 0) & (part <= 9)).all(axis=1))
    number = np.zeros(len(values), dtype=np.int64)
    for i in range(len(at)):
        number = number * 10 + part[:, i]
    return number, ok


def _clock(values: np.ndarray, offset: int, seconds: bool) -> tuple[np.ndarray, np.ndarray]:
    """Seconds after midnight of ``HH:MM[:SS]`` at column ``offset``, and which are valid."""
    h, ok_h = _digits(values, [offset, offset + 1])
    m, ok_m = _digits(values, [offset + 3, offset + 4])
    ok = ok_h & ok_m & (values[:, offset + 2] == ord(":")) & (h <= 23) & (m <= 59)
    s = np.zeros(len(values), dtype=np.int64)
    if seconds:
        s, ok_s = _digits(values, [offset + 6, offset + 7])
        ok &= ok_s & (values[:, offset + 5] == ord(":")) & (s <= 59)
    return h * 3600 + m * 60 + s, ok


def _date(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Seconds since 1970 of ``YYYY-MM-DD`` at the start of each row, and which are valid."""
    y, ok_y = _digits(values, [0, 1, 2, 3])
    m, ok_m = _digits(values, [5, 6])
    d, ok_d = _digits(values, [8, 9])
    ok = ok_y & ok_m & ok_d & (values[:, 4] == ord("-")) & (values[:, 7] == ord("-"))
    ok &= _valid_date(y, m, d)
    return _days_from_civil(y, np.where(ok, m, 1), np.where(ok, d, 1)) * 86400, ok


def _seconds(values: np.ndarray, length: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Plain decimal numbers (``12``, ``12,5``, ``12.5``) as float64, NaN where empty, and which
    fields were such numbers (or empty). The value is mantissa / 10**decimals, both exact, so the
    division rounds as ``float()`` of the text does."""
    width = values.shape[1]
    inside = np.arange(width) < length[:, None]
    digit = (values >= _DIGIT_LO) & (values <= _DIGIT_HI) & inside
    separator = ((values == ord(",")) | (values == ord("."))) & inside
    separators = separator.sum(axis=1)
    digits = digit.sum(axis=1)
    at = np.argmax(separator, axis=1)
    ok = (digit | separator | ~inside).all(axis=1) & (separators <= 1) & (digits <= 15)
    ok &= (separators == 0) | ((at > 0) & (at < length - 1))
    right: np.ndarray = (
        np.cumsum(digit[:, ::-1], axis=1)[:, ::-1] - digit
    )  # digits to the right of each place
    mantissa = ((values.astype(np.int64) - _DIGIT_LO) * digit * 10 ** np.minimum(right, 18)).sum(axis=1)
    decimals = np.where(separators > 0, length - at - 1, 0)
    number = mantissa.astype(np.float64) / 10.0**decimals
    number = np.where(length == 0, np.nan, number)
    ok &= (length == 0) | (number <= MAX_DURATION_SECONDS)
    return number, ok | (length == 0)


class FastCallReader:
    """Reads a per-call file in chunks; ``open`` says whether it can."""

    def __init__(
        self, source: SourceFile, plan: Plan, raw: bytes, fixed: dict[str, str], salt: bytes
    ) -> None:
        self.source = source
        self.plan = plan
        self.encoding = ENCODINGS[source.facts.encoding]
        self.fixed = fixed
        self.salt = salt
        skip = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
        self.buf = np.frombuffer(raw, dtype=np.uint8)[skip:]
        self.delimiter = ord(plan.delimiter)
        columns = plan.binding.columns
        self.columns = columns
        self.outcome_map = plan.profile.value_map("outcome")

    @classmethod
    def open(
        cls, source: SourceFile, plan: Plan, *, fixed_group: str | None, salt: bytes
    ) -> FastCallReader | None:
        """A reader for ``source`` read by ``plan``, or ``None`` when it must be read per row."""
        profile = plan.profile
        columns = plan.binding.columns
        fixed = dict(profile.fixed)
        if fixed_group and "group" not in fixed:
            fixed["group"] = fixed_group
        if (
            source.kind != "text"
            or source.facts.encoding not in ENCODINGS
            or profile.shape != "per_call"
            or len(plan.delimiter) != 1
            or not plan.delimiter.isascii()
            or not set(columns) <= _USED
            or set(fixed) - {"group"}
            or len(fixed.get("group", "")) > MAX_NUMBER
            or any(profile.fields[name].pattern for name in columns if name in profile.fields)
            or any(
                plan.units.get(name, "s") != "s" for name in ("wait", "talk", "duration") if name in columns
            )
        ):
            return None
        timed = {"start"} if "start" in columns else {"date", "time"}
        if not timed <= set(columns) or ("start" in columns and "date" in columns):
            return None
        raw = source.path.read_bytes()
        if b'"' in raw or (b"\r" in raw and not _crlf_only(raw)):
            return None
        if source.facts.encoding == "cp1252" and any(b in raw for b in _CP1252_UNDEFINED):
            return None  # the per-row reader reports the undecodable byte
        return cls(source, plan, raw, fixed, salt)

    def chunks(self) -> Iterator[FastChunk]:
        """The file's data lines, ``CHUNK_BYTES`` at a time (the first block is ready after a few
        megabytes, not after a pass over the whole file)."""
        fields = len(self.plan.binding.names) if self.plan.profile.header else self.plan.binding.width
        sep_line, header = self.source.sep_line, self.plan.profile.header
        line = 1
        for starts, ends in self._lines():
            lines = np.arange(line, line + len(starts), dtype=np.int64)
            line += len(starts)
            first = 0
            if sep_line:  # line 1
                first, sep_line = 1, False
            if header:  # the first record: blank lines before it are skipped
                while first < len(starts) and not self._record(starts[first], ends[first]):
                    first += 1
                if first < len(starts):
                    first, header = first + 1, False
            if first >= len(starts):
                continue
            starts, ends, lines = starts[first:], ends[first:], lines[first:]
            low, high = int(starts[0]), int(ends[-1])
            delims = _positions(self.buf[low:high], self.delimiter) + low
            yield self._chunk(starts, ends, lines, delims, fields - 1)

    def _lines(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Start and end (without CR LF) of the lines of about ``CHUNK_BYTES`` of the file at a time."""
        buf = self.buf
        at = 0
        size = FIRST_CHUNK_BYTES  # a small first block: the database starts writing sooner
        while at < len(buf):
            window = buf[at : at + size]
            newlines = np.flatnonzero(window == 10) + at
            if at + size < len(buf):
                if not len(newlines):  # a line longer than the window: take it whole
                    newlines = np.flatnonzero(buf[at:] == 10)[:1] + at
                if not len(newlines):
                    newlines = np.array([len(buf)], dtype=np.int64)
            elif not len(newlines) or newlines[-1] != len(buf) - 1:
                newlines = np.append(newlines, len(buf))  # the last line has no newline
            starts = np.concatenate(([at], newlines[:-1] + 1))
            ends = newlines.copy()
            carriage = (ends > starts) & (buf[np.maximum(ends - 1, 0)] == 13)
            yield starts, ends - carriage
            at = int(newlines[-1]) + 1
            size = CHUNK_BYTES

    def _record(self, start: int, end: int) -> list[str]:
        """The cells of one line as the per-row reader sees them (empty for a line it skips)."""
        cells = bytes(self.buf[start:end]).decode(self.encoding).split(chr(self.delimiter))
        return cells if len(cells) > 1 or cells[0].strip() else []

    def _chunk(
        self, starts: np.ndarray, ends: np.ndarray, lines: np.ndarray, delims: np.ndarray, k: int
    ) -> FastChunk:
        counts = np.searchsorted(delims, ends) - np.searchsorted(delims, starts)
        good = (counts == k) & (ends > starts)
        fields = _Fields(self.buf, starts[good], ends[good], delims, k)
        block, ignore = self._convert(fields)
        slow_rows = np.concatenate(
            (np.flatnonzero(~good & (ends > starts)), np.flatnonzero(good)[~fields.ok])
        )
        slow_rows.sort()
        slow = []
        for row in slow_rows.tolist():
            cells = self._record(int(starts[row]), int(ends[row]))
            if cells:
                slow.append((int(lines[row]), cells))
        block.line = lines[good][fields.ok]
        kept = ~ignore[fields.ok]
        ignored = int(np.count_nonzero(~kept))
        return FastChunk(block.take(kept), slow, len(slow) + int(np.count_nonzero(fields.ok)), ignored)

    def _convert(self, f: _Fields) -> tuple[CallBlock, np.ndarray]:
        columns = self.columns
        n = len(f.starts)
        if "start" in columns:
            values, length = _widened(*f.matrix(columns["start"], 19), 19)
            day, ok = _date(values)
            clock_ok = np.zeros(n, dtype=bool)
            clock = np.zeros(n, dtype=np.int64)
            for size, seconds in ((16, False), (19, True)):
                at = length == size
                sep = (values[:, 10] == ord(" ")) | (values[:, 10] == ord("T"))
                c, c_ok = _clock(values, 11, seconds)
                clock = np.where(at, c, clock)
                clock_ok |= at & sep & c_ok
            f.ok &= ok & (clock_ok | (length == 10))
            local = day + clock
        else:
            day_values, day_length = _widened(*f.matrix(columns["date"], 10), 10)
            time_values, time_length = _widened(*f.matrix(columns["time"], 8), 8)
            day, day_ok = _date(day_values)
            clock, clock_ok = _clock(time_values, 0, True)
            f.ok &= day_ok & clock_ok & (day_length == 10) & (time_length == 8)
            local = day + clock
        talk = self._duration(f, "talk")
        outcome = np.full(n, UNKNOWN, dtype=np.int8)
        if "outcome" in columns:
            outcome = self._outcome(f)
        else:
            known = ~np.isnan(talk)
            outcome = np.where(known, np.where(talk > 0, ANSWERED, ABANDONED), UNKNOWN).astype(np.int8)
        answered = outcome == ANSWERED
        if "wait" in columns:
            wait = self._duration(f, "wait")
        elif "duration" in columns:
            duration = self._duration(f, "duration")
            wait = np.where(answered, np.maximum(duration - talk, 0.0), duration)
        else:
            wait = np.full(n, np.nan)
        talk = np.where(~answered & (talk == 0), np.nan, talk)
        group, groups = self._text(f, "group")
        extension, extensions = self._text(f, "extension")
        extension = np.where(answered, extension, -1)
        caller = self._callers(f)
        hours = local // 3600
        unique_hours, at = np.unique(np.where(f.ok, hours, 0), return_inverse=True)
        offsets = np.array(
            [local_offset(EPOCH + timedelta(hours=int(h))) for h in unique_hours.tolist()], dtype=np.int64
        )
        block = CallBlock(
            np.zeros(n, dtype=np.int64),
            local,
            offsets[at.ravel()],
            group,
            groups,
            extension,
            extensions,
            np.where(outcome == IGNORE, UNKNOWN, outcome).astype(np.int8),
            wait,
            talk,
            caller,
        ).take(f.ok)
        return block, outcome == IGNORE

    def _duration(self, f: _Fields, name: str) -> np.ndarray:
        if name not in self.columns:
            return np.full(len(f.starts), np.nan)
        values, length = f.matrix(self.columns[name], 16)
        number, ok = _seconds(values, length)
        f.ok &= ok
        return number

    def _outcome(self, f: _Fields) -> np.ndarray:
        """Each distinct word is looked up once, as the per-row converter looks it up."""
        values, _ = f.matrix(self.columns["outcome"], MAX_WORD)
        codes, first = _distinct_rows(values)
        table = []
        for row in first:
            word = bytes(values[row]).rstrip(b"\0").decode(self.encoding, errors="replace").casefold()
            outcome = self.outcome_map.get(word) if self.outcome_map else word
            table.append(IGNORE if outcome == "ignore" else OUTCOME_CODES.get(outcome or "", -1))
        outcome = np.array(table, dtype=np.int8)[codes]
        f.ok &= outcome >= 0
        return np.asarray(outcome)

    def _text(self, f: _Fields, name: str) -> tuple[np.ndarray, list[str]]:
        """Codes into a vocabulary of the field's texts (the profile's fixed value where empty)."""
        n = len(f.starts)
        fixed = self.fixed.get(name, "")
        if name not in self.columns:
            return (np.zeros(n, dtype=np.int64), [fixed]) if fixed else (np.full(n, -1, np.int64), [])
        values, _ = f.matrix(self.columns[name], MAX_NUMBER)
        codes, first = _distinct_rows(values)
        texts = [
            bytes(values[i]).rstrip(b"\0").decode(self.encoding, errors="replace") or fixed for i in first
        ]
        vocabulary: dict[str, int] = {}
        table = np.array(
            [vocabulary.setdefault(t, len(vocabulary)) if t else -1 for t in texts], dtype=np.int64
        )
        return table[codes], list(vocabulary)

    def _callers(self, f: _Fields) -> np.ndarray:
        n = len(f.starts)
        digests = np.zeros((n, BLOCK), dtype=np.uint8)
        if "caller" not in self.columns:
            return digests
        values, _ = f.matrix(self.columns["caller"], MAX_CALLER_FIELD, strip_checked=False)
        keep = ((values >= _DIGIT_LO) & (values <= _DIGIT_HI)) | (values == ord("+"))
        count = keep.sum(axis=1)
        f.ok &= count <= BLOCK
        place = np.cumsum(keep, axis=1) - 1  # where each kept character goes
        rows, columns = np.nonzero(keep & (place < BLOCK))
        packed = np.zeros((n, BLOCK), dtype=np.uint8)
        packed[rows, place[rows, columns]] = values[rows, columns]
        present = (count > 0) & (count <= BLOCK)
        digests[present] = hash_blocks(packed[present], self.salt)
        return digests


def _distinct_rows(values: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """For each row of a byte matrix, the number of its distinct value, and the first row of each
    distinct value. Rows are told apart by a 64-bit hash of their bytes (a sort of 8-byte integers
    instead of byte strings), checked against the bytes themselves."""
    width = -(-values.shape[1] // 8) * 8
    words = np.zeros((len(values), width), dtype=np.uint8)
    words[:, : values.shape[1]] = values
    h = np.zeros(len(values), dtype=np.uint64)
    for column in words.view("<u8").T:
        h = _mix64(h ^ column)
    _, first, codes = np.unique(h, return_index=True, return_inverse=True)
    codes = codes.ravel()
    if not (values == values[first[codes]]).all():  # a hash collision: compare the bytes
        _, first, codes = np.unique(
            values.view(f"S{values.shape[1]}").ravel(), return_index=True, return_inverse=True
        )
        codes = codes.ravel()
    return codes, first.tolist()
