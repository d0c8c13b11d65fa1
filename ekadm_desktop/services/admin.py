"""Administration of the reference data and the users: one generic editor over declared entities.

Each entity (units, processes, customers, agreements, prices, ...) is described once by an
``Entity`` with its ``Field`` list; ``AdminService`` lists, validates, saves and deletes any of
them the same way. Field lengths and uniqueness come from the ORM columns, so the declarations
only say what the columns cannot: Swedish labels, kinds, ranges and rules between fields.
"""

from __future__ import annotations

import builtins
import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from functools import partial
from types import MappingProxyType
from typing import Any

from sqlalchemy import UniqueConstraint, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ekadm_desktop import models
from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.base import utc_now
from ekadm_desktop.models.users import Role
from ekadm_desktop.services.admin_entities import Binding, Link, define_entities, join_and, table_nouns
from ekadm_desktop.services.editing import load_for_change
from ekadm_desktop.services.fields import (
    Choice,
    Entity,
    Field,
    FieldKind,
    Record,
    Values,
    format_decimal,
    lower_first,
    parse_date,
    parse_decimal,
    parse_int,
    quote_label,
    swedish_sort_key,
)
from ekadm_desktop.services.month_lock import refuse_locked_year
from ekadm_desktop.services.users import CurrentUser, UserService

# Prices and targets hold for a year; a locked month of that year keeps them as they are.
YEARLY_FIGURES = (models.reference.Price, models.reference.IndicatorTarget)

# -- the service -------------------------------------------------------------------------------


