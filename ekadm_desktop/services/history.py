"""The history of one record, read from the audit trail (``audit_record``) and made readable.

The audit rows are written by the session hook in ``db.audit`` with raw column values; here they
become entries with Swedish action names, field labels and values as the user knows them
("4 300,50", "Ja", the name of a referenced unit rather than its id).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.models.users import AuditRecord, User
from ekadm_desktop.services.admin_entities import define_entities
from ekadm_desktop.services.fields import Choice, Entity, Field, FieldKind, format_decimal

EMPTY_TEXT = "–"
HIDDEN_COLUMNS = frozenset({"id"})  # the row's own key: the same in every entry
ACTION_LABELS = {
    "insert": N_("history", "Skapad"),
    "update": N_("history", "Ändrad"),
    "delete": N_("history", "Borttagen"),
}

ValueText = Callable[[object], str]


@dataclass(frozen=True)
class FieldChange:
    field_label: str
    old_text: str  # EMPTY_TEXT for no value
    new_text: str
    field: str = ""  # the column name


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime  # local time, aware
    login: str
    who: str  # the user's display name when known, else the login
    action: str  # insert / update / delete
    action_label: str  # Skapad / Ändrad / Borttagen
    reason: str
    changes: tuple[FieldChange, ...]


def value_text(value: object) -> str:
    """An audit value as text: "–" for none, Ja/Nej for booleans, numbers and text as they are."""
    if value is None or value == "":
        return EMPTY_TEXT
    if isinstance(value, bool):
        return tr("history", "Ja") if value else tr("history", "Nej")
    return str(value)


class HistoryService:
    """Reads the audit trail; open to every user (it shows only what the lists show)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def history(
        self,
        table_name: str,
        row_id: int | str,
        labels: Mapping[str, str] | None = None,
        *,
        value_texts: Mapping[str, ValueText] | None = None,
    ) -> list[HistoryEntry]:
        """The changes of row ``row_id`` of ``table_name``, newest first.

        ``labels`` names the columns (a column without one is shown by its name) and orders the
        changes of an entry; ``value_texts`` renders the values of particular columns.
        """
        names = dict(labels or {})
        texts = dict(value_texts or {})
        order = {name: position for position, name in enumerate(names)}
        with self._db.session() as s:
            rows = s.scalars(
                select(AuditRecord)
                .where(AuditRecord.table_name == table_name, AuditRecord.row_id == str(row_id))
                .order_by(AuditRecord.at.desc(), AuditRecord.id.desc())
            ).all()
            logins = {row.login for row in rows}
            display: dict[str, str] = {
                login: name
                for login, name in s.execute(
                    select(User.login, User.display_name).where(User.login.in_(logins))
                )
            }
        entries = []
        for row in rows:
            changes = []
            columns = sorted(row.changes or {}, key=lambda c: (order.get(c, len(order)), c))
            for column in columns:
                if column in HIDDEN_COLUMNS:
                    continue
                old, new = [*row.changes[column], None, None][:2]
                render = texts.get(column, value_text)
                old_text, new_text = render(old), render(new)
                if old_text == new_text:  # e.g. an empty field of a deleted row
                    continue
                changes.append(FieldChange(names.get(column, column), old_text, new_text, column))
            entries.append(
                HistoryEntry(
                    at=row.at.replace(tzinfo=UTC).astimezone(),
                    login=row.login,
                    who=display.get(row.login) or row.login,
                    action=row.action,
                    action_label=tr("history", ACTION_LABELS[row.action])
                    if row.action in ACTION_LABELS
                    else row.action,
                    reason=row.reason,
                    changes=tuple(changes),
                )
            )
        return entries

    def entity_history(
        self, entity: Entity, record_id: int, choices: Callable[[str], Sequence[Choice]] | None = None
    ) -> list[HistoryEntry]:
        """The history of a record of an administration entity, with its field labels and the
        values shown as in its list (``choices`` names referenced records, e.g.
        ``AdminService.choices``)."""
        return self.history(
            entity_table(entity.key),
            record_id,
            {f.name: f.label for f in entity.fields},
            value_texts=field_value_texts(entity.fields, choices),
        )

    def last_change(self, table_name: str, row_id: int | str) -> HistoryEntry | None:
        """The newest entry of a row: who saved it last, and when."""
        entries = self.history(table_name, row_id)
        return entries[0] if entries else None


def entity_table(key: str) -> str:
    """The table that holds the records of the administration entity ``key``."""
    for entity, binding in define_entities():
        if entity.key == key:
            return str(binding.model.__tablename__)
    raise KeyError(key)


def field_value_texts(
    fields: Iterable[Field], choices: Callable[[str], Sequence[Choice]] | None = None
) -> dict[str, ValueText]:
    """Renderers for audit values of ``fields``: option labels, Swedish decimals, and, given
    ``choices``, the names of referenced records (looked up once, and only when needed)."""
    labels_of: dict[str, dict[int, str]] = {}

    def ref_labels(key: str) -> dict[int, str]:
        if key not in labels_of:
            labels_of[key] = {c.id: c.label for c in choices(key)} if choices is not None else {}
        return labels_of[key]

    def render(f: Field, value: object) -> str:
        if value is None or value == "":
            return EMPTY_TEXT
        if f.kind is FieldKind.CHOICE:  # before booleans: a choice may have True/False as values
            for option in f.options:
                raw = option.value.value if isinstance(option.value, enum.Enum) else option.value
                if value == raw and type(value) is type(raw):
                    return option.label
        if f.kind is FieldKind.DECIMAL and not isinstance(value, bool):
            try:
                number = Decimal(str(value))
            except InvalidOperation:
                return str(value)
            return format_decimal(number, min_decimals=f.min_decimals, max_decimals=max(f.decimals, 0))
        if f.kind is FieldKind.REF and isinstance(value, int) and not isinstance(value, bool):
            return ref_labels(f.ref).get(value, str(value))
        return value_text(value)

    def renderer(f: Field) -> ValueText:
        return lambda value: render(f, value)

    return {f.name: renderer(f) for f in fields}
