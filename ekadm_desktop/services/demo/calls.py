"""Phone groups, extensions and every call of 2009–2010, as a switchboard export would give them."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from random import Random

from sqlalchemy.orm import Session

from ekadm_desktop.models.phone import CallOutcome, Extension, PhoneGroup
from ekadm_desktop.services.demo import texts
from ekadm_desktop.services.demo.refs import DemoRefs, Row
from ekadm_desktop.services.demo.workdays import utc_offset_minutes
from ekadm_desktop.services.phone_import.callers import caller_hash as hash_caller
from ekadm_desktop.services.phone_import.writer import CallWriter

# Caller numbers are kept only as salted hashes, as the importer does with real ones.
CALLER_SALT = b"ekadm-demo-caller:"
CALLERS_PER_GROUP = 400
HIDDEN_NUMBER_SHARE = 0.06

CALLS_PER_DAY = 560  # a normal Wednesday across all groups, before calls_scale
OPENS = time(8, 0)
SLOT_SECONDS = 30 * 60
# Relative load per half hour from 08:00 to 16:30: the morning peak at 09–10, a lunch dip.
SLOT_WEIGHTS = (0.6, 0.9, 1.4, 1.5, 1.35, 1.15, 1.0, 0.7, 0.6, 0.75, 1.0, 1.05, 1.0, 0.9, 0.8, 0.65, 0.45)
SLOT_CUMULATIVE = tuple(accumulate(SLOT_WEIGHTS))
SLOT_MEAN = sum(SLOT_WEIGHTS) / len(SLOT_WEIGHTS)
WEEKDAY_FACTOR = (1.2, 1.05, 0.95, 0.95, 0.85)

NORMAL_ANSWER_RATE = 0.94
ANSWER_RATE_DROP = 0.27  # per unit of load above a normal day
SHORT_ABANDON_SHARE = 0.12  # of abandons: hung up within 5 seconds
MEDIAN_TALK_SECONDS = 210

CHUNK_ROWS = 5000
REPORT_EVERY_ROWS = 20_000


@dataclass(frozen=True)
class GroupSpec:
    """What the generator needs of one group: its ids, its size and its callers."""

    group_id: int
    extension_ids: tuple[int, ...]
    calls_per_day: float
    caller_hashes: tuple[str, ...]
    caller_cumulative: tuple[float, ...]


def caller_hash(number: str) -> str:
    """As an import hashes callers (``phone_import.callers``), with the demo's own salt."""
    return hash_caller(number, CALLER_SALT) or ""


def season_factor(day: date) -> float:
    """Calls relative to a normal week: the start of the year and year-end closing, the weeks
    after the summer and the weeks before Christmas are busy; the summer is quiet."""
    week = day.isocalendar().week
    if day.month == 12 and day.day >= 27:
        return 0.9
    if day.month == 1 and week <= 3:
        return 1.45
    if day.month <= 2 and week <= 6:
        return 1.2
    if 27 <= week <= 31:
        return 0.55
    if week in (26, 32):
        return 0.8
    if 33 <= week <= 36:
        return 1.3
    if week >= 49:
        return 1.3
    return 1.0


def day_load(day: date) -> float:
    return season_factor(day) * WEEKDAY_FACTOR[day.weekday()]


def answer_rate(day: date) -> float:
    """The share of calls answered on ``day``: about 92 % normally, about 80 % in peak weeks."""
    return NORMAL_ANSWER_RATE - ANSWER_RATE_DROP * max(0.0, day_load(day) - 1.0)


def _count(expected: float, rng: Random) -> int:
    whole = math.floor(expected)
    return whole + (rng.random() < expected - whole)


def calls_for_day(
    day: date, groups: list[GroupSpec], rng: Random, *, scale: float = 1.0, first_serial: int = 1
) -> list[Row]:
    """The calls of one working day to every group, as rows for ``insert(Call)``, ordered by group
    and time; ``source_key`` runs from ``first_serial``."""
    load = day_load(day)
    day_rate = answer_rate(day)
    offset = utc_offset_minutes(day)
    opens = datetime.combine(day, OPENS)
    rows: list[Row] = []
    for group in groups:
        expected = group.calls_per_day * load * max(rng.gauss(1.0, 0.07), 0.5) * scale
        slots = rng.choices(range(len(SLOT_WEIGHTS)), cum_weights=SLOT_CUMULATIVE, k=_count(expected, rng))
        starts = sorted(s * SLOT_SECONDS + rng.randrange(SLOT_SECONDS) for s in slots)
        for start in starts:
            slot = start // SLOT_SECONDS
            rate = min(max(day_rate - 0.06 * (SLOT_WEIGHTS[slot] / SLOT_MEAN - 1.0), 0.55), 0.98)
            # About 80 % answered within 20 s on a normal day; waits grow as the answer rate falls.
            mean_wait = 8 + 150 * max(0.0, 0.97 - rate)
            row = _call(group, rng, rate, mean_wait)
            row["source_key"] = f"demo-{first_serial + len(rows)}"
            row["started_at"] = opens + timedelta(seconds=start)
            row["utc_offset_minutes"] = offset
            rows.append(row)
    return rows


