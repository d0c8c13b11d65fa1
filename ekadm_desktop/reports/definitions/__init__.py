"""The reports of the app: one line per report in ``REPORTS``.

Definitions are Qt-free and call only the services; see ``base.py`` for the building blocks.
"""

from __future__ import annotations

from ekadm_desktop.errors import NotFound
from ekadm_desktop.i18n import tr
from ekadm_desktop.reports.definitions.base import (
    PERIOD_KIND_EXAMPLES,
    PERIOD_KIND_LABELS,
    PERIOD_KINDS,
    BuildContext,
    PeriodKind,
    ReportDefinition,
    ReportParams,
    SectionDefinition,
    build_document,
    period_kind,
)
from ekadm_desktop.reports.definitions.board_appendix import BOARD_APPENDIX
from ekadm_desktop.reports.definitions.complaint_compilation import COMPLAINT_COMPILATION
from ekadm_desktop.reports.definitions.customer_pack import CUSTOMER_PACK
from ekadm_desktop.reports.definitions.phone_monthly import PHONE_MONTHLY
from ekadm_desktop.reports.definitions.tertial_summary import TERTIAL_SUMMARY
from ekadm_desktop.reports.definitions.weekly_pack import WEEKLY_PACK

__all__ = [
    "PERIOD_KINDS",
    "PERIOD_KIND_EXAMPLES",
    "PERIOD_KIND_LABELS",
    "REPORTS",
    "BuildContext",
    "PeriodKind",
    "ReportDefinition",
    "ReportParams",
    "SectionDefinition",
    "build_document",
    "period_kind",
    "report",
]

REPORTS: list[ReportDefinition] = [
    WEEKLY_PACK,
    COMPLAINT_COMPILATION,
    PHONE_MONTHLY,
    TERTIAL_SUMMARY,
    BOARD_APPENDIX,
    CUSTOMER_PACK,
]


def report(key: str) -> ReportDefinition:
    """The report with ``key`` (also accepted: its Swedish title, any case)."""
    for definition in REPORTS:
        if key.casefold() in (definition.key.casefold(), tr("reports", definition.title).casefold()):
            return definition
    known = ", ".join(d.key for d in REPORTS)
    raise NotFound(
        tr("reports", "Rapporten {name} finns inte. Rapporterna är: {known}.").format(
            name=f"”{key}”", known=known
        )
    )
