"""Charts of volumes, productivity, electronic shares, staffing need and revenue.

One function per chart, each taking the plain rows of ``services.indicators``,
``services.staffing_need`` or ``services.revenue`` and returning a matplotlib ``Figure`` in the
house style (``chart_style``). Values that do not exist (no FTE, no invoices) are left out of the
chart, never drawn as 0; a chart with nothing to show says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from ekadm_desktop.i18n import tr
from ekadm_desktop.periods import MONTH_SHORT_NAMES
from ekadm_desktop.reports import chart_style as cs

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ekadm_desktop.services.indicators import ProductivityRow, ShareRow
    from ekadm_desktop.services.revenue import RevenueTotal, WhatIfResult
    from ekadm_desktop.services.staffing_need import StaffingNeedRow

CONTEXT = "volume_charts"
ROW_HEIGHT = 0.3  # inches per bar of a horizontal chart
TOP_CUSTOMERS = 15  # customers named in the revenue chart; the rest are summed
Ledger = Literal["customer", "supplier", "all"]


def _month_index(period_key: str) -> int:
    return int(period_key[5:7]) - 1


def _month_axis(ax: Any) -> None:
    ax.set_xticks(range(12), MONTH_SHORT_NAMES)
    ax.set_xlim(-0.6, 11.6)


def _nothing(fig: Figure, ax: Any) -> Figure:
    return cs.no_data(fig, ax, tr("volume_charts", "Inga volymer under perioden"))


def volume_trend_chart(
    rows: Sequence[ProductivityRow], last_year: Sequence[ProductivityRow] = (), *, year: int, scope: str = ""
) -> Figure:
    """Invoices per month and ledger process (``IndicatorBook.monthly_productivity`` rows of one
    scope); last year's months as dashed lines of the same colour."""
    fig, ax = cs.new_figure(cs.titled(tr("volume_charts", "Volymer per process"), str(year), scope))
    processes = list(dict.fromkeys(r.process_name for r in [*rows, *last_year]))
    if not any(r.invoices for r in [*rows, *last_year]):
        return _nothing(fig, ax)
    for index, process in enumerate(processes):
        colour = cs.series_colour(index)
        mine = [r for r in rows if r.process_name == process]
        ax.plot(
            [_month_index(r.period_key) for r in mine],
            [r.invoices for r in mine],
            color=colour,
            linewidth=2.0,
            marker="o",
            label=f"{process} {year}",
        )
        old = [r for r in last_year if r.process_name == process]
        if old:
            ax.plot(
                [_month_index(r.period_key) for r in old],
                [r.invoices for r in old],
                color=colour,
                linewidth=1.4,
                linestyle="--",
                label=f"{process} {year - 1}",
            )
    _month_axis(ax)
    ax.set_ylim(bottom=0)
    cs.number_axis(ax, "int")
    ax.set_ylabel(tr("volume_charts", "Antal fakturor"), fontsize=cs.LABEL_SIZE)
    cs.legend(ax)
    return fig


def invoices_per_fte_chart(
    rows: Sequence[ProductivityRow], *, year: int, scope: str = "", target: float | None = None
) -> Figure:
    """One ledger's invoices per FTE each month as bars, with the year's target as a dashed line.

    ``rows`` are the monthly rows of one indicator and scope; months without a value (no FTE) get
    no bar and a "–" where the bar would stand. ``target`` defaults to the rows' target.
    """
    label = rows[0].label if rows else tr("volume_charts", "Fakturor per årsarbetare och månad")
    fig, ax = cs.new_figure(cs.titled(label, str(year), scope))
    if target is None and rows:
        target = rows[0].target
    if not any(r.value is not None for r in rows):
        return cs.no_data(fig, ax, tr("volume_charts", "Inga årsarbetare eller fakturor under perioden"))
    shown = [r for r in rows if r.value is not None]
    bars = ax.bar(
        [_month_index(r.period_key) for r in shown],
        [r.value for r in shown],
        width=0.65,
        color=[cs.STATUS_COLOURS[r.status] if r.target is not None else cs.BLUE for r in shown],
        zorder=2,
    )
    for bar, r in zip(bars, shown, strict=True):
        ax.annotate(
            cs.format_int(r.value),
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=cs.VALUE_SIZE - 1,
            color=cs.TEXT,
        )
    for r in rows:
        if r.value is None:
            ax.annotate(cs.DASH, (_month_index(r.period_key), 0), ha="center", va="bottom", color=cs.MUTED)
    cs.target_line(ax, target, tr("volume_charts", "Mål"))
    _month_axis(ax)
    top = max([float(r.value or 0) for r in shown] + [float(target or 0)])
    ax.set_ylim(0, top * 1.15)
    cs.number_axis(ax, "int")
    ax.set_ylabel(tr("volume_charts", "Fakturor per årsarbetare"), fontsize=cs.LABEL_SIZE)
    if target is not None:
        cs.legend(ax)
    return fig


