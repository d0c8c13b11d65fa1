"""Tests for the municipal calendar in ``ekadm_desktop.periods``."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ekadm_desktop.periods import (
    MONTH_NAMES,
    MONTH_SHORT_NAMES,
    IsoWeek,
    Month,
    Period,
    Tertial,
    Year,
    iso_weeks_in_year,
    months_between,
    parse_period,
)

ONE_DAY = timedelta(days=1)
ACCEPTED_FORMS = "ange år (2010), månad (2010-03), vecka (2010-W12) eller tertial (2010-T1)."

# Far enough from date.min/date.max that next() and previous() always exist.
dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2300, 12, 31))
period_of: st.SearchStrategy[Callable[[date], Period]] = st.sampled_from(
    [Year.of, Month.of, IsoWeek.of, Tertial.of]
)
periods: st.SearchStrategy[Period] = st.builds(lambda of, d: of(d), period_of, dates)


# --- parsing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010", Year(2010)),
        ("2010-03", Month(2010, 3)),
        ("2010-3", Month(2010, 3)),
        ("2010-12", Month(2010, 12)),
        ("2010-W12", IsoWeek(2010, 12)),
        ("2010-w12", IsoWeek(2010, 12)),
        ("2010-W9", IsoWeek(2010, 9)),  # like "2010-3" for a month
        ("2009-W53", IsoWeek(2009, 53)),
        ("2010-T1", Tertial(2010, 1)),
        ("2010-t3", Tertial(2010, 3)),
        ("  2010-03\n", Month(2010, 3)),
        ("\t2010-W01 ", IsoWeek(2010, 1)),
    ],
)
def test_parse_period_accepts_every_form(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


def test_parse_period_message_names_text_and_forms() -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_period("2010-13")
    assert str(excinfo.value) == f'Okänd period "2010-13": {ACCEPTED_FORMS}'


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "10",
        "20100",
        "0000",
        "2010-",
        "2010-00",
        "2010-13",
        "2010-003",
        "2010-1-1",
        "2010-W00",
        "2010-W53",
        "2010-W54",
        "2010-W123",
        "2010W12",
        "2010-T0",
        "2010-T4",
        "2010-T12",
        "2010-Q1",
        "2010 03",
        "２０１０",
        "2010-03-01",
    ],
)
def test_parse_period_rejects(text: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_period(text)
    assert str(excinfo.value) == f'Okänd period "{text.strip()}": {ACCEPTED_FORMS}'


@given(periods)
def test_key_round_trips(period: Period) -> None:
    assert parse_period(period.key) == period
    assert parse_period(f"  {period.key.lower()} ") == period


# --- keys and labels -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "key", "label"),
    [
        (Year(2010), "2010", "2010"),
        (Month(2010, 3), "2010-03", "mars 2010"),
        (Month(2010, 12), "2010-12", "december 2010"),
        (IsoWeek(2010, 12), "2010-W12", "vecka 12 2010"),
        (IsoWeek(2010, 1), "2010-W01", "vecka 1 2010"),
        (Tertial(2010, 1), "2010-T1", "T1 2010 (jan–apr)"),
        (Tertial(2010, 2), "2010-T2", "T2 2010 (maj–aug)"),
        (Tertial(2010, 3), "2010-T3", "T3 2010 (sep–dec)"),
    ],
)
def test_key_and_label(period: Period, key: str, label: str) -> None:
    assert period.key == key
    assert period.label == label


def test_swedish_month_names() -> None:
    assert MONTH_NAMES[0] == "januari"
    assert MONTH_NAMES[-1] == "december"
    assert MONTH_SHORT_NAMES == (
        "jan",
        "feb",
        "mar",
        "apr",
        "maj",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    )
    assert [Month(2010, m).label for m in range(1, 13)] == [f"{name} 2010" for name in MONTH_NAMES]


# --- properties common to all four kinds -----------------------------------------------------------


@given(period_of, dates)
def test_of_contains_its_date(of: Callable[[date], Period], d: date) -> None:
    period = of(d)
    assert period.contains(d)
    assert period.start <= d <= period.end
    assert period.contains(period.start)
    assert period.contains(period.end)
    assert not period.contains(period.start - ONE_DAY)
    assert not period.contains(period.end + ONE_DAY)


@given(periods)
def test_next_and_previous_are_inverse(period: Period) -> None:
    assert period.next().previous() == period
    assert period.previous().next() == period


@given(periods)
def test_periods_tile_the_calendar(period: Period) -> None:
    assert period.next().start == period.end + ONE_DAY
    assert period.previous().end == period.start - ONE_DAY
    assert type(period).of(period.start) == period
    assert type(period).of(period.end) == period


@given(periods)
def test_months_cover_the_period(period: Period) -> None:
    months = period.months()
    assert months == months_between(Month.of(period.start), Month.of(period.end))
    assert all(a.next() == b for a, b in itertools.pairwise(months))


@given(periods)
def test_same_period_last_year(period: Period) -> None:
    last_year = period.same_period_last_year()
    assert type(last_year) is type(period)
    assert last_year.year == period.year - 1
    if isinstance(period, IsoWeek):
        assert isinstance(last_year, IsoWeek)
        assert last_year.week == min(period.week, iso_weeks_in_year(period.year - 1))
    else:
        assert last_year.key[4:] == period.key[4:]


# Value-restricted, so mypy checks the comparisons for each kind on its own.
P = TypeVar("P", Year, Month, IsoWeek, Tertial)


def _assert_order_follows_dates(a: P, b: P) -> None:
    assert (a < b) == (a.start < b.start)
    assert (a == b) == (a.start == b.start)
    if a == b:
        assert hash(a) == hash(b)
    assert a < a.next()
    assert a.previous() < a


@given(dates, dates)
def test_ordering_within_a_kind_follows_dates(d1: date, d2: date) -> None:
    _assert_order_follows_dates(Year.of(d1), Year.of(d2))
    _assert_order_follows_dates(Month.of(d1), Month.of(d2))
    _assert_order_follows_dates(IsoWeek.of(d1), IsoWeek.of(d2))
    _assert_order_follows_dates(Tertial.of(d1), Tertial.of(d2))


def test_kinds_do_not_compare() -> None:
    assert Year(2010) != Month(2010, 1)  # type: ignore[comparison-overlap]
    with pytest.raises(TypeError):
        _ = Year(2010) < Month(2010, 1)  # type: ignore[operator]


# --- years -----------------------------------------------------------------------------------------


def test_year() -> None:
    year = Year(2012)
    assert (year.start, year.end) == (date(2012, 1, 1), date(2012, 12, 31))
    assert year.months() == [Month(2012, m) for m in range(1, 13)]
    assert Year.of(date(2012, 6, 1)) == year
    assert year.same_period_last_year() == Year(2011)


# --- months ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("month", "days"),
    [
        (Month(2010, 1), 31),
        (Month(2010, 2), 28),
        (Month(2012, 2), 29),
        (Month(1900, 2), 28),
        (Month(2000, 2), 29),
    ],
)
def test_month_days(month: Month, days: int) -> None:
    assert month.days == days
    assert month.end == month.start + timedelta(days=days - 1)


def test_month_wraps_the_year() -> None:
    assert Month(2010, 12).next() == Month(2011, 1)
    assert Month(2010, 1).previous() == Month(2009, 12)


@given(dates)
def test_month_tertial_contains_the_month(d: date) -> None:
    month = Month.of(d)
    assert month.tertial == Tertial.of(d)
    assert month in month.tertial.months()


def test_months_between() -> None:
    assert months_between(Month(2010, 11), Month(2011, 2)) == [
        Month(2010, 11),
        Month(2010, 12),
        Month(2011, 1),
        Month(2011, 2),
    ]
    assert months_between(Month(2010, 3), Month(2010, 3)) == [Month(2010, 3)]
    assert months_between(Month(2010, 3), Month(2010, 2)) == []


# --- ISO weeks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "weeks"),
    [
        (2004, 53),
        (2009, 53),
        (2010, 52),
        (2014, 52),
        (2015, 53),
        (2016, 52),
        (2020, 53),
        (2021, 52),
        (2026, 53),
    ],
)
def test_weeks_in_year(year: int, weeks: int) -> None:
    assert iso_weeks_in_year(year) == weeks
    IsoWeek(year, weeks)
    with pytest.raises(ValueError, match=f"Ogiltig vecka {weeks + 1}: år {year} har veckorna 1–{weeks}"):
        IsoWeek(year, weeks + 1)


def test_week_boundaries_around_new_year() -> None:
    assert IsoWeek(2010, 1).start == date(2010, 1, 4)
    assert IsoWeek(2010, 1).end == date(2010, 1, 10)
    assert IsoWeek.of(date(2010, 1, 3)) == IsoWeek(2009, 53)
    assert IsoWeek(2009, 53).start == date(2009, 12, 28)
    assert IsoWeek(2009, 53).next() == IsoWeek(2010, 1)
    assert IsoWeek(2010, 1).previous() == IsoWeek(2009, 53)
    assert IsoWeek(2010, 52).next() == IsoWeek(2011, 1)
    assert IsoWeek.of(date(2008, 12, 29)) == IsoWeek(2009, 1)


def test_week_months() -> None:
    assert IsoWeek(2009, 53).months() == [Month(2009, 12), Month(2010, 1)]
    assert IsoWeek(2010, 12).months() == [Month(2010, 3)]
    assert IsoWeek(2010, 13).months() == [Month(2010, 3), Month(2010, 4)]


def test_week_same_period_last_year_clamps_week_53() -> None:
    assert IsoWeek(2021, 52).same_period_last_year() == IsoWeek(2020, 52)
    assert IsoWeek(2016, 52).same_period_last_year() == IsoWeek(2015, 52)
    assert IsoWeek(2016, 1).same_period_last_year() == IsoWeek(2015, 1)
    # 2020 has week 53, 2019 does not.
    assert IsoWeek(2020, 53).same_period_last_year() == IsoWeek(2019, 52)
    # 2010 does not, 2009 does: going back keeps week 52.
    assert IsoWeek(2010, 52).same_period_last_year() == IsoWeek(2009, 52)


@given(st.integers(min_value=1800, max_value=2300))
def test_last_week_of_year_is_followed_by_week_one(year: int) -> None:
    last = IsoWeek(year, iso_weeks_in_year(year))
    assert last.next() == IsoWeek(year + 1, 1)
    assert last.end.year in (year, year + 1)
    assert IsoWeek(year, 1).start.weekday() == 0


# --- tertials --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "tertial"),
    [
        (date(2010, 1, 1), Tertial(2010, 1)),
        (date(2010, 4, 30), Tertial(2010, 1)),
        (date(2010, 5, 1), Tertial(2010, 2)),
        (date(2010, 8, 31), Tertial(2010, 2)),
        (date(2010, 9, 1), Tertial(2010, 3)),
        (date(2010, 12, 31), Tertial(2010, 3)),
    ],
)
def test_tertial_of(d: date, tertial: Tertial) -> None:
    assert Tertial.of(d) == tertial


def test_tertial_boundaries() -> None:
    assert (Tertial(2010, 1).start, Tertial(2010, 1).end) == (date(2010, 1, 1), date(2010, 4, 30))
    assert (Tertial(2010, 2).start, Tertial(2010, 2).end) == (date(2010, 5, 1), date(2010, 8, 31))
    assert (Tertial(2010, 3).start, Tertial(2010, 3).end) == (date(2010, 9, 1), date(2010, 12, 31))
    assert Tertial(2010, 2).months() == [Month(2010, m) for m in (5, 6, 7, 8)]
    assert Tertial(2010, 3).next() == Tertial(2011, 1)
    assert Tertial(2010, 1).previous() == Tertial(2009, 3)


# --- validation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Year(0), "Ogiltigt år 0: ange ett heltal 1–9999."),
        (lambda: Year(10000), "Ogiltigt år 10000: ange ett heltal 1–9999."),
        (lambda: Month(2010, 0), "Ogiltigt månadsnummer 0: ange ett heltal 1–12."),
        (lambda: Month(2010, 13), "Ogiltigt månadsnummer 13: ange ett heltal 1–12."),
        (lambda: Month(2010, True), "Ogiltigt månadsnummer True: ange ett heltal 1–12."),
        (
            lambda: Month("2010", 3),  # type: ignore[arg-type]
            "Ogiltigt år '2010': ange ett heltal 1–9999.",
        ),
        (lambda: IsoWeek(2010, 0), "Ogiltig vecka 0: år 2010 har veckorna 1–52."),
        (lambda: IsoWeek(2010, 53), "Ogiltig vecka 53: år 2010 har veckorna 1–52."),
        (lambda: Tertial(2010, 0), "Ogiltigt tertialnummer 0: ange ett heltal 1–3."),
        (lambda: Tertial(2010, 4), "Ogiltigt tertialnummer 4: ange ett heltal 1–3."),
    ],
)
def test_constructors_validate(make: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        make()
    assert str(excinfo.value) == message


def test_edges_of_the_date_range() -> None:
    with pytest.raises(ValueError, match="Ogiltigt år 0"):
        Year.of(date.min).previous()
    with pytest.raises(ValueError, match="Ogiltigt år 0"):
        Month.of(date.min).previous()
    with pytest.raises(ValueError, match="Ogiltigt år 10000"):
        Tertial.of(date.max).next()
    assert IsoWeek.of(date.min) == IsoWeek(1, 1)
    with pytest.raises(ValueError, match="Ogiltigt år 0"):
        IsoWeek(1, 1).previous()
    # 9999-W52 would end on 2 January 10000.
    with pytest.raises(ValueError, match="9999-12-31"):
        IsoWeek.of(date.max)
    assert IsoWeek(9999, 51).end == date(9999, 12, 26)


def test_periods_are_immutable_and_hashable() -> None:
    month = Month(2010, 3)
    with pytest.raises(AttributeError):
        month.month = 4  # type: ignore[misc]
    assert len({Month(2010, 3), Month(2010, 3), Month(2010, 4)}) == 2
    assert sorted([Tertial(2011, 1), Tertial(2010, 3), Tertial(2010, 1)]) == [
        Tertial(2010, 1),
        Tertial(2010, 3),
        Tertial(2011, 1),
    ]


@given(period_of, st.dates(max_value=date(9999, 12, 26)))
def test_of_works_across_the_whole_date_range(of: Callable[[date], Period], d: date) -> None:
    period = of(d)
    assert period.contains(d)
    assert parse_period(period.key) == period
