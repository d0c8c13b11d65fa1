"""Optimistic concurrency for services: change a row only if it is still the version the user saw."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ekadm_desktop.db.database import CONFLICT_MESSAGE
from ekadm_desktop.errors import ConflictError, NotFound
from ekadm_desktop.i18n import tr

T = TypeVar("T")


def conflict(table: str = "", row_id: object = None) -> ConflictError:
    return ConflictError(tr("db", CONFLICT_MESSAGE), table=table, row_id=row_id)


def load_for_change(session: Session, model: type[T], row_id: Any, expected_version: int | None) -> T:
    """The row to change, or ``NotFound`` / ``ConflictError`` when it is gone or changed since read.

    ``expected_version`` is the version the user's copy was read at; None skips the check (a
    new read). The ORM's version counter then guards the moment between this read and the save.
    """
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(tr("db", "Posten finns inte längre; någon annan har tagit bort den."))
    if expected_version is not None and getattr(row, "version", expected_version) != expected_version:
        raise conflict(getattr(model, "__tablename__", ""), row_id)
    return row
