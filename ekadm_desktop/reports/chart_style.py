"""The one chart style of the app: colours, sizes, Swedish number formats, titles and target lines.

Every chart (views, PDF, Excel images, PowerPoint, presentation mode) is made through this module so
that they look alike and format numbers alike. It is Qt-free; matplotlib is imported only when a
figure is made.

- Colours are Okabe–Ito (told apart with every common colour-vision deficiency, and apart in grey
  scale and on a washed-out projector). ``SERIES`` is the order in which series take them.
- Numbers are Swedish: a (non-breaking) space as thousands separator, decimal comma, ``%`` with a
  space before it (``94,0 %``), "–" for a figure that does not exist (no calls, no FTE), never 0.
- Titles name their period (``titled("Fakturor per årsarbetare", "mars 2010")``).
- A target line is dashed, labelled with its value, and drawn wherever a target exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe–Ito.
BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#8C8C8C"
BLACK = "#000000"
TEXT = "#222222"
MUTED = "#555555"
GRID = "#E3E3E3"
BAND = "#F2F2F2"
TARGET = VERMILLION  # target lines
SERIES: tuple[str, ...] = (BLUE, ORANGE, GREEN, SKY_BLUE, VERMILLION, PURPLE, YELLOW, GREY)

# Status against target (green / amber / red), for tables and key figures. Not the only carrier of
# meaning: the status is always written out as well ("Uppnått", "Nära", "Under").
STATUS_COLOURS = {"green": GREEN, "amber": ORANGE, "red": VERMILLION, "none": GREY}

FIGURE_SIZE = (8.0, 4.5)  # inches: 1200 × 675 pixels at 150 dpi
EXPORT_DPI = 150  # PNG in Excel and on screen copies
PRINT_DPI = 200  # raster fallback; PDFs embed charts as vectors
TITLE_SIZE = 13.0
LABEL_SIZE = 11.0
VALUE_SIZE = 10.0
NOTE_SIZE = 10.0

NBSP = "\u00a0"
DASH = "–"

NumberFormat = Literal["int", "decimal", "percent", "sek", "seconds", "text"]
Number = int | float | Decimal


# -- numbers -------------------------------------------------------------------------------------


def format_int(value: Number | None) -> str:
    if value is None:
        return DASH
    return f"{round(float(value)):,}".replace(",", NBSP)


def format_decimal(value: Number | None, decimals: int = 1) -> str:
    if value is None:
        return DASH
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def format_percent(share: Number | None, decimals: int = 1) -> str:
    """A share (0.94) as Swedish per cent (``94,0 %``)."""
    if share is None:
        return DASH
    return f"{format_decimal(float(share) * 100, decimals)}{NBSP}%"


def format_sek(value: Number | None) -> str:
    if value is None:
        return DASH
    return f"{format_int(value)}{NBSP}kr"


def format_seconds(value: Number | None) -> str:
    """Seconds as ``m:ss`` (or ``h:mm:ss`` from an hour)."""
    if value is None:
        return DASH
    total = round(float(value))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def format_value(value: object, kind: NumberFormat, decimals: int = 1) -> str:
    """``value`` in the Swedish form of ``kind``; ``None`` is "–"."""
    if value is None:
        return DASH
    if kind == "text" or isinstance(value, str):
        return str(value)
    assert isinstance(value, int | float | Decimal)
    if kind == "int":
        return format_int(value)
    if kind == "decimal":
        return format_decimal(value, decimals)
    if kind == "percent":
        return format_percent(value, decimals)
    if kind == "sek":
        return format_sek(value)
    return format_seconds(value)


def titled(title: str, period: str = "", scope: str = "") -> str:
    """``title`` naming its period and scope: "Fakturor per årsarbetare – Enhet Nord, mars 2010"."""
    tail = ", ".join(part for part in (scope, period) if part)
    return f"{title} – {tail}" if tail else title


# -- figures -------------------------------------------------------------------------------------


def new_figure(title: str, size: tuple[float, float] = FIGURE_SIZE) -> tuple[Figure, Any]:
    """A figure with one axes in the house style; ``fig.get_label()`` is the title (for file names)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=100, layout="constrained")
    fig.set_label(title)
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=TITLE_SIZE, color=TEXT, loc="left", pad=10)
    style_axes(ax)
    return fig, ax


def style_axes(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(MUTED)
    ax.tick_params(colors=TEXT, labelsize=LABEL_SIZE - 1)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)


def number_axis(ax: Any, kind: NumberFormat, *, axis: Literal["x", "y"] = "y", decimals: int = 0) -> None:
    """Tick labels of ``axis`` in the Swedish form of ``kind`` (percent axes take shares 0–1)."""
    from matplotlib.ticker import FuncFormatter

    formatter = FuncFormatter(lambda value, _pos: format_value(value, kind, decimals))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)


def target_line(
    ax: Any, value: Number | None, label: str, kind: NumberFormat = "int", *, horizontal: bool = True
) -> None:
    """A dashed target line at ``value`` with its label and value (nothing when there is no target)."""
    if value is None:
        return
    text = f"{label} {format_value(value, kind)}"
    if horizontal:
        ax.axhline(float(value), color=TARGET, linestyle="--", linewidth=1.6, label=text, zorder=3)
    else:
        ax.axvline(float(value), color=TARGET, linestyle="--", linewidth=1.6, label=text, zorder=3)


def no_data(fig: Figure, ax: Any, message: str) -> Figure:
    """Say ``message`` in the middle of an empty chart instead of drawing empty axes."""
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=LABEL_SIZE + 1,
        color=MUTED,
        transform=ax.transAxes,
    )
    return fig


def legend(ax: Any, handles: Sequence[Any] | None = None) -> None:
    kwargs: dict[str, Any] = {"frameon": False, "fontsize": LABEL_SIZE - 1, "loc": "best"}
    if handles is not None:
        kwargs["handles"] = list(handles)
    ax.legend(**kwargs)


def series_colour(index: int) -> str:
    return SERIES[index % len(SERIES)]


# -- themes ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    """Sizes and colours of one medium: a report page (the default) or a projector slide."""

    size: tuple[float, float] = FIGURE_SIZE
    title_size: float = TITLE_SIZE
    label_size: float = LABEL_SIZE
    value_size: float = VALUE_SIZE
    note_size: float = NOTE_SIZE
    text: str = TEXT
    muted: str = MUTED
    grid: str = GRID
    line_width: float = 2.0


REPORT_THEME = Theme()
# Readable from the back of a meeting room at 1024 × 768: large type, black on white, thick lines.
PRESENTATION_THEME = Theme(
    size=(10.24, 7.68),
    title_size=26.0,
    label_size=18.0,
    value_size=16.0,
    note_size=15.0,
    text=BLACK,
    muted="#333333",
    grid="#BBBBBB",
    line_width=3.5,
)
