"""The phone figures: one service, one definition, served from the rollup tables.

Definitions (O offered, A answered, Ab abandoned, S short abandons, T service-level threshold);
``definitions()`` gives the same as Swedish text for tooltips and reports:

- **Offered**: answered + abandoned + timed-out calls (and "offered" of interval aggregates);
  incomplete calls (no closing event) are not offered. A call belongs to the period of its start.
- **Short abandon**: an abandon with waiting time <= the short-abandon threshold (default 5 s).
- **Answer rate**: default ``A / (O − S)`` ("exklusive korta avhopp"); variant ``A / O``.
- **Abandonment rate**: ``Ab / O`` (short abandons included).
- **ASA**: Σ waiting time of answered calls / answered calls with a known waiting time.
- **Longest wait**: the longest wait of an answered or abandoned call.
- **Service level** (threshold T, default 20 s, "within" = wait <= T): default "handled"
  ``A≤T / A``; variants ``A≤T / (O − Ab≤T)``, ``(A≤T + Ab≤T) / O`` and ``A≤T / O``.
  A call with an unknown waiting time is not within T.
- **Busiest hour**: the 60-minute window of two consecutive half-hours (time of day) with the
  most calls offered over the period; on a tie the window on the full hour, then the earliest.
- **Load profile**: calls offered per hour of day × weekday (heat map).

A period with no offered calls has no rates (``None``, shown "–"), never 100 %. Interval
aggregates are summed count by count, i.e. averages are count-weighted. Their own
"answered within" and "short abandoned" counts are used when the configured thresholds equal the
switchboard's (``INTERVAL_SERVICE_LEVEL_SECONDS`` / ``INTERVAL_SHORT_ABANDON_SECONDS``).

The thresholds must be one of ``WAIT_EDGES`` (the rollup's wait histogram). Targets are kept per
year in ``indicator_target``: ``phone_answer_rate`` (default 0.90) and ``phone_service_level``
(default 0.80), as fractions. Figures per extension identify a person: only administrators,
controllers and the manager of the extension's unit may see them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import NotFound, PermissionDenied, ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.phone import Extension, PhoneGroup
from ekadm_desktop.models.phone_rollup import (
    SLOTS_PER_DAY,
    WAIT_EDGES,
    PhoneRollup,
    PhoneRollupDay,
    PhoneRollupExtension,
    abandoned_within,
    answered_within,
)
from ekadm_desktop.models.reference import IndicatorTarget, Unit
from ekadm_desktop.models.users import Role
from ekadm_desktop.periods import IsoWeek, Month, Period, Tertial, Year
from ekadm_desktop.services.users import CurrentUser

CONTEXT = "phone_stats"
ANSWER_RATE_TARGET = "phone_answer_rate"
SERVICE_LEVEL_TARGET = "phone_service_level"
DEFAULT_ANSWER_RATE_TARGET = 0.90
DEFAULT_SERVICE_LEVEL_TARGET = 0.80
DEFAULT_SHORT_ABANDON_SECONDS = 5
DEFAULT_SERVICE_LEVEL_SECONDS = 20
INTERVAL_SHORT_ABANDON_SECONDS = 5
INTERVAL_SERVICE_LEVEL_SECONDS = 20
AMBER_SHARE = 0.95  # amber when within 5 % of the target

Status = Literal["green", "amber", "red", "none"]
Grain = Literal["day", "week", "month", "tertial"]
WEEKDAYS = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")


class AnswerRateVariant(enum.StrEnum):
    EXCLUDING_SHORT = "excluding_short"  # A / (O − S)
    ALL_OFFERED = "all_offered"  # A / O


class ServiceLevelVariant(enum.StrEnum):
    HANDLED = "handled"  # A≤T / A
    EXCLUDING_SHORT = "excluding_short"  # A≤T / (O − Ab≤T)
    ALL_WITHIN = "all_within"  # (A≤T + Ab≤T) / O
    OFFERED = "offered"  # A≤T / O


@dataclass(frozen=True)
class PhoneStatsOptions:
    short_abandon_seconds: int = DEFAULT_SHORT_ABANDON_SECONDS
    service_level_seconds: int = DEFAULT_SERVICE_LEVEL_SECONDS
    answer_rate_variant: AnswerRateVariant = AnswerRateVariant.EXCLUDING_SHORT
    service_level_variant: ServiceLevelVariant = ServiceLevelVariant.HANDLED

    def __post_init__(self) -> None:
        for name in ("short_abandon_seconds", "service_level_seconds"):
            value = getattr(self, name)
            if value not in WAIT_EDGES:
                edges = ", ".join(str(e) for e in WAIT_EDGES)
                raise ValidationError(
                    tr(
                        CONTEXT, "Tröskeln {value} s går inte att använda: välj en av {edges} sekunder."
                    ).format(value=value, edges=edges),
                    field=name,
                )


@dataclass(frozen=True)
class Scope:
    """Whose calls: every group (``kind`` "all"), one group, one unit's groups or one extension."""

    kind: Literal["all", "group", "unit", "extension"] = "all"
    id: int | None = None

    @classmethod
    def group(cls, group_id: int) -> Scope:
        return cls("group", group_id)

    @classmethod
    def unit(cls, unit_id: int) -> Scope:
        return cls("unit", unit_id)

    @classmethod
    def extension(cls, extension_id: int) -> Scope:
        return cls("extension", extension_id)