class AdminService:
    """Lists and edits the declared entities. Reads are open to all; writes need an administrator."""

    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    # -- reading -------------------------------------------------------------------------------
    def entities(self) -> builtins.list[Entity]:
        return [entity for entity, _ in define_entities()]

    def entity(self, key: str) -> Entity:
        return self._spec(key)[0]

    @property
    def can_edit(self) -> bool:
        return self._user.is_administrator

    def list(self, key: str) -> builtins.list[Record]:
        entity, binding = self._spec(key)
        with self._db.session() as s:
            reader = _Reader(s)
            links = [
                selectinload(getattr(binding.model, link.relationship)) for link in binding.links.values()
            ]
            rows = s.scalars(select(binding.model).options(*links))
            return reader.ordered([reader.record(entity, binding, obj) for obj in rows], entity, binding)

    def get(self, key: str, record_id: int) -> Record:
        entity, binding = self._spec(key)
        with self._db.session() as s:
            obj = load_for_change(s, binding.model, record_id, None)
            return _Reader(s).record(entity, binding, obj)

    def choices(self, key: str) -> builtins.list[Choice]:
        """The records of entity ``key`` as options for a REF or MULTI_REF field pointing to it."""
        return [Choice(r.id, r.title, r.active) for r in self.list(key)]

    def new_values(self, key: str) -> Values:
        """The values a new record starts with."""
        entity = self.entity(key)
        return {f.name: _empty(f) if f.default is None else f.default for f in entity.fields}

    # -- writing -------------------------------------------------------------------------------
    def save(
        self, key: str, record_id: int | None, expected_version: int | None, values: Mapping[str, object]
    ) -> Record:
        """Create (``record_id`` None) or change a record. Only the fields in ``values`` change.
        ``expected_version`` is the version the user saw; None skips the check."""
        self._user.require_administrator()
        entity, binding = self._spec(key)
        if key == "user":
            return self._save_user(entity, binding, record_id, expected_version, values)
        with self._db.session() as s:
            if record_id is None:
                obj = binding.model()
                current: Values = self.new_values(key)
            else:
                obj = load_for_change(s, binding.model, record_id, expected_version)
                current = dict(_Reader(s).record(entity, binding, obj).values)
            merged = self._validate(s, entity, binding, record_id, current, values)
            if binding.model in YEARLY_FIGURES:  # a locked month's figures stay reproducible
                refuse_locked_year(s, merged.get("year"))
                refuse_locked_year(s, current.get("year"))
            changed = False
            for f in entity.fields:
                new = merged[f.name]
                if f.kind is FieldKind.MULTI_REF:
                    changed |= _set_links(obj, binding.links[f.name], new)
                elif getattr(obj, f.name) != new or record_id is None:
                    setattr(obj, f.name, new)
            if record_id is None:
                s.add(obj)
            elif changed:
                # Link rows carry no version; touching the owner bumps its version so that a
                # concurrent edit of only the links is still caught.
                obj.updated_at = utc_now()
            try:
                s.flush()
            except IntegrityError as exc:  # a concurrent save won the race past our checks
                raise ValidationError(
                    tr(
                        "admin",
                        "Posten kunde inte sparas: en kod eller ett namn finns redan, "
                        "eller något den hänvisar till har tagits bort. Läs in igen och försök på nytt.",
                    )
                ) from exc
            return _Reader(s).record(entity, binding, obj)

    def delete(self, key: str, record_id: int, expected_version: int | None) -> None:
        self._user.require_administrator()
        entity, binding = self._spec(key)
        if not entity.deletable:
            raise ValidationError(
                tr("admin", "{what} kan inte tas bort. Avmarkera {active} i stället.").format(
                    what=entity.title, active=quote_label(tr("admin", "Aktiv"))
                )
            )
        with self._db.session() as s:
            obj = load_for_change(s, binding.model, record_id, expected_version)
            if binding.model in YEARLY_FIGURES:
                refuse_locked_year(s, getattr(obj, "year", None))
            uses = _uses(s, binding, record_id)
            if uses:
                title = _Reader(s).record(entity, binding, obj).title
                template = (
                    tr("admin", "{what} {title} kan inte tas bort eftersom det används av {uses}.")
                    if entity.neuter
                    else tr("admin", "{what} {title} kan inte tas bort eftersom den används av {uses}.")
                )
                message = template.format(
                    what=entity.singular[:1].upper() + entity.singular[1:],
                    title=quote_label(title),
                    uses=join_and(uses),
                )
                if any(f.name == "active" for f in entity.fields):
                    message += " " + tr("admin", "Avmarkera {active} i stället.").format(
                        active=quote_label(tr("admin", "Aktiv"))
                    )
                raise ValidationError(message)
            s.delete(obj)
            try:
                s.flush()
            except IntegrityError as exc:  # a row referring to it was added after our check
                raise ValidationError(
                    tr("admin", "Posten används av andra uppgifter och kan inte tas bort.")
                ) from exc

    # -- helpers -------------------------------------------------------------------------------
    def _spec(self, key: str) -> tuple[Entity, Binding]:
        for entity, binding in define_entities():
            if entity.key == key:
                return entity, binding
        raise KeyError(key)

    def _validate(
        self,
        s: Session,
        entity: Entity,
        binding: Binding,
        record_id: int | None,
        current: Mapping[str, object],
        values: Mapping[str, object],
    ) -> Values:
        unknown = set(values) - {f.name for f in entity.fields}
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        merged: Values = dict(current)
        for f in entity.fields:
            if f.name in values:
                new = _parse(f, values[f.name])
                if f.fixed_after_create and record_id is not None and new != current.get(f.name):
                    raise ValidationError(
                        tr("admin", "{field} kan inte ändras i efterhand.").format(
                            field=quote_label(f.label)
                        ),
                        field=f.name,
                    )
                merged[f.name] = new
        for f in entity.fields:
            _check_value(s, f, merged[f.name], self._spec)
        for check in binding.checks:
            check(merged, entity)
        _check_unique(s, entity, binding, record_id, merged)
        return merged

    def _save_user(
        self,
        entity: Entity,
        binding: Binding,
        record_id: int | None,
        expected_version: int | None,
        values: Mapping[str, object],
    ) -> Record:
        """Users are saved by ``UserService``, which owns the rules about roles."""
        with self._db.session() as s:
            if record_id is None:
                current = self.new_values(entity.key)
            else:
                obj = load_for_change(s, binding.model, record_id, expected_version)
                current = dict(_Reader(s).record(entity, binding, obj).values)
            merged = self._validate(s, entity, binding, record_id, current, values)
        role = merged["role"]
        unit_id = merged["unit_id"]
        assert isinstance(role, Role)
        assert unit_id is None or isinstance(unit_id, int)
        row = UserService(self._db, self._user).save_user(
            record_id,
            expected_version,
            login=str(merged["login"]),
            display_name=str(merged["display_name"]),
            role=role,
            unit_id=unit_id,
            active=bool(merged["active"]),
        )
        return self.get(entity.key, row.id)


def _empty(f: Field) -> object:
    if f.kind is FieldKind.TEXT:
        return ""
    if f.kind is FieldKind.BOOL:
        return False
    if f.kind is FieldKind.MULTI_REF:
        return frozenset()
    return None


