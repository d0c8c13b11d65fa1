"""The municipal calendar: years, months, ISO weeks and tertials as plain immutable values.

Every period knows its first and last date (both inclusive), its neighbours, the same period a year
earlier, a canonical key (``2010``, ``2010-03``, ``2010-W12``, ``2010-T1``) that ``parse_period`` reads
back, and a Swedish label for people. Tertials follow the municipal reporting year: T1 is January–April,
T2 May–August and T3 September–December. Weeks are ISO 8601 weeks, so a week belongs to the year that
holds its Thursday and some years have a week 53.

Periods are only defined where all their days fit in ``datetime.date`` (years 1–9999); the one ISO week
that would end after 9999-12-31 (9999-W52) cannot be created. The module does not use Qt.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeAlias

__all__ = [
    "MONTH_NAMES",
    "MONTH_SHORT_NAMES",
    "IsoWeek",
    "Month",
    "Period",
    "Tertial",
    "Year",
    "iso_weeks_in_year",
    "months_between",
    "parse_period",
]

MIN_YEAR = date.min.year
MAX_YEAR = date.max.year

MONTH_NAMES = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
MONTH_SHORT_NAMES = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

_ONE_DAY = timedelta(days=1)
_MONTHS_PER_TERTIAL = 4


def _check_int(value: object, what: str, low: int, high: int) -> None:
    # bool is an int subclass, but Month(2010, True) is a bug, not March.
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"Ogiltigt {what} {value!r}: ange ett heltal {low}–{high}.")


def _check_year(year: object) -> None:
    _check_int(year, "år", MIN_YEAR, MAX_YEAR)


def iso_weeks_in_year(year: int) -> int:
    """The number of ISO weeks in ``year``: 52 or 53."""
    _check_year(year)
    # 28 December is always in the last ISO week of its year.
    return date(year, 12, 28).isocalendar().week


def _months_spanning(start: date, end: date) -> list[Month]:
    return months_between(Month.of(start), Month.of(end))


@dataclass(frozen=True, order=True, slots=True)
class Year:
    """A calendar year."""

    year: int

    def __post_init__(self) -> None:
        _check_year(self.year)

    @classmethod
    def of(cls, d: date) -> Year:
        """The year ``d`` falls in."""
        return cls(d.year)

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        return date(self.year, 12, 31)

    def contains(self, d: date) -> bool:
        return d.year == self.year

    def next(self) -> Year:
        return Year(self.year + 1)

    def previous(self) -> Year:
        return Year(self.year - 1)

    def same_period_last_year(self) -> Year:
        return self.previous()

    @property
    def key(self) -> str:
        return f"{self.year:04d}"

    @property
    def label(self) -> str:
        return str(self.year)

    def months(self) -> list[Month]:
        return [Month(self.year, month) for month in range(1, 13)]


@dataclass(frozen=True, order=True, slots=True)
class Month:
    """A calendar month; ``month`` is 1–12."""

    year: int
    month: int

    def __post_init__(self) -> None:
        _check_year(self.year)
        _check_int(self.month, "månadsnummer", 1, 12)

    @classmethod
    def of(cls, d: date) -> Month:
        """The month ``d`` falls in."""
        return cls(d.year, d.month)

    @property
    def start(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def end(self) -> date:
        return date(self.year, self.month, self.days)

    @property
    def days(self) -> int:
        """The number of days in the month."""
        return calendar.monthrange(self.year, self.month)[1]

    @property
    def tertial(self) -> Tertial:
        """The tertial the month belongs to."""
        return Tertial(self.year, (self.month - 1) // _MONTHS_PER_TERTIAL + 1)

    def contains(self, d: date) -> bool:
        return (d.year, d.month) == (self.year, self.month)

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def same_period_last_year(self) -> Month:
        return Month(self.year - 1, self.month)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    def months(self) -> list[Month]:
        return [self]


@dataclass(frozen=True, order=True, slots=True)
class IsoWeek:
    """An ISO 8601 week, Monday to Sunday.

    ``year`` is the ISO year (the year of the week's Thursday), so 2009-W53 ends on 3 January 2010
    and 2010-W01 starts on 4 January 2010.
    """

    year: int
    week: int

    def __post_init__(self) -> None:
        _check_year(self.year)
        weeks = iso_weeks_in_year(self.year)
        if isinstance(self.week, bool) or not isinstance(self.week, int) or not 1 <= self.week <= weeks:
            raise ValueError(f"Ogiltig vecka {self.week!r}: år {self.year} har veckorna 1–{weeks}.")
        if self.year == MAX_YEAR and self.week == weeks:
            raise ValueError(
                f"Vecka {self.week} {self.year} slutar efter {date.max.isoformat()}, sista datumet som stöds."
            )

    @classmethod
    def of(cls, d: date) -> IsoWeek:
        """The ISO week ``d`` falls in (raises ValueError for the last days of year 9999)."""
        iso = d.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def start(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def end(self) -> date:
        return date.fromisocalendar(self.year, self.week, 7)

    def contains(self, d: date) -> bool:
        return d.isocalendar()[:2] == (self.year, self.week)

    def next(self) -> IsoWeek:
        if self.week == iso_weeks_in_year(self.year):
            return IsoWeek(self.year + 1, 1)
        return IsoWeek(self.year, self.week + 1)

    def previous(self) -> IsoWeek:
        if self.week == 1:
            return IsoWeek(self.year - 1, iso_weeks_in_year(self.year - 1))
        return IsoWeek(self.year, self.week - 1)

    def same_period_last_year(self) -> IsoWeek:
        """The same week number a year earlier; week 53 becomes week 52 if that year has no week 53."""
        year = self.year - 1
        return IsoWeek(year, min(self.week, iso_weeks_in_year(year)))

    @property
    def key(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"

    @property
    def label(self) -> str:
        return f"vecka {self.week} {self.year}"

    def months(self) -> list[Month]:
        """The months the week's days fall in: one, or two for a week that straddles a month end."""
        return _months_spanning(self.start, self.end)


@dataclass(frozen=True, order=True, slots=True)
class Tertial:
    """A third of a year: T1 = January–April, T2 = May–August, T3 = September–December."""

    year: int
    number: int

    def __post_init__(self) -> None:
        _check_year(self.year)
        _check_int(self.number, "tertialnummer", 1, 3)

    @classmethod
    def of(cls, d: date) -> Tertial:
        """The tertial ``d`` falls in."""
        return Month.of(d).tertial

    @property
    def _first_month(self) -> int:
        return (self.number - 1) * _MONTHS_PER_TERTIAL + 1

    @property
    def _last_month(self) -> int:
        return self.number * _MONTHS_PER_TERTIAL

    @property
    def start(self) -> date:
        return date(self.year, self._first_month, 1)

    @property
    def end(self) -> date:
        return Month(self.year, self._last_month).end

    def contains(self, d: date) -> bool:
        return d.year == self.year and self._first_month <= d.month <= self._last_month

    def next(self) -> Tertial:
        return Tertial(self.year + 1, 1) if self.number == 3 else Tertial(self.year, self.number + 1)

    def previous(self) -> Tertial:
        return Tertial(self.year - 1, 3) if self.number == 1 else Tertial(self.year, self.number - 1)

    def same_period_last_year(self) -> Tertial:
        return Tertial(self.year - 1, self.number)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-T{self.number}"

    @property
    def label(self) -> str:
        first = MONTH_SHORT_NAMES[self._first_month - 1]
        last = MONTH_SHORT_NAMES[self._last_month - 1]
        return f"T{self.number} {self.year} ({first}–{last})"

    def months(self) -> list[Month]:
        return [Month(self.year, month) for month in range(self._first_month, self._last_month + 1)]


Period: TypeAlias = Year | Month | IsoWeek | Tertial

# [0-9] rather than \d: \d also matches non-ASCII digits such as "２０１０".
_PERIOD_RE = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?:(?P<month>[0-9]{1,2})|[Ww](?P<week>[0-9]{1,2})|[Tt](?P<tertial>[0-9])))?"
)


