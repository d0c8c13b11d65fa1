"""Kundmöte: the pack for a meeting with one department (customer) over a month, tertial or year.

The customer log since the last meeting; the customer's complaints (still open, and received in the
period); its volumes, electronic share, reminders and incorrect documents; its revenue; and the
phone figures of the unit responsible for it - each against the same period last year where the
service gives it. Every figure comes from the services the customer page and the views use.

"The last meeting" is the latest customer-log entry of the kind *kundmöte* (``LogKind.MEETING``)
dated before the period; the log section lists the entries from that day to the period's end. Without
an earlier meeting in the log it lists the period's entries, and says which of the two it did.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.models.customer_log import LogKind
from ekadm_desktop.periods import Month, Tertial, Year
from ekadm_desktop.reports.chart_style import NumberFormat, format_int, format_percent
from ekadm_desktop.reports.definitions.base import (
    BuildContext,
    ReportDefinition,
    SectionDefinition,
    indicator_book,
    section_or_empty,
)
from ekadm_desktop.reports.definitions.board_appendix import revenue_blocks, share_figures, volume_tables
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
)
from ekadm_desktop.services.complaints import ComplaintFilter
from ekadm_desktop.services.customer_log import LogFilter, LogOrder
from ekadm_desktop.services.indicators import (
    CUSTOMER_ELECTRONIC_SHARE,
    SUPPLIER_ELECTRONIC_SHARE,
    ReportPeriod,
    definition,
    status_label,
)
from ekadm_desktop.services.phone_stats import Scope, status_of

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.services.complaints import ComplaintRow
    from ekadm_desktop.services.customer_log import LogEntryRow

LOG_LIMIT = 200  # entries listed; a longer stretch lists the oldest and says so


def _period(context: BuildContext) -> ReportPeriod:
    period = context.period
    if not isinstance(period, Month | Tertial | Year):
        raise EkadmError(tr("reports", "Kundmötet görs för en månad, ett tertial eller ett år."))
    return period


def _customer(context: BuildContext) -> int:
    customer_id = context.params.customer_id
    if customer_id is None:
        raise EkadmError(tr("reports", "Kundmötet görs för en kund: välj kunden."))
    return customer_id


def last_meeting(services: Services, customer_id: int, before: ReportPeriod) -> LogEntryRow | None:
    """The customer's latest log entry of the kind kundmöte dated before ``before`` starts."""
    found = services.customer_log.list(
        LogFilter(
            customer_ids=(customer_id,),
            kinds=(LogKind.MEETING,),
            date_to=before.start - timedelta(days=1),
        ),
        limit=1,
    )
    return found[0] if found else None


def _log(services: Services, context: BuildContext) -> Section:
    period, customer_id = _period(context), _customer(context)
    title = tr("reports", TITLES["log"])
    meeting = last_meeting(services, customer_id, period)
    since = meeting.entry_date if meeting is not None else period.start
    if meeting is not None:
        basis = tr(
            "reports",
            "Sedan förra kundmötet {day} (”{subject}”), den senaste anteckningen av typen kundmöte "
            "före {period}, till och med {end}.",
        ).format(
            day=since.isoformat(), subject=meeting.subject, period=period.label, end=period.end.isoformat()
        )
    else:
        basis = tr(
            "reports",
            "Kundloggen har inget kundmöte före {period}: anteckningarna under perioden "
            "{first} – {end} visas.",
        ).format(period=period.label, first=since.isoformat(), end=period.end.isoformat())
    rows = services.customer_log.list(
        LogFilter(customer_ids=(customer_id,), date_from=since, date_to=period.end),
        order=LogOrder("entry_date", descending=False),
        limit=LOG_LIMIT + 1,
    )
    if not rows:
        nothing = tr("reports", "Inga anteckningar i kundloggen.")
        return Section("log", title, (), f"{basis} {nothing}")
    intro = Text(tr("reports", "Vilka anteckningar"), (basis,))
    shown = rows[:LOG_LIMIT]
    table = Table(
        tr("reports", "Kundloggen {first} – {last}").format(
            first=since.isoformat(), last=period.end.isoformat()
        ),
        (
            Column(tr("reports", "Datum")),
            Column(tr("reports", "Typ")),
            Column(tr("reports", "Rubrik")),
            Column(tr("reports", "Skriven av")),
            Column(tr("reports", "Uppföljning")),
        ),
        tuple((r.entry_date, r.kind_label, r.subject, r.author, r.status) for r in shown),
        note=tr("reports", "De första {count} anteckningarna visas.").format(count=LOG_LIMIT)
        if len(rows) > LOG_LIMIT
        else "",
    )
    return Section("log", title, (intro, table))