@dataclass(frozen=True)
class PhoneFigures:
    """The figures of one scope and date range (``first``..``last`` inclusive)."""

    first: date
    last: date
    offered: int
    answered: int
    abandoned: int
    short_abandoned: int
    answer_rate: float | None
    abandonment_rate: float | None
    asa_seconds: float | None
    longest_wait_seconds: float | None
    service_level: float | None
    service_level_threshold_seconds: int
    busiest_hour: str | None  # "09:00–10:00"; None without calls or per extension
    busiest_hour_offered: int = 0
    incomplete: int = 0
    talk_seconds_average: float | None = None

    def as_dict(self) -> dict[str, Any]:
        """The figures under the keys of ``ekadm phone stats --format json``."""
        return {key: getattr(self, key) for key in JSON_KEYS}


JSON_KEYS = (
    "offered",
    "answered",
    "abandoned",
    "short_abandoned",
    "answer_rate",
    "abandonment_rate",
    "asa_seconds",
    "longest_wait_seconds",
    "service_level",
    "service_level_threshold_seconds",
    "busiest_hour",
)


@dataclass(frozen=True)
class SeriesPoint:
    key: str  # "2010-03-01", "2010-W09", "2010-03", "2010-T1"
    label: str
    figures: PhoneFigures


@dataclass(frozen=True)
class Comparison:
    current: PhoneFigures
    previous: PhoneFigures
    last_year: PhoneFigures


@dataclass(frozen=True)
class HeatMap:
    """Calls offered per ISO weekday (rows, Monday first) × hour of day (columns 0–23)."""

    weekdays: tuple[str, ...]
    hours: tuple[int, ...]
    values: tuple[tuple[int, ...], ...]

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.values)


@dataclass(frozen=True)
class HourLoad:
    hour: int
    label: str  # "09:00–10:00"
    offered: int


@dataclass(frozen=True)
class UnitRow:
    """One unit's month for the unit meeting."""

    unit_id: int
    unit_name: str
    figures: PhoneFigures
    last_year: PhoneFigures
    target: float
    status: Status


@dataclass(frozen=True)
class ExtensionRow:
    extension_id: int
    number: str
    name: str
    figures: PhoneFigures


@dataclass(frozen=True)
class UnitYear:
    """The phone figures of a customer's responsible unit for a year (the customer page)."""

    unit_id: int | None
    unit_name: str
    year: int
    figures: PhoneFigures | None  # None: the unit answers no group number
    months: list[SeriesPoint]
    target: float
    status: Status


@dataclass(frozen=True)
class Definition:
    code: str
    label: str
    text: str