def parse_period(text: str) -> Period:
    """Read a period from its key: ``2010``, ``2010-03`` (or ``2010-3``), ``2010-W12`` or ``2010-T1``.

    Letters may be lower case and surrounding whitespace is ignored. Raises ValueError otherwise,
    including for well-formed text naming a period that does not exist, such as ``2010-13``.
    """
    stripped = text.strip()
    match = _PERIOD_RE.fullmatch(stripped)
    if match is None:
        raise _unknown_period(stripped)
    year = int(match["year"])
    try:
        if match["month"] is not None:
            return Month(year, int(match["month"]))
        if match["week"] is not None:
            return IsoWeek(year, int(match["week"]))
        if match["tertial"] is not None:
            return Tertial(year, int(match["tertial"]))
        return Year(year)
    except ValueError as error:
        raise _unknown_period(stripped) from error


def _unknown_period(text: str) -> ValueError:
    return ValueError(
        f'Okänd period "{text}": ange år (2010), månad (2010-03), vecka (2010-W12) eller tertial (2010-T1).'
    )


def months_between(start: Month, end: Month) -> list[Month]:
    """The months from ``start`` to ``end``, both included; empty if ``end`` is before ``start``."""
    first = start.year * 12 + start.month - 1
    last = end.year * 12 + end.month - 1
    return [Month(index // 12, index % 12 + 1) for index in range(first, last + 1)]
