"""The stable de-duplication key of each call, for a whole block at once.

``call_key = (UTC seconds since 2000-01-01) << 32 | low32``: ordered by time, so an import of a
file in time order appends to ``phone_call``'s primary key instead of scattering a million random
keys through an index (measured: that index was a third of the cost of an import), and a time
range is a key range. ``low32`` is a hash of the call: of the source's own id where it has one,
else of the normalised call (start, group, extension, outcome, wait, talk, caller hash) and its
occurrence number in the file, so two real calls alike to the second both survive while a
re-imported row finds its twin. The hash mixes 64-bit words with the SplitMix64 finaliser
(NumPy, wrapping unsigned arithmetic): the same on every machine and release.
"""

from __future__ import annotations

import numpy as np

from ekadm_desktop.models.phone import (
    CALL_KEY_EPOCH,
    CALL_KEY_LOW_BITS,
    CALL_KEY_LOW_MASK,
    CALL_KEY_SOURCE_SEED,
)
from ekadm_desktop.services.phone_import.call_block import CallBlock, text_hash64

LOW32 = np.uint64(CALL_KEY_LOW_MASK)
_NAN_BITS = np.uint64(0x7FF8_0000_0000_0001)  # an unknown wait or talk
_SOURCE = np.uint64(CALL_KEY_SOURCE_SEED)
_OCCURRENCE = np.uint64(0x9E37_79B9_7F4A_7C15)


def mix(x: np.ndarray) -> np.ndarray:
    """The SplitMix64 finaliser of each uint64 (``models.phone.splitmix64`` for arrays)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58_476D_1CE4_E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D0_49BB_1331_11EB)
    return np.asarray(x ^ (x >> np.uint64(31)))


def _coded(codes: np.ndarray, words: list[str]) -> np.ndarray:
    table = np.append(text_hash64(words), np.uint64(0))
    return table[np.where(codes < 0, len(words), codes)]


def _bits(values: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(values), _NAN_BITS, values.view(np.uint64))


def content_hash(block: CallBlock) -> np.ndarray:
    """64-bit hashes (uint64) of the calls' normalised content."""
    caller = np.ascontiguousarray(block.caller).view("<u8").astype(np.uint64)
    h = mix((block.local - block.offset * 60).astype(np.uint64))
    for word in (
        _coded(block.group, block.groups),
        _coded(block.extension, block.extensions),
        block.outcome.astype(np.uint64),
        _bits(block.wait),
        _bits(block.talk),
        caller[:, 0],
        caller[:, 1],
    ):
        h = mix(h ^ word)
    return h


def time_keys(utc_seconds: np.ndarray, low: np.ndarray) -> np.ndarray:
    """``models.phone.call_key`` for arrays: UTC seconds since 1970 and hashes."""
    return ((utc_seconds.astype(np.int64) - CALL_KEY_EPOCH) << CALL_KEY_LOW_BITS) | (low & LOW32).astype(
        np.int64
    )


class CallKeys:
    """Keys the blocks of one file in file order, numbering repeated calls across blocks."""

    def __init__(self) -> None:
        self._blocks: list[np.ndarray] = []  # the sorted keys of hashed calls, per block so far
        self._repeats: dict[int, int] = {}

    def assign(self, block: CallBlock) -> None:
        utc = block.local - block.offset * 60
        h = content_hash(block)
        hashed = np.ones(len(block), dtype=bool)
        if block.source_key is not None:
            sourced = np.array([k is not None for k in block.source_key], dtype=bool)
            ids = [k for k in block.source_key if k is not None]
            h[sourced] = mix(text_hash64(ids) ^ _SOURCE)
            hashed = ~sourced
        keys = time_keys(utc, h)
        rows = np.flatnonzero(hashed)
        if len(rows):
            self._number_repeats(keys, h, utc, rows)
        block.key = keys

    def _seen_before(self, base: np.ndarray) -> np.ndarray:
        """Which of ``base`` earlier blocks had; only blocks whose key range overlaps are searched
        (none, for a file in time order)."""
        seen = np.zeros(len(base), dtype=bool)
        low, high = base.min(), base.max()
        for earlier in self._blocks:
            if earlier[0] > high or earlier[-1] < low:
                continue
            at = np.minimum(np.searchsorted(earlier, base), len(earlier) - 1)
            seen |= earlier[at] == base
        return seen

    def _number_repeats(self, keys: np.ndarray, h: np.ndarray, utc: np.ndarray, rows: np.ndarray) -> None:
        base = keys[rows]
        distinct, first = np.unique(base, return_index=True)
        repeat = np.ones(len(base), dtype=bool)
        repeat[first] = False
        repeat |= self._seen_before(base)
        for i in np.flatnonzero(repeat).tolist():
            old = int(base[i])
            count = self._repeats.get(old, 1) + 1
            self._repeats[old] = count
            low = mix(h[rows[i] : rows[i] + 1] ^ (np.array([count], dtype=np.uint64) * _OCCURRENCE))
            keys[rows[i]] = time_keys(utc[rows[i] : rows[i] + 1], low)[0]
        self._blocks.append(distinct)
