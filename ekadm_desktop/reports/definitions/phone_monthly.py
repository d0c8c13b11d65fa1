"""Telefonstatistik per månad: the month's phone figures per unit and in total, for the unit meeting
(where the answer rate is a mandatory monthly item) and the tertial compilation.

Key figures per unit and for all units against the previous month and the same month a year
earlier; the answer rate of the last twelve months against its target; calls offered and answered
per day; the load per hour and weekday; the definitions, naming the answer-rate and service-level
variants in use. Every figure comes from ``PhoneStatsService`` (``comparison``, ``series`` and
``heat_map``, the calls the Telefoni view makes), so the report and the view agree.

A month without offered calls has no figures: every data section says so instead of showing zeros.
The section builders (``overview_blocks``, ``comparison_blocks``, …) take a month and a list of
``PhoneScope`` so the weekly unit-meeting pack reuses them for one unit (``meeting_section``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.periods import Month, months_between
from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.reports.chart_style import NumberFormat
from ekadm_desktop.reports.definitions.base import BuildContext, ReportDefinition, SectionDefinition
from ekadm_desktop.reports.document import (
    Block,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    Section,
    Series,
    Status,
    Table,
    Text,
    Value,
)
from ekadm_desktop.services.phone_stats import (
    Comparison,
    PhoneFigures,
    Scope,
    answer_rate_name,
    definition_texts,
    service_level_name,
    status_of,
)

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services

TREND_MONTHS = 12
SLIDE_PARAGRAPHS = 4
WEEKEND = 5  # date.weekday() of Saturday
STATUS_TEXT: dict[Status, str] = {
    "green": N_("reports", "Uppnått"),
    "amber": N_("reports", "Nära"),
    "red": N_("reports", "Under"),
    "none": N_("reports", "Inget värde"),
}


@dataclass(frozen=True)
class PhoneScope:
    """Whose calls a part of the report shows, and the name it is shown under."""

    name: str
    scope: Scope


def report_scopes(services: Services, unit_id: int | None, unit_names: dict[int, str]) -> list[PhoneScope]:
    """One unit; or every unit that answers a group number, then all groups together (the last
    scope is the report's own: its figures decide whether the month had calls)."""
    units = services.phone_stats.units()
    if unit_id is not None:
        name = dict(units).get(unit_id) or unit_names.get(unit_id, str(unit_id))
        return [PhoneScope(name, Scope.unit(unit_id))]
    everyone = PhoneScope(tr("reports", "Alla enheter"), Scope())
    return [*(PhoneScope(name, Scope.unit(uid)) for uid, name in units), everyone]


def no_calls(month: Month, scope: PhoneScope) -> str:
    return tr("reports", "Inga samtal under {month} ({scope}).").format(month=month.label, scope=scope.name)


def has_calls(services: Services, month: Month, scope: PhoneScope) -> bool:
    return services.phone_stats.period_figures(month, scope.scope).offered > 0


def _short_month(month: Month) -> str:
    """The month's name in three letters; the chart's title names the twelve months' years."""
    return month.label.split()[0][:3]


def _figure(figures: PhoneFigures, name: str) -> Value:
    value: Value = getattr(figures, name)
    return value


def _note_for(comparison: Comparison, month: Month, name: str, kind: NumberFormat) -> str:
    def value(f: PhoneFigures) -> str:
        return cs.format_value(_figure(f, name), kind, 0 if kind == "int" else 1)

    # Two lines on a slide; the PDF joins them with the "·".
    return tr("reports", "{previous}: {previous_value} ·\n{last_year}: {last_year_value}").format(
        previous=month.previous().label,
        previous_value=value(comparison.previous),
        last_year=month.same_period_last_year().label,
        last_year_value=value(comparison.last_year),
    )


# -- the blocks ---------------------------------------------------------------------------------


def _target_figure(label: str, name: str, c: Comparison, month: Month, target: float) -> KeyFigure:
    """A rate against its target: the status in colour and, for print and Excel, in words."""
    value = _figure(c.current, name)
    assert value is None or isinstance(value, float)
    status = status_of(value, target)
    note = tr("reports", "Status: {status}").format(status=tr("reports", STATUS_TEXT[status]))
    return KeyFigure(
        label,
        value,
        "percent",
        target=target,
        status=status,
        note=f"{note}\n{_note_for(c, month, name, 'percent')}",
    )


def overview_blocks(services: Services, month: Month, scopes: list[PhoneScope]) -> list[Block]:
    """Per scope: the answer rate and service level against their targets with a status, calls
    offered and the average speed of answer, each with the previous month and a year earlier."""
    stats = services.phone_stats
    rate_target = stats.answer_rate_target(month.year)
    level_target = stats.service_level_target(month.year)
    options = stats.options
    blocks: list[Block] = []
    for scope in scopes:
        c = stats.comparison(month, scope.scope)
        f = c.current
        blocks.append(
            KeyFigures(
                f"{scope.name}, {month.label}",
                (
                    _target_figure(
                        answer_rate_name(options.answer_rate_variant), "answer_rate", c, month, rate_target
                    ),
                    _target_figure(
                        service_level_name(options.service_level_variant, f.service_level_threshold_seconds),
                        "service_level",
                        c,
                        month,
                        level_target,
                    ),
                    KeyFigure(
                        tr("reports", "Erbjudna samtal"),
                        f.offered,
                        note=_note_for(c, month, "offered", "int"),
                    ),
                    KeyFigure(
                        tr("reports", "Genomsnittlig väntetid till svar"),
                        f.asa_seconds,
                        "seconds",
                        note=_note_for(c, month, "asa_seconds", "seconds"),
                    ),
                ),
            )
        )
    return blocks


def _figure_rows(services: Services) -> list[tuple[str, str, NumberFormat]]:
    """(field, label, format) of every key figure, in the order of the tables."""
    options = services.phone_stats.options
    return [
        ("offered", tr("reports", "Erbjudna"), "int"),
        ("answered", tr("reports", "Besvarade"), "int"),
        ("abandoned", tr("reports", "Avhopp"), "int"),
        (
            "short_abandoned",
            tr("reports", "Korta avhopp (högst {s} s)").format(s=options.short_abandon_seconds),
            "int",
        ),
        ("answer_rate", answer_rate_name(options.answer_rate_variant), "percent"),
        ("abandonment_rate", tr("reports", "Andel avhopp"), "percent"),
        (
            "service_level",
            service_level_name(options.service_level_variant, options.service_level_seconds),
            "percent",
        ),
        ("asa_seconds", tr("reports", "Genomsnittlig väntetid till svar"), "seconds"),
        ("longest_wait_seconds", tr("reports", "Längsta väntetid"), "seconds"),
        ("busiest_hour", tr("reports", "Mest belastade timme"), "text"),
    ]


TABLE_TITLES: dict[NumberFormat, str] = {
    "int": N_("reports", "Antal samtal"),
    "percent": N_("reports", "Svarsfrekvens, avhopp och servicenivå"),
    "seconds": N_("reports", "Väntetider (minuter:sekunder)"),
    "text": N_("reports", "Mest belastade timme"),
}


def comparison_blocks(services: Services, month: Month, scopes: list[PhoneScope]) -> list[Block]:
    """Every key figure of every scope for the month, the month before and the same month a year
    earlier: one table per kind of number, so each column holds numbers of one format."""
    stats = services.phone_stats
    comparisons = [(scope, stats.comparison(month, scope.scope)) for scope in scopes]
    several = len(scopes) > 1
    periods = (month, month.previous(), month.same_period_last_year())
    definitions = definition_texts(stats.options)
    rows = _figure_rows(services)
    blocks: list[Block] = []
    for kind in ("int", "percent", "seconds", "text"):
        chosen = [(name, label) for name, label, k in rows if k == kind]
        with_label = not several or len(chosen) > 1  # one figure: the table's title names it
        columns = (
            *((Column(tr("reports", "Enhet")),) if several else ()),
            *((Column(tr("reports", "Mått")),) if with_label else ()),
            *(Column(p.label, kind) for p in periods),
        )
        table_rows: list[tuple[Value, ...]] = []
        for scope, c in comparisons:
            for name, label in chosen:
                values = tuple(_figure(f, name) for f in (c.current, c.previous, c.last_year))
                table_rows.append(
                    (*((scope.name,) if several else ()), *((label,) if with_label else ()), *values)
                )
        # The variants in use are defined under the rates; the rest in the section "Definitioner".
        note = " ".join(
            f"{label}: {definitions[name]}"
            for name, label in chosen
            if name in ("answer_rate", "service_level")
        )
        blocks.append(Table(tr("reports", TABLE_TITLES[kind]), columns, tuple(table_rows), note=note))
    return blocks


def trend_blocks(services: Services, month: Month, scopes: list[PhoneScope]) -> list[Block]:
    """The answer rate of the twelve months up to ``month`` per scope, with the target line."""
    stats = services.phone_stats
    months = months_between(_months_back(month, TREND_MONTHS - 1), month)
    target = stats.answer_rate_target(month.year)
    series = []
    for scope in scopes:
        points = stats.series(months[0].start, month.end, "month", scope.scope)
        series.append(Series(scope.name, tuple(p.figures.answer_rate for p in points)))
    rate = answer_rate_name(stats.options.answer_rate_variant)
    table = Table(
        tr("reports", "Svarsfrekvens per månad"),
        (Column(tr("reports", "Månad")), *(Column(scope.name, "percent") for scope in scopes)),
        tuple((m.label, *(s.values[n] for s in series)) for n, m in enumerate(months)),
        note=tr(
            "reports", "{rate}. Mål {year}: {target}. – betyder att månaden inte hade några samtal."
        ).format(rate=rate, year=month.year, target=cs.format_percent(target, 0)),
    )
    chart = Chart(
        cs.titled(
            rate,
            tr("reports", "{first} – {last}").format(first=months[0].label, last=month.label),
            scopes[-1].name if len(scopes) == 1 else "",
        ),
        "line",
        tuple(_short_month(m) for m in months),
        tuple(series),
        value_format="percent",
        target=target,
        target_label=tr("reports", "Mål {year}").format(year=month.year),
        definition=tr("reports", "{rate}: {definition} En månad utan samtal har ingen punkt.").format(
            rate=rate, definition=definition_texts(stats.options)["answer_rate"]
        ),
        axis_label=tr("reports", "Svarsfrekvens"),
    )
    return [chart, table]


def _months_back(month: Month, count: int) -> Month:
    index = month.year * 12 + month.month - 1 - count
    return Month(index // 12, index % 12 + 1)


def daily_blocks(services: Services, month: Month, scope: PhoneScope) -> list[Block]:
    """Calls offered and answered on each day of the month; a Saturday or Sunday without calls is
    left out rather than drawn as a drop to zero."""
    points = [
        p
        for p in services.phone_stats.series(month.start, month.end, "day", scope.scope)
        if p.figures.offered or p.figures.first.weekday() < WEEKEND
    ]
    chart = Chart(
        cs.titled(tr("reports", "Erbjudna och besvarade samtal per dag"), month.label, scope.name),
        "line",
        tuple(str(p.figures.first.day) for p in points),
        (
            Series(tr("reports", "Erbjudna"), tuple(p.figures.offered for p in points)),
            Series(tr("reports", "Besvarade"), tuple(p.figures.answered for p in points)),
        ),
        axis_label=tr("reports", "Antal samtal"),
        definition=tr("reports", "Dag i månaden. Lördagar och söndagar utan samtal visas inte."),
    )
    return [chart]


def heat_map_blocks(services: Services, month: Month, scope: PhoneScope) -> list[Block]:
    """Calls offered per hour of day and weekday; the hours from the first to the last with calls,
    the weekend only when it had calls."""
    stats = services.phone_stats
    heat = stats.heat_map(month.start, month.end, scope.scope)
    if heat.total == 0:
        return []
    used = [h for h in heat.hours if any(row[h] for row in heat.values)]
    hours = list(range(used[0], used[-1] + 1))
    weekend = any(any(row) for row in heat.values[5:])
    days = range(7 if weekend else 5)
    figures = stats.period_figures(month, scope.scope)
    chart = Chart(
        cs.titled(tr("reports", "Erbjudna samtal per timme och veckodag"), month.label, scope.name),
        "heatmap",
        tuple(f"{h:02d}" for h in hours),
        tuple(Series(heat.weekdays[d], tuple(heat.values[d][h] for h in hours)) for d in days),
        definition=tr(
            "reports", "Kolumnen 09 är samtal som började 09:00–09:59. Mest belastade timme: {hour}."
        ).format(hour=figures.busiest_hour or cs.DASH),
    )
    return [chart]


def definition_blocks(services: Services, month: Month) -> list[Block]:
    """The definitions of the service, with the variants, thresholds and targets in use."""
    stats = services.phone_stats
    options = stats.options
    paragraphs = [f"{d.label}: {d.text}" for d in stats.definitions()]
    paragraphs += [
        tr(
            "reports",
            "Svarsfrekvensen räknas som {rate} och servicenivån som {level}; korta avhopp är avhopp efter "
            "högst {short} s väntetid.",
        ).format(
            rate=answer_rate_name(options.answer_rate_variant).casefold(),
            level=service_level_name(options.service_level_variant, options.service_level_seconds).casefold(),
            short=options.short_abandon_seconds,
        ),
        tr(
            "reports",
            "Mål {year}: svarsfrekvens {rate}, servicenivå {level}. Status: Uppnått = minst målet, Nära = "
            "inom 5 % av målet, Under = lägre.",
        ).format(
            year=month.year,
            rate=cs.format_percent(stats.answer_rate_target(month.year), 0),
            level=cs.format_percent(stats.service_level_target(month.year), 0),
        ),
        tr(
            "reports",
            "En period utan samtal har ingen svarsfrekvens eller servicenivå (visas som –), aldrig 0 % eller "
            "100 %. Samtal per anknytning visas inte i rapporten.",
        ),
    ]
    # A few paragraphs per block: on a slide each block is a page of large type.
    return [
        Text("", tuple(paragraphs[n : n + SLIDE_PARAGRAPHS]))
        for n in range(0, len(paragraphs), SLIDE_PARAGRAPHS)
    ]


# -- the report's sections ----------------------------------------------------------------------


def _month(context: BuildContext) -> Month:
    period = context.period
    assert isinstance(period, Month)  # ReportDefinition.check allows months only
    return period


def _data_section(
    key: str,
    services: Services,
    context: BuildContext,
    blocks_of: Callable[[Services, Month, list[PhoneScope]], list[Block]],
) -> Section:
    month = _month(context)
    scopes = report_scopes(services, context.unit_id, context.unit_names)
    title = tr("reports", SECTION_TITLES[key])
    if not has_calls(services, month, scopes[-1]):
        return Section(key, title, (), no_calls(month, scopes[-1]))
    return Section(key, title, tuple(blocks_of(services, month, scopes)))


def _overview(services: Services, context: BuildContext) -> Section:
    return _data_section("overview", services, context, overview_blocks)


def _key_figures(services: Services, context: BuildContext) -> Section:
    return _data_section("key_figures", services, context, comparison_blocks)


def _trend(services: Services, context: BuildContext) -> Section:
    return _data_section("trend", services, context, trend_blocks)


def _daily(services: Services, context: BuildContext) -> Section:
    return _data_section("daily", services, context, lambda s, m, scopes: daily_blocks(s, m, scopes[-1]))


def _heat_map(services: Services, context: BuildContext) -> Section:
    return _data_section(
        "heat_map", services, context, lambda s, m, scopes: heat_map_blocks(s, m, scopes[-1])
    )


def _definitions(services: Services, context: BuildContext) -> Section:
    return Section(
        "definitions",
        tr("reports", SECTION_TITLES["definitions"]),
        tuple(definition_blocks(services, _month(context))),
    )


SECTION_TITLES = {
    "overview": N_("reports", "Månaden mot målen"),
    "key_figures": N_("reports", "Nyckeltal mot tidigare perioder"),
    "trend": N_("reports", "Trend för svarsfrekvensen"),
    "daily": N_("reports", "Samtal per dag"),
    "heat_map": N_("reports", "Samtal per timme och veckodag"),
    "definitions": N_("reports", "Definitioner"),
}

SECTIONS: tuple[SectionDefinition, ...] = (
    SectionDefinition("overview", SECTION_TITLES["overview"], _overview),
    SectionDefinition("key_figures", SECTION_TITLES["key_figures"], _key_figures),
    SectionDefinition("trend", SECTION_TITLES["trend"], _trend),
    SectionDefinition("daily", SECTION_TITLES["daily"], _daily),
    SectionDefinition("heat_map", SECTION_TITLES["heat_map"], _heat_map),
    SectionDefinition("definitions", SECTION_TITLES["definitions"], _definitions),
)

PHONE_MONTHLY = ReportDefinition(
    key="phone_monthly",
    title=N_("reports", "Telefonstatistik per månad"),
    description=N_(
        "reports",
        "Månadens svarsfrekvens, avhopp, väntetider och servicenivå per enhet och totalt, mot målen och "
        "jämfört med förra månaden och förra året, med trend, samtal per dag och belastning per timme.",
    ),
    period_kinds=("month",),
    sections=SECTIONS,
    default_formats=("pdf", "xlsx"),
)


# -- the weekly unit-meeting pack ---------------------------------------------------------------

MEETING_TITLE = N_("reports", "Telefonstatistik förra månaden")


def meeting_section(
    services: Services, context: BuildContext, month: Month, *, first_meeting: bool
) -> Section:
    """The unit meeting's ``phone_statistics`` section: at the first meeting of a month the unit's
    figures of the previous month ``month`` (the same blocks as the monthly report)."""
    title = tr("reports", "Telefonstatistik {month}").format(month=month.label)
    if not first_meeting:
        return Section(
            "phone_statistics",
            title,
            (),
            tr("reports", "Telefonstatistiken tas upp på månadens första enhetsmöte."),
        )
    scopes = report_scopes(services, context.unit_id, context.unit_names)
    if not has_calls(services, month, scopes[-1]):
        return Section("phone_statistics", title, (), no_calls(month, scopes[-1]))
    blocks = [
        *overview_blocks(services, month, scopes),
        *comparison_blocks(services, month, scopes),
        *trend_blocks(services, month, scopes)[:1],  # the chart; its table is for the monthly report
    ]
    return Section("phone_statistics", title, tuple(blocks))
