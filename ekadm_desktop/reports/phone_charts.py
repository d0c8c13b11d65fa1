"""Charts of the phone figures (``PhoneStatsService``), for the telephony view, reports and slides.

Each function takes the plain dataclasses of the service and returns a matplotlib ``Figure`` in
the house style (``chart_style``). A period without calls has no answer rate: it is a gap in the
trend line, never 0 % or 100 %. A chart with nothing to show says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ekadm_desktop.i18n import tr
from ekadm_desktop.reports import chart_style as cs

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ekadm_desktop.services.phone_stats import HeatMap, HourLoad, SeriesPoint

CONTEXT = "phone_charts"
NO_CALLS = "Inga samtal under perioden"


def answer_rate_trend_chart(
    points: Sequence[SeriesPoint],
    target: float | None,
    *,
    period: str = "",
    scope: str = "",
    rate_name: str = "",
) -> Figure:
    """The answer rate per period as a line (gaps where there were no calls) with the target line."""
    title = cs.titled(tr(CONTEXT, "Svarsfrekvens"), period, scope)
    fig, ax = cs.new_figure(title)
    if not any(p.figures.offered for p in points):
        return cs.no_data(fig, ax, tr(CONTEXT, NO_CALLS))
    xs = list(range(len(points)))
    rates = [p.figures.answer_rate if p.figures.answer_rate is not None else float("nan") for p in points]
    ax.plot(
        xs,
        rates,
        color=cs.BLUE,
        linewidth=2.0,
        marker="o",
        markersize=4,
        label=rate_name or tr(CONTEXT, "Svarsfrekvens"),
    )
    cs.target_line(ax, target, tr(CONTEXT, "Mål"), "percent")
    known = [r for r in rates if r == r]
    low = min([*known, target if target is not None else 1.0])
    ax.set_ylim(max(0.0, low - 0.1), 1.0)
    cs.number_axis(ax, "percent")
    _period_ticks(ax, [p.label for p in points])
    cs.legend(ax)
    return fig


def offered_answered_chart(points: Sequence[SeriesPoint], *, period: str = "", scope: str = "") -> Figure:
    """Calls offered and answered per period as side-by-side bars."""
    title = cs.titled(tr(CONTEXT, "Erbjudna och besvarade samtal"), period, scope)
    fig, ax = cs.new_figure(title)
    if not any(p.figures.offered for p in points):
        return cs.no_data(fig, ax, tr(CONTEXT, NO_CALLS))
    xs = list(range(len(points)))
    width = 0.4
    ax.bar(
        [x - width / 2 for x in xs],
        [p.figures.offered for p in points],
        width,
        color=cs.SKY_BLUE,
        label=tr(CONTEXT, "Erbjudna"),
    )
    ax.bar(
        [x + width / 2 for x in xs],
        [p.figures.answered for p in points],
        width,
        color=cs.BLUE,
        label=tr(CONTEXT, "Besvarade"),
    )
    cs.number_axis(ax, "int")
    _period_ticks(ax, [p.label for p in points])
    cs.legend(ax)
    return fig


def heat_map_chart(heat: HeatMap, *, period: str = "", scope: str = "") -> Figure:
    """Calls offered per hour of day (columns) × weekday (rows); only the hours with calls."""
    title = cs.titled(tr(CONTEXT, "Belastning per timme och veckodag"), period, scope)
    fig, ax = cs.new_figure(title)
    if heat.total == 0:
        return cs.no_data(fig, ax, tr(CONTEXT, NO_CALLS))
    hours = [h for h in heat.hours if any(row[h] for row in heat.values)]
    hours = list(range(hours[0], hours[-1] + 1))
    weekend = any(any(row) for row in heat.values[5:])
    days = list(range(7 if weekend else 5))
    grid = [[heat.values[d][h] for h in hours] for d in days]
    peak = max(max(row) for row in grid) or 1
    ax.grid(False)
    ax.imshow(grid, cmap="Blues", aspect="auto", vmin=0, vmax=peak)
    for y, row in enumerate(grid):
        for x, value in enumerate(row):
            if value:
                colour = "white" if value > peak * 0.6 else cs.TEXT
                ax.text(
                    x,
                    y,
                    cs.format_int(value),
                    ha="center",
                    va="center",
                    fontsize=cs.VALUE_SIZE - 2,
                    color=colour,
                )
    ax.set_xticks(range(len(hours)), [f"{h:02d}" for h in hours])
    ax.set_yticks(range(len(days)), [heat.weekdays[d] for d in days])
    ax.set_xlabel(tr(CONTEXT, "Timme"), fontsize=cs.LABEL_SIZE, color=cs.TEXT)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    return fig


def busiest_hours_chart(
    loads: Sequence[HourLoad], *, period: str = "", scope: str = "", top: int = 0
) -> Figure:
    """Calls offered per clock hour as bars, the busiest hour highlighted."""
    title = cs.titled(tr(CONTEXT, "Samtal per timme"), period, scope)
    fig, ax = cs.new_figure(title)
    if not any(load.offered for load in loads):
        return cs.no_data(fig, ax, tr(CONTEXT, NO_CALLS))
    shown = sorted(loads, key=lambda load: -load.offered)[:top] if top else list(loads)
    shown.sort(key=lambda load: load.hour)
    busiest = max(loads, key=lambda load: load.offered)
    colours = [cs.ORANGE if load is busiest else cs.BLUE for load in shown]
    bars = ax.bar(range(len(shown)), [load.offered for load in shown], color=colours)
    for bar, load in zip(bars, shown, strict=True):
        ax.text(
            bar.get_x() + bar.get_width() / 2,
            bar.get_height(),
            cs.format_int(load.offered),
            ha="center",
            va="bottom",
            fontsize=cs.VALUE_SIZE - 1,
            color=cs.TEXT,
        )
    ax.set_xticks(range(len(shown)), [f"{load.hour:02d}" for load in shown])
    ax.set_xlabel(
        tr(CONTEXT, "Timme (mest belastad: {label})").format(label=busiest.label),
        fontsize=cs.LABEL_SIZE,
        color=cs.TEXT,
    )
    cs.number_axis(ax, "int")
    return fig


def _period_ticks(ax: Any, labels: list[str]) -> None:
    step = max(1, len(labels) // 12)
    positions = list(range(0, len(labels), step))
    ax.set_xticks(
        positions,
        [labels[i] for i in positions],
        rotation=30 if len(labels) > 6 else 0,
        ha="right" if len(labels) > 6 else "center",
    )
