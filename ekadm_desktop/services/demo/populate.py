"""Filling a database with two years of believable demo data, in one transaction."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from random import Random

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.db.open import open_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.base import Base, Editable, utc_now
from ekadm_desktop.models.complaints import Complaint
from ekadm_desktop.models.customer_log import LogEntry
from ekadm_desktop.models.phone import Call, Extension, PhoneGroup
from ekadm_desktop.models.reference import Process, TransactionType
from ekadm_desktop.models.volumes import MonthlyVolume, ServiceHours, Staffing
from ekadm_desktop.progress import Progress
from ekadm_desktop.services import phone_rollup
from ekadm_desktop.services.demo.calls import CHUNK_ROWS, add_phone_groups, insert_calls
from ekadm_desktop.services.demo.complaints import complaint_rows
from ekadm_desktop.services.demo.customer_log import log_rows
from ekadm_desktop.services.demo.refs import YEARS, Row, load_refs
from ekadm_desktop.services.demo.registers import (
    add_agreements,
    add_previous_year_prices_and_targets,
    add_users,
)
from ekadm_desktop.services.demo.staffing import service_hours_rows, staffing_rows
from ekadm_desktop.services.demo.volumes import volume_rows
from ekadm_desktop.services.demo.workdays import working_days
from ekadm_desktop.services.reference_seed import is_seeded, seed_reference_data
from ekadm_desktop.services.setup import prepare_database

AUDIT_REASON = "Demodata"
# Tables that must be empty: demo data is only added to a database without figures of its own.
REFUSE_IF_FILLED: tuple[type[Base], ...] = (
    MonthlyVolume,
    Staffing,
    ServiceHours,
    Complaint,
    LogEntry,
    PhoneGroup,
    Extension,
    Call,
)
PHASES = 5  # progress units before the calls, one per phase


@dataclass(frozen=True)
class DemoSummary:
    customer_invoices: dict[int, int]  # year -> total customer invoices (all customer-ledger invoice types)
    supplier_invoices: dict[int, int]  # year -> total supplier invoices
    fte_by_month_2010: float  # total FTE in an average 2010 month
    headcount_2010: int
    log_entries: int
    complaints: int
    secret_complaints: int
    calls: int


def populate_demo(
    db: Database, *, seed: int = 2010, calls_scale: float = 1.0, progress: Progress | None = None
) -> DemoSummary:
    """Add 2009–2010 demo data to a database with reference data but no figures yet.

    Everything is written in one transaction: a failure or a cancel leaves the database as it was.
    The same ``seed`` gives the same data.
    """
    if calls_scale < 0:
        raise ValueError(f"calls_scale must not be negative: {calls_scale}")
    progress = progress or Progress()
    days = working_days(date(YEARS[0], 1, 1), date(YEARS[-1], 12, 31))
    total = PHASES + len(days)
    with db.session(reason=AUDIT_REASON) as s:
        _refuse_filled(s, db)
        if not is_seeded(s):
            seed_reference_data(s)
        progress.step(0, total, tr("demo", "Skapar användare och serviceavtal…"))
        refs = load_refs(s, Random(f"{seed}:refs"))
        add_previous_year_prices_and_targets(s)
        people = add_users(s, refs)
        plan = add_agreements(s, refs, Random(f"{seed}:agreements"))
        progress.step(1, total, tr("demo", "Skapar volymer…"))
        s.flush()
        volumes, ledgers = volume_rows(refs, Random(f"{seed}:volumes"))
        _insert_figures(s, MonthlyVolume, volumes, db.login)
        progress.step(2, total, tr("demo", "Skapar bemanning och timmar…"))
        _insert_figures(s, Staffing, staffing_rows(refs, plan, ledgers, Random(f"{seed}:staffing")), db.login)
        _insert_figures(s, ServiceHours, service_hours_rows(refs, plan, Random(f"{seed}:hours")), db.login)
        progress.step(3, total, tr("demo", "Skapar klagomål och kundlogg…"))
        complaints = complaint_rows(refs, people, Random(f"{seed}:complaints"))
        s.add_all(complaints)
        s.flush()
        s.add_all(log_rows(refs, people, plan, complaints, Random(f"{seed}:log")))
        s.flush()
        progress.step(4, total, tr("demo", "Skapar telefonsamtal…"))
        groups = add_phone_groups(s, refs, Random(f"{seed}:phone"))
        message = tr("demo", "Skapar telefonsamtal ({calls} hittills)…")
        insert_calls(
            s,
            groups,
            days,
            Random(f"{seed}:calls"),
            scale=calls_scale,
            report=lambda done, calls: progress.step(PHASES + done, total, message.format(calls=calls)),
        )
        phone_rollup.rebuild_rollups(s)
        summary = _summary(s)
        progress.step(total, total, tr("demo", "Demodata klara."))
        return summary


def _insert_figures(session: Session, model: type[Editable], rows: list[Row], login: str) -> None:
    """Bulk figures go in by Core insert, which skips the audit hook: stamp them here instead.
    (Through the ORM, the audit records alone would double the time of a demo database.)"""
    now = utc_now()
    stamps = {"created_at": now, "created_by": login, "updated_at": now, "updated_by": login, "version": 1}
    for start in range(0, len(rows), CHUNK_ROWS):
        session.execute(insert(model), [row | stamps for row in rows[start : start + CHUNK_ROWS]])


def _refuse_filled(session: Session, db: Database) -> None:
    for model in REFUSE_IF_FILLED:
        if _count(session, model):
            raise ValidationError(
                tr(
                    "demo",
                    "Databasen {where} innehåller redan volymer, klagomål, kundlogg eller telefonstatistik. "
                    "Demodata läggs bara in i en databas utan egna uppgifter.",
                ).format(where=db.describe())
            )


def _invoices_per_year(session: Session, process_code: str) -> dict[int, int]:
    rows = session.execute(
        select(MonthlyVolume.year, func.sum(MonthlyVolume.quantity))
        .join(TransactionType, TransactionType.id == MonthlyVolume.transaction_type_id)
        .join(Process, Process.id == MonthlyVolume.process_id)
        .where(TransactionType.counts_as_invoice, Process.code == process_code)
        .group_by(MonthlyVolume.year)
        .order_by(MonthlyVolume.year)
    )
    return {year: int(total) for year, total in rows}


def _count(session: Session, model: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _summary(session: Session) -> DemoSummary:
    fte, heads = session.execute(
        select(func.sum(Staffing.fte), func.sum(Staffing.headcount)).where(Staffing.year == 2010)
    ).one()
    return DemoSummary(
        customer_invoices=_invoices_per_year(session, "customer_ledger"),
        supplier_invoices=_invoices_per_year(session, "supplier_ledger"),
        fte_by_month_2010=round(float(fte or 0) / 12, 2),
        headcount_2010=round((heads or 0) / 12),
        log_entries=_count(session, LogEntry),
        complaints=_count(session, Complaint),
        secret_complaints=session.scalar(select(func.count()).where(Complaint.secret)) or 0,
        calls=_count(session, Call),
    )


def create_demo_database(
    path: Path,
    *,
    backup_dir: Path,
    seed: int = 2010,
    calls_scale: float = 1.0,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create a new SQLite demo database at ``path``; nothing half-made is left if it fails."""
    path = Path(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise ValidationError(
            tr("demo", "Filen {path} finns redan. Välj ett nytt filnamn för demodatabasen.").format(
                path=path
            ),
            field="path",
        )
    database: Database | None = None
    try:
        database = open_database(DatabaseTarget.sqlite(path), backup_dir=backup_dir).database
        prepare_database(database)
        summary = populate_demo(database, seed=seed, calls_scale=calls_scale, progress=progress)
    except BaseException:
        if database is not None:
            database.dispose()  # closes the file, so it can be removed (Windows)
        _remove(path)
        raise
    database.dispose()
    return summary


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
