"""The report document: what a report says, as plain data every renderer takes.

A report definition (``reports/definitions.py``) asks the services for its figures and returns a
``ReportDocument``; the PDF, Excel and PowerPoint renderers and the presentation mode each turn the
same document into their native form. Charts are described as data (categories, named series, a
target), not as pictures, so Excel and PowerPoint get native, editable charts and the PDF and the
screen a matplotlib figure (``reports/chart_render.py``) - one set of numbers behind all of them.

A value that does not exist (no calls, no FTE) is ``None`` and shown as "–", never 0. A section
without data has no blocks and says so in ``empty_message`` instead of showing zeros.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Literal, TypeAlias

from ekadm_desktop.reports.chart_style import NumberFormat

Value: TypeAlias = int | float | Decimal | str | date | None  # a date in a "text" column
ChartKind = Literal["bar", "barh", "line", "stacked", "grouped", "heatmap"]
Status = Literal["green", "amber", "red", "none"]


@dataclass(frozen=True)
class Column:
    """A table column: its heading and how its numbers are written (``chart_style.format_value``)."""

    title: str
    format: NumberFormat = "text"
    decimals: int = 1


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    totals: tuple[Value, ...] | None = None  # a last row in bold ("Totalt", …)
    note: str = ""  # a definition or a remark printed under the table

    def __post_init__(self) -> None:
        width = len(self.columns)
        for row in (*self.rows, *([self.totals] if self.totals is not None else [])):
            if len(row) != width:
                raise ValueError(f"Tabellen {self.title!r}: en rad har {len(row)} värden, väntade {width}.")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int | float | None, ...]


@dataclass(frozen=True)
class Chart:
    """A chart as data. ``bar`` and ``grouped`` are vertical bars (one or more series side by side),
    ``barh`` horizontal bars (the first category at the top), ``stacked`` stacked columns, ``line``
    lines with markers, ``heatmap`` one row per series and one column per category."""

    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_format: NumberFormat = "int"
    target: float | None = None
    target_label: str = ""
    definition: str = ""  # what the figure means, printed under the chart
    axis_label: str = ""

    def __post_init__(self) -> None:
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError(
                    f"Diagrammet {self.title!r}: serien {series.name!r} har {len(series.values)} värden "
                    f"för {len(self.categories)} kategorier."
                )

    @property
    def has_data(self) -> bool:
        return any(v is not None and v != 0 for s in self.series for v in s.values)


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: int | float | Decimal | None
    format: NumberFormat = "int"
    target: int | float | None = None
    status: Status = "none"
    note: str = ""  # e.g. "förra året: 12"


@dataclass(frozen=True)
class KeyFigures:
    title: str
    items: tuple[KeyFigure, ...]


@dataclass(frozen=True)
class Text:
    title: str
    paragraphs: tuple[str, ...]
    numbered: bool = False  # an agenda: the paragraphs as a numbered list


@dataclass(frozen=True)
class MinutesPage:
    """A page to write the minutes on: each heading with room under it."""

    title: str
    headings: tuple[str, ...]
    fields: tuple[str, ...] = ()  # "Datum", "Närvarande", "Protokollförare", …


Block: TypeAlias = Table | Chart | KeyFigures | Text | MinutesPage


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    blocks: tuple[Block, ...] = ()
    empty_message: str = ""  # said instead of the blocks when there is no data

    @property
    def is_empty(self) -> bool:
        return not self.blocks


@dataclass(frozen=True)
class ReportDocument:
    title: str
    period_label: str
    scope: str  # "Enhet Nord", "Alla enheter", a customer's name
    generated_at: datetime
    sections: tuple[Section, ...] = field(default_factory=tuple)
    report_key: str = ""
    period_key: str = ""  # "2010-03": used in file names

    def blocks(self) -> Iterator[tuple[Section, Block]]:
        for section in self.sections:
            for block in section.blocks:
                yield section, block

    def charts(self) -> list[Chart]:
        return [block for _, block in self.blocks() if isinstance(block, Chart)]

    @property
    def subtitle(self) -> str:
        return ", ".join(part for part in (self.scope, self.period_label) if part)

    def file_stem(self) -> str:
        """A file name without suffix that every file system accepts: "Klagomålssammanställning 2010-03 Nord"."""
        raw = " ".join(part for part in (self.title, self.period_key, self.scope) if part)
        cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in raw)
        return cleaned.strip(" .") or "rapport"
