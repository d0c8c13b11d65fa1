"""Charts of the complaint figures, for the statistics view, reports and presentations.

One function per chart: each takes the plain data of one ``ComplaintService`` summary and returns
a matplotlib ``Figure`` (never pyplot). The figure draws nothing by itself; the UI puts it on a
Qt canvas, and the same figure renders to PNG (or PDF) with the Agg backend, for instance
``fig.savefig(buffer, format="png", dpi=150)``. Every number shown comes from the summary given,
so a chart always agrees with the tables and reports built from the same summary.

The charts use the Okabe–Ito colours (told apart with every common colour-vision deficiency),
fonts of at least 10 pt, count axes that start at zero with whole-number ticks and the count at
the end of each bar. A chart with nothing to show says so ("Inga klagomål under perioden") rather
than drawing empty axes. The figure's label (``fig.get_label()``) is its title, for file names.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ekadm_desktop.i18n import tr
from ekadm_desktop.models.complaints import ErrorCause
from ekadm_desktop.periods import MONTH_SHORT_NAMES, Period, Tertial
from ekadm_desktop.reports.chart_style import (
    BAND,
    BLUE,
    FIGURE_SIZE,
    GREY,
    GRID,
    LABEL_SIZE,
    MUTED,
    NOTE_SIZE,
    SKY_BLUE,
    TEXT,
    TITLE_SIZE,
    VALUE_SIZE,
    VERMILLION,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ekadm_desktop.services.complaints import GroupCount, HandlingTimes, PeriodCount

__all__ = [
    "TOP_GROUPS",
    "handling_times_chart",
    "per_category_chart",
    "per_cause_chart",
    "per_customer_chart",
    "per_month_chart",
    "per_process_chart",
    "per_tertial_chart",
]

# The house colours, sizes and fonts (``chart_style``, the one chart style module): BLUE this period,
# SKY_BLUE last year beside this year's bars, VERMILLION last year as a line and own errors, GREY the
# rest ("Övriga") and causes other than own errors, BAND every other row of a table.
FIGURE_DPI = 100
KEY_FIGURE_SIZE = 40.0
TABLE_RIGHT = 0.55  # the handling-times table's share of the width; the key figure beside it
TOP_GROUPS = 10  # customers or processes shown by name; the rest are summed as "Övriga"
LABEL_WIDTH = 26  # characters per line of a bar's name: longer names wrap, never cut
OTHERS_GAP = 0.35  # bar heights between the named bars and "Övriga"
ROW_HEIGHT = 0.42  # inches per bar of a horizontal chart, so a long list stays readable in a PNG


# -- the charts ----------------------------------------------------------------------------------


def per_month_chart(
    months: Sequence[PeriodCount], last_year: Sequence[PeriodCount] | None = None, *, scope: str = ""
) -> Figure:
    """Complaints received each month of a year (``ComplaintService.per_month``) as bars; the
    same months of the year before, if given, as a line. Each count stands at its own month, so
    ``months`` may stop early (a year not yet over) while the line runs through December."""
    year = months[0].period.year if months else None
    title = _titled(
        tr("complaint_charts", "Klagomål per månad {year}").format(year=year if year else ""), scope
    )
    fig, ax = _figure(title)
    previous = list(last_year or [])
    if _total(months) + _total(previous) == 0:
        return _nothing(fig, ax)
    counts = [m.count for m in months]
    bars = ax.bar(
        [m.period.start.month - 1 for m in months], counts, width=0.65, color=BLUE, label=str(year), zorder=2
    )
    _label_bars(ax, bars, counts)
    if previous:
        (line,) = ax.plot(
            [m.period.start.month - 1 for m in previous],
            [m.count for m in previous],
            color=VERMILLION,
            linewidth=2.0,
            marker="o",
            markersize=5,
            label=str(previous[0].period.year),
            zorder=3,
        )
        _legend(ax, [bars, line] if months else [line])
    ax.set_xticks(range(len(MONTH_SHORT_NAMES)), MONTH_SHORT_NAMES)
    ax.set_xlim(-0.6, len(MONTH_SHORT_NAMES) - 0.4)
    _count_axis(ax, max(counts + [m.count for m in previous]), horizontal=False)
    ax.set_ylabel(tr("complaint_charts", "Antal klagomål"), fontsize=LABEL_SIZE, color=TEXT)
    return fig


def per_tertial_chart(
    this_year: Sequence[PeriodCount], last_year: Sequence[PeriodCount] = (), *, scope: str = ""
) -> Figure:
    """Complaints per tertial of a year (``ComplaintService.per_tertial``), each beside the same
    tertial a year earlier when ``last_year`` is given; ``this_year`` may stop early, as for
    ``per_month_chart``."""
    previous = list(last_year)
    year = this_year[0].period.year if this_year else previous[0].period.year + 1 if previous else None
    if previous:
        heading = tr("complaint_charts", "Klagomål per tertial {year} jämfört med {previous}").format(
            year=year if year else "", previous=previous[0].period.year
        )
    else:
        heading = tr("complaint_charts", "Klagomål per tertial {year}").format(year=year if year else "")
    fig, ax = _figure(_titled(heading, scope))
    if _total(this_year) + _total(previous) == 0 or year is None:
        return _nothing(fig, ax)
    width = 0.38 if previous else 0.6
    shift = width / 2 if previous else 0.0
    counts = [t.count for t in this_year]
    handles: list[Any] = []
    if previous:
        old = [t.count for t in previous]
        old_bars = ax.bar(
            [_tertial_index(t.period) - shift for t in previous],
            old,
            width=width,
            color=SKY_BLUE,
            label=str(previous[0].period.year),
            zorder=2,
        )
        _label_bars(ax, old_bars, old)
        handles.append(old_bars)
    bars = ax.bar(
        [_tertial_index(t.period) + shift for t in this_year],
        counts,
        width=width,
        color=BLUE,
        label=str(year),
        zorder=2,
    )
    _label_bars(ax, bars, counts)
    if previous:
        _legend(ax, [*handles, bars])
    tertials = [Tertial(year, number) for number in (1, 2, 3)]
    ax.set_xticks(range(len(tertials)), [_tertial_name(t) for t in tertials])
    ax.set_xlim(-0.6, len(tertials) - 0.4)
    _count_axis(ax, max(counts + [t.count for t in previous]), horizontal=False)
    ax.set_ylabel(tr("complaint_charts", "Antal klagomål"), fontsize=LABEL_SIZE, color=TEXT)
    return fig


def per_customer_chart(
    groups: Sequence[GroupCount], period: Period, *, top: int = TOP_GROUPS, scope: str = ""
) -> Figure:
    """Complaints per customer (``ComplaintService.per_customer``), most first; beyond the
    ``top`` first, the rest are summed as one bar "Övriga"."""
    title = _titled(tr("complaint_charts", "Klagomål per kund, {period}").format(period=period.label), scope)
    shown = _top(groups, top, tr("complaint_charts", "Övriga ({count} kunder)"))
    return _ranked_chart(title, shown)


def per_process_chart(
    groups: Sequence[GroupCount], period: Period, *, top: int = TOP_GROUPS, scope: str = ""
) -> Figure:
    """Complaints per process (``ComplaintService.per_process``), most first; beyond the ``top``
    first, the rest are summed as one bar "Övriga"."""
    title = _titled(
        tr("complaint_charts", "Klagomål per process, {period}").format(period=period.label), scope
    )
    shown = _top(groups, top, tr("complaint_charts", "Övriga ({count} processer)"))
    return _ranked_chart(title, shown)


def per_category_chart(groups: Sequence[GroupCount], period: Period, *, scope: str = "") -> Figure:
    """Complaints per category (``ComplaintService.per_category``) in the register's order of
    categories, zeros too, so charts of different periods compare at a glance."""
    title = _titled(
        tr("complaint_charts", "Klagomål per kategori, {period}").format(period=period.label), scope
    )
    return _ranked_chart(title, [_group_bar(g) for g in groups])


def per_cause_chart(groups: Sequence[GroupCount], period: Period, *, scope: str = "") -> Figure:
    """Complaints per error cause (``ComplaintService.per_cause``), own errors highlighted: they
    are the ones the unit follows up."""
    title = _titled(
        tr("complaint_charts", "Klagomål per felorsak, {period}").format(period=period.label), scope
    )
    bars = [
        _Bar(g.label, g.count, VERMILLION if g.key == ErrorCause.OWN else GREY, bold=g.key == ErrorCause.OWN)
        for g in groups
    ]
    return _ranked_chart(title, bars)


def handling_times_chart(times: HandlingTimes, period: Period, *, scope: str = "") -> Figure:
    """The handling times of the complaints received in a period (``ComplaintService.handling_times``)
    as a small table; a figure with nothing to measure shows "–"."""
    title = _titled(tr("complaint_charts", "Handläggningstider, {period}").format(period=period.label), scope)
    fig, ax = _figure(title)
    if times.received == 0:
        return _nothing(fig, ax)
    rows = [
        (tr("complaint_charts", "Inkomna klagomål"), str(times.received)),
        (tr("complaint_charts", "Besvarade"), str(times.answered)),
        (tr("complaint_charts", "Avslutade"), str(times.closed)),
        (tr("complaint_charts", "Svarstid, median"), _days(times.median_response_days)),
        (tr("complaint_charts", "Svarstid, medelvärde"), _days(times.mean_response_days)),
        (tr("complaint_charts", "Ledtid, median"), _days(times.median_lead_days)),
        (tr("complaint_charts", "Ledtid, medelvärde"), _days(times.mean_lead_days)),
        (tr("complaint_charts", "Besvarade inom svarstiden"), str(times.answered_within_deadline)),
    ]
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    step = 0.9 / len(rows)
    for number, (name, value) in enumerate(rows):
        y = 1.0 - (number + 0.5) * step
        if number % 2 == 0:
            ax.axhspan(y - step / 2, y + step / 2, xmin=0.0, xmax=TABLE_RIGHT, color=BAND, zorder=0)
        ax.text(0.015, y, name, fontsize=LABEL_SIZE, color=TEXT, va="center", ha="left")
        ax.text(TABLE_RIGHT - 0.015, y, value, fontsize=LABEL_SIZE, color=TEXT, va="center", ha="right")
    # The share answered in time, the norm the unit is measured against, as a key figure.
    centre = (TABLE_RIGHT + 1.0) / 2
    ax.text(
        centre,
        0.62,
        _percent(times.within_deadline_share),
        fontsize=KEY_FIGURE_SIZE,
        color=BLUE,
        weight="bold",
        ha="center",
        va="center",
    )
    ax.text(
        centre,
        0.42,
        tr("complaint_charts", "besvarade inom\nsvarstiden"),
        fontsize=LABEL_SIZE,
        color=TEXT,
        ha="center",
        va="center",
        linespacing=1.3,
    )
    note = tr(
        "complaint_charts",
        "Svarstid: dagar från inkommet till besvarat. Ledtid: dagar från inkommet till avslutat. "
        "Andelen räknas på de besvarade som hade en svarsfrist.",
    )
    ax.text(0.015, 0.0, textwrap.fill(note, 95), fontsize=NOTE_SIZE, color=MUTED, va="bottom", ha="left")
    return fig


# -- building blocks -----------------------------------------------------------------------------


class _Bar:
    """One bar of a horizontal chart."""

    def __init__(
        self, label: str, count: int, color: str = BLUE, *, bold: bool = False, others: bool = False
    ) -> None:
        self.label = label
        self.count = count
        self.color = color
        self.bold = bold  # a bar to notice: its name in bold
        self.others = others  # the sum of the groups not shown by name


def _figure(title: str) -> tuple[Figure, Any]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=FIGURE_SIZE, dpi=FIGURE_DPI, layout="constrained", facecolor="white")
    fig.set_label(title)
    fig.suptitle(title, x=0.01, ha="left", fontsize=TITLE_SIZE, color=TEXT)
    ax = fig.add_subplot()
    return fig, ax


def _nothing(fig: Figure, ax: Any) -> Figure:
    """The figure of a period without complaints: the title and a sentence, no empty axes."""
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        tr("complaint_charts", "Inga klagomål under perioden"),
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=LABEL_SIZE + 1,
        color=MUTED,
    )
    return fig


def _ranked_chart(title: str, bars: Sequence[_Bar]) -> Figure:
    """Horizontal bars, the first at the top, each with its count at its end."""
    fig, ax = _figure(title)
    if sum(bar.count for bar in bars) == 0:
        return _nothing(fig, ax)
    # Taller than the default for long lists, so every name keeps room in a PNG; a canvas
    # resizes the figure to the widget anyway.
    fig.set_size_inches(FIGURE_SIZE[0], max(FIGURE_SIZE[1], 1.3 + ROW_HEIGHT * len(bars)))
    # A little space sets "Övriga" (the sum of the rest) apart from the named bars above it.
    first_other = next((n for n, bar in enumerate(bars) if bar.others), len(bars))
    positions = [n + (OTHERS_GAP if n >= first_other else 0.0) for n in range(len(bars))]
    counts = [bar.count for bar in bars]
    drawn = ax.barh(positions, counts, height=0.65, color=[bar.color for bar in bars], zorder=2)
    _label_bars(ax, drawn, counts)
    ax.set_yticks(positions, [_wrapped(bar.label) for bar in bars])
    for tick, bar in zip(ax.get_yticklabels(), bars, strict=True):
        if bar.bold:
            tick.set_fontweight("bold")
    ax.invert_yaxis()  # the first bar at the top
    ax.tick_params(axis="y", length=0)
    _count_axis(ax, max(counts), horizontal=True)
    ax.set_xlabel(tr("complaint_charts", "Antal klagomål"), fontsize=LABEL_SIZE, color=TEXT)
    return fig


def _top(groups: Sequence[GroupCount], top: int, others_label: str) -> list[_Bar]:
    """The groups most first (ties by name), the ``top`` first by name and the rest summed as one
    bar "Övriga (n …)"; a single group left over keeps its name rather than become "Övriga (1 …)".
    The complaints without a customer or process (key None) are never summed with the others:
    left over, they keep a bar of their own after "Övriga"."""
    ranked = sorted(groups, key=lambda g: (-g.count, g.key is None, g.label.casefold()))
    if len(ranked) <= top + 1:
        return [_group_bar(g) for g in ranked]
    bars = [_group_bar(g) for g in ranked[:top]]
    rest = [g for g in ranked[top:] if g.key is not None]
    unset = [g for g in ranked[top:] if g.key is None]
    if len(rest) == 1:
        bars.append(_group_bar(rest[0]))
    elif rest:
        summed = sum(g.count for g in rest)
        bars.append(_Bar(others_label.format(count=len(rest)), summed, GREY, others=True))
    bars.extend(_group_bar(g) for g in unset)
    return bars


def _group_bar(group: GroupCount) -> _Bar:
    return _Bar(group.label, group.count, GREY if group.key is None else BLUE)


def _label_bars(ax: Any, bars: Any, counts: Sequence[int]) -> None:
    """The count at the end of each bar, over any line crossing it and haloed so it stays legible."""
    from matplotlib import patheffects

    texts = ax.bar_label(bars, labels=[str(c) for c in counts], padding=3, fontsize=VALUE_SIZE, color=TEXT)
    halo = [patheffects.withStroke(linewidth=3, foreground="white")]
    for text in texts:
        text.set_path_effects(halo)
        text.set_zorder(4)


def _count_axis(ax: Any, highest: int, *, horizontal: bool) -> None:
    """A count axis from zero with whole-number ticks and room for the labels at the bars' ends;
    the light grid runs across the bars, the frame only where the bars stand."""
    from matplotlib.ticker import MaxNLocator

    axis = ax.xaxis if horizontal else ax.yaxis
    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
    top = max(highest, 1) * 1.15 + 0.3
    if horizontal:
        ax.set_xlim(0, top)
        ax.grid(axis="x", color=GRID, linewidth=0.8, zorder=0)
    else:
        ax.set_ylim(0, top)
        ax.grid(axis="y", color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left" if horizontal else "bottom"].set_color(MUTED)
    ax.spines["bottom" if horizontal else "left"].set_visible(False)
    ax.tick_params(labelsize=LABEL_SIZE, colors=TEXT)
    ax.tick_params(axis="x" if horizontal else "y", length=0)


def _legend(ax: Any, handles: Sequence[Any]) -> None:
    """The legend in one row above the axes, the series in the order given."""
    ax.legend(
        handles=list(handles),
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncols=len(handles),
        frameon=False,
        fontsize=LABEL_SIZE,
        borderaxespad=0.5,
        handlelength=1.6,
    )


def _titled(title: str, scope: str) -> str:
    return f"{title} – {scope}" if scope else title


def _total(counts: Sequence[PeriodCount]) -> int:
    return sum(c.count for c in counts)


def _tertial_index(period: Period) -> int:
    """0, 1 or 2: the place of the tertial a period starts in."""
    return Tertial.of(period.start).number - 1


def _tertial_name(period: Tertial) -> str:
    months = period.months()
    first, last = MONTH_SHORT_NAMES[months[0].month - 1], MONTH_SHORT_NAMES[months[-1].month - 1]
    return f"T{period.number}\n{first}–{last}"


def _wrapped(label: str) -> str:
    return textwrap.fill(label, LABEL_WIDTH, break_long_words=False, break_on_hyphens=True)


def _number(value: float) -> str:
    """A whole number as it is, else one decimal with a decimal comma: ``10``, ``17,5``."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def _days(value: float | None) -> str:
    if value is None:
        return "–"
    if value == 1:
        return tr("complaint_charts", "1 dag")
    return tr("complaint_charts", "{days} dagar").format(days=_number(value))


def _percent(share: float | None) -> str:
    """``80 %``; "–" when there was nothing to measure; never "100 %" unless all were."""
    if share is None:
        return "–"
    percent = share * 100
    text = f"{percent:.0f}"
    if text == "100" and share < 1:
        text = f"{min(percent, 99.9):.1f}".replace(".", ",")
    elif text == "0" and share > 0:
        text = f"{max(percent, 0.1):.1f}".replace(".", ",")
    return f"{text}\u00a0%"
