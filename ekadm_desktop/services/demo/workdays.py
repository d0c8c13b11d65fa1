"""Swedish working days for the demo data: weekends and public holidays off, summer time on."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

_ONE_DAY = timedelta(days=1)


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def holidays(year: int) -> frozenset[date]:
    """Weekdays that are days off: public holidays, plus the eves treated as such (midsummer,
    Christmas and New Year's Eve)."""
    easter = easter_sunday(year)
    midsummer_eve = next(date(year, 6, d) for d in range(19, 26) if date(year, 6, d).weekday() == 4)
    return frozenset(
        {
            date(year, 1, 1),
            date(year, 1, 6),
            easter - timedelta(days=2),
            easter + timedelta(days=1),
            date(year, 5, 1),
            easter + timedelta(days=39),
            date(year, 6, 6),
            midsummer_eve,
            date(year, 12, 24),
            date(year, 12, 25),
            date(year, 12, 26),
            date(year, 12, 31),
        }
    )


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in holidays(day.year)


def working_days(first: date, last: date) -> list[date]:
    """The working days from ``first`` to ``last``, both included."""
    days = []
    day = first
    while day <= last:
        if is_working_day(day):
            days.append(day)
        day += _ONE_DAY
    return days


def add_working_days(day: date, count: int) -> date:
    """The working day ``count`` working days after ``day`` (``day`` itself need not be one)."""
    while count > 0:
        day += _ONE_DAY
        if is_working_day(day):
            count -= 1
    return day


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def utc_offset_minutes(day: date) -> int:
    """Stockholm's offset from UTC on a working day: summer time from the last Sunday of March to
    the last Sunday of October (the switch happens at night, outside office hours)."""
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return 120 if summer else 60


def next_working_day(day: date) -> date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += _ONE_DAY
    return day