# The sums one figure needs; "longest_wait" is the one maximum.
_SUMMED: tuple[str, ...] = (
    "offered",
    "answered",
    "abandoned",
    "incomplete",
    "answered_wait_known",
    "answered_wait_total",
    "talk_known",
    "talk_total",
    "interval_answered_known",
    "interval_answered_within",
    "interval_abandoned_known",
    "interval_short_abandoned",
)


def _needed(options: PhoneStatsOptions) -> tuple[str, ...]:
    edges = {options.short_abandon_seconds, options.service_level_seconds}
    within = tuple(abandoned_within(e) for e in sorted(edges))
    return (*_SUMMED, answered_within(options.service_level_seconds), *within)


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator > 0 else None


def slot_label(first_slot: int) -> str:
    start = first_slot * 30
    end = start + 60
    return f"{start // 60:02d}:{start % 60:02d}–{end // 60 % 24:02d}:{end % 60:02d}"


def compute_figures(
    sums: dict[str, Any],
    options: PhoneStatsOptions,
    first: date,
    last: date,
    slot_offered: dict[int, int] | None = None,
) -> PhoneFigures:
    """The figures from summed rollup columns (``sums``) and offered calls per half-hour slot."""
    n: Callable[[str], float] = lambda key: float(sums.get(key) or 0)  # noqa: E731
    offered, answered, abandoned = int(n("offered")), int(n("answered")), int(n("abandoned"))
    s_edge, t_edge = options.short_abandon_seconds, options.service_level_seconds
    short = int(n(abandoned_within(s_edge)))
    if s_edge == INTERVAL_SHORT_ABANDON_SECONDS:
        short += int(n("interval_short_abandoned"))
    answered_t = n(answered_within(t_edge))
    if t_edge == INTERVAL_SERVICE_LEVEL_SECONDS:
        answered_t += n("interval_answered_within")
    abandoned_t = n(abandoned_within(t_edge))
    if offered == 0:
        answer_rate = abandonment_rate = service_level = None
    else:
        if options.answer_rate_variant is AnswerRateVariant.ALL_OFFERED:
            answer_rate = _ratio(answered, offered)
        else:
            answer_rate = _ratio(answered, offered - short)
        abandonment_rate = _ratio(abandoned, offered)
        variant = options.service_level_variant
        if variant is ServiceLevelVariant.HANDLED:
            service_level = _ratio(answered_t, answered)
        elif variant is ServiceLevelVariant.EXCLUDING_SHORT:
            service_level = _ratio(answered_t, offered - abandoned_t)
        elif variant is ServiceLevelVariant.ALL_WITHIN:
            service_level = _ratio(answered_t + abandoned_t, offered)
        else:
            service_level = _ratio(answered_t, offered)
    busiest, busiest_offered = _busiest(slot_offered or {})
    longest = sums.get("longest_wait")
    return PhoneFigures(
        first=first,
        last=last,
        offered=offered,
        answered=answered,
        abandoned=abandoned,
        short_abandoned=short,
        answer_rate=answer_rate,
        abandonment_rate=abandonment_rate,
        asa_seconds=_ratio(n("answered_wait_total"), n("answered_wait_known")),
        longest_wait_seconds=float(longest) if longest is not None else None,
        service_level=service_level,
        service_level_threshold_seconds=t_edge,
        busiest_hour=busiest,
        busiest_hour_offered=busiest_offered,
        incomplete=int(n("incomplete")),
        talk_seconds_average=_ratio(n("talk_total"), n("talk_known")),
    )


def _busiest(slot_offered: dict[int, int]) -> tuple[str | None, int]:
    # On a tie the window on the full hour wins, then the earliest.
    best_slot, best, on_hour = None, 0, False
    for slot in range(SLOTS_PER_DAY - 1):
        load = slot_offered.get(slot, 0) + slot_offered.get(slot + 1, 0)
        if load > best or (load == best and load > 0 and slot % 2 == 0 and not on_hour):
            best_slot, best, on_hour = slot, load, slot % 2 == 0
    if best_slot is None:
        return None, 0
    return slot_label(best_slot), best


