"""Importing the customer log and the complaint register from files, all rows or none, on both databases."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import PermissionDenied
from ekadm_desktop.models.complaints import (
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    ComplaintType,
    ErrorCause,
)
from ekadm_desktop.models.customer_log import LogEntry, LogKind
from ekadm_desktop.models.reference import Customer, Unit
from ekadm_desktop.models.users import Role
from ekadm_desktop.progress import Cancelled, Progress
from ekadm_desktop.services import register_import
from ekadm_desktop.services.bundle import Services, build_services
from ekadm_desktop.services.complaints import ComplaintService
from ekadm_desktop.services.register_import import CellProblem as ImportCellProblem
from ekadm_desktop.services.register_import import (
    ImportPlan,
    ImportProblem,
    ImportRefused,
    complaint_target,
    log_target,
    parse_date_cell,
    parse_datetime_cell,
    suggest_mapping,
)
from ekadm_desktop.services.tabular import read_table
from ekadm_desktop.services.users import CurrentUser, UserService, ensure_user

LOG_HEADER = "Datum;Förvaltning;Enhet;Typ;Ämne;Anteckning;Uppföljning;Följs upp av"


def csv_file(tmp_path: Path, name: str, lines: list[str], encoding: str = "cp1252") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def plan_for(path: Path, key: str, services: Services) -> ImportPlan:
    table = read_table(path)
    target = register_import.target(key)
    return register_import.validate(table, suggest_mapping(table.headers, target), target, services)


def count(database: Database, model: type[LogEntry] | type[Complaint] | type[ComplaintEvent]) -> int:
    with database.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def customer(database: Database, code: str) -> tuple[int, int]:
    with database.session() as s:
        found = s.scalars(select(Customer).where(Customer.code == code)).one()
        return found.id, found.unit_id


def unit_id(database: Database, code: str) -> int:
    with database.session() as s:
        return s.scalars(select(Unit.id).where(Unit.code == code)).one()


def user_with_role(
    database: Database, admin: CurrentUser, login: str, role: Role, unit: int | None
) -> CurrentUser:
    UserService(database, admin).save_user(
        None, None, login=login, display_name=login.title(), role=role, unit_id=unit, active=True
    )
    with database.session() as s:
        return ensure_user(s, login)


@contextmanager
def counting_sessions(database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Records every ``database.session()`` opened (its reason), to show a run is one transaction."""
    opened: list[str] = []
    original = database.session

    @contextmanager
    def session(*, reason: str = "") -> Iterator[Session]:
        opened.append(reason)
        with original(reason=reason) as s:
            yield s

    monkeypatch.setattr(database, "session", session)
    yield opened
    monkeypatch.setattr(database, "session", original)


# -- the customer log --------------------------------------------------------------------------------


