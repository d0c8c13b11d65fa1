"""The month lock: a month whose figures went to the service board is not changed any more.

Only controllers and administrators lock and unlock, always with a reason that the audit trail
keeps. Every write of volumes, staffing and hours asks ``refuse_locked`` inside its own
transaction; prices and targets of a year with a locked month are refused too, so everything
computed for a locked month can be computed again later with the same result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import PermissionDenied, ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.base import utc_now
from ekadm_desktop.models.users import Role
from ekadm_desktop.models.volumes import MonthLock
from ekadm_desktop.periods import MONTH_NAMES
from ekadm_desktop.services.fields import YEAR_MAX, YEAR_MIN
from ekadm_desktop.services.users import CurrentUser


@dataclass(frozen=True)
class LockState:
    year: int
    month: int
    locked: bool
    changed_at: datetime | None  # when it was last locked or unlocked
    changed_by: str
    reason: str


def month_label(year: int, month: int) -> str:
    if 1 <= month <= 12:
        return f"{MONTH_NAMES[month - 1]} {year}"
    return f"{year}-{month:02d}"


def locked_message(year: int, month: int) -> str:
    return tr(
        "month_lock",
        "Månaden {month} är låst: siffrorna har rapporterats till servicenämnden. "
        "En controller eller administratör kan låsa upp den.",
    ).format(month=month_label(year, month))


def locked_months_in(s: Session, year: int) -> set[int]:
    """The locked months of ``year``, read in the caller's session."""
    return set(s.scalars(select(MonthLock.month).where(MonthLock.year == year, MonthLock.locked.is_(True))))


def refuse_locked(s: Session, year: int, months: Iterable[int] = range(1, 13)) -> None:
    """``ValidationError`` if one of ``months`` of ``year`` is locked (checked in the caller's session)."""
    locked = sorted(locked_months_in(s, year) & set(months))
    if locked:
        raise ValidationError(locked_message(year, locked[0]), field="month")


def refuse_locked_year(s: Session, year: object) -> None:
    """Prices and targets hold for a whole year: refused while any month of it is locked."""
    if not isinstance(year, int):
        return
    locked = sorted(locked_months_in(s, year))
    if locked:
        raise ValidationError(
            tr(
                "month_lock",
                "År {year} har låsta månader ({months}); priser och mål för året kan inte ändras "
                "förrän månaderna är upplåsta, så att det som redan rapporterats går att räkna fram igen.",
            ).format(year=year, months=", ".join(month_label(year, m) for m in locked)),
            field="year",
        )


def _check_month(year: int, month: int) -> None:
    if not (YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12):
        raise ValidationError(
            tr("month_lock", "{year}-{month} är ingen giltig månad.").format(year=year, month=month),
            field="month",
        )


class MonthLockService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    @property
    def can_lock(self) -> bool:
        return self._user.role in (Role.ADMINISTRATOR, Role.CONTROLLER)

    def is_locked(self, year: int, month: int) -> bool:
        with self._db.session() as s:
            return month in locked_months_in(s, year)

    def locked_months(self, year: int) -> list[int]:
        with self._db.session() as s:
            return sorted(locked_months_in(s, year))

    def state(self, year: int, month: int) -> LockState:
        with self._db.session() as s:
            row = s.scalar(select(MonthLock).where(MonthLock.year == year, MonthLock.month == month))
            if row is None:
                return LockState(year, month, False, None, "", "")
            return LockState(year, month, row.locked, row.locked_at, row.locked_by, row.reason)

    def lock(self, year: int, month: int, reason: str) -> LockState:
        return self._set(year, month, reason, locked=True)

    def unlock(self, year: int, month: int, reason: str) -> LockState:
        return self._set(year, month, reason, locked=False)

    def _set(self, year: int, month: int, reason: str, *, locked: bool) -> LockState:
        if not self.can_lock:
            raise PermissionDenied(
                tr("month_lock", "Bara en controller eller administratör får låsa och låsa upp månader.")
            )
        _check_month(year, month)
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError(tr("month_lock", "Ange en anledning."), field="reason")
        if len(reason) > 500:
            raise ValidationError(tr("month_lock", "Anledningen får vara högst 500 tecken."), field="reason")
        label = month_label(year, month)
        audit = (
            tr("month_lock", "Låser {month}: {reason}")
            if locked
            else tr("month_lock", "Låser upp {month}: {reason}")
        ).format(month=label, reason=reason)
        with self._db.session(reason=audit) as s:
            row = s.scalar(select(MonthLock).where(MonthLock.year == year, MonthLock.month == month))
            if locked and row is not None and row.locked:
                raise ValidationError(tr("month_lock", "{month} är redan låst.").format(month=label))
            if not locked and (row is None or not row.locked):
                raise ValidationError(tr("month_lock", "{month} är inte låst.").format(month=label))
            if row is None:
                row = MonthLock(year=year, month=month)
                s.add(row)
            row.locked = locked
            row.locked_at = utc_now()
            row.locked_by = self._user.login
            row.reason = reason
            s.flush()
            return LockState(year, month, row.locked, row.locked_at, row.locked_by, row.reason)
