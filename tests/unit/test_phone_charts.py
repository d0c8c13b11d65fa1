"""Phone charts draw the service's numbers: gaps for periods without calls, the target line, the
busiest hour highlighted, and a message instead of empty axes."""

from __future__ import annotations

import math
from datetime import date

from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.reports import phone_charts
from ekadm_desktop.services.phone_stats import (
    HeatMap,
    HourLoad,
    PhoneStatsOptions,
    SeriesPoint,
    compute_figures,
)


def point(key: str, offered: int, answered: int) -> SeriesPoint:
    sums = {"offered": offered, "answered": answered, "abandoned": offered - answered}
    return SeriesPoint(
        key, key, compute_figures(sums, PhoneStatsOptions(), date(2010, 1, 1), date(2010, 1, 31))
    )


def texts(fig: object) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]  # type: ignore[attr-defined]


def test_trend_has_a_gap_without_calls_and_the_target() -> None:
    points = [point("2010-01", 10, 9), point("2010-02", 0, 0), point("2010-03", 20, 15)]
    fig = phone_charts.answer_rate_trend_chart(points, 0.9, period="2010", scope="Enhet Nord")
    ax = fig.axes[0]
    rates = list(ax.lines[0].get_ydata())
    assert rates[0] == 0.9 and math.isnan(rates[1]) and rates[2] == 0.75
    assert ax.lines[1].get_ydata()[0] == 0.9  # the target line
    assert fig.get_label() == "Svarsfrekvens – Enhet Nord, 2010"
    assert f"Mål 90,0{cs.NBSP}%" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_offered_and_answered_bars() -> None:
    fig = phone_charts.offered_answered_chart([point("2010-01", 10, 9), point("2010-02", 4, 2)])
    heights = [p.get_height() for p in fig.axes[0].patches]
    assert heights == [10, 4, 9, 2]


def test_heat_map_and_busiest_hours() -> None:
    values = [[0] * 24 for _ in range(7)]
    values[0][9], values[0][10], values[4][9] = 5, 2, 3
    heat = HeatMap(
        ("mån", "tis", "ons", "tor", "fre", "lör", "sön"), tuple(range(24)), tuple(map(tuple, values))
    )
    fig = phone_charts.heat_map_chart(heat)
    image = fig.axes[0].images[0].get_array()
    assert image.shape == (5, 2) and image[0][0] == 5 and image[4][0] == 3  # weekdays × 09–10
    loads = [HourLoad(9, "09:00–10:00", 8), HourLoad(10, "10:00–11:00", 2)]
    bars = phone_charts.busiest_hours_chart(loads).axes[0].patches
    assert [b.get_height() for b in bars] == [8, 2]
    assert bars[0].get_facecolor() != bars[1].get_facecolor()


def test_no_calls_says_so() -> None:
    fig = phone_charts.answer_rate_trend_chart([point("2010-01", 0, 0)], 0.9)
    assert "Inga samtal under perioden" in texts(fig)
    empty = HeatMap(("mån",) * 7, tuple(range(24)), tuple(tuple([0] * 24) for _ in range(7)))
    assert "Inga samtal under perioden" in texts(phone_charts.heat_map_chart(empty))