def _parse(f: Field, raw: object) -> object:
    """A value from a form or a caller, as the typed value of ``f`` (None for empty)."""
    if f.kind is FieldKind.TEXT:
        return "" if raw is None else str(raw).strip()
    if f.kind is FieldKind.BOOL:
        if not isinstance(raw, bool):
            raise ValidationError(
                tr("admin", "{field} måste vara ja eller nej.").format(field=quote_label(f.label)),
                field=f.name,
            )
        return raw
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return frozenset() if f.kind is FieldKind.MULTI_REF else None
    if f.kind is FieldKind.INT:
        return parse_int(raw, f)
    if f.kind is FieldKind.DECIMAL:
        return parse_decimal(raw, f)
    if f.kind is FieldKind.DATE:
        return parse_date(raw, f)
    if f.kind is FieldKind.CHOICE:
        for option in f.options:
            if raw == option.value or (isinstance(option.value, enum.Enum) and raw == option.value.value):
                return option.value
        raise ValidationError(
            tr("admin", "Välj ett av alternativen i {field}.").format(field=quote_label(f.label)),
            field=f.name,
        )
    if f.kind is FieldKind.REF:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        raise ValidationError(
            tr("admin", "Välj ett av alternativen i {field}.").format(field=quote_label(f.label)),
            field=f.name,
        )
    if isinstance(raw, Iterable) and not isinstance(raw, str | bytes):
        ids = frozenset(raw)
        if all(isinstance(i, int) for i in ids):
            return ids
    raise ValidationError(
        tr("admin", "Välj bland alternativen i {field}.").format(field=quote_label(f.label)), field=f.name
    )


def _check_value(s: Session, f: Field, value: object, spec: Callable[[str], tuple[Entity, Binding]]) -> None:
    label = quote_label(f.label)
    empty = value is None or value == "" or value == frozenset()
    if f.required and empty:
        if f.kind in (FieldKind.CHOICE, FieldKind.REF):
            raise ValidationError(tr("admin", "Välj {field}.").format(field=label), field=f.name)
        raise ValidationError(tr("admin", "Fyll i {field}.").format(field=label), field=f.name)
    if empty:
        return
    if isinstance(value, str):
        if f.max_length is not None and len(value) > f.max_length:
            raise ValidationError(
                tr("admin", "{field} får vara högst {count} tecken.").format(field=label, count=f.max_length),
                field=f.name,
            )
        if f.email and ("@" not in value or " " in value or value.startswith("@") or value.endswith("@")):
            raise ValidationError(
                tr("admin", "{field} ser inte ut som en e-postadress.").format(field=label), field=f.name
            )
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        low, high = f.minimum, f.maximum
        if f.kind is FieldKind.INT and low is not None and high is not None and not low <= value <= high:
            raise ValidationError(
                tr("admin", "{field} måste vara mellan {low} och {high}.").format(
                    field=label, low=low, high=high
                ),
                field=f.name,
            )
        if low is not None and value < low:
            raise ValidationError(
                tr("admin", "{field} måste vara minst {low}.").format(field=label, low=low), field=f.name
            )
        if high is not None and value > high:
            raise ValidationError(
                tr("admin", "{field} får vara högst {high}.").format(
                    field=label, high=format_decimal(Decimal(high), max_decimals=0)
                ),
                field=f.name,
            )
    if f.kind in (FieldKind.REF, FieldKind.MULTI_REF):
        model = spec(f.ref)[1].model
        ids = value if isinstance(value, frozenset) else frozenset({value})
        found = set(s.scalars(select(model.id).where(model.id.in_(ids))))
        if found != ids:
            raise ValidationError(
                tr("admin", "Något som valts i {field} finns inte längre. Läs in igen.").format(field=label),
                field=f.name,
            )


def _unique_sets(model: type[Any]) -> list[tuple[str, ...]]:
    table = model.__table__
    sets: list[tuple[str, ...]] = [(c.name,) for c in table.columns if c.unique]
    sets += [
        tuple(c.name for c in con.columns) for con in table.constraints if isinstance(con, UniqueConstraint)
    ]
    return sets


def _check_unique(
    s: Session, entity: Entity, binding: Binding, record_id: int | None, values: Values
) -> None:
    model = binding.model
    for names in _unique_sets(model):
        query = select(model.id).where(*(getattr(model, n) == values[n] for n in names))
        if record_id is not None:
            query = query.where(model.id != record_id)
        if s.scalar(query.limit(1)) is None:
            continue
        fields = [entity.field(n) for n in names]
        texts = _Reader(s).texts_of(fields, values)
        if len(fields) == 1:
            template = (
                tr("admin", "Det finns redan ett {what} med {field} {value}.")
                if entity.neuter
                else tr("admin", "Det finns redan en {what} med {field} {value}.")
            )
            message = template.format(
                what=entity.singular, field=lower_first(fields[0].label), value=quote_label(texts[0])
            )
        else:
            template = (
                tr("admin", "Det finns redan ett {what} med samma {fields} ({values}).")
                if entity.neuter
                else tr("admin", "Det finns redan en {what} med samma {fields} ({values}).")
            )
            message = template.format(
                what=entity.singular,
                fields=join_and([lower_first(f.label) for f in fields]),
                values=", ".join(texts),
            )
        raise ValidationError(message, field=fields[-1].name)


