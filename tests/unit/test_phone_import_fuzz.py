"""Hypothesis: random bytes and random mutations of valid switchboard files never crash the importer
(only ``EkadmError``) and never leave a partial import."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import EkadmError
from ekadm_desktop.models.phone import Call, IntervalAggregate, PhoneImportBatch
from ekadm_desktop.services.phone_import import PhoneImportService
from ekadm_desktop.services.users import CurrentUser

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "phone"
VALID = sorted(p for p in FIXTURES.iterdir() if p.is_file())
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def counts(database: Database) -> tuple[int, int, int]:
    with database.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Call)) or 0,
            s.scalar(select(func.count()).select_from(IntervalAggregate)) or 0,
            s.scalar(select(func.count()).select_from(PhoneImportBatch)) or 0,
        )


def check_import(service: PhoneImportService, database: Database, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = counts(database)
    try:
        report = service.import_file(path, period="2010-03")
    except EkadmError:
        assert counts(database) == before  # all or nothing
        return
    calls, intervals, batches = counts(database)
    if report.skipped_identical or report.imported == 0:
        assert (calls, intervals, batches) == before
    elif report.kind == "calls":
        assert (calls, intervals, batches) == (before[0] + report.imported, before[1], before[2] + 1)
    else:
        assert (calls, intervals, batches) == (before[0], before[1] + report.imported, before[2] + 1)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID[draw(st.integers(0, len(VALID) - 1))].read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from(
                    [
                        b";",
                        b",",
                        b"|",
                        b'"',
                        b"\n",
                        b"\r\n",
                        b"\t",
                        b"99999999999",
                        b"-1",
                        b"\xff\xfe",
                        b"31/13/2010",
                        b"25:99:99",
                        b"1e400",
                        b"\x00",
                    ]
                )
            )
        elif kind == "truncate":
            del data[at:]
        else:
            line = data[:at].rsplit(b"\n", 1)[-1]
            data[at:at] = line + b"\n"
    return bytes(data)


@pytest.fixture
def service(database: Database, admin_user: CurrentUser, tmp_path: Path) -> PhoneImportService:
    return PhoneImportService(database, admin_user, profile_dir=tmp_path / "profiles")


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_never_crash(
    service: PhoneImportService, database: Database, tmp_path: Path, data: bytes
) -> None:
    check_import(service, database, tmp_path / "random.csv", data)


@SETTINGS
@given(data=mutated())
def test_mutated_files_never_crash(
    service: PhoneImportService, database: Database, tmp_path: Path, data: bytes
) -> None:
    check_import(service, database, tmp_path / "mutated.csv", data)
