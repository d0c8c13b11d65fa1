"""Klagomålssammanställning: the complaints of a period per unit, process, cause and customer, with
handling times - the monthly compilation the units discuss and internal control reviews.

Every figure comes from ``ComplaintService`` (the same calls the Klagomålsstatistik view makes), so
the report and the view agree for the same period and unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.models.complaints import ErrorCause
from ekadm_desktop.periods import Period
from ekadm_desktop.reports.definitions.base import (
    BuildContext,
    ReportDefinition,
    SectionDefinition,
    section_or_empty,
)
from ekadm_desktop.reports.document import (
    Block,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    Section,
    Series,
    Table,
)

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.services.complaints import GroupCount

TOP = 10  # groups shown by name in a chart; the table lists them all


def _none(context: BuildContext) -> str:
    return tr("reports", "Inga klagomål under {period}.").format(period=context.period.label)


def overview_blocks(
    services: Services, period: Period, unit_id: int | None, units: dict[int, str]
) -> list[Block]:
    """Key figures and the count per unit against the same period a year earlier (empty: none)."""
    comparison = services.complaints.compare_with_last_year(period, unit_id)
    if comparison.count == 0 and comparison.previous_count == 0:
        return []
    times = services.complaints.handling_times(period, unit_id=unit_id)
    figures = KeyFigures(
        tr("reports", "Nyckeltal"),
        (
            KeyFigure(
                tr("reports", "Inkomna klagomål"),
                comparison.count,
                note=tr("reports", "{period}: {count}").format(
                    period=comparison.previous_period.label, count=comparison.previous_count
                ),
            ),
            KeyFigure(tr("reports", "Förändring mot förra året"), comparison.change_share, "percent"),
            KeyFigure(tr("reports", "Besvarade"), times.answered),
            KeyFigure(tr("reports", "Besvarade inom svarstiden"), times.within_deadline_share, "percent"),
        ),
    )
    chosen = {unit_id: units.get(unit_id, str(unit_id))} if unit_id is not None else units
    rows: list[tuple[str, int, int, int]] = []
    for uid, name in chosen.items():
        c = services.complaints.compare_with_last_year(period, uid)
        rows.append((name, c.count, c.previous_count, c.change))
    previous_label = period.same_period_last_year().label
    table = Table(
        tr("reports", "Klagomål per enhet"),
        (
            Column(tr("reports", "Enhet")),
            Column(period.label, "int"),
            Column(previous_label, "int"),
            Column(tr("reports", "Förändring"), "int"),
        ),
        tuple(rows),
        totals=(tr("reports", "Totalt"), comparison.count, comparison.previous_count, comparison.change)
        if len(rows) > 1
        else None,
        note=tr("reports", "Klagomål räknas på det datum de kom in."),
    )
    chart = Chart(
        tr("reports", "Klagomål per enhet, {period} jämfört med {previous}").format(
            period=period.label, previous=previous_label
        ),
        "grouped",
        tuple(r[0] for r in rows),
        (Series(previous_label, tuple(r[2] for r in rows)), Series(period.label, tuple(r[1] for r in rows))),
        axis_label=tr("reports", "Antal klagomål"),
    )
    return [figures, table, chart]


def _share(count: int, total: int) -> float | None:
    return count / total if total else None


def group_blocks(title: str, name_heading: str, groups: Sequence[GroupCount], period: Period) -> list[Block]:
    """A table of every group with its share, and a bar chart of the largest (the rest summed)."""
    total = sum(g.count for g in groups)
    if total == 0:
        return []
    table = Table(
        title,
        (
            Column(name_heading),
            Column(tr("reports", "Antal"), "int"),
            Column(tr("reports", "Andel"), "percent"),
        ),
        tuple((g.label, g.count, _share(g.count, total)) for g in groups),
        totals=(tr("reports", "Totalt"), total, 1.0),
    )
    shown = [g for g in groups if g.count][:TOP]
    rest = [g for g in groups if g.count][TOP:]
    categories = [g.label for g in shown]
    values: list[int | float | None] = [g.count for g in shown]
    if rest:
        categories.append(tr("reports", "Övriga ({count})").format(count=len(rest)))
        values.append(sum(g.count for g in rest))
    chart = Chart(
        f"{title}, {period.label}",
        "barh",
        tuple(categories),
        (Series(tr("reports", "Antal klagomål"), tuple(values)),),
        axis_label=tr("reports", "Antal klagomål"),
    )
    return [table, chart]


def handling_blocks(services: Services, period: Period, unit_id: int | None) -> list[Block]:
    times = services.complaints.handling_times(period, unit_id=unit_id)
    if times.received == 0:
        return []
    counts = Table(
        tr("reports", "Ärenden"),
        (Column(tr("reports", "Mått")), Column(tr("reports", "Antal"), "int")),
        (
            (tr("reports", "Inkomna klagomål"), times.received),
            (tr("reports", "Besvarade"), times.answered),
            (tr("reports", "Avslutade"), times.closed),
            (tr("reports", "Besvarade inom svarstiden"), times.answered_within_deadline),
        ),
    )
    days = Table(
        tr("reports", "Handläggningstider"),
        (Column(tr("reports", "Mått")), Column(tr("reports", "Dagar"), "decimal")),
        (
            (tr("reports", "Svarstid, median"), times.median_response_days),
            (tr("reports", "Svarstid, medelvärde"), times.mean_response_days),
            (tr("reports", "Ledtid, median"), times.median_lead_days),
            (tr("reports", "Ledtid, medelvärde"), times.mean_lead_days),
        ),
        note=tr(
            "reports",
            "Svarstid: dagar från inkommet till besvarat. Ledtid: dagar från inkommet till avslutat. "
            "Andelen inom svarstiden räknas på de besvarade som hade en svarsfrist (10 arbetsdagar).",
        ),
    )
    share = KeyFigures(
        tr("reports", "Svarstid"),
        (KeyFigure(tr("reports", "Besvarade inom svarstiden"), times.within_deadline_share, "percent"),),
    )
    return [share, counts, days]


def month_blocks(services: Services, period: Period, unit_id: int | None) -> list[Block]:
    year = period.year
    this_year = services.complaints.per_month(year, unit_id)
    last_year = services.complaints.per_month(year - 1, unit_id)
    if not any(m.count for m in (*this_year, *last_year)):
        return []
    months = [m.period.label.split()[0][:3] for m in this_year]
    table = Table(
        tr("reports", "Klagomål per månad {year} och {previous}").format(year=year, previous=year - 1),
        (Column(tr("reports", "Månad")), Column(str(year), "int"), Column(str(year - 1), "int")),
        tuple((m.period.label, m.count, p.count) for m, p in zip(this_year, last_year, strict=True)),
        totals=(
            tr("reports", "Totalt"),
            sum(m.count for m in this_year),
            sum(m.count for m in last_year),
        ),
    )
    chart = Chart(
        tr("reports", "Klagomål per månad {year} jämfört med {previous}").format(
            year=year, previous=year - 1
        ),
        "line",
        tuple(months),
        (
            Series(str(year - 1), tuple(m.count for m in last_year)),
            Series(str(year), tuple(m.count for m in this_year)),
        ),
        axis_label=tr("reports", "Antal klagomål"),
    )
    return [chart, table]


# -- the sections -------------------------------------------------------------------------------


def _section(key: str, title: str, blocks: list[Block], context: BuildContext) -> Section:
    return section_or_empty(key, tr("reports", title), blocks, _none(context))


def _overview(services: Services, context: BuildContext) -> Section:
    blocks = overview_blocks(services, context.period, context.unit_id, context.unit_names)
    return _section("overview", SECTIONS_TITLES["overview"], blocks, context)


def _per_process(services: Services, context: BuildContext) -> Section:
    groups = services.complaints.per_process(context.period, unit_id=context.unit_id)
    blocks = group_blocks(
        tr("reports", "Klagomål per process"), tr("reports", "Process"), groups, context.period
    )
    return _section("per_process", SECTIONS_TITLES["per_process"], blocks, context)


def _per_cause(services: Services, context: BuildContext) -> Section:
    groups = services.complaints.per_cause(context.period, unit_id=context.unit_id)
    blocks = group_blocks(
        tr("reports", "Klagomål per felorsak"), tr("reports", "Felorsak"), groups, context.period
    )
    own = next((g.count for g in groups if g.key == ErrorCause.OWN), 0)
    if blocks:
        blocks.insert(
            0,
            KeyFigures(
                tr("reports", "Egna fel"),
                (KeyFigure(tr("reports", "Klagomål med eget fel som orsak"), own),),
            ),
        )
    return _section("per_cause", SECTIONS_TITLES["per_cause"], blocks, context)


def _per_customer(services: Services, context: BuildContext) -> Section:
    groups = services.complaints.per_customer(context.period, unit_id=context.unit_id)
    blocks = group_blocks(tr("reports", "Klagomål per kund"), tr("reports", "Kund"), groups, context.period)
    return _section("per_customer", SECTIONS_TITLES["per_customer"], blocks, context)


def _per_category(services: Services, context: BuildContext) -> Section:
    groups = services.complaints.per_category(context.period, unit_id=context.unit_id)
    blocks = group_blocks(
        tr("reports", "Klagomål per kategori"), tr("reports", "Kategori"), groups, context.period
    )
    return _section("per_category", SECTIONS_TITLES["per_category"], blocks, context)


def _handling(services: Services, context: BuildContext) -> Section:
    blocks = handling_blocks(services, context.period, context.unit_id)
    return _section("handling_times", SECTIONS_TITLES["handling_times"], blocks, context)


def _per_month(services: Services, context: BuildContext) -> Section:
    blocks = month_blocks(services, context.period, context.unit_id)
    return _section("per_month", SECTIONS_TITLES["per_month"], blocks, context)


SECTIONS_TITLES = {
    "overview": N_("reports", "Översikt per enhet"),
    "per_process": N_("reports", "Per process"),
    "per_cause": N_("reports", "Per felorsak"),
    "per_customer": N_("reports", "Per kund"),
    "per_category": N_("reports", "Per kategori"),
    "handling_times": N_("reports", "Handläggningstider"),
    "per_month": N_("reports", "Per månad och jämfört med förra året"),
}

SECTIONS: tuple[SectionDefinition, ...] = (
    SectionDefinition("overview", SECTIONS_TITLES["overview"], _overview),
    SectionDefinition("per_process", SECTIONS_TITLES["per_process"], _per_process),
    SectionDefinition("per_cause", SECTIONS_TITLES["per_cause"], _per_cause),
    SectionDefinition("per_customer", SECTIONS_TITLES["per_customer"], _per_customer),
    SectionDefinition("per_category", SECTIONS_TITLES["per_category"], _per_category, default=False),
    SectionDefinition("handling_times", SECTIONS_TITLES["handling_times"], _handling),
    SectionDefinition("per_month", SECTIONS_TITLES["per_month"], _per_month),
)

COMPLAINT_COMPILATION = ReportDefinition(
    key="complaint_compilation",
    title=N_("reports", "Klagomålssammanställning"),
    description=N_(
        "reports",
        "Månadens (eller tertialens) klagomål per enhet, process, felorsak och kund, med handläggningstider "
        "och jämförelse med förra året.",
    ),
    period_kinds=("month", "tertial", "year"),
    sections=SECTIONS,
    default_formats=("pdf", "xlsx"),
)
