"""CustomerLogService: editing, rules, permissions, follow-ups and free-text search on both databases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, event, inspect, select, text

from ekadm_desktop.db import migrate
from ekadm_desktop.db.database import Database
from ekadm_desktop.db.postgres import create_postgres_engine
from ekadm_desktop.db.sqlite import create_sqlite_engine
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ekadm_desktop.models.customer_log import LogKind
from ekadm_desktop.models.reference import Customer
from ekadm_desktop.models.users import AuditRecord, Role
from ekadm_desktop.services.customer_log import (
    CustomerLogService,
    FollowUpState,
    LogEntryRow,
    LogFilter,
    postgres_tsquery,
    search_words,
    sqlite_match_query,
)
from ekadm_desktop.services.setup import prepare_database
from ekadm_desktop.services.users import CurrentUser, UserService, ensure_user

TODAY = date(2024, 5, 15)  # a Wednesday; ISO week 20 runs Monday 13 to Sunday 19 May


@pytest.fixture
def customers(database: Database) -> list[tuple[int, int]]:
    """(customer id, responsible unit id) of customers of two different units."""
    with database.session() as s:
        pairs = [(c.id, c.unit_id) for c in s.scalars(select(Customer).order_by(Customer.id))]
    first = pairs[0]
    other = next(p for p in pairs if p[1] != first[1])
    same_unit = next(p for p in pairs if p[1] == first[1] and p != first)
    return [first, other, same_unit]


@pytest.fixture
def log(database: Database, admin_user: CurrentUser) -> CustomerLogService:
    return CustomerLogService(database, admin_user, today=lambda: TODAY)


def user_with_role(
    database: Database, admin: CurrentUser, login: str, role: Role, unit_id: int | None
) -> CurrentUser:
    UserService(database, admin).save_user(
        None, None, login=login, display_name=login.title(), role=role, unit_id=unit_id, active=True
    )
    with database.session() as s:
        return ensure_user(s, login)


def entry(log: CustomerLogService, customer_id: int, /, **values: object) -> LogEntryRow:
    defaults: dict[str, object] = {
        "entry_date": date(2024, 5, 2),
        "customer_id": customer_id,
        "kind": LogKind.MEETING,
        "subject": "Tertialmöte",
        "text": "",
    }
    return log.create(defaults | values)


# -- editing ---------------------------------------------------------------------------------------


def test_create_fills_defaults_and_returns_plain_data(log, customers, admin_user) -> None:
    customer_id, unit_id = customers[0]
    row = log.create(
        {
            "entry_date": "2024-05-02",
            "customer_id": customer_id,
            "kind": "phone",
            "subject": "  Samtal om fakturor  ",
            "text": "Kunden ringde.",
            "follow_up_on": date(2024, 5, 20),
            "follow_up_by": "Anna Ek",
        }
    )
    assert isinstance(row, LogEntryRow)
    assert row.unit_id == unit_id  # the customer's responsible unit
    assert row.customer_name and row.unit_name
    assert row.author == admin_user.display_name
    assert row.kind is LogKind.PHONE and row.kind_label == "Telefonsamtal"
    assert row.subject == "Samtal om fakturor"
    assert row.entry_date == date(2024, 5, 2) and row.version == 1
    assert row.status == "Uppföljning öppen" and row.follow_up_state is FollowUpState.OPEN
    assert row.created_by == admin_user.login and row.updated_by == admin_user.login
    assert log.get(row.id) == row


def test_kind_labels_are_swedish(log) -> None:
    assert list(log.kind_labels().values()) == [
        "Kundmöte",
        "Telefonsamtal",
        "E-post",
        "Händelse",
        "Avtalsändring",
        "Incident",
        "Uppföljning",
    ]


def test_update_changes_given_fields_and_is_audited(database, log, customers) -> None:
    row = entry(log, customers[0][0], text="Första versionen")
    changed = log.update(row.id, row.version, {"subject": "Tertialmöte T1", "kind": LogKind.EVENT})
    assert changed.subject == "Tertialmöte T1" and changed.kind is LogKind.EVENT
    assert changed.text == "Första versionen" and changed.version == row.version + 1
    with database.session() as s:
        audit = s.scalars(
            select(AuditRecord).where(
                AuditRecord.table_name == "log_entry",
                AuditRecord.row_id == str(row.id),
                AuditRecord.action == "update",
            )
        ).all()
    assert len(audit) == 1
    assert audit[0].changes["subject"] == ["Tertialmöte", "Tertialmöte T1"]


def test_stale_version_is_refused(log, customers) -> None:
    row = entry(log, customers[0][0])
    log.update(row.id, row.version, {"subject": "Ändrad av någon annan"})
    with pytest.raises(ConflictError):
        log.update(row.id, row.version, {"subject": "Min ändring"})
    with pytest.raises(ConflictError):
        log.delete(row.id, row.version)
    with pytest.raises(ConflictError):
        log.mark_follow_up_done(row.id, row.version)
    assert log.get(row.id).subject == "Ändrad av någon annan"


def test_delete_then_restore_recreates_the_same_content(log, customers) -> None:
    row = entry(
        log,
        customers[0][0],
        text="Avtalet förlängs",
        kind=LogKind.AGREEMENT_CHANGE,
        follow_up_on=date(2024, 6, 1),
        follow_up_by="Bo Ek",
    )
    snapshot = log.delete(row.id, row.version)
    assert snapshot.former_id == row.id and snapshot.entry.subject == row.subject
    with pytest.raises(NotFound):
        log.get(row.id)
    with pytest.raises(NotFound):
        log.update(row.id, row.version, {"subject": "x"})
    restored = log.restore(snapshot)
    assert restored.values() == row.values()
    assert log.get(restored.id) == restored
    assert [r.id for r in log.history_for_customer(customers[0][0])] == [restored.id]
    assert [r.id for r in log.list(LogFilter(text="avtalet"))] == [restored.id]


def test_history_for_customer_is_newest_first(log, customers) -> None:
    customer_id = customers[0][0]
    old = entry(log, customer_id, entry_date=date(2019, 3, 1))
    new = entry(log, customer_id, entry_date=date(2024, 3, 1))
    middle = entry(log, customer_id, entry_date=date(2021, 3, 1))
    entry(log, customers[1][0])
    assert [r.id for r in log.history_for_customer(customer_id)] == [new.id, middle.id, old.id]
    with pytest.raises(NotFound):
        log.history_for_customer(999_999)


def test_list_filters(log, customers) -> None:
    (c1, u1), (c2, u2), (c3, _) = customers
    a = entry(log, c1, entry_date=date(2023, 1, 10), kind=LogKind.PHONE, author="Anna Ek")
    b = entry(log, c2, entry_date=date(2023, 6, 1), follow_up_on=date(2023, 7, 1), follow_up_by="Bo")
    c = entry(log, c3, entry_date=date(2024, 2, 1), kind=LogKind.INCIDENT)
    assert [r.id for r in log.list(LogFilter())] == [c.id, b.id, a.id]
    assert [r.id for r in log.list(LogFilter(customer_ids=(c1, c3)))] == [c.id, a.id]
    assert [r.id for r in log.list(LogFilter(unit_ids=(u2,)))] == [b.id]
    assert [r.id for r in log.list(LogFilter(unit_ids=(u1,)))] == [c.id, a.id]
    assert [r.id for r in log.list(LogFilter(kinds=(LogKind.PHONE, LogKind.INCIDENT)))] == [c.id, a.id]
    assert [r.id for r in log.list(LogFilter(date_from=date(2023, 2, 1), date_to=date(2023, 12, 31)))] == [
        b.id
    ]
    assert [r.id for r in log.list(LogFilter(author="Anna Ek"))] == [a.id]
    assert [r.id for r in log.list(LogFilter(open_follow_ups_only=True))] == [b.id]
    assert "Anna Ek" in log.authors()


# -- validation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"subject": ""}, "subject", "Fyll i ”Rubrik”"),
        ({"subject": "x" * 201}, "subject", "högst 200 tecken"),
        ({"entry_date": None}, "entry_date", "Fyll i ”Datum”"),
        ({"entry_date": "2024-13-01"}, "entry_date", "”Datum” måste vara ett datum"),
        ({"entry_date": date(1999, 12, 31)}, "entry_date", "mellan år 2000 och 2100"),
        ({"customer_id": None}, "customer_id", "Välj ”Kund”"),
        ({"customer_id": 999_999}, "customer_id", "finns inte längre"),
        ({"unit_id": 999_999}, "unit_id", "”Enhet”"),
        ({"kind": None}, "kind", "Välj ”Typ”"),
        ({"kind": "brevduva"}, "kind", "”Typ”"),
        ({"author": " "}, "author", "Fyll i ”Skriven av”"),
        ({"follow_up_on": date(2024, 6, 1)}, "follow_up_by", "Fyll i ”Följs upp av”"),
        ({"follow_up_by": "Anna Ek"}, "follow_up_on", "Fyll i ”Uppföljningsdatum”"),
        (
            {"follow_up_on": date(2024, 4, 1), "follow_up_by": "Anna Ek"},
            "follow_up_on",
            "”Uppföljningsdatum” kan inte vara före postens datum (2024-05-02)",
        ),
        ({"follow_up_done": "ja"}, "follow_up_done", "ja eller nej"),
        ({"complaint_id": 999_999}, "complaint_id", "”Klagomål”"),
    ],
)
def test_validation_names_the_field(log, customers, values, field, words) -> None:
    with pytest.raises(ValidationError) as caught:
        entry(log, customers[0][0], **values)
    assert caught.value.field == field
    assert words in caught.value.message
    assert log.list(LogFilter()) == []


def test_unknown_values_are_a_programming_error(log, customers) -> None:
    with pytest.raises(KeyError):
        entry(log, customers[0][0], colour="red")


def test_without_a_follow_up_it_cannot_be_done(log, customers) -> None:
    row = entry(log, customers[0][0], follow_up_done=True)
    assert row.follow_up_done is False and row.status == "" and row.follow_up_state is FollowUpState.NONE
    with pytest.raises(ValidationError, match="ingen uppföljning"):
        log.mark_follow_up_done(row.id, row.version)


# -- permissions -----------------------------------------------------------------------------------


def test_reader_reads_only(database, admin_user, log, customers) -> None:
    row = entry(log, customers[0][0])
    with database.session() as s:
        reader = ensure_user(s, "lasare")
    assert reader.role is Role.READER
    as_reader = CustomerLogService(database, reader)
    assert [r.id for r in as_reader.list(LogFilter())] == [row.id]
    assert not as_reader.can_create and not as_reader.can_edit(row)
    attempts: list[Callable[[], object]] = [
        lambda: entry(as_reader, customers[0][0]),
        lambda: as_reader.update(row.id, row.version, {"subject": "x"}),
        lambda: as_reader.delete(row.id, row.version),
        lambda: as_reader.mark_follow_up_done(row.id, row.version),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="läsbehörighet"):
            attempt()
    assert log.get(row.id) == row


def test_unit_manager_edits_own_unit_only(database, admin_user, log, customers) -> None:
    (own_customer, own_unit), (other_customer, other_unit), _ = customers
    manager = user_with_role(database, admin_user, "chef", Role.UNIT_MANAGER, own_unit)
    as_manager = CustomerLogService(database, manager)
    mine = entry(as_manager, own_customer, follow_up_on=date(2024, 6, 1), follow_up_by="Chef")
    assert mine.unit_id == own_unit and as_manager.can_edit(mine)
    mine = as_manager.update(mine.id, mine.version, {"text": "Tillägg"})
    mine = as_manager.mark_follow_up_done(mine.id, mine.version)
    # An entry of their own unit about another unit's customer is theirs to write.
    entry(as_manager, other_customer, unit_id=own_unit)

    theirs = entry(log, other_customer)
    assert not as_manager.can_edit(theirs)
    # A manager's note about another unit's customer is filed under the manager's own unit.
    assert entry(as_manager, other_customer).unit_id == own_unit
    attempts: list[Callable[[], object]] = [
        lambda: entry(as_manager, other_customer, unit_id=other_unit),
        lambda: as_manager.update(theirs.id, theirs.version, {"subject": "x"}),
        lambda: as_manager.update(theirs.id, theirs.version, {"unit_id": own_unit}),
        lambda: as_manager.update(mine.id, mine.version, {"unit_id": other_unit}),
        lambda: as_manager.delete(theirs.id, theirs.version),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="egen enhet"):
            attempt()
    snapshot = log.delete(theirs.id, theirs.version)
    with pytest.raises(PermissionDenied):
        as_manager.restore(snapshot)
    assert as_manager.get(mine.id).unit_id == own_unit


def test_controller_edits_all(database, admin_user, customers) -> None:
    controller = user_with_role(database, admin_user, "controller", Role.CONTROLLER, None)
    as_controller = CustomerLogService(database, controller)
    for customer_id, _ in customers:
        row = entry(as_controller, customer_id)
        as_controller.update(row.id, row.version, {"subject": "Ändrad"})


# -- follow-ups ------------------------------------------------------------------------------------


def test_follow_ups_due_this_week_or_overdue_oldest_first(log, customers) -> None:
    (c1, u1), (c2, u2), _ = customers

    def planned(customer_id: int, due: date, **values: object) -> LogEntryRow:
        return entry(
            log, customer_id, entry_date=date(2024, 4, 2), follow_up_on=due, follow_up_by="Anna", **values
        )

    overdue = planned(c1, date(2024, 5, 10))
    sunday = planned(c1, date(2024, 5, 19))
    today = planned(c2, TODAY)
    planned(c1, date(2024, 5, 20))  # next week
    planned(c1, date(2024, 5, 14), follow_up_done=True)
    entry(log, c1, entry_date=date(2024, 5, 13))  # no follow-up

    due = log.follow_ups(TODAY, None)
    assert [r.id for r in due] == [overdue.id, today.id, sunday.id]
    assert [r.status for r in due] == ["Försenad", "Uppföljning öppen", "Uppföljning öppen"]
    assert [r.id for r in log.follow_ups(TODAY, u2)] == [today.id]
    assert [r.id for r in log.follow_ups(TODAY, u1)] == [overdue.id, sunday.id]

    done = log.mark_follow_up_done(overdue.id, overdue.version)
    assert done.follow_up_done and done.status == "Klar" and done.follow_up_state is FollowUpState.DONE
    assert [r.id for r in log.follow_ups(TODAY, None)] == [today.id, sunday.id]
    reopened = log.mark_follow_up_done(done.id, done.version, done=False)
    assert reopened.status == "Försenad"
    # Next Monday, the week before is overdue and the new week's follow-up is due.
    assert len(log.follow_ups(date(2024, 5, 20), None)) == 4


# -- search ----------------------------------------------------------------------------------------


@pytest.fixture
def texts(log, customers) -> dict[str, LogEntryRow]:
    c = customers[0][0]
    return {
        "invoice_2019": entry(
            log,
            c,
            entry_date=date(2019, 2, 4),
            subject="Fakturan till Älvsjö",
            text="Kunden fick en påminnelse om fakturan.",
        ),
        "reminders_2024": entry(
            log,
            customers[1][0],
            entry_date=date(2024, 3, 5),
            subject="Möte om påminnelser",
            text="Vi gick igenom fakturaflödet och påminnelserna.",
        ),
        "salaries": entry(log, c, entry_date=date(2024, 3, 6), subject="Löner", text="Inget om det andra."),
        "closing": entry(
            log, c, entry_date=date(2022, 1, 10), subject="Årsavstämning", text="Åtgärder inför bokslutet."
        ),
    }


def found(log: CustomerLogService, query: str, **filters: object) -> set[str]:
    rows = log.list(LogFilter(text=query, **filters))
    return {r.subject for r in rows}


def test_search_finds_all_words_as_prefixes_across_years(log, texts) -> None:
    assert found(log, "faktura påminnelse") == {"Fakturan till Älvsjö", "Möte om påminnelser"}
    assert found(log, "faktur") == {"Fakturan till Älvsjö", "Möte om påminnelser"}
    assert found(log, "FAKTURAN älvsjö") == {"Fakturan till Älvsjö"}
    assert found(log, "älvsj") == {"Fakturan till Älvsjö"}
    assert found(log, "årsavst") == {"Årsavstämning"}
    assert found(log, "åtgärder") == {"Årsavstämning"}
    assert found(log, "löner") == {"Löner"}
    assert found(log, "alvsjo") == set()  # å, ä and ö are letters of their own
    assert found(log, "faktura löner") == set()
    assert found(log, "kalender") == set()
    assert found(log, "faktura", date_from=date(2024, 1, 1)) == {"Möte om påminnelser"}
    newest_first = [r.subject for r in log.list(LogFilter(text="faktura"))]
    assert newest_first == ["Möte om påminnelser", "Fakturan till Älvsjö"]


def test_search_follows_edits_and_deletes(log, texts) -> None:
    row = texts["salaries"]
    changed = log.update(row.id, row.version, {"subject": "Löneutbetalning", "text": "Kvitton saknas"})
    assert found(log, "kvitton") == {"Löneutbetalning"}
    assert found(log, "andra") == set()
    assert found(log, "löne") == {"Löneutbetalning"}
    planned = log.update(
        changed.id, changed.version, {"follow_up_on": date(2024, 4, 1), "follow_up_by": "Bo"}
    )
    assert found(log, "kvitton") == {"Löneutbetalning"}
    log.delete(planned.id, planned.version)
    assert found(log, "kvitton") == set()


@pytest.mark.parametrize(
    "query",
    [
        "'; drop table log_entry; --",
        '"faktura',
        'faktura"',
        "faktura*",
        "*",
        "faktura:*",
        "a:b & c | !d",
        "&",
        "|",
        "'",
        "''",
        '"',
        "\\",
        "NOT faktura",
        "faktura OR löner",
        "NEAR(faktura löner)",
        "subject:faktura",
        "(faktura",
        "e-post",
        "^faktura",
        "-",
        "faktura AND",
    ],
)
def test_search_syntax_is_never_interpreted(log, texts, query: str) -> None:
    words = search_words(query)
    # Everything but letters and digits only separates words; with no words, nothing restricts.
    assert found(log, query) == found(log, " ".join(words))
    if not words:
        assert len(log.list(LogFilter(text=query))) == len(texts)
    assert len(log.list(LogFilter())) == len(texts)  # the table is still there


def test_search_word_quoting() -> None:
    assert search_words("  Faktura, 'påminnelse'; drop*  e-post ") == [
        "faktura",
        "påminnelse",
        "drop",
        "e",
        "post",
    ]
    assert search_words("'; * : & | \"") == []
    assert sqlite_match_query(["faktur", "påminnelse"]) == '"faktur"* "påminnelse"*'
    assert postgres_tsquery(["faktur", "påminnelse"]) == "'faktur':* & 'påminnelse':*"


def test_search_index_is_kept_in_step(database, log, texts) -> None:
    row = texts["closing"]
    log.update(row.id, row.version, {"text": "Nytt innehåll"})
    log.delete(texts["salaries"].id, texts["salaries"].version)
    if database.kind == "sqlite":
        with (
            database.session() as s
        ):  # compares the FTS index with log_entry: fails if a trigger missed a change
            s.execute(text("INSERT INTO log_entry_fts(log_entry_fts, rank) VALUES ('integrity-check', 1)"))


def test_search_query_uses_the_index(database, log, texts) -> None:
    statements: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        log.list(LogFilter(text="faktura påminnelse"))
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    statement, parameters = next((st, p) for st, p in statements if "log_entry" in st)
    with database.engine.connect() as conn:
        if database.kind == "sqlite":
            plan = " ".join(
                str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
            assert "log_entry_fts VIRTUAL TABLE INDEX" in plan
        else:
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
            assert "ix_log_entry_search" in plan


# -- the migration ---------------------------------------------------------------------------------


@pytest.fixture
def empty_engine(db_target: DatabaseTarget, request: pytest.FixtureRequest) -> Engine:
    if db_target.sqlite_path is not None:
        engine = create_sqlite_engine(db_target.sqlite_path)
    else:
        server = request.getfixturevalue("pg_server")
        engine = create_postgres_engine(DatabaseTarget.postgres(server.create(from_template=False)).url)
    request.addfinalizer(engine.dispose)
    return engine


def search_objects(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        names |= {i["name"] or "" for i in inspect(conn).get_indexes("log_entry")}
        if conn.dialect.name == "sqlite":
            names |= set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    return {n for n in names if n.startswith(("log_entry_fts", "ix_log_entry_search"))}


def test_migration_indexes_existing_entries_and_downgrade_removes_search(
    empty_engine: Engine, db_target: DatabaseTarget, tmp_path: Path
) -> None:
    with empty_engine.begin() as conn:
        migrate.upgrade(conn, "0001")
    assert search_objects(empty_engine) == set()
    database = Database(empty_engine, db_target, "test")
    admin = prepare_database(database)
    with database.session() as s:
        customer_id = s.scalars(select(Customer.id)).first()
    assert customer_id is not None
    old = CustomerLogService(database, admin)
    row = entry(old, customer_id, subject="Gammal påminnelse", entry_date=date(2015, 1, 2))

    with empty_engine.begin() as conn:
        migrate.upgrade(conn)
    expected = (
        {"log_entry_fts", "log_entry_fts_insert", "log_entry_fts_update", "log_entry_fts_delete"}
        if db_target.is_sqlite
        else {"ix_log_entry_search"}
    )
    assert expected <= search_objects(empty_engine)
    assert [r.id for r in old.list(LogFilter(text="påminn"))] == [row.id]

    config = migrate.alembic_config()
    with empty_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    assert search_objects(empty_engine) == set()
    entry(old, customer_id, subject="Efter nedgradering")  # writing works without the triggers


def test_pages_and_orders_are_stable(services) -> None:
    """The view fetches page by page: the pages join up to the whole list, in the asked order."""
    from ekadm_desktop.services.customer_log import LogFilter, LogOrder

    log = services.customer_log
    customers = services.admin.list("customer")
    for i in range(25):
        log.create(
            {
                "entry_date": date(2010, 1, 1 + i),
                "customer_id": customers[i % 5].id,
                "kind": "phone",
                "subject": f"Samtal {i:02d}",
                "author": "anna",
            }
        )
    everything = log.list(LogFilter())
    pages = [row for offset in range(0, 25, 10) for row in log.list(LogFilter(), offset=offset, limit=10)]
    assert [r.id for r in pages] == [r.id for r in everything]
    assert log.count(LogFilter()) == 25
    by_subject = log.list(LogFilter(), order=LogOrder("subject", descending=False), limit=3)
    assert [r.subject for r in by_subject] == ["Samtal 00", "Samtal 01", "Samtal 02"]
    by_customer = log.list(LogFilter(), order=LogOrder("customer", descending=True))
    names = [r.customer_name for r in by_customer]
    assert names == sorted(names, reverse=True)
    assert log.count(LogFilter(text="samtal")) == 25 and log.count(LogFilter(text="nej")) == 0
