"""Calls by the thousand as columns (NumPy arrays): what the import's fast reader makes, what the
keys, the writer and the rollup tally work on. Per-row Python is kept to the rows no fast path
can read (``block_from_calls``).

Times are local (Europe/Stockholm) wall-clock seconds since 1970-01-01 as if that were UTC, with the
offset in minutes east of UTC beside them, as ``phone_call`` stores them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from ekadm_desktop.models.phone import text_hash64 as models_text_hash64
from ekadm_desktop.services.phone_import.callers import BLOCK

OUTCOMES: tuple[str, ...] = ("answered", "abandoned", "timeout", "unknown")
OUTCOME_CODES = {name: code for code, name in enumerate(OUTCOMES)}
ANSWERED, ABANDONED, TIMEOUT, UNKNOWN = range(4)
EPOCH = datetime(1970, 1, 1)
MAX_SOURCE_KEY = 96  # phone_call.source_key


@dataclass
class CallBlock:
    line: np.ndarray  # int64: the file line of each call (0 for calls made from several lines)
    local: np.ndarray  # int64: local start, seconds (see the module docstring)
    offset: np.ndarray  # int64: minutes east of UTC
    group: np.ndarray  # int64: index into ``groups``, -1 for none
    groups: list[str]
    extension: np.ndarray  # int64: index into ``extensions``, -1 for none
    extensions: list[str]
    outcome: np.ndarray  # int8: index into OUTCOMES
    wait: np.ndarray  # float64 seconds, NaN for unknown
    talk: np.ndarray  # float64 seconds, NaN for unknown
    caller: np.ndarray  # (n, 16) uint8 caller hash, all zero for none
    source_key: list[str | None] | None = None  # the source's own ids; None when no call has one
    key: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # set by CallKeys

    def __len__(self) -> int:
        return len(self.local)

    @property
    def has_caller(self) -> np.ndarray:
        return np.asarray(self.caller.any(axis=1))

    def take(self, rows: np.ndarray) -> CallBlock:
        """The calls at ``rows`` (indexes or a mask), vocabularies kept."""
        indexes = np.flatnonzero(rows) if rows.dtype == bool else rows
        keys = self.source_key
        return CallBlock(
            self.line[indexes],
            self.local[indexes],
            self.offset[indexes],
            self.group[indexes],
            self.groups,
            self.extension[indexes],
            self.extensions,
            self.outcome[indexes],
            self.wait[indexes],
            self.talk[indexes],
            self.caller[indexes],
            [keys[i] for i in indexes.tolist()] if keys is not None else None,
            self.key[indexes] if len(self.key) == len(self) else self.key,
        )


def empty_block() -> CallBlock:
    return block_from_calls([], [])


def _vocabulary(values: Sequence[str | None]) -> tuple[np.ndarray, list[str]]:
    index: dict[str, int] = {}
    codes = np.fromiter(
        (-1 if v is None else index.setdefault(v, len(index)) for v in values),
        dtype=np.int64,
        count=len(values),
    )
    return codes, list(index)


def block_from_calls(calls: Sequence[object], lines: Sequence[int]) -> CallBlock:
    """A block of ``ParsedCall``s (the per-row readers' output) with their file lines."""
    from ekadm_desktop.services.phone_import.rows import ParsedCall

    rows: Sequence[ParsedCall] = calls  # type: ignore[assignment]
    n = len(rows)
    local = np.fromiter((int((c.started_at - EPOCH).total_seconds()) for c in rows), dtype=np.int64, count=n)
    group, groups = _vocabulary([c.group for c in rows])
    extension, extensions = _vocabulary([c.extension for c in rows])
    caller = np.zeros((n, BLOCK), dtype=np.uint8)
    for i, c in enumerate(rows):
        if c.caller:
            caller[i] = np.frombuffer(bytes.fromhex(c.caller), dtype=np.uint8)
    source = [c.key[:MAX_SOURCE_KEY] if isinstance(c.key, str) and c.key else None for c in rows]
    return CallBlock(
        np.asarray(lines, dtype=np.int64),
        local,
        np.fromiter((c.offset for c in rows), dtype=np.int64, count=n),
        group,
        groups,
        extension,
        extensions,
        np.fromiter((OUTCOME_CODES[c.outcome] for c in rows), dtype=np.int8, count=n),
        np.fromiter((np.nan if c.wait is None else c.wait for c in rows), dtype=np.float64, count=n),
        np.fromiter((np.nan if c.talk is None else c.talk for c in rows), dtype=np.float64, count=n),
        caller,
        source if any(k is not None for k in source) else None,
    )


def concat(blocks: Sequence[CallBlock]) -> CallBlock:
    """One block of several, in order; vocabularies merged."""
    blocks = [b for b in blocks if len(b)]
    if not blocks:
        return empty_block()
    if len(blocks) == 1:
        return blocks[0]
    groups: dict[str, int] = {}
    extensions: dict[str, int] = {}

    def recode(codes: np.ndarray, words: list[str], into: dict[str, int]) -> np.ndarray:
        table = np.array([into.setdefault(w, len(into)) for w in words] + [-1], dtype=np.int64)
        return np.asarray(table[codes])  # -1 picks the trailing -1

    group = np.concatenate([recode(b.group, b.groups, groups) for b in blocks])
    extension = np.concatenate([recode(b.extension, b.extensions, extensions) for b in blocks])
    source: list[str | None] | None = None
    if any(b.source_key is not None for b in blocks):
        source = [k for b in blocks for k in (b.source_key or [None] * len(b))]
    return CallBlock(
        np.concatenate([b.line for b in blocks]),
        np.concatenate([b.local for b in blocks]),
        np.concatenate([b.offset for b in blocks]),
        group,
        list(groups),
        extension,
        list(extensions),
        np.concatenate([b.outcome for b in blocks]),
        np.concatenate([b.wait for b in blocks]),
        np.concatenate([b.talk for b in blocks]),
        np.concatenate([b.caller for b in blocks]),
        source,
    )


def text_hash64(texts: Sequence[str]) -> np.ndarray:
    """``models.phone.text_hash64`` of a few texts (vocabularies, source ids) as uint64."""
    return np.fromiter(map(models_text_hash64, texts), dtype=np.uint64, count=len(texts))
