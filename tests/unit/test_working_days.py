"""Swedish working days: weekends, public holidays and the three eves that are days off."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ekadm_desktop.services import working_days
from ekadm_desktop.services.working_days import (
    add_working_days,
    free_weekdays,
    is_working_day,
    working_days_between,
)

DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2010, 3, 30), True),  # an ordinary Tuesday
        (date(2010, 4, 3), False),  # Saturday
        (date(2010, 4, 4), False),  # Sunday (Easter Day)
        (date(2010, 1, 1), False),  # New Year's Day
        (date(2010, 1, 6), False),  # Epiphany
        (date(2010, 4, 1), True),  # Maundy Thursday: a (short) working day
        (date(2010, 4, 2), False),  # Good Friday
        (date(2010, 4, 5), False),  # Easter Monday
        (date(2010, 4, 30), True),  # Walpurgis eve: a working day
        (date(2010, 5, 13), False),  # Ascension Day
        (date(2010, 5, 14), True),  # the "squeeze day" after it is not a holiday
        (date(2024, 5, 1), False),  # May Day on a weekday
        (date(2024, 6, 6), False),  # National Day on a weekday
        (date(2010, 6, 25), False),  # Midsummer eve
        (date(2024, 6, 21), False),  # Midsummer eve
        (date(2010, 12, 24), False),  # Christmas eve
        (date(2024, 12, 26), False),  # Boxing Day
        (date(2010, 12, 31), False),  # New Year's eve
        (date(2010, 12, 30), True),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_deadline_skips_easter() -> None:
    # Tuesday 30 March 2010 + 10 working days: Good Friday and Easter Monday do not count.
    assert add_working_days(date(2010, 3, 30), 10) == date(2010, 4, 15)
    assert working_days_between(date(2010, 3, 30), date(2010, 4, 15)) == 10


def test_deadline_skips_christmas_and_new_year() -> None:
    # Christmas eve, New Year's eve and Epiphany 2011 (a Thursday) are free.
    assert add_working_days(date(2010, 12, 20), 10) == date(2011, 1, 5)
    assert add_working_days(date(2010, 12, 20), 11) == date(2011, 1, 7)


def test_add_working_days_edges() -> None:
    saturday = date(2010, 4, 3)
    assert add_working_days(saturday, 0) == saturday
    assert add_working_days(saturday, 1) == date(2010, 4, 6)  # Easter Monday skipped too
    assert add_working_days(date(2010, 4, 6), -1) == date(2010, 4, 1)
    assert add_working_days(date(2010, 4, 6), -2) == date(2010, 3, 31)


def test_working_days_between_counts_after_the_first_day() -> None:
    monday = date(2010, 3, 29)
    assert working_days_between(monday, monday) == 0
    assert working_days_between(monday, date(2010, 4, 4)) == 3  # Tue, Wed, Thu
    # Back from Sunday: Thursday is 1 working day earlier, the Monday 4.
    assert working_days_between(date(2010, 4, 4), monday) == -4
    assert working_days_between(date(2010, 1, 1), date(2010, 12, 31)) == 253  # 261 weekdays, 8 free


@given(DAYS, st.integers(min_value=-60, max_value=60))
def test_between_is_the_inverse_of_add(start: date, n: int) -> None:
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    if n:
        assert is_working_day(end)


@given(DAYS, DAYS)
def test_add_is_the_inverse_of_between_for_working_days(a: date, b: date) -> None:
    if is_working_day(b):
        assert add_working_days(a, working_days_between(a, b)) == b


def test_free_weekdays_are_weekdays_and_include_the_public_holidays() -> None:
    for year in (2010, 2024):
        free = free_weekdays(year)
        assert all(d.weekday() < 5 and d.year == year for d in free)
        public = holidays.country_holidays("SE", years=year)
        assert {d for d in public if d.weekday() < 5} <= free


def test_sundays_are_never_working_days() -> None:
    day = date(2010, 1, 3)
    while day.year == 2010:
        assert not is_working_day(day)
        day += timedelta(days=7)


def test_the_eves_match_the_libraries_de_facto_holidays() -> None:
    if "de_facto" not in holidays.SE.supported_categories:
        pytest.skip("this version of holidays has no de facto category for Sweden")
    for year in range(2000, 2041):
        de_facto = holidays.country_holidays("SE", years=year, categories=("de_facto",))
        eves = {working_days._midsummer_eve(year), date(year, 12, 24), date(year, 12, 31)}
        assert set(de_facto) == eves


def test_holidays_are_computed_once_per_year() -> None:
    free_weekdays.cache_clear()
    is_working_day(date(2030, 1, 2))
    is_working_day(date(2030, 7, 2))
    info = free_weekdays.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_a_deadline_over_midsummer_skips_midsummer_eve() -> None:
    # Received Monday 2010-06-21; Friday 2010-06-25 is midsummer eve, not a working day.
    assert working_days.add_working_days(date(2010, 6, 21), 10) == date(2010, 7, 6)
    assert working_days.add_working_days(date(2010, 6, 21), 4) == date(2010, 6, 28)