def test_good_log_file_imports_all_rows_in_one_transaction(
    tmp_path: Path, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = csv_file(
        tmp_path,
        "kundlogg 2010.csv",
        [
            "sep=;",
            LOG_HEADER,
            "2010-03-04;Bromma;;Telefonsamtal;Påminnelser;Kunden ringde om påminnelser;;",
            "05/03/2010;SDF01;Syd;;Möte om avtal;;2010-04-01;Eva",
            "6.3.2010;rinkeby-kista stadsdelsförvaltning;;e-post;Fråga;;;",
            "2010-03-07 14:30;Arbetsmarknadsförvaltningen;NORD;Händelse;Systemfel;;;",
        ],
    )
    plan = plan_for(path, "customer_log", services)
    assert plan.problems == ()
    assert plan.ok and plan.row_count == 4

    with counting_sessions(database, monkeypatch) as opened:
        result = register_import.run(plan)
    assert opened == ["Import från kundlogg 2010.csv"]  # one transaction for every row
    assert result.count == 4 and len(result.ids) == 4
    assert result.message() == "4 rader importerades."

    bromma, bromma_unit = customer(database, "SDF04")
    rinkeby, _ = customer(database, "SDF01")
    with database.session() as s:
        entries = {e.id: e for e in s.scalars(select(LogEntry))}
    first, second, third, fourth = (entries[i] for i in result.ids)
    assert (first.entry_date, first.customer_id, first.unit_id, first.kind) == (
        date(2010, 3, 4),
        bromma,
        bromma_unit,  # no unit given: the customer's
        LogKind.PHONE,
    )
    assert first.subject == "Påminnelser" and first.text == "Kunden ringde om påminnelser"
    assert first.author == services.user.display_name  # no author column: the importing user
    assert (second.entry_date, second.customer_id, second.unit_id) == (
        date(2010, 3, 5),
        rinkeby,
        unit_id(database, "SYD"),
    )
    assert second.kind is LogKind.MEETING  # empty: the form's default
    assert (second.follow_up_on, second.follow_up_by) == (date(2010, 4, 1), "Eva")
    assert (third.entry_date, third.customer_id, third.kind) == (date(2010, 3, 6), rinkeby, LogKind.EMAIL)
    assert fourth.entry_date == date(2010, 3, 7) and fourth.kind is LogKind.EVENT


def test_bad_log_file_lists_every_problem_and_writes_nothing(
    tmp_path: Path, services: Services, database: Database
) -> None:
    customer_log = services.customer_log
    bromma, _ = customer(database, "SDF04")
    customer_log.create(
        {"entry_date": date(2010, 1, 4), "customer_id": bromma, "subject": "Finns sedan tidigare"}
    )
    before = count(database, LogEntry)
    path = csv_file(
        tmp_path,
        "fel.csv",
        [
            LOG_HEADER,
            "2010-03-04;Bromma;;;Bra rad;;;",
            "31/02/2010;Bromma;;;Ogiltig dag;;;",
            "igår;Bromma;;;Inget datum alls;;;",
            "2010-03-05;Okänd förvaltning;;;Okänd kund;;;",
            "2010-03-06;Bromma;;;;;;",
            "2010-03-07;Bromma;;Fax;Okänd typ;;2010-03-01;Eva",
            "2010-03-08;Bromma;;;Uppföljning utan person;;2010-04-01;",
            "1999-12-31;Bromma;;;För tidigt;;;",
        ],
    )
    plan = plan_for(path, "customer_log", services)
    assert not plan.ok
    assert plan.problems == (
        ImportProblem(3, "Datum", "31/02/2010", "inget giltigt datum"),
        ImportProblem(4, "Datum", "igår", "inget giltigt datum; skriv t.ex. 2010-03-31 eller 31/3/2010"),
        ImportProblem(
            5,
            "Förvaltning",
            "Okänd förvaltning",
            "okänd kund; ange kundens kod (t.ex. SDF01) eller namn som under Administration",
        ),
        ImportProblem(6, "Ämne", "", "måste fyllas i"),
        ImportProblem(
            7,
            "Typ",
            "Fax",
            "okänt värde; välj ett av: Kundmöte, Telefonsamtal, E-post, Händelse, Avtalsändring, Incident, Uppföljning",
        ),
        ImportProblem(8, "Följs upp av", "", "Fyll i ”Följs upp av” när posten har ett uppföljningsdatum"),
        ImportProblem(9, "Datum", "1999-12-31", "”Datum” måste ligga mellan år 2000 och 2100"),
    )
    assert register_import.problem_text(plan.problems[0]) == (
        "Rad 3, kolumn ”Datum”, värdet ”31/02/2010”: inget giltigt datum"
    )
    with pytest.raises(ImportRefused, match=r"Importen har 7 fel\. Inget har sparats"):
        register_import.run(plan)
    assert count(database, LogEntry) == before


def test_the_follow_up_rule_of_the_service_applies_to_rows_it_can_check(
    tmp_path: Path, services: Services
) -> None:
    """A row whose cells are fine but which breaks a rule between fields gets the service's message,
    on the column of the field the service names."""
    path = csv_file(tmp_path, "f.csv", [LOG_HEADER, "2010-03-07;Bromma;;;Tidig uppföljning;;2010-03-01;Eva"])
    (problem,) = plan_for(path, "customer_log", services).problems
    assert problem == ImportProblem(
        2, "Uppföljning", "2010-03-01", "”Uppföljningsdatum” kan inte vara före postens datum (2010-03-07)"
    )


def test_required_column_not_chosen(tmp_path: Path, services: Services) -> None:
    path = csv_file(tmp_path, "utan.csv", ["Datum;Kund", "2010-03-04;Bromma"])
    plan = plan_for(path, "customer_log", services)
    assert plan.problems == (
        ImportProblem(None, "", "", "välj vilken kolumn i filen som är ”Rubrik”; fältet måste fyllas i"),
    )
    with pytest.raises(ImportRefused):
        register_import.run(plan)


def test_run_writes_nothing_when_cancelled_after_rows_were_flushed(
    tmp_path: Path, services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_import, "FLUSH_EVERY", 1)
    monkeypatch.setattr(register_import, "PROGRESS_EVERY", 1)
    rows = [f"2010-03-{day:02d};Bromma;;;Rad {day};;;" for day in range(1, 6)]
    plan = plan_for(csv_file(tmp_path, "avbryt.csv", [LOG_HEADER, *rows]), "customer_log", services)
    before = count(database, LogEntry)
    messages: list[str] = []

    def report(done: int, total: int, message: str) -> None:
        messages.append(message)

    cancel_at_last = Progress(report, lambda: bool(messages) and messages[-1].startswith("Sparar rad 6"))
    with pytest.raises(Cancelled):
        register_import.run(plan, cancel_at_last)
    assert "Sparar rad 5" in messages  # four rows had been written and flushed
    assert count(database, LogEntry) == before


def test_xlsx_log_with_excel_dates(tmp_path: Path, services: Services, database: Database) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Customer", "Subject", "Follow-up date", "Follow-up by", "Done"])
    sheet.append([datetime(2010, 3, 4), "SDF04", "Meeting", datetime(2010, 3, 20), "Eva", "ja"])
    sheet.append([40243, "FF01", "Serial day number", None, None, None])  # 2010-03-06
    path = tmp_path / "log.xlsx"
    book.save(path)
    plan = plan_for(path, "customer_log", services)
    assert plan.problems == ()
    result = register_import.run(plan)
    with database.session() as s:
        first, second = (s.get(LogEntry, i) for i in result.ids)
        assert first is not None and second is not None
        assert (first.entry_date, first.follow_up_on, first.follow_up_done) == (
            date(2010, 3, 4),
            date(2010, 3, 20),
            True,
        )
        assert second.entry_date == date(2010, 3, 6)


def test_unit_manager_imports_only_own_units_rows(
    tmp_path: Path, database: Database, admin_user: CurrentUser
) -> None:
    _bromma, bromma_unit = customer(database, "SDF04")  # Enhet Väst
    manager = user_with_role(database, admin_user, "vast", Role.UNIT_MANAGER, bromma_unit)
    services = build_services(database, manager)
    before = count(database, LogEntry)
    path = csv_file(
        tmp_path,
        "enhet.csv",
        [
            LOG_HEADER,
            "2010-03-04;Bromma;;;Egen kund;;;",
            "2010-03-05;Södermalm;;;Annan enhets kund, egen enhet som standard;;;",
            "2010-03-06;Bromma;Syd;;Annan enhet angiven;;;",
            "2010-03-07;Södermalm;Enhet Syd;;Annan enhet angiven;;;",
        ],
    )
    plan = plan_for(path, "customer_log", services)
    reason = "du kan bara importera rader för din egen enhet (Enhet Väst); raden gäller Enhet Syd"
    assert plan.problems == (
        ImportProblem(4, "Enhet", "Syd", reason),
        ImportProblem(5, "Enhet", "Enhet Syd", reason),
    )
    with pytest.raises(ImportRefused):
        register_import.run(plan)
    assert count(database, LogEntry) == before


def test_reader_may_not_import(tmp_path: Path, database: Database, admin_user: CurrentUser) -> None:
    reader = user_with_role(database, admin_user, "lasare", Role.READER, None)
    services = build_services(database, reader)
    assert not register_import.can_import("customer_log", services)
    assert not register_import.can_import("complaints", services)
    path = csv_file(tmp_path, "l.csv", [LOG_HEADER, "2010-03-04;Bromma;;;Rad;;;"])
    with pytest.raises(PermissionDenied, match="läsbehörighet"):
        plan_for(path, "customer_log", services)


# -- the complaint register -----------------------------------------------------------------------

COMPLAINT_HEADER = (
    "Ärendenummer;Inkom;Kanal;Kund;Typ;Process;Enhet;Kategori;Beskrivning;Felorsak;Status;Besvarad;Avslutad"
)


def test_complaints_keep_their_case_numbers_and_others_get_the_next(
    tmp_path: Path, services: Services, database: Database
) -> None:
    path = csv_file(
        tmp_path,
        "klagomal.csv",
        [
            COMPLAINT_HEADER,
            ";2010-02-01 09:15;Telefon;Bromma;Synpunkt;;;;Utan nummer, före de numrerade;;;;",
            "K-2010-0042;2010-03-04 10:30;E-post;Bromma;Klagomål;Kundreskontra;Väst;Handläggningstid;"
            "Sen faktura;Eget fel;Avslutat;2010-03-10;2010-03-12",
            "k-2010-0007;05/03/2010;Brev;SDF01;Fråga;;;;Gemener i numret;;;;",
            ";2011-01-10;Webb;FF01;Beröm;;;;Nytt år;;;2011-01-12;",
        ],
        encoding="utf-8-sig",
    )
    plan = plan_for(path, "complaints", services)
    assert plan.problems == ()
    result = register_import.run(plan)
    assert result.case_numbers == ("K-2010-0043", "K-2010-0042", "K-2010-0007", "K-2011-0001")

    rinkeby_unit = customer(database, "SDF01")[1]
    with database.session() as s:
        rows = {c.case_number: c for c in s.scalars(select(Complaint))}
        closed = rows["K-2010-0042"]
        assert closed.received_at == datetime(2010, 3, 4, 10, 30)
        assert (closed.channel, closed.type, closed.category, closed.error_cause) == (
            Channel.EMAIL,
            ComplaintType.COMPLAINT,
            Category.LEAD_TIME,
            ErrorCause.OWN,
        )
        assert (
            closed.unit.code == "VAST"
            and closed.process is not None
            and closed.process.code == "customer_ledger"
        )
        assert (closed.status, closed.answered_on, closed.closed_on) == (
            ComplaintStatus.CLOSED,
            date(2010, 3, 10),
            date(2010, 3, 12),
        )
        assert closed.deadline is not None and closed.deadline > date(2010, 3, 4)  # the norm's working days
        assert [e.kind for e in closed.events] == ["registered", "answered", "closed"]
        assert rows["K-2010-0043"].status is ComplaintStatus.REGISTERED
        assert rows["K-2010-0007"].unit_id == rinkeby_unit  # the customer's unit
        assert rows["K-2011-0001"].status is ComplaintStatus.ANSWERED  # from its dates
        assert (rows["K-2011-0001"].year, rows["K-2011-0001"].serial) == (2011, 1)

    # The service numbers on after the imported ones.
    registered = ComplaintService(database, services.user).register(
        {"customer_id": customer(database, "SDF04")[0], "description": "Ny"}, received_at=datetime(2010, 6, 1)
    )
    assert registered.case_number == "K-2010-0044"


def test_duplicate_case_numbers_are_refused(tmp_path: Path, services: Services, database: Database) -> None:
    existing = ComplaintService(database, services.user).register(
        {"customer_id": customer(database, "SDF04")[0], "description": "Finns redan"},
        received_at=datetime(2010, 1, 5, 8, 0),
    )
    assert existing.case_number == "K-2010-0001"
    before = (count(database, Complaint), count(database, ComplaintEvent))
    path = csv_file(
        tmp_path,
        "dubbletter.csv",
        [
            "Ärendenummer;Inkom;Kund;Beskrivning",
            "K-2010-0001;2010-02-01;Bromma;Samma nummer som i registret",
            "K-2010-0005;2010-02-02;Bromma;Först",
            "K-2010-0005;2010-02-03;Bromma;Samma nummer två gånger",
            "K-2009-0006;2010-02-04;Bromma;Fel år",
            "2010/17;2010-02-05;Bromma;Eget nummer",
        ],
    )
    plan = plan_for(path, "complaints", services)
    assert plan.problems == (
        ImportProblem(2, "Ärendenummer", "K-2010-0001", "ärendenumret finns redan i klagomålsregistret"),
        ImportProblem(4, "Ärendenummer", "K-2010-0005", "samma ärendenummer som på rad 3"),
        ImportProblem(
            5, "Ärendenummer", "K-2009-0006", "ärendenumrets år (2009) är inte året det inkom (2010)"
        ),
        ImportProblem(
            6,
            "Ärendenummer",
            "2010/17",
            "inget ärendenummer i formen K-ÅÅÅÅ-NNNN (t.ex. K-2010-0042); lämna tomt så får klagomålet nästa nummer",
        ),
    )
    with pytest.raises(ImportRefused):
        register_import.run(plan)
    assert (count(database, Complaint), count(database, ComplaintEvent)) == before


def test_a_case_number_taken_after_the_check_refuses_the_whole_run(
    tmp_path: Path, services: Services, database: Database
) -> None:
    path = csv_file(
        tmp_path,
        "sen.csv",
        [
            "Ärendenummer;Inkom;Kund;Beskrivning",
            ";2010-01-03;Bromma;Utan nummer",
            "K-2010-0001;2010-02-01;Bromma;Numret tas av någon annan",
        ],
    )
    plan = plan_for(path, "complaints", services)
    assert plan.ok
    ComplaintService(database, services.user).register(
        {"customer_id": customer(database, "SDF04")[0], "description": "Hann före"},
        received_at=datetime(2010, 1, 5),
    )  # takes K-2010-0001
    with pytest.raises(ImportRefused) as refused:
        register_import.run(plan)
    assert refused.value.problems == (
        ImportProblem(3, "Ärendenummer", "K-2010-0001", "ärendenumret finns redan i klagomålsregistret"),
    )
    assert count(database, Complaint) == 1


def test_complaint_rows_are_checked_by_the_services_rules(tmp_path: Path, services: Services) -> None:
    path = csv_file(
        tmp_path,
        "regler.csv",
        [
            "Inkom;Kund;Anonym;Beskrivning;Status;Besvarad;Avslutad;Resultat",
            "2010-02-01;;nej;Ingen kund;;;;",
            "2010-02-02;Bromma;;;;;;",
            "2010-02-03;Bromma;;Svar före inkom;;2010-01-30;;",
            "2010-02-04;Bromma;;Avslutat utan datum;Avslutat;;;",
            "2010-02-05;Bromma;;Registrerat men besvarat;Registrerat;2010-02-06;;",
            "2010-02-06;Bromma;;Resultat utan avslut;;;;Rättat",
            "2999-01-01;Bromma;;Framtid;;;;",
            "2010-02-07;;ja;Anonymt går bra;;;;",
        ],
    )
    problems = plan_for(path, "complaints", services).problems
    assert problems == (
        ImportProblem(2, "Kund", "", "Välj ”Kund” eller markera ”Anonym”"),
        ImportProblem(3, "Beskrivning", "", "måste fyllas i"),
        ImportProblem(4, "Besvarad", "2010-01-30", "kan inte vara före Inkom (2010-02-03)"),
        ImportProblem(5, "Status", "Avslutat", "status ”Avslutat” kräver ett datum i ”Avslutad”"),
        ImportProblem(
            6, "Status", "Registrerat", "status ”Registrerat” passar inte med att ”Besvarad” är ifyllt"
        ),
        ImportProblem(7, "Resultat", "Rättat", "anges först när klagomålet är avslutat"),
        ImportProblem(8, "Inkom", "2999-01-01", "året måste ligga mellan 2000 och 2100"),
        ImportProblem(9, "Enhet", "", "Välj ”Enhet”"),  # anonymous: no customer's unit to take, no column
    )


def test_unit_manager_imports_only_own_units_complaints(
    tmp_path: Path, database: Database, admin_user: CurrentUser
) -> None:
    _bromma, vast = customer(database, "SDF04")
    manager = user_with_role(database, admin_user, "vastchef", Role.UNIT_MANAGER, vast)
    services = build_services(database, manager)
    path = csv_file(
        tmp_path,
        "chef.csv",
        [
            "Inkom;Kund;Enhet;Beskrivning",
            "2010-02-01;Bromma;;Egen enhet",
            "2010-02-02;Södermalm;;Annan kund, egen enhet som standard",
            "2010-02-03;Bromma;Nord;Annan enhet",
        ],
    )
    plan = plan_for(path, "complaints", services)
    assert plan.problems == (
        ImportProblem(
            4,
            "Enhet",
            "Nord",
            "du kan bara importera rader för din egen enhet (Enhet Väst); raden gäller Enhet Nord",
        ),
    )
    assert count(database, Complaint) == 0


# -- pieces ----------------------------------------------------------------------------------------


def test_suggest_mapping_swedish_and_english() -> None:
    headers = ["Date", "Kund/förvaltning", "Rubrik:", "Anteckningar", "Okänd", "Datum för uppföljning"]
    assert suggest_mapping(headers, log_target()) == {
        0: "entry_date",
        1: "customer_id",  # a header that starts with a synonym's words
        2: "subject",
        3: "text",
    }
    complaint_headers = ["Ärendenr", "Inkom", "Kanal", "Typ", "Process", "Enhet", "Kategori", "Beskrivning"]
    complaint_headers += ["Felorsak", "Status", "Besvarad", "Avslutad", "Kunden nöjd", "Förvaltning"]
    mapping = suggest_mapping(complaint_headers, complaint_target())
    assert [mapping[i] for i in range(len(complaint_headers))] == [
        "case_number",
        "received_at",
        "channel",
        "type",
        "process_id",
        "unit_id",
        "category",
        "description",
        "error_cause",
        "status",
        "answered_on",
        "closed_on",
        "customer_satisfied",
        "customer_id",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2010-03-31", datetime(2010, 3, 31)),
        ("31/03/2010", datetime(2010, 3, 31)),
        ("1/3/2010", datetime(2010, 3, 1)),
        ("31.3.2010", datetime(2010, 3, 31)),
        ("2010-03-31 14:30", datetime(2010, 3, 31, 14, 30)),
        ("2010-03-31T14:30:05", datetime(2010, 3, 31, 14, 30, 5)),
        ("2010/3/31 9:05", datetime(2010, 3, 31, 9, 5)),
        ("20100331", datetime(2010, 3, 31)),
        (datetime(2010, 3, 31, 8, 0), datetime(2010, 3, 31, 8, 0)),
        (date(2010, 3, 31), datetime(2010, 3, 31)),
        (40268, datetime(2010, 3, 31)),
        (40268.5, datetime(2010, 3, 31, 12, 0)),
    ],
)
def test_dates_in_the_forms_people_write(
    raw: str | datetime | date | int | float, expected: datetime
) -> None:
    assert parse_datetime_cell(raw) == expected
    assert parse_date_cell(raw) == expected.date()


