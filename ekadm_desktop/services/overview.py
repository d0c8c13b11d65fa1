"""What the database holds: counts per area and the schema version, for the start page and `ekadm info`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekadm_desktop.db import migrate
from ekadm_desktop.db.database import Database
from ekadm_desktop.models.complaints import Complaint
from ekadm_desktop.models.customer_log import LogEntry
from ekadm_desktop.models.phone import Call, IntervalAggregate
from ekadm_desktop.models.reference import Customer, Process, Unit
from ekadm_desktop.models.users import User
from ekadm_desktop.models.volumes import MonthlyVolume, Staffing


@dataclass(frozen=True)
class AreaCount:
    label: str
    count: int
    first: date | None
    last: date | None


@dataclass(frozen=True)
class DatabaseOverview:
    where: str
    kind: str
    schema_revision: str | None
    server_version: str
    counts: list[AreaCount]


def _span(session: Session, label: str, model: type, date_column: object | None) -> AreaCount:
    count = session.scalar(select(func.count()).select_from(model)) or 0
    first = last = None
    if date_column is not None and count:
        row = session.execute(select(func.min(date_column), func.max(date_column))).one()
        first, last = _as_date(row[0]), _as_date(row[1])
    return AreaCount(label, count, first, last)


def _call_span(session: Session, label: str) -> AreaCount:
    """As ``_span`` for calls: ``phone_call`` has no index on ``started_at``, but its primary key is
    ordered by the UTC start, so the first and last calls are one primary key lookup each. (The
    local day of the earliest UTC start is the first local day: Stockholm never changes its clock
    around midnight.)"""
    count = session.scalar(select(func.count()).select_from(Call)) or 0
    first = last = None
    if count:
        first = _as_date(session.scalar(select(Call.started_at).order_by(Call.call_key).limit(1)))
        last = _as_date(session.scalar(select(Call.started_at).order_by(Call.call_key.desc()).limit(1)))
    return AreaCount(label, count, first, last)


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:  # SQLite aggregates of DATETIME come back as text
        return datetime.fromisoformat(value).date()
    return None


class OverviewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self) -> DatabaseOverview:
        from ekadm_desktop.i18n import tr

        with self._db.session() as s:
            counts = [
                _span(s, tr("overview", "Enheter"), Unit, None),
                _span(s, tr("overview", "Processer"), Process, None),
                _span(s, tr("overview", "Kunder (förvaltningar)"), Customer, None),
                _span(s, tr("overview", "Användare"), User, None),
                _span(s, tr("overview", "Kundloggsposter"), LogEntry, LogEntry.entry_date),
                _span(s, tr("overview", "Klagomål"), Complaint, Complaint.received_at),
                _span(s, tr("overview", "Volymrader (kund × process × månad)"), MonthlyVolume, None),
                _span(s, tr("overview", "Bemanningsrader (enhet × process × månad)"), Staffing, None),
                _call_span(s, tr("overview", "Samtal")),
                _span(
                    s,
                    tr("overview", "Intervallrader (växelstatistik)"),
                    IntervalAggregate,
                    IntervalAggregate.interval_start,
                ),
            ]
            revision = migrate.current_revision(s.connection())
            server = s.connection().dialect.server_version_info or ()
        return DatabaseOverview(
            where=self._db.describe(),
            kind=self._db.kind,
            schema_revision=revision,
            server_version=".".join(str(part) for part in server),
            counts=counts,
        )