def electronic_share_chart(
    rows: Sequence[ShareRow], ledger: Ledger = "all", *, period: str = "", scope: str = ""
) -> Figure:
    """Each customer's electronic share as a horizontal bar, highest first (the total row, if
    given, as a dashed line); customers without invoices are left out."""
    titles = {
        "customer": tr("volume_charts", "E-andel kundfakturor per kund"),
        "supplier": tr("volume_charts", "E-andel leverantörsfakturor per kund"),
        "all": tr("volume_charts", "E-andel alla fakturor per kund"),
    }

    def share(row: ShareRow) -> float | None:
        if ledger == "customer":
            return row.customer_share.value
        if ledger == "supplier":
            return row.supplier_share.value
        return row.electronic_share

    customers = [
        (r.customer_name, value)
        for r in rows
        if r.customer_id is not None and (value := share(r)) is not None
    ]
    total = next((share(r) for r in rows if r.customer_id is None), None)
    height = max(cs.FIGURE_SIZE[1], 1.2 + ROW_HEIGHT * len(customers))
    fig, ax = cs.new_figure(cs.titled(titles[ledger], period, scope), size=(cs.FIGURE_SIZE[0], height))
    if not customers:
        return cs.no_data(fig, ax, tr("volume_charts", "Inga fakturor under perioden"))
    customers.sort(key=lambda c: (c[1], c[0]))  # highest at the top of a barh
    names = [name for name, _ in customers]
    values = [value for _, value in customers]
    bars = ax.barh(range(len(customers)), values, color=cs.BLUE, height=0.7, zorder=2)
    for bar, value in zip(bars, values, strict=True):
        ax.annotate(
            cs.format_percent(value),
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=cs.VALUE_SIZE - 1,
            color=cs.TEXT,
        )
    ax.set_yticks(range(len(names)), names, fontsize=cs.LABEL_SIZE - 2)
    ax.set_xlim(0, 1.12)
    cs.number_axis(ax, "percent", axis="x")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=cs.GRID, linewidth=0.8)
    if total is not None:
        ax.axvline(
            total,
            color=cs.MUTED,
            linestyle=":",
            linewidth=1.4,
            label=tr("volume_charts", "Totalt {share}").format(share=cs.format_percent(total)),
        )
        cs.legend(ax)
    return fig


def staffing_chart(rows: Sequence[StaffingNeedRow], *, year: int, scope: str = "") -> Figure:
    """Actual FTE per month and ledger process as bars, the FTE the volumes need as black marks."""
    fig, ax = cs.new_figure(cs.titled(tr("volume_charts", "Bemanning mot behov"), str(year), scope))
    processes = list(dict.fromkeys(r.process_name for r in rows))
    if not rows or not any(r.actual_fte or r.needed_fte for r in rows):
        return cs.no_data(fig, ax, tr("volume_charts", "Ingen bemanning eller volym under perioden"))
    width = 0.8 / max(len(processes), 1)
    for index, process in enumerate(processes):
        mine = [r for r in rows if r.process_name == process]
        offset = (index - (len(processes) - 1) / 2) * width
        xs = [_month_index(r.period_key) + offset for r in mine]
        ax.bar(
            xs,
            [r.actual_fte or 0 for r in mine],
            width=width * 0.9,
            color=cs.series_colour(index),
            label=tr("volume_charts", "{process}, årsarbetare").format(process=process),
            zorder=2,
        )
        needed = [(x, r.needed_fte) for x, r in zip(xs, mine, strict=True) if r.needed_fte is not None]
        ax.scatter(
            [x for x, _ in needed],
            [n for _, n in needed],
            marker="_",
            s=260,
            linewidths=2.5,
            color=cs.BLACK,
            zorder=3,
            label=tr("volume_charts", "Behov enligt målet") if index == 0 else None,
        )
    _month_axis(ax)
    ax.set_ylim(bottom=0)
    cs.number_axis(ax, "decimal", decimals=0)
    ax.set_ylabel(tr("volume_charts", "Årsarbetare"), fontsize=cs.LABEL_SIZE)
    ax.legend(
        frameon=False,
        fontsize=cs.LABEL_SIZE - 1,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.1),
        ncols=len(processes) + 1,
    )
    return fig


