"""A ``document.Chart`` (a chart described as data) as a matplotlib ``Figure`` in the house style.

The PDF, the views and the presentation mode draw charts through ``figure_for``; Excel and
PowerPoint build their native charts from the same ``Chart`` instead. Colours, number formats and
target lines come from ``chart_style``; a chart without data says so instead of drawing empty axes.
"""

from __future__ import annotations

import math
import textwrap
from typing import TYPE_CHECKING, Any

from ekadm_desktop.i18n import tr
from ekadm_desktop.reports import chart_style as style
from ekadm_desktop.reports.document import Chart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MIN_SLOTS = 4  # a chart of fewer bars keeps room for four, so one bar is not a wall of colour
LABEL_WIDTH = 28  # characters per line of a category name on a horizontal bar chart


def figure_for(chart: Chart, theme: style.Theme = style.REPORT_THEME) -> Figure:
    """The chart drawn with matplotlib (no pyplot); ``fig.get_label()`` is its title."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=theme.size, dpi=100, layout="constrained", facecolor="white")
    fig.set_label(chart.title)
    fig.suptitle(
        textwrap.fill(chart.title, 70 if theme == style.REPORT_THEME else 45),
        x=0.01,
        ha="left",
        fontsize=theme.title_size,
        color=theme.text,
    )
    ax = fig.add_subplot()
    _style_axes(ax, theme)
    if not chart.has_data:
        style.no_data(fig, ax, tr("chart_render", "Inga uppgifter för perioden"))
        ax.texts[-1].set_fontsize(theme.label_size + 1)
        return fig
    if chart.kind == "heatmap":
        _heatmap(fig, ax, chart, theme)
    elif chart.kind == "line":
        _lines(ax, chart, theme)
    elif chart.kind == "barh":
        _horizontal_bars(fig, ax, chart, theme)
    else:
        _columns(ax, chart, theme, stacked=chart.kind == "stacked")
    if chart.target is not None and chart.kind != "heatmap":
        style.target_line(
            ax,
            chart.target,
            chart.target_label or tr("chart_render", "Mål"),
            chart.value_format,
            horizontal=chart.kind != "barh",
        )
        for line in ax.get_lines()[-1:]:
            line.set_linewidth(theme.line_width * 0.8)
    if (len(chart.series) > 1 or chart.target is not None) and chart.kind != "heatmap":
        if chart.kind in ("bar", "grouped", "stacked"):
            # Above the plot in one row: columns near a target fill the axes, and "best" then
            # puts the legend over the bars.
            handles = len(chart.series) + (chart.target is not None)
            ax.legend(
                frameon=False,
                fontsize=theme.label_size - 1,
                loc="lower left",
                bbox_to_anchor=(0.0, 1.0),
                ncol=handles,
                borderaxespad=0.2,
            )
        else:
            ax.legend(frameon=False, fontsize=theme.label_size - 1, loc="best")
    if chart.axis_label and chart.kind != "heatmap":
        setter = ax.set_xlabel if chart.kind == "barh" else ax.set_ylabel
        setter(chart.axis_label, fontsize=theme.label_size, color=theme.text)
    if chart.definition:
        fig.supxlabel(
            textwrap.fill(chart.definition, 110),
            fontsize=theme.note_size,
            color=theme.muted,
            ha="left",
            x=0.01,
        )
    return fig


def _style_axes(ax: Any, theme: style.Theme) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.muted)
    ax.tick_params(colors=theme.text, labelsize=theme.label_size - 1)
    ax.set_axisbelow(True)


def _values(values: tuple[int | float | None, ...]) -> list[float]:
    """Matplotlib's bars of a missing value: nothing drawn (NaN), never a zero-height bar read as 0."""
    return [float("nan") if v is None else float(v) for v in values]


def _labels(chart: Chart, values: tuple[int | float | None, ...]) -> list[str]:
    return [
        style.format_value(v, chart.value_format, 0 if chart.value_format == "int" else 1) for v in values
    ]


def _bar_labels(ax: Any, bars: Any, labels: list[str], theme: style.Theme, *, inside: bool = False) -> None:
    from matplotlib import patheffects

    texts = ax.bar_label(
        bars,
        labels=labels,
        padding=3,
        fontsize=theme.value_size,
        color=theme.text,
        label_type="center" if inside else "edge",
    )
    for text in texts:
        text.set_path_effects([patheffects.withStroke(linewidth=3, foreground="white")])
    # A missing value has no bar; its "–" stands at the base so nobody reads it as zero.
    for bar, label in zip(bars, labels, strict=True):
        if label == style.DASH:
            x, y = bar.get_x(), bar.get_y()
            horizontal = bar.get_height() == bar.get_height() and bar.get_width() != bar.get_width()
            where = (0.0, y + bar.get_height() / 2) if horizontal else (x + bar.get_width() / 2, 0.0)
            ax.annotate(
                style.DASH,
                where,
                xytext=(3, 0) if horizontal else (0, 3),
                textcoords="offset points",
                ha="left" if horizontal else "center",
                va="center" if horizontal else "bottom",
                fontsize=theme.value_size,
                color=theme.muted,
            )


