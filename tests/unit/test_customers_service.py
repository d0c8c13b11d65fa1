"""CustomerService: the customer list and one customer's details and agreements, on both databases."""

from __future__ import annotations

from datetime import date

import pytest

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import NotFound
from ekadm_desktop.models.reference import CustomerKind
from ekadm_desktop.services.admin import AdminService
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.customers import (
    AdditionalAgreementRow,
    CustomerChoice,
    CustomerDetails,
    CustomerService,
)

TODAY = date(2024, 5, 15)


def choice_id(admin: AdminService, key: str, title: str) -> int:
    return next(c.id for c in admin.choices(key) if c.label == title)


@pytest.fixture
def customers(database: Database) -> CustomerService:
    return CustomerService(database, today=lambda: TODAY)


def test_customer_list_by_code_with_kind_and_unit(customers: CustomerService, services: Services) -> None:
    choices = customers.customers()
    assert len(choices) == 31
    assert all(isinstance(c, CustomerChoice) for c in choices)
    assert [c.code for c in choices] == sorted(c.code for c in choices)
    bromma = next(c for c in choices if c.name == "Bromma stadsdelsförvaltning")
    assert bromma.kind_label == "Stadsdelsförvaltning"
    assert bromma.label == f"{bromma.code} – Bromma stadsdelsförvaltning"
    assert bromma.unit_name and bromma.active
    assert {c.kind_label for c in choices} == {"Stadsdelsförvaltning", "Fackförvaltning"}

    services.admin.save("customer", bromma.id, None, {"active": False})
    again = next(c for c in customers.customers() if c.id == bromma.id)
    assert not again.active  # inactive customers stay in the list: their history is still there


def test_details_with_agreement_and_additional_agreements(
    customers: CustomerService, services: Services
) -> None:
    admin = services.admin
    bromma = choice_id(admin, "customer", "Bromma stadsdelsförvaltning")
    admin.save(
        "customer", bromma, None, {"contact_name": "Eva Ekonomichef", "email": "ekonomi.bromma@stad.se"}
    )
    ledger = choice_id(admin, "process", "Kundreskontra")
    supplier = choice_id(admin, "process", "Leverantörsreskontra")
    cash = choice_id(admin, "process", "Kassa/bank")
    training = choice_id(admin, "process", "Information och utbildning i Agresso självservice och WebInfo")
    admin.save(
        "agreement", None, None,
        {"customer_id": bromma, "year": 2010, "signed_on": "2009-12-15", "note": "Enligt prislistan",
         "services": [training, cash, ledger, supplier]},
    )  # fmt: skip
    admin.save("agreement", None, None, {"customer_id": bromma, "year": 2009, "services": [ledger]})

    def additional(title: str, valid_from: str, valid_to: str | None, process: int | None = None) -> None:
        admin.save(
            "additional", None, None,
            {"customer_id": bromma, "title": title, "valid_from": valid_from, "valid_to": valid_to,
             "process_id": process, "note": f"Om {title.lower()}"},
        )  # fmt: skip

    additional("Från förra året", "2009-09-01", "2010-02-28", cash)
    additional("Tills vidare", "2010-06-01", None)
    additional("Hela året", "2010-01-01", "2010-12-31", ledger)
    additional("Slutade före året", "2009-01-01", "2009-12-31")
    additional("Börjar nästa år", "2011-01-01", None)
    additional("Sista dagen", "2010-12-31", "2011-03-31")
    other = choice_id(admin, "customer", "Farsta stadsdelsförvaltning")
    admin.save(
        "additional", None, None, {"customer_id": other, "title": "Annan kund", "valid_from": "2010-03-01"}
    )

    details = customers.details(bromma, 2010)
    assert isinstance(details, CustomerDetails)
    assert details.name == "Bromma stadsdelsförvaltning" and details.year == 2010
    assert details.kind is CustomerKind.DISTRICT and details.kind_label == "Stadsdelsförvaltning"
    assert details.contact_name == "Eva Ekonomichef" and details.email == "ekonomi.bromma@stad.se"
    assert details.active
    unit = admin.get("unit", admin.get("customer", bromma).values["unit_id"])
    assert details.unit.name == unit.title
    assert details.unit.group_phone == unit.values["group_phone"]
    assert details.unit.email == unit.values["email"]

    agreement = details.agreement
    assert agreement is not None and agreement.year == 2010
    assert agreement.signed_on == date(2009, 12, 15) and agreement.note == "Enligt prislistan"
    # In the processes' sort order, not the order they were given in.
    assert agreement.services == (
        "Kundreskontra",
        "Leverantörsreskontra",
        "Kassa/bank",
        "Information och utbildning i Agresso självservice och WebInfo",
    )

    assert [a.title for a in details.additional_agreements] == [
        "Från förra året",
        "Hela året",
        "Tills vidare",
        "Sista dagen",
    ]
    first = details.additional_agreements[0]
    assert first == AdditionalAgreementRow(
        id=first.id,
        title="Från förra året",
        service="Kassa/bank",
        valid_from=date(2009, 9, 1),
        valid_to=date(2010, 2, 28),
        note="Om från förra året",
    )
    assert (
        details.additional_agreements[2].service == "" and details.additional_agreements[2].valid_to is None
    )

    previous = customers.details(bromma, 2009)
    assert previous.agreement is not None and previous.agreement.services == ("Kundreskontra",)
    assert previous.agreement.signed_on is None
    assert [a.title for a in previous.additional_agreements] == ["Slutade före året", "Från förra året"]

    later = customers.details(bromma, 2012)
    assert later.agreement is None
    assert [a.title for a in later.additional_agreements] == ["Tills vidare", "Börjar nästa år"]


def test_details_of_a_customer_without_agreements(customers: CustomerService, services: Services) -> None:
    fackforvaltning = next(c for c in customers.customers() if c.kind_label == "Fackförvaltning")
    details = customers.details(fackforvaltning.id, 2010)
    assert details.kind is CustomerKind.SPECIALIST and details.kind_label == "Fackförvaltning"
    assert details.agreement is None and details.additional_agreements == ()
    assert details.unit.name == fackforvaltning.unit_name


def test_unknown_customer_is_not_found(customers: CustomerService) -> None:
    with pytest.raises(NotFound) as error:
        customers.details(999_999, 2010)
    assert error.value.message == "Kunden finns inte längre."


def test_latest_year_is_the_latest_agreement_year(customers: CustomerService, services: Services) -> None:
    assert customers.latest_year() == TODAY.year  # no agreements yet
    admin = services.admin
    bromma = choice_id(admin, "customer", "Bromma stadsdelsförvaltning")
    farsta = choice_id(admin, "customer", "Farsta stadsdelsförvaltning")
    admin.save("agreement", None, None, {"customer_id": bromma, "year": 2009})
    admin.save("agreement", None, None, {"customer_id": farsta, "year": 2010})
    assert customers.latest_year() == 2010


def test_the_bundle_has_the_service(services: Services) -> None:
    assert isinstance(services.customers, CustomerService)
    assert services.customers.customers()