def _received(services: Services, customer_id: int, period: ReportPeriod) -> list[ComplaintRow]:
    found = services.complaints.list(ComplaintFilter(year=period.year, customer_ids=(customer_id,)))
    return sorted(
        (r for r in found if period.start <= r.received_on <= period.end), key=lambda r: (r.received_at, r.id)
    )


def _complaint_table(title: str, rows: list[ComplaintRow]) -> Table:
    return Table(
        title,
        (
            Column(tr("reports", "Ärende")),
            Column(tr("reports", "Inkom")),
            Column(tr("reports", "Process")),
            Column(tr("reports", "Typ")),
            Column(tr("reports", "Status")),
            Column(tr("reports", "Svara senast")),
        ),
        tuple(
            (r.case_number, r.received_on, r.process_name, r.type_label, r.status_label, r.deadline)
            for r in rows
        ),
    )


def _complaints(services: Services, context: BuildContext) -> Section:
    period, customer_id = _period(context), _customer(context)
    title = tr("reports", TITLES["complaints"])
    received = _received(services, customer_id, period)
    before = _received(services, customer_id, period.same_period_last_year())
    still_open = sorted(
        (
            r
            for r in services.complaints.list(ComplaintFilter(customer_ids=(customer_id,), open_only=True))
            if r.received_on <= period.end
        ),
        key=lambda r: (r.received_at, r.id),
    )
    if not received and not still_open and not before:
        return Section(
            "complaints",
            title,
            (),
            tr("reports", "Inga klagomål från kunden under {period} och inga öppna.").format(
                period=period.label
            ),
        )
    blocks: list[Block] = [
        KeyFigures(
            tr("reports", "Klagomål"),
            (
                KeyFigure(
                    tr("reports", "Inkomna {period}").format(period=period.label),
                    len(received),
                    note=tr("reports", "{period}: {count}").format(
                        period=period.same_period_last_year().label, count=len(before)
                    ),
                ),
                KeyFigure(tr("reports", "Öppna i dag"), len(still_open)),
                KeyFigure(
                    tr("reports", "Öppna och försenade"),
                    sum(1 for r in still_open if r.overdue),
                    status="red" if any(r.overdue for r in still_open) else "green",
                ),
            ),
        )
    ]
    if received:
        blocks.append(
            _complaint_table(tr("reports", "Inkomna under {period}").format(period=period.label), received)
        )
    if still_open:
        blocks.append(_complaint_table(tr("reports", "Öppna klagomål"), still_open))
    return Section("complaints", title, tuple(blocks))


def _volumes(services: Services, context: BuildContext) -> Section:
    period, customer_id = _period(context), _customer(context)
    tables = volume_tables(services, period, customer_id=customer_id)
    return section_or_empty(
        "volumes",
        tr("reports", TITLES["volumes"]),
        tables,
        tr("reports", "Inga volymer för kunden under {period}.").format(period=period.label),
    )


