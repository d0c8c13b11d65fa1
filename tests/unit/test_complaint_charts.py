"""The complaint charts: each holds exactly the numbers it was given, reads well and renders to PNG."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.text import Text

from ekadm_desktop.periods import Month, Tertial, Year
from ekadm_desktop.reports import complaint_charts as charts
from ekadm_desktop.services.complaints import GroupCount, HandlingTimes, PeriodCount

NOTHING = "Inga klagomål under perioden"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# -- helpers ---------------------------------------------------------------------------------------


def months(year: int, counts: list[int]) -> list[PeriodCount]:
    return [PeriodCount(Month(year, number), count) for number, count in enumerate(counts, start=1)]


def tertials(year: int, counts: list[int]) -> list[PeriodCount]:
    return [PeriodCount(Tertial(year, number), count) for number, count in enumerate(counts, start=1)]


def groups(*pairs: tuple[str, int], keys: list[Any] | None = None) -> list[GroupCount]:
    return [GroupCount(keys[n] if keys else n + 1, label, count) for n, (label, count) in enumerate(pairs)]


def times(**values: Any) -> HandlingTimes:
    defaults: dict[str, Any] = {
        "received": 6,
        "answered": 3,
        "closed": 2,
        "median_response_days": 10.0,
        "mean_response_days": 12.0,
        "median_lead_days": 17.5,
        "mean_lead_days": 17.5,
        "answered_within_deadline": 2,
        "within_deadline_share": 2 / 3,
    }
    return HandlingTimes(**(defaults | values))


def unanswered(received: int) -> HandlingTimes:
    """Handling times with nothing answered or closed: every time and the share are None."""
    return HandlingTimes(received, 0, 0, None, None, None, None, 0, None)


def the_axes(fig: Figure) -> Any:
    (ax,) = fig.axes
    return ax


def bar_values(ax: Any, label: str | None = None) -> list[float]:
    """The heights (vertical bars) or widths (horizontal bars, drawn with the y axis inverted so the
    first is at the top) of the bars, of the series ``label`` if given."""
    horizontal = ax.yaxis_inverted()
    return [
        patch.get_width() if horizontal else patch.get_height()
        for container in ax.containers
        if label is None or container.get_label() == label
        for patch in container.patches
    ]


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def tick_labels(ax: Any, axis: str) -> list[str]:
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text().replace("\n", " ") for t in labels]


def render(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buffer = BytesIO()
    fig.savefig(buffer, format="png", dpi=150)
    data = buffer.getvalue()
    assert data.startswith(PNG_SIGNATURE)
    return data


def png_size(data: bytes) -> tuple[int, int]:
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


# -- per month and per tertial -----------------------------------------------------------------------


def test_per_month_holds_the_counts_and_last_year_as_a_line() -> None:
    this_year = [2, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1]
    last_year = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]
    fig = charts.per_month_chart(months(2010, this_year), months(2009, last_year), scope="Enhet Nord")
    ax = the_axes(fig)
    assert bar_values(ax, "2010") == this_year
    (line,) = ax.get_lines()
    assert list(line.get_ydata()) == last_year and line.get_label() == "2009"
    assert tick_labels(ax, "x") == [
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
    ]
    assert fig.get_suptitle() == "Klagomål per månad 2010 – Enhet Nord" == fig.get_label()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["2010", "2009"]
    labels = [t.get_text() for t in ax.texts]  # the count at each bar
    assert labels == [str(c) for c in this_year]
    data = render(fig)
    assert png_size(data) == (1200, 675)


def test_per_month_without_last_year_has_no_line_and_no_legend() -> None:
    ax = the_axes(charts.per_month_chart(months(2010, [1] * 12)))
    assert ax.get_lines() == [] and ax.get_legend() is None
    assert bar_values(ax) == [1] * 12


def test_per_month_shows_last_year_even_when_this_year_has_none() -> None:
    fig = charts.per_month_chart(months(2011, [0] * 12), months(2010, [0, 2] + [0] * 10))
    assert NOTHING not in texts(fig)
    assert list(the_axes(fig).get_lines()[0].get_ydata()) == [0, 2] + [0] * 10


def test_a_year_not_yet_over_has_bars_for_its_months_so_far() -> None:
    ax = the_axes(charts.per_month_chart(months(2011, [1, 2, 0]), months(2010, [1] * 12)))
    assert bar_values(ax, "2011") == [1, 2, 0]
    assert [p.get_x() + p.get_width() / 2 for p in ax.containers[0].patches] == pytest.approx([0, 1, 2])
    assert list(ax.get_lines()[0].get_xdata()) == list(range(12))
    assert len(tick_labels(ax, "x")) == 12
    ax = the_axes(charts.per_tertial_chart(tertials(2011, [4]), tertials(2010, [1, 2, 3])))
    assert bar_values(ax, "2011") == [4] and bar_values(ax, "2010") == [1, 2, 3]
    assert tick_labels(ax, "x") == ["T1 jan–apr", "T2 maj–aug", "T3 sep–dec"]


def test_per_tertial_puts_each_tertial_beside_last_year() -> None:
    fig = charts.per_tertial_chart(tertials(2010, [3, 1, 2]), tertials(2009, [2, 0, 0]), scope="Alla enheter")
    ax = the_axes(fig)
    assert bar_values(ax, "2010") == [3, 1, 2]
    assert bar_values(ax, "2009") == [2, 0, 0]
    assert tick_labels(ax, "x") == ["T1 jan–apr", "T2 maj–aug", "T3 sep–dec"]
    assert fig.get_suptitle() == "Klagomål per tertial 2010 jämfört med 2009 – Alla enheter"
    # Last year's bar stands left of this year's.
    old, new = (c.patches[0].get_x() for c in ax.containers)
    assert old < new
    render(fig)


# -- per customer, process, category and cause ---------------------------------------------------------


def test_per_customer_sorts_and_sums_the_rest_as_others() -> None:
    names = [
        (f"Förvaltning {chr(ord('A') + n)}", count)
        for n, count in enumerate([1, 9, 3, 3, 2, 8, 1, 1, 4, 5, 6, 7, 2])
    ]
    fig = charts.per_customer_chart(groups(*names), Year(2010), top=10)
    ax = the_axes(fig)
    values = bar_values(ax)
    assert values == [9, 8, 7, 6, 5, 4, 3, 3, 2, 2, 3]  # the ten most, then the other three summed
    labels = tick_labels(ax, "y")
    assert labels[0] == "Förvaltning B" and labels[1] == "Förvaltning F"
    assert labels[-1] == "Övriga (3 kunder)"
    assert sum(values) == sum(count for _name, count in names)
    assert fig.get_suptitle() == "Klagomål per kund, 2010"
    assert ax.yaxis_inverted()  # the most at the top
    render(fig)


def test_complaints_without_a_customer_are_never_summed_with_others() -> None:
    data = [GroupCount(n, f"Kund {n}", 10 - n) for n in range(1, 6)] + [GroupCount(None, "(ingen kund)", 1)]
    ax = the_axes(charts.per_customer_chart(data, Year(2010), top=2))
    assert tick_labels(ax, "y") == ["Kund 1", "Kund 2", "Övriga (3 kunder)", "(ingen kund)"]
    assert bar_values(ax) == [9, 8, 7 + 6 + 5, 1]
    positions = [p.get_y() for p in ax.containers[0].patches]
    assert positions[2] - positions[1] > positions[1] - positions[0]  # "Övriga" set apart
    assert positions[3] - positions[2] == pytest.approx(positions[1] - positions[0])


def test_one_group_beyond_the_top_keeps_its_name() -> None:
    names = [(f"Kund {n}", 12 - n) for n in range(11)]
    ax = the_axes(charts.per_customer_chart(groups(*names), Year(2010), top=10))
    assert tick_labels(ax, "y") == [name for name, _ in names]
    assert bar_values(ax) == [count for _, count in names]


def test_long_names_wrap_and_are_never_cut() -> None:
    name = "Enskede-Årsta-Vantör stadsdelsförvaltning"
    ax = the_axes(charts.per_customer_chart(groups((name, 4), ("Fastighetskontoret", 2)), Month(2010, 3)))
    (first, second) = [t.get_text() for t in ax.get_yticklabels()]
    assert "\n" in first and first.replace("\n", " ") == name
    assert second == "Fastighetskontoret"


def test_per_process_counts_and_the_group_without_a_process() -> None:
    data = [
        GroupCount(1, "Kundreskontra", 3),
        GroupCount(2, "Leverantörsreskontra", 2),
        GroupCount(None, "(ingen process)", 1),
    ]
    fig = charts.per_process_chart(data, Tertial(2010, 1), scope="Enhet Syd")
    ax = the_axes(fig)
    assert bar_values(ax) == [3, 2, 1]
    assert tick_labels(ax, "y") == ["Kundreskontra", "Leverantörsreskontra", "(ingen process)"]
    assert fig.get_suptitle() == "Klagomål per process, T1 2010 (jan–apr) – Enhet Syd"
    render(fig)


def test_per_category_keeps_the_register_order_and_zeros() -> None:
    data = groups(("Handläggningstid", 3), ("Fel i handläggning", 1), ("Bemötande", 0), ("Övrigt", 0))
    ax = the_axes(charts.per_category_chart(data, Year(2010)))
    assert tick_labels(ax, "y") == ["Handläggningstid", "Fel i handläggning", "Bemötande", "Övrigt"]
    assert bar_values(ax) == [3, 1, 0, 0]
    assert [t.get_text() for t in ax.texts] == ["3", "1", "0", "0"]


def test_per_cause_highlights_own_errors() -> None:
    data = groups(
        ("Eget fel", 2),
        ("Kundens fel", 1),
        ("Tredje part", 0),
        ("System (ekonomisystemet)", 0),
        ("Oklart", 4),
        keys=["own", "customer", "third_party", "system", "unclear"],
    )
    fig = charts.per_cause_chart(data, Month(2010, 12))
    ax = the_axes(fig)
    assert bar_values(ax) == [2, 1, 0, 0, 4]
    colours = [to_hex(p.get_facecolor()) for p in ax.containers[0].patches]
    assert colours[0] != colours[1] and len(set(colours[1:])) == 1
    weights = [t.get_fontweight() for t in ax.get_yticklabels()]
    assert weights[0] == "bold" and "bold" not in weights[1:]
    assert fig.get_suptitle() == "Klagomål per felorsak, december 2010"
    render(fig)


# -- handling times --------------------------------------------------------------------------------


def test_handling_times_show_the_figures() -> None:
    fig = charts.handling_times_chart(times(), Year(2010), scope="Alla enheter")
    shown = texts(fig)
    for expected in ("6", "3", "2", "10 dagar", "12 dagar", "17,5 dagar", "67\u00a0%"):
        assert expected in shown
    assert fig.get_suptitle() == "Handläggningstider, 2010 – Alla enheter"
    render(fig)


def test_handling_times_without_answers_show_a_dash_never_a_share() -> None:
    fig = charts.handling_times_chart(
        unanswered(received=1),
        Tertial(2010, 2),
    )
    shown = texts(fig)
    assert shown.count("–") == 5  # four times and the share
    assert not any("%" in text for text in shown)
    assert not any("dag" in text and text[0].isdigit() for text in shown)
    render(fig)


@pytest.mark.parametrize(
    ("share", "text"),
    [
        (1.0, "100\u00a0%"),
        (0.996, "99,6\u00a0%"),
        (0.9999, "99,9\u00a0%"),
        (0.0, "0\u00a0%"),
        (0.002, "0,2\u00a0%"),
    ],
)
def test_a_share_is_100_percent_only_when_all_were_in_time(share: float, text: str) -> None:
    assert text in texts(charts.handling_times_chart(times(within_deadline_share=share), Year(2010)))


def test_one_day_is_singular() -> None:
    shown = texts(charts.handling_times_chart(times(median_response_days=1.0), Year(2010)))
    assert "1 dag" in shown


# -- nothing to show -------------------------------------------------------------------------------


EMPTY_CHARTS = {
    "per month": lambda: charts.per_month_chart(months(2012, [0] * 12), months(2011, [0] * 12)),
    "per month, no data at all": lambda: charts.per_month_chart([]),
    "per tertial": lambda: charts.per_tertial_chart(tertials(2012, [0, 0, 0]), tertials(2011, [0, 0, 0])),
    "per customer": lambda: charts.per_customer_chart([], Year(2012)),
    "per process": lambda: charts.per_process_chart([], Month(2012, 1)),
    "per category": lambda: charts.per_category_chart(
        groups(("Handläggningstid", 0), ("System", 0)), Year(2012)
    ),
    "per cause": lambda: charts.per_cause_chart(groups(("Eget fel", 0), keys=["own"]), Year(2012)),
    "handling times": lambda: charts.handling_times_chart(
        unanswered(received=0),
        Year(2012),
    ),
}


@pytest.mark.parametrize("build", EMPTY_CHARTS.values(), ids=EMPTY_CHARTS.keys())
def test_a_period_without_complaints_says_so(build: Any) -> None:
    fig = build()
    assert NOTHING in texts(fig)
    ax = the_axes(fig)
    assert ax.containers == [] and ax.get_lines() == []
    assert not ax.axison
    assert fig.get_suptitle()  # still says what and when
    render(fig)


# -- readability -----------------------------------------------------------------------------------


def all_charts() -> dict[str, Figure]:
    customer_data = groups(*[(f"Förvaltning {n}", n) for n in range(1, 16)])
    return {
        "month": charts.per_month_chart(
            months(2010, [3, 5, 0, 7, 2, 1, 0, 0, 4, 6, 2, 1]), months(2009, [1] * 12)
        ),
        "tertial": charts.per_tertial_chart(tertials(2010, [15, 3, 13]), tertials(2009, [4, 4, 4])),
        "customer": charts.per_customer_chart(customer_data, Year(2010)),
        "process": charts.per_process_chart(groups(("Kundreskontra", 7), ("Kassa/bank", 2)), Year(2010)),
        "category": charts.per_category_chart(groups(("Bemötande", 1), ("System", 2)), Year(2010)),
        "cause": charts.per_cause_chart(
            groups(("Eget fel", 5), ("Oklart", 2), keys=["own", "unclear"]), Year(2010)
        ),
        "times": charts.handling_times_chart(times(), Year(2010)),
    }


@pytest.mark.parametrize("name", list(all_charts()))
def test_text_is_at_least_10_points(name: str) -> None:
    fig = all_charts()[name]
    render(fig)  # ticks are made when drawn
    sizes = [t.get_fontsize() for t in fig.findobj(Text) if t.get_text() and t.get_visible()]
    assert sizes and min(sizes) >= 10


@pytest.mark.parametrize("name", ["month", "tertial", "customer", "process", "category", "cause"])
def test_count_axes_start_at_zero_with_whole_number_ticks(name: str) -> None:
    fig = all_charts()[name]
    render(fig)
    ax = the_axes(fig)
    horizontal = ax.yaxis_inverted()
    low, _high = ax.get_xlim() if horizontal else ax.get_ylim()
    ticks = ax.get_xticks() if horizontal else ax.get_yticks()
    assert low == 0
    assert all(float(t).is_integer() for t in ticks)
    assert fig.get_suptitle() and "2010" in fig.get_suptitle()  # the period in the title


def test_importing_the_charts_loads_neither_matplotlib_nor_qt() -> None:
    code = (
        "import sys, ekadm_desktop.reports.complaint_charts; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'PySide6')))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
