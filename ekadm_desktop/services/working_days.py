"""Swedish working days (arbetsdagar): Monday to Friday, except public holidays and three eves.

Public holidays come from the ``holidays`` library (``country_holidays("SE")``, category public).
Depending on its version and options that library also lists every Sunday ("Söndag"); weekends are
excluded here by weekday anyway, so that makes no difference. Midsummer eve, Christmas eve and New
Year's eve are not public holidays by law, but the annual leave act treats them as Sundays and the
city's offices are closed, so they are not working days either. They are computed here rather than
taken from the library's ``DE_FACTO`` category, which older versions of the library do not have.
Days before a holiday that end early (e.g. Maundy Thursday) are full working days.

The set of free weekdays is computed once per year and cached. Qt-free.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

__all__ = ["add_working_days", "free_weekdays", "is_working_day", "working_days_between"]

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5


def _midsummer_eve(year: int) -> date:
    """The Friday between 19 and 25 June."""
    june_19 = date(year, 6, 19)
    return june_19 + timedelta(days=(4 - june_19.weekday()) % 7)


@lru_cache(maxsize=64)
def free_weekdays(year: int) -> frozenset[date]:
    """The days Monday to Friday of ``year`` that are not working days."""
    public = holidays.country_holidays("SE", years=year)
    eves = {_midsummer_eve(year), date(year, 12, 24), date(year, 12, 31)}
    return frozenset(d for d in (*public.keys(), *eves) if d.year == year and d.weekday() < _SATURDAY)


def is_working_day(d: date) -> bool:
    return d.weekday() < _SATURDAY and d not in free_weekdays(d.year)


def add_working_days(start: date, n: int) -> date:
    """The ``n``-th working day after ``start`` (before it for negative ``n``); ``start`` itself for 0.

    ``start`` need not be a working day: one working day after a Saturday is the Monday.
    """
    step = _ONE_DAY if n >= 0 else -_ONE_DAY
    day = start
    for _ in range(abs(n)):
        day += step
        while not is_working_day(day):
            day += step
    return day


def working_days_between(a: date, b: date) -> int:
    """How many working days ``b`` lies after ``a``: the working days after ``a`` up to and
    including ``b``, or minus those from ``b`` up to but not including ``a`` when ``b`` is earlier.

    The inverse of ``add_working_days``: ``add_working_days(a, working_days_between(a, b)) == b``
    whenever ``b`` is a working day.
    """
    if b < a:
        return -sum(1 for offset in range((a - b).days) if is_working_day(b + offset * _ONE_DAY))
    return sum(1 for offset in range(1, (b - a).days + 1) if is_working_day(a + offset * _ONE_DAY))
