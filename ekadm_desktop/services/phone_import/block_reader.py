"""Reading a calls file into keyed blocks, with no database: the fast reader where it can read the
file, the per-row converter for the rest (and for the lines the fast reader hands over). Each block
is keyed (``call_keys``, numbering repeated calls across blocks) and counted for the rollups by
group and extension number (``phone_tally``), so the import's writer only has to give the numbers
their ids and write.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from ekadm_desktop.i18n import tr
from ekadm_desktop.services.phone_import.call_block import CallBlock, block_from_calls, concat
from ekadm_desktop.services.phone_import.call_keys import CallKeys
from ekadm_desktop.services.phone_import.detect import Plan
from ekadm_desktop.services.phone_import.fast_calls import FastCallReader
from ekadm_desktop.services.phone_import.report import RejectedRow
from ekadm_desktop.services.phone_import.rows import CallConverter, ParsedCall, QueueLogConverter, Rejection
from ekadm_desktop.services.phone_import.source import SourceFile
from ekadm_desktop.services.phone_tally import CallTally

RECORDS_PER_BLOCK = 50_000  # per-row reading: records per block (and per progress step)
MAX_NUMBER = 32  # longest group or extension number stored


@dataclass
class ReadBlock:
    """One keyed block of calls in line order, with what reading it found."""

    block: CallBlock
    rejected: list[RejectedRow]
    records: int  # records read so far in the file (for progress)


@dataclass
class ReaderTotals:
    """What the reader knows once the file is read: the rollup counts by number and the numbers."""

    tally: CallTally
    group_numbers: dict[str, int] = field(default_factory=dict)  # number → position in the tally
    extension_numbers: dict[str, int] = field(default_factory=dict)
    records: int = 0
    ignored: int = 0  # records whose outcome the profile ignores


class BlockReader:
    """Reads one calls file; ``blocks()`` once, then ``totals``."""

    def __init__(
        self,
        source: SourceFile,
        plan: Plan,
        converter: CallConverter | QueueLogConverter,
        *,
        fixed_group: str | None,
        salt: bytes,
    ) -> None:
        self.source = source
        self.plan = plan
        self.converter = converter
        self.fixed_group = fixed_group
        self.salt = salt
        self.totals = ReaderTotals(CallTally())
        self._keys = CallKeys()

    def blocks(self) -> Iterator[ReadBlock]:
        fast = (
            FastCallReader.open(self.source, self.plan, fixed_group=self.fixed_group, salt=self.salt)
            if isinstance(self.converter, CallConverter)
            else None
        )
        totals = self.totals
        if fast is not None:
            for chunk in fast.chunks():
                totals.records += chunk.records
                totals.ignored += chunk.ignored
                block, rejected = chunk.block, list[RejectedRow]()
                if chunk.slow:  # back in line order
                    slow, rejected = self._convert(chunk.slow)
                    block = concat([block, slow])
                    block = block.take(np.argsort(block.line, kind="stable"))
                yield self._keyed(block, rejected)
        else:
            records = self.source.records(self.plan.delimiter)
            if self.plan.profile.header:
                next(records, None)
            pending: list[tuple[int, list[str]]] = []
            for record in records:
                totals.records += 1
                pending.append(record)
                if len(pending) >= RECORDS_PER_BLOCK:
                    yield self._keyed(*self._convert(pending))
                    pending = []
            yield self._keyed(*self._convert(pending))
        legs = list(self.converter.finish())
        if isinstance(self.converter, CallConverter):
            totals.ignored += self.converter.ignored
        yield self._keyed(block_from_calls(legs, [0] * len(legs)), [])

    def _keyed(self, block: CallBlock, rejected: list[RejectedRow]) -> ReadBlock:
        """Key the block and count it for the rollups by number (the reader has no database ids)."""
        self._keys.assign(block)
        owners = []
        for codes, words, numbers in (
            (block.group, block.groups, self.totals.group_numbers),
            (block.extension, block.extensions, self.totals.extension_numbers),
        ):
            table = np.array([numbers.setdefault(w, len(numbers)) for w in words] + [-1], dtype=np.int64)
            owners.append(table[codes])
        self.totals.tally.add_block(block, owners[0], owners[1])
        return ReadBlock(block, rejected, self.totals.records)

    def _convert(self, records: list[tuple[int, list[str]]]) -> tuple[CallBlock, list[RejectedRow]]:
        """The calls of records read one by one, and the rejected rows."""
        name, binding = self.source.name, self.plan.binding
        width = binding.width
        calls: list[ParsedCall] = []
        lines: list[int] = []
        rejected: list[RejectedRow] = []
        for line, cells in records:
            if width and len(cells) != width:
                reason = tr("phone_import", "raden har {n} fält, profilen väntar sig {width}")
                rejected.append(
                    RejectedRow(name, line, "–", reason.format(n=len(cells), width=width), tuple(cells))
                )
                continue
            result = self.converter.convert(line, cells)
            if result is None:
                continue  # ignored by the profile, a leg or a queue event kept for later
            if isinstance(result, Rejection):
                rejected.append(RejectedRow(name, result.line, result.column, result.reason, result.record))
            elif len(result.group or "") > MAX_NUMBER or len(result.extension or "") > MAX_NUMBER:
                reason = tr("phone_import", "numret är längre än {n} tecken").format(n=MAX_NUMBER)
                rejected.append(RejectedRow(name, line, binding.field_column("group"), reason, tuple(cells)))
            elif isinstance(result, ParsedCall):
                calls.append(result)
                lines.append(line)
        return block_from_calls(calls, lines), rejected
