"""Monthly entry grids: reading, saving in one transaction, bad cells, rights and concurrent edits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ConflictError, PermissionDenied, ValidationError
from ekadm_desktop.models.users import Role
from ekadm_desktop.models.volumes import MonthlyVolume, ServiceHours, Staffing
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.services.volume_entry import VolumeEntryService
from ekadm_desktop.services.volume_grid import CellChange, CellKind, CellProblem, parse_cell

VOLUME_KEYS = [
    "cl_feeder",
    "cl_manual",
    "cl_manual_attachment",
    "sl_electronic",
    "sl_manual",
    "reminder",
    "incorrect_document@customer_ledger",
    "incorrect_document@supplier_ledger",
    "unidentified_payment",
    "debt_collection",
    "late_interest",
]


def count(database: Database, model: type) -> int:
    with database.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_volume_grid_shape_and_processes(services: Services, database: Database) -> None:
    grid = services.volume_entry.volumes(2010, 3)
    assert len(grid.rows) == 31
    assert [c.key for c in grid.columns] == VOLUME_KEYS
    assert grid.column("late_interest").kind is CellKind.AMOUNT
    assert grid.column("late_interest").total_group == ""
    assert "leverantörsreskontra" in grid.column("incorrect_document@supplier_ledger").label
    assert not grid.locked and grid.editable_units is None


def test_save_round_trip_with_totals_and_processes(services: Services, database: Database) -> None:
    entry = services.volume_entry
    grid = entry.volumes(2010, 3)
    a, b = grid.rows[0].key, grid.rows[1].key
    saved = entry.save_volumes(
        2010,
        3,
        [
            CellChange(a, "cl_feeder", None, "1 200"),
            CellChange(a, "cl_manual", None, "300"),
            CellChange(a, "late_interest", None, "1 234,50"),
            CellChange(b, "cl_feeder", None, "800"),
            CellChange(b, "incorrect_document@supplier_ledger", None, "7"),
        ],
    )
    assert saved.value(a, "cl_feeder") == Decimal(1200)
    assert saved.value(a, "late_interest") == Decimal("1234.50")
    # The row total counts transactions, not the SEK of late-payment interest.
    assert saved.row_total(a, "count") == Decimal(1500)
    assert saved.column_total("cl_feeder") == Decimal(2000)
    assert saved.grand_total("count") == Decimal(2307)
    with database.session() as s:
        stored = {
            (v.customer_id, v.transaction_type.code, v.process.code): v.quantity
            for v in s.scalars(select(MonthlyVolume))
        }
    assert stored[(b, "incorrect_document", "supplier_ledger")] == Decimal(7)
    assert stored[(a, "cl_feeder", "customer_ledger")] == Decimal(1200)
    assert stored[(a, "late_interest", "supplier_ledger")] == Decimal("1234.50")
    # clearing a cell deletes the row; changing updates it
    entry.save_volumes(
        2010,
        3,
        [CellChange(a, "cl_manual", Decimal(300), None), CellChange(a, "cl_feeder", Decimal(1200), "1250")],
    )
    again = entry.volumes(2010, 3)
    assert again.value(a, "cl_manual") is None and again.value(a, "cl_feeder") == Decimal(1250)
    assert count(database, MonthlyVolume) == 4


@pytest.mark.parametrize(
    ("text", "reason"),
    [("-5", "negativt"), ("tolv", "inget tal"), ("12,5", "heltal"), ("1e5", "inget tal")],
)
def test_bad_cell_names_row_and_column_and_writes_nothing(
    services: Services, database: Database, text: str, reason: str
) -> None:
    entry = services.volume_entry
    grid = entry.volumes(2010, 3)
    first, second = grid.rows[0], grid.rows[4]
    with pytest.raises(ValidationError) as caught:
        entry.save_volumes(
            2010,
            3,
            [CellChange(first.key, "cl_feeder", None, "100"), CellChange(second.key, "reminder", None, text)],
        )
    message = caught.value.message
    assert second.label in message and "”Påminnelse”" in message and reason in message
    assert count(database, MonthlyVolume) == 0


def test_every_bad_cell_is_listed(services: Services) -> None:
    entry = services.volume_entry
    grid = entry.volumes(2010, 3)
    with pytest.raises(ValidationError) as caught:
        entry.save_volumes(
            2010,
            3,
            [
                CellChange(grid.rows[0].key, "cl_feeder", None, "-1"),
                CellChange(grid.rows[1].key, "sl_manual", None, "x"),
            ],
        )
    assert "1 fel till" in caught.value.message
    assert grid.rows[1].label in caught.value.detail


def test_parse_cell_swedish_numbers() -> None:
    assert parse_cell("1\u00a0234,5", CellKind.FTE) == Decimal("1234.50")
    assert parse_cell(" ", CellKind.COUNT) is None
    assert parse_cell("12", CellKind.HEADCOUNT) == Decimal(12)
    with pytest.raises(CellProblem):
        parse_cell("1.2.3", CellKind.AMOUNT)
    with pytest.raises(CellProblem, match="två decimaler"):
        parse_cell("1,234", CellKind.AMOUNT)


def test_concurrent_change_is_a_conflict(
    services: Services, database: Database, admin_user: CurrentUser
) -> None:
    mine = services.volume_entry
    theirs = VolumeEntryService(database, CurrentUser(2, "other", "", Role.CONTROLLER, None))
    grid = mine.volumes(2010, 5)
    customer = grid.rows[2].key
    mine.save_volumes(2010, 5, [CellChange(customer, "reminder", None, "10")])
    theirs.save_volumes(2010, 5, [CellChange(customer, "reminder", Decimal(10), "12")])
    with pytest.raises(ConflictError, match="Påminnelse"):
        mine.save_volumes(2010, 5, [CellChange(customer, "reminder", Decimal(10), "15")])
    # a cell both created since reading
    with pytest.raises(ConflictError):
        theirs.save_volumes(2010, 5, [CellChange(customer, "reminder", None, "20")])
    assert mine.volumes(2010, 5).value(customer, "reminder") == Decimal(12)


def test_unit_manager_edits_only_own_unit(services: Services, database: Database) -> None:
    grid = services.volume_entry.volumes(2010, 3)
    own = grid.rows[0]
    other = next(r for r in grid.rows if r.unit_id != own.unit_id)
    manager = VolumeEntryService(database, CurrentUser(5, "chef", "", Role.UNIT_MANAGER, own.unit_id))
    seen = manager.volumes(2010, 3)
    assert seen.is_editable(own, seen.columns[0]) and not seen.is_editable(other, seen.columns[0])
    with pytest.raises(PermissionDenied, match=other.label):
        manager.save_volumes(
            2010,
            3,
            [CellChange(own.key, "cl_feeder", None, "1"), CellChange(other.key, "cl_feeder", None, "2")],
        )
    assert count(database, MonthlyVolume) == 0
    manager.save_volumes(2010, 3, [CellChange(own.key, "cl_feeder", None, "1")])
    reader = VolumeEntryService(database, CurrentUser(6, "läsare", "", Role.READER, None))
    assert not reader.can_edit and reader.volumes(2010, 3).read_only
    with pytest.raises(PermissionDenied):
        reader.save_volumes(2010, 3, [CellChange(own.key, "cl_feeder", Decimal(1), "3")])
    # staffing: a manager edits only the columns of their unit
    staffing = manager.staffing(2010, 3)
    own_fte = f"{own.unit_id}:fte"
    other_fte = next(c.key for c in staffing.columns if c.unit_id != own.unit_id)
    manager.save_staffing(2010, 3, [CellChange(staffing.rows[0].key, own_fte, None, "2,5")])
    with pytest.raises(PermissionDenied):
        manager.save_staffing(2010, 3, [CellChange(staffing.rows[0].key, other_fte, None, "1")])


def test_staffing_fte_and_headcount(services: Services, database: Database) -> None:
    entry = services.volume_entry
    grid = entry.staffing(2010, 3)
    assert len(grid.columns) == 8 and grid.columns[0].kind is CellKind.FTE
    process = grid.rows[0].key
    unit = grid.columns[0].unit_id
    fte, heads = f"{unit}:fte", f"{unit}:headcount"
    saved = entry.save_staffing(
        2010, 3, [CellChange(process, fte, None, "12,75"), CellChange(process, heads, None, "14")]
    )
    assert saved.value(process, fte) == Decimal("12.75") and saved.value(process, heads) == Decimal(14)
    assert saved.row_total(process, "fte") == Decimal("12.75")
    with pytest.raises(ValidationError, match="heltal"):
        entry.save_staffing(2010, 3, [CellChange(process, heads, Decimal(14), "14,5")])
    entry.save_staffing(2010, 3, [CellChange(process, fte, Decimal("12.75"), None)])
    with database.session() as s:
        row = s.scalars(select(Staffing)).one()
        assert (row.fte, row.headcount) == (Decimal(0), 14)
    entry.save_staffing(2010, 3, [CellChange(process, heads, Decimal(14), "")])
    assert count(database, Staffing) == 0


def test_hours_with_note(services: Services, database: Database) -> None:
    entry = services.volume_entry
    process_id, _name = entry.hour_services()[0]
    grid = entry.hours(2010, 3, process_id)
    assert [c.key for c in grid.columns] == ["hour_accountant", "hour_administrator", "note"]
    customer = grid.rows[3].key
    saved = entry.save_hours(
        2010,
        3,
        process_id,
        [
            CellChange(customer, "hour_accountant", None, "7,5"),
            CellChange(customer, "hour_administrator", None, "2"),
            CellChange(customer, "note", None, "Bokslutsavstämning"),
        ],
    )
    assert saved.value(customer, "hour_accountant") == Decimal("7.5")
    assert saved.value(customer, "note") == "Bokslutsavstämning"
    assert saved.column_total("hour_accountant") == Decimal("7.5")
    assert saved.row_total(customer, "hours") == Decimal("9.5")
    with database.session() as s:
        rows = list(s.scalars(select(ServiceHours)))
    assert {r.note for r in rows} == {"Bokslutsavstämning"} and {r.process_id for r in rows} == {process_id}
    other = grid.rows[4].key
    with pytest.raises(ValidationError, match="ange timmar"):
        entry.save_hours(2010, 3, process_id, [CellChange(other, "note", None, "bara text")])
    assert count(database, ServiceHours) == 2


def test_save_month_is_one_transaction_over_all_sheets(services: Services, database: Database) -> None:
    entry = services.volume_entry
    volumes = entry.volumes(2010, 8)
    staffing = entry.staffing(2010, 8)
    process_id = entry.hour_services()[1][0]
    customer = volumes.rows[0].key
    good_volume = CellChange(customer, "sl_manual", None, "40")
    good_staffing = CellChange(staffing.rows[1].key, staffing.columns[0].key, None, "3")
    bad_hours = {process_id: [CellChange(customer, "hour_administrator", None, "-2")]}
    with pytest.raises(ValidationError, match="negativt"):
        entry.save_month(2010, 8, volumes=[good_volume], staffing=[good_staffing], hours=bad_hours)
    assert count(database, MonthlyVolume) == count(database, Staffing) == count(database, ServiceHours) == 0
    good_hours = {process_id: [CellChange(customer, "hour_administrator", None, "2")]}
    entry.save_month(2010, 8, volumes=[good_volume], staffing=[good_staffing], hours=good_hours)
    assert count(database, MonthlyVolume) == count(database, Staffing) == count(database, ServiceHours) == 1
