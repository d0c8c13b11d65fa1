"""Build a report and write it in the formats asked for: the one entry point of the wizard and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports.definitions import ReportDefinition, ReportParams, build_document
from ekadm_desktop.reports.document import ReportDocument
from ekadm_desktop.reports.output import check_writable

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services

SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx", "pptx": ".pptx"}


def render(document: ReportDocument, fmt: str, target: Path, progress: Progress | None = None) -> Path:
    if fmt == "pdf":
        from ekadm_desktop.reports.render_pdf import render_pdf

        return render_pdf(document, target, progress)
    if fmt == "xlsx":
        from ekadm_desktop.reports.render_xlsx import render_xlsx

        return render_xlsx(document, target, progress)
    if fmt == "pptx":
        from ekadm_desktop.reports.render_pptx import render_pptx

        return render_pptx(document, target, progress)
    raise ValidationError(
        tr("reports", "Okänt format {format}: välj pdf, xlsx eller pptx.").format(format=f"”{fmt}”"),
        field="formats",
    )


def generate(
    services: Services,
    definition: ReportDefinition,
    params: ReportParams,
    formats: Sequence[str],
    folder: Path,
    progress: Progress | None = None,
) -> list[Path]:
    """The report in each format, written to ``folder``; returns the files in the order of ``formats``."""
    progress = progress or Progress()
    unknown = [fmt for fmt in formats if fmt not in SUFFIXES]
    if unknown or not formats:
        raise ValidationError(
            tr("reports", "Okänt format {format}: välj pdf, xlsx eller pptx.").format(
                format=", ".join(unknown) or "–"
            ),
            field="formats",
        )
    document = build_document(services, definition, params, progress)
    targets = [Path(folder) / f"{document.file_stem()}{SUFFIXES[fmt]}" for fmt in formats]
    for target in targets:
        check_writable(target)
    written: list[Path] = []
    for number, (fmt, target) in enumerate(zip(formats, targets, strict=True)):
        progress.step(number, len(formats), target.name)
        written.append(render(document, fmt, target, progress))
    progress.step(len(formats), len(formats), "")
    return written
