"""The phone importer on both databases: every fixture shape against hand-computed figures,
idempotent re-import, undo, aggregates, and the CLI."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ekadm_desktop.cli import main
from ekadm_desktop.db.database import Database
from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.models.phone import Call, Extension, IntervalAggregate, PhoneGroup, PhoneImportBatch
from ekadm_desktop.services.phone_import import PhoneImportService
from ekadm_desktop.services.users import CurrentUser

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "phone"


@pytest.fixture
def importer(database: Database, admin_user: CurrentUser, tmp_path: Path) -> PhoneImportService:
    return PhoneImportService(database, admin_user, profile_dir=tmp_path / "profiles")


def calls(database: Database) -> list[tuple[str, str, float | None, float | None, datetime, int, str | None]]:
    with database.session() as s:
        rows = s.execute(
            select(
                Call.source_key,
                Call.outcome,
                Call.wait_seconds,
                Call.talk_seconds,
                Call.started_at,
                Call.utc_offset_minutes,
                Extension.number,
            )
            .outerjoin(Extension, Extension.id == Call.extension_id)
            .order_by(Call.started_at, Call.utc_offset_minutes.desc())
        ).all()
    return [(k, o.value, w, t, st, off, ext) for k, o, w, t, st, off, ext in rows]


def snapshot(database: Database) -> tuple[object, ...]:
    with database.session() as s:
        return (
            tuple(s.execute(select(Call.call_key, Call.outcome, Call.wait_seconds).order_by(Call.call_key))),
            tuple(
                s.execute(
                    select(IntervalAggregate.group_id, IntervalAggregate.offered).order_by(
                        IntervalAggregate.id
                    )
                )
            ),
            s.scalar(select(func.count()).select_from(PhoneImportBatch)),
        )


def test_asterisk_ring_group_legs_collapse_into_calls(
    importer: PhoneImportService, database: Database
) -> None:
    report = importer.import_file(FIXTURES / "asterisk_cdr_21.csv")
    assert report.profile == "asterisk_cdr_csv_21"
    assert (report.rows_read, report.imported, report.rows_rejected) == (7, 3, 0)
    got = [(o, w, t, ext) for _, o, w, t, _, _, ext in calls(database)]
    # 3 legs (one answered after 12 s), 2 unanswered legs (30 s), 1 answered (5 s); FAILED ignored
    assert got == [
        ("answered", 12.0, 120.0, "2912"),
        ("abandoned", 30.0, None, None),
        ("answered", 5.0, 60.0, "2921"),
    ]


@pytest.mark.parametrize(
    ("name", "profile"),
    [("asterisk_cdr_19.csv", "asterisk_cdr_csv_19"), ("asterisk_cdr_16.csv", "asterisk_cdr_csv_16")],
)
def test_asterisk_variants(importer: PhoneImportService, database: Database, name: str, profile: str) -> None:
    report = importer.import_file(FIXTURES / name)
    assert report.profile == profile
    outcomes = [o for _, o, *_ in calls(database)]
    if name.endswith("19.csv"):
        assert outcomes == ["answered", "abandoned", "answered"]
    else:  # no linking id: every leg is a call of its own
        assert sorted(outcomes) == ["abandoned"] * 4 + ["answered"] * 2
        assert report.ignored == 1


def test_swedish_excel_csv(importer: PhoneImportService, database: Database) -> None:
    report = importer.import_file(FIXTURES / "swedish_cp1252.csv")
    assert (report.encoding, report.delimiter, report.imported) == ("cp1252", ";", 5)
    got = [(o, w, t, ext) for _, o, w, t, _, _, ext in calls(database)]
    assert got == [
        ("answered", 12.5, 180.0, "2911"),
        ("abandoned", 45.0, None, None),
        ("answered", 7.5, 1200.0, "2912"),
        ("abandoned", 3.2, None, None),
        ("answered", None, 95.0, "2921"),  # empty wait: unknown, not 0
    ]
    with database.session() as s:
        assert sorted(s.scalars(select(PhoneGroup.number))) == ["08-508 290 10", "08-508 290 20"]
        hashes = list(s.scalars(select(Call.caller_hash).order_by(Call.started_at)))
    assert hashes[0] == hashes[3] and hashes[0] is not None and "070" not in hashes[0]


def test_utf16_tab_and_bom_crlf(importer: PhoneImportService, database: Database) -> None:
    first = importer.import_file(FIXTURES / "unicode_text.txt")
    second = importer.import_file(FIXTURES / "utf8_bom_crlf.csv")
    assert (first.delimiter, first.imported, second.imported) == ("\t", 3, 3)
    got = [(o, w, t) for _, o, w, t, *_ in calls(database)]
    assert got == [
        ("answered", 20.0, 180.0),
        ("abandoned", 65.0, None),
        ("answered", 5.0, 3723.0),
        ("answered", 15.0, 190.0),
        ("abandoned", 90.0, None),
        ("timeout", 300.0, None),
    ]


def test_excel_mangled_dates_and_duplicates(importer: PhoneImportService, database: Database) -> None:
    report = importer.import_file(FIXTURES / "excel_mangled.csv")
    assert (report.rows_read, report.imported, report.duplicates) == (4, 3, 1)
    got = [(k, st, w, t) for k, _, w, t, st, *_ in calls(database)]
    # 15/04 proves day-first for the whole file, so 03/04 is the 3rd of April; day fractions → seconds
    assert got == [
        ("id:A-1", datetime(2010, 4, 3, 9, 12), 12.0, 120.0),
        ("id:A-3", datetime(2010, 4, 5, 13, 5), 20.0, 180.0),
        ("id:A-2", datetime(2010, 4, 15, 10, 30), 30.0, None),
    ]


def test_queue_log(importer: PhoneImportService, database: Database) -> None:
    report = importer.import_file(FIXTURES / "queue_log")
    assert report.imported == 4
    got = [(o, w, t, st, off, ext) for _, o, w, t, st, off, ext in calls(database)]
    assert got == [
        ("answered", 20.0, 95.0, datetime(2010, 10, 31, 2, 5), 120, "2912"),  # before the clock goes back
        ("abandoned", 42.0, None, datetime(2010, 10, 31, 2, 5), 60, None),  # the repeated hour
        ("timeout", 300.0, None, datetime(2010, 10, 31, 2, 6, 40), 60, None),
        ("unknown", None, None, datetime(2010, 10, 31, 2, 13, 20), 60, None),  # incomplete
    ]


def test_aggregates(importer: PhoneImportService, database: Database) -> None:
    report = importer.import_file(FIXTURES / "aggregates.csv")
    assert report.imported == 2
    with database.session() as s:
        rows = s.execute(
            select(
                IntervalAggregate.interval_start,
                IntervalAggregate.interval_minutes,
                IntervalAggregate.offered,
                IntervalAggregate.answered,
                IntervalAggregate.abandoned,
                IntervalAggregate.answered_within_threshold,
                IntervalAggregate.wait_seconds_total,
            ).order_by(IntervalAggregate.interval_start)
        ).all()
    assert [tuple(r) for r in rows] == [
        (datetime(2010, 3, 1, 8, 0), 30, 1200, 1128, 72, round(0.9401 * 1128), 17.0 * 1128),
        (datetime(2010, 3, 1, 8, 30), 30, 50, 40, 10, 32, 65.0 * 40),
    ]


def test_aggregate_without_date_needs_a_period(importer: PhoneImportService, database: Database) -> None:
    with pytest.raises(ValidationError, match="period"):
        importer.import_file(FIXTURES / "aggregates_no_date.csv")
    report = importer.import_file(FIXTURES / "aggregates_no_date.csv", period="2010-02")
    assert report.imported == 1
    with database.session() as s:
        start, minutes = s.execute(
            select(IntervalAggregate.interval_start, IntervalAggregate.interval_minutes)
        ).one()
    assert (start, minutes) == (datetime(2010, 2, 1), 28 * 1440)


def test_reimport_and_overlap_and_undo(
    importer: PhoneImportService, database: Database, tmp_path: Path
) -> None:
    empty = snapshot(database)
    first = importer.import_file(FIXTURES / "swedish_cp1252.csv")
    after = snapshot(database)
    again = importer.import_file(FIXTURES / "swedish_cp1252.csv")
    assert again.skipped_identical and snapshot(database) == after
    # An overlapping file (the same rows plus one) adds only the new row.
    text = (
        FIXTURES / "swedish_cp1252.csv"
    ).read_bytes() + "2010-03-02;09:00:00;08-508 290 10;2911;Ja;4;60;\n".encode("cp1252")
    overlap = tmp_path / "overlap.csv"
    overlap.write_bytes(text)
    report = importer.import_file(overlap)
    assert (report.imported, report.duplicates) == (1, 5)
    assert report.batch_id is not None and first.batch_id is not None
    importer.undo(report.batch_id)
    assert snapshot(database) == after
    importer.undo(first.batch_id)
    assert snapshot(database) == empty
    assert importer.batches() == []


def test_two_identical_calls_in_one_file_both_survive(
    importer: PhoneImportService, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "same.csv"
    path.write_text(
        "Datum;Tid;Kö;Besvarad;Väntetid\n2010-03-02;08:15:00;100;Ja;5\n2010-03-02;08:15:00;100;Ja;5\n"
    )
    assert importer.import_file(path).imported == 2


def test_rejections_name_line_and_column(importer: PhoneImportService, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Datum;Tid;Kö;Besvarad;Väntetid\n2010-03-02;08:15:00;100;Ja;5\n2010-03-02;08:16:00;100;Kanske;5\n"
        "2010-03-02;08:17:00;100;Ja;5\n2010-03-02;08:18:00;100;Ja;fem\n"
    )
    report = importer.import_file(path)
    assert report.imported == 2
    assert [(r.line, r.column) for r in report.rejected] == [(3, "Besvarad"), (5, "Väntetid")]
    out = tmp_path / "rejected.csv"
    report.save_rejected(out)
    assert "Kanske" in out.read_text(encoding="utf-8-sig")


def test_profile_save_and_export(importer: PhoneImportService, tmp_path: Path) -> None:
    profile = importer.profile("generic_per_call")
    own = type(profile)(
        **{**profile.__dict__, "name": "min_vaxel", "fixed": {"group": "100"}, "builtin": False}
    )
    importer.save_profile(own)
    assert importer.profile("min_vaxel").fixed == {"group": "100"}
    importer.export_profile("min_vaxel", tmp_path / "x.toml")
    assert 'group = "100"' in (tmp_path / "x.toml").read_text(encoding="utf-8")


def test_cli_import_and_unknown_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite"
    open_database(DatabaseTarget.sqlite(db), backup_dir=tmp_path / "b", create=True).database.dispose()
    assert main(["--database", str(db), "phone", "import", str(FIXTURES / "queue_log")]) == 0
    assert "Importerade:      4 samtal" in capsys.readouterr().out
    junk = tmp_path / "junk.csv"
    junk.write_text("Färg;Form\nröd;rund\n")
    assert main(["--database", str(db), "phone", "import", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "Färg" in err and "generic_per_call" in err


def test_revised_aggregates_replace_the_period(
    importer: PhoneImportService, database: Database, tmp_path: Path
) -> None:
    first = importer.import_file(FIXTURES / "aggregates.csv")
    revised = tmp_path / "revised.csv"
    text = (FIXTURES / "aggregates.csv").read_bytes().replace(b"50;40;10", b"52;41;11")
    revised.write_bytes(text)
    overlapping = importer.import_file(revised)
    assert (overlapping.imported, overlapping.duplicates) == (0, 2)  # without replace: nothing changes
    report = importer.import_file(revised, replace_period=True)
    assert report.replaced_batches == (first.batch_id,) and report.imported == 2
    with database.session() as s:
        offered = list(
            s.scalars(select(IntervalAggregate.offered).order_by(IntervalAggregate.interval_start))
        )
    assert offered == [1200, 52]
    assert [b.id for b in importer.batches()] == [report.batch_id]


def test_preview_for_the_mapping_dialog(importer: PhoneImportService) -> None:
    preview = importer.preview(FIXTURES / "swedish_cp1252.csv", rows=3)
    assert preview.profile.name == "generic_per_call"
    assert preview.field_columns["wait"] == "Väntetid" and preview.field_columns["group"] == "Kö"
    assert [c.wait for c in preview.calls] == [12.5, 45.0, 7.5]
    assert preview.columns[:2] == ("Datum", "Tid")


def test_given_profile_and_group(importer: PhoneImportService, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "nogroup.csv"
    path.write_text("Datum;Tid;Besvarad;Väntetid\n2010-03-02;08:15:00;Ja;5\n", encoding="utf-8")
    report = importer.import_file(path, "generic_per_call", group="08-508 290 90")
    assert report.imported == 1
    with database.session() as s:
        assert (
            s.scalar(select(PhoneGroup.number).join(Call, Call.group_id == PhoneGroup.id)) == "08-508 290 90"
        )


def test_figures_after_import_reimport_and_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    db = tmp_path / "figures.sqlite"
    open_database(DatabaseTarget.sqlite(db), backup_dir=tmp_path / "b", create=True).database.dispose()
    stats = [
        "--database",
        str(db),
        "phone",
        "stats",
        "--from",
        "2010-03-01",
        "--to",
        "2010-03-31",
        "--format",
        "json",
    ]

    def figures() -> dict[str, object]:
        capsys.readouterr()
        assert main(stats) == 0
        return dict(json.loads(capsys.readouterr().out))

    empty = figures()
    assert empty["offered"] == 0 and empty["answer_rate"] is None
    assert main(["--database", str(db), "phone", "import", str(FIXTURES / "swedish_cp1252.csv")]) == 0
    after = figures()
    # 5 offered, 3 answered, 2 abandoned of which one within 5 s: 3 / (5 - 1); ASA (12.5 + 7.5) / 2
    assert (after["offered"], after["answered"], after["short_abandoned"]) == (5, 3, 1)
    assert (after["answer_rate"], after["asa_seconds"], after["longest_wait_seconds"]) == (0.75, 10.0, 45.0)
    assert main(["--database", str(db), "phone", "import", str(FIXTURES / "swedish_cp1252.csv")]) == 0
    assert figures() == after
    opened = open_database(DatabaseTarget.sqlite(db), backup_dir=tmp_path / "b").database
    try:
        from ekadm_desktop.services.setup import prepare_database

        service = PhoneImportService(opened, prepare_database(opened), profile_dir=tmp_path / "p")
        service.undo(service.batches()[0].id)
    finally:
        opened.dispose()
    assert figures() == empty


@pytest.mark.parametrize(
    ("name", "profile"),
    [("asterisk_cdr_custom.csv", "asterisk_cdr_custom"), ("freeswitch_cdr.csv", "freeswitch_cdr_csv")],
)
def test_cdr_custom_and_freeswitch(
    importer: PhoneImportService, database: Database, name: str, profile: str
) -> None:
    report = importer.import_file(FIXTURES / name)
    assert report.profile == profile
    got = [(k[:3], o, w, t) for k, o, w, t, *_ in calls(database)]
    # answered after 12 s with 120 s talk; the caller hung up after 30 s
    assert got == [("id:", "answered", 12.0, 120.0), ("id:", "abandoned", 30.0, None)]


def test_xlsx(importer: PhoneImportService, database: Database, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Datum", "Kö", "Besvarad", "Väntetid", "Samtalstid"])
    sheet.append([datetime(2010, 3, 5, 9, 30), "08-508 290 10", "Ja", 14, 200.5])
    sheet.append([datetime(2010, 3, 5, 9, 31), "08-508 290 10", "Nej", 61, None])
    path = tmp_path / "export.xlsx"
    book.save(path)
    report = importer.import_file(path)
    assert report.imported == 2
    got = [(o, w, t, st) for _, o, w, t, st, *_ in calls(database)]
    assert got == [
        ("answered", 14.0, 200.5, datetime(2010, 3, 5, 9, 30)),
        ("abandoned", 61.0, None, datetime(2010, 3, 5, 9, 31)),
    ]


def test_cancel_leaves_nothing(
    importer: PhoneImportService, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ekadm_desktop.progress import Cancelled, Progress
    from ekadm_desktop.services.phone_import import block_reader

    monkeypatch.setattr(block_reader, "RECORDS_PER_BLOCK", 2)
    before = snapshot(database)
    with pytest.raises(Cancelled):
        importer.import_file(FIXTURES / "swedish_cp1252.csv", progress=Progress(is_cancelled=lambda: True))
    assert snapshot(database) == before
    steps: list[tuple[int, int]] = []
    importer.import_file(
        FIXTURES / "swedish_cp1252.csv", progress=Progress(lambda d, t, m: steps.append((d, t)))
    )
    assert steps and all(done <= total for done, total in steps)


def test_caller_hashes_use_a_secret_salt_of_the_database(
    importer: PhoneImportService, database: Database
) -> None:
    from ekadm_desktop.models.phone import PhoneCallerSalt
    from ekadm_desktop.models.users import AuditRecord
    from ekadm_desktop.services.phone_import.rows import caller_hash

    importer.import_file(FIXTURES / "swedish_cp1252.csv")
    with database.session() as s:
        salt = s.scalar(select(PhoneCallerSalt.salt))
        first = s.scalar(select(Call.caller_hash).order_by(Call.started_at).limit(1))
        audited = [str(r.__dict__) for r in s.scalars(select(AuditRecord))]
    assert salt is not None and len(salt) == 64
    assert first == caller_hash("070-123 45 67", salt.encode()) != caller_hash("070-123 45 67")
    assert not any(salt in text for text in audited)
