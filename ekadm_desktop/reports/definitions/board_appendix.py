"""Bilaga till servicenämnden: the controller's monthly appendix for the service board.

For one month (all units or one): whether the month is locked, volumes and FTE per process, invoices
per FTE against the year's target (per unit and in total, status written out), electronic and manual
shares per customer, reminders and incorrect documents per customer, revenue per customer and
process, and staffing against need - each against the same month last year where the service gives
it. Every figure comes from the indicator, revenue and month-lock services (the same calls the
Produktivitet view and the reconciliation export make), so the appendix and the views agree.

A locked month's figures cannot change (``services/month_lock.py``), so an appendix generated again
for a locked month shows the figures as reported to the board; an unlocked month is preliminary and
the first section says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.periods import Month
from ekadm_desktop.reports.chart_style import format_int, format_percent
from ekadm_desktop.reports.definitions.base import (
    BuildContext,
    ReportDefinition,
    SectionDefinition,
    indicator_book,
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
    Text,
    Value,
)
from ekadm_desktop.services.indicators import (
    CUSTOMER_ELECTRONIC_SHARE,
    SUPPLIER_ELECTRONIC_SHARE,
    Comparison,
    ProductivityRow,
    ReportPeriod,
    ShareRow,
    Targets,
    definition,
    status_label,
)
from ekadm_desktop.services.staffing_need import staffing_need

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.services.revenue import VolumeLine

TOP = 15  # customers named in a revenue or reminder chart; the tables list them all


def _month(context: BuildContext) -> Month:
    period = context.period
    if not isinstance(period, Month):
        raise EkadmError(tr("reports", "Bilagan till servicenämnden görs för en månad (2010-03)."))
    return period


def _no_figures(period: ReportPeriod) -> str:
    return tr("reports", "Inga volymer eller årsarbetare är registrerade för {period}.").format(
        period=period.label
    )


# -- shared with the unit-meeting pack and the customer pack --------------------------------------


def lock_line(services: Services, month: Month) -> str:
    """ "Låst 2010-04-12 av …" or "Inte låst – preliminära siffror"."""
    state = services.month_locks.state(month.year, month.month)
    if state.locked:
        when = state.changed_at.date().isoformat() if state.changed_at else ""
        return tr(
            "reports",
            "{month} är låst {day} av {user}: siffrorna är de som rapporterades till servicenämnden.",
        ).format(month=month.label.capitalize(), day=when, user=state.changed_by or "–")
    return tr("reports", "{month} är inte låst – preliminära siffror som kan ändras.").format(
        month=month.label.capitalize()
    )


def productivity_figures(rows: Sequence[ProductivityRow], period: ReportPeriod) -> list[KeyFigure]:
    """One key figure per ledger total (or the one unit's row): value, target, status, last year."""
    previous = period.same_period_last_year().label
    return [
        KeyFigure(
            f"{r.label}, {r.unit_name}",
            r.value,
            "int",
            target=r.target,
            status=r.status,
            note=tr("reports", "{status} · {period}: {value}").format(
                status=shown_status(r),
                period=previous,
                value=format_int(r.comparison.last_year),
            ),
        )
        for r in rows
    ]


def share_figures(
    row: ShareRow, targets: Targets, previous: str, *, with_status: bool = False
) -> list[KeyFigure]:
    """The electronic shares of ``row`` (customer invoices via feeder systems, electronic supplier
    invoices) against the year's targets, noting the value of ``previous`` (and the status written
    out, ``with_status``)."""
    figures: list[KeyFigure] = []
    for label, share, status, code in (
        (
            tr("reports", "Kundfakturor via försystem"),
            row.customer_share,
            row.customer_status,
            CUSTOMER_ELECTRONIC_SHARE,
        ),
        (
            tr("reports", "Elektroniska leverantörsfakturor"),
            row.supplier_share,
            row.supplier_status,
            SUPPLIER_ELECTRONIC_SHARE,
        ),
    ):
        value = format_percent(share.last_year)
        note = (
            tr("reports", "{status} · {period}: {value}").format(
                status=status_label(status), period=previous, value=value
            )
            if with_status
            else tr("reports", "{period}: {value}").format(period=previous, value=value)
        )
        figures.append(
            KeyFigure(label, share.value, "percent", target=targets.target(code), status=status, note=note)
        )
    return figures


def shown_status(row: ProductivityRow) -> str:
    """The status written out; "–" where there is no value (no FTE), whatever the target."""
    return status_label(row.status) if row.value is not None else "–"


def productivity_tables(rows: Sequence[ProductivityRow], period: ReportPeriod) -> list[Table]:
    """A table per ledger: each unit (or the one unit) and the total against the target."""
    previous = period.same_period_last_year().label
    tables: list[Table] = []
    for indicator in dict.fromkeys(r.indicator for r in rows):
        ledger_rows = [r for r in rows if r.indicator == indicator]
        first = ledger_rows[0]
        tables.append(
            Table(
                tr("reports", "{ledger}, mål {target}").format(
                    ledger=first.label, target=format_int(first.target)
                ),
                (
                    Column(tr("reports", "Enhet")),
                    Column(tr("reports", "Fakturor"), "int"),
                    Column(tr("reports", "Årsarbetare"), "decimal", 2),
                    Column(tr("reports", "Per årsarbetare"), "int"),
                    Column(previous, "int"),
                    Column(tr("reports", "Status")),
                ),
                tuple(
                    (
                        r.unit_name,
                        r.invoices,
                        r.fte,
                        r.value,
                        r.comparison.last_year,
                        shown_status(r),
                    )
                    for r in ledger_rows
                ),
                note=definition(indicator),
            )
        )
    return tables


# -- the sections ---------------------------------------------------------------------------------


def _summary(services: Services, context: BuildContext) -> Section:
    month = _month(context)
    book = indicator_book(services, month, context)
    blocks: list[Block] = [Text(tr("reports", "Underlagets status"), (lock_line(services, month),))]
    if book.has_month(month):
        rows = [r for r in book.productivity(month, context.unit_id) if r.unit_id == context.unit_id]
        total = book.shares(month, context.unit_id)[-1]
        revenue = services.revenue.revenue(month, unit_id=context.unit_id)
        targets = book.targets(month.year)
        previous = month.same_period_last_year().label
        items = productivity_figures(rows, month) + share_figures(total, targets, previous)
        blocks.append(KeyFigures(tr("reports", "Nyckeltal {month}").format(month=month.label), tuple(items)))
        before = services.revenue.revenue(month.same_period_last_year(), unit_id=context.unit_id)
        blocks.append(
            KeyFigures(
                tr("reports", "Intäkter"),
                (
                    KeyFigure(
                        tr("reports", "Intäkter {month}").format(month=month.label), revenue.total, "sek"
                    ),
                    KeyFigure(
                        tr("reports", "Intäkter {month}").format(month=previous),
                        before.total if before.lines else None,
                        "sek",
                    ),
                ),
            )
        )
    else:
        blocks.append(Text(tr("reports", "Nyckeltal"), (_no_figures(month),)))
    return Section("summary", tr("reports", TITLES["summary"]), tuple(blocks))


def volume_totals(lines: Sequence[VolumeLine]) -> dict[tuple[str, str], float]:
    """Quantities summed per (process, transaction type)."""
    totals: dict[tuple[str, str], float] = defaultdict(float)
    for line in lines:
        totals[line.process_name, line.type_name] += line.quantity
    return totals


def volume_tables(
    services: Services,
    period: ReportPeriod,
    *,
    unit_id: int | None = None,
    customer_id: int | None = None,
) -> list[Table]:
    """Per process, its transaction types' volumes against the same period last year (empty: none)."""
    previous = period.same_period_last_year()
    now = volume_totals(services.revenue.volumes(period, unit_id=unit_id, customer_id=customer_id))
    before = volume_totals(services.revenue.volumes(previous, unit_id=unit_id, customer_id=customer_id))
    if not now:
        return []
    keys = sorted(set(now) | set(before))
    tables: list[Table] = []
    for process in dict.fromkeys(process for process, _ in keys):
        types = [key for key in keys if key[0] == process]
        tables.append(
            Table(
                tr("reports", "Volymer: {process}").format(process=process),
                (
                    Column(tr("reports", "Transaktionstyp")),
                    Column(period.label, "int"),
                    Column(previous.label, "int"),
                    Column(tr("reports", "Förändring"), "percent"),
                ),
                tuple(
                    (key[1], now.get(key, 0.0), before.get(key, 0.0), _change(now, before, key))
                    for key in types
                ),
            )
        )
    return tables


def _change(
    now: dict[tuple[str, str], float], before: dict[tuple[str, str], float], key: tuple[str, str]
) -> float | None:
    previous = before.get(key, 0.0)
    return now.get(key, 0.0) / previous - 1 if previous else None


def _volumes(services: Services, context: BuildContext) -> Section:
    month = _month(context)
    title = tr("reports", TITLES["volumes"])
    volumes = volume_tables(services, month, unit_id=context.unit_id)
    staffing = services.indicators.staffing(month, context.unit_id)
    staffing_before = services.indicators.staffing(month.same_period_last_year(), context.unit_id)
    if not volumes and not staffing:
        return Section("volumes", title, (), _no_figures(month))
    blocks: list[Block] = [*volumes]
    if staffing:
        fte: dict[str, float] = defaultdict(float)
        heads: dict[str, int] = defaultdict(int)
        fte_before: dict[str, float] = defaultdict(float)
        for line in staffing:
            fte[line.process_name] += line.fte
            heads[line.process_name] += line.headcount
        for line in staffing_before:
            fte_before[line.process_name] += line.fte
        order = list(dict.fromkeys(line.process_name for line in staffing))
        previous = month.same_period_last_year().label
        blocks.append(
            Table(
                tr("reports", "Årsarbetare per process"),
                (
                    Column(tr("reports", "Process")),
                    Column(tr("reports", "Årsarbetare"), "decimal", 2),
                    Column(tr("reports", "Anställda"), "int"),
                    Column(tr("reports", "Årsarbetare {period}").format(period=previous), "decimal", 2),
                ),
                tuple((p, fte[p], heads[p], fte_before.get(p)) for p in order),
                totals=(
                    tr("reports", "Totalt"),
                    sum(fte.values()),
                    sum(heads.values()),
                    sum(fte_before.values()) if fte_before else None,
                ),
                note=tr("reports", "Bemanningen som registrerats för månaden, alla enheter summerade.")
                if context.unit_id is None
                else tr("reports", "Bemanningen som registrerats för enheten och månaden."),
            )
        )
        blocks.append(
            Chart(
                tr("reports", "Årsarbetare per process, {month} och {previous}").format(
                    month=month.label, previous=previous
                ),
                "barh",
                tuple(order),
                (
                    Series(previous, tuple(fte_before.get(p) for p in order)),
                    Series(month.label, tuple(fte[p] for p in order)),
                ),
                value_format="decimal",
                axis_label=tr("reports", "Årsarbetare"),
            )
        )
    return Section("volumes", title, tuple(blocks))


def _productivity(services: Services, context: BuildContext) -> Section:
    month = _month(context)
    title = tr("reports", TITLES["productivity"])
    book = indicator_book(services, month, context)
    if not book.has_month(month):
        return Section("productivity", title, (), _no_figures(month))
    rows = book.productivity(month, context.unit_id)
    blocks: list[Block] = []
    previous = month.same_period_last_year().label
    for table, indicator in zip(
        productivity_tables(rows, month), dict.fromkeys(r.indicator for r in rows), strict=True
    ):
        ledger_rows = [r for r in rows if r.indicator == indicator]
        first = ledger_rows[0]
        blocks.append(table)
        blocks.append(
            Chart(
                f"{first.label}, {month.label}",
                "grouped",
                tuple(r.unit_name for r in ledger_rows),
                (
                    Series(previous, tuple(r.comparison.last_year for r in ledger_rows)),
                    Series(month.label, tuple(r.value for r in ledger_rows)),
                ),
                target=first.target,
                axis_label=tr("reports", "Fakturor per årsarbetare"),
            )
        )
    return Section("productivity", title, tuple(blocks))


def _shares(services: Services, context: BuildContext) -> Section:
    month = _month(context)
    title = tr("reports", TITLES["electronic_share"])
    book = indicator_book(services, month, context)
    rows = book.shares(month, context.unit_id)
    customers, total = rows[:-1], rows[-1]
    if total.customer_invoices == 0 and total.supplier_invoices == 0:
        return Section("electronic_share", title, (), _no_figures(month))
    previous = month.same_period_last_year().label
    blocks: list[Block] = []
    targets = book.targets(month.year)
    for label, electronic, chart_title, attribute, invoices, code in (
        (
            tr("reports", "Kundreskontra"),
            tr("reports", "Via försystem"),
            tr("reports", "Kundfakturor via försystem per kund"),
            "customer_share",
            "customer_invoices",
            CUSTOMER_ELECTRONIC_SHARE,
        ),
        (
            tr("reports", "Leverantörsreskontra"),
            tr("reports", "Elektroniska"),
            tr("reports", "Elektroniska leverantörsfakturor per kund"),
            "supplier_share",
            "supplier_invoices",
            SUPPLIER_ELECTRONIC_SHARE,
        ),
    ):
        shown = [r for r in customers if getattr(r, invoices)]
        if not shown:
            continue
        blocks.append(
            Table(
                tr("reports", "{ledger}: elektronisk och manuell andel per kund").format(ledger=label),
                (
                    Column(tr("reports", "Kund")),
                    Column(tr("reports", "Fakturor"), "int"),
                    Column(electronic, "percent"),
                    Column(tr("reports", "Manuella"), "percent"),
                    Column(
                        tr("reports", "{share} {period}").format(share=electronic, period=previous), "percent"
                    ),
                ),
                tuple(_share_cells(r, attribute, invoices) for r in shown),
                totals=_share_cells(total, attribute, invoices),
                note=definition(code),
            )
        )
        valued = sorted(
            ((r.customer_name, value) for r in shown if (value := getattr(r, attribute).value) is not None),
            key=lambda item: (-item[1], item[0]),
        )
        blocks.append(
            Chart(
                f"{chart_title}, {month.label}",
                "barh",
                tuple(name for name, _ in valued),
                (Series(tr("reports", "Elektronisk andel"), tuple(v for _, v in valued)),),
                value_format="percent",
                target=targets.target(code),
                axis_label=tr("reports", "Andel av fakturorna"),
            )
        )
    return Section("electronic_share", title, tuple(blocks))


def _share_cells(r: ShareRow, attribute: str, invoices: str) -> tuple[Value, ...]:
    share: Comparison = getattr(r, attribute)
    manual = None if share.value is None else 1 - share.value
    return (r.customer_name, getattr(r, invoices), share.value, manual, share.last_year)


def _counts(services: Services, context: BuildContext) -> Section:
    month = _month(context)
    title = tr("reports", TITLES["counts"])
    rows = indicator_book(services, month, context).counts(month, context.unit_id)
    customers, total = rows[:-1], rows[-1]
    if not total.reminders.value and not total.incorrect_documents.value:
        return Section(
            "counts",
            title,
            (),
            tr("reports", "Inga påminnelser eller felaktiga underlag under {period}.").format(
                period=month.label
            ),
        )
    previous = month.same_period_last_year().label
    shown = [
        r
        for r in customers
        if r.reminders.value
        or r.incorrect_documents.value
        or r.reminders.last_year
        or r.incorrect_documents.last_year
    ]
    table = Table(
        tr("reports", "Påminnelser och felaktiga underlag per kund"),
        (
            Column(tr("reports", "Kund")),
            Column(tr("reports", "Påminnelser"), "int"),
            Column(tr("reports", "Påminnelser {period}").format(period=previous), "int"),
            Column(tr("reports", "Felaktiga underlag"), "int"),
            Column(tr("reports", "Felaktiga underlag {period}").format(period=previous), "int"),
        ),
        tuple(
            (
                r.customer_name,
                r.reminders.value,
                r.reminders.last_year,
                r.incorrect_documents.value,
                r.incorrect_documents.last_year,
            )
            for r in shown
        ),
        totals=(
            tr("reports", "Totalt"),
            total.reminders.value,
            total.reminders.last_year,
            total.incorrect_documents.value,
            total.incorrect_documents.last_year,
        ),
        note=tr("reports", "Kunder utan påminnelser och felaktiga underlag båda åren visas inte."),
    )
    ranked = sorted(shown, key=lambda r: (-(r.reminders.value or 0), r.customer_name))[:TOP]
    chart = Chart(
        tr("reports", "De {count} kunderna med flest påminnelser, {month}").format(
            count=len(ranked), month=month.label
        ),
        "barh",
        tuple(r.customer_name for r in ranked),
        (
            Series(tr("reports", "Påminnelser"), tuple(r.reminders.value for r in ranked)),
            Series(tr("reports", "Felaktiga underlag"), tuple(r.incorrect_documents.value for r in ranked)),
        ),
        axis_label=tr("reports", "Antal"),
    )
    return Section("counts", title, (table, chart))


def revenue_blocks(
    services: Services,
    period: ReportPeriod,
    *,
    unit_id: int | None = None,
    customer_id: int | None = None,
    per_customer: bool = True,
) -> list[Block]:
    """Revenue per customer (optional) and per process against the same period last year."""
    report = services.revenue.revenue(period, unit_id=unit_id, customer_id=customer_id)
    if not report.lines:
        return []
    before = services.revenue.revenue(
        period.same_period_last_year(), unit_id=unit_id, customer_id=customer_id
    )
    previous = period.same_period_last_year().label
    columns = (
        Column(tr("reports", "Volymer"), "sek"),
        Column(tr("reports", "Timmar"), "sek"),
        Column(tr("reports", "Totalt"), "sek"),
        Column(previous, "sek"),
    )
    blocks: list[Block] = []
    groups = [("process", report.by_process(), before.by_process())]
    if per_customer:
        groups.insert(0, ("customer", report.by_customer(), before.by_customer()))
    for kind, totals, totals_before in groups:
        earlier = {t.key: t.total for t in totals_before}
        heading = tr("reports", "Kund") if kind == "customer" else tr("reports", "Process")
        title = (
            tr("reports", "Intäkter per kund")
            if kind == "customer"
            else tr("reports", "Intäkter per process")
        )
        blocks.append(
            Table(
                title,
                (Column(heading), *columns),
                tuple((t.name, t.volumes, t.hours, t.total, earlier.get(t.key)) for t in totals),
                totals=(
                    tr("reports", "Totalt"),
                    sum((t.volumes for t in totals), Decimal(0)),
                    sum((t.hours for t in totals), Decimal(0)),
                    report.total,
                    before.total if before.lines else None,
                ),
                note=_revenue_note(report.missing_prices),
            )
        )
        # In thousands: whole kronor of millions crowd the axis; the table has them exact.
        blocks.append(
            Chart(
                tr("reports", "{title}, {period} (tkr)").format(title=title, period=period.label),
                "barh",
                tuple(t.name for t in totals),
                (Series(tr("reports", "Intäkter, tkr"), tuple(float(t.total) / 1000 for t in totals)),),
                value_format="int",
                axis_label=tr("reports", "Tusen kronor"),
            )
        )
    return blocks


def _revenue_note(missing: Sequence[str]) -> str:
    note = tr("reports", "Volymer gånger årets prislista och timmar gånger timpriset.")
    if missing:
        note += " " + tr("reports", "Pris saknas för: {types}.").format(types=", ".join(missing))
    return note


def _revenue(services: Services, context: BuildContext) -> Section:
    month = _month(context)
    blocks = revenue_blocks(services, month, unit_id=context.unit_id)
    return section_or_empty(
        "revenue",
        tr("reports", TITLES["revenue"]),
        blocks,
        tr("reports", "Inga intäkter under {period}.").format(period=month.label),
    )


def _staffing(services: Services, context: BuildContext) -> Section:
    month = _month(context)
    title = tr("reports", TITLES["staffing"])
    book = indicator_book(services, month, context)
    if not book.has_month(month):
        return Section("staffing", title, (), _no_figures(month))
    rows = staffing_need(book, month, context.unit_id)
    before = {r.process_id: r for r in staffing_need(book, month.same_period_last_year(), context.unit_id)}
    previous = month.same_period_last_year().label
    table = Table(
        tr("reports", "Bemanning mot behov per process"),
        (
            Column(tr("reports", "Process")),
            Column(tr("reports", "Behov, årsarbetare"), "decimal", 2),
            Column(tr("reports", "Faktiska årsarbetare"), "decimal", 2),
            Column(tr("reports", "Skillnad"), "decimal", 2),
            Column(tr("reports", "Skillnad {period}").format(period=previous), "decimal", 2),
        ),
        tuple(
            (
                r.process_name,
                r.needed_fte,
                r.actual_fte,
                r.difference,
                before[r.process_id].difference if r.process_id in before else None,
            )
            for r in rows
        ),
        note=tr(
            "reports",
            "Behov = fakturor delat med årets mål för fakturor per årsarbetare och månad "
            "({targets}). "
            "Skillnad = faktiska minus behov: positiv betyder fler årsarbetare än volymerna kräver.",
        ).format(targets=", ".join(f"{r.process_name} {format_int(r.target)}" for r in rows)),
    )
    chart = Chart(
        tr("reports", "Bemanning mot behov, {month}").format(month=month.label),
        "grouped",
        tuple(r.process_name for r in rows),
        (
            Series(tr("reports", "Behov"), tuple(r.needed_fte for r in rows)),
            Series(tr("reports", "Faktiska"), tuple(r.actual_fte for r in rows)),
        ),
        value_format="decimal",
        axis_label=tr("reports", "Årsarbetare"),
    )
    return Section("staffing", title, (table, chart))


TITLES = {
    "summary": N_("reports", "Sammanfattning"),
    "volumes": N_("reports", "Volymer och årsarbetare per process"),
    "productivity": N_("reports", "Fakturor per årsarbetare mot mål"),
    "electronic_share": N_("reports", "Elektronisk och manuell andel per kund"),
    "counts": N_("reports", "Påminnelser och felaktiga underlag per kund"),
    "revenue": N_("reports", "Intäkter"),
    "staffing": N_("reports", "Bemanning mot behov"),
}

BOARD_APPENDIX = ReportDefinition(
    key="board_appendix",
    title=N_("reports", "Bilaga till servicenämnden"),
    description=N_(
        "reports",
        "Controllerns månadsbilaga: volymer och årsarbetare per process, fakturor per årsarbetare "
        "mot mål, elektronisk andel, påminnelser och felaktiga underlag per kund, intäkter och "
        "bemanning mot behov, jämfört med samma månad förra året.",
    ),
    period_kinds=("month",),
    sections=(
        SectionDefinition("summary", TITLES["summary"], _summary),
        SectionDefinition("volumes", TITLES["volumes"], _volumes),
        SectionDefinition("productivity", TITLES["productivity"], _productivity),
        SectionDefinition("electronic_share", TITLES["electronic_share"], _shares),
        SectionDefinition("counts", TITLES["counts"], _counts),
        SectionDefinition("revenue", TITLES["revenue"], _revenue),
        SectionDefinition("staffing", TITLES["staffing"], _staffing),
    ),
    default_formats=("pdf", "xlsx", "pptx"),
)


# -- the unit meeting's "month so far against targets" --------------------------------------------

MONTH_VS_TARGETS_TITLE = N_("reports", "Månaden hittills mot målen")


def month_vs_targets_section(services: Services, context: BuildContext, month: Month) -> Section:
    """Invoices per FTE and electronic shares of ``month`` (or, before its volumes are entered, the
    month before) for the context's unit against the year's targets, with status written out."""
    title = tr("reports", MONTH_VS_TARGETS_TITLE)
    book = indicator_book(services, month, context)
    shown = month if book.has_month(month) else month.previous()
    if not book.has_month(shown):
        return Section(
            "month_vs_targets",
            title,
            (),
            tr("reports", "Inga volymer är registrerade för {month} eller {previous} ännu.").format(
                month=month.label, previous=shown.label
            ),
        )
    blocks: list[Block] = []
    if shown != month:
        blocks.append(
            Text(
                tr("reports", "Vilken månad"),
                (
                    tr(
                        "reports", "Volymerna för {month} är inte registrerade ännu; här visas {shown}."
                    ).format(month=month.label, shown=shown.label),
                ),
            )
        )
    rows = book.productivity(shown, context.unit_id)
    total = book.shares(shown, context.unit_id)[-1]
    targets = book.targets(shown.year)
    items = productivity_figures([r for r in rows if r.unit_id == context.unit_id], shown)
    items += share_figures(total, targets, shown.same_period_last_year().label, with_status=True)
    blocks.append(
        KeyFigures(
            tr("reports", "{scope}, {month}").format(scope=context.scope, month=shown.label), tuple(items)
        )
    )
    blocks += productivity_tables(rows, shown)
    blocks.append(Text(tr("reports", "Underlagets status"), (lock_line(services, shown),)))
    return Section("month_vs_targets", title, tuple(blocks))