def _add(total: dict[str, Any], row: dict[str, Any]) -> None:
    for key, value in row.items():
        if value is None:
            continue
        if key == "longest_wait":
            total[key] = value if total.get(key) is None else max(total[key], value)
        else:
            total[key] = total.get(key, 0) + value


def status_of(value: float | None, target: float | None) -> Status:
    if value is None or target is None:
        return "none"
    if value >= target:
        return "green"
    if value >= target * AMBER_SHARE:
        return "amber"
    return "red"


def period_range(period: Period) -> tuple[date, date]:
    return period.start, period.end


def _bucket_key(day: date, grain: Grain) -> tuple[str, str]:
    if grain == "day":
        return day.isoformat(), day.strftime("%Y-%m-%d")
    period: Period
    if grain == "week":
        period = IsoWeek.of(day)
    elif grain == "month":
        period = Month.of(day)
    else:
        period = Tertial.of(day)
    return period.key, period.label


def definitions(options: PhoneStatsOptions | None = None) -> list[Definition]:
    """One Swedish definition per figure, for tooltips and reports."""
    o = options or PhoneStatsOptions()
    s, t = o.short_abandon_seconds, o.service_level_seconds
    rate_text = {
        AnswerRateVariant.EXCLUDING_SHORT: tr(
            CONTEXT, "Besvarade / (erbjudna − korta avhopp). Korta avhopp (≤ {s} s) räknas inte."
        ),
        AnswerRateVariant.ALL_OFFERED: tr(CONTEXT, "Besvarade / erbjudna. Korta avhopp räknas med."),
    }[o.answer_rate_variant].format(s=s)
    sl_text = {
        ServiceLevelVariant.HANDLED: tr(CONTEXT, "Besvarade inom {t} s / besvarade (bara hanterade samtal)."),
        ServiceLevelVariant.EXCLUDING_SHORT: tr(
            CONTEXT, "Besvarade inom {t} s / (erbjudna − avhopp inom {t} s)."
        ),
        ServiceLevelVariant.ALL_WITHIN: tr(CONTEXT, "(Besvarade inom {t} s + avhopp inom {t} s) / erbjudna."),
        ServiceLevelVariant.OFFERED: tr(CONTEXT, "Besvarade inom {t} s / erbjudna."),
    }[o.service_level_variant].format(t=t)
    return [
        Definition(
            "offered",
            tr(CONTEXT, "Erbjudna"),
            tr(
                CONTEXT,
                "Samtal till gruppen som besvarades, avbröts av den som ringde eller avslutades av kön"
                " (tidsgräns). Ofullständiga samtal räknas inte. Ett samtal hör till perioden då det började.",
            ),
        ),
        Definition("answered", tr(CONTEXT, "Besvarade"), tr(CONTEXT, "Samtal som besvarades.")),
        Definition(
            "abandoned",
            tr(CONTEXT, "Avhopp"),
            tr(
                CONTEXT, "Samtal där den som ringde lade på medan samtalet väntade i kö (korta avhopp ingår)."
            ),
        ),
        Definition(
            "short_abandoned",
            tr(CONTEXT, "Korta avhopp"),
            tr(CONTEXT, "Avhopp efter högst {s} s väntetid.").format(s=s),
        ),
        Definition("answer_rate", answer_rate_name(o.answer_rate_variant), rate_text),
        Definition("abandonment_rate", tr(CONTEXT, "Andel avhopp"), tr(CONTEXT, "Avhopp / erbjudna.")),
        Definition(
            "asa_seconds",
            tr(CONTEXT, "Genomsnittlig väntetid till svar"),
            tr(CONTEXT, "Summan av väntetiden för besvarade samtal / antal besvarade samtal."),
        ),
        Definition(
            "longest_wait_seconds",
            tr(CONTEXT, "Längsta väntetid"),
            tr(CONTEXT, "Den längsta väntetiden för ett besvarat samtal eller ett avhopp."),
        ),
        Definition("service_level", service_level_name(o.service_level_variant, t), sl_text),
        Definition(
            "busiest_hour",
            tr(CONTEXT, "Mest belastade timme"),
            tr(
                CONTEXT,
                "Den timme på dagen (två halvtimmar i följd) med flest erbjudna samtal under perioden.",
            ),
        ),
        Definition(
            "heat_map",
            tr(CONTEXT, "Belastning per timme och veckodag"),
            tr(CONTEXT, "Erbjudna samtal per timme på dagen och veckodag under perioden."),
        ),
    ]


