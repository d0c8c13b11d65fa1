"""AdminService: listing, saving and deleting the declared entities on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ekadm_desktop.models.reference import AgreementService, CustomerKind, ProcessKind, Unit
from ekadm_desktop.models.users import AuditRecord, Role, User
from ekadm_desktop.services.admin import AdminService
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.fields import Record, format_decimal, swedish_sort_key
from ekadm_desktop.services.users import CurrentUser

NBSP = "\u00a0"


def make_user(database: Database, login: str, role: Role) -> CurrentUser:
    with database.session() as s:
        user = User(login=login, display_name=login.title(), role=role)
        s.add(user)
        s.flush()
        return CurrentUser(user.id, user.login, user.display_name, user.role, user.unit_id)


def by_title(records: list[Record], title: str) -> Record:
    return next(r for r in records if r.title == title)


def choice_id(admin: AdminService, key: str, label: str) -> int:
    return next(c.id for c in admin.choices(key) if c.label == label)


# -- reading ---------------------------------------------------------------------------------------


def test_entities_are_described_in_swedish(services: Services) -> None:
    titles = [e.title for e in services.admin.entities()]
    assert titles == [
        "Enheter", "Processer", "Kunder", "Serviceavtal", "Tilläggsöverenskommelser",
        "Transaktionstyper", "Priser", "Indikatormål", "Användare",
    ]  # fmt: skip
    customer = services.admin.entity("customer")
    assert [f.label for f in customer.fields][:4] == ["Kod", "Namn", "Typ", "Enhet"]
    assert customer.count_text(31) == "31 kunder"
    assert customer.count_text(1) == "1 kund"


def test_lists_the_seeded_reference_data_display_ready(services: Services) -> None:
    admin = services.admin
    customers = admin.list("customer")
    assert len(customers) == 31
    bromma = by_title(customers, "Bromma stadsdelsförvaltning")
    assert bromma.value("kind") is CustomerKind.DISTRICT
    assert bromma.text("kind") == "Stadsdelsförvaltning"
    assert bromma.text("unit_id") == "Enhet Väst"
    assert bromma.text("active") == "Ja"
    assert by_title(customers, "Trafikkontoret").text("kind") == "Fackförvaltning"

    processes = admin.list("process")
    assert processes[0].title == "Kundreskontra"  # in the processes' own sort order
    kinds = {r.title: r.text("kind") for r in processes}
    assert kinds["Kundreskontra"] == "Kärnprocess"
    assert kinds["Anläggning"] == "Övrig tjänst"
    assert kinds["Avstämning av balanskonton"] == "Tilläggstjänst"

    prices = admin.list("price")
    assert [p.text("amount_sek") for p in prices][:2] == ["9,00", "30,00"]
    assert prices[0].value("amount_sek") == Decimal(9)
    hour = by_title(admin.list("transaction_type"), "Timme ekonomiadministratör")
    assert hour.text("price_unit") == "Timme"
    assert hour.text("electronic") == ""

    targets = {r.value("indicator"): r for r in admin.list("target")}
    assert targets["customer_invoices_per_fte_month"].text("value") == f"4{NBSP}300"
    assert (
        targets["customer_invoices_per_fte_month"].text("indicator")
        == "Kundfakturor per handläggare och månad"
    )


def test_choices_list_the_records_of_a_referenced_entity(services: Services) -> None:
    units = services.admin.choices("unit")
    assert [c.label for c in units] == ["Enhet Nord", "Enhet Syd", "Enhet Väst", "Enhet Öst"]
    assert all(c.active for c in units)


def test_new_values_start_from_the_defaults(services: Services) -> None:
    values = services.admin.new_values("price")
    assert values["year"] == date.today().year
    assert values["amount_sek"] is None
    assert services.admin.new_values("customer")["active"] is True


# -- writing ---------------------------------------------------------------------------------------


def test_create_edit_and_delete_a_unit(services: Services) -> None:
    admin = services.admin
    created = admin.save(
        "unit", None, None, {"code": " MITT ", "name": "Enhet Mitt", "email": "mitt@stad.se"}
    )
    assert created.version == 1
    assert created.value("code") == "MITT"  # trimmed
    assert created.text("group_phone") == ""

    changed = admin.save("unit", created.id, created.version, {"name": "Enhet Centrum"})
    assert changed.version == 2
    assert changed.text("name") == "Enhet Centrum"
    assert changed.text("email") == "mitt@stad.se"  # fields not given are kept

    admin.delete("unit", changed.id, changed.version)
    assert "Enhet Centrum" not in [r.title for r in admin.list("unit")]


def test_process_and_customer_with_choices_and_references(services: Services) -> None:
    admin = services.admin
    syd = choice_id(admin, "unit", "Enhet Syd")
    process = admin.save(
        "process", None, None,
        {"code": "payroll", "name": "Lönehantering", "kind": "other", "owner_unit_id": syd, "sort_order": "20"},
    )  # fmt: skip
    assert process.value("kind") is ProcessKind.OTHER
    assert process.text("owner_unit_id") == "Enhet Syd"
    assert process.value("sort_order") == 20

    customer = admin.save(
        "customer", None, None,
        {"code": "FF18", "name": "Stadsbyggnadsnämnden", "kind": CustomerKind.SPECIALIST, "unit_id": syd},
    )  # fmt: skip
    assert customer.text("kind") == "Fackförvaltning"
    assert len(admin.list("customer")) == 32

    inactive = admin.save("customer", customer.id, customer.version, {"active": False})
    assert not inactive.active
    assert not next(c for c in admin.choices("customer") if c.id == customer.id).active


def test_agreement_with_its_services(services: Services, database: Database) -> None:
    admin = services.admin
    bromma = choice_id(admin, "customer", "Bromma stadsdelsförvaltning")
    ledger = choice_id(admin, "process", "Kundreskontra")
    supplier = choice_id(admin, "process", "Leverantörsreskontra")
    cash = choice_id(admin, "process", "Kassa/bank")

    agreement = admin.save(
        "agreement", None, None,
        {"customer_id": bromma, "year": 2010, "signed_on": "2009-12-15", "services": [ledger, supplier]},
    )  # fmt: skip
    assert agreement.title == "Bromma stadsdelsförvaltning 2010"
    assert agreement.value("services") == frozenset({ledger, supplier})
    assert agreement.text("services") == "Kundreskontra, Leverantörsreskontra"
    assert agreement.value("signed_on") == date(2009, 12, 15)

    # Changing only the services still moves the version on, so a stale editor is refused.
    changed = admin.save("agreement", agreement.id, agreement.version, {"services": {ledger, cash}})
    assert changed.version == agreement.version + 1
    assert changed.text("services") == "Kundreskontra, Kassa/bank"
    with database.session() as s:
        linked = set(
            s.scalars(
                select(AgreementService.process_id).where(AgreementService.agreement_id == agreement.id)
            )
        )
    assert linked == {ledger, cash}
    with pytest.raises(ConflictError):
        admin.save("agreement", agreement.id, agreement.version, {"note": "gammal version"})

    with pytest.raises(ValidationError) as duplicate:
        admin.save("agreement", None, None, {"customer_id": bromma, "year": 2010})
    assert duplicate.value.message == (
        "Det finns redan ett serviceavtal med samma kund och år (Bromma stadsdelsförvaltning, 2010)."
    )

    admin.delete("agreement", changed.id, changed.version)
    with database.session() as s:
        assert (
            s.scalars(select(AgreementService).where(AgreementService.agreement_id == agreement.id)).all()
            == []
        )


def test_additional_agreement_dates(services: Services) -> None:
    admin = services.admin
    farsta = choice_id(admin, "customer", "Farsta stadsdelsförvaltning")
    values = {"customer_id": farsta, "title": "Extra avstämningar", "valid_from": date(2010, 5, 1)}
    open_ended = admin.save("additional", None, None, values)
    assert open_ended.value("valid_to") is None
    assert open_ended.text("valid_from") == "2010-05-01"

    with pytest.raises(ValidationError) as error:
        admin.save("additional", open_ended.id, open_ended.version, {"valid_to": "2010-04-30"})
    assert error.value.field == "valid_to"
    assert error.value.message == "”Gäller till” får inte vara före ”Gäller från”."

    same_day = admin.save("additional", open_ended.id, open_ended.version, {"valid_to": "2010-05-01"})
    assert same_day.value("valid_to") == date(2010, 5, 1)


def test_price_accepts_the_swedish_decimal_comma(services: Services) -> None:
    admin = services.admin
    reminder = choice_id(admin, "transaction_type", "Påminnelse")
    price = admin.save(
        "price", None, None, {"year": "2011", "transaction_type_id": reminder, "amount_sek": "4 300,50"}
    )
    assert price.value("amount_sek") == Decimal("4300.50")
    assert price.text("amount_sek") == f"4{NBSP}300,50"
    again = admin.save("price", price.id, price.version, {"amount_sek": f"1{NBSP}250"})
    assert again.text("amount_sek") == f"1{NBSP}250,00"


@pytest.mark.parametrize(
    ("key", "values", "field", "message"),
    [
        ("unit", {"code": "X1", "name": "  "}, "name", "Fyll i ”Namn”."),
        ("unit", {"code": "NORD", "name": "Ny enhet"}, "code", "Det finns redan en enhet med kod ”NORD”."),
        ("unit", {"code": "X1", "name": "Enhet Syd"}, "name", "Det finns redan en enhet med namn ”Enhet Syd”."),
        ("unit", {"code": "X" * 17, "name": "Lång"}, "code", "”Kod” får vara högst 16 tecken."),
        ("unit", {"code": "X1", "name": "E", "email": "ingen-adress"}, "email",
         "”E-post” ser inte ut som en e-postadress."),
        ("customer", {"code": "X1", "name": "Ny kund", "unit_id": 1}, "kind", "Välj ”Typ”."),
        ("customer", {"code": "X1", "name": "Ny kund", "kind": "privat", "unit_id": 1}, "kind",
         "Välj ett av alternativen i ”Typ”."),
        ("price", {"year": 1999, "transaction_type_id": 1, "amount_sek": "9"}, "year",
         "”År” måste vara mellan 2000 och 2100."),
        ("price", {"year": "tjugoelva", "transaction_type_id": 1, "amount_sek": "9"}, "year",
         "”År” måste vara ett heltal."),
        ("price", {"year": 2011, "transaction_type_id": 1, "amount_sek": "nio"}, "amount_sek",
         "”Pris (kr)” måste vara ett tal, t.ex. 4 300,50."),
        ("price", {"year": 2011, "transaction_type_id": 1, "amount_sek": "9,995"}, "amount_sek",
         "”Pris (kr)” får ha högst 2 decimaler."),
        ("price", {"year": 2011, "transaction_type_id": 1, "amount_sek": "-5"}, "amount_sek",
         "”Pris (kr)” måste vara minst 0."),
        ("price", {"year": 2011, "transaction_type_id": 1, "amount_sek": "99999999999"}, "amount_sek",
         f"”Pris (kr)” får vara högst 9{NBSP}999{NBSP}999{NBSP}999."),
        ("price", {"year": 2010, "transaction_type_id": 1, "amount_sek": "10"}, "transaction_type_id",
         "Det finns redan ett pris med samma år och transaktionstyp (2010, Kundfaktura via försystem)."),
        ("price", {"year": 2011, "transaction_type_id": 9999, "amount_sek": "10"}, "transaction_type_id",
         "Något som valts i ”Transaktionstyp” finns inte längre. Läs in igen."),
        ("additional", {"customer_id": 1, "title": "T", "valid_from": "1 maj"}, "valid_from",
         "”Gäller från” måste vara ett datum (ÅÅÅÅ-MM-DD)."),
        ("user", {"login": "kalle", "role": Role.UNIT_MANAGER}, "unit_id", "En enhetschef måste höra till en enhet."),
    ],
)  # fmt: skip
def test_validation_names_the_field_in_swedish(
    services: Services, key: str, values: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        services.admin.save(key, None, None, values)
    assert error.value.field == field
    assert error.value.message == message


def test_codes_the_program_relies_on_cannot_be_changed(services: Services) -> None:
    ledger = by_title(services.admin.list("process"), "Kundreskontra")
    with pytest.raises(ValidationError) as error:
        services.admin.save("process", ledger.id, ledger.version, {"code": "ar"})
    assert error.value.field == "code"
    # Saving the whole form, with the code unchanged, is fine.
    saved = services.admin.save(
        "process", ledger.id, ledger.version, dict(ledger.values) | {"name": "Kundreskontra (AR)"}
    )
    assert saved.value("code") == "customer_ledger"


def test_users_are_saved_through_the_user_rules(services: Services, admin_user: CurrentUser) -> None:
    admin = services.admin
    syd = choice_id(admin, "unit", "Enhet Syd")
    manager = admin.save("user", None, None, {"login": "anna", "display_name": "Anna Berg", "role": "unit_manager",
                                              "unit_id": syd})  # fmt: skip
    assert manager.text("role") == "Enhetschef"
    assert manager.text("unit_id") == "Enhet Syd"
    reader = admin.save("user", manager.id, manager.version, {"role": Role.READER})
    assert reader.value("unit_id") is None  # only a unit manager has a unit
    assert reader.version == manager.version + 1

    me = by_title(admin.list("user"), admin_user.login)
    with pytest.raises(ValidationError, match="inaktivera dig själv"):
        admin.save("user", me.id, me.version, {"active": False})
    with pytest.raises(ValidationError, match="egen administratörsroll"):
        admin.save("user", me.id, me.version, {"role": Role.READER})
    with pytest.raises(ValidationError) as error:
        admin.delete("user", reader.id, reader.version)
    assert error.value.message == "Användare kan inte tas bort. Avmarkera ”Aktiv” i stället."


# -- rights, concurrency, references, audit ------------------------------------------------------


def test_a_non_administrator_may_read_but_not_write(services: Services, database: Database) -> None:
    reader = AdminService(database, make_user(database, "lasse", Role.READER))
    controller = AdminService(database, make_user(database, "cilla", Role.CONTROLLER))
    unit = services.admin.list("unit")[0]
    assert len(reader.list("customer")) == 31
    for other in (reader, controller):
        assert not other.can_edit
        with pytest.raises(PermissionDenied) as error:
            other.save("unit", unit.id, unit.version, {"name": "Hackad"})
        assert error.value.message == "Bara en administratör får ändra detta."
        with pytest.raises(PermissionDenied):
            other.save("unit", None, None, {"code": "Z", "name": "Z"})
        with pytest.raises(PermissionDenied):
            other.delete("price", services.admin.list("price")[0].id, None)
    assert services.admin.list("unit")[0].title == unit.title


def test_a_save_against_a_changed_row_is_refused_and_the_other_change_kept(
    services: Services, database: Database, admin_user: CurrentUser
) -> None:
    mine = services.admin
    theirs = AdminService(database, admin_user)  # a second window or a colleague
    read = by_title(mine.list("unit"), "Enhet Syd")

    theirs.save("unit", read.id, read.version, {"group_phone": "08-508 299 99"})
    with pytest.raises(ConflictError) as error:
        mine.save("unit", read.id, read.version, {"group_phone": "08-508 211 11"})
    assert "ändrats eller tagits bort av någon annan" in error.value.message
    with pytest.raises(ConflictError):
        mine.delete("unit", read.id, read.version)

    kept = mine.get("unit", read.id)
    assert kept.text("group_phone") == "08-508 299 99"
    assert kept.version == read.version + 1


def test_a_row_deleted_meanwhile_is_not_found(
    services: Services, database: Database, admin_user: CurrentUser
) -> None:
    price = services.admin.list("price")[0]
    AdminService(database, admin_user).delete("price", price.id, price.version)
    with pytest.raises(NotFound):
        services.admin.save("price", price.id, price.version, {"amount_sek": "10"})
    with pytest.raises(NotFound):
        services.admin.delete("price", price.id, price.version)


def test_deleting_a_referenced_unit_is_refused_and_nothing_changes(
    services: Services, database: Database
) -> None:
    nord = by_title(services.admin.list("unit"), "Enhet Nord")
    with pytest.raises(ValidationError) as error:
        services.admin.delete("unit", nord.id, nord.version)
    assert error.value.message == (
        "Enhet ”Enhet Nord” kan inte tas bort eftersom den används av 8 kunder och 4 processer."
    )
    with database.session() as s:
        assert s.get(Unit, nord.id) is not None
    assert services.admin.get("unit", nord.id).version == nord.version


def test_deleting_a_customer_with_an_agreement_is_refused(services: Services) -> None:
    admin = services.admin
    farsta = by_title(admin.list("customer"), "Farsta stadsdelsförvaltning")
    admin.save("agreement", None, None, {"customer_id": farsta.id, "year": 2010})
    with pytest.raises(ValidationError) as error:
        admin.delete("customer", farsta.id, farsta.version)
    assert "används av 1 serviceavtal" in error.value.message
    assert error.value.message.endswith("Avmarkera ”Aktiv” i stället.")


def test_an_edit_is_audited_by_the_session_hook(services: Services, database: Database) -> None:
    unit = by_title(services.admin.list("unit"), "Enhet Väst")
    services.admin.save("unit", unit.id, unit.version, {"name": "Enhet Väster"})
    with database.session() as s:
        audit = s.scalars(
            select(AuditRecord).where(
                AuditRecord.table_name == "unit",
                AuditRecord.row_id == str(unit.id),
                AuditRecord.action == "update",
            )
        ).one()
        assert audit.changes == {"name": ["Enhet Väst", "Enhet Väster"]}
        assert audit.login == database.login
        stamped = s.get(Unit, unit.id)
        assert stamped is not None and stamped.updated_by == database.login


# -- helpers without a database -----------------------------------------------------------------


def test_swedish_sort_order() -> None:
    words = ["Östermalm", "Zinkensdamm", "älvsjö", "Årsta", "Bromma", "Ängby"]
    assert sorted(words, key=swedish_sort_key) == [
        "Bromma",
        "Zinkensdamm",
        "Årsta",
        "älvsjö",
        "Ängby",
        "Östermalm",
    ]


@pytest.mark.parametrize(
    ("value", "minimum", "maximum", "text"),
    [
        (Decimal("4300.5"), 2, 2, f"4{NBSP}300,50"),
        (Decimal("0.90"), 0, 4, "0,9"),
        (Decimal(1250000), 0, 2, f"1{NBSP}250{NBSP}000"),
        (Decimal("-12.345"), 0, 2, "-12,35"),
    ],
)
def test_format_decimal(value: Decimal, minimum: int, maximum: int, text: str) -> None:
    assert format_decimal(value, min_decimals=minimum, max_decimals=maximum) == text
