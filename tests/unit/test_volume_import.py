"""Volume import from the ERP statistics export: mapping profiles, every error listed, all or nothing,
replacing imported months only when asked, the history and the lock."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import PermissionDenied
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.models.users import Role
from ekadm_desktop.models.volumes import MonthlyVolume
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.register_import import ImportRefused, problem_text
from ekadm_desktop.services.tabular import read_table
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.services.volume_grid import CellChange
from ekadm_desktop.services.volume_import import NeedsConfirmation, VolumeImportService, file_sha256

FIXTURE = Path(__file__).parent.parent / "fixtures" / "volumes" / "erp_statistik_2010.csv"


def volumes(database: Database) -> dict[tuple[str, str, str, int], tuple[Decimal, int | None]]:
    with database.session() as s:
        return {
            (v.customer.code, v.transaction_type.code, v.process.code, v.month): (
                v.quantity,
                v.import_batch_id,
            )
            for v in s.scalars(select(MonthlyVolume))
        }


def write_csv(tmp_path: Path, lines: list[str], name: str = "statistik.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_fixture_with_suggested_mapping(services: Services, database: Database) -> None:
    service = services.volume_import
    table = read_table(FIXTURE)
    mapping = service.suggest(table.headers)
    assert mapping == {0: "customer", 1: "transaction_type", 2: "month", 3: "count"}
    plan = service.validate(table, mapping, year=2010, sha256=file_sha256(FIXTURE))
    assert plan.ok, [problem_text(p) for p in plan.problems]
    assert plan.months == ((2010, 3), (2010, 4)) and plan.replaces == ()
    assert plan.rows[0].customer.startswith("Rinkeby-Kista") and plan.rows[0].quantity == Decimal(4120)
    result = service.run(plan)
    assert result.count == 6
    stored = volumes(database)
    assert stored[("SDF01", "cl_feeder", "customer_ledger", 3)] == (Decimal(4120), result.batch_id)
    assert stored[("SDF01", "incorrect_document", "customer_ledger", 3)][0] == Decimal(12)
    assert stored[("SDF02", "late_interest", "supplier_ledger", 3)][0] == Decimal("1234.50")
    assert stored[("SDF04", "reminder", "customer_ledger", 4)][0] == Decimal(77)
    history = service.history()
    assert len(history) == 1
    batch = history[0]
    assert (batch.id, batch.file_name, batch.rows_imported, batch.imported_by) == (
        result.batch_id,
        FIXTURE.name,
        6,
        services.user.login,
    )
    assert batch.sha256 == file_sha256(FIXTURE) and len(batch.sha256) == 64 and batch.rows_read == 6
    # the same file again: the plan knows it was imported, and replacing needs a yes
    again = service.validate(table, mapping, year=2010, sha256=file_sha256(FIXTURE))
    assert again.earlier_imports == (result.batch_id,)
    assert again.replaces == ((2010, 3), (2010, 4))
    with pytest.raises(NeedsConfirmation) as asked:
        service.run(again)
    assert asked.value.months == ((2010, 3), (2010, 4)) and "mars 2010" in asked.value.message
    assert len(service.history()) == 1


def test_replace_removes_imported_figures_missing_from_the_new_file(
    services: Services, database: Database, tmp_path: Path
) -> None:
    service = services.volume_import
    first = write_csv(
        tmp_path, ["Kund;Typ;Månad;Antal", "SDF01;cl_feeder;2010-03;100", "SDF02;cl_feeder;2010-03;50"]
    )
    table = read_table(first)
    service.run(service.validate(table, service.suggest(table.headers), year=2010))
    # a manual figure in the same month stays; an imported one not in the new file goes
    grid = services.volume_entry.volumes(2010, 3)
    sdf03 = next(r.key for r in grid.rows if r.code == "SDF03")
    services.volume_entry.save_volumes(2010, 3, [CellChange(sdf03, "reminder", None, "9")])
    second = write_csv(tmp_path, ["Kund;Typ;Månad;Antal", "SDF01;cl_feeder;2010-03;120"], "ny.csv")
    table2 = read_table(second)
    plan = service.validate(table2, service.suggest(table2.headers), year=2010)
    result = service.run(plan, replace=True)
    assert result.replaced == ((2010, 3),)
    stored = volumes(database)
    assert stored[("SDF01", "cl_feeder", "customer_ledger", 3)] == (Decimal(120), result.batch_id)
    assert ("SDF02", "cl_feeder", "customer_ledger", 3) not in stored
    assert stored[("SDF03", "reminder", "customer_ledger", 3)] == (Decimal(9), None)


def test_every_error_listed_with_row_column_value_and_nothing_written(
    services: Services, database: Database, tmp_path: Path
) -> None:
    services.month_locks.lock(2010, 2, "Rapporterad")
    path = write_csv(
        tmp_path,
        [
            "Kund;Typ;Månad;Antal",
            "SDF01;cl_feeder;2010-03;100",  # fine
            "SDF01;cl_manual;2010-03;-4",  # negative
            "SDF02;cl_manual;2010-03;tolv",  # text
            "Okänd förvaltning;cl_manual;2010-03;5",  # unknown customer
            "SDF02;Okänd typ;2010-03;5",  # unknown type
            "SDF02;cl_feeder;2009-12;5",  # outside the chosen year
            "SDF02;cl_feeder;2010-02;5",  # locked month
            "SDF01;cl_feeder;2010-03;7",  # duplicate of line 2
            "SDF02;Felaktigt underlag;2010-03;5",  # no process of its own, no process column
        ],
    )
    table = read_table(path)
    plan = VolumeImportService(services.db, services.user).validate(
        table, services.volume_import.suggest(table.headers), year=2010
    )
    found = {(p.line, p.column_name, p.value): p.reason for p in plan.problems}
    assert "negativt" in found[(3, "Antal", "-4")]
    assert "inget tal" in found[(4, "Antal", "tolv")]
    assert "okänd kund" in found[(5, "Kund", "Okänd förvaltning")]
    assert "okänd transaktionstyp" in found[(6, "Typ", "Okänd typ")]
    assert "valda året 2010" in found[(7, "Månad", "2009-12")]
    assert "låst" in found[(8, "Månad", "2010-02")]
    assert "rad 2" in found[(9, "Kund", "SDF01")]
    assert "ingen egen process" in found[(10, "Typ", "Felaktigt underlag")]
    assert len(plan.problems) == 8 and not plan.ok
    with pytest.raises(ImportRefused):
        services.volume_import.run(plan)
    assert volumes(database) == {}
    assert services.volume_import.history() == []


def test_file_year_month_numbers_and_process_column(
    services: Services, database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path,
        [
            "Förvaltning;Process;Transaktionstyp;Månad;Antal",
            "SDF05;Leverantörsreskontra;Felaktigt underlag;2010-05-31;3",
            "SDF05;;cl_feeder;2011-01;3",  # not the year of the file (2010, from the first row)
        ],
    )
    table = read_table(path)
    service = services.volume_import
    mapping = service.suggest(table.headers)
    assert mapping == {0: "customer", 1: "process", 2: "transaction_type", 3: "month", 4: "count"}
    plan = service.validate(table, mapping)
    assert [(p.line, p.column_name, p.reason) for p in plan.problems] == [
        (3, "Månad", "månaden ligger inte i filens år 2010")
    ]
    numbers = write_csv(tmp_path, ["Kund;Typ;Mån;Antal", "SDF05;sl_manual;7;40"], "nr.csv")
    table2 = read_table(numbers)
    mapping2 = {0: "customer", 1: "transaction_type", 2: "month", 3: "count"}
    assert "välj år" in service.validate(table2, mapping2).problems[0].reason
    ok = service.validate(table2, mapping2, year=2010)
    assert ok.ok and ok.months == ((2010, 7),)


def test_xlsx_with_dates_and_profile(services: Services, database: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Antal st", "Kundnummer", "Period", "Statistiktyp"])
    sheet.append([250, "FF01", datetime(2010, 6, 1), "sl_electronic"])
    sheet.append([12.5, "FF01", datetime(2010, 6, 1), "late_interest"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    table = read_table(path)
    service = services.volume_import
    profile = service.save_profile(
        "Agresso månadsstatistik",
        {
            "count": "Antal st",
            "customer": "Kundnummer",
            "month": "Period",
            "transaction_type": "Statistiktyp",
        },
    )
    assert [p.name for p in service.profiles()] == ["Agresso månadsstatistik"]
    mapping = profile.columns_for(table.headers)
    assert mapping == {0: "count", 1: "customer", 2: "month", 3: "transaction_type"}
    assert service.profile_mapping(mapping, table.headers) == dict(profile.mapping)
    plan = service.validate(table, mapping, year=2010, profile=profile.name)
    assert plan.ok
    service.run(plan)
    stored = volumes(database)
    assert stored[("FF01", "sl_electronic", "supplier_ledger", 6)][0] == Decimal(250)
    assert stored[("FF01", "late_interest", "supplier_ledger", 6)][0] == Decimal("12.50")
    assert service.history()[0].profile == "Agresso månadsstatistik"
    # saving under the same name overwrites; deleting removes
    service.save_profile("Agresso månadsstatistik", {"customer": "Kund"})
    assert service.profiles()[0].mapping == {"customer": "Kund"}
    service.delete_profile(profile.id)
    assert service.profiles() == []


def test_locked_month_refused_at_run_and_rights(
    services: Services, database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path, ["Kund;Typ;Månad;Antal", "SDF01;cl_feeder;2010-09;100", "SDF08;cl_feeder;2010-09;5"]
    )
    table = read_table(path)
    service = services.volume_import
    plan = service.validate(table, service.suggest(table.headers), year=2010)
    assert plan.ok
    services.month_locks.lock(2010, 9, "Rapporterad")  # locked between the check and the import
    with pytest.raises(ImportRefused) as refused:
        service.run(plan)
    assert "september 2010" in refused.value.problems[0].reason
    assert volumes(database) == {}
    reader = VolumeImportService(database, CurrentUser(7, "läsare", "", Role.READER, None))
    with pytest.raises(PermissionDenied):
        reader.validate(table, service.suggest(table.headers), year=2010)
    services.month_locks.unlock(2010, 9, "Rättelse")
    with database.session() as s:  # SDF01 (Rinkeby-Kista) is Nord's, SDF08 (Södermalm) Syd's
        unit = s.scalar(select(Customer.unit_id).where(Customer.code == "SDF01"))
    manager = VolumeImportService(database, CurrentUser(8, "chef", "", Role.UNIT_MANAGER, unit))
    mine = manager.validate(table, service.suggest(table.headers), year=2010)
    assert [(p.line, p.column_name) for p in mine.problems] == [(3, "Kund")]
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(MonthlyVolume)) == 0
