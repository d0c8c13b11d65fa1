"""Import of monthly volumes from the ERP's statistics export (CSV or XLSX).

The file has a row per customer, transaction type and month with a count. Its columns are mapped
to the fields once and the mapping kept as a named profile. ``validate`` reads every row and
lists every problem (row, column, value, reason); ``run`` writes all rows in one transaction or
nothing. A month that already holds imported figures is only replaced when the caller says so
(``replace=True``); otherwise ``run`` raises ``NeedsConfirmation`` naming those months. Each run
is recorded as a ``VolumeImportBatch`` whose id the imported rows carry.

The file reading (``services.tabular``), the mapping suggestion, the problem list and the
customer lookup are those of the register import.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import EkadmError, PermissionDenied, ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.base import utc_now
from ekadm_desktop.models.reference import PriceUnit, Process, TransactionType
from ekadm_desktop.models.users import Role
from ekadm_desktop.models.volumes import MonthlyVolume, VolumeImportBatch, VolumeImportProfile
from ekadm_desktop.progress import Progress
from ekadm_desktop.services.fields import YEAR_MAX, YEAR_MIN
from ekadm_desktop.services.month_lock import locked_months_in, month_label
from ekadm_desktop.services.register_import import (
    CellProblem,
    ImportKind,
    ImportProblem,
    ImportRefused,
    ImportTarget,
    References,
    TargetField,
    parse_date_cell,
    suggest_mapping,
)
from ekadm_desktop.services.tabular import Cell, Table, cell_text
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.services.volume_entry import AMOUNT_TYPES, volume_columns
from ekadm_desktop.services.volume_grid import CellKind, parse_cell
from ekadm_desktop.services.volume_grid import CellProblem as GridCellProblem

FIELDS = ("customer", "transaction_type", "process", "month", "count")
PROGRESS_EVERY = 200
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[-/.]?\s*(\d{1,2})$")


def volume_target() -> ImportTarget:
    """The fields of the statistics export, for the mapping (labels in the installed language)."""
    return ImportTarget(
        "volumes",
        tr("volume_import", "Volymer"),
        (
            TargetField(
                "customer",
                tr("volume_import", "Kund"),
                ImportKind.CUSTOMER,
                True,
                ("kund", "förvaltning", "customer", "kundkod", "kundnamn", "department"),
            ),
            TargetField(
                "transaction_type",
                tr("volume_import", "Transaktionstyp"),
                ImportKind.TEXT,
                True,
                ("transaktionstyp", "typ", "transaction type", "type", "tjänst", "statistiktyp"),
                help=tr(
                    "volume_import", "Kod eller namn, t.ex. cl_feeder eller ”Kundfaktura via försystem”."
                ),
            ),
            TargetField(
                "process",
                tr("volume_import", "Process"),
                ImportKind.PROCESS,
                False,
                ("process", "reskontra"),
                help=tr("volume_import", "Behövs bara för typer utan egen process (felaktigt underlag)."),
            ),
            TargetField(
                "month",
                tr("volume_import", "Månad"),
                ImportKind.TEXT,
                True,
                ("månad", "period", "month", "datum", "date"),
                help=tr("volume_import", "ÅÅÅÅ-MM, ett datum, eller månadsnummer 1–12 med valt år."),
            ),
            TargetField(
                "count",
                tr("volume_import", "Antal"),
                ImportKind.TEXT,
                True,
                ("antal", "count", "volym", "volume", "belopp", "amount", "värde", "value"),
            ),
        ),
    )


@dataclass(frozen=True)
class VolumeRow:
    line: int
    customer_id: int
    process_id: int
    transaction_type_id: int
    year: int
    month: int
    quantity: Decimal
    # as shown in the parsed preview
    customer: str = ""
    transaction_type: str = ""


@dataclass(frozen=True)
class VolumeImportPlan:
    source: str
    sha256: str
    year: int | None  # the chosen year, or None for "the file's year"
    profile: str
    mapping: Mapping[int, str]
    headers: tuple[str, ...]
    rows: tuple[VolumeRow, ...]
    problems: tuple[ImportProblem, ...]
    replaces: tuple[tuple[int, int], ...]  # (year, month) that already hold imported figures
    earlier_imports: tuple[int, ...] = ()  # batches of the same file (by its SHA-256)
    rows_read: int = 0  # data rows in the file

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def months(self) -> tuple[tuple[int, int], ...]:
        return tuple(sorted({(r.year, r.month) for r in self.rows}))


@dataclass(frozen=True)
class VolumeImportResult:
    batch_id: int
    source: str
    count: int
    months: tuple[tuple[int, int], ...]
    replaced: tuple[tuple[int, int], ...]

    def message(self) -> str:
        months = ", ".join(month_label(y, m) for y, m in self.months)
        return tr("volume_import", "{count} rader importerades ({months}).").format(
            count=self.count, months=months
        )


class NeedsConfirmation(EkadmError):
    """The file holds months that already have imported figures: ``run(..., replace=True)`` replaces them."""

    def __init__(self, months: Sequence[tuple[int, int]]) -> None:
        self.months = tuple(months)
        names = ", ".join(month_label(y, m) for y, m in self.months)
        super().__init__(
            tr(
                "volume_import",
                "Det finns redan importerade volymer för {months}. Vill du ersätta dem med filens siffror?",
            ).format(months=names)
        )


@dataclass(frozen=True)
class ImportProfile:
    id: int
    name: str
    mapping: Mapping[str, str]  # field name -> the file's column header
    version: int

    def columns_for(self, headers: Sequence[str]) -> dict[int, str]:
        """Column index -> field, for the headers of a file (a header not found is left out)."""
        keys = [_key(h) for h in headers]
        chosen: dict[int, str] = {}
        for name, header in self.mapping.items():
            if _key(header) in keys and name in FIELDS:
                chosen.setdefault(keys.index(_key(header)), name)
        return dict(sorted(chosen.items()))


@dataclass(frozen=True)
class ImportHistoryRow:
    id: int
    file_name: str
    sha256: str
    profile: str
    imported_by: str
    imported_at: datetime
    rows_read: int
    rows_imported: int
    rows_rejected: int


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).casefold().split())


def file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


@dataclass(frozen=True)
class _Type:
    id: int
    code: str
    name: str
    process_id: int | None
    kind: CellKind


class _Types:
    """Transaction types by code, name or the grid's column label ("Felaktigt underlag (kundreskontra)")."""

    def __init__(self, s: Session) -> None:
        self._keys: dict[str, tuple[_Type, int | None]] = {}
        self.hourly: set[str] = set()
        self.processes = {p.id: p.name for p in s.scalars(select(Process))}
        for t in s.scalars(select(TransactionType).order_by(TransactionType.sort_order)):
            if t.price_unit is PriceUnit.HOUR:
                self.hourly.update({_key(t.code), _key(t.name)})
                continue
            kind = CellKind.AMOUNT if t.code in AMOUNT_TYPES else CellKind.COUNT
            found = _Type(t.id, t.code, t.name, t.process_id, kind)
            for text in (t.code, t.name):
                self._keys[_key(text)] = (found, t.process_id)
        for spec in volume_columns(s):
            base = self._keys.get(_key(spec.code))
            if base is not None:
                self._keys.setdefault(_key(spec.label), (base[0], spec.process_id))
                self._keys.setdefault(_key(spec.key), (base[0], spec.process_id))

    def find(self, value: Cell) -> tuple[_Type, int | None]:
        key = _key(cell_text(value))
        if key in self._keys:
            return self._keys[key]
        if key in self.hourly:
            raise CellProblem(
                tr(
                    "volume_import",
                    "timmar registreras under Tilläggstjänster (timmar), inte i volymimporten",
                )
            )
        raise CellProblem(
            tr(
                "volume_import",
                "okänd transaktionstyp; ange typens kod (t.ex. cl_feeder) eller namn som under Administration",
            )
        )


