"""The import's rollup counters: the calls an import writes, counted per block with NumPy into
the rows of the three rollup tables (``services/phone_rollup.py``), upserted once at the end of the
import so the batch is never read back.

It gives the rows ``phone_rollup.add_batch_to_rollup`` and a rebuild give: counts, histograms and
maxima exactly; wait and talk totals up to the rounding of a different order of summation (per
block, then the blocks' sums, where SQL adds call by call in key order).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy.orm import Session

from ekadm_desktop.models.phone_rollup import WAIT_EDGES
from ekadm_desktop.services import pg_binary_copy as pg
from ekadm_desktop.services.phone_rollup import (
    MEASURES,
    ROLLUP,
    ROLLUP_DAY,
    ROLLUP_EXTENSION,
    SLOT_MEASURES,
    merge_clause,
)

if TYPE_CHECKING:
    from ekadm_desktop.services.phone_import.call_block import CallBlock

_EDGES = np.asarray(WAIT_EDGES, dtype=np.float64)
_BUCKETS = len(WAIT_EDGES) + 1  # the last bucket holds waits above every edge
_WAIT_KNOWN, _TALK_KNOWN, _HIST = 4, 5, 6  # columns of ``counts`` after the four outcome kinds
_COUNTS = _HIST + 2 * _BUCKETS
_DAY_SHIFT = 1_000_000  # days since 1970 made positive (year 1 onwards) for composite keys
_DAYS = 10_000_000
_EPOCH_DAY = date(1970, 1, 1)


@dataclass
class _Table:
    """Counters per composite key (owner × day, or owner × day × slot): each block's partial
    counts are kept as they come and added up by key once, at the end (no per-block re-sorting
    of a growing table)."""

    width: int
    sums: bool
    _parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=list)
    _done: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def count(self, composite: np.ndarray, kind: np.ndarray, wait: np.ndarray, talk: np.ndarray) -> None:
        keys, inverse = np.unique(composite, return_inverse=True)
        inverse = inverse.ravel()
        size = len(keys)
        counts = np.zeros((size, self.width), dtype=np.int64)
        counts[:, :4] = np.bincount(inverse * 4 + kind, minlength=size * 4).reshape(-1, 4)
        totals = np.zeros((size, 2))
        longest = np.full(size, -np.inf)
        if self.sums:
            timed = ~np.isnan(wait) & (kind < 2)
            answered = timed & (kind == 0)
            talked = ~np.isnan(talk)
            counts[:, _WAIT_KNOWN] = np.bincount(inverse[answered], minlength=size)
            counts[:, _TALK_KNOWN] = np.bincount(inverse[talked], minlength=size)
            buckets = np.searchsorted(_EDGES, wait[timed], side="left")
            counts[:, _HIST:] = np.bincount(
                inverse[timed] * (2 * _BUCKETS) + kind[timed] * _BUCKETS + buckets,
                minlength=size * 2 * _BUCKETS,
            ).reshape(-1, 2 * _BUCKETS)
            totals[:, 0] = np.bincount(inverse[answered], weights=wait[answered], minlength=size)
            totals[:, 1] = np.bincount(inverse[talked], weights=talk[talked], minlength=size)
            np.maximum.at(longest, inverse[timed], wait[timed])
        self._parts.append((keys, counts, totals, longest))
        self._done = None

    def _total(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        if self._done is None:
            if not self._parts:
                empty = np.zeros(0, dtype=np.int64)
                self._done = (empty, np.zeros((0, self.width), dtype=np.int64), np.zeros((0, 2)), np.zeros(0))
            else:
                keys = np.concatenate([p[0] for p in self._parts])
                order = np.argsort(keys, kind="stable")  # blocks stay in file order within a key
                keys = keys[order]
                starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
                self._done = (
                    keys[starts],
                    np.add.reduceat(np.concatenate([p[1] for p in self._parts])[order], starts, axis=0),
                    np.add.reduceat(np.concatenate([p[2] for p in self._parts])[order], starts, axis=0),
                    np.maximum.reduceat(np.concatenate([p[3] for p in self._parts])[order], starts),
                )
        return self._done

    @property
    def keys(self) -> np.ndarray:
        return self._total()[0]

    @property
    def counts(self) -> np.ndarray:
        return self._total()[1]

    @property
    def totals(self) -> np.ndarray:  # wait, talk
        return self._total()[2]

    @property
    def longest(self) -> np.ndarray:  # -inf: none
        return self._total()[3]


class CallTally:
    """Rollup counters of the calls an import writes."""

    def __init__(self) -> None:
        self.days = _Table(_COUNTS, sums=True)  # group × day
        self.extensions = _Table(_COUNTS, sums=True)  # extension × day
        self.slots = _Table(4, sums=False)  # group × day × half-hour

    def add_block(self, block: CallBlock, group_ids: np.ndarray, extension_ids: np.ndarray) -> None:
        """Count the written calls of a block (``group_ids``/``extension_ids`` per call, -1 for none)."""
        if not len(block):
            return
        day, second = np.divmod(block.local, 86400)
        day = day + _DAY_SHIFT
        kind = block.outcome.astype(np.int64)
        for table, owners in ((self.days, group_ids), (self.extensions, extension_ids)):
            rows = np.flatnonzero(owners >= 0)
            if len(rows):
                table.count(owners[rows] * _DAYS + day[rows], kind[rows], block.wait[rows], block.talk[rows])
        rows = np.flatnonzero(group_ids >= 0)
        if len(rows):
            composite = (group_ids[rows] * _DAYS + day[rows]) * 48 + second[rows] // 1800
            self.slots.count(composite, kind[rows], block.wait[rows], block.talk[rows])

    @staticmethod
    def _measures(table: _Table) -> list[np.ndarray]:
        """The columns of ``MEASURES`` (in its order: see ``models/phone_rollup.py``); the longest
        wait is NaN where there is none."""
        c = table.counts
        edges = len(WAIT_EDGES)
        zeros = np.zeros(len(c), dtype=np.int64)
        answered_within = np.cumsum(c[:, _HIST : _HIST + edges], axis=1)
        abandoned_within = np.cumsum(c[:, _HIST + _BUCKETS : _HIST + _BUCKETS + edges], axis=1)
        return [
            c[:, 0] + c[:, 1] + c[:, 2],  # offered
            c[:, 0],  # answered
            c[:, 1],  # abandoned
            c[:, 3],  # incomplete
            c[:, _WAIT_KNOWN],
            c[:, _TALK_KNOWN],
            *answered_within.T,
            *abandoned_within.T,
            zeros,  # interval_answered_known … interval_short_abandoned: calls have none
            zeros,
            zeros,
            zeros,
            table.totals[:, 0],
            table.totals[:, 1],
            np.where(table.longest == -np.inf, np.nan, table.longest),
        ]

    def _tables(
        self, groups: np.ndarray | None, extensions: np.ndarray | None
    ) -> list[tuple[str, tuple[str, ...], tuple[str, ...], list[np.ndarray]]]:
        """Per rollup table: its key columns, its measure columns and the values of both; owners
        counted by number get their ids from ``groups``/``extensions``."""

        def ids(owner: np.ndarray, table: np.ndarray | None) -> np.ndarray:
            return owner if table is None else np.asarray(table[owner])

        owner, day = np.divmod(self.days.keys, _DAYS)
        per_day = (
            ROLLUP_DAY,
            ("day", "group_id"),
            MEASURES,
            [day - _DAY_SHIFT, ids(owner, groups), *self._measures(self.days)],
        )
        owner, day = np.divmod(self.extensions.keys, _DAYS)
        per_extension = (
            ROLLUP_EXTENSION,
            ("extension_id", "day"),
            MEASURES,
            [ids(owner, extensions), day - _DAY_SHIFT, *self._measures(self.extensions)],
        )
        owner_day, slot = np.divmod(self.slots.keys, 48)
        owner, day = np.divmod(owner_day, _DAYS)
        c = self.slots.counts
        weekday = (day - _DAY_SHIFT + 3) % 7 + 1  # 1970-01-01 was a Thursday (ISO 4)
        slots = (
            ROLLUP,
            ("day", "group_id", "slot"),
            ("weekday", *SLOT_MEASURES),
            [
                day - _DAY_SHIFT,
                ids(owner, groups),
                slot,
                weekday,
                c[:, 0] + c[:, 1] + c[:, 2],
                c[:, 0],
                c[:, 1],
            ],
        )
        return [per_day, per_extension, slots]

    def merge_into(
        self, session: Session, groups: np.ndarray | None = None, extensions: np.ndarray | None = None
    ) -> None:
        """Add the counted calls to the rollup tables (inside the import transaction). Owners were
        counted by database id, or by number: then ``groups``/``extensions`` give the ids."""
        conn = session.connection()
        postgres = conn.dialect.name == "postgresql"
        dbapi: Any = conn.connection.driver_connection
        cursor = dbapi.cursor()
        try:
            for table, keys, columns, values in self._tables(groups, extensions):
                if not len(values[0]):
                    continue
                if keys[0] == "day":  # appended in primary-key order: day, then owner (then slot)
                    order = np.lexsort(tuple(values[i] for i in reversed(range(len(keys)))))
                    values = [v[order] for v in values]
                names = ", ".join((*keys, *columns))
                merge = merge_clause(table, keys, tuple(c for c in columns if c != "weekday"))
                if postgres:  # COPY to a scratch table and one upsert: row-wise upserts cost 5 µs each
                    cursor.execute(
                        f"CREATE TEMP TABLE IF NOT EXISTS {table}_incoming (LIKE {table}) ON COMMIT DROP"
                    )
                    cursor.execute(f"TRUNCATE {table}_incoming")
                    binary = [
                        _pg_column(name, value) for name, value in zip((*keys, *columns), values, strict=True)
                    ]
                    with cursor.copy(f"COPY {table}_incoming ({names}) FROM STDIN (FORMAT BINARY)") as copy:
                        copy.write(pg.HEADER + pg.rows(binary) + pg.TRAILER)
                    cursor.execute(
                        f"INSERT INTO {table} ({names}) SELECT {names} FROM {table}_incoming{merge}"
                    )
                else:
                    marks = ", ".join(["?"] * (len(keys) + len(columns)))
                    rows = zip(
                        *(
                            _sqlite_values(name, value)
                            for name, value in zip((*keys, *columns), values, strict=True)
                        ),
                        strict=True,
                    )
                    cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks}){merge}", rows)
        finally:
            cursor.close()


def _pg_column(name: str, values: np.ndarray) -> pg.Column:
    if name == "day":
        return pg.date(values)
    if name in ("slot", "weekday"):
        return pg.Column("int2", values)
    if values.dtype.kind == "f":
        return pg.Column("float8", values)
    return pg.Column("int4", values)


def _sqlite_values(name: str, values: np.ndarray) -> list[Any]:
    """As SQLAlchemy stores them on SQLite: dates as ISO text, a missing maximum as NULL."""
    if name == "day":
        distinct = np.unique(values).tolist()
        text = {number: (_EPOCH_DAY + timedelta(days=number)).isoformat() for number in distinct}
        return list(map(text.__getitem__, values.tolist()))
    if values.dtype.kind == "f" and np.isnan(values).any():
        objects = values.astype(object)
        objects[np.isnan(values)] = None
        return objects.tolist()  # type: ignore[no-any-return]
    return values.tolist()  # type: ignore[no-any-return]
