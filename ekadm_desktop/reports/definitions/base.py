"""What a report is: its sections, the periods it takes and how its document is built.

A ``ReportDefinition`` lists ``SectionDefinition``s; each section's ``build`` asks the services (the
``Services`` bundle, never SQL) for its figures and returns a ``document.Section``. ``build_document``
runs the sections the user chose, in the order chosen, reporting progress between them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.periods import IsoWeek, Month, Period, Tertial, Year
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports.document import Block, ReportDocument, Section

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.services.indicators import IndicatorBook

PeriodKind = Literal["week", "month", "tertial", "year"]
PERIOD_KINDS: tuple[PeriodKind, ...] = ("week", "month", "tertial", "year")
PERIOD_KIND_LABELS: dict[PeriodKind, str] = {
    "week": N_("reports", "vecka"),
    "month": N_("reports", "månad"),
    "tertial": N_("reports", "tertial"),
    "year": N_("reports", "år"),
}
PERIOD_KIND_EXAMPLES: dict[PeriodKind, str] = {
    "week": "2010-W12",
    "month": "2010-03",
    "tertial": "2010-T1",
    "year": "2010",
}


def period_kind(period: Period) -> PeriodKind:
    if isinstance(period, IsoWeek):
        return "week"
    if isinstance(period, Month):
        return "month"
    if isinstance(period, Tertial):
        return "tertial"
    assert isinstance(period, Year)
    return "year"


@dataclass(frozen=True)
class ReportParams:
    """What the user chose: the period, a unit and/or a customer (None: all), and the sections in
    their order (empty: all sections in the definition's order)."""

    period: Period
    unit_id: int | None = None
    customer_id: int | None = None
    sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuildContext:
    """What a section builder gets besides the services: the parameters and names for titles."""

    params: ReportParams
    scope: str  # the unit's or customer's name, or "Alla enheter"
    unit_names: dict[int, str]
    # Loaded once per report, by year: several sections read the same indicators.
    books: dict[int, IndicatorBook] = field(default_factory=dict, compare=False, repr=False)

    @property
    def period(self) -> Period:
        return self.params.period

    @property
    def unit_id(self) -> int | None:
        return self.params.unit_id


SectionBuilder = Callable[["Services", BuildContext], Section]


def indicator_book(services: Services, period: Period, context: BuildContext | None = None) -> IndicatorBook:
    """The book the Volymer och nyckeltal view loads: the period's year, which also holds the year
    before (the comparisons). With ``context``, loaded once per report and year."""
    if context is None:
        return services.indicators.load(period.year, period.year)
    book = context.books.get(period.year)
    if book is None:
        book = context.books[period.year] = services.indicators.load(period.year, period.year)
    return book


def section_or_empty(key: str, title: str, blocks: Sequence[Block], empty: str) -> Section:
    """The section with its blocks; without any, the message ``empty`` says why instead of zeros."""
    return Section(key, title, tuple(blocks), "" if blocks else empty)


@dataclass(frozen=True)
class SectionDefinition:
    key: str
    title: str  # Swedish source text in the "reports" context
    build: SectionBuilder
    default: bool = True  # chosen unless the user leaves it out


@dataclass(frozen=True)
class ReportDefinition:
    key: str
    title: str  # Swedish source text in the "reports" context
    description: str
    period_kinds: tuple[PeriodKind, ...]
    sections: tuple[SectionDefinition, ...] | Callable[[], tuple[SectionDefinition, ...]]
    needs_unit: bool = False
    needs_customer: bool = False
    default_formats: tuple[str, ...] = ("pdf",)

    def section_list(self) -> tuple[SectionDefinition, ...]:
        """The sections, read each time so sections registered later (issues 4/5) are included."""
        return self.sections() if callable(self.sections) else self.sections

    def section(self, key: str) -> SectionDefinition:
        for section in self.section_list():
            if section.key == key:
                return section
        raise ValidationError(
            tr("reports", "Rapporten {report} har inget avsnitt {section}.").format(
                report=tr("reports", self.title), section=f"”{key}”"
            ),
            field="sections",
        )

    def chosen_sections(self, params: ReportParams) -> list[SectionDefinition]:
        if not params.sections:
            return [s for s in self.section_list() if s.default]
        return [self.section(key) for key in params.sections]

    def check(self, params: ReportParams) -> None:
        """Refuse parameters the report cannot take, with a message naming what to change."""
        kind = period_kind(params.period)
        if kind not in self.period_kinds:
            allowed = ", ".join(
                f"{tr('reports', PERIOD_KIND_LABELS[k])} ({PERIOD_KIND_EXAMPLES[k]})"
                for k in self.period_kinds
            )
            raise ValidationError(
                tr("reports", "{report} görs för {allowed}, inte för {period}.").format(
                    report=tr("reports", self.title), allowed=allowed, period=params.period.label
                ),
                field="period",
            )
        if self.needs_unit and params.unit_id is None:
            raise ValidationError(
                tr("reports", "{report} görs för en enhet: välj enheten.").format(
                    report=tr("reports", self.title)
                ),
                field="unit",
            )
        if self.needs_customer and params.customer_id is None:
            raise ValidationError(
                tr("reports", "{report} görs för en kund: välj kunden.").format(
                    report=tr("reports", self.title)
                ),
                field="customer",
            )
        if params.sections:
            seen: set[str] = set()
            for key in params.sections:
                self.section(key)
                if key in seen:
                    raise ValidationError(
                        tr("reports", "Avsnittet {section} är valt två gånger.").format(section=f"”{key}”"),
                        field="sections",
                    )
                seen.add(key)


def build_document(
    services: Services,
    definition: ReportDefinition,
    params: ReportParams,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
) -> ReportDocument:
    """The report's document: each chosen section built from the services, in the order chosen."""
    definition.check(params)
    progress = progress or Progress()
    units = {c.id: c.label for c in services.admin.choices("unit")}
    scope = tr("reports", "Alla enheter")
    if params.customer_id is not None:
        customers = {c.id: c.label for c in services.admin.choices("customer")}
        scope = customers.get(params.customer_id, str(params.customer_id))
    elif params.unit_id is not None:
        scope = units.get(params.unit_id, str(params.unit_id))
    context = BuildContext(params, scope, units)
    chosen = definition.chosen_sections(params)
    sections: list[Section] = []
    for number, section in enumerate(chosen):
        progress.step(number, len(chosen), tr("reports", section.title))
        sections.append(section.build(services, context))
    progress.step(len(chosen), len(chosen), "")
    return ReportDocument(
        title=tr("reports", definition.title),
        period_label=params.period.label,
        scope=scope,
        generated_at=now or datetime.now().replace(microsecond=0),
        sections=tuple(sections),
        report_key=definition.key,
        period_key=params.period.key,
    )