def _call(group: GroupSpec, rng: Random, rate: float, mean_wait: float) -> Row:
    hidden = rng.random() < HIDDEN_NUMBER_SHARE
    caller = None if hidden else rng.choices(group.caller_hashes, cum_weights=group.caller_cumulative)[0]
    if rng.random() < rate:
        return {
            "group_id": group.group_id,
            "extension_id": rng.choice(group.extension_ids),
            "outcome": CallOutcome.ANSWERED,
            "wait_seconds": float(min(round(rng.expovariate(1 / mean_wait)), 900)),
            "talk_seconds": float(
                min(max(round(rng.lognormvariate(math.log(MEDIAN_TALK_SECONDS), 0.4)), 15), 3600)
            ),
            "caller_hash": caller,
        }
    short = rng.random() < SHORT_ABANDON_SHARE
    wait = rng.uniform(1, 4.9) if short else min(5 + rng.expovariate(1 / (1.5 * mean_wait)), 900)
    return {
        "group_id": group.group_id,
        "extension_id": None,
        "outcome": CallOutcome.ABANDONED,
        "wait_seconds": float(round(wait, 1) if short else round(wait)),
        "talk_seconds": None,
        "caller_hash": caller,
    }


def _callers(rng: Random) -> tuple[tuple[str, ...], tuple[float, ...]]:
    numbers = [
        f"08-508 {rng.randint(10_000, 99_999)}"
        if rng.random() < 0.7
        else f"070-{rng.randint(1_000_000, 9_999_999)}"
        for _ in range(CALLERS_PER_GROUP)
    ]
    # A few callers ring often (the departments' economists), most now and then.
    weights = [1 / (i + 1) ** 0.8 for i in range(len(numbers))]
    return tuple(caller_hash(n) for n in numbers), tuple(accumulate(weights))


def add_phone_groups(session: Session, refs: DemoRefs, rng: Random) -> list[GroupSpec]:
    """A group per unit's group number with 5–8 extensions; returns what the call generator needs."""
    total_size = sum(refs.size.values()) or 1.0
    groups: list[tuple[PhoneGroup, list[Extension], float]] = []
    for i, unit in enumerate(refs.units, start=1):
        group = PhoneGroup(
            number=unit.group_phone or f"08-508 290 {i}0", name=f"Grupp {unit.name}", unit_id=unit.id
        )
        extensions = [
            Extension(
                number=f"29{i}{k}",
                name=f"{rng.choice(texts.FIRST_NAMES)} {rng.choice(texts.LAST_NAMES)}",
                unit_id=unit.id,
            )
            for k in range(1, rng.randint(5, 8) + 1)
        ]
        share = sum(refs.size[c.id] for c in refs.customers_of(unit)) / total_size
        groups.append((group, extensions, CALLS_PER_DAY * (0.5 / len(refs.units) + 0.5 * share)))
        session.add(group)
    session.flush()
    specs = []
    for group, extensions, per_day in groups:
        for extension in extensions:
            extension.group_id = group.id
        session.add_all(extensions)
        session.flush()
        hashes, cumulative = _callers(rng)
        specs.append(GroupSpec(group.id, tuple(e.id for e in extensions), per_day, hashes, cumulative))
    return specs


def insert_calls(
    session: Session,
    groups: list[GroupSpec],
    days: list[date],
    rng: Random,
    *,
    scale: float,
    report: Callable[[int, int], None],
) -> int:
    """Insert the calls of ``days`` through the importer's writer (as an import would);
    ``report(days done, calls so far)`` every ~20k calls."""
    writer = CallWriter(session, batch_id=None)
    made = 0
    reported = 0
    for done, day in enumerate(days, start=1):
        rows = calls_for_day(day, groups, rng, scale=scale, first_serial=made + 1)
        made += len(rows)
        writer.add_many(
            (
                r["source_key"],
                r["group_id"],
                r["extension_id"],
                r["started_at"],
                r["utc_offset_minutes"],
                r["outcome"].value,
                r["wait_seconds"],
                r["talk_seconds"],
                r["caller_hash"],
            )
            for r in rows
        )
        if made - reported >= REPORT_EVERY_ROWS:
            report(done, made)
            reported = made
    writer.close()
    return made