@pytest.mark.parametrize("raw", ["31/02/2010", "2010-13-01", "03/31/2010", "i går", "12", "2010-3", 12.5])
def test_not_dates(raw: str | float) -> None:
    with pytest.raises(ImportCellProblem, match="inget giltigt datum"):
        parse_datetime_cell(raw)


def test_customers_by_code_or_name(database: Database) -> None:
    bromma, _ = customer(database, "SDF04")
    with database.session() as s:
        refs = register_import.References(s)
    for written in (
        "SDF04",
        "sdf04",
        "Bromma",
        "BROMMA",
        "Bromma stadsdelsförvaltning",
        "  bromma   stadsdelsförvaltning ",
        "SDF04 – Bromma stadsdelsförvaltning",
    ):
        assert refs.customer(written).id == bromma, written
    with pytest.raises(ImportCellProblem, match="okänd kund"):
        refs.customer("Brommaplan")
    assert refs.unit("Väst").id == refs.unit("VAST").id == refs.unit("enhet väst").id
    assert refs.process("Kundreskontra").id == refs.process("customer_ledger").id


def test_problem_list_is_saved_for_excel_and_reads_back(tmp_path: Path) -> None:
    problems = [
        ImportProblem(None, "", "", "välj en kolumn"),
        ImportProblem(7, "Datum", "31/02/2010", "inget giltigt datum"),
        ImportProblem(8, "Ämne", "=SUM(A1)", "farligt värde"),
    ]
    path = tmp_path / "fel.csv"
    register_import.write_problems(path, problems)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfRad;Kolumn;V\xc3\xa4rde;Fel\r\n")
    table = read_table(path)
    assert table.headers == ("Rad", "Kolumn", "Värde", "Fel")
    assert [row.cells for row in table.rows] == [
        ("", "", "", "välj en kolumn"),
        ("7", "Datum", "31/02/2010", "inget giltigt datum"),
        ("8", "Ämne", "'=SUM(A1)", "farligt värde"),
    ]
