"""The presentation's slides: one matplotlib ``Figure`` per chart, table or key figures of a
``ReportDocument``, at 4:3 with large type and a high-contrast theme (readable at 1024 × 768 on a
projector), each with its number in the corner. The presentation mode shows them full screen;
``export_slides_pdf`` writes them to a PDF (vector graphics) for those who were not there.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ekadm_desktop.i18n import tr
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports import chart_style as style
from ekadm_desktop.reports.chart_render import figure_for
from ekadm_desktop.reports.document import Block, Chart, KeyFigures, MinutesPage, ReportDocument, Table, Text
from ekadm_desktop.reports.output import write_atomically

if TYPE_CHECKING:
    from matplotlib.figure import Figure

THEME = style.PRESENTATION_THEME
CELL_CHARACTERS = 32  # a longer text is cut with "…" on a slide (the PDF and Excel have it whole)
TABLE_ROWS = 10  # rows per slide; a longer table continues on the next


@dataclass(frozen=True)
class Slide:
    """What one slide shows: ``block`` None for the title slide or a section without data."""

    title: str
    section: str
    block: Block | None = None
    message: str = ""


def slides_of(document: ReportDocument) -> list[Slide]:
    slides = [Slide(document.title, document.subtitle)]
    for section in document.sections:
        if section.is_empty:
            slides.append(Slide(section.title, section.title, None, section.empty_message))
        for block in section.blocks:
            if isinstance(block, MinutesPage):
                continue
            if isinstance(block, Table) and len(block.rows) > TABLE_ROWS:
                parts = range(0, len(block.rows), TABLE_ROWS)
                for number, start in enumerate(parts, start=1):
                    last = start + TABLE_ROWS >= len(block.rows)
                    part = Table(
                        block.title,
                        block.columns,
                        block.rows[start : start + TABLE_ROWS],
                        block.totals if last else None,
                        block.note if last else "",
                    )
                    title = f"{block.title or section.title} ({number}/{len(parts)})"
                    slides.append(Slide(title, section.title, part))
                continue
            title = getattr(block, "title", "") or section.title
            slides.append(Slide(title, section.title, block))
    return slides


def slide_figure(slide: Slide, number: int, total: int) -> Figure:
    """The slide drawn; ``number`` of ``total`` in the lower right corner."""
    from matplotlib.figure import Figure

    if isinstance(slide.block, Chart):
        fig = figure_for(slide.block, THEME)
    else:
        fig = Figure(figsize=THEME.size, dpi=100, facecolor="white")
        fig.set_label(slide.title)
        if slide.block is None and number == 1:
            _title_slide(fig, slide)
        else:
            fig.text(
                0.04,
                0.93,
                textwrap.fill(slide.title, 55),
                fontsize=THEME.title_size,
                color=THEME.text,
                va="top",
                weight="bold",
            )
            if slide.block is None:
                fig.text(
                    0.5,
                    0.5,
                    textwrap.fill(slide.message, 45),
                    fontsize=THEME.label_size + 4,
                    color=THEME.muted,
                    ha="center",
                    va="center",
                )
            elif isinstance(slide.block, Table):
                _table(fig, slide.block)
            elif isinstance(slide.block, KeyFigures):
                _key_figures(fig, slide.block)
            elif isinstance(slide.block, Text):
                _text(fig, slide.block)
    fig.text(
        0.985,
        0.015,
        f"{number} / {total}",
        fontsize=THEME.note_size,
        color=THEME.muted,
        ha="right",
        va="bottom",
    )
    return fig


def _title_slide(fig: Figure, slide: Slide) -> None:
    fig.text(
        0.06, 0.58, textwrap.fill(slide.title, 30), fontsize=40, weight="bold", color=THEME.text, va="bottom"
    )
    fig.text(0.06, 0.5, textwrap.fill(slide.section, 45), fontsize=24, color=THEME.muted, va="top")
    fig.add_artist(_rule(fig))


def _rule(fig: Figure) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([0.06, 0.5], [0.545, 0.545], color=style.BLUE, linewidth=6, transform=fig.transFigure)


def _cell(value: object, column: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return style.format_value(value, column.format, 0 if column.format == "int" else column.decimals)


def _short(text: str) -> str:
    return text if len(text) <= CELL_CHARACTERS else text[: CELL_CHARACTERS - 1] + "…"


def _table(fig: Figure, table: Table) -> None:
    rows = [list(r) for r in table.rows] + ([list(table.totals)] if table.totals is not None else [])
    if not rows:
        return
    text = [
        [
            _short(_cell(v, c)) if c.format == "text" else _cell(v, c)
            for v, c in zip(r, table.columns, strict=True)
        ]
        for r in rows
    ]
    # Columns as wide as their longest text, scaled to the slide's width.
    lengths = [
        max([len(table.columns[n].title), *(len(r[n]) for r in text)]) + 2 for n in range(len(table.columns))
    ]
    widths = [length / sum(lengths) for length in lengths]
    height = min(0.78, 0.068 * (len(rows) + 1))
    ax = fig.add_axes((0.04, 0.84 - height, 0.92, height))
    ax.set_axis_off()
    drawn = ax.table(
        cellText=text,
        colLabels=[c.title for c in table.columns],
        colWidths=widths,
        cellLoc="left",
        colLoc="left",
        bbox=cast(Any, (0.0, 0.0, 1.0, 1.0)),
    )
    drawn.auto_set_font_size(False)
    size = THEME.value_size if max(lengths) < 40 and len(table.columns) <= 5 else THEME.value_size - 3
    for (row, column), cell in drawn.get_celld().items():
        cell.set_edgecolor("#999999")
        cell.get_text().set_fontsize(size)
        if table.columns[column].format != "text":
            cell.get_text().set_horizontalalignment("right")
            cell.PAD = 0.04
        if row == 0:
            cell.set_facecolor("#DCE9F5")
            cell.get_text().set_fontweight("bold")
        elif table.totals is not None and row == len(rows):
            cell.get_text().set_fontweight("bold")
    if table.note:
        fig.text(0.04, 0.05, textwrap.fill(table.note, 90), fontsize=THEME.note_size - 2, color=THEME.muted)


def _key_figures(fig: Figure, figures: KeyFigures) -> None:
    items = list(figures.items)
    # Four figures go two by two: three across would push the fourth under the first one's text.
    per_row = 2 if len(items) == 4 else min(max(len(items), 1), 3)
    rows = max(1, -(-len(items) // per_row))
    width = 22 if per_row == 3 else 34  # characters per line of a label
    row_height = 0.74 / rows
    for index, item in enumerate(items):
        x = 0.06 + (index % per_row) * (0.9 / per_row)
        top = 0.80 - (index // per_row) * row_height
        colour = style.STATUS_COLOURS[item.status] if item.status != "none" else style.BLUE
        fig.text(
            x,
            top,
            style.format_value(item.value, item.format),
            fontsize=48,
            weight="bold",
            color=colour,
            va="top",
        )
        label = textwrap.fill(item.label, width)
        if item.target is not None:
            label += "\n" + tr("reports", "Mål: {target}").format(
                target=style.format_value(item.target, item.format)
            )
        if item.note:
            label += "\n" + "\n".join(textwrap.fill(line, width) for line in item.note.splitlines())
        fig.text(x, top - 0.115, label, fontsize=THEME.label_size, color=THEME.text, va="top")


def _text(fig: Figure, text: Text) -> None:
    lines = [f"{n}. {p}" if text.numbered else p for n, p in enumerate(text.paragraphs, start=1)]
    body = "\n".join(textwrap.fill(line, 60) for line in lines)
    fig.text(0.06, 0.8, body, fontsize=THEME.label_size + 2, color=THEME.text, va="top", linespacing=1.6)


def export_slides_pdf(document: ReportDocument, target: Path, progress: Progress | None = None) -> Path:
    """Every slide as a page of one PDF (vector graphics)."""
    from matplotlib.backends.backend_pdf import PdfPages

    progress = progress or Progress()
    slides = slides_of(document)

    def write(temp: Path) -> None:
        with PdfPages(temp, metadata={"Title": document.title, "Subject": document.subtitle}) as pdf:
            for number, slide in enumerate(slides, start=1):
                progress.step(number - 1, len(slides), slide.title)
                pdf.savefig(slide_figure(slide, number, len(slides)))

    return write_atomically(Path(target), write)