def parse_month(value: Cell, year: int | None) -> tuple[int, int]:
    """(year, month) from ``2010-03``, a date, or a month number 1–12 with ``year``."""
    if isinstance(value, datetime | date):
        return value.year, value.month
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        number = int(value)
        if 1 <= number <= 12:
            if year is None:
                raise CellProblem(tr("volume_import", "bara ett månadsnummer; välj år eller skriv ÅÅÅÅ-MM"))
            return year, number
        if 190001 <= number <= 210012:  # 201003
            value = str(number)
    text = cell_text(value).strip()
    if text.isdigit() and len(text) <= 2:
        return parse_month(int(text), year)
    found = _YEAR_MONTH.match(text)
    if found:
        y, m = int(found.group(1)), int(found.group(2))
        if 1 <= m <= 12:
            return y, m
        raise CellProblem(tr("volume_import", "ingen giltig månad; skriv t.ex. 2010-03"))
    try:
        day = parse_date_cell(value)
    except CellProblem as exc:
        raise CellProblem(tr("volume_import", "ingen giltig månad; skriv t.ex. 2010-03")) from exc
    return day.year, day.month


class VolumeImportService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    @property
    def target(self) -> ImportTarget:
        return volume_target()

    @property
    def can_import(self) -> bool:
        if self._user.role in (Role.ADMINISTRATOR, Role.CONTROLLER):
            return True
        return self._user.role is Role.UNIT_MANAGER and self._user.unit_id is not None

    def _require_importer(self) -> None:
        if not self.can_import:
            raise PermissionDenied(
                tr("volume_import", "Du har bara läsbehörighet och kan inte importera volymer.")
            )

    # -- profiles ------------------------------------------------------------------------------
    def profiles(self) -> list[ImportProfile]:
        with self._db.session() as s:
            rows = s.scalars(select(VolumeImportProfile).order_by(VolumeImportProfile.name))
            return [ImportProfile(p.id, p.name, dict(p.mapping), p.version) for p in rows]

    def save_profile(self, name: str, mapping: Mapping[str, str]) -> ImportProfile:
        """Create or overwrite the profile ``name`` with ``mapping`` (field -> column header)."""
        self._require_importer()
        name = " ".join(name.split())
        if not name:
            raise ValidationError(tr("volume_import", "Ge profilen ett namn."), field="name")
        if len(name) > 100:
            raise ValidationError(
                tr("volume_import", "Profilnamnet får vara högst 100 tecken."), field="name"
            )
        unknown = set(mapping) - set(FIELDS)
        if unknown:
            raise ValidationError(
                tr("volume_import", "Okända fält: {fields}.").format(fields=", ".join(sorted(unknown)))
            )
        clean = {k: v for k, v in mapping.items() if v}
        reason = tr("volume_import", "Importprofil {name}").format(name=name)
        with self._db.session(reason=reason) as s:
            row = s.scalar(select(VolumeImportProfile).where(VolumeImportProfile.name == name))
            if row is None:
                row = VolumeImportProfile(name=name, mapping=clean)
                s.add(row)
            elif dict(row.mapping) != clean:
                row.mapping = clean
            s.flush()
            return ImportProfile(row.id, row.name, dict(row.mapping), row.version)

    def delete_profile(self, profile_id: int) -> None:
        self._require_importer()
        with self._db.session(reason=tr("volume_import", "Importprofil borttagen")) as s:
            row = s.get(VolumeImportProfile, profile_id)
            if row is not None:
                s.delete(row)

    @staticmethod
    def profile_mapping(mapping: Mapping[int, str], headers: Sequence[str]) -> dict[str, str]:
        """A column mapping (index -> field) as a profile keeps it (field -> header)."""
        return {
            name: headers[column] for column, name in sorted(mapping.items()) if 0 <= column < len(headers)
        }

    def suggest(self, headers: Sequence[str]) -> dict[int, str]:
        return suggest_mapping(headers, volume_target())

    # -- history -------------------------------------------------------------------------------
    def history(self) -> list[ImportHistoryRow]:
        with self._db.session() as s:
            rows = s.scalars(select(VolumeImportBatch).order_by(VolumeImportBatch.imported_at.desc()))
            return [
                ImportHistoryRow(
                    b.id,
                    b.file_name,
                    b.sha256,
                    b.profile,
                    b.imported_by,
                    b.imported_at,
                    b.rows_read,
                    b.rows_imported,
                    b.rows_rejected,
                )
                for b in rows
            ]

    # -- validate ------------------------------------------------------------------------------
    def validate(
        self,
        table: Table,
        mapping: Mapping[int, str],
        *,
        year: int | None = None,
        sha256: str = "",
        profile: str = "",
        progress: Progress | None = None,
    ) -> VolumeImportPlan:
        """Convert and check every row; nothing is written. ``year`` is the year every month must
        fall in (and that a bare month number means); None: the year of the file's first month."""
        self._require_importer()
        progress = progress or Progress()
        if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
            raise ValidationError(
                tr("volume_import", "Välj ett år mellan {a} och {b}.").format(a=YEAR_MIN, b=YEAR_MAX)
            )
        by_field: dict[str, int] = {}
        for column, name in sorted(mapping.items()):
            if name not in FIELDS or not 0 <= column < len(table.headers):
                raise ValueError(f"bad mapping {column} -> {name}")
            by_field.setdefault(name, column)
        problems: list[ImportProblem] = []
        target = volume_target()
        for f in target.fields:
            if f.required and f.name not in by_field:
                problems.append(
                    ImportProblem(
                        None,
                        "",
                        "",
                        tr("volume_import", "välj vilken kolumn i filen som är ”{field}”").format(
                            field=f.label
                        ),
                    )
                )
        rows: list[VolumeRow] = []
        replaces: list[tuple[int, int]] = []
        earlier: tuple[int, ...] = ()
        with self._db.session() as s:
            if sha256:
                earlier = tuple(
                    s.scalars(select(VolumeImportBatch.id).where(VolumeImportBatch.sha256 == sha256))
                )
            if not problems:
                rows, problems = self._convert(s, table, by_field, year, progress)
                replaces = self._imported_months(s, {(r.year, r.month) for r in rows})
        return VolumeImportPlan(
            source=table.name,
            sha256=sha256,
            year=year,
            profile=profile,
            mapping=dict(mapping),
            headers=table.headers,
            rows=tuple(rows),
            problems=tuple(problems),
            replaces=tuple(replaces),
            earlier_imports=earlier,
            rows_read=len(table.rows),
        )

    def _convert(
        self, s: Session, table: Table, by_field: Mapping[str, int], year: int | None, progress: Progress
    ) -> tuple[list[VolumeRow], list[ImportProblem]]:
        refs = References(s)
        types = _Types(s)
        headers = table.headers
        problems: list[ImportProblem] = []
        rows: list[VolumeRow] = []
        seen: dict[tuple[int, int, int, int, int], int] = {}
        locked: dict[int, set[int]] = {}
        file_year = year
        own_unit = None if self._user.role in (Role.ADMINISTRATOR, Role.CONTROLLER) else self._user.unit_id
        total = len(table.rows)
        for number, table_row in enumerate(table.rows):
            if number % PROGRESS_EVERY == 0:
                progress.step(
                    number, total, tr("volume_import", "Kontrollerar rad {line}").format(line=table_row.line)
                )
            line = table_row.line
            found: list[ImportProblem] = []
            values: dict[str, Cell] = {name: table_row.cell(column) for name, column in by_field.items()}

            def cell(name: str, values: dict[str, Cell] = values) -> Cell:
                return values.get(name, "")

            def problem(
                name: str,
                reason: str,
                line: int = line,
                found: list[ImportProblem] = found,
                values: dict[str, Cell] = values,
            ) -> None:
                column = by_field.get(name)
                header = headers[column] if column is not None else ""
                found.append(ImportProblem(line, header, cell_text(values.get(name, "")), reason))

            for name in ("customer", "transaction_type", "month", "count"):
                if cell_text(cell(name)).strip() == "":
                    problem(name, tr("volume_import", "måste fyllas i"))
            if found:
                problems.extend(found)
                continue
            customer = ttype = None
            process_id: int | None = None
            try:
                customer = refs.customer(cell("customer"))
                if own_unit is not None and customer.unit_id != own_unit:
                    problem(
                        "customer",
                        tr("volume_import", "du kan bara importera volymer för din egen enhets kunder"),
                    )
            except CellProblem as exc:
                problem("customer", exc.reason)
            try:
                ttype, process_id = types.find(cell("transaction_type"))
            except CellProblem as exc:
                problem("transaction_type", exc.reason)
            if ttype is not None and "process" in by_field and cell_text(cell("process")).strip():
                try:
                    named = refs.process(cell("process")).id
                    if process_id is not None and named != process_id:
                        problem(
                            "process",
                            tr("volume_import", "typen {type} hör till processen {process}").format(
                                type=ttype.name, process=types.processes.get(process_id, "–")
                            ),
                        )
                    process_id = named
                except CellProblem as exc:
                    problem("process", exc.reason)
            if ttype is not None and process_id is None:
                problem(
                    "transaction_type",
                    tr(
                        "volume_import",
                        "typen {type} har ingen egen process; ange processen i en processkolumn",
                    ).format(type=ttype.name),
                )
            when: tuple[int, int] | None = None
            try:
                when = parse_month(cell("month"), year)
                if file_year is None:
                    file_year = when[0]
                if when[0] != file_year:
                    reason = (
                        tr("volume_import", "månaden ligger inte i det valda året {year}")
                        if year is not None
                        else tr("volume_import", "månaden ligger inte i filens år {year}")
                    )
                    problem("month", reason.format(year=file_year))
                    when = None
                elif when[0] not in locked:
                    locked[when[0]] = locked_months_in(s, when[0])
                if when is not None and when[1] in locked.get(when[0], set()):
                    problem(
                        "month",
                        tr("volume_import", "{month} är låst och kan inte importeras").format(
                            month=month_label(*when)
                        ),
                    )
            except CellProblem as exc:
                problem("month", exc.reason)
            quantity: Decimal | None = None
            try:
                parsed = parse_cell(cell_text(cell("count")), ttype.kind if ttype else CellKind.AMOUNT)
                quantity = parsed if isinstance(parsed, Decimal) else None
            except GridCellProblem as exc:
                problem("count", exc.reason)
            if not found and customer and ttype and process_id is not None and when and quantity is not None:
                key = (customer.id, process_id, ttype.id, when[0], when[1])
                if key in seen:
                    problem(
                        "customer",
                        tr("volume_import", "samma kund, typ och månad finns redan på rad {line}").format(
                            line=seen[key]
                        ),
                    )
                else:
                    seen[key] = line
                    rows.append(
                        VolumeRow(
                            line,
                            customer.id,
                            process_id,
                            ttype.id,
                            when[0],
                            when[1],
                            quantity,
                            customer.name,
                            ttype.name
                            if ttype.process_id is not None
                            else f"{ttype.name} ({types.processes.get(process_id, '').lower()})",
                        )
                    )
            problems.extend(found)
        progress.step(total, total)
        return rows, problems

    def _imported_months(self, s: Session, months: set[tuple[int, int]]) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for y, m in sorted(months):
            exists = s.scalar(
                select(MonthlyVolume.id)
                .where(
                    MonthlyVolume.year == y,
                    MonthlyVolume.month == m,
                    MonthlyVolume.import_batch_id.is_not(None),
                )
                .limit(1)
            )
            if exists is not None:
                found.append((y, m))
        return found

    # -- run -----------------------------------------------------------------------------------
    def run(
        self, plan: VolumeImportPlan, *, replace: bool = False, progress: Progress | None = None
    ) -> VolumeImportResult:
        """Write every row of ``plan`` in one transaction; checks again first (locks, imported months)."""
        self._require_importer()
        if plan.problems:
            raise ImportRefused(plan.problems)
        if not plan.rows:
            raise EkadmError(tr("volume_import", "Filen har inga rader att importera."))
        progress = progress or Progress()
        months = plan.months
        reason = tr("volume_import", "Volymimport från {name}").format(name=plan.source)
        with self._db.session(reason=reason) as s:
            problems: list[ImportProblem] = []
            for y in sorted({y for y, _ in months}):
                for m in sorted(locked_months_in(s, y) & {m for yy, m in months if yy == y}):
                    problems.append(
                        ImportProblem(
                            None,
                            "",
                            "",
                            tr("volume_import", "{month} är låst och kan inte importeras").format(
                                month=month_label(y, m)
                            ),
                        )
                    )
            if problems:
                raise ImportRefused(problems)
            imported = self._imported_months(s, set(months))
            if imported and not replace:
                raise NeedsConfirmation(imported)
            batch = VolumeImportBatch(
                file_name=plan.source[:260],
                sha256=plan.sha256,
                profile=plan.profile[:100],
                imported_by=self._user.login,
                imported_at=utc_now(),
                rows_read=plan.rows_read or len(plan.rows),
                rows_imported=len(plan.rows),
                rows_rejected=0,
            )
            s.add(batch)
            s.flush()
            existing: dict[tuple[int, int, int, int, int], MonthlyVolume] = {}
            for y, m in months:
                for v in s.scalars(
                    select(MonthlyVolume).where(MonthlyVolume.year == y, MonthlyVolume.month == m)
                ):
                    existing[(v.customer_id, v.process_id, v.transaction_type_id, y, m)] = v
            in_file = set()
            total = len(plan.rows)
            for number, row in enumerate(plan.rows):
                if number % PROGRESS_EVERY == 0:
                    progress.step(
                        number, total, tr("volume_import", "Sparar rad {line}").format(line=row.line)
                    )
                key = (row.customer_id, row.process_id, row.transaction_type_id, row.year, row.month)
                in_file.add(key)
                found = existing.get(key)
                if found is None:
                    s.add(
                        MonthlyVolume(
                            year=row.year,
                            month=row.month,
                            customer_id=row.customer_id,
                            process_id=row.process_id,
                            transaction_type_id=row.transaction_type_id,
                            quantity=row.quantity,
                            import_batch_id=batch.id,
                        )
                    )
                else:
                    if found.quantity != row.quantity:
                        found.quantity = row.quantity
                    found.import_batch_id = batch.id
            # Replacing a month: imported figures the new file no longer has go too.
            for key, v in existing.items():
                if key not in in_file and v.import_batch_id is not None and (key[3], key[4]) in set(imported):
                    s.delete(v)
            s.flush()
            progress.step(total, total)
            batch_id = batch.id
        return VolumeImportResult(batch_id, plan.source, len(plan.rows), months, tuple(imported))
