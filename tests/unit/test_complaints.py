"""ComplaintService: numbering, status flow, deadlines, permissions, secrecy, links and figures on
both databases."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ekadm_desktop.models.complaints import (
    Category,
    Channel,
    ComplaintStatus,
    ComplaintType,
    ErrorCause,
    Outcome,
    Severity,
)
from ekadm_desktop.models.customer_log import LogKind
from ekadm_desktop.models.reference import Customer, Process, Unit
from ekadm_desktop.models.users import Role
from ekadm_desktop.periods import Month, Tertial, Year
from ekadm_desktop.services.complaints import (
    ComplaintFilter,
    ComplaintRow,
    ComplaintService,
    GroupCount,
)
from ekadm_desktop.services.customer_log import CustomerLogService
from ekadm_desktop.services.users import CurrentUser, UserService, ensure_user

TODAY = date(2011, 6, 30)
NOW = datetime(2011, 6, 30, 14, 0)
SECRET = "(sekretess)"


@dataclass(frozen=True)
class Ref:
    """Seeded reference data: two units, customers of each, two processes."""

    north: int
    south: int
    c1: int  # customers of the north unit
    c2: int
    c3: int  # a customer of the south unit
    p1: int
    p2: int


@pytest.fixture
def ref(database: Database) -> Ref:
    with database.session() as s:
        units = {u.code: u.id for u in s.scalars(select(Unit))}
        north, south = units["NORD"], units["SYD"]
        customers = list(s.scalars(select(Customer).order_by(Customer.id)))
        north_customers = [c.id for c in customers if c.unit_id == north]
        south_customers = [c.id for c in customers if c.unit_id == south]
        processes = list(s.scalars(select(Process.id).order_by(Process.id)))
    return Ref(
        north, south, north_customers[0], north_customers[1], south_customers[0], processes[0], processes[1]
    )


def service(database: Database, user: CurrentUser, **options: Any) -> ComplaintService:
    return ComplaintService(database, user, today=lambda: TODAY, now=lambda: NOW, **options)


@pytest.fixture
def svc(database: Database, admin_user: CurrentUser) -> ComplaintService:
    return service(database, admin_user)


def user_with_role(
    database: Database, admin: CurrentUser, login: str, role: Role, unit_id: int | None
) -> CurrentUser:
    UserService(database, admin).save_user(
        None, None, login=login, display_name=login.title(), role=role, unit_id=unit_id, active=True
    )
    with database.session() as s:
        return ensure_user(s, login)


def register(
    svc: ComplaintService, customer_id: int | None, received: datetime | date, /, **values: object
) -> ComplaintRow:
    if not isinstance(received, datetime):
        received = datetime.combine(received, datetime.min.time()).replace(hour=9)
    defaults: dict[str, object] = {
        "customer_id": customer_id,
        "channel": Channel.EMAIL,
        "type": ComplaintType.COMPLAINT,
        "description": "Fakturan betalades för sent.",
    }
    return svc.register(defaults | values, received_at=received)


# -- registering -----------------------------------------------------------------------------


def test_numbering_runs_per_year(svc, ref) -> None:
    first = register(svc, ref.c1, date(2010, 3, 1))
    second = register(svc, ref.c1, date(2010, 3, 2))
    next_year = register(svc, ref.c2, date(2011, 1, 3))
    late = register(svc, ref.c2, date(2010, 12, 30))
    assert [r.case_number for r in (first, second, next_year, late)] == [
        "K-2010-0001",
        "K-2010-0002",
        "K-2011-0001",
        "K-2010-0003",
    ]
    assert (late.year, late.serial) == (2010, 3)


def test_register_returns_plain_data_with_defaults(svc, ref, admin_user) -> None:
    row = register(
        svc,
        ref.c1,
        datetime(2010, 3, 30, 10, 15),
        contact_person="Anna Ek",
        category=Category.LEAD_TIME,
        reference="Faktura 4711",
    )
    assert isinstance(row, ComplaintRow)
    assert row.status is ComplaintStatus.REGISTERED and row.status_label == "Registrerat"
    assert row.unit_id == ref.north and row.unit_name == "Enhet Nord"  # the customer's unit
    assert row.customer_name and row.process_name == "" and row.process_id is None
    assert row.received_by == admin_user.display_name
    assert row.channel_label == "E-post" and row.type_label == "Klagomål"
    assert row.category_label == "Handläggningstid" and row.error_cause_label == ""
    assert row.severity is Severity.NORMAL and row.severity_label == "Normal"
    # Received Tuesday 30 March 2010: 10 working days skip Good Friday and Easter Monday.
    assert row.deadline == date(2010, 4, 15)
    assert row.acknowledge_by == date(2010, 4, 1)
    assert row.month == Month(2010, 3) and row.month_key == "2010-03" and row.tertial_key == "2010-T1"
    assert row.version == 1 and row.created_by == admin_user.login
    assert row.overdue  # as of TODAY, in 2011
    assert not svc.get(row.id, today=date(2010, 4, 15)).overdue
    assert row.response_days is None and row.within_deadline is None
    assert svc.get(row.id) == row
    events = svc.events(row.id)
    assert [(e.kind, e.text, e.at) for e in events] == [("registered", "Registrerat", row.received_at)]
    assert events[0].kind_label == "Registrerat" and events[0].author == admin_user.display_name


def test_deadline_over_christmas_and_configurable(database, admin_user, ref) -> None:
    row = register(service(database, admin_user), ref.c1, date(2010, 12, 20))
    assert row.deadline == date(2011, 1, 5)  # Christmas eve, New Year's eve and Epiphany are free
    short = register(service(database, admin_user, deadline_working_days=5), ref.c1, date(2010, 3, 30))
    assert short.deadline == date(2010, 4, 8)
    explicit = register(service(database, admin_user), ref.c1, date(2010, 3, 30), deadline=date(2010, 5, 1))
    assert explicit.deadline == date(2010, 5, 1)


def test_register_validates_with_swedish_messages(svc, ref) -> None:
    cases: list[tuple[dict[str, object], str, str]] = [
        ({"description": "  "}, "description", "Fyll i ”Beskrivning”."),
        ({"customer_id": None}, "customer_id", "Välj ”Kund” eller markera ”Anonym”."),
        ({"channel": "fax"}, "channel", "Välj ett av alternativen i ”Kanal”."),
        ({"reference": "x" * 201}, "reference", "”Referens” får vara högst 200 tecken."),
        (
            {"anonymous": True, "contact_person": "Anna Ek"},
            "contact_person",
            "”Kontaktperson” ska vara tom när klagomålet är anonymt.",
        ),
        (
            {"deadline": date(2010, 3, 1)},
            "deadline",
            "”Svara senast” kan inte vara före inkomstdagen (2010-03-30).",
        ),
        ({"anonymous": "ja"}, "anonymous", "”Anonym” måste vara ja eller nej."),
    ]
    for values, field, message in cases:
        with pytest.raises(ValidationError) as caught:
            register(svc, ref.c1, date(2010, 3, 30), **values)
        assert (caught.value.field, caught.value.message) == (field, message)
    with pytest.raises(ValidationError, match="framtiden"):
        register(svc, ref.c1, date(2011, 7, 1))
    with pytest.raises(KeyError):
        register(svc, ref.c1, date(2010, 3, 30), status="closed")
    assert svc.list() == []
    anonymous = register(svc, None, date(2010, 3, 30), anonymous=True, unit_id=ref.south)
    assert anonymous.customer_id is None and anonymous.unit_id == ref.south
    assert anonymous.case_number == "K-2010-0001"  # the refused attempts took no numbers


def test_concurrent_registrations_get_distinct_numbers(database, admin_user, ref) -> None:
    per_thread, threads = 4, 3
    barrier = threading.Barrier(threads)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        own = service(database, admin_user)
        try:
            barrier.wait()
            for _ in range(per_thread):
                numbers.append(register(own, ref.c1, datetime(2010, 5, 3, 9, 0)).case_number)
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert sorted(numbers) == [f"K-2010-{n:04d}" for n in range(1, per_thread * threads + 1)]


# -- the status flow -------------------------------------------------------------------------


def test_full_status_flow(svc, ref) -> None:
    row = register(svc, ref.c1, datetime(2010, 3, 30, 10, 0))
    row = svc.acknowledge(row.id, row.version, date(2010, 3, 31))
    assert (row.status, row.acknowledged_on, row.acknowledged_in_time) == (
        ComplaintStatus.ACKNOWLEDGED,
        date(2010, 3, 31),
        True,
    )
    row = svc.start_investigation(row.id, row.version)
    assert row.status is ComplaintStatus.INVESTIGATING and row.status_label == "Under utredning"
    row = svc.answer(row.id, row.version, date(2010, 4, 12), "  Vi har rättat betalningen.  ")
    assert row.status is ComplaintStatus.ANSWERED
    assert (row.answered_on, row.answer_text) == (date(2010, 4, 12), "Vi har rättat betalningen.")
    assert (row.response_days, row.within_deadline, row.lead_days) == (13, True, None)
    row = svc.close(row.id, row.version, date(2010, 4, 20), Outcome.ROUTINE_CHANGED, True)
    assert row.status is ComplaintStatus.CLOSED and row.status_label == "Avslutat"
    assert (row.closed_on, row.outcome, row.outcome_label, row.customer_satisfied) == (
        date(2010, 4, 20),
        Outcome.ROUTINE_CHANGED,
        "Rutin ändrad",
        True,
    )
    assert (row.lead_days, row.is_open, row.version) == (21, False, 5)
    events = svc.events(row.id)
    assert [e.kind for e in events] == ["registered", "acknowledged", "investigating", "answered", "closed"]
    assert [e.kind_label for e in events] == [
        "Registrerat",
        "Bekräftat",
        "Utredning påbörjad",
        "Besvarat",
        "Avslutat",
    ]
    assert events[0].at == datetime(2010, 3, 30, 10, 0) and {e.at for e in events[1:]} == {NOW}
    assert events[1].text == "Mottagandet bekräftat 2010-03-31."
    assert events[4].text == "Avslutat 2010-04-20: rutin ändrad."


def test_answer_without_investigation_and_late_answer(svc, ref) -> None:
    row = register(svc, ref.c1, date(2010, 3, 30))
    row = svc.acknowledge(row.id, row.version, date(2010, 4, 6))
    assert row.acknowledged_in_time is False  # later than 2 working days (1 April)
    row = svc.answer(row.id, row.version, date(2010, 4, 16), "Svar")
    assert (row.status, row.within_deadline, row.response_days) == (ComplaintStatus.ANSWERED, False, 17)


def test_wrong_transitions_are_refused(svc, ref) -> None:
    def refused(call: Any, *args: Any) -> str:
        with pytest.raises(ValidationError) as caught:
            call(*args)
        return caught.value.message

    row = register(svc, ref.c1, date(2010, 3, 30))
    assert refused(svc.answer, row.id, row.version, date(2010, 4, 1), "Svar") == (
        "Bekräfta mottagandet innan ärendet besvaras."
    )
    assert refused(svc.start_investigation, row.id, row.version) == (
        "Bekräfta mottagandet innan utredningen påbörjas."
    )
    assert refused(svc.close, row.id, row.version, date(2010, 4, 1), Outcome.NO_CHANGE, None) == (
        "Ärendet måste besvaras innan det kan avslutas."
    )
    assert refused(svc.reopen, row.id, row.version, "Fel") == "Bara ett avslutat ärende kan öppnas igen."
    assert refused(svc.acknowledge, row.id, row.version, date(2010, 3, 29)) == (
        "”Bekräftad” kan inte vara före ”Inkom” (2010-03-30)."
    )
    assert refused(svc.acknowledge, row.id, row.version, date(2011, 7, 1)) == (
        "”Bekräftad” kan inte vara ett datum i framtiden."
    )
    row = svc.acknowledge(row.id, row.version, date(2010, 3, 31))
    assert refused(svc.acknowledge, row.id, row.version, date(2010, 3, 31)) == "Ärendet är redan bekräftat."
    assert refused(svc.answer, row.id, row.version, date(2010, 3, 30), "Svar") == (
        "”Besvarad” kan inte vara före ”Bekräftad” (2010-03-31)."
    )
    assert refused(svc.answer, row.id, row.version, date(2010, 4, 1), "  ") == "Fyll i ”Svar”."
    row = svc.start_investigation(row.id, row.version)
    assert refused(svc.start_investigation, row.id, row.version) == "Utredningen är redan påbörjad."
    row = svc.answer(row.id, row.version, date(2010, 4, 1), "Svar")
    assert refused(svc.answer, row.id, row.version, date(2010, 4, 2), "Svar") == "Ärendet är redan besvarat."
    assert refused(svc.start_investigation, row.id, row.version) == "Ärendet är redan besvarat."
    assert refused(svc.close, row.id, row.version, date(2010, 3, 31), Outcome.NO_CHANGE, None) == (
        "”Avslutad” kan inte vara före ”Besvarad” (2010-04-01)."
    )
    row = svc.close(row.id, row.version, date(2010, 4, 2), Outcome.NO_CHANGE, None)
    for call, args in (
        (svc.acknowledge, (date(2010, 4, 3),)),
        (svc.start_investigation, ()),
        (svc.answer, (date(2010, 4, 3), "Svar")),
        (svc.close, (date(2010, 4, 3), Outcome.NO_CHANGE, None)),
    ):
        assert refused(call, row.id, row.version, *args) == "Ärendet är redan avslutat."
    assert svc.get(row.id).version == row.version  # nothing was written by the refusals


def test_reopen_is_for_administrators_and_controllers(database, admin_user, svc, ref) -> None:
    row = register(svc, ref.c1, date(2010, 3, 30))
    row = svc.acknowledge(row.id, row.version, date(2010, 3, 31))
    row = svc.answer(row.id, row.version, date(2010, 4, 1), "Svar")
    row = svc.close(row.id, row.version, date(2010, 4, 2), Outcome.NO_CHANGE, False)
    manager = user_with_role(database, admin_user, "nord", Role.UNIT_MANAGER, ref.north)
    with pytest.raises(PermissionDenied):
        service(database, manager).reopen(row.id, row.version, "Kunden hörde av sig igen")
    controller = service(database, user_with_role(database, admin_user, "ctrl", Role.CONTROLLER, None))
    with pytest.raises(ValidationError, match="Ange varför"):
        controller.reopen(row.id, row.version, " ")
    row = controller.reopen(row.id, row.version, "Kunden hörde av sig igen")
    assert row.status is ComplaintStatus.INVESTIGATING
    assert (row.closed_on, row.outcome, row.customer_satisfied, row.lead_days) == (None, None, None, None)
    assert row.answered_on == date(2010, 4, 1)
    last = svc.events(row.id)[-1]
    assert (last.kind, last.text) == ("reopened", "Öppnat igen: Kunden hörde av sig igen")
    row = svc.answer(row.id, row.version, date(2010, 4, 9), "Nytt svar")
    assert row.answer_text == "Nytt svar" and row.response_days == 10


def test_overdue(svc, ref) -> None:
    row = register(svc, ref.c1, date(2010, 3, 30))  # deadline 15 April
    other = register(svc, ref.c2, date(2010, 4, 12))  # deadline 26 April
    assert not svc.get(row.id, today=date(2010, 4, 15)).overdue
    assert svc.get(row.id, today=date(2010, 4, 16)).overdue
    overdue = svc.list(ComplaintFilter(overdue_only=True, today=date(2010, 4, 16)))
    assert [r.id for r in overdue] == [row.id] and overdue[0].overdue
    listed = {r.id: r for r in svc.list(ComplaintFilter(today=date(2010, 4, 16)))}
    assert listed[row.id].overdue and not listed[other.id].overdue
    assert {r.id for r in svc.list(ComplaintFilter(overdue_only=True, today=date(2010, 4, 27)))} == {
        row.id,
        other.id,
    }
    row = svc.acknowledge(row.id, row.version, date(2010, 3, 31))
    row = svc.answer(row.id, row.version, date(2010, 4, 20), "Sent svar")
    assert not svc.get(row.id, today=date(2010, 4, 27)).overdue  # answered, though late
    assert [r.id for r in svc.list(ComplaintFilter(overdue_only=True, today=date(2010, 4, 27)))] == [other.id]


def test_stale_version_is_a_conflict(svc, ref) -> None:
    row = register(svc, ref.c1, date(2010, 3, 30))
    changed = svc.update(row.id, row.version, {"responsible": "Karin", "severity": "high"})
    assert changed.version == row.version + 1 and changed.severity is Severity.HIGH
    with pytest.raises(ConflictError):
        svc.update(row.id, row.version, {"responsible": "Nils"})
    with pytest.raises(ConflictError):
        svc.acknowledge(row.id, row.version, date(2010, 3, 31))
    assert svc.get(row.id).responsible == "Karin"
    with pytest.raises(NotFound):
        svc.get(row.id + 1000)


def test_update_changes_only_given_fields_and_validates(svc, ref) -> None:
    row = register(svc, ref.c1, date(2010, 3, 30), contact_person="Anna Ek", requested_action="Ring mig")
    row = svc.update(
        row.id,
        row.version,
        {
            "process_id": ref.p1,
            "error_cause": ErrorCause.OWN,
            "root_cause_code": " R12 ",
            "justified": True,
            "deadline": "2010-04-20",
        },
    )
    assert row.process_id == ref.p1 and row.process_name
    assert (row.error_cause, row.error_cause_label, row.root_cause_code) == (
        ErrorCause.OWN,
        "Eget fel",
        "R12",
    )
    assert row.justified is True and row.deadline == date(2010, 4, 20)
    assert row.contact_person == "Anna Ek" and row.requested_action == "Ring mig"
    with pytest.raises(ValidationError) as caught:
        svc.update(row.id, row.version, {"deadline": None})
    assert (caught.value.field, caught.value.message) == ("deadline", "Fyll i ”Svara senast”.")
    with pytest.raises(ValidationError) as caught:
        svc.update(row.id, row.version, {"unit_id": None})
    assert caught.value.message == "Välj ”Enhet”."
    with pytest.raises(ValidationError) as caught:
        svc.update(row.id, row.version, {"root_cause_code": "x" * 33})
    assert caught.value.message == "”Rotorsakskod” får vara högst 32 tecken."
    with pytest.raises(KeyError):
        svc.update(row.id, row.version, {"answer_text": "Svar"})


def test_events_added_by_users(database, admin_user, svc, ref) -> None:
    row = register(svc, ref.c1, date(2010, 3, 30))
    note = svc.add_event(row.id, "  Ringde kunden.  ", kind="contact")
    assert (note.kind, note.kind_label, note.text, note.at) == (
        "contact",
        "Kontakt med kunden",
        "Ringde kunden.",
        NOW,
    )
    with pytest.raises(ValidationError, match="Anteckning"):
        svc.add_event(row.id, "Fusk", kind="closed")
    with pytest.raises(ValidationError):
        svc.add_event(row.id, " ")
    reader = service(database, user_with_role(database, admin_user, "lasare", Role.READER, None))
    with pytest.raises(PermissionDenied):
        reader.add_event(row.id, "Hej")
    assert [e.kind for e in reader.events(row.id)] == ["registered", "contact"]


# -- permissions and secrecy -----------------------------------------------------------------


def test_permissions(database, admin_user, svc, ref) -> None:
    south_row = register(svc, ref.c3, date(2010, 3, 30))
    reader = service(database, user_with_role(database, admin_user, "lasare", Role.READER, None))
    assert not reader.can_create
    with pytest.raises(PermissionDenied, match="läsbehörighet"):
        register(reader, ref.c1, date(2010, 3, 30))
    with pytest.raises(PermissionDenied):
        reader.update(south_row.id, south_row.version, {"responsible": "X"})
    assert [r.id for r in reader.list()] == [south_row.id]

    manager = service(database, user_with_role(database, admin_user, "nord", Role.UNIT_MANAGER, ref.north))
    own = register(manager, ref.c3, date(2010, 3, 31))  # a unit manager's complaints default to their unit
    assert own.unit_id == ref.north and manager.can_edit(own) and not manager.can_edit(south_row)
    with pytest.raises(PermissionDenied, match="din egen enhet"):
        register(manager, ref.c3, date(2010, 3, 31), unit_id=ref.south)
    with pytest.raises(PermissionDenied):
        manager.update(south_row.id, south_row.version, {"responsible": "X"})
    with pytest.raises(PermissionDenied):
        manager.acknowledge(south_row.id, south_row.version, date(2010, 3, 31))
    with pytest.raises(PermissionDenied):
        manager.add_event(south_row.id, "Hej")
    with pytest.raises(PermissionDenied):
        manager.update(own.id, own.version, {"unit_id": ref.south})  # cannot give it away either
    assert {r.id for r in manager.list()} == {own.id, south_row.id}
    manager.acknowledge(own.id, own.version, date(2010, 3, 31))

    controller = service(database, user_with_role(database, admin_user, "ctrl", Role.CONTROLLER, None))
    controller.acknowledge(south_row.id, south_row.version, date(2010, 3, 31))


def test_secret_complaints_are_redacted_for_others(database, admin_user, svc, ref) -> None:
    row = register(
        svc,
        ref.c1,
        date(2010, 3, 30),
        secret=True,
        contact_person="Anna Ek",
        description="Känsliga uppgifter om Svensson",
        requested_action="Återbetalning",
        root_cause_text="Fel konto",
        immediate_action="Kreditfaktura till Svensson",
        reference="Faktura 4711",
        diary_number="KS 2010/12",
    )
    row = svc.acknowledge(row.id, row.version, date(2010, 3, 31))
    row = svc.answer(row.id, row.version, date(2010, 4, 1), "Svar till Svensson")
    svc.add_event(row.id, "Svensson ringde")
    assert not row.redacted and row.description == "Känsliga uppgifter om Svensson"

    def viewer(login: str, role: Role, unit_id: int | None) -> ComplaintService:
        return service(database, user_with_role(database, admin_user, login, role, unit_id))

    reader = viewer("lasare", Role.READER, None)
    south_manager = viewer("syd", Role.UNIT_MANAGER, ref.south)
    north_manager = viewer("nord", Role.UNIT_MANAGER, ref.north)
    controller = viewer("ctrl", Role.CONTROLLER, None)
    for other in (reader, south_manager):
        seen = other.get(row.id)
        assert seen.redacted
        assert {
            name: getattr(seen, name)
            for name in (
                "contact_person",
                "description",
                "requested_action",
                "root_cause_text",
                "answer_text",
            )
        } == dict.fromkeys(
            ("contact_person", "description", "requested_action", "root_cause_text", "answer_text"), SECRET
        )
        assert (seen.case_number, seen.reference, seen.diary_number) == (
            row.case_number,
            "Faktura 4711",
            "KS 2010/12",
        )
        assert seen.immediate_action == SECRET
        assert seen.answered_on == date(2010, 4, 1) and seen.status is ComplaintStatus.ANSWERED
        assert {e.text for e in other.events(row.id)} == {SECRET}
        assert all(e.redacted for e in other.events(row.id))
        assert other.list(ComplaintFilter(text="svensson")) == []
        assert [r.id for r in other.list(ComplaintFilter(text="4711"))] == [row.id]
        assert other.list()[0].redacted
    for allowed in (north_manager, controller, svc):
        seen = allowed.get(row.id)
        assert not seen.redacted and seen.description == "Känsliga uppgifter om Svensson"
        assert seen.answer_text == "Svar till Svensson" and seen.contact_person == "Anna Ek"
        assert "Svensson ringde" in {e.text for e in allowed.events(row.id)}
        assert [r.id for r in allowed.list(ComplaintFilter(text="SVENSSON"))] == [row.id]


# -- listing ---------------------------------------------------------------------------------


def test_list_filters(svc, ref) -> None:
    a = register(svc, ref.c1, datetime(2010, 3, 1, 9), category=Category.LEAD_TIME, process_id=ref.p1)
    b = register(
        svc, ref.c3, datetime(2010, 3, 2, 9), type=ComplaintType.PRAISE, description="Tack för hjälpen"
    )
    c = register(svc, ref.c2, datetime(2011, 1, 3, 9), error_cause=ErrorCause.SYSTEM, process_id=ref.p2)
    c = svc.acknowledge(c.id, c.version, date(2011, 1, 4))
    c = svc.answer(c.id, c.version, date(2011, 1, 5), "Svar")
    c = svc.close(c.id, c.version, date(2011, 1, 6), Outcome.CORRECTED, True)

    def ids(**options: Any) -> list[int]:
        return [r.id for r in svc.list(ComplaintFilter(**options))]

    assert ids() == [c.id, b.id, a.id]  # latest received first
    assert ids(year=2010) == [b.id, a.id]
    assert ids(unit_ids=(ref.south,)) == [b.id]
    assert ids(customer_ids=(ref.c1, ref.c2)) == [c.id, a.id]
    assert ids(process_ids=(ref.p1,)) == [a.id]
    assert ids(statuses=(ComplaintStatus.CLOSED,)) == [c.id]
    assert ids(open_only=True) == [b.id, a.id]
    assert ids(types=(ComplaintType.PRAISE,)) == [b.id]
    assert ids(categories=(Category.LEAD_TIME,)) == [a.id]
    assert ids(error_causes=(ErrorCause.SYSTEM,)) == [c.id]
    assert ids(text="tack HJÄLPEN") == [b.id]
    assert ids(text="k-2011-0001") == [c.id]
    assert ids(text="tack saknas") == []


def test_log_entries_are_linked(database, admin_user, svc, ref) -> None:
    log = CustomerLogService(database, admin_user, today=lambda: TODAY)

    def entry(customer_id: int, subject: str) -> int:
        values = {"entry_date": date(2010, 3, 30), "customer_id": customer_id, "kind": LogKind.PHONE}
        return log.create(values | {"subject": subject}).id

    row = register(svc, ref.c1, date(2010, 3, 30))
    other_row = register(svc, ref.c1, date(2010, 3, 31))
    first, second, foreign = entry(ref.c1, "Samtal 1"), entry(ref.c1, "Samtal 2"), entry(ref.c3, "Annan kund")
    linked = svc.link_log_entry(row.id, first)
    assert (linked.id, linked.subject, linked.kind_label) == (first, "Samtal 1", "Telefonsamtal")
    svc.link_log_entry(row.id, second)
    svc.link_log_entry(row.id, second)  # linking twice changes nothing
    assert [e.id for e in svc.linked_log_entries(row.id)] == [first, second]
    assert log.get(first).complaint_case_number == row.case_number
    with pytest.raises(ValidationError, match="annan kund"):
        svc.link_log_entry(row.id, foreign)
    with pytest.raises(ValidationError, match="redan kopplad till ärende K-2010-0001"):
        svc.link_log_entry(other_row.id, first)
    svc.unlink_log_entry(row.id, first)
    assert [e.id for e in svc.linked_log_entries(row.id)] == [second]
    with pytest.raises(ValidationError):
        svc.unlink_log_entry(row.id, first)
    reader = service(database, user_with_role(database, admin_user, "lasare", Role.READER, None))
    with pytest.raises(PermissionDenied):
        reader.link_log_entry(row.id, first)
    assert [e.id for e in reader.linked_log_entries(row.id)] == [second]


# -- figures ---------------------------------------------------------------------------------


@pytest.fixture
def data_set(svc, ref) -> dict[str, ComplaintRow]:
    """A small hand-made register: six complaints in 2010, two in 2009, one in 2011."""

    def add(name: str, customer: int, received: datetime, **values: object) -> None:
        rows[name] = register(svc, customer, received, **values)

    rows: dict[str, ComplaintRow] = {}
    add("a", ref.c1, datetime(2010, 1, 15, 9), process_id=ref.p1, category="lead_time", error_cause="own")
    add(
        "b", ref.c1, datetime(2010, 1, 20, 9), process_id=ref.p1, category="handling_error", error_cause="own"
    )
    add("c", ref.c2, datetime(2010, 3, 5, 9), process_id=ref.p2, category="lead_time", error_cause="customer")
    add("d", ref.c3, datetime(2010, 5, 10, 9), process_id=ref.p1, category="system", error_cause="system")
    add("e", ref.c1, datetime(2010, 9, 1, 9))
    add(
        "f",
        ref.c2,
        datetime(2010, 12, 31, 23, 30),
        process_id=ref.p2,
        category="lead_time",
        error_cause="unclear",
    )
    add("g", ref.c1, datetime(2009, 1, 10, 9), process_id=ref.p1)
    add("h", ref.c3, datetime(2009, 3, 31, 9), process_id=ref.p2)
    add("i", ref.c1, datetime(2011, 1, 1, 0, 0), process_id=ref.p1)
    # Answered: a in 10 days (deadline 29 Jan), b in 21 (deadline 3 Feb: late), c in 5 (deadline 19 Mar).
    for name, acknowledged, answered, closed in (
        ("a", date(2010, 1, 18), date(2010, 1, 25), date(2010, 2, 4)),
        ("b", date(2010, 1, 21), date(2010, 2, 10), None),
        ("c", date(2010, 3, 8), date(2010, 3, 10), date(2010, 3, 20)),
    ):
        row = rows[name]
        row = svc.acknowledge(row.id, row.version, acknowledged)
        row = svc.answer(row.id, row.version, answered, "Svar")
        if closed:
            row = svc.close(row.id, row.version, closed, Outcome.NO_CHANGE, True)
        rows[name] = row
    return rows


def test_counts_per_month_and_tertial(svc, ref, data_set) -> None:
    assert [m.count for m in svc.per_month(2010)] == [2, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1]
    assert [m.count for m in svc.per_month(2010, unit_id=ref.north)] == [2, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1]
    months = svc.per_month(2010)
    assert (months[0].key, months[0].label, months[0].period) == ("2010-01", "januari 2010", Month(2010, 1))
    assert [(t.key, t.count) for t in svc.per_tertial(2010)] == [
        ("2010-T1", 3),
        ("2010-T2", 1),
        ("2010-T3", 2),
    ]
    assert [t.count for t in svc.per_tertial(2011)] == [1, 0, 0]


def test_counts_per_customer_process_category_and_cause(database, svc, ref, data_set) -> None:
    with database.session() as s:
        names = {c.id: c.name for c in s.scalars(select(Customer))}
        processes = {p.id: p.name for p in s.scalars(select(Process))}
    assert svc.per_customer(Year(2010)) == [
        GroupCount(ref.c1, names[ref.c1], 3),
        GroupCount(ref.c2, names[ref.c2], 2),
        GroupCount(ref.c3, names[ref.c3], 1),
    ]
    assert svc.per_customer(Year(2010), unit_id=ref.south) == [GroupCount(ref.c3, names[ref.c3], 1)]
    assert svc.per_process(Year(2010)) == [
        GroupCount(ref.p1, processes[ref.p1], 3),
        GroupCount(ref.p2, processes[ref.p2], 2),
        GroupCount(None, "(ingen process)", 1),
    ]
    assert [(g.key, g.label, g.count) for g in svc.per_category(Year(2010))] == [
        ("lead_time", "Handläggningstid", 3),
        ("handling_error", "Fel i handläggning", 1),
        ("treatment", "Bemötande", 0),
        ("accessibility", "Tillgänglighet", 0),
        ("information", "Information", 0),
        ("system", "System", 1),
        ("other", "Övrigt", 0),
        (None, "(ej angiven)", 1),
    ]
    assert [(g.key, g.count) for g in svc.per_cause(Tertial(2010, 1))] == [
        ("own", 2),
        ("customer", 1),
        ("third_party", 0),
        ("system", 0),
        ("unclear", 0),
    ]
    assert [g.count for g in svc.per_cause(Month(2010, 12))] == [0, 0, 0, 0, 1]


def test_compare_with_last_year(svc, ref, data_set) -> None:
    t1 = svc.compare_with_last_year(Tertial(2010, 1))
    assert (t1.previous_period, t1.count, t1.previous_count, t1.change, t1.change_share) == (
        Tertial(2009, 1),
        3,
        2,
        1,
        0.5,
    )
    north = svc.compare_with_last_year(Tertial(2010, 1), unit_id=ref.north)
    assert (north.count, north.previous_count) == (3, 1)
    empty = svc.compare_with_last_year(Month(2010, 2))
    assert (empty.count, empty.previous_count, empty.change, empty.change_share) == (0, 0, 0, None)
    year = svc.compare_with_last_year(Year(2011))
    assert (year.count, year.previous_count, year.change_share) == (1, 6, pytest.approx(-5 / 6))


def test_handling_times(svc, data_set) -> None:
    times = svc.handling_times(Year(2010))
    assert (times.received, times.answered, times.closed) == (6, 3, 2)
    assert (times.median_response_days, times.mean_response_days) == (10.0, 12.0)
    assert (times.median_lead_days, times.mean_lead_days) == (17.5, 17.5)
    assert times.answered_within_deadline == 2
    assert times.within_deadline_share == pytest.approx(2 / 3)
    none_answered = svc.handling_times(Tertial(2010, 2))
    assert (none_answered.received, none_answered.answered) == (1, 0)
    assert none_answered.median_response_days is None and none_answered.mean_lead_days is None
    assert none_answered.within_deadline_share is None
    nothing = svc.handling_times(Year(2005))
    assert nothing.received == 0 and nothing.within_deadline_share is None


def test_recurring(svc, ref) -> None:
    def add(customer: int, process: int, received: date, code: str) -> int:
        return register(svc, customer, received, process_id=process, root_cause_code=code).id

    first = add(ref.c1, ref.p1, date(2010, 1, 15), "R1")
    second = add(ref.c1, ref.p1, date(2010, 6, 10), "R1")  # within 6 months of the first
    third = add(ref.c1, ref.p1, date(2011, 3, 1), "R1")  # more than 6 months after the second
    fourth = add(ref.c1, ref.p1, date(2011, 5, 1), "r1")  # the code compared without case
    add(ref.c2, ref.p1, date(2010, 2, 1), "R1")  # another customer
    add(ref.c1, ref.p2, date(2010, 2, 1), "R1")  # another process
    add(ref.c1, ref.p1, date(2010, 2, 1), "R2")  # another cause
    register(svc, ref.c1, date(2010, 2, 2), process_id=ref.p1)  # no cause

    groups = svc.recurring(6)
    assert [[r.id for r in g.complaints] for g in groups] == [[third, fourth], [first, second]]
    assert (groups[1].customer_id, groups[1].process_id, groups[1].count) == (ref.c1, ref.p1, 2)
    assert (groups[1].first_received, groups[1].last_received) == (date(2010, 1, 15), date(2010, 6, 10))
    assert groups[1].customer_name and groups[1].process_name
    assert [[r.id for r in g.complaints] for g in svc.recurring(12)] == [[first, second, third, fourth]]
    assert [[r.id for r in g.complaints] for g in svc.recurring(3)] == [[third, fourth]]
    assert svc.recurring(6, unit_id=ref.south) == []
    with pytest.raises(ValidationError):
        svc.recurring(0)
