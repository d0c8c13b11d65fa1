"""Complaints of 2009–2010 with their event logs, in states that fit their dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from random import Random
from typing import TypeVar

from ekadm_desktop.models.complaints import (
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    ComplaintType,
    ErrorCause,
    Outcome,
    Severity,
)
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.periods import MONTH_NAMES
from ekadm_desktop.services.demo import texts
from ekadm_desktop.services.demo.refs import YEARS, DemoRefs
from ekadm_desktop.services.demo.registers import DemoPeople
from ekadm_desktop.services.demo.workdays import add_working_days, working_days

# The demo's "today": the register is seen as it stood at the end of 2010.
DEMO_END = date(2010, 12, 31)
COMPLAINTS_PER_YEAR = (65, 85)
SECRET_SHARE = 0.07
ANONYMOUS_SHARE = 0.03
ANSWER_DAYS = 10  # working days to the deadline
LATE = 0.14  # answered after the deadline
LEFT_LYING = 0.03  # not answered for weeks
LEFT_LYING_RECENT = 0.4
RECENT = date(2010, 10, 1)

TYPE_WEIGHTS = {
    ComplaintType.COMPLAINT: 62,
    ComplaintType.FEEDBACK: 14,
    ComplaintType.PRAISE: 8,
    ComplaintType.QUESTION: 9,
    ComplaintType.SUGGESTION: 7,
}
CHANNEL_WEIGHTS = {
    Channel.PHONE: 35,
    Channel.EMAIL: 40,
    Channel.MEETING: 8,
    Channel.LETTER: 3,
    Channel.WEB: 7,
    Channel.ERP_CASE: 7,
}
CHANNEL_LABELS = {
    Channel.PHONE: "telefon",
    Channel.EMAIL: "e-post",
    Channel.MEETING: "möte",
    Channel.LETTER: "brev",
    Channel.WEB: "webbformulär",
    Channel.ERP_CASE: "ärende i Agresso",
}
CAUSE_WEIGHTS = {
    ErrorCause.OWN: 50,
    ErrorCause.CUSTOMER: 15,
    ErrorCause.THIRD_PARTY: 10,
    ErrorCause.SYSTEM: 15,
    ErrorCause.UNCLEAR: 10,
}
CAUSE_ROOT = {
    ErrorCause.OWN: "RUTIN",
    ErrorCause.CUSTOMER: "UNDERLAG",
    ErrorCause.THIRD_PARTY: "LEVERANTOR",
    ErrorCause.SYSTEM: "SYSTEM",
    ErrorCause.UNCLEAR: "KOMMUNIKATION",
}
# Complaints come in with the load: the turn of the year, after the summer, not in July.
MONTH_WEIGHT = (1.5, 1.2, 1.0, 1.0, 1.0, 0.9, 0.4, 0.8, 1.4, 1.1, 1.0, 1.2)
COMPLAINING_TYPES = (ComplaintType.COMPLAINT, ComplaintType.FEEDBACK)

T = TypeVar("T")


@dataclass(frozen=True)
class Timeline:
    """When a complaint was acknowledged, answered and closed, as far as the demo's today."""

    acknowledged: date | None
    answered: date | None
    closed: date | None
    status: ComplaintStatus


