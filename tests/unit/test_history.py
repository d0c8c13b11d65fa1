"""The history of a record from the audit trail, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.reference import Price, Unit
from ekadm_desktop.models.users import User
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.history import (
    EMPTY_TEXT,
    FieldChange,
    HistoryService,
    entity_table,
    field_value_texts,
    value_text,
)


def changes_of(entry_changes: tuple[FieldChange, ...]) -> dict[str, tuple[str, str]]:
    return {c.field_label: (c.old_text, c.new_text) for c in entry_changes}


def test_insert_two_updates_and_a_delete_of_a_unit(database: Database, services: Services) -> None:
    admin = services.admin
    created = admin.save("unit", None, None, {"code": "VAST2", "name": "Enhet Väst 2", "group_phone": "08-1"})
    renamed = admin.save("unit", created.id, created.version, {"name": "Enhet Västra"})
    moved = admin.save("unit", created.id, renamed.version, {"group_phone": "", "email": "vast@example.se"})
    admin.delete("unit", created.id, moved.version)

    labels = {f.name: f.label for f in admin.entity("unit").fields}
    entries = HistoryService(database).history("unit", created.id, labels)

    assert [e.action_label for e in entries] == ["Borttagen", "Ändrad", "Ändrad", "Skapad"]
    assert [e.action for e in entries] == ["delete", "update", "update", "insert"]
    assert entries == sorted(entries, key=lambda e: e.at, reverse=True)
    assert all(e.login == database.login and e.at.tzinfo is not None for e in entries)
    deleted, second, first, inserted = entries
    assert changes_of(inserted.changes) == {
        "Kod": (EMPTY_TEXT, "VAST2"),
        "Namn": (EMPTY_TEXT, "Enhet Väst 2"),
        "Gruppnummer": (EMPTY_TEXT, "08-1"),
    }
    assert [c.field for c in inserted.changes] == ["code", "name", "group_phone"]  # in field order, no id
    assert first.changes == (FieldChange("Namn", "Enhet Väst 2", "Enhet Västra", "name"),)
    assert changes_of(second.changes) == {
        "Gruppnummer": ("08-1", EMPTY_TEXT),
        "E-post": (EMPTY_TEXT, "vast@example.se"),
    }
    assert changes_of(deleted.changes) == {
        "Kod": ("VAST2", EMPTY_TEXT),
        "Namn": ("Enhet Västra", EMPTY_TEXT),
        "E-post": ("vast@example.se", EMPTY_TEXT),
    }


def test_without_labels_columns_are_shown_by_name(database: Database, services: Services) -> None:
    unit = services.admin.list("unit")[0]
    services.admin.save("unit", unit.id, unit.version, {"manager_name": "Eva"})
    entry, created = HistoryService(database).history("unit", str(unit.id))
    assert created.action == "insert"  # by the seeding
    assert entry.changes == (FieldChange("manager_name", EMPTY_TEXT, "Eva", "manager_name"),)


def test_the_display_name_of_the_user_is_shown(database: Database, services: Services) -> None:
    with database.session() as s:
        s.execute(update(User).where(User.login == database.login).values(display_name="Anna Andersson"))
    unit = services.admin.list("unit")[0]
    services.admin.save("unit", unit.id, unit.version, {"manager_name": "Eva"})
    entry = HistoryService(database).history("unit", unit.id)[0]
    assert entry.who == "Anna Andersson"
    assert entry.login == database.login


def test_entity_history_shows_values_as_the_lists_do(database: Database, services: Services) -> None:
    admin = services.admin
    price = next(r for r in admin.list("price") if r.title == "Påminnelse 2010")
    admin.save("price", price.id, price.version, {"amount_sek": "4 300,5"})
    customer = next(r for r in admin.list("customer") if r.title == "Bromma stadsdelsförvaltning")
    other_unit = next(u for u in admin.list("unit") if u.id != customer.value("unit_id"))
    admin.save("customer", customer.id, customer.version, {"unit_id": other_unit.id, "kind": "specialist"})

    history = HistoryService(database)
    [price_change, *_] = history.entity_history(admin.entity("price"), price.id, admin.choices)
    [amount] = price_change.changes
    assert (amount.field_label, amount.new_text) == ("Pris (kr)", "4\u00a0300,50")
    [customer_change, *_] = history.entity_history(admin.entity("customer"), customer.id, admin.choices)
    assert changes_of(customer_change.changes) == {
        "Typ": ("Stadsdelsförvaltning", "Fackförvaltning"),
        "Enhet": (customer.text("unit_id"), other_unit.title),
    }
    with database.session() as s:
        assert s.scalar(select(Price.amount_sek).where(Price.id == price.id)) == Decimal("4300.50")


def test_last_change_and_an_unknown_row(database: Database, services: Services) -> None:
    history = HistoryService(database)
    assert history.history("unit", 999_999) == []
    assert history.last_change("unit", 999_999) is None
    unit = services.admin.list("unit")[0]
    services.admin.save("unit", unit.id, unit.version, {"manager_name": "Eva"})
    last = history.last_change("unit", unit.id)
    assert last is not None and last.action == "update" and isinstance(last.at, datetime)


def test_helpers() -> None:
    assert entity_table("unit") == Unit.__tablename__
    assert entity_table("agreement") == "service_agreement"
    with pytest.raises(KeyError):
        entity_table("nothing")
    assert [value_text(v) for v in (None, "", True, False, 3, "x")] == [EMPTY_TEXT, EMPTY_TEXT, "Ja", "Nej", "3", "x"]  # fmt: skip
    from ekadm_desktop.services.admin_entities import define_entities

    transaction_type = next(e for e, _ in define_entities() if e.key == "transaction_type")
    texts = field_value_texts(transaction_type.fields)
    assert texts["electronic"](True) == "Elektronisk"  # a choice with True/False values
    assert texts["counts_as_invoice"](True) == "Ja"
    assert texts["process_id"](7) == "7"  # no choices given: the id
