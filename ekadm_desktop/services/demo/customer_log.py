"""The customer log of 2009–2010: meetings each tertial, calls, e-mails, events and follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from ekadm_desktop.models.complaints import Channel, Complaint, ComplaintType
from ekadm_desktop.models.customer_log import LogEntry, LogKind
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.periods import MONTH_NAMES, Tertial
from ekadm_desktop.services.demo import texts
from ekadm_desktop.services.demo.complaints import DEMO_END
from ekadm_desktop.services.demo.refs import YEARS, DemoRefs
from ekadm_desktop.services.demo.registers import AgreementPlan, DemoPeople
from ekadm_desktop.services.demo.workdays import next_working_day

# Customer meetings fall in the last months of each tertial, before the tertial report.
MEETING_MONTHS = {1: (3, 4), 2: (5, 6), 3: (10, 11)}
BIG_CUSTOMER = 0.8  # size from which a customer is met every tertial, not twice a year
OTHER_KINDS = {
    LogKind.PHONE: 30,
    LogKind.EMAIL: 30,
    LogKind.EVENT: 12,
    LogKind.INCIDENT: 10,
    LogKind.FOLLOW_UP: 18,
}
OTHER_TEXTS = {
    LogKind.PHONE: texts.PHONE_TEXTS,
    LogKind.EMAIL: texts.EMAIL_TEXTS,
    LogKind.EVENT: texts.EVENT_TEXTS,
    LogKind.INCIDENT: texts.INCIDENT_TEXTS,
    LogKind.FOLLOW_UP: texts.FOLLOW_UP_TEXTS,
}
# Chance of a follow-up, and after how many days.
FOLLOW_UP = {
    LogKind.MEETING: (0.6, 21, 60),
    LogKind.INCIDENT: (0.8, 5, 14),
    LogKind.PHONE: (0.2, 3, 14),
    LogKind.EMAIL: (0.2, 3, 14),
    LogKind.AGREEMENT_CHANGE: (0.3, 14, 30),
}
COMPLAINT_LOG_SHARE = 0.35
TYPE_WORDS = {
    ComplaintType.COMPLAINT: "Klagomål",
    ComplaintType.FEEDBACK: "Synpunkt",
    ComplaintType.PRAISE: "Beröm",
    ComplaintType.SUGGESTION: "Förslag",
    ComplaintType.QUESTION: "Fråga",
}
LOG_KIND_OF_CHANNEL = {
    Channel.PHONE: LogKind.PHONE,
    Channel.EMAIL: LogKind.EMAIL,
    Channel.WEB: LogKind.EMAIL,
    Channel.ERP_CASE: LogKind.EMAIL,
    Channel.MEETING: LogKind.MEETING,
    Channel.LETTER: LogKind.EVENT,
}


class _Writer:
    """Makes entries for one customer, with the author and follow-up rules in one place."""

    def __init__(self, people: DemoPeople, rng: Random) -> None:
        self.people = people
        self.rng = rng
        self.entries: list[LogEntry] = []

    def add(
        self,
        customer: Customer,
        day: date,
        kind: LogKind,
        subject: str,
        text: str,
        complaint_id: int | None = None,
    ) -> None:
        manager = self.people.manager_by_unit[customer.unit_id]
        author = self.people.controller if kind is LogKind.FOLLOW_UP and self.rng.random() < 0.3 else manager
        entry = LogEntry(
            entry_date=day,
            customer_id=customer.id,
            unit_id=customer.unit_id,
            author=author,
            kind=kind,
            subject=subject,
            text=text,
            complaint_id=complaint_id,
        )
        chance, low, high = FOLLOW_UP.get(kind, (0.0, 0, 0))
        if self.rng.random() < chance:
            entry.follow_up_on = next_working_day(day + timedelta(days=self.rng.randint(low, high)))
            entry.follow_up_by = manager
            # Follow-ups due well before the demo's today are mostly done; those near it are open.
            entry.follow_up_done = (
                entry.follow_up_on <= DEMO_END - timedelta(days=7) and self.rng.random() < 0.95
            )
        else:
            entry.follow_up_done = False
        self.entries.append(entry)


def _working_day_in(year: int, month: int, rng: Random) -> date:
    return next_working_day(date(year, month, rng.randint(1, 28)))


def _fill(template: texts.LogText, rng: Random, day: date) -> tuple[str, str]:
    values = {
        "contact": f"{rng.choice(texts.FIRST_NAMES)} {rng.choice(texts.LAST_NAMES)}",
        "month": MONTH_NAMES[day.month % 12],
    }
    return template.subject.format(**values), template.text.format(**values)


def _meetings(writer: _Writer, refs: DemoRefs, customer: Customer, year: int) -> None:
    rng = writer.rng
    tertials = (1, 2, 3) if refs.size[customer.id] >= BIG_CUSTOMER else (1, 3)
    for number in tertials:
        day = _working_day_in(year, rng.choice(MEETING_MONTHS[number]), rng)
        period = Tertial(year, number).label
        topics = " ".join(t.format(period=period) for t in rng.sample(texts.MEETING_TOPICS, 2))
        writer.add(customer, day, LogKind.MEETING, f"Kundmöte {period}", f"{topics} Nästa möte bokas av oss.")


def _year_entries(writer: _Writer, refs: DemoRefs, customer: Customer, year: int) -> None:
    rng = writer.rng
    _meetings(writer, refs, customer, year)
    writer.add(
        customer,
        _working_day_in(year, rng.choice((11, 12)), rng),
        LogKind.AGREEMENT_CHANGE,
        f"Serviceavtal {year + 1} skickat för underskrift",
        "Avtalet följer stadens prislista; förvaltningen har fått förslaget med tjänsterna för nästa år.",
    )
    for _ in range(rng.randint(1, 5)):
        kind = rng.choices(list(OTHER_KINDS), weights=list(OTHER_KINDS.values()))[0]
        day = _working_day_in(year, rng.randint(1, 12), rng)
        subject, text = _fill(rng.choice(OTHER_TEXTS[kind]), rng, day)
        writer.add(customer, day, kind, subject, text)


def _complaint_entries(writer: _Writer, refs: DemoRefs, complaints: list[Complaint]) -> None:
    customers = {c.id: c for c in refs.customers}
    for complaint in complaints:
        customer = customers.get(complaint.customer_id) if complaint.customer_id else None
        # A secret complaint's description stays in the register, out of the open log.
        if customer is None or complaint.secret or writer.rng.random() >= COMPLAINT_LOG_SHARE:
            continue
        word = TYPE_WORDS[complaint.type]
        writer.add(
            customer,
            complaint.received_at.date(),
            LOG_KIND_OF_CHANNEL[complaint.channel],
            f"{word} {complaint.case_number} registrerat",
            complaint.description,
            complaint_id=complaint.id,
        )


def log_rows(
    refs: DemoRefs, people: DemoPeople, plan: AgreementPlan, complaints: list[Complaint], rng: Random
) -> list[LogEntry]:
    """Complaints must be flushed first: entries link to them by id."""
    writer = _Writer(people, rng)
    for customer in refs.customers:
        for year in YEARS:
            _year_entries(writer, refs, customer, year)
    customers = {c.id: c for c in refs.customers}
    for agreed in plan.additional_agreements:
        customer = customers[agreed.customer_id]
        day = next_working_day(agreed.valid_from - timedelta(days=rng.randint(10, 25)))
        writer.add(
            customer,
            day,
            LogKind.AGREEMENT_CHANGE,
            agreed.note,
            "Överenskommelsen undertecknad av båda parter.",
        )
    _complaint_entries(writer, refs, complaints)
    return sorted(writer.entries, key=lambda e: (e.entry_date, e.customer_id))
