"""Which profile reads a file, and the per-file decisions a profile leaves open: the date order
(dd/mm or mm/dd, from evidence over the whole file) and "auto" duration units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr
from ekadm_desktop.services.phone_import.binding import Binding, bind
from ekadm_desktop.services.phone_import.profiles import Profile
from ekadm_desktop.services.phone_import.rows import (
    CALLER_SALT,
    CallConverter,
    IntervalConverter,
    QueueLogConverter,
    Rejection,
)
from ekadm_desktop.services.phone_import.source import SourceFile
from ekadm_desktop.services.phone_import.values import (
    DateParser,
    decide_date_order,
    looks_like_day_fraction,
    slash_order_evidence,
)

SAMPLE_ROWS = 200
MIN_SCORE = 0.5  # a header that binds is strong evidence; half the sample may still be bad rows
DATE_FIELDS = ("start", "date", "answer_time", "end_time")
DURATION_FIELDS = (
    "wait",
    "talk",
    "duration",
    "asa",
    "average_talk",
    "wait_total",
    "talk_total",
    "longest_wait",
)
_SLASHED = re.compile(r"^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}")


class UnknownFormat(EkadmError):
    """No profile reads the file: what was seen and what was tried, for the user (or the mapping dialog)."""

    def __init__(self, file: str, columns: list[str], tried: list[str]) -> None:
        super().__init__(
            tr(
                "phone_import",
                "Filen {file} har ett okänt format: ingen importprofil passar.\nKolumner: {columns}\n"
                "Provade profiler: {tried}\nVälj en profil med --profile eller gör en egen.",
            ).format(file=file, columns=" | ".join(columns) or "–", tried=", ".join(tried))
        )
        self.file = file
        self.columns = columns
        self.tried = tried


@dataclass(frozen=True)
class Plan:
    """A profile bound to a file, with the decisions made for that file."""

    profile: Profile
    binding: Binding
    delimiter: str
    date_order: str
    units: dict[str, str]
    score: float


def plan_for(source: SourceFile, profile: Profile, *, full_scan: bool = True) -> Plan | None:
    delimiter = profile.delimiter or source.delimiter
    sample = list(islice(source.records(delimiter), SAMPLE_ROWS + 1))
    if not sample:
        return None
    binding = bind(profile, sample[0][1])
    if binding is None:
        return None
    data = sample[1:] if profile.header else sample
    date_order = _date_order(source, profile, binding, delimiter, data, full_scan=full_scan)
    units = _units(profile, binding, data)
    plan = Plan(profile, binding, delimiter, date_order, units, 0.0)
    score = _score(plan, data)
    return Plan(profile, binding, delimiter, date_order, units, score)


def converter_for(
    plan: Plan, *, fixed_group: str | None = None, period: object = None, salt: bytes = CALLER_SALT
) -> CallConverter | QueueLogConverter | IntervalConverter:
    dates = DateParser(plan.date_order)
    if plan.profile.shape == "queue_events":
        return QueueLogConverter(plan.binding, fixed_group=fixed_group, salt=salt)
    if plan.profile.shape == "interval_aggregates":
        return IntervalConverter(plan.binding, dates, plan.units, fixed_group=fixed_group, period=period)  # type: ignore[arg-type]
    return CallConverter(plan.binding, dates, plan.units, fixed_group=fixed_group, salt=salt)


def _score(plan: Plan, data: list[tuple[int, list[str]]]) -> float:
    if not data:
        return 0.0
    converter = converter_for(plan, fixed_group="0", period=(datetime(2000, 1, 1), 1440))
    good = bad = 0
    width = plan.binding.width
    for line, cells in data:
        if width and len(cells) != width:
            bad += 1
            continue
        result = converter.convert(line, cells)
        if isinstance(result, Rejection):
            bad += 1
        elif result is not None or isinstance(converter, QueueLogConverter | CallConverter):
            good += 1  # queue events and call legs are kept for later: None is a row read
    return good / (good + bad) if good else 0.0


def _date_values(binding: Binding, data: list[tuple[int, list[str]]]) -> list[str]:
    indexes = [binding.columns[f] for f in DATE_FIELDS if f in binding.columns]
    return [cells[i] for _, cells in data for i in indexes if i < len(cells)]


def _date_order(
    source: SourceFile,
    profile: Profile,
    binding: Binding,
    delimiter: str,
    data: list[tuple[int, list[str]]],
    *,
    full_scan: bool,
) -> str:
    if profile.date_order != "auto":
        return profile.date_order
    values = _date_values(binding, data)
    if not any(_SLASHED.match(v.strip()) for v in values):
        return "dmy"
    evidence = {e for v in values if (e := slash_order_evidence(v))}
    if not (evidence - {"ymd"}) and full_scan:  # undecided in the sample: look at the whole file
        records = source.records(delimiter)
        if profile.header:
            next(records, None)
        for _, cells in records:
            for value in _date_values(binding, [(0, cells)]):
                if (e := slash_order_evidence(value)) is not None:
                    evidence.add(e)
            if len(evidence - {"ymd"}) > 1:
                break
    try:
        return decide_date_order(evidence)
    except ValueError:
        return "dmy"  # contradicting: rows in the other order are rejected with their place


def _units(profile: Profile, binding: Binding, data: list[tuple[int, list[str]]]) -> dict[str, str]:
    units: dict[str, str] = {}
    for name in DURATION_FIELDS:
        unit = profile.units.get(name, "auto")
        if unit == "auto":
            index = binding.columns.get(name)
            samples = [cells[index] for _, cells in data if index is not None and index < len(cells)]
            unit = "day" if looks_like_day_fraction(samples) else "s"
        units[name] = unit
    return units


def detect(source: SourceFile, profiles: list[Profile]) -> Plan:
    """The profile that reads ``source`` best; ``UnknownFormat`` if none reads most of its sample."""
    best: Plan | None = None
    for profile in profiles:
        plan = plan_for(source, profile, full_scan=False)
        if plan is None or plan.score < MIN_SCORE:
            continue
        rank = (plan.score, not profile.header, len(plan.binding.columns))
        if best is None or rank > (best.score, not best.profile.header, len(best.binding.columns)):
            best = plan
    if best is None:
        first = next(iter(source.records()), (0, []))[1]
        raise UnknownFormat(source.name, [c.strip() for c in first], [p.name for p in profiles])
    return plan_for(source, best.profile) or best
