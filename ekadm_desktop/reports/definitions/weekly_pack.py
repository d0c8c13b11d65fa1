"""Enhetsmöte: the pack for the weekly unit meeting (Wednesdays) of one unit and one ISO week.

Agenda; follow-ups due and overdue; complaints received since the last meeting and those nearing
their answer deadline; the week's customer-log entries; at the first meeting of a month, the
previous month's complaint compilation (a mandatory monthly item); a page for the minutes.

``WEEKLY_PACK_EXTENSIONS`` is where later areas add their sections with one line each: issue 4 adds
"the month so far against targets" (key ``month_vs_targets``) and issue 5 "phone statistics" (key
``phone_statistics``, at the first meeting of a month: the previous month's figures). They come
after the complaint sections and before the minutes, in the order of the list.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.periods import IsoWeek, Month
from ekadm_desktop.reports.definitions import complaint_compilation as compilation
from ekadm_desktop.reports.definitions import phone_monthly
from ekadm_desktop.reports.definitions.base import (
    BuildContext,
    ReportDefinition,
    SectionDefinition,
    section_or_empty,
)
from ekadm_desktop.reports.definitions.board_appendix import MONTH_VS_TARGETS_TITLE, month_vs_targets_section
from ekadm_desktop.reports.document import (
    Block,
    Column,
    KeyFigure,
    KeyFigures,
    MinutesPage,
    Section,
    Table,
    Text,
)
from ekadm_desktop.services.complaints import ComplaintFilter
from ekadm_desktop.services.customer_log import FollowUpState, LogFilter

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.services.complaints import ComplaintRow

MEETING_WEEKDAY = 2  # Wednesday (Monday = 0)
DEADLINE_HORIZON_DAYS = 7  # "nearing the deadline": due before the next meeting
LOG_LIMIT = 60  # entries of the week listed; a busier week lists the newest


def meeting_day(week: IsoWeek) -> date:
    return week.start + timedelta(days=MEETING_WEEKDAY)


def is_first_meeting_of_month(week: IsoWeek) -> bool:
    return meeting_day(week).day <= 7


def _week(context: BuildContext) -> IsoWeek:
    period = context.period
    if not isinstance(period, IsoWeek):
        raise EkadmError(tr("reports", "Enhetsmötet görs för en vecka (2010-W12)."))
    return period


# -- the sections -------------------------------------------------------------------------------


def _agenda(services: Services, context: BuildContext) -> Section:
    items = agenda_items(context)
    day = meeting_day(_week(context))
    intro = tr("reports", "Enhetsmöte onsdag {day}, {scope}").format(day=day.isoformat(), scope=context.scope)
    return Section("agenda", tr("reports", TITLES["agenda"]), (Text(intro, tuple(items), numbered=True),))


def agenda_items(context: BuildContext) -> list[str]:
    chosen = context.params.sections or tuple(s.key for s in weekly_sections() if s.default)
    titles = {s.key: tr("reports", s.title) for s in weekly_sections()}
    items = [
        tr("reports", "Mötets öppnande och val av protokollförare"),
        tr("reports", "Föregående protokoll"),
    ]
    week = _week(context)
    for key in chosen:
        if key in ("agenda", "minutes"):
            continue
        if key in ("monthly_complaints", "phone_statistics") and not is_first_meeting_of_month(week):
            continue
        items.append(titles.get(key, key))
    items += [tr("reports", "Övriga frågor"), tr("reports", "Nästa möte")]
    return items


def _follow_ups(services: Services, context: BuildContext) -> Section:
    day = meeting_day(_week(context))
    rows = services.customer_log.follow_ups(day, context.unit_id)
    title = tr("reports", TITLES["follow_ups"])
    if not rows:
        return Section("follow_ups", title, (), tr("reports", "Inga uppföljningar att ta upp denna vecka."))
    overdue = sum(1 for r in rows if r.follow_up_state is FollowUpState.OVERDUE)
    figures = KeyFigures(
        tr("reports", "Uppföljningar"),
        (
            KeyFigure(
                tr("reports", "Att följa upp senast {day}").format(day=_week(context).end.isoformat()),
                len(rows),
            ),
            KeyFigure(tr("reports", "Försenade"), overdue, status="red" if overdue else "green"),
        ),
    )
    table = Table(
        tr("reports", "Uppföljningar som förfaller eller är försenade"),
        (
            Column(tr("reports", "Datum")),
            Column(tr("reports", "Kund")),
            Column(tr("reports", "Rubrik")),
            Column(tr("reports", "Följs upp av")),
            Column(tr("reports", "Status")),
        ),
        tuple((r.follow_up_on, r.customer_name, r.subject, r.follow_up_by, r.status) for r in rows),
        note=tr("reports", "Öppna uppföljningar i kundloggen med datum till och med veckans söndag."),
    )
    return Section("follow_ups", title, (figures, table))


def _unit_complaints(
    services: Services, context: BuildContext, first: date, last: date
) -> list[ComplaintRow]:
    units = (context.unit_id,) if context.unit_id is not None else ()
    found: list[ComplaintRow] = []
    for year in range(first.year, last.year + 1):
        found += services.complaints.list(
            ComplaintFilter(year=year, unit_ids=units, today=meeting_day(_week(context)))
        )
    return sorted((r for r in found if first <= r.received_on <= last), key=lambda r: (r.received_at, r.id))


def _complaint_row(r: ComplaintRow) -> tuple[object, ...]:
    return (
        r.case_number,
        r.received_on,
        r.customer_name,
        r.process_name,
        r.type_label,
        r.status_label,
        r.deadline,
    )


COMPLAINT_COLUMNS = (
    N_("reports", "Ärende"),
    N_("reports", "Inkom"),
    N_("reports", "Kund"),
    N_("reports", "Process"),
    N_("reports", "Typ"),
    N_("reports", "Status"),
    N_("reports", "Svara senast"),
)


def _complaint_table(title: str, rows: list[ComplaintRow], note: str = "") -> Table:
    return Table(
        title,
        tuple(Column(tr("reports", c)) for c in COMPLAINT_COLUMNS),
        tuple(_complaint_row(r) for r in rows),  # type: ignore[misc]
        note=note,
    )


def _complaints_new(services: Services, context: BuildContext) -> Section:
    day = meeting_day(_week(context))
    since = day - timedelta(days=7)
    rows = _unit_complaints(services, context, since, day - timedelta(days=1))
    title = tr("reports", TITLES["complaints_new"])
    if not rows:
        return Section(
            "complaints_new",
            title,
            (),
            tr("reports", "Inga klagomål har kommit in sedan förra mötet ({day}).").format(
                day=since.isoformat()
            ),
        )
    table = _complaint_table(
        tr("reports", "Inkomna {first} – {last}").format(
            first=since.isoformat(), last=(day - timedelta(days=1)).isoformat()
        ),
        rows,
    )
    return Section("complaints_new", title, (table,))


def _complaints_due(services: Services, context: BuildContext) -> Section:
    day = meeting_day(_week(context))
    horizon = day + timedelta(days=DEADLINE_HORIZON_DAYS)
    units = (context.unit_id,) if context.unit_id is not None else ()
    found = services.complaints.list(ComplaintFilter(unit_ids=units, open_only=True, today=day))
    rows = sorted(
        (
            r
            for r in found
            if r.answered_on is None
            and r.deadline is not None
            and r.deadline <= horizon
            and r.received_on <= day
        ),
        key=lambda r: (r.deadline or day, r.id),
    )
    title = tr("reports", TITLES["complaints_due"])
    if not rows:
        return Section(
            "complaints_due",
            title,
            (),
            tr("reports", "Inga obesvarade klagomål med svarsfrist före nästa möte."),
        )
    overdue = sum(1 for r in rows if r.deadline is not None and r.deadline < day)
    figures = KeyFigures(
        tr("reports", "Svarsfrister"),
        (
            KeyFigure(tr("reports", "Ska besvaras senast {day}").format(day=horizon.isoformat()), len(rows)),
            KeyFigure(tr("reports", "Redan försenade"), overdue, status="red" if overdue else "green"),
        ),
    )
    table = _complaint_table(
        tr("reports", "Obesvarade klagomål med svarsfrist till och med {day}").format(
            day=horizon.isoformat()
        ),
        rows,
        tr("reports", "Svarsfristen är 10 arbetsdagar från att klagomålet kom in."),
    )
    return Section("complaints_due", title, (figures, table))


def _log_week(services: Services, context: BuildContext) -> Section:
    week = _week(context)
    units = (context.unit_id,) if context.unit_id is not None else ()
    rows = services.customer_log.list(
        LogFilter(
            unit_ids=units, date_from=week.start - timedelta(days=7), date_to=week.start - timedelta(days=1)
        ),
        limit=LOG_LIMIT,
    )
    title = tr("reports", TITLES["log_week"])
    last_week = week.previous()
    if not rows:
        return Section(
            "log_week",
            title,
            (),
            tr("reports", "Inga anteckningar i kundloggen under {week}.").format(week=last_week.label),
        )
    table = Table(
        tr("reports", "Kundloggen {week}").format(week=last_week.label),
        (
            Column(tr("reports", "Datum")),
            Column(tr("reports", "Kund")),
            Column(tr("reports", "Typ")),
            Column(tr("reports", "Rubrik")),
            Column(tr("reports", "Skriven av")),
        ),
        tuple((r.entry_date, r.customer_name, r.kind_label, r.subject, r.author) for r in rows),
    )
    return Section("log_week", title, (table,))


def _monthly_complaints(services: Services, context: BuildContext) -> Section:
    week = _week(context)
    month = Month.of(meeting_day(week)).previous()
    title = tr("reports", "Klagomålssammanställning {month}").format(month=month.label)
    if not is_first_meeting_of_month(week):
        return Section(
            "monthly_complaints",
            title,
            (),
            tr("reports", "Sammanställningen tas upp på månadens första enhetsmöte."),
        )
    blocks: list[Block] = compilation.overview_blocks(services, month, context.unit_id, context.unit_names)
    if blocks:
        blocks += compilation.group_blocks(
            tr("reports", "Klagomål per process"),
            tr("reports", "Process"),
            services.complaints.per_process(month, unit_id=context.unit_id),
            month,
        )
        blocks += compilation.group_blocks(
            tr("reports", "Klagomål per felorsak"),
            tr("reports", "Felorsak"),
            services.complaints.per_cause(month, unit_id=context.unit_id),
            month,
        )
    return section_or_empty(
        "monthly_complaints",
        title,
        blocks,
        tr("reports", "Inga klagomål under {month}.").format(month=month.label),
    )


def _minutes(services: Services, context: BuildContext) -> Section:
    return Section(
        "minutes",
        tr("reports", TITLES["minutes"]),
        (
            MinutesPage(
                tr("reports", "Protokoll, enhetsmöte {week}").format(week=_week(context).label),
                tuple(agenda_items(context)),
                (tr("reports", "Datum"), tr("reports", "Närvarande"), tr("reports", "Protokollförare")),
            ),
        ),
    )


TITLES = {
    "agenda": N_("reports", "Dagordning"),
    "follow_ups": N_("reports", "Uppföljningar som förfaller och försenade"),
    "complaints_new": N_("reports", "Klagomål sedan förra mötet"),
    "complaints_due": N_("reports", "Klagomål nära svarsfristen"),
    "log_week": N_("reports", "Kundloggen förra veckan"),
    "monthly_complaints": N_("reports", "Månadens klagomålssammanställning"),
    "minutes": N_("reports", "Protokoll"),
}

# Issues 4 and 5 append their SectionDefinitions here ("month_vs_targets", "phone_statistics").
WEEKLY_PACK_EXTENSIONS: list[SectionDefinition] = []


def _phone_statistics(services: Services, context: BuildContext) -> Section:
    week = _week(context)
    month = Month.of(meeting_day(week)).previous()
    first = is_first_meeting_of_month(week)
    return phone_monthly.meeting_section(services, context, month, first_meeting=first)


WEEKLY_PACK_EXTENSIONS.append(
    SectionDefinition("phone_statistics", phone_monthly.MEETING_TITLE, _phone_statistics)
)


def _month_vs_targets(services: Services, context: BuildContext) -> Section:
    return month_vs_targets_section(services, context, Month.of(meeting_day(_week(context))))


# First among the extensions: the agenda takes the month's figures before the monthly items.
WEEKLY_PACK_EXTENSIONS.insert(
    0,
    SectionDefinition("month_vs_targets", MONTH_VS_TARGETS_TITLE, _month_vs_targets),
)


def weekly_sections() -> tuple[SectionDefinition, ...]:
    return (
        SectionDefinition("agenda", TITLES["agenda"], _agenda),
        SectionDefinition("follow_ups", TITLES["follow_ups"], _follow_ups),
        SectionDefinition("complaints_new", TITLES["complaints_new"], _complaints_new),
        SectionDefinition("complaints_due", TITLES["complaints_due"], _complaints_due),
        SectionDefinition("log_week", TITLES["log_week"], _log_week),
        SectionDefinition("monthly_complaints", TITLES["monthly_complaints"], _monthly_complaints),
        *WEEKLY_PACK_EXTENSIONS,
        SectionDefinition("minutes", TITLES["minutes"], _minutes),
    )


WEEKLY_PACK = ReportDefinition(
    key="unit_meeting",
    title=N_("reports", "Enhetsmöte"),
    description=N_(
        "reports",
        "Underlaget till veckans enhetsmöte: dagordning, uppföljningar, klagomål, kundloggen, "
        "månadens klagomålssammanställning och en sida för protokollet.",
    ),
    period_kinds=("week",),
    sections=weekly_sections,
    needs_unit=True,
    default_formats=("pdf",),
)
