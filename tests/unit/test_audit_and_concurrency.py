"""The audit trail is written by the session hook, and stale saves are refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ekadm_desktop.errors import ConflictError
from ekadm_desktop.models.reference import Unit
from ekadm_desktop.models.users import AuditRecord


def audit_rows(database, table: str, row_id: int) -> list[AuditRecord]:
    with database.session() as s:
        return list(
            s.scalars(
                select(AuditRecord)
                .where(AuditRecord.table_name == table, AuditRecord.row_id == str(row_id))
                .order_by(AuditRecord.id)
            )
        )


def test_insert_update_delete_are_audited_with_old_and_new_values(database) -> None:
    with database.session() as s:
        unit = Unit(code="TEST", name="Testenheten", group_phone="08-1")
        s.add(unit)
        s.flush()
        unit_id = unit.id
    with database.session(reason="nytt namn") as s:
        found = s.get(Unit, unit_id)
        assert found is not None
        found.name = "Provenheten"
    with database.session() as s:
        found = s.get(Unit, unit_id)
        assert found is not None
        assert (
            found.version == 2 and found.updated_by == database.login and found.created_by == database.login
        )
        s.delete(found)
    rows = audit_rows(database, "unit", unit_id)
    assert [r.action for r in rows] == ["insert", "update", "delete"]
    assert rows[0].changes["name"] == [None, "Testenheten"]
    assert rows[1].changes == {"name": ["Testenheten", "Provenheten"]}
    assert rows[1].reason == "nytt namn"
    assert rows[2].changes["name"] == ["Provenheten", None]
    assert all(r.login == database.login for r in rows)


def test_an_unchanged_save_writes_no_audit_row(database) -> None:
    with database.session() as s:
        unit = s.scalars(select(Unit)).first()
        assert unit is not None
        unit_id, name = unit.id, unit.name
    before = len(audit_rows(database, "unit", unit_id))
    with database.session() as s:
        found = s.get(Unit, unit_id)
        assert found is not None
        found.name = name
    assert len(audit_rows(database, "unit", unit_id)) == before


@pytest.mark.postgres
def test_concurrent_sessions_cannot_overwrite_each_other(pg_server) -> None:
    """Two users hold the same row in open sessions (PostgreSQL lets both read); the first save
    wins and the second is refused by the version counter instead of overwriting."""
    from pathlib import Path

    from ekadm_desktop.db.open import open_database
    from ekadm_desktop.db.target import DatabaseTarget
    from ekadm_desktop.services.setup import prepare_database

    database = open_database(
        DatabaseTarget.postgres(pg_server.create()), backup_dir=Path("/nonexistent")
    ).database
    prepare_database(database)
    try:
        with database.session() as s:
            unit_id = s.scalars(select(Unit).order_by(Unit.id)).first().id
        with pytest.raises(ConflictError, match="ändrats"), database.session() as mine:
            unit = mine.get(Unit, unit_id)
            with database.session() as theirs:
                theirs.get(Unit, unit_id).manager_name = "Berit"
            unit.manager_name = "Anders"
        with database.session() as s:
            assert s.get(Unit, unit_id).manager_name == "Berit"
            assert s.get(Unit, unit_id).version == 2
    finally:
        database.dispose()


def test_a_save_based_on_an_old_read_is_refused(database) -> None:
    """The app's pattern: read in one short session, save in another with the version read."""
    from ekadm_desktop.services.editing import load_for_change

    with database.session() as s:
        unit = s.scalars(select(Unit).order_by(Unit.id)).first()
        unit_id, seen_version = unit.id, unit.version
    with database.session() as s:  # someone else saves in between
        s.get(Unit, unit_id).email = "ny@stad.example.se"
    with pytest.raises(ConflictError, match="ändrats"), database.session() as s:
        load_for_change(s, Unit, unit_id, seen_version).email = "min@stad.example.se"
    with database.session() as s:
        assert s.get(Unit, unit_id).email == "ny@stad.example.se"


def test_link_rows_are_audited(database) -> None:
    from ekadm_desktop.models.reference import AgreementService, Customer, Process, ServiceAgreement

    with database.session() as s:
        customer = s.scalars(select(Customer)).first()
        process = s.scalars(select(Process)).first()
        agreement = ServiceAgreement(customer=customer, year=2010)
        agreement.services.append(AgreementService(process=process))
        s.add(agreement)
        s.flush()
        key = f"{agreement.id},{process.id}"
    with database.session() as s:
        rows = s.scalars(select(AuditRecord).where(AuditRecord.table_name == "agreement_service")).all()
        assert [(r.row_id, r.action) for r in rows] == [(key, "insert")]