def _columns(ax: Any, chart: Chart, theme: style.Theme, *, stacked: bool) -> None:
    count = len(chart.series)
    positions = list(range(len(chart.categories)))
    width = 0.7 if stacked or count == 1 else 0.8 / count
    bottoms = [0.0] * len(positions)
    for index, series in enumerate(chart.series):
        values = _values(series.values)
        if stacked:
            bars = ax.bar(
                positions, values, width, bottom=bottoms, color=style.series_colour(index), label=series.name
            )
            bottoms = [b + (0.0 if v != v else v) for b, v in zip(bottoms, values, strict=True)]
            _bar_labels(ax, bars, _labels(chart, series.values), theme, inside=True)
        else:
            shift = (index - (count - 1) / 2) * width
            bars = ax.bar(
                [p + shift for p in positions],
                values,
                width,
                color=style.series_colour(index),
                label=series.name,
            )
            _bar_labels(ax, bars, _labels(chart, series.values), theme)
    rotate = len(chart.categories) > 6 and max(len(c) for c in chart.categories) > 4
    ax.set_xticks(positions, [textwrap.fill(c, 14) for c in chart.categories], rotation=30 if rotate else 0)
    if rotate:
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
    ax.grid(axis="y", color=theme.grid, linewidth=0.8)
    style.number_axis(ax, chart.value_format, axis="y")
    _integer_ticks(ax.yaxis, chart)
    ax.margins(y=0.12)
    if len(positions) < MIN_SLOTS:
        pad = (MIN_SLOTS - len(positions)) / 2
        ax.set_xlim(-0.5 - pad, len(positions) - 0.5 + pad)


def _horizontal_bars(fig: Figure, ax: Any, chart: Chart, theme: style.Theme) -> None:
    count = len(chart.series)
    rows = len(chart.categories)
    if theme == style.REPORT_THEME:
        fig.set_size_inches(theme.size[0], min(max(2.6, 1.5 + 0.42 * rows * max(count, 1) ** 0.5), 11.0))
    height = 0.7 if count == 1 else 0.8 / count
    positions = list(range(rows))
    for index, series in enumerate(chart.series):
        shift = (index - (count - 1) / 2) * height
        bars = ax.barh(
            [p + shift for p in positions],
            _values(series.values),
            height,
            color=style.series_colour(index),
            label=series.name,
        )
        _bar_labels(ax, bars, _labels(chart, series.values), theme)
    ax.set_yticks(
        positions, [textwrap.fill(c, LABEL_WIDTH, break_long_words=False) for c in chart.categories]
    )
    ax.set_ylim(max(rows, MIN_SLOTS) - 0.5, -0.5)  # the first at the top; few bars stay slim
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color=theme.grid, linewidth=0.8)
    style.number_axis(ax, chart.value_format, axis="x")
    _integer_ticks(ax.xaxis, chart)
    ax.margins(x=0.15)


def _lines(ax: Any, chart: Chart, theme: style.Theme) -> None:
    positions = list(range(len(chart.categories)))
    for index, series in enumerate(chart.series):
        ax.plot(
            positions,
            _values(series.values),
            color=style.series_colour(index),
            linewidth=theme.line_width,
            marker="o",
            markersize=theme.line_width * 2.2,
            label=series.name,
        )
    ax.set_xticks(positions, list(chart.categories))
    ax.grid(axis="y", color=theme.grid, linewidth=0.8)
    style.number_axis(ax, chart.value_format, axis="y")
    _integer_ticks(ax.yaxis, chart)
    ax.set_ylim(bottom=_line_floor(chart))
    ax.margins(y=0.12)


def _line_floor(chart: Chart) -> float:
    """Where a line chart's value axis starts: at zero, except for shares, whose lines (answer rates of
    85–95 %) would be squeezed against the top; they start at the 5 % step below the lowest value."""
    if chart.value_format != "percent":
        return 0.0
    values = [float(v) for s in chart.series for v in s.values if v is not None]
    if chart.target is not None:
        values.append(float(chart.target))
    if not values:
        return 0.0
    return max(0.0, math.floor((min(values) - 0.05) * 20) / 20)


def _heatmap(fig: Figure, ax: Any, chart: Chart, theme: style.Theme) -> None:
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    grid = np.array([_values(s.values) for s in chart.series], dtype=float)
    colours = LinearSegmentedColormap.from_list("ekadm", ["#FFFFFF", style.SKY_BLUE, style.BLUE])
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=colours, aspect="auto")
    ax.set_xticks(range(len(chart.categories)), list(chart.categories))
    ax.set_yticks(range(len(chart.series)), [s.name for s in chart.series])
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    top = np.nanmax(grid) if np.isfinite(grid).any() else 0.0
    for row, series in enumerate(chart.series):
        for column, value in enumerate(series.values):
            dark = value is not None and top and value > top * 0.6
            ax.text(
                column,
                row,
                style.format_value(value, chart.value_format, 0 if chart.value_format == "int" else 1),
                ha="center",
                va="center",
                fontsize=theme.value_size - 1,
                color="white" if dark else theme.text,
            )
    fig.colorbar(image, ax=ax, shrink=0.8).ax.tick_params(labelsize=theme.value_size - 1)


def _integer_ticks(axis: Any, chart: Chart) -> None:
    if chart.value_format == "int":
        from matplotlib.ticker import MaxNLocator

        axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
