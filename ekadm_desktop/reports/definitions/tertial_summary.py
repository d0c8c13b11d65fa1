"""Tertialsammanställning: the tertial (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec) per unit and for the
whole service - complaints per unit, process and cause, phone statistics, productivity and volumes,
each against the same tertial a year earlier.

Every figure comes from the services the views use: ``ComplaintService`` (``compare_with_last_year``,
``per_process``, ``per_cause``), ``PhoneStatsService.comparison`` and the ``IndicatorBook`` of
``IndicatorService.load`` (``productivity`` of the tertial and of the same tertial last year), so the
report and the views agree. The complaints per unit reuse the compilation's ``overview_blocks``.

A section whose tertial (and the one a year earlier) has no data says so instead of showing zeros.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.periods import Period, Tertial
from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.reports.chart_style import NumberFormat
from ekadm_desktop.reports.definitions.base import (
    BuildContext,
    ReportDefinition,
    SectionDefinition,
    indicator_book,
    section_or_empty,
)
from ekadm_desktop.reports.definitions.complaint_compilation import overview_blocks
from ekadm_desktop.reports.document import (
    Block,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    Section,
    Series,
    Table,
    Value,
)
from ekadm_desktop.services import indicators as ind
from ekadm_desktop.services.phone_stats import (
    Comparison,
    Scope,
    answer_rate_name,
    definition_texts,
    service_level_name,
    status_of,
)

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.services.complaints import GroupCount
    from ekadm_desktop.services.indicators import IndicatorBook, ProductivityRow

STATUS_TEXT = {
    "green": N_("reports", "Uppnått"),
    "amber": N_("reports", "Nära"),
    "red": N_("reports", "Under"),
    "none": N_("reports", "Inget mål"),
}


def short_label(period: Period) -> str:
    """ "T1 2010": the tertial without its months, for column headings and series names."""
    return f"T{period.number} {period.year}" if isinstance(period, Tertial) else period.label


def _change(value: float | None, previous: float | None) -> float | None:
    return ind.change_share(value, previous)


def _status(status: str) -> str:
    return tr("reports", STATUS_TEXT.get(status, STATUS_TEXT["none"]))


# -- complaints -----------------------------------------------------------------------------------


def comparison_groups(
    this_year: Sequence[GroupCount], last_year: Sequence[GroupCount]
) -> list[tuple[str, int, int]]:
    """(label, count, count a year earlier) of every group with a complaint in either period, most
    first (the groups keyed as the service keys them; "not set" last)."""
    before = {g.key: g.count for g in last_year}
    labels = {g.key: g.label for g in (*last_year, *this_year)}
    now = {g.key: g.count for g in this_year}
    keys = [k for k in labels if now.get(k, 0) or before.get(k, 0)]
    keys.sort(key=lambda k: (k is None, -now.get(k, 0), -before.get(k, 0), labels[k]))
    return [(labels[k], now.get(k, 0), before.get(k, 0)) for k in keys]


def group_comparison_blocks(
    title: str, name_heading: str, rows: list[tuple[str, int, int]], period: Period
) -> list[Block]:
    """A table of the groups this tertial and a year earlier, and grouped bars of both."""
    if not rows:
        return []
    now, before = short_label(period), short_label(period.same_period_last_year())
    total, total_before = sum(r[1] for r in rows), sum(r[2] for r in rows)
    table = Table(
        title,
        (
            Column(name_heading),
            Column(now, "int"),
            Column(before, "int"),
            Column(tr("reports", "Förändring"), "int"),
            Column(tr("reports", "Andel {period}").format(period=now), "percent"),
        ),
        tuple((name, n, b, n - b, n / total if total else None) for name, n, b in rows),
        totals=(tr("reports", "Totalt"), total, total_before, total - total_before, 1.0 if total else None),
        note=tr("reports", "Klagomål räknas på det datum de kom in."),
    )
    chart = Chart(
        tr("reports", "{title}, {period} jämfört med {previous}").format(
            title=title, period=now, previous=before
        ),
        "barh",
        tuple(r[0] for r in rows),
        (Series(before, tuple(r[2] for r in rows)), Series(now, tuple(r[1] for r in rows))),
        axis_label=tr("reports", "Antal klagomål"),
    )
    return [table, chart]


def _complaints_none(context: BuildContext) -> str:
    return tr("reports", "Inga klagomål under {period} eller samma tertial förra året.").format(
        period=short_label(context.period)
    )


def _complaints_per_unit(services: Services, context: BuildContext) -> Section:
    blocks = overview_blocks(services, context.period, context.unit_id, context.unit_names)
    return _section("complaints_per_unit", blocks, _complaints_none(context))


def _complaint_groups(
    key: str,
    context: BuildContext,
    groups_of: Callable[..., list[GroupCount]],
    title: str,
    heading: str,
) -> Section:
    """The complaints per group (``groups_of``: a ``ComplaintService.per_…`` call), this tertial
    against the same tertial a year earlier."""
    period = context.period
    rows = comparison_groups(
        groups_of(period, unit_id=context.unit_id),
        groups_of(period.same_period_last_year(), unit_id=context.unit_id),
    )
    blocks = group_comparison_blocks(title, heading, rows, period)
    return _section(key, blocks, _complaints_none(context))


def _complaints_per_process(services: Services, context: BuildContext) -> Section:
    return _complaint_groups(
        "complaints_per_process",
        context,
        services.complaints.per_process,
        tr("reports", "Klagomål per process"),
        tr("reports", "Process"),
    )


def _complaints_per_cause(services: Services, context: BuildContext) -> Section:
    return _complaint_groups(
        "complaints_per_cause",
        context,
        services.complaints.per_cause,
        tr("reports", "Klagomål per felorsak"),
        tr("reports", "Felorsak"),
    )


# -- phone ------------------------------------------------------------------------------------------


def phone_scopes(services: Services, context: BuildContext) -> list[tuple[str, Scope]]:
    """The chosen unit; or every unit that answers a group number, then all groups together."""
    if context.unit_id is not None:
        return [(context.scope, Scope.unit(context.unit_id))]
    units = [(name, Scope.unit(uid)) for uid, name in services.phone_stats.units()]
    return [*units, (tr("reports", "Alla enheter"), Scope())]


def phone_blocks(services: Services, context: BuildContext) -> list[Block]:
    """Per unit: calls offered, answer rate against its target, average speed of answer and service
    level, this tertial and the same tertial a year earlier (``PhoneStatsService.comparison``)."""
    stats = services.phone_stats
    period = context.period
    scopes = phone_scopes(services, context)
    comparisons: list[tuple[str, Comparison]] = [(name, stats.comparison(period, s)) for name, s in scopes]
    if not any(c.current.offered or c.last_year.offered for _, c in comparisons):
        return []
    now, before = short_label(period), short_label(period.same_period_last_year())
    rate_target = stats.answer_rate_target(period.year)
    level_target = stats.service_level_target(period.year)
    options = stats.options
    rate_name = answer_rate_name(options.answer_rate_variant)
    texts = definition_texts(options)
    level_name = service_level_name(options.service_level_variant, options.service_level_seconds)
    own = comparisons[-1][1].current  # the report's scope: the unit, or all units
    last = comparisons[-1][1].last_year
    figures = KeyFigures(
        tr("reports", "Nyckeltal, {scope}").format(scope=comparisons[-1][0]),
        (
            _phone_figure(rate_name, "percent", own.answer_rate, last.answer_rate, before, rate_target),
            _phone_figure(level_name, "percent", own.service_level, last.service_level, before, level_target),
            _phone_figure(tr("reports", "Erbjudna samtal"), "int", own.offered, last.offered, before),
            _phone_figure(
                tr("reports", "Genomsnittlig väntetid till svar"),
                "seconds",
                own.asa_seconds,
                last.asa_seconds,
                before,
            ),
        ),
    )
    several = len(comparisons) > 1
    unit_rows = comparisons[:-1] if several else comparisons
    totals = comparisons[-1] if several else None

    offered = Table(
        tr("reports", "Erbjudna samtal"),
        (
            Column(tr("reports", "Enhet")),
            Column(now, "int"),
            Column(before, "int"),
            Column(tr("reports", "Förändring"), "percent"),
            Column(tr("reports", "Besvarade {period}").format(period=now), "int"),
            Column(tr("reports", "Besvarade {period}").format(period=before), "int"),
        ),
        tuple(_offered_row(name, c) for name, c in unit_rows),
        totals=_offered_row(*totals) if totals else None,
    )
    rates = _target_table(
        tr("reports", "Svarsfrekvens"),
        [(name, c.current.answer_rate, c.last_year.answer_rate) for name, c in comparisons],
        several,
        rate_target,
        (now, before),
        tr("reports", "{rate}: {definition}").format(rate=rate_name, definition=texts.get("answer_rate", "")),
    )
    levels = _target_table(
        tr("reports", "Servicenivå"),
        [(name, c.current.service_level, c.last_year.service_level) for name, c in comparisons],
        several,
        level_target,
        (now, before),
        tr("reports", "{level}: {definition}").format(
            level=level_name, definition=texts.get("service_level", "")
        ),
    )
    waits = Table(
        tr("reports", "Genomsnittlig väntetid till svar (minuter:sekunder)"),
        (
            Column(tr("reports", "Enhet")),
            Column(now, "seconds"),
            Column(before, "seconds"),
            Column(tr("reports", "Längsta väntetid {period}").format(period=now), "seconds"),
        ),
        tuple(_wait_row(name, c) for name, c in unit_rows),
        totals=_wait_row(*totals) if totals else None,
        note=" ".join(texts.get(key, "") for key in ("asa_seconds", "longest_wait_seconds")),
    )
    names = tuple(name for name, _ in comparisons)
    charts = [
        Chart(
            tr("reports", "Erbjudna samtal per enhet, {period} jämfört med {previous}").format(
                period=now, previous=before
            ),
            "grouped",
            names,
            (
                Series(before, tuple(c.last_year.offered for _, c in comparisons)),
                Series(now, tuple(c.current.offered for _, c in comparisons)),
            ),
            axis_label=tr("reports", "Antal samtal"),
        ),
        Chart(
            tr("reports", "Svarsfrekvens per enhet, {period} jämfört med {previous}").format(
                period=now, previous=before
            ),
            "grouped",
            names,
            (
                Series(before, tuple(c.last_year.answer_rate for _, c in comparisons)),
                Series(now, tuple(c.current.answer_rate for _, c in comparisons)),
            ),
            value_format="percent",
            target=rate_target,
            target_label=tr("reports", "Mål {year}").format(year=period.year),
            definition=rate_name,
        ),
        Chart(
            tr(
                "reports", "Genomsnittlig väntetid till svar per enhet, {period} jämfört med {previous}"
            ).format(period=now, previous=before),
            "grouped",
            names,
            (
                Series(before, tuple(c.last_year.asa_seconds for _, c in comparisons)),
                Series(now, tuple(c.current.asa_seconds for _, c in comparisons)),
            ),
            value_format="seconds",
            axis_label=tr("reports", "Minuter:sekunder"),
        ),
    ]
    return [figures, offered, charts[0], rates, charts[1], levels, waits, charts[2]]


def _phone_figure(
    label: str,
    kind: NumberFormat,
    value: float | None,
    last_year: float | None,
    before: str,
    target: float | None = None,
) -> KeyFigure:
    """A phone key figure of the tertial (against ``target`` where there is one), noting the same
    tertial a year earlier (``before``)."""
    return KeyFigure(
        label,
        value,
        kind,
        target=target,
        status=status_of(value, target),
        note=f"{before}: " + _fmt(last_year, kind),
    )


def _offered_row(name: str, c: Comparison) -> tuple[Value, ...]:
    return (
        name,
        c.current.offered,
        c.last_year.offered,
        _change(c.current.offered or None, c.last_year.offered or None),
        c.current.answered,
        c.last_year.answered,
    )


def _wait_row(name: str, c: Comparison) -> tuple[Value, ...]:
    return (name, c.current.asa_seconds, c.last_year.asa_seconds, c.current.longest_wait_seconds)


def _target_table(
    title: str,
    values: list[tuple[str, float | None, float | None]],
    several: bool,
    target: float,
    periods: tuple[str, str],
    note: str,
) -> Table:
    """A rate per unit this tertial and a year earlier, with the change in percentage points and
    the status against the year's target; the last row (all units) as totals when there are several."""

    def row(name: str, value: float | None, previous: float | None) -> tuple[Value, ...]:
        status = status_of(value, target)
        change = None if value is None or previous is None else (value - previous) * 100
        if change is not None and abs(change) < 0.05:
            change = 0.0  # not "-0,0"
        return (name, value, previous, change, target, _status(status) if status != "none" else "–")

    rows = [row(*v) for v in values]
    return Table(
        title,
        (
            Column(tr("reports", "Enhet")),
            Column(periods[0], "percent"),
            Column(periods[1], "percent"),
            Column(tr("reports", "Förändring, %-enheter"), "decimal"),
            Column(tr("reports", "Mål"), "percent"),
            Column(tr("reports", "Status")),
        ),
        tuple(rows[:-1] if several else rows),
        totals=rows[-1] if several else None,
        note=note,
    )