def revenue_chart(
    totals: Sequence[RevenueTotal], *, period: str = "", scope: str = "", top: int = TOP_CUSTOMERS
) -> Figure:
    """Revenue per customer as horizontal bars, largest at the top: volumes and hours stacked.

    The ``top`` largest customers are shown by name, the rest summed as "Övriga (n kunder)".
    """
    from ekadm_desktop.services.revenue import RevenueTotal

    shown = sorted((t for t in totals if t.total), key=lambda t: (-t.total, t.name))
    if len(shown) > top + 1:
        rest = shown[top:]
        others = RevenueTotal(
            "others",
            tr("volume_charts", "Övriga ({count} kunder)").format(count=len(rest)),
            sum((t.volumes for t in rest), Decimal(0)),
            sum((t.hours for t in rest), Decimal(0)),
        )
        shown = [*shown[:top], others]
    height = max(cs.FIGURE_SIZE[1], 1.2 + ROW_HEIGHT * len(shown))
    fig, ax = cs.new_figure(
        cs.titled(tr("volume_charts", "Intäkter per kund"), period, scope), size=(cs.FIGURE_SIZE[0], height)
    )
    if not shown:
        return cs.no_data(fig, ax, tr("volume_charts", "Inga intäkter under perioden"))
    ordered = list(reversed(shown))  # the largest at the top of a barh
    ys = range(len(ordered))
    volumes = [float(t.volumes) for t in ordered]
    hours = [float(t.hours) for t in ordered]
    ax.barh(ys, volumes, color=cs.BLUE, height=0.7, label=tr("volume_charts", "Transaktioner"), zorder=2)
    ax.barh(
        ys, hours, left=volumes, color=cs.ORANGE, height=0.7, label=tr("volume_charts", "Timmar"), zorder=2
    )
    for y, t in zip(ys, ordered, strict=True):
        ax.annotate(
            cs.format_sek(t.total),
            (float(t.total), y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=cs.VALUE_SIZE - 1,
            color=cs.TEXT,
        )
    ax.set_yticks(list(ys), [t.name for t in ordered], fontsize=cs.LABEL_SIZE - 2)
    ax.set_xlim(0, max(float(t.total) for t in ordered) * 1.25)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    cs.number_axis(ax, "int", axis="x")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=cs.GRID, linewidth=0.8)
    cs.legend(ax)
    return fig


def what_if_chart(result: WhatIfResult) -> Figure:
    """Revenue and FTE needed before and after a raised electronic share, side by side."""
    from matplotlib.figure import Figure

    title = cs.titled(
        tr("volume_charts", "Om e-andelen höjs {points} procentenheter").format(
            points=cs.format_decimal(result.points, 0)
        ),
        result.period.label,
        result.scope_name,
    )
    fig = Figure(figsize=cs.FIGURE_SIZE, dpi=100, layout="constrained")
    fig.set_label(title)
    fig.suptitle(title, fontsize=cs.TITLE_SIZE, color=cs.TEXT, x=0.02, ha="left")
    labels = [tr("volume_charts", "Före"), tr("volume_charts", "Efter")]
    panels: list[tuple[str, list[float | None], cs.NumberFormat]] = [
        (
            tr("volume_charts", "Intäkter"),
            [float(result.revenue_before), float(result.revenue_after)],
            "sek",
        ),
        (
            tr("volume_charts", "Årsarbetare som behövs"),
            [result.fte_needed_before, result.fte_needed_after],
            "decimal",
        ),
    ]
    for index, (name, values, kind) in enumerate(panels):
        ax = fig.add_subplot(1, 2, index + 1)
        cs.style_axes(ax)
        ax.set_title(name, fontsize=cs.LABEL_SIZE, color=cs.TEXT, loc="left")
        shown = [v if v is not None else 0.0 for v in values]
        bars = ax.bar(labels, shown, color=[cs.GREY, cs.BLUE], width=0.6, zorder=2)
        for bar, value in zip(bars, values, strict=True):
            ax.annotate(
                cs.format_value(value, kind),
                (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=cs.VALUE_SIZE,
                color=cs.TEXT,
            )
        top = max(shown) if shown else 0.0
        ax.set_ylim(0, (top or 1.0) * 1.18)
        cs.number_axis(ax, "int" if kind == "sek" else "decimal", decimals=0)
    return fig