def _weighted(rng: Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _received_times(year: int, count: int, rng: Random) -> list[datetime]:
    last = min(date(year, 12, 31), DEMO_END)
    days = working_days(date(year, 1, 1), last)
    chosen = rng.choices(days, weights=[MONTH_WEIGHT[d.month - 1] for d in days], k=count)
    return sorted(
        datetime.combine(d, time(8)) + timedelta(minutes=rng.randint(0, 8 * 60 + 30)) for d in chosen
    )


def _timeline(received: date, rng: Random) -> Timeline:
    ack_days = rng.choices((0, 1, 2, 3), weights=(55, 35, 7, 3))[0]
    ack = add_working_days(received, ack_days)
    # Most answers within the ten working days, some late, a few left lying (more of the recent ones,
    # so the register at the demo's today has overdue cases).
    left_lying = LEFT_LYING_RECENT if received >= RECENT else LEFT_LYING
    late = rng.random()
    if late < left_lying:
        answer_days = rng.randint(25, 60)
    elif late < left_lying + LATE:
        answer_days = rng.randint(ANSWER_DAYS + 1, ANSWER_DAYS + 6)
    else:
        answer_days = rng.randint(max(ack_days, 1), ANSWER_DAYS)
    answered = add_working_days(received, answer_days)
    closed = add_working_days(answered, rng.randint(0, 5))
    if ack > DEMO_END:
        return Timeline(None, None, None, ComplaintStatus.REGISTERED)
    if answered > DEMO_END:
        investigating = add_working_days(ack, 2) <= DEMO_END
        status = ComplaintStatus.INVESTIGATING if investigating else ComplaintStatus.ACKNOWLEDGED
        return Timeline(ack, None, None, status)
    if closed > DEMO_END:
        return Timeline(ack, answered, None, ComplaintStatus.ANSWERED)
    return Timeline(ack, answered, closed, ComplaintStatus.CLOSED)


def _template(rng: Random) -> tuple[texts.ComplaintText, ComplaintType]:
    if rng.random() < SECRET_SHARE:
        template = rng.choice([t for t in texts.COMPLAINTS if t.secret])
        return template, ComplaintType.COMPLAINT
    kind = _weighted(rng, TYPE_WEIGHTS)
    template = rng.choice([t for t in texts.COMPLAINTS if kind in t.types and not t.secret])
    return template, kind


def _details(rng: Random, received: datetime) -> dict[str, str]:
    return {
        "supplier": rng.choice(texts.SUPPLIERS),
        "invoice": str(rng.randint(4_100_000, 4_999_999)),
        "amount": f"{rng.randint(2, 400) * 250:,}".replace(",", " "),
        "month": MONTH_NAMES[(received.month - 2) % 12],
        "reference": f"projekt {rng.randint(10_000, 99_999)}",
    }


def _person(rng: Random) -> str:
    return f"{rng.choice(texts.FIRST_NAMES)} {rng.choice(texts.LAST_NAMES)}"


def _assessment(
    template: texts.ComplaintText, kind: ComplaintType, rng: Random
) -> tuple[bool | None, ErrorCause | None, str]:
    """Justified?, error cause and root-cause code, decided when the complaint is investigated."""
    if kind not in COMPLAINING_TYPES:
        return None, None, ""
    if template.secret:
        return True, ErrorCause.OWN, template.root_cause
    justified = rng.random() < (0.7 if template.likely_cause is ErrorCause.OWN else 0.45)
    if justified:
        cause = template.likely_cause if rng.random() < 0.6 else _weighted(rng, CAUSE_WEIGHTS)
    else:
        cause = rng.choice(
            (ErrorCause.CUSTOMER, ErrorCause.CUSTOMER, ErrorCause.THIRD_PARTY, ErrorCause.UNCLEAR)
        )
    root = template.root_cause if cause is template.likely_cause else CAUSE_ROOT[cause]
    return justified, cause, root


def _answer(kind: ComplaintType, justified: bool | None, immediate: str, contact: str) -> str:
    greeting = f"Hej {contact.split(',')[0]}!" if contact else "Hej!"
    if kind is ComplaintType.PRAISE:
        body = "Tack för de vänliga orden. Vi har delat dem med medarbetarna på enhetsmötet."
    elif kind is ComplaintType.QUESTION:
        body = "Tack för frågan. Svaret och rutinbeskrivningen finns i bifogat dokument."
    elif kind is ComplaintType.SUGGESTION:
        body = "Tack för förslaget. Processgruppen har prövat det och återkommer på nästa kundmöte."
    elif justified:
        body = f"Vi har utrett ärendet och felet låg hos oss. {immediate} Vi ber om ursäkt för besväret."
    else:
        body = (
            "Vi har utrett ärendet och kan inte se att det beror på vår hantering. Vi beskriver gärna "
            "hur underlaget ska se ut för att det ska gå rätt nästa gång."
        )
    return f"{greeting} {body} Med vänlig hälsning, Ekonomiadministrationen"


def _complaint(
    year: int, serial: int, received: datetime, refs: DemoRefs, people: DemoPeople, rng: Random
) -> Complaint:
    template, kind = _template(rng)
    anonymous = rng.random() < ANONYMOUS_SHARE and not template.secret
    customer: Customer | None = None
    if not anonymous:
        customer = rng.choices(refs.customers, weights=[refs.size[c.id] for c in refs.customers])[0]
    unit_id = customer.unit_id if customer else rng.choice(refs.units).id
    manager = people.manager_by_unit[unit_id]
    contact = "" if anonymous else f"{_person(rng)}, {rng.choice(texts.TITLES)}"
    details = _details(rng, received)
    process = refs.processes.get(template.process) if template.process else None
    timeline = _timeline(received.date(), rng)
    justified, cause, root = _assessment(template, kind, rng) if timeline.answered else (None, None, "")
    immediate = texts.IMMEDIATE_ACTIONS.get(root, "") if justified else ""
    corrective = texts.CORRECTIVE_ACTIONS.get(root, "") if justified and rng.random() < 0.5 else ""
    outcome = _outcome(kind, justified, corrective) if timeline.answered else None
    complaint = Complaint(
        year=year,
        serial=serial,
        case_number=f"K-{year}-{serial:04d}",
        status=timeline.status,
        received_at=received,
        received_by=manager,
        channel=_weighted(rng, CHANNEL_WEIGHTS),
        customer_id=customer.id if customer else None,
        contact_person=contact,
        anonymous=anonymous,
        type=kind,
        process_id=process.id if process else None,
        unit_id=unit_id,
        category=template.category,
        description=template.description.format(**details),
        requested_action=template.requested.format(**details),
        reference=f"Faktura {details['invoice']}" if "{invoice}" in template.description else "",
        severity=Severity.HIGH
        if template.secret
        else _weighted(rng, {Severity.LOW: 25, Severity.NORMAL: 60, Severity.HIGH: 15}),
        acknowledged_on=timeline.acknowledged,
        responsible=manager,
        deadline=add_working_days(received.date(), ANSWER_DAYS),
        justified=justified,
        error_cause=cause,
        root_cause_code=root,
        root_cause_text=texts.ROOT_CAUSES.get(root, ""),
        immediate_action=immediate,
        corrective_action=corrective,
        improvement_link=f"Processgrupp {process.name if process else 'ledningsgruppen'}, förbättring "
        f"{year}-{serial:04d}"
        if corrective
        else "",
        answered_on=timeline.answered,
        answer_text=_answer(kind, justified, immediate, contact) if timeline.answered else "",
        outcome=outcome,
        customer_satisfied=_satisfied(justified, anonymous, rng) if timeline.closed else None,
        closed_on=timeline.closed,
        diary_number=f"SF {year}/{rng.randint(100, 2999)}" if template.secret or rng.random() < 0.3 else "",
        secret=template.secret,
    )
    complaint.events = _events(complaint, timeline, rng)
    return complaint


def _outcome(kind: ComplaintType, justified: bool | None, corrective: str) -> Outcome:
    if kind not in COMPLAINING_TYPES:
        return Outcome.OTHER
    if corrective:
        return Outcome.ROUTINE_CHANGED
    return Outcome.CORRECTED if justified else Outcome.NO_CHANGE


def _satisfied(justified: bool | None, anonymous: bool, rng: Random) -> bool | None:
    if anonymous:
        return None
    return rng.random() < (0.6 if justified is False else 0.8)


def _at(day: date, rng: Random, earliest: datetime) -> datetime:
    moment = datetime.combine(day, time(8)) + timedelta(minutes=rng.randint(0, 8 * 60))
    return max(moment, earliest + timedelta(minutes=5))


def _events(complaint: Complaint, timeline: Timeline, rng: Random) -> list[ComplaintEvent]:
    author = complaint.responsible
    channel = CHANNEL_LABELS[complaint.channel]
    at = complaint.received_at
    events = [
        ComplaintEvent(
            at=at, author=author, kind="registered", text=f"Ärendet registrerat; kom in via {channel}."
        )
    ]
    if timeline.acknowledged is None:
        return events
    at = _at(timeline.acknowledged, rng, at)
    events.append(
        ComplaintEvent(
            at=at,
            author=author,
            kind="acknowledged",
            text="Mottagningsbekräftelse skickad till kontaktpersonen.",
        )
    )
    if complaint.status is not ComplaintStatus.ACKNOWLEDGED and rng.random() < 0.6:
        until = timeline.answered or DEMO_END
        day = min(add_working_days(timeline.acknowledged, 1), until)
        at = _at(day, rng, at)
        events.append(ComplaintEvent(at=at, author=author, kind="note", text=rng.choice(texts.EVENT_NOTES)))
    if timeline.answered is not None:
        events.append(
            ComplaintEvent(
                at=_at(timeline.answered, rng, at),
                author=author,
                kind="answered",
                text="Svar skickat till kunden via e-post.",
            )
        )
    return events


def complaint_rows(refs: DemoRefs, people: DemoPeople, rng: Random) -> list[Complaint]:
    complaints = []
    for year in YEARS:
        count = rng.randint(*COMPLAINTS_PER_YEAR)
        for serial, received in enumerate(_received_times(year, count, rng), start=1):
            complaints.append(_complaint(year, serial, received, refs, people, rng))
    return complaints