def _fmt(value: float | int | None, kind: NumberFormat) -> str:
    return cs.format_value(value, kind, 0 if kind == "int" else 1)


def _phone(services: Services, context: BuildContext) -> Section:
    return _section(
        "phone",
        phone_blocks(services, context),
        tr("reports", "Inga samtal under {period} eller samma tertial förra året.").format(
            period=short_label(context.period)
        ),
    )


# -- productivity and volumes -----------------------------------------------------------------------


def _has_volumes(book: IndicatorBook, period: Period) -> bool:
    assert isinstance(period, Tertial)
    return bool(book.months_with_figures(period) or book.months_with_figures(period.same_period_last_year()))


def productivity_blocks(book: IndicatorBook, period: Tertial, unit_id: int | None) -> list[Block]:
    """Invoices per FTE and month of each ledger per unit against the target and the same tertial
    last year (``IndicatorBook.productivity``); units with no figures in either tertial left out."""
    if not _has_volumes(book, period):
        return []
    now, before = short_label(period), short_label(period.same_period_last_year())
    rows = book.productivity(period, unit_id)
    blocks: list[Block] = []
    ledgers = list(dict.fromkeys(r.indicator for r in rows))
    key_items: list[KeyFigure] = []
    for indicator in ledgers:
        mine = [r for r in rows if r.indicator == indicator]
        shown = [r for r in mine if r.value is not None or r.comparison.last_year is not None or r.is_total]
        if unit_id is not None:
            shown = [r for r in shown if not r.is_total]
        own = shown[-1] if shown else mine[-1]
        key_items.append(
            KeyFigure(
                own.label,
                own.value,
                "decimal",
                target=own.target,
                status=own.status,
                note=f"{before}: " + _fmt(own.comparison.last_year, "decimal"),
            )
        )
        label = own.label
        table = Table(
            f"{label} ({own.process_name})",
            (
                Column(tr("reports", "Enhet")),
                Column(now, "decimal"),
                Column(before, "decimal"),
                Column(tr("reports", "Förändring"), "percent"),
                Column(tr("reports", "Mål"), "decimal"),
                Column(tr("reports", "Status")),
                Column(tr("reports", "Årsarbetare {period}").format(period=now), "decimal", 2),
            ),
            tuple(_productivity_row(r) for r in shown if not r.is_total),
            totals=_productivity_row(shown[-1]) if shown and shown[-1].is_total else None,
            note=ind.definition(indicator),
        )
        chart = Chart(
            tr("reports", "{label}, {period} jämfört med {previous}").format(
                label=label, period=now, previous=before
            ),
            "grouped",
            tuple(r.unit_name for r in shown),
            (
                Series(before, tuple(r.comparison.last_year for r in shown)),
                Series(now, tuple(r.value for r in shown)),
            ),
            value_format="int",  # whole invoices on the bars; the table has the decimal
            target=own.target,
            target_label=tr("reports", "Mål {year}").format(year=period.year),
            axis_label=tr("reports", "Fakturor per årsarbetare och månad"),
        )
        blocks += [table, chart]
    return [KeyFigures(tr("reports", "Fakturor per årsarbetare och månad"), tuple(key_items)), *blocks]


