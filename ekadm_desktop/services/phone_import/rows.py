"""Records → calls and interval aggregates, by a bound profile.

``CallConverter`` handles one row per call and one row per call leg (legs sharing the profile's
linking id collapse into one call); ``QueueLogConverter`` turns Asterisk queue events into calls;
``IntervalConverter`` reads aggregate rows. Each returns parsed rows or a ``Rejection`` naming the
line, the column and the reason.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar
from zoneinfo import ZoneInfo

from ekadm_desktop.i18n import tr
from ekadm_desktop.services.phone_import.binding import Binding
from ekadm_desktop.services.phone_import.callers import caller_hash as hash_caller
from ekadm_desktop.services.phone_import.values import (
    MAX_DURATION_SECONDS,
    DateParser,
    from_epoch,
    local_offset,
    parse_count,
    parse_duration,
    parse_fraction,
)

CALLER_SALT = b"ekadm-phone-caller:"  # previews only; imports use the database's own salt
MAX_KEY = 96  # phone_call.source_key
CALLER_CACHE = 200_000  # callers ring again: hash each number once
OUTCOME_VALUES = frozenset(("answered", "abandoned", "timeout", "unknown", "ignore"))
_NOT_DIGITS = re.compile(r"[^0-9+]")
_TIME_OF_DAY = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*-\s*(\d{1,2})[:.](\d{2}))?$")
_TRAILING_DIGITS = re.compile(r"(\d+)$")


def caller_hash(number: str, salt: bytes = CALLER_SALT) -> str | None:
    return hash_caller(number, salt)


@dataclass(frozen=True)
class Rejection:
    line: int
    column: str
    reason: str
    record: tuple[str, ...] = ()


@dataclass(slots=True)
class ParsedCall:
    key: str  # the source's own id as a readable text key, "" for calls keyed by their content
    group: str | None
    extension: str | None
    started_at: datetime
    offset: int
    outcome: str
    wait: float | None
    talk: float | None
    caller: str | None


@dataclass(slots=True)
class ParsedInterval:
    group: str | None
    start: datetime
    minutes: int
    offered: int
    answered: int
    abandoned: int
    short_abandoned: int | None
    answered_within: int | None
    wait_total: float | None
    talk_total: float | None
    longest_wait: float | None


class _Reject(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


def parse_time_of_day(text: str) -> tuple[float | None, int | None]:
    """Seconds after midnight of ``08:30``, ``8.30``, ``08:30:15``, ``08:00-08:30`` (and the
    interval's length in minutes) or of an Excel day fraction."""
    value = text.strip()
    if not value:
        return None, None
    match = _TIME_OF_DAY.match(value)
    if match:
        h, m, s, h2, m2 = match.groups()
        start = int(h) * 3600 + int(m) * 60 + int(s or 0)
        if int(h) > 23 or int(m) > 59:
            raise ValueError(tr("phone_import", "”{value}” är inget klockslag").format(value=text))
        minutes = None
        if h2 is not None and m2 is not None:
            minutes = (int(h2) * 60 + int(m2) - start // 60) % 1440 or 1440
        return float(start), minutes
    if len(value) >= 16 and value[10] in " T":  # a full timestamp in the time column (Excel)
        moment = datetime.fromisoformat(value)
        return float(moment.hour * 3600 + moment.minute * 60 + moment.second), None
    number = parse_duration(value, "day")
    if number is None or number >= 86400:
        raise ValueError(tr("phone_import", "”{value}” är inget klockslag").format(value=text))
    return number, None


class _Fields:
    """Precompiled access to the bound fields of one record."""

    def __init__(self, binding: Binding, fixed_group: str | None) -> None:
        profile = binding.profile
        self.binding = binding
        self.index = binding.columns
        self.fixed = dict(profile.fixed)
        if fixed_group and "group" not in self.fixed:
            self.fixed["group"] = fixed_group
        self.patterns = {
            name: re.compile(spec.pattern) for name, spec in profile.fields.items() if spec.pattern
        }

    def get(self, cells: list[str], name: str) -> str:
        index = self.index.get(name)
        if index is None:
            return self.fixed.get(name, "")
        value = cells[index].strip() if index < len(cells) else ""
        pattern = self.patterns.get(name)
        if pattern is not None and value:
            found = pattern.search(value)
            value = found.group(1) if found and found.groups() else (found.group(0) if found else "")
        if not value:
            return self.fixed.get(name, "")
        return value

    def column(self, name: str) -> str:
        return self.binding.field_column(name)


def _duration(fields: _Fields, cells: list[str], name: str, unit: str) -> float | None:
    text = fields.get(cells, name)
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = math.nan
    try:
        if 0 <= number <= MAX_DURATION_SECONDS and unit == "s":
            return number
        return parse_duration(text, unit)
    except ValueError as exc:
        raise _Reject(fields.column(name), str(exc)) from None


class CallConverter:
    """Per-call and per-leg rows."""

    def __init__(
        self,
        binding: Binding,
        dates: DateParser,
        units: dict[str, str],
        *,
        fixed_group: str | None = None,
        salt: bytes = CALLER_SALT,
    ) -> None:
        self.fields = _Fields(binding, fixed_group)
        self.profile = binding.profile
        self.dates = dates
        self.units = units
        self.salt = salt
        self.outcomes = self.profile.value_map("outcome")
        self.has = set(binding.columns) | set(self.fields.fixed)
        self.legs: dict[str, list[ParsedCall]] = {}
        self.linked = self.profile.shape == "per_leg" and "link" in self.has
        self.zone = ZoneInfo(self.profile.epoch_timezone)
        self._callers: dict[str, str | None] = {}
        self.ignored = 0  # rows whose outcome the profile maps to "ignore"
        # The hot path reads every bound column of a row at once into a dict.
        self._plain = [(n, i) for n, i in binding.columns.items() if n not in self.fields.patterns]
        self._patterned = [
            (n, i, self.fields.patterns[n]) for n, i in binding.columns.items() if n in self.fields.patterns
        ]
        self._width = max(binding.columns.values(), default=-1) + 1
        self._unit_wait = units.get("wait", "s")
        self._unit_talk = units.get("talk", "s")
        self._unit_duration = units.get("duration", "s")

    def _extract(self, cells: list[str]) -> dict[str, str]:
        if len(cells) >= self._width:
            values = {name: cells[i].strip() for name, i in self._plain}
        else:
            values = {name: (cells[i].strip() if i < len(cells) else "") for name, i in self._plain}
        for name, i, pattern in self._patterned:
            text = cells[i].strip() if i < len(cells) else ""
            found = pattern.search(text) if text else None
            values[name] = (found.group(1) if found.groups() else found.group(0)) if found else ""
        for name, fixed in self.fields.fixed.items():
            if not values.get(name):
                values[name] = fixed
        return values

    def _stamp(self, text: str, name: str) -> datetime | None:
        if not text:
            return None
        try:
            return self.dates.parse(text)
        except ValueError as exc:
            raise _Reject(self.fields.column(name), str(exc)) from None

    def _seconds(self, text: str, name: str, unit: str) -> float | None:
        if not text:
            return None
        if unit == "s":
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                pass
            else:
                if 0 <= number <= MAX_DURATION_SECONDS:
                    return number
        try:
            return parse_duration(text, unit)
        except ValueError as exc:
            raise _Reject(self.fields.column(name), str(exc)) from None

    def _caller(self, text: str) -> str | None:
        found = self._callers.get(text, "")
        if found == "":
            found = caller_hash(text, self.salt)
            if len(self._callers) < CALLER_CACHE:
                self._callers[text] = found
        return found

    def convert(self, line: int, cells: list[str]) -> ParsedCall | Rejection | None:
        """A call, a rejection, or ``None`` for a row the profile ignores (or a leg kept for later)."""
        try:
            values = self._extract(cells)
            call = self._convert(values)
        except _Reject as exc:
            return Rejection(line, exc.column, exc.reason, tuple(cells))
        except (ValueError, OverflowError) as exc:  # a value no field parser foresaw
            return Rejection(line, "–", str(exc), tuple(cells))
        if call is None:
            self.ignored += 1
            return None
        if self.linked:
            link = values.get("link", "")
            if link:
                self.legs.setdefault(link, []).append(call)
                return None
        return call

    def _start(self, get: Callable[[str, str], str]) -> tuple[datetime | None, int | None]:
        epoch = get("start_epoch", "")
        if epoch:
            try:
                placed = from_epoch(epoch, self.zone)
            except ValueError as exc:
                raise _Reject(self.fields.column("start_epoch"), str(exc)) from None
            return (placed[0], placed[1]) if placed else (None, None)
        text = get("start", "")
        if text:
            return self._stamp(text, "start"), None
        day, clock = get("date", ""), get("time", "")
        if clock and len(day) == 10 and day[4] == "-" and len(clock) == 8 and clock[2] == ":":
            try:  # ISO date and hh:mm:ss, the common case: one C call
                return datetime.fromisoformat(f"{day} {clock}"), None
            except ValueError:
                pass
        start = self._stamp(day, "date")
        if start is not None and clock:
            try:
                seconds, _ = parse_time_of_day(clock)
            except ValueError as exc:
                raise _Reject(self.fields.column("time"), str(exc)) from None
            if seconds is not None:
                start = start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(
                    seconds=round(seconds)
                )
        return start, None

    def _convert(self, values: dict[str, str]) -> ParsedCall | None:
        get = values.get
        has = self.has
        start, offset = self._start(get)
        if start is None:
            column = "start" if "start" in has else ("date" if "date" in has else "start_epoch")
            raise _Reject(self.fields.column(column), tr("phone_import", "starttid saknas"))
        if offset is None:
            offset = local_offset(start)
        talk = self._seconds(get("talk", ""), "talk", self._unit_talk)
        answered_at = self._stamp(get("answer_time", ""), "answer_time")
        if "outcome" in has:
            raw = get("outcome", "")
            outcome = self.outcomes.get(raw.casefold()) if self.outcomes else raw.casefold()
            if outcome is None or outcome not in OUTCOME_VALUES:
                raise _Reject(
                    self.fields.column("outcome"),
                    tr(
                        "phone_import", "okänt utfall ”{value}” (lägg till det i profilens värdetabell)"
                    ).format(value=raw),
                )
            if outcome == "ignore":
                return None
        elif "answer_time" in has:
            outcome = "answered" if answered_at is not None else "abandoned"
        elif talk is not None:
            outcome = "answered" if talk > 0 else "abandoned"
        else:
            outcome = "unknown"
        wait: float | None = None
        if "wait" in has:
            wait = self._seconds(get("wait", ""), "wait", self._unit_wait)
        elif outcome == "answered" and answered_at is not None:
            wait = max((answered_at - start).total_seconds(), 0.0)
        elif "duration" in has:
            duration = self._seconds(get("duration", ""), "duration", self._unit_duration)
            if duration is not None:
                if outcome != "answered":
                    wait = duration
                elif talk is not None:
                    wait = max(duration - talk, 0.0)
        if outcome != "answered" and talk == 0:
            talk = None
        caller_text = get("caller", "")
        source_id = get("id", "")
        key = ""
        if source_id and not self.linked:
            key = "id:" + source_id
            if len(key) > MAX_KEY:
                key = "id:" + hashlib.sha256(source_id.encode()).hexdigest()
        return ParsedCall(
            key,
            get("group") or None,
            (get("extension") or None) if outcome == "answered" else None,
            start,
            offset,
            outcome,
            wait,
            talk,
            self._caller(caller_text) if caller_text else None,
        )

    def finish(self) -> Iterator[ParsedCall]:
        """The collapsed calls of the legs kept by linking id."""
        for link, legs in self.legs.items():
            yield collapse_legs(link if len(link) < 80 else hashlib.sha256(link.encode()).hexdigest(), legs)
        self.legs = {}


def collapse_legs(link: str, legs: list[ParsedCall]) -> ParsedCall:
    """One call from the legs of a ring group: answered if any leg was, its start the first leg's,
    its wait until the answering leg was answered."""
    first = min(legs, key=lambda leg: leg.started_at)
    answered = [leg for leg in legs if leg.outcome == "answered"]
    if answered:
        leg = min(answered, key=lambda a: a.started_at + timedelta(seconds=a.wait or 0))
        answer_at = leg.started_at + timedelta(seconds=leg.wait or 0)
        wait = max((answer_at - first.started_at).total_seconds(), 0.0)
        return ParsedCall(
            "link:" + link,
            first.group,
            leg.extension,
            first.started_at,
            first.offset,
            "answered",
            wait,
            leg.talk,
            first.caller,
        )
    ends = [leg.started_at + timedelta(seconds=leg.wait) for leg in legs if leg.wait is not None]
    wait_all = (max(ends) - first.started_at).total_seconds() if ends else None
    outcome = "timeout" if any(leg.outcome == "timeout" for leg in legs) else first.outcome
    return ParsedCall(
        "link:" + link,
        first.group,
        None,
        first.started_at,
        first.offset,
        outcome,
        wait_all,
        None,
        first.caller,
    )


@dataclass
class _QueueCall:
    callid: str
    line: int
    start: datetime | None = None
    offset: int = 60
    start_epoch: float = 0.0
    queue: str = ""
    caller: str | None = None
    outcome: str = "unknown"
    wait: float | None = None
    talk: float | None = None
    extension: str | None = None


class QueueLogConverter:
    """Asterisk ``queue_log`` events → calls: ENTERQUEUE opens a call, CONNECT answers it,
    COMPLETEAGENT/COMPLETECALLER give the talk time, ABANDON and EXITWITHTIMEOUT close it unanswered
    (a timeout is not a caller abandon), RINGNOANSWER's ring time is in milliseconds. A call with no
    closing event stays ``unknown`` (incomplete)."""

    CLOSING: ClassVar[dict[str, str]] = {
        "ABANDON": "abandoned",
        "EXITWITHTIMEOUT": "timeout",
        "EXITEMPTY": "timeout",
        "EXITWITHKEY": "abandoned",
    }

    def __init__(
        self, binding: Binding, *, fixed_group: str | None = None, salt: bytes = CALLER_SALT
    ) -> None:
        self.fields = _Fields(binding, fixed_group)
        self.salt = salt
        self.zone = ZoneInfo(binding.profile.epoch_timezone)
        self.calls: dict[str, _QueueCall] = {}

    def convert(self, line: int, cells: list[str]) -> Rejection | None:
        get = self.fields.get
        event = get(cells, "event").upper()
        callid = get(cells, "callid")
        if not callid or callid.upper() == "NONE" or not event:
            return None  # QUEUESTART, CONFIGRELOAD and other events about no call
        try:
            epoch = float(get(cells, "time"))
            if not 0 < epoch < 4.2e9:
                raise ValueError(epoch)
        except ValueError:
            return Rejection(
                line,
                self.fields.column("time"),
                tr("phone_import", "tidpunkten är inte sekunder sedan 1970"),
                tuple(cells),
            )
        call = self.calls.setdefault(callid, _QueueCall(callid, line))
        try:
            self._event(call, event, epoch, cells)
        except _Reject as exc:
            return Rejection(line, exc.column, exc.reason, tuple(cells))
        except (ValueError, OverflowError) as exc:
            return Rejection(line, self.fields.column("time"), str(exc), tuple(cells))
        return None

    def _seconds(self, cells: list[str], name: str, unit: str = "s") -> float | None:
        return _duration(self.fields, cells, name, unit)

    def _event(self, call: _QueueCall, event: str, epoch: float, cells: list[str]) -> None:
        get = self.fields.get
        if event == "ENTERQUEUE" or call.start is None:
            placed = from_epoch(str(epoch), self.zone)
            if placed is None:
                raise _Reject(self.fields.column("time"), tr("phone_import", "tidpunkten saknas"))
            call.start, call.offset = placed
            call.start_epoch = epoch
            call.queue = get(cells, "queue")
            if event == "ENTERQUEUE":
                caller = get(cells, "data2")
                call.caller = caller_hash(caller, self.salt) if caller else None
        if event == "CONNECT":
            call.outcome = "answered"
            call.wait = self._seconds(cells, "data1")
            agent = get(cells, "agent")
            found = _TRAILING_DIGITS.search(agent)
            call.extension = found.group(1) if found else (agent if agent.upper() != "NONE" else None)
        elif event in ("COMPLETEAGENT", "COMPLETECALLER", "TRANSFER"):
            call.outcome = "answered"
            if call.wait is None:
                call.wait = self._seconds(cells, "data1")
            call.talk = (
                self._seconds(cells, "data2") if event != "TRANSFER" else self._seconds(cells, "data3")
            )
        elif event in self.CLOSING:
            call.outcome = self.CLOSING[event]
            wait = self._seconds(cells, "data3") if event in ("ABANDON", "EXITWITHTIMEOUT") else None
            call.wait = wait if wait is not None else max(epoch - call.start_epoch, 0.0)
        elif event == "RINGNOANSWER":
            self._seconds(cells, "data1", "ms")  # ring time in milliseconds: checked, not stored

    def finish(self) -> Iterator[ParsedCall]:
        for call in self.calls.values():
            if call.start is None:
                continue
            key = "id:" + call.callid
            yield ParsedCall(
                key if len(key) <= MAX_KEY else "id:" + hashlib.sha256(call.callid.encode()).hexdigest(),
                call.queue or self.fields.fixed.get("group") or None,
                call.extension,
                call.start,
                call.offset,
                call.outcome,
                call.wait,
                call.talk,
                call.caller,
            )
        self.calls = {}


class IntervalConverter:
    """Interval-aggregate rows (ACD reports)."""

    def __init__(
        self,
        binding: Binding,
        dates: DateParser,
        units: dict[str, str],
        *,
        fixed_group: str | None = None,
        period: tuple[datetime, int] | None = None,
    ) -> None:
        self.fields = _Fields(binding, fixed_group)
        self.profile = binding.profile
        self.dates = dates
        self.units = units
        self.period = period
        self.has = set(binding.columns) | set(self.fields.fixed)

    def convert(self, line: int, cells: list[str]) -> ParsedInterval | Rejection | None:
        try:
            return self._convert(cells)
        except _Reject as exc:
            return Rejection(line, exc.column, exc.reason, tuple(cells))
        except (ValueError, OverflowError) as exc:
            return Rejection(line, "–", str(exc), tuple(cells))

    def _count(self, cells: list[str], name: str) -> int | None:
        if name not in self.has:
            return None
        try:
            return parse_count(self.fields.get(cells, name))
        except ValueError as exc:
            raise _Reject(self.fields.column(name), str(exc)) from None

    def _start(self, cells: list[str]) -> tuple[datetime, int]:
        get = self.fields.get
        minutes = self.profile.interval_minutes
        stamp_field = "start" if "start" in self.has and get(cells, "start") else "date"
        text = get(cells, stamp_field)
        if not text:
            if self.period is not None:
                return self.period
            raise _Reject(self.fields.column(stamp_field), tr("phone_import", "datum saknas"))
        try:
            start = self.dates.parse(text)
        except ValueError as exc:
            raise _Reject(self.fields.column(stamp_field), str(exc)) from None
        assert start is not None
        has_clock = "time" in self.has and bool(get(cells, "time"))
        if has_clock:
            try:
                clock, length = parse_time_of_day(get(cells, "time"))
            except ValueError as exc:
                raise _Reject(self.fields.column("time"), str(exc)) from None
            start = start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(
                seconds=round(clock or 0)
            )
            minutes = minutes or length
        if "interval_minutes" in self.has:
            minutes = self._count(cells, "interval_minutes") or minutes
        if minutes is None:
            minutes = 60 if has_clock or start.hour or start.minute else 1440
        return start, minutes

    def _convert(self, cells: list[str]) -> ParsedInterval | None:
        start, minutes = self._start(cells)
        offered = self._count(cells, "offered")
        answered = self._count(cells, "answered")
        abandoned = self._count(cells, "abandoned")
        if offered is None:
            raise _Reject(self.fields.column("offered"), tr("phone_import", "antal erbjudna samtal saknas"))
        if answered is None and abandoned is not None:
            answered = offered - abandoned
        if abandoned is None and answered is not None:
            abandoned = offered - answered
        if (
            answered is None
            or abandoned is None
            or answered < 0
            or abandoned < 0
            or answered + abandoned > offered
        ):
            raise _Reject(
                self.fields.column("answered"),
                tr("phone_import", "besvarade och övergivna stämmer inte med erbjudna ({offered})").format(
                    offered=offered
                ),
            )
        within = self._count(cells, "answered_within")
        if within is None and "service_level" in self.has:
            try:
                level = parse_fraction(self.fields.get(cells, "service_level"))
            except ValueError as exc:
                raise _Reject(self.fields.column("service_level"), str(exc)) from None
            within = round(level * answered) if level is not None else None
        if "answer_rate" in self.has:
            try:
                parse_fraction(self.fields.get(cells, "answer_rate"))
            except ValueError as exc:
                raise _Reject(self.fields.column("answer_rate"), str(exc)) from None
        asa = _duration(self.fields, cells, "asa", self.units.get("asa", "s")) if "asa" in self.has else None
        wait_total = (
            _duration(self.fields, cells, "wait_total", self.units.get("wait_total", "s"))
            if "wait_total" in self.has
            else None
        )
        if wait_total is None and asa is not None:
            wait_total = asa * answered
        talk_avg = (
            _duration(self.fields, cells, "average_talk", self.units.get("average_talk", "s"))
            if "average_talk" in self.has
            else None
        )
        talk_total = (
            _duration(self.fields, cells, "talk_total", self.units.get("talk_total", "s"))
            if "talk_total" in self.has
            else None
        )
        if talk_total is None and talk_avg is not None:
            talk_total = talk_avg * answered
        longest = (
            _duration(self.fields, cells, "longest_wait", self.units.get("longest_wait", "s"))
            if "longest_wait" in self.has
            else None
        )
        return ParsedInterval(
            self.fields.get(cells, "group") or None,
            start,
            minutes,
            offered,
            answered,
            abandoned,
            self._count(cells, "short_abandoned"),
            within,
            wait_total,
            talk_total,
            longest,
        )


Converter = CallConverter | QueueLogConverter | IntervalConverter
Sink = Callable[[ParsedCall], None]
