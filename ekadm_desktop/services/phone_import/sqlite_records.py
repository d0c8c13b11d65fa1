"""A block of calls into SQLite without a Python object per value.

``executemany`` makes a Python tuple of nine objects per call and gives up the interpreter lock
around every row, so the import's reader thread, working at the same time, keeps taking it. Here
the block becomes one BLOB of fixed-width ASCII records, built with NumPy, and one
``INSERT … SELECT`` unpacks it in SQLite (over a temp table of row numbers): one statement step
per block, during which the reader thread has the interpreter to itself.

A record is a row of 4-byte words, so NumPy writes a word per value and digit group. An integer is
a sign word (``"    "`` or ``"   -"``: SQLite skips leading blanks) and words of four digits.
Values are stored exactly as ``executemany`` would store them: integers and texts as written; a
wait or talk time ``v`` as ``M * 1.0 / (1 << k)`` with ``v = M / 2**k`` (``M`` below 2**53, ``k``
0…62: the conversion and the division by a power of two are exact), NULL for NaN. A block with a
time that cannot be written so (none that a switchboard gives), or with the source's own ids, is
left to ``executemany`` (``records`` returns ``None``).
"""

from __future__ import annotations

import numpy as np

from ekadm_desktop.services.phone_import.call_block import OUTCOMES, CallBlock
from ekadm_desktop.services.phone_import.callers import hex_rows

_NULL_SHIFT = 99  # the shift of an unknown time: 1 << NULLIF(99, 99) is NULL
_MAX_SHIFT = 62  # 1 << 62 is still an SQLite integer
_MANTISSA_BITS = 53
_NO_CALLER = " " * 32


def _word(text: bytes) -> np.uint32:
    return np.uint32(np.frombuffer(text, dtype=np.uint32)[0])  # in the machine's byte order, as the view


_DIGITS = np.array([list(f"{n:04d}".encode()) for n in range(10_000)], dtype=np.uint8).view(np.uint32).ravel()
_PLUS, _MINUS = _word(b"    "), _word(b"   -")

# name → digit groups (integers) or bytes (texts, a multiple of four)
_INTEGERS = {
    "call_key": 5,
    "utc_offset_minutes": 1,
    "outcome": 1,
    "wait_mantissa": 4,
    "wait_shift": 1,
    "talk_mantissa": 4,
    "talk_shift": 1,
    "group_id": 3,
    "extension_id": 3,
}
_TEXTS = {"started_at": 28, "caller_hash": 32}
_AT: dict[str, tuple[int, int]] = {}  # name → first word, words
_words = 0
for _name, _groups in _INTEGERS.items():
    _AT[_name] = (_words, 1 + _groups)
    _words += 1 + _groups
