"""The month lock: who may lock, the reason in the audit trail, and every write path refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import PermissionDenied, ValidationError
from ekadm_desktop.models.users import AuditRecord, Role
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.month_lock import MonthLockService
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.services.volume_grid import CellChange


def user(role: Role, unit_id: int | None = None) -> CurrentUser:
    return CurrentUser(99, f"{role.value}_login", "", role, unit_id)


def test_lock_and_unlock_with_reason_audited(services: Services, database: Database) -> None:
    locks = services.month_locks
    assert not locks.is_locked(2010, 3)
    state = locks.lock(2010, 3, "  Rapporterad till  servicenämnden ")
    assert state.locked and state.reason == "Rapporterad till servicenämnden"
    assert locks.is_locked(2010, 3)
    assert locks.locked_months(2010) == [3]
    assert locks.locked_months(2009) == []
    with pytest.raises(ValidationError, match="redan låst"):
        locks.lock(2010, 3, "igen")
    locks.unlock(2010, 3, "Rättelse av volymer")
    assert not locks.is_locked(2010, 3)
    with database.session() as s:
        reasons = [
            r.reason
            for r in s.scalars(
                select(AuditRecord).where(AuditRecord.table_name == "month_lock").order_by(AuditRecord.id)
            )
        ]
    assert reasons == [
        "Låser mars 2010: Rapporterad till servicenämnden",
        "Låser upp mars 2010: Rättelse av volymer",
    ]


def test_reason_required_and_roles(database: Database) -> None:
    controller = MonthLockService(database, user(Role.CONTROLLER))
    with pytest.raises(ValidationError, match="anledning"):
        controller.lock(2010, 4, "   ")
    controller.lock(2010, 4, "Månadsrapport skickad")
    for role in (Role.UNIT_MANAGER, Role.READER):
        other = MonthLockService(database, user(role, 1))
        with pytest.raises(PermissionDenied):
            other.unlock(2010, 4, "vill ändra")
        with pytest.raises(PermissionDenied):
            other.lock(2010, 5, "vill låsa")
    assert controller.locked_months(2010) == [4]
    with pytest.raises(ValidationError):
        controller.lock(2010, 13, "fel månad")


def test_locked_month_refuses_volume_edit_and_unlock_allows_it(services: Services) -> None:
    entry = services.volume_entry
    grid = entry.volumes(2010, 3)
    customer = grid.rows[0]
    services.month_locks.lock(2010, 3, "Rapporterad")
    locked = entry.volumes(2010, 3)
    assert locked.locked and locked.read_only
    assert not locked.is_editable(customer, locked.columns[0])
    with pytest.raises(ValidationError, match="låst") as caught:
        entry.save_volumes(2010, 3, [CellChange(customer.key, "cl_feeder", None, "100")])
    assert customer.label in caught.value.message and "Kundfaktura via försystem" in caught.value.message
    assert entry.volumes(2010, 3).value(customer.key, "cl_feeder") is None
    # staffing and hours of the month are refused as well; other months are not
    staffing = entry.staffing(2010, 3)
    with pytest.raises(ValidationError, match="låst"):
        entry.save_staffing(2010, 3, [CellChange(staffing.rows[0].key, staffing.columns[0].key, None, "1,5")])
    process_id = entry.hour_services()[0][0]
    with pytest.raises(ValidationError, match="låst"):
        entry.save_hours(2010, 3, process_id, [CellChange(customer.key, "hour_accountant", None, "4")])
    entry.save_volumes(2010, 4, [CellChange(customer.key, "cl_feeder", None, "100")])
    services.month_locks.unlock(2010, 3, "Rättelse")
    saved = entry.save_volumes(2010, 3, [CellChange(customer.key, "cl_feeder", None, "100")])
    assert saved.value(customer.key, "cl_feeder") == Decimal(100)


def test_prices_and_targets_of_a_locked_year_are_refused(services: Services) -> None:
    admin = services.admin
    price = next(r for r in admin.list("price") if r.values["year"] == 2010)
    target = next(r for r in admin.list("target") if r.values["year"] == 2010)
    services.month_locks.lock(2010, 6, "Rapporterad")
    with pytest.raises(ValidationError, match="låsta månader"):
        admin.save("price", price.id, price.version, {"amount_sek": "10"})
    with pytest.raises(ValidationError, match="låsta månader"):
        admin.save("target", target.id, target.version, {"value": "4400"})
    with pytest.raises(ValidationError, match="låsta månader"):
        admin.delete("price", price.id, price.version)
    services.month_locks.unlock(2010, 6, "Rättelse")
    saved = admin.save("price", price.id, price.version, {"amount_sek": "10"})
    assert saved.values["amount_sek"] == Decimal(10)