def _uses(s: Session, binding: Binding, record_id: int) -> list[str]:
    """ "31 kunder", "2 processer": the rows of other tables that refer to this one."""
    own = binding.model.__table__
    nouns = table_nouns()
    counts: dict[str, int] = {}
    for table in models.Base.metadata.sorted_tables:
        if table.name in binding.owned_tables:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is own:
                count = s.scalar(select(func.count()).select_from(table).where(fk.parent == record_id)) or 0
                if count:
                    counts[table.name] = counts.get(table.name, 0) + count
    uses = []
    for name, count in counts.items():
        one, many = nouns.get(name, (name, name))
        uses.append(tr("admin", "{count} {noun}").format(count=count, noun=one if count == 1 else many))
    return uses


def _set_links(obj: Any, link: Link, ids: object) -> bool:
    assert isinstance(ids, frozenset)
    rows = getattr(obj, link.relationship)
    existing = {getattr(row, link.column) for row in rows}
    if existing == ids:
        return False
    for row in list(rows):
        if getattr(row, link.column) not in ids:
            rows.remove(row)
    for new_id in sorted(ids - existing):
        rows.append(link.model(**{link.column: new_id}))
    return True


class _Reader:
    """Turns ORM rows into ``Record``s inside one session, looking each referenced entity up once."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._labels: dict[str, dict[int, str]] = {}
        self._specs = {entity.key: (entity, binding) for entity, binding in define_entities()}

    def record(self, entity: Entity, binding: Binding, obj: Any) -> Record:
        values: Values = {}
        for f in entity.fields:
            if f.kind is FieldKind.MULTI_REF:
                link = binding.links[f.name]
                values[f.name] = frozenset(
                    getattr(row, link.column) for row in getattr(obj, link.relationship)
                )
            else:
                values[f.name] = getattr(obj, f.name)
        texts = dict(zip((f.name for f in entity.fields), self.texts_of(entity.fields, values), strict=True))
        title = " ".join(texts[n] for n in entity.title_fields if texts[n])
        return Record(
            id=obj.id,
            version=obj.version,
            title=title,
            values=MappingProxyType(values),
            texts=MappingProxyType(texts),
            active=bool(getattr(obj, "active", True)),
        )

    def texts_of(self, fields: Iterable[Field], values: Mapping[str, object]) -> builtins.list[str]:
        return [self._text(f, values.get(f.name)) for f in fields]

    def _text(self, f: Field, value: object) -> str:
        if value is None:
            return ""
        if f.kind is FieldKind.BOOL:
            return tr("admin", "Ja") if value else tr("admin", "Nej")
        if f.kind is FieldKind.DECIMAL and isinstance(value, Decimal):
            return format_decimal(value, min_decimals=f.min_decimals, max_decimals=f.decimals)
        if f.kind is FieldKind.DATE and isinstance(value, date):
            return value.isoformat()
        if f.kind is FieldKind.CHOICE:
            for option in f.options:
                if option.value == value:
                    return option.label
            return str(value.value if isinstance(value, enum.Enum) else value)
        if f.kind is FieldKind.REF:
            return self._labels_of(f.ref).get(value, "") if isinstance(value, int) else ""
        if f.kind is FieldKind.MULTI_REF and isinstance(value, frozenset):
            labels = self._labels_of(f.ref)
            return ", ".join(labels[i] for i in labels if i in value)  # in the entity's order
        return str(value)

    def _labels_of(self, key: str) -> dict[int, str]:
        if key not in self._labels:
            entity, binding = self._specs[key]
            records = [self.record(entity, binding, obj) for obj in self._s.scalars(select(binding.model))]
            self._labels[key] = {r.id: r.title for r in self.ordered(records, entity, binding)}
        return self._labels[key]

    def ordered(
        self, records: builtins.list[Record], entity: Entity, binding: Binding
    ) -> builtins.list[Record]:
        """``records`` in the entity's default order; references sort in their own entity's order."""
        for name in reversed(binding.order):
            f = entity.field(name.lstrip("-"))
            records.sort(key=partial(self._order_key, f), reverse=name.startswith("-"))
        return records

    def _order_key(self, f: Field, record: Record) -> tuple[int, Any]:
        value = record.value(f.name)
        if value is None:
            return (1, "")
        if f.kind is FieldKind.REF and isinstance(value, int):
            return (0, builtins.list(self._labels_of(f.ref)).index(value))
        if f.kind in (FieldKind.INT, FieldKind.DECIMAL, FieldKind.DATE):
            return (0, value)
        return (0, swedish_sort_key(record.text(f.name)))