def _shares(services: Services, context: BuildContext) -> Section:
    period, customer_id = _period(context), _customer(context)
    title = tr("reports", TITLES["electronic_share"])
    book = indicator_book(services, period, context)
    share = book.shares(period, customer_id=customer_id)[0]
    counts = book.counts(period, customer_id=customer_id)[0]
    if not share.customer_invoices and not share.supplier_invoices and not counts.reminders.value:
        return Section(
            "electronic_share",
            title,
            (),
            tr("reports", "Inga fakturor för kunden under {period}.").format(period=period.label),
        )
    targets = book.targets(period.year)
    previous = period.same_period_last_year().label
    last = book.shares(period.same_period_last_year(), customer_id=customer_id)[0]
    figures = KeyFigures(
        tr("reports", "Elektronisk andel, {period}").format(period=period.label),
        (
            *share_figures(share, targets, previous),
            KeyFigure(
                tr("reports", "Påminnelser"),
                counts.reminders.value,
                note=tr("reports", "{period}: {value}").format(
                    period=previous, value=format_int(counts.reminders.last_year)
                ),
            ),
            KeyFigure(
                tr("reports", "Felaktiga underlag"),
                counts.incorrect_documents.value,
                note=tr("reports", "{period}: {value}").format(
                    period=previous, value=format_int(counts.incorrect_documents.last_year)
                ),
            ),
        ),
    )
    table = Table(
        tr("reports", "Fakturor och elektronisk andel"),
        _measure_columns(period.label, previous, "int"),
        (
            (tr("reports", "Kundfakturor"), share.customer_invoices, last.customer_invoices),
            (tr("reports", "varav via försystem"), share.customer_electronic, last.customer_electronic),
            (tr("reports", "Leverantörsfakturor"), share.supplier_invoices, last.supplier_invoices),
            (tr("reports", "varav elektroniska"), share.supplier_electronic, last.supplier_electronic),
            (tr("reports", "Påminnelser"), counts.reminders.value, counts.reminders.last_year),
            (
                tr("reports", "Felaktiga underlag"),
                counts.incorrect_documents.value,
                counts.incorrect_documents.last_year,
            ),
        ),
        note=" ".join((definition(CUSTOMER_ELECTRONIC_SHARE), definition(SUPPLIER_ELECTRONIC_SHARE))),
    )
    blocks: list[Block] = [figures, table]
    months = [m for m in period.months() if book.has_month(m)] if not isinstance(period, Month) else []
    if len(months) > 1:
        per_month = [book.shares(m, customer_id=customer_id)[0] for m in months]
        blocks.append(
            Chart(
                tr("reports", "Elektronisk andel per månad, {period}").format(period=period.label),
                "line",
                tuple(m.label for m in months),
                (
                    Series(
                        tr("reports", "Kundfakturor via försystem"),
                        tuple(r.customer_share.value for r in per_month),
                    ),
                    Series(
                        tr("reports", "Elektroniska leverantörsfakturor"),
                        tuple(r.supplier_share.value for r in per_month),
                    ),
                ),
                value_format="percent",
                axis_label=tr("reports", "Andel av fakturorna"),
            )
        )
    return Section("electronic_share", title, tuple(blocks))


def _measure_columns(now: str, previous: str, kind: NumberFormat) -> tuple[Column, ...]:
    """A table of measures: the period against the same period last year."""
    return (Column(tr("reports", "Mått")), Column(now, kind), Column(previous, kind))


def _revenue(services: Services, context: BuildContext) -> Section:
    period, customer_id = _period(context), _customer(context)
    blocks = revenue_blocks(services, period, customer_id=customer_id, per_customer=False)
    return section_or_empty(
        "revenue",
        tr("reports", TITLES["revenue"]),
        blocks,
        tr("reports", "Inga intäkter från kunden under {period}.").format(period=period.label),
    )