def _productivity_row(row: ProductivityRow) -> tuple[Value, ...]:
    return (
        row.unit_name,
        row.value,
        row.comparison.last_year,
        row.comparison.change,
        row.target,
        _status(row.status),
        row.fte,
    )


def volume_rows(
    book: IndicatorBook, period: Tertial, unit_id: int | None
) -> list[tuple[ProductivityRow, ProductivityRow | None]]:
    """Per ledger process: the scope's row of the tertial and of the same tertial last year."""
    previous = period.same_period_last_year()
    before = {r.indicator: r for r in book.productivity(previous, unit_id) if r.unit_id == unit_id}
    return [(r, before.get(r.indicator)) for r in book.productivity(period, unit_id) if r.unit_id == unit_id]


def volume_blocks(book: IndicatorBook, period: Tertial, unit_id: int | None) -> list[Block]:
    """Invoices and average FTE per ledger process, this tertial and the same tertial last year."""
    if not _has_volumes(book, period):
        return []
    now, before = short_label(period), short_label(period.same_period_last_year())
    pairs = volume_rows(book, period, unit_id)
    invoices = Table(
        tr("reports", "Fakturor per process"),
        (
            Column(tr("reports", "Process")),
            Column(now, "int"),
            Column(before, "int"),
            Column(tr("reports", "Förändring"), "percent"),
        ),
        tuple(
            (
                r.process_name,
                r.invoices,
                p.invoices if p else None,
                _change(r.invoices, p.invoices if p else None),
            )
            for r, p in pairs
        ),
        note=tr("reports", "Fakturor: summan under tertialen."),
    )
    fte = Table(
        tr("reports", "Årsarbetare per process"),
        (
            Column(tr("reports", "Process")),
            Column(now, "decimal", 2),
            Column(before, "decimal", 2),
            Column(tr("reports", "Förändring"), "percent"),
        ),
        tuple(
            (r.process_name, r.fte, p.fte if p else None, _change(r.fte, p.fte if p else None))
            for r, p in pairs
        ),
        note=tr("reports", "Årsarbetare: genomsnitt per månad med uppgifter."),
    )
    chart = Chart(
        tr("reports", "Fakturor per process, {period} jämfört med {previous}").format(
            period=now, previous=before
        ),
        "grouped",
        tuple(r.process_name for r, _ in pairs),
        (
            Series(before, tuple(p.invoices if p else None for _, p in pairs)),
            Series(now, tuple(r.invoices for r, _ in pairs)),
        ),
        axis_label=tr("reports", "Antal fakturor"),
    )
    return [invoices, chart, fte]


