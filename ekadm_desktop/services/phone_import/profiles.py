"""Mapping profiles: TOML files that say how a switchboard export maps onto calls or interval
aggregates. The built-in ones live in ``resources/phone_profiles``; the user's own are saved in the
same format (see the README, "Phone statistics import")."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.resources import resource_path
from ekadm_desktop.services.phone_import.values import DATE_ORDERS, DURATION_UNITS

SHAPES = ("per_call", "per_leg", "queue_events", "interval_aggregates")
OUTCOMES = ("answered", "abandoned", "timeout", "unknown", "ignore")
BUILTIN_DIR = resource_path("phone_profiles")
CALL_FIELDS = (
    "start",
    "date",
    "time",
    "start_epoch",
    "answer_time",
    "end_time",
    "group",
    "extension",
    "outcome",
    "wait",
    "talk",
    "duration",
    "caller",
    "id",
    "link",
)
QUEUE_FIELDS = ("time", "callid", "queue", "agent", "event", "data1", "data2", "data3")
AGGREGATE_FIELDS = (
    "start",
    "date",
    "time",
    "group",
    "offered",
    "answered",
    "abandoned",
    "short_abandoned",
    "answered_within",
    "service_level",
    "answer_rate",
    "asa",
    "average_talk",
    "wait_total",
    "talk_total",
    "longest_wait",
    "interval_minutes",
)
FIELDS_BY_SHAPE = {
    "per_call": CALL_FIELDS,
    "per_leg": CALL_FIELDS,
    "queue_events": QUEUE_FIELDS,
    "interval_aggregates": AGGREGATE_FIELDS,
}


@dataclass(frozen=True)
class FieldSpec:
    """Where a field comes from: one of several column names (synonyms), optionally the first group
    of a regular expression applied to the value."""

    columns: tuple[str, ...]
    pattern: str = ""


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    shape: str
    header: bool = True
    column_names: tuple[str, ...] = ()
    delimiter: str = ""
    fields: dict[str, FieldSpec] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    fixed: dict[str, str] = field(default_factory=dict)
    date_order: str = "auto"
    epoch_timezone: str = "UTC"
    short_abandon_seconds: float = 5.0
    interval_minutes: int | None = None
    builtin: bool = False

    def unit(self, name: str) -> str:
        return self.units.get(name, "auto" if name in ("wait", "talk", "duration") else "s")

    def value_map(self, name: str) -> dict[str, str]:
        return {k.strip().casefold(): v for k, v in self.values.get(name, {}).items()}

    def to_toml(self) -> str:
        data: dict[str, Any] = {
            "name": self.name,
            "title": self.title,
            "shape": self.shape,
            "header": self.header,
        }
        if self.delimiter:
            data["delimiter"] = self.delimiter
        data["date_order"] = self.date_order
        data["epoch_timezone"] = self.epoch_timezone
        data["short_abandon_seconds"] = self.short_abandon_seconds
        if self.interval_minutes is not None:
            data["interval_minutes"] = self.interval_minutes
        if self.column_names:
            data["column_names"] = list(self.column_names)
        data["fields"] = {
            name: (
                {"columns": list(spec.columns), "pattern": spec.pattern}
                if spec.pattern
                else (spec.columns[0] if len(spec.columns) == 1 else list(spec.columns))
            )
            for name, spec in self.fields.items()
        }
        for key in ("units", "values", "fixed"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return tomli_w.dumps(data)


def _invalid(source: str, message: str) -> ValidationError:
    return ValidationError(
        tr("phone_import", "Profilen {source}: {message}").format(source=source, message=message),
        field="profile",
    )


def parse_profile(text: str, source: str, *, builtin: bool = False) -> Profile:
    """A profile from TOML ``text``; ``source`` names it in messages. Raises ``ValidationError``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _invalid(source, tr("phone_import", "ogiltig TOML ({error})").format(error=exc)) from exc
    shape = data.get("shape")
    if shape not in SHAPES:
        raise _invalid(
            source, tr("phone_import", "shape måste vara en av {shapes}").format(shapes=", ".join(SHAPES))
        )
    known = FIELDS_BY_SHAPE[shape]
    fields: dict[str, FieldSpec] = {}
    for name, spec in dict(data.get("fields", {})).items():
        if name not in known:
            raise _invalid(source, tr("phone_import", "okänt fält ”{name}”").format(name=name))
        if isinstance(spec, str):
            fields[name] = FieldSpec((spec,))
        elif isinstance(spec, list) and spec and all(isinstance(s, str) for s in spec):
            fields[name] = FieldSpec(tuple(spec))
        elif isinstance(spec, dict) and isinstance(spec.get("columns"), list | str):
            columns = spec["columns"]
            fields[name] = FieldSpec(
                (columns,) if isinstance(columns, str) else tuple(str(c) for c in columns),
                str(spec.get("pattern", "")),
            )
        else:
            raise _invalid(
                source, tr("phone_import", "fältet ”{name}” har en ogiltig kolumn").format(name=name)
            )
    units = {str(k): str(v) for k, v in dict(data.get("units", {})).items()}
    for name, unit in units.items():
        if unit not in (*DURATION_UNITS, "auto"):
            raise _invalid(
                source, tr("phone_import", "okänd enhet ”{unit}” för {name}").format(unit=unit, name=name)
            )
    values = {
        str(k): {str(a): str(b) for a, b in dict(v).items()} for k, v in dict(data.get("values", {})).items()
    }
    for mapped in values.get("outcome", {}).values():
        if mapped not in OUTCOMES:
            raise _invalid(source, tr("phone_import", "okänt utfall ”{value}”").format(value=mapped))
    date_order = str(data.get("date_order", "auto"))
    if date_order not in DATE_ORDERS:
        raise _invalid(
            source,
            tr("phone_import", "date_order måste vara en av {orders}").format(orders=", ".join(DATE_ORDERS)),
        )
    header = bool(data.get("header", True))
    column_names = tuple(str(c) for c in data.get("column_names", ()))
    if not header and not column_names:
        raise _invalid(source, tr("phone_import", "en profil utan rubrikrad behöver column_names"))
    interval = data.get("interval_minutes")
    try:
        return Profile(
            name=str(data.get("name") or Path(source).stem),
            title=str(data.get("title") or data.get("name") or Path(source).stem),
            shape=shape,
            header=header,
            column_names=column_names,
            delimiter=str(data.get("delimiter", "")),
            fields=fields,
            units=units,
            values=values,
            fixed={str(k): str(v) for k, v in dict(data.get("fixed", {})).items()},
            date_order=date_order,
            epoch_timezone=str(data.get("epoch_timezone", "UTC")),
            short_abandon_seconds=float(data.get("short_abandon_seconds", 5.0)),
            interval_minutes=int(interval) if interval is not None else None,
            builtin=builtin,
        )
    except (TypeError, ValueError) as exc:
        raise _invalid(source, str(exc)) from exc


def load_profile_file(path: Path) -> Profile:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            tr("phone_import", "Profilfilen {path} kan inte läsas.").format(path=path), field="profile"
        ) from exc
    return parse_profile(text, path.name)


def builtin_profiles() -> list[Profile]:
    return [
        parse_profile(path.read_text(encoding="utf-8"), path.name, builtin=True)
        for path in sorted(BUILTIN_DIR.glob("*.toml"))
    ]
