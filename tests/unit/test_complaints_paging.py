"""ComplaintService.list page by page and in a chosen order, and count, on both databases."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.complaints import (
    Category,
    Channel,
    ComplaintStatus,
    ComplaintType,
    Outcome,
    Severity,
)
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.models.users import Role
from ekadm_desktop.services.complaints import (
    COMPLAINT_ORDER_COLUMNS,
    ComplaintFilter,
    ComplaintOrder,
    ComplaintRow,
    ComplaintService,
)
from ekadm_desktop.services.users import CurrentUser, UserService, ensure_user

TODAY = date(2011, 6, 30)
NOW = datetime(2011, 6, 30, 14, 0)


def service(database: Database, user: CurrentUser) -> ComplaintService:
    return ComplaintService(database, user, today=lambda: TODAY, now=lambda: NOW)


@pytest.fixture
def svc(database: Database, admin_user: CurrentUser) -> ComplaintService:
    return service(database, admin_user)


@pytest.fixture
def customers(database: Database) -> list[int]:
    with database.session() as s:
        return list(s.scalars(select(Customer.id).order_by(Customer.id)))


def register(svc: ComplaintService, customer_id: int, day: date, **values: object) -> ComplaintRow:
    defaults: dict[str, object] = {
        "customer_id": customer_id,
        "channel": Channel.EMAIL,
        "type": ComplaintType.COMPLAINT,
        "description": "Fakturan betalades för sent.",
    }
    return svc.register(defaults | values, received_at=datetime.combine(day, datetime.min.time()))


@pytest.fixture
def rows(svc: ComplaintService, customers: list[int]) -> list[ComplaintRow]:
    """Seven complaints received on different days, in different states."""
    made = [
        register(
            svc,
            customers[n % 3],
            date(2010, 1 + n, 10),
            severity=(Severity.LOW, Severity.NORMAL, Severity.HIGH)[n % 3],
            category=None if n == 3 else list(Category)[n % len(Category)],
            responsible=f"Handläggare {6 - n}",
            description=f"Ärende nummer {n}: Påminnelseavgift" if n % 2 else f"Ärende nummer {n}",
        )
        for n in range(7)
    ]
    acknowledged = svc.acknowledge(made[1].id, made[1].version, date(2010, 2, 11))
    answered = svc.answer(acknowledged.id, acknowledged.version, date(2010, 2, 15), "Rättat.")
    svc.close(answered.id, answered.version, date(2010, 2, 20), Outcome.CORRECTED, True)
    svc.acknowledge(made[4].id, made[4].version, date(2010, 5, 11))
    return [svc.get(row.id) for row in made]


def cases(found: list[ComplaintRow]) -> list[str]:
    return [row.case_number for row in found]


def test_pages_put_together_are_the_whole_list(svc: ComplaintService, rows: list[ComplaintRow]) -> None:
    whole = svc.list()
    assert cases(whole) == cases(sorted(rows, key=lambda r: r.received_at, reverse=True))
    pages = [svc.list(limit=3, offset=offset) for offset in (0, 3, 6, 9)]
    assert [len(page) for page in pages] == [3, 3, 1, 0]
    assert cases([row for page in pages for row in page]) == cases(whole)
    assert svc.count() == 7
    assert svc.list(limit=3) == svc.list(ComplaintFilter(), order=ComplaintOrder(), limit=3)


def test_count_agrees_with_list_for_filters(svc: ComplaintService, rows: list[ComplaintRow]) -> None:
    filters = [
        ComplaintFilter(year=2010),
        ComplaintFilter(year=2011),
        ComplaintFilter(open_only=True),
        ComplaintFilter(statuses=(ComplaintStatus.CLOSED,)),
        ComplaintFilter(customer_ids=(rows[0].customer_id or 0,)),
        ComplaintFilter(overdue_only=True),
        ComplaintFilter(overdue_only=True, today=date(2010, 4, 1)),
        ComplaintFilter(text="påminnelse"),
        ComplaintFilter(text="PÅMINNELSE nummer 3"),
    ]
    for wanted in filters:
        assert svc.count(wanted) == len(svc.list(wanted)), wanted
    assert svc.count(ComplaintFilter(open_only=True)) == 6
    assert svc.count(ComplaintFilter(overdue_only=True, today=date(2010, 4, 1))) == 2  # Jan and Mar
    assert cases(svc.list(ComplaintFilter(text="PÅMINNELSE nummer 3"))) == [rows[3].case_number]


@pytest.mark.parametrize("column", COMPLAINT_ORDER_COLUMNS)
def test_every_column_orders_both_ways(svc: ComplaintService, rows: list[ComplaintRow], column: str) -> None:
    ascending = svc.list(order=ComplaintOrder(column, descending=False))
    descending = svc.list(order=ComplaintOrder(column, descending=True))
    assert sorted(cases(ascending)) == sorted(cases(rows))
    key = {
        "case_number": lambda r: (r.year, r.serial),
        "received_at": lambda r: r.received_at,
        "customer": lambda r: r.customer_name,
        "process": lambda r: r.process_name,
        "unit": lambda r: r.unit_name,
        "type": lambda r: list(ComplaintType).index(r.type),
        "category": lambda r: list(Category).index(r.category) if r.category else len(Category),
        "status": lambda r: list(ComplaintStatus).index(r.status),
        "deadline": lambda r: r.deadline,
        "responsible": lambda r: r.responsible,
        "severity": lambda r: list(Severity).index(r.severity),
    }[column]
    assert [key(r) for r in ascending] == sorted(key(r) for r in rows)
    assert [key(r) for r in descending] == sorted((key(r) for r in rows), reverse=True)


def test_choices_sort_in_their_own_order(svc: ComplaintService, rows: list[ComplaintRow]) -> None:
    by_status = svc.list(order=ComplaintOrder("status", descending=False))
    assert [r.status for r in by_status][:1] == [ComplaintStatus.REGISTERED]
    assert by_status[-1].status is ComplaintStatus.CLOSED
    by_category = svc.list(order=ComplaintOrder("category", descending=False))
    assert by_category[-1].category is None  # not set: after the others
    by_severity = svc.list(order=ComplaintOrder("severity", descending=True), limit=2)
    assert [r.severity for r in by_severity] == [Severity.HIGH, Severity.HIGH]
    # Ties go the latest received first.
    assert by_severity[0].received_at > by_severity[1].received_at


def test_search_pages_and_counts_what_the_user_may_read(
    database: Database, svc: ComplaintService, admin_user: CurrentUser, rows: list[ComplaintRow]
) -> None:
    secret = rows[5]  # "Ärende nummer 5: Påminnelseavgift"
    svc.update(secret.id, secret.version, {"secret": True})
    found = svc.list(ComplaintFilter(text="påminnelseavgift"))
    assert cases(found) == [rows[n].case_number for n in (5, 3, 1)]
    assert cases(svc.list(ComplaintFilter(text="påminnelseavgift"), offset=1, limit=1)) == [
        rows[3].case_number
    ]
    order = ComplaintOrder("received_at", descending=False)
    assert cases(svc.list(ComplaintFilter(text="påminnelseavgift"), order=order, limit=2)) == [
        rows[1].case_number,
        rows[3].case_number,
    ]

    UserService(database, admin_user).save_user(
        None, None, login="lasse", display_name="Lasse", role=Role.READER, unit_id=None, active=True
    )
    with database.session() as s:
        reader = ensure_user(s, "lasse")
    as_reader = service(database, reader)
    assert as_reader.count(ComplaintFilter(text="påminnelseavgift")) == 2  # not in the secret one
    assert as_reader.count(ComplaintFilter(text=secret.case_number)) == 1  # its number is not secret
    assert as_reader.list(ComplaintFilter(text=secret.case_number))[0].redacted