def _no_volumes(context: BuildContext) -> str:
    return tr(
        "reports", "Inga volymer eller årsarbetare under {period} eller samma tertial förra året."
    ).format(period=short_label(context.period))


def _productivity(services: Services, context: BuildContext) -> Section:
    period = context.period
    assert isinstance(period, Tertial)
    blocks = productivity_blocks(indicator_book(services, period, context), period, context.unit_id)
    return _section("productivity", blocks, _no_volumes(context))


def _volumes(services: Services, context: BuildContext) -> Section:
    period = context.period
    assert isinstance(period, Tertial)
    blocks = volume_blocks(indicator_book(services, period, context), period, context.unit_id)
    return _section("volumes", blocks, _no_volumes(context))


# -- the report -----------------------------------------------------------------------------------


def _section(key: str, blocks: list[Block], empty: str) -> Section:
    return section_or_empty(key, tr("reports", SECTION_TITLES[key]), blocks, empty)


SECTION_TITLES = {
    "complaints_per_unit": N_("reports", "Klagomål per enhet"),
    "complaints_per_process": N_("reports", "Klagomål per process"),
    "complaints_per_cause": N_("reports", "Klagomål per felorsak"),
    "phone": N_("reports", "Telefonstatistik"),
    "productivity": N_("reports", "Produktivitet"),
    "volumes": N_("reports", "Volymer per process"),
}

SECTIONS: tuple[SectionDefinition, ...] = (
    SectionDefinition("complaints_per_unit", SECTION_TITLES["complaints_per_unit"], _complaints_per_unit),
    SectionDefinition(
        "complaints_per_process", SECTION_TITLES["complaints_per_process"], _complaints_per_process
    ),
    SectionDefinition("complaints_per_cause", SECTION_TITLES["complaints_per_cause"], _complaints_per_cause),
    SectionDefinition("phone", SECTION_TITLES["phone"], _phone),
    SectionDefinition("productivity", SECTION_TITLES["productivity"], _productivity),
    SectionDefinition("volumes", SECTION_TITLES["volumes"], _volumes),
)

TERTIAL_SUMMARY = ReportDefinition(
    key="tertial_summary",
    title=N_("reports", "Tertialsammanställning"),
    description=N_(
        "reports",
        "Tertialens klagomål per enhet, process och felorsak, telefonstatistik, produktivitet och "
        "volymer, per enhet och för hela verksamheten, jämfört med samma tertial förra året.",
    ),
    period_kinds=("tertial",),
    sections=SECTIONS,
    default_formats=("pdf", "xlsx", "pptx"),
)
