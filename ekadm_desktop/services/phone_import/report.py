"""What an import did: rows read, imported, duplicate, ignored and rejected (each with its place)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ekadm_desktop.i18n import tr


@dataclass(frozen=True)
class RejectedRow:
    file: str
    line: int
    column: str
    reason: str
    record: tuple[str, ...] = ()

    def describe(self) -> str:
        return f"{self.file}:{self.line}: {self.column}: {self.reason}"


@dataclass
class ImportReport:
    file: str
    profile: str = ""
    encoding: str = ""
    delimiter: str = ""
    batch_id: int | None = None
    skipped_identical: bool = False
    rows_read: int = 0
    imported: int = 0  # calls or interval rows written
    duplicates: int = 0
    ignored: int = 0  # rows the profile maps to "ignore" (e.g. FAILED)
    replaced_batches: tuple[int, ...] = ()
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kind: str = "calls"  # "calls" or "intervals"

    @property
    def rows_rejected(self) -> int:
        return len(self.rejected)

    def save_rejected(self, path: Path) -> None:
        """The rejected rows as a semicolon CSV (UTF-8 with BOM, for Excel): place, reason, the row."""
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";")
            writer.writerow(
                [
                    tr("phone_import", "Fil"),
                    tr("phone_import", "Rad"),
                    tr("phone_import", "Kolumn"),
                    tr("phone_import", "Orsak"),
                    tr("phone_import", "Raden"),
                ]
            )
            for row in self.rejected:
                writer.writerow([row.file, row.line, row.column, row.reason, *row.record])

    def as_text(self, *, max_rejections: int = 20) -> str:
        if self.skipped_identical:
            return tr(
                "phone_import", "{file}: samma fil är redan importerad (import {batch}); inget gjordes."
            ).format(file=self.file, batch=self.batch_id)
        what = tr("phone_import", "samtal") if self.kind == "calls" else tr("phone_import", "intervallrader")
        lines = [
            tr("phone_import", "Import av {file} (profil {profile}, {encoding})").format(
                file=self.file, profile=self.profile, encoding=self.encoding
            ),
            tr("phone_import", "  Rader lästa:      {n}").format(n=self.rows_read),
            tr("phone_import", "  Importerade:      {n} {what}").format(n=self.imported, what=what),
            tr("phone_import", "  Dubbletter:       {n}").format(n=self.duplicates),
            tr("phone_import", "  Ignorerade:       {n}").format(n=self.ignored),
            tr("phone_import", "  Avvisade:         {n}").format(n=self.rows_rejected),
        ]
        if self.batch_id is not None:
            lines.append(tr("phone_import", "  Importnummer:     {n}").format(n=self.batch_id))
        if self.replaced_batches:
            lines.append(
                tr("phone_import", "  Ersatte import:   {ids}").format(
                    ids=", ".join(map(str, self.replaced_batches))
                )
            )
        lines.extend(f"  ! {w}" for w in self.warnings)
        for row in self.rejected[:max_rejections]:
            lines.append("  - " + row.describe())
        if self.rows_rejected > max_rejections:
            lines.append(
                tr("phone_import", "  … och {n} avvisade rader till").format(
                    n=self.rows_rejected - max_rejections
                )
            )
        return "\n".join(lines)
