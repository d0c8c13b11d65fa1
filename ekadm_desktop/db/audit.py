"""One mechanism for the audit trail and the created/updated stamps: session events.

Services never write audit rows themselves. Every flush stamps who and when on ``Editable``
rows, and ``after_flush`` writes one ``audit_record`` per inserted, changed or deleted row (link
rows too) with the old and new values of the changed columns.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from ekadm_desktop.models.base import Editable, utc_now
from ekadm_desktop.models.users import AuditRecord

SKIPPED_COLUMNS = frozenset({"created_at", "created_by", "updated_at", "updated_by", "version"})
LOGIN_KEY = "login"
REASON_KEY = "audit_reason"


def json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _row_id(obj: Any) -> str:
    # The identity key of a new row is not set yet in after_flush; its primary key columns are.
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join("" if part is None else str(part) for part in key)


def _column_changes(obj: Any, action: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for column_attr in state.mapper.column_attrs:
        key = column_attr.key
        if key in SKIPPED_COLUMNS:
            continue
        history = state.attrs[key].history
        if action == "insert":
            value = getattr(obj, key)
            if value is not None and value != "":
                changes[key] = [None, json_value(value)]
        elif action == "delete":
            old = (
                history.unchanged[0]
                if history.unchanged
                else (history.deleted[0] if history.deleted else None)
            )
            changes[key] = [json_value(old), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = [json_value(old), json_value(new)]
    return changes


def _audited(obj: Any) -> bool:
    """Every mapped row, link rows included, except classes that opt out with ``__audited__ = False``
    (the audit table itself, and bulk data such as calls that their import batch accounts for)."""
    return getattr(type(obj), "__audited__", True)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    login = str(session.info.get(LOGIN_KEY, ""))
    now = utc_now()
    for obj in session.new:
        if isinstance(obj, Editable):
            obj.created_at = now
            obj.created_by = login
            obj.updated_at = now
            obj.updated_by = login
    for obj in session.dirty:
        if isinstance(obj, Editable) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = login


def _after_flush(session: Session, _context: Any) -> None:
    login = str(session.info.get(LOGIN_KEY, ""))
    reason = str(session.info.get(REASON_KEY, ""))
    now = utc_now()
    rows: list[dict[str, Any]] = []
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if not _audited(obj):
                continue
            changes = _column_changes(obj, action)
            if action == "update" and not changes:
                continue
            rows.append(
                {
                    "at": now,
                    "login": login,
                    "table_name": obj.__tablename__,
                    "row_id": _row_id(obj),
                    "action": action,
                    "changes": changes,
                    "reason": reason,
                    "schema_version": 1,
                }
            )
    if rows:
        session.connection().execute(insert(AuditRecord), rows)


def install_audit(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
