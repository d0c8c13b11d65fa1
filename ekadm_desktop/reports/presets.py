"""Named report presets, stored as TOML in the user's config folder (``reports.toml``).

A preset remembers a report, its period kind and last period, the unit or customer, the sections
in their order and the output formats, so the weekly pack or the monthly appendix is one click;
``next_period`` gives "the same report for the next period".
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

import tomli_w

from ekadm_desktop.errors import EkadmError, NotFound, ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.periods import Period, parse_period
from ekadm_desktop.reports.definitions import ReportParams, report
from ekadm_desktop.reports.output import write_atomically
from ekadm_desktop.settings import AppPaths

FORMATS = ("pdf", "xlsx", "pptx")
FILE_NAME = "reports.toml"


@dataclass(frozen=True)
class Preset:
    name: str
    report: str  # a report key
    period: str  # the period key last used ("2010-W12"); its kind is the preset's period kind
    unit_id: int | None = None
    customer_id: int | None = None
    sections: tuple[str, ...] = ()
    formats: tuple[str, ...] = ("pdf",)
    folder: str = ""

    def params(self, period: Period | None = None) -> ReportParams:
        return ReportParams(
            period or parse_period(self.period), self.unit_id, self.customer_id, tuple(self.sections)
        )

    def next_period(self) -> Preset:
        """The same report for the period after the one last made."""
        return replace(self, period=parse_period(self.period).next().key)


@dataclass
class PresetStore:
    path: Path
    presets: dict[str, Preset] = field(default_factory=dict)

    @classmethod
    def load(cls, paths: AppPaths) -> PresetStore:
        path = paths.config_dir / FILE_NAME
        store = cls(path)
        if not path.exists():
            return store
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise EkadmError(
                tr("reports", "Rapportinställningarna i {path} kunde inte läsas: {error}").format(
                    path=f"”{path}”", error=exc
                )
            ) from exc
        for name, entry in data.get("preset", {}).items():
            store.presets[name] = Preset(
                name=name,
                report=str(entry.get("report", "")),
                period=str(entry.get("period", "")),
                unit_id=entry.get("unit_id"),
                customer_id=entry.get("customer_id"),
                sections=tuple(entry.get("sections", ())),
                formats=tuple(entry.get("formats", ("pdf",))),
                folder=str(entry.get("folder", "")),
            )
        return store

    def get(self, name: str) -> Preset:
        try:
            return self.presets[name]
        except KeyError:
            raise NotFound(tr("reports", "Förvalet {name} finns inte.").format(name=f"”{name}”")) from None

    def save(self, preset: Preset) -> None:
        check(preset)
        self.presets[preset.name] = preset
        self._write()

    def delete(self, name: str) -> None:
        self.presets.pop(name, None)
        self._write()

    def _write(self) -> None:
        table: dict[str, dict[str, object]] = {}
        for name, p in sorted(self.presets.items()):
            entry: dict[str, object] = {
                "report": p.report,
                "period": p.period,
                "sections": list(p.sections),
                "formats": list(p.formats),
            }
            if p.unit_id is not None:
                entry["unit_id"] = p.unit_id
            if p.customer_id is not None:
                entry["customer_id"] = p.customer_id
            if p.folder:
                entry["folder"] = p.folder
            table[name] = entry
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = tomli_w.dumps({"preset": table})

        def write(temp: Path) -> None:
            temp.write_text(text, encoding="utf-8")

        write_atomically(self.path, write)


def check(preset: Preset) -> None:
    if not preset.name.strip():
        raise ValidationError(tr("reports", "Ge förvalet ett namn."), field="name")
    definition = report(preset.report)
    try:
        period = parse_period(preset.period)
    except ValueError as exc:
        raise ValidationError(str(exc), field="period") from exc
    unknown = [f for f in preset.formats if f not in FORMATS]
    if unknown or not preset.formats:
        raise ValidationError(
            tr("reports", "Okänt format {format}: välj pdf, xlsx eller pptx.").format(
                format=", ".join(unknown) or "–"
            ),
            field="formats",
        )
    definition.check(preset.params(period))