for _name, _size in _TEXTS.items():
    _AT[_name] = (_words, _size // 4)
    _words += _size // 4
WORDS = _words
WIDTH = 4 * WORDS


def _integers(out: np.ndarray, name: str, values: np.ndarray) -> None:
    first, words = _AT[name]
    out[:, first] = np.where(values < 0, _MINUS, _PLUS)
    rest = np.abs(values)
    for word in range(first + words - 1, first, -1):
        rest, group = np.divmod(rest, 10_000)
        out[:, word] = _DIGITS[group]


def _exact(values: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """``M`` and ``k`` with ``values == M / 2**k`` (``k`` = 99 for NaN), or ``None``."""
    known = ~np.isnan(values)
    finite = np.where(known, values, 0.0)
    if not np.isfinite(finite).all() or (np.signbit(finite) & (finite == 0)).any():
        return None
    fraction, exponent = np.frexp(finite)
    mantissa = np.ldexp(fraction, _MANTISSA_BITS).astype(np.int64)
    shift = (_MANTISSA_BITS - exponent).astype(np.int64)
    shift[finite == 0] = 0
    # drop trailing zero bits while the shift is too large (tiny values)
    while (over := known & (shift > _MAX_SHIFT) & (mantissa % 2 == 0) & (mantissa != 0)).any():
        mantissa[over] //= 2
        shift[over] -= 1
    if (known & ((shift < 0) | (shift > _MAX_SHIFT))).any():
        return None
    if not np.array_equal(mantissa[known] / np.ldexp(1.0, shift[known]), values[known]):
        return None
    shift[~known] = _NULL_SHIFT
    mantissa[~known] = 0
    return mantissa, shift


def records(
    block: CallBlock, started_at: np.ndarray, groups: np.ndarray, extensions: np.ndarray
) -> memoryview | None:
    """The block as records (``started_at``: the ``(n, 26)`` text bytes of each start; ``groups``
    and ``extensions``: ids, -1 for none), or ``None`` when ``executemany`` must write it."""
    if block.source_key is not None:
        return None
    wait, talk = _exact(block.wait), _exact(block.talk)
    if wait is None or talk is None:
        return None
    out = np.empty((len(block), WORDS), dtype=np.uint32)
    for name, values in (
        ("call_key", block.key),
        ("utc_offset_minutes", block.offset),
        ("outcome", block.outcome),
        ("wait_mantissa", wait[0]),
        ("wait_shift", wait[1]),
        ("talk_mantissa", talk[0]),
        ("talk_shift", talk[1]),
        ("group_id", groups),
        ("extension_id", extensions),
    ):
        _integers(out, name, values.astype(np.int64))
    text = out.view(np.uint8)
    at = 4 * _AT["started_at"][0]
    text[:, at : at + 26] = started_at
    text[:, at + 26 : at + 28] = ord(" ")
    at = 4 * _AT["caller_hash"][0]
    text[:, at : at + 32] = hex_rows(block.caller).view(np.uint8).reshape(-1, 32)
    text[~block.has_caller, at : at + 32] = ord(" ")
    return memoryview(out.data).cast("B")


def _field(name: str, size: int | None = None) -> str:
    first, words = _AT[name]
    return f"substr(?1, i + {4 * first + 1}, {size or 4 * words})"


ROW_NUMBERS = "ekadm_row_numbers"  # temp table of 0, 1, 2, …: the records of a block, one per row


def row_numbers_sql(have: int) -> tuple[str, str]:
    """Statements that make the temp table ``ROW_NUMBERS`` and give it the numbers ``have`` to
    ``?1 - 1``. A table of numbers is cheaper to walk than a recursive CTE (0.1 µs a row less)."""
    return (
        f"CREATE TEMP TABLE IF NOT EXISTS {ROW_NUMBERS} (i INTEGER PRIMARY KEY)",
        f"WITH RECURSIVE r(i) AS (SELECT {int(have)} UNION ALL SELECT i + 1 FROM r WHERE i + 1 < ?1) "
        f"INSERT OR IGNORE INTO temp.{ROW_NUMBERS} (i) SELECT i FROM r",
    )


def insert_sql(batch: str, offset: int | None) -> str:
    """The statement that unpacks ``records`` (bound as ?1, their number as ?2) into ``phone_call``;
    ``batch`` is the batch id as a literal (or ``NULL``), ``offset`` the UTC offset of every call
    (``None``: each record's own)."""
    outcome = " ".join(f"WHEN {code} THEN '{name}'" for code, name in enumerate(OUTCOMES))

    def integer(name: str) -> str:
        return f"CAST({_field(name)} AS INTEGER)"

    def seconds(name: str) -> str:
        shift = f"NULLIF({integer(name + '_shift')}, {_NULL_SHIFT})"
        return f"{integer(name + '_mantissa')} * 1.0 / (1 << {shift})"

    return (
        "INSERT INTO phone_call (call_key, source_key, group_id, extension_id, started_at, "
        "utc_offset_minutes, outcome, wait_seconds, talk_seconds, caller_hash, batch_id) SELECT "
        f"{integer('call_key')}, NULL, NULLIF({integer('group_id')}, -1), "
        f"NULLIF({integer('extension_id')}, -1), CAST({_field('started_at', 26)} AS TEXT), "
        f"{integer('utc_offset_minutes') if offset is None else int(offset)}, "
        f"CASE {integer('outcome')} {outcome} END, {seconds('wait')}, {seconds('talk')}, "
        f"NULLIF(CAST({_field('caller_hash')} AS TEXT), '{_NO_CALLER}'), {batch} "
        f"FROM (SELECT i * {WIDTH} AS i FROM temp.{ROW_NUMBERS} WHERE i < ?2)"
    )
