"""Binding a profile to a file: which column holds which field."""

from __future__ import annotations

from dataclasses import dataclass

from ekadm_desktop.i18n import tr
from ekadm_desktop.services.phone_import.profiles import Profile


def normalise_header(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).casefold()


@dataclass(frozen=True)
class Binding:
    profile: Profile
    columns: dict[str, int]  # field -> column index
    names: tuple[str, ...]  # column names, for messages
    width: int  # the number of fields a record should have (0: any)

    def column_name(self, index: int) -> str:
        if 0 <= index < len(self.names) and self.names[index]:
            return self.names[index]
        return tr("phone_import", "kolumn {number}").format(number=index + 1)

    def field_column(self, name: str) -> str:
        return self.column_name(self.columns[name]) if name in self.columns else name


def bind(profile: Profile, first: list[str]) -> Binding | None:
    """The binding of ``profile`` to a file whose first record is ``first`` (its header, when the
    profile has one); ``None`` when the file does not fit."""
    if profile.header:
        names = tuple(cell.strip().replace("\ufeff", "") for cell in first)
        width = 0
    else:
        names = profile.column_names
        # queue_log lines have as many data fields as their event needs
        width = 0 if profile.shape == "queue_events" else len(names)
        if len(first) > len(names) or (width and len(first) != width) or len(first) < 5:
            return None
    index = {normalise_header(n): i for i, n in reversed(list(enumerate(names))) if n.strip()}
    columns: dict[str, int] = {}
    for field, spec in profile.fields.items():
        for column in spec.columns:
            found = index.get(normalise_header(column))
            if found is not None and found not in columns.values():
                columns[field] = found
                break
    if not _enough(profile.shape, columns, profile):
        return None
    return Binding(profile, columns, names, width)


def _enough(shape: str, columns: dict[str, int], profile: Profile) -> bool:
    present = set(columns) | set(profile.fixed)
    if shape in ("per_call", "per_leg"):
        timed = bool(present & {"start", "date", "start_epoch"})
        told = bool(present & {"outcome", "answer_time", "talk", "wait"})
        return timed and told
    if shape == "queue_events":
        return {"time", "callid", "queue", "event"} <= present
    return "offered" in present and bool(present & {"answered", "abandoned"})