def _phone(services: Services, context: BuildContext) -> Section:
    period, customer_id = _period(context), _customer(context)
    title = tr("reports", TITLES["phone"])
    unit = services.phone_stats.customer_unit_year(customer_id, period.year)
    if unit.unit_id is None or unit.figures is None:
        return Section(
            "phone",
            title,
            (),
            tr("reports", "Enheten {unit} som ansvarar för kunden svarar inte på något gruppnummer.").format(
                unit=unit.unit_name or "–"
            ),
        )
    comparison = services.phone_stats.comparison(period, Scope.unit(unit.unit_id))
    now, before = comparison.current, comparison.last_year
    if now.offered == 0:
        return Section(
            "phone",
            title,
            (),
            tr("reports", "Inga samtal till {unit} under {period}.").format(
                unit=unit.unit_name, period=period.label
            ),
        )
    target = services.phone_stats.answer_rate_target(period.year)
    status = status_of(now.answer_rate, target)
    previous = period.same_period_last_year().label
    figures = KeyFigures(
        tr("reports", "{unit}, {period}").format(unit=unit.unit_name, period=period.label),
        (
            KeyFigure(
                tr("reports", "Svarsfrekvens"),
                now.answer_rate,
                "percent",
                target=target,
                status=status,
                note=tr("reports", "{status} · {period}: {value}").format(
                    status=status_label(status), period=previous, value=format_percent(before.answer_rate)
                ),
            ),
            KeyFigure(tr("reports", "Erbjudna samtal"), now.offered),
            KeyFigure(tr("reports", "Servicenivå"), now.service_level, "percent"),
            KeyFigure(tr("reports", "Genomsnittlig väntetid"), now.asa_seconds, "seconds"),
        ),
    )
    counts = Table(
        tr("reports", "Samtal till {unit}").format(unit=unit.unit_name),
        _measure_columns(period.label, previous, "int"),
        (
            (tr("reports", "Erbjudna samtal"), now.offered, before.offered),
            (tr("reports", "Besvarade"), now.answered, before.answered),
            (tr("reports", "Avhopp"), now.abandoned, before.abandoned),
        ),
    )
    rates = Table(
        tr("reports", "Svarsfrekvens och servicenivå"),
        _measure_columns(period.label, previous, "percent"),
        (
            (tr("reports", "Svarsfrekvens"), now.answer_rate, before.answer_rate),
            (tr("reports", "Servicenivå"), now.service_level, before.service_level),
            (tr("reports", "Avhoppsfrekvens"), now.abandonment_rate, before.abandonment_rate),
        ),
        note=tr(
            "reports",
            "Alla samtal till enhetens gruppnummer, inte bara kundens: växeln vet inte vem som ringer.",
        ),
    )
    return Section("phone", title, (figures, counts, rates))


TITLES = {
    "log": N_("reports", "Kundloggen sedan förra mötet"),
    "complaints": N_("reports", "Klagomål"),
    "volumes": N_("reports", "Volymer"),
    "electronic_share": N_("reports", "Elektronisk andel, påminnelser och felaktiga underlag"),
    "revenue": N_("reports", "Intäkter"),
    "phone": N_("reports", "Telefonin hos ansvarig enhet"),
}

CUSTOMER_PACK = ReportDefinition(
    key="customer_meeting",
    title=N_("reports", "Kundmöte"),
    description=N_(
        "reports",
        "Underlaget till mötet med en förvaltning: kundloggen sedan förra mötet, klagomål, volymer, "
        "elektronisk andel, intäkter och telefonin hos den ansvariga enheten.",
    ),
    period_kinds=("month", "tertial", "year"),
    sections=(
        SectionDefinition("log", TITLES["log"], _log),
        SectionDefinition("complaints", TITLES["complaints"], _complaints),
        SectionDefinition("volumes", TITLES["volumes"], _volumes),
        SectionDefinition("electronic_share", TITLES["electronic_share"], _shares),
        SectionDefinition("revenue", TITLES["revenue"], _revenue),
        SectionDefinition("phone", TITLES["phone"], _phone),
    ),
    needs_customer=True,
    default_formats=("pdf",),
)