def answer_rate_name(variant: AnswerRateVariant) -> str:
    if variant is AnswerRateVariant.ALL_OFFERED:
        return tr(CONTEXT, "Svarsfrekvens (alla erbjudna)")
    return tr(CONTEXT, "Svarsfrekvens (exkl. korta avhopp)")


def service_level_name(variant: ServiceLevelVariant, seconds: int) -> str:
    names = {
        ServiceLevelVariant.HANDLED: tr(CONTEXT, "Servicenivå {t} s (hanterade)"),
        ServiceLevelVariant.EXCLUDING_SHORT: tr(CONTEXT, "Servicenivå {t} s (exkl. korta avhopp)"),
        ServiceLevelVariant.ALL_WITHIN: tr(CONTEXT, "Servicenivå {t} s (inkl. avhopp)"),
        ServiceLevelVariant.OFFERED: tr(CONTEXT, "Servicenivå {t} s (av erbjudna)"),
    }
    return names[variant].format(t=seconds)


def definition_texts(options: PhoneStatsOptions | None = None) -> dict[str, str]:
    return {d.code: d.text for d in definitions(options)}


class PhoneStatsService:
    """Figures per group, unit or extension and period; Qt-free, plain dataclasses out."""

    def __init__(self, db: Database, user: CurrentUser, options: PhoneStatsOptions | None = None) -> None:
        self._db = db
        self._user = user
        self.options = options or PhoneStatsOptions()

    # -- lookups -------------------------------------------------------------------------------

    def group_scope(self, number: str) -> Scope:
        with self._db.session(reason="telefonstatistik") as s:
            group_id = s.scalar(select(PhoneGroup.id).where(PhoneGroup.number == number.strip()))
        if group_id is None:
            raise NotFound(tr(CONTEXT, "Gruppnumret {number} finns inte.").format(number=number))
        return Scope.group(group_id)

    def groups(self) -> list[tuple[int, str, str, int | None]]:
        """(id, number, name, unit id) of every group, by number."""
        with self._db.session(reason="telefonstatistik") as s:
            rows = s.execute(
                select(PhoneGroup.id, PhoneGroup.number, PhoneGroup.name, PhoneGroup.unit_id).order_by(
                    PhoneGroup.number
                )
            ).all()
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def units(self) -> list[tuple[int, str]]:
        """(id, name) of the units that answer a group number."""
        with self._db.session(reason="telefonstatistik") as s:
            rows = s.execute(
                select(Unit.id, Unit.name)
                .where(Unit.id.in_(select(PhoneGroup.unit_id).where(PhoneGroup.unit_id.is_not(None))))
                .order_by(Unit.name)
            ).all()
        return [(r[0], r[1]) for r in rows]

    def can_see_extensions(self, unit_id: int | None) -> bool:
        if self._user.role in (Role.ADMINISTRATOR, Role.CONTROLLER):
            return True
        return self._user.role is Role.UNIT_MANAGER and unit_id is not None and unit_id == self._user.unit_id

    def _require_extensions(self, unit_id: int | None) -> None:
        if not self.can_see_extensions(unit_id):
            raise PermissionDenied(
                tr(
                    CONTEXT,
                    "Siffror per anknytning visar en enskild medarbetare: bara administratörer, controller"
                    " och enhetens chef får se dem.",
                )
            )

    def latest_day(self) -> date | None:
        """The last day with phone figures (the view opens on its month)."""
        with self._db.session(reason="telefonstatistik") as s:
            value = s.scalar(select(func.max(PhoneRollupDay.__table__.c.day)))
        return _as_date(value) if value is not None else None

    # -- targets -------------------------------------------------------------------------------

    def answer_rate_target(self, year: int) -> float:
        return self._target(year, ANSWER_RATE_TARGET, DEFAULT_ANSWER_RATE_TARGET)

    def service_level_target(self, year: int) -> float:
        return self._target(year, SERVICE_LEVEL_TARGET, DEFAULT_SERVICE_LEVEL_TARGET)

    def _target(self, year: int, code: str, default: float) -> float:
        with self._db.session(reason="telefonstatistik") as s:
            value = s.scalar(
                select(IndicatorTarget.value).where(
                    IndicatorTarget.year == year, IndicatorTarget.indicator == code
                )
            )
        return float(value) if value is not None else default

    # -- figures -------------------------------------------------------------------------------

    def figures(self, first: date, last: date, scope: Scope | None = None) -> PhoneFigures:
        """The figures of ``scope`` from ``first`` to ``last`` (both included)."""
        with self._db.session(reason="telefonstatistik") as s:
            return self._figures(s, first, last, scope or Scope())

    def period_figures(self, period: Period, scope: Scope | None = None) -> PhoneFigures:
        return self.figures(period.start, period.end, scope)

    def comparison(self, period: Period, scope: Scope | None = None) -> Comparison:
        """The period, the one before it and the same period a year earlier."""
        scope = scope or Scope()
        previous, last_year = period.previous(), period.same_period_last_year()
        with self._db.session(reason="telefonstatistik") as s:
            return Comparison(
                current=self._figures(s, period.start, period.end, scope),
                previous=self._figures(s, previous.start, previous.end, scope),
                last_year=self._figures(s, last_year.start, last_year.end, scope),
            )

    def range_comparison(self, first: date, last: date, scope: Scope | None = None) -> Comparison:
        """As ``comparison`` for any date range: the equally long range before, and a year earlier."""
        scope = scope or Scope()
        length = last - first + timedelta(days=1)
        with self._db.session(reason="telefonstatistik") as s:
            return Comparison(
                current=self._figures(s, first, last, scope),
                previous=self._figures(s, first - length, first - timedelta(days=1), scope),
                last_year=self._figures(s, _year_earlier(first), _year_earlier(last), scope),
            )

    def series(self, first: date, last: date, grain: Grain, scope: Scope | None = None) -> list[SeriesPoint]:
        """Figures per day, ISO week, month or tertial between ``first`` and ``last`` (clipped to them)."""
        scope = scope or Scope()
        with self._db.session(reason="telefonstatistik") as s:
            table, where = self._source(s, scope)
            needed = _needed(self.options)
            columns = [func.sum(table.c[c]).label(c) for c in needed]
            columns.append(func.max(table.c.longest_wait).label("longest_wait"))
            day_rows = s.execute(
                select(table.c.day, *columns)
                .where(*where, table.c.day >= first, table.c.day <= last)
                .group_by(table.c.day)
                .order_by(table.c.day)
            ).all()
            slot_rows: list[Any] = []
            if scope.kind != "extension":
                slot_table = PhoneRollup.__table__
                slot_rows = list(
                    s.execute(
                        select(slot_table.c.day, slot_table.c.slot, func.sum(slot_table.c.offered))
                        .where(
                            *_group_filter(slot_table, scope),
                            slot_table.c.day >= first,
                            slot_table.c.day <= last,
                        )
                        .group_by(slot_table.c.day, slot_table.c.slot)
                    ).all()
                )
        buckets: dict[str, tuple[str, date, date, dict[str, Any], dict[int, int]]] = {}
        day = first
        while day <= last:  # every bucket appears, with or without calls
            key, label = _bucket_key(day, grain)
            entry = buckets.setdefault(key, (label, day, day, {}, {}))
            buckets[key] = (entry[0], entry[1], day, entry[3], entry[4])
            day += timedelta(days=1)
        for row in day_rows:
            values = dict(row._mapping)
            key, _label = _bucket_key(_as_date(values.pop("day")), grain)
            _add(buckets[key][3], values)
        for day_value, slot, offered in slot_rows:
            key, _label = _bucket_key(_as_date(day_value), grain)
            slots = buckets[key][4]
            slots[slot] = slots.get(slot, 0) + int(offered or 0)
        return [
            SeriesPoint(key, label, compute_figures(sums, self.options, b_first, b_last, slots))
            for key, (label, b_first, b_last, sums, slots) in buckets.items()
        ]

    def heat_map(self, first: date, last: date, scope: Scope | None = None) -> HeatMap:
        scope = scope or Scope()
        if scope.kind == "extension":
            raise ValidationError(
                tr(CONTEXT, "Belastningen per timme finns per grupp och enhet, inte per anknytning.")
            )
        values = [[0] * 24 for _ in range(7)]
        with self._db.session(reason="telefonstatistik") as s:
            table = PhoneRollup.__table__
            rows = s.execute(
                select(table.c.weekday, table.c.slot, func.sum(table.c.offered))
                .where(*_group_filter(table, scope), table.c.day >= first, table.c.day <= last)
                .group_by(table.c.weekday, table.c.slot)
            ).all()
        for weekday, slot, offered in rows:
            values[int(weekday) - 1][int(slot) // 2] += int(offered or 0)
        return HeatMap(WEEKDAYS, tuple(range(24)), tuple(tuple(r) for r in values))

    def hour_loads(self, first: date, last: date, scope: Scope | None = None) -> list[HourLoad]:
        """Calls offered per clock hour over the period (the busiest hours, in order of the day)."""
        heat = self.heat_map(first, last, scope)
        return [
            HourLoad(hour, slot_label(hour * 2), sum(row[hour] for row in heat.values))
            for hour in heat.hours
            if any(row[hour] for row in heat.values)
        ]

    def unit_month(self, month: Month) -> list[UnitRow]:
        """Every unit's figures of ``month`` for the unit meeting, with the same month a year earlier."""
        target = self.answer_rate_target(month.year)
        rows = []
        with self._db.session(reason="telefonstatistik") as s:
            units = s.execute(
                select(Unit.id, Unit.name)
                .where(Unit.id.in_(select(PhoneGroup.unit_id).where(PhoneGroup.unit_id.is_not(None))))
                .order_by(Unit.name)
            ).all()
            last_year = month.same_period_last_year()
            for unit_id, name in units:
                scope = Scope.unit(unit_id)
                figures = self._figures(s, month.start, month.end, scope)
                before = self._figures(s, last_year.start, last_year.end, scope)
                rows.append(
                    UnitRow(unit_id, name, figures, before, target, status_of(figures.answer_rate, target))
                )
        return rows

    def customer_unit_year(self, customer_id: int, year: int) -> UnitYear:
        """The year's figures of the unit responsible for ``customer_id``, with its months."""
        from ekadm_desktop.models.reference import Customer

        with self._db.session(reason="telefonstatistik") as s:
            row = s.execute(
                select(Unit.id, Unit.name)
                .join(Customer, Customer.unit_id == Unit.id)
                .where(Customer.id == customer_id)
            ).one_or_none()
            has_groups = row is not None and bool(
                s.scalar(select(func.count()).select_from(PhoneGroup).where(PhoneGroup.unit_id == row[0]))
            )
        target = self.answer_rate_target(year)
        if row is None or not has_groups:
            name = row[1] if row is not None else ""
            return UnitYear(row[0] if row else None, name, year, None, [], target, "none")
        period = Year(year)
        scope = Scope.unit(row[0])
        figures = self.figures(period.start, period.end, scope)
        months = self.series(period.start, period.end, "month", scope)
        return UnitYear(row[0], row[1], year, figures, months, target, status_of(figures.answer_rate, target))

    def extension_rows(self, first: date, last: date, unit_id: int | None) -> list[ExtensionRow]:
        """Figures per extension of one unit; needs the right to see them. ``None`` means every
        extension for administrators and controllers, and a unit manager's own unit's."""
        if unit_id is None and self._user.role is Role.UNIT_MANAGER:
            unit_id = self._user.unit_id
        if unit_id is None:
            if self._user.role not in (Role.ADMINISTRATOR, Role.CONTROLLER):
                self._require_extensions(None)
        else:
            self._require_extensions(unit_id)
        table = PhoneRollupExtension.__table__
        needed = _needed(self.options)
        with self._db.session(reason="telefonstatistik") as s:
            query = (
                select(
                    Extension.id,
                    Extension.number,
                    Extension.name,
                    *(func.sum(table.c[c]).label(c) for c in needed),
                    func.max(table.c.longest_wait).label("longest_wait"),
                )
                .join(table, table.c.extension_id == Extension.id)
                .where(table.c.day >= first, table.c.day <= last)
                .group_by(Extension.id, Extension.number, Extension.name)
                .order_by(Extension.number)
            )
            if unit_id is not None:
                query = query.where(_extension_unit(unit_id))
            rows = s.execute(query).all()
        result = []
        for row in rows:
            values = dict(row._mapping)
            ext_id, number, name = values.pop("id"), values.pop("number"), values.pop("name")
            result.append(
                ExtensionRow(ext_id, number, name, compute_figures(values, self.options, first, last))
            )
        return result

    def with_options(self, options: PhoneStatsOptions) -> PhoneStatsService:
        return PhoneStatsService(self._db, self._user, options)

    def definitions(self) -> list[Definition]:
        return definitions(self.options)

    # -- internals -----------------------------------------------------------------------------

    def _source(self, s: Session, scope: Scope) -> tuple[Any, list[ColumnElement[bool]]]:
        if scope.kind == "extension":
            unit_id = s.scalar(
                select(func.coalesce(Extension.unit_id, PhoneGroup.unit_id))
                .select_from(Extension)
                .outerjoin(PhoneGroup, PhoneGroup.id == Extension.group_id)
                .where(Extension.id == scope.id)
            )
            self._require_extensions(unit_id)
            table = PhoneRollupExtension.__table__
            return table, [table.c.extension_id == scope.id]
        table = PhoneRollupDay.__table__
        return table, _group_filter(table, scope)

    def _figures(self, s: Session, first: date, last: date, scope: Scope) -> PhoneFigures:
        table, where = self._source(s, scope)
        needed = _needed(self.options)
        sums_columns = (
            *(func.sum(table.c[c]).label(c) for c in needed),
            func.max(table.c.longest_wait).label("longest_wait"),
        )
        in_range = (*where, table.c.day >= first, table.c.day <= last)
        sums = dict(s.execute(select(*sums_columns).where(*in_range)).one()._mapping)
        slots: dict[int, int] = {}
        if scope.kind != "extension" and sums.get("offered"):
            table = PhoneRollup.__table__
            slot_rows = s.execute(
                select(table.c.slot, func.sum(table.c.offered))
                .where(*_group_filter(table, scope), table.c.day >= first, table.c.day <= last)
                .group_by(table.c.slot)
            ).all()
            slots = {int(slot): int(offered or 0) for slot, offered in slot_rows}
        return compute_figures(sums, self.options, first, last, slots)


def _group_filter(table: Any, scope: Scope) -> list[ColumnElement[bool]]:
    if scope.kind == "group":
        return [table.c.group_id == scope.id]
    if scope.kind == "unit":
        return [table.c.group_id.in_(select(PhoneGroup.id).where(PhoneGroup.unit_id == scope.id))]
    return []


def _extension_unit(unit_id: int) -> ColumnElement[bool]:
    in_unit_groups = Extension.group_id.in_(select(PhoneGroup.id).where(PhoneGroup.unit_id == unit_id))
    return (Extension.unit_id == unit_id) | (Extension.unit_id.is_(None) & in_unit_groups)


def _year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _as_date(value: object) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
