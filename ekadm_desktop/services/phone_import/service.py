"""The phone import service: preview, import, undo and list imports, manage profiles. Qt-free; the
GUI's import wizard and ``ekadm phone import`` call the same methods."""

from __future__ import annotations

import calendar
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path

import numpy as np
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import NotFound, PermissionDenied, ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.base import utc_now
from ekadm_desktop.models.phone import (
    Call,
    Extension,
    IntervalAggregate,
    PhoneCallerSalt,
    PhoneGroup,
    PhoneImportBatch,
)
from ekadm_desktop.models.users import Role
from ekadm_desktop.progress import Progress
from ekadm_desktop.services import phone_rollup
from ekadm_desktop.services.phone_import.block_reader import MAX_NUMBER, BlockReader
from ekadm_desktop.services.phone_import.call_block import CallBlock
from ekadm_desktop.services.phone_import.detect import Plan, converter_for, detect, plan_for
from ekadm_desktop.services.phone_import.prefetch import prefetched
from ekadm_desktop.services.phone_import.profiles import (
    Profile,
    builtin_profiles,
    load_profile_file,
    parse_profile,
)
from ekadm_desktop.services.phone_import.report import ImportReport, RejectedRow
from ekadm_desktop.services.phone_import.rows import (
    CallConverter,
    IntervalConverter,
    ParsedCall,
    ParsedInterval,
    QueueLogConverter,
    Rejection,
)
from ekadm_desktop.services.phone_import.source import SourceFile, open_source
from ekadm_desktop.services.phone_import.writer import CallWriter
from ekadm_desktop.services.users import CurrentUser

AUDIT_REASON = "Import av telefonstatistik"
_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    profile: str
    imported_by: str
    imported_at: datetime
    rows_read: int
    rows_imported: int
    rows_skipped: int
    rows_rejected: int
    calls: int
    intervals: int


@dataclass(frozen=True)
class Preview:
    """The first rows of a file as a profile reads them, for the mapping dialog."""

    file: str
    encoding: str
    delimiter: str
    profile: Profile
    columns: tuple[str, ...]
    field_columns: dict[str, str]
    records: list[tuple[int, list[str]]]
    calls: list[ParsedCall]
    intervals: list[ParsedInterval]
    rejected: list[RejectedRow]


def parse_month(text: str) -> tuple[datetime, int]:
    """``YYYY-MM`` as the start of the month and its length in minutes."""
    match = _PERIOD.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(
            tr("phone_import", "Perioden ”{text}” ska skrivas ÅÅÅÅ-MM, till exempel 2010-03.").format(
                text=text
            ),
            field="period",
        )
    year, month = int(match.group(1)), int(match.group(2))
    return datetime(year, month, 1), calendar.monthrange(year, month)[1] * 1440


class PhoneImportService:
    def __init__(self, db: Database, user: CurrentUser, *, profile_dir: Path | None = None) -> None:
        self._db = db
        self._user = user
        self._profile_dir = profile_dir

    # -- profiles ---------------------------------------------------------------------------------

    @property
    def profile_dir(self) -> Path:
        if self._profile_dir is None:
            from ekadm_desktop.settings import AppPaths

            self._profile_dir = AppPaths.default().config_dir / "phone_profiles"
        return self._profile_dir

    def profiles(self) -> list[Profile]:
        """The built-in profiles, then the user's own (saved ones override built-ins of the same name)."""
        own = (
            [load_profile_file(p) for p in sorted(self.profile_dir.glob("*.toml"))]
            if self.profile_dir.is_dir()
            else []
        )
        names = {p.name for p in own}
        return [p for p in builtin_profiles() if p.name not in names] + own

    def profile(self, name_or_path: str) -> Profile:
        path = Path(name_or_path)
        if path.suffix == ".toml" and path.is_file():
            return load_profile_file(path)
        for profile in self.profiles():
            if profile.name == name_or_path:
                return profile
        raise NotFound(
            tr("phone_import", "Det finns ingen importprofil som heter ”{name}”. Profiler: {names}").format(
                name=name_or_path, names=", ".join(p.name for p in self.profiles())
            )
        )

    def save_profile(self, profile: Profile) -> Path:
        """Save a profile (made in the mapping dialog) among the user's own."""
        if not re.fullmatch(r"[\w.-]{1,80}", profile.name):
            raise ValidationError(
                tr(
                    "phone_import",
                    "Profilnamnet får bara ha bokstäver, siffror, punkt, bindestreck och understreck.",
                ),
                field="name",
            )
        text = profile.to_toml()
        parse_profile(text, profile.name)  # it must read back
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        path = self.profile_dir / f"{profile.name}.toml"
        path.write_text(text, encoding="utf-8")
        return path

    def export_profile(self, name: str, path: Path) -> None:
        path.write_text(self.profile(name).to_toml(), encoding="utf-8")

    # -- preview and import -----------------------------------------------------------------------

    def _plan(self, source: SourceFile, profile: str | Profile | None) -> Plan:
        if profile is None:
            return detect(source, self.profiles())
        chosen = self.profile(profile) if isinstance(profile, str) else profile
        plan = plan_for(source, chosen)
        if plan is None:
            from ekadm_desktop.services.phone_import.detect import UnknownFormat

            first = next(iter(source.records()), (0, []))[1]
            raise UnknownFormat(source.name, [c.strip() for c in first], [chosen.name])
        return plan

    def preview(
        self, path: Path, profile: str | Profile | None = None, *, rows: int = 20, group: str | None = None
    ) -> Preview:
        source = open_source(Path(path))
        plan = self._plan(source, profile)
        records = list(islice(source.records(plan.delimiter), rows + (1 if plan.profile.header else 0)))
        data = records[1:] if plan.profile.header else records
        converter = converter_for(plan, fixed_group=group)
        calls: list[ParsedCall] = []
        intervals: list[ParsedInterval] = []
        rejected: list[RejectedRow] = []
        for line, cells in data:
            result = converter.convert(line, cells)
            if isinstance(result, Rejection):
                rejected.append(
                    RejectedRow(source.name, result.line, result.column, result.reason, result.record)
                )
            elif isinstance(result, ParsedCall):
                calls.append(result)
            elif isinstance(result, ParsedInterval):
                intervals.append(result)
        if isinstance(converter, CallConverter | QueueLogConverter):
            calls.extend(converter.finish())
        return Preview(
            source.name,
            source.facts.encoding,
            plan.delimiter,
            plan.profile,
            plan.binding.names,
            {f: plan.binding.column_name(i) for f, i in plan.binding.columns.items()},
            records,
            calls,
            intervals,
            rejected,
        )

    def import_file(
        self,
        path: Path,
        profile: str | Profile | None = None,
        *,
        group: str | None = None,
        period: str | None = None,
        replace_period: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import one file, all or nothing. An identical file (same SHA-256) already imported is skipped."""
        if self._user.role is Role.READER:
            raise PermissionDenied(tr("phone_import", "En läsare får inte importera telefonstatistik."))
        progress = progress or Progress()
        path = Path(path)
        source = open_source(path)
        month = parse_month(period) if period else None
        with self._db.session(reason=AUDIT_REASON) as s:
            previous = s.scalar(
                select(PhoneImportBatch.id).where(PhoneImportBatch.sha256 == source.facts.sha256).limit(1)
            )
        if previous is not None:
            return ImportReport(
                source.name, batch_id=previous, skipped_identical=True, encoding=source.facts.encoding
            )
        plan = self._plan(source, profile)
        report = ImportReport(
            source.name,
            profile=plan.profile.name,
            encoding=source.facts.encoding,
            delimiter=plan.delimiter,
            warnings=list(source.facts.warnings),
        )
        if plan.profile.shape == "interval_aggregates":
            report.kind = "intervals"
            dated = bool({"start", "date"} & (set(plan.binding.columns) | set(plan.profile.fixed)))
            if not dated and month is None:
                raise ValidationError(
                    tr(
                        "phone_import",
                        "Filen {file} har intervallstatistik utan datum: den kan inte placeras i en period. "
                        "Ange perioden (ÅÅÅÅ-MM).",
                    ).format(file=source.name),
                    field="period",
                )
        with self._db.session(reason=AUDIT_REASON) as s:
            batch = PhoneImportBatch(
                file_name=source.name[:260],
                sha256=source.facts.sha256,
                profile=plan.profile.name[:100],
                imported_by=self._user.login[:64],
                imported_at=utc_now().replace(tzinfo=None),
            )
            s.add(batch)
            s.flush()
            ids = _Numbers(s)
            salt = _caller_salt(s)
            converter = converter_for(plan, fixed_group=group, period=month, salt=salt)
            merge: Callable[[], None] | None = None
            if isinstance(converter, IntervalConverter):
                self._import_intervals(
                    s, source, plan, converter, ids, batch.id, report, replace_period, progress
                )
            else:
                writer, merge = self._import_calls(
                    s, source, plan, converter, ids, batch.id, report, progress, fixed_group=group, salt=salt
                )
                batch.first_call_key, batch.last_call_key = writer.first_key, writer.last_key
            batch.rows_read = report.rows_read
            batch.rows_imported = report.imported
            batch.rows_skipped = report.duplicates
            batch.rows_rejected = report.rows_rejected
            if report.imported == 0:
                s.delete(batch)
            else:
                s.flush()
                if merge is not None:
                    merge()
                else:
                    phone_rollup.add_batch_to_rollup(s, batch.id)
                report.batch_id = batch.id
        return report

    def _records(self, source: SourceFile, plan: Plan) -> object:
        records = source.records(plan.delimiter)
        if plan.profile.header:
            next(records, None)
        return records

    def _reject(self, report: ImportReport, source: SourceFile, result: Rejection) -> None:
        report.rejected.append(
            RejectedRow(source.name, result.line, result.column, result.reason, result.record)
        )

    def _import_calls(
        self,
        s: Session,
        source: SourceFile,
        plan: Plan,
        converter: CallConverter | QueueLogConverter,
        ids: _Numbers,
        batch_id: int,
        report: ImportReport,
        progress: Progress,
        *,
        fixed_group: str | None,
        salt: bytes,
    ) -> tuple[CallWriter, Callable[[], None] | None]:
        """Write the calls, a block at a time. Returns the writer and what merges the calls into
        the rollups (``None`` when some calls were duplicates: then the batch is rolled up from the
        table).

        The reader thread reads, keys and counts each block for the rollups (``BlockReader``: by
        group and extension number, as it has no database ids); this thread gives the numbers their
        ids and writes."""
        writer = CallWriter(s, batch_id)
        reader = BlockReader(source, plan, converter, fixed_group=fixed_group, salt=salt)
        message = tr("phone_import", "Importerar {file}…").format(file=source.name)
        total = max(source.estimated_records, 1)

        for item in prefetched(reader.blocks()):
            report.rejected.extend(item.rejected)
            if len(item.block):
                writer.write(item.block, *ids.of_block(item.block))
            progress.step(item.records, max(total, item.records + 1), message)
        writer.close()
        totals = reader.totals
        report.rows_read = totals.records
        report.ignored = totals.ignored
        report.imported = writer.written
        report.duplicates = writer.duplicates
        if writer.duplicates:
            return writer, None

        def merge() -> None:
            groups = np.array([ids.groups[n] for n in totals.group_numbers], dtype=np.int64)
            extensions = np.array([ids.extensions[n] for n in totals.extension_numbers], dtype=np.int64)
            totals.tally.merge_into(s, groups, extensions)

        return writer, merge

    def _import_intervals(
        self,
        s: Session,
        source: SourceFile,
        plan: Plan,
        converter: IntervalConverter,
        ids: _Numbers,
        batch_id: int,
        report: ImportReport,
        replace_period: bool,
        progress: Progress,
    ) -> None:
        rows: dict[tuple[int, datetime, int], dict[str, object]] = {}
        read = 0
        for line, cells in self._records(source, plan):  # type: ignore[attr-defined]
            read += 1
            result = converter.convert(line, cells)
            if isinstance(result, Rejection):
                self._reject(report, source, result)
                continue
            if result is None:
                continue
            if not result.group or len(result.group) > MAX_NUMBER:
                reason = (
                    tr("phone_import", "gruppnummer saknas (ange --group)")
                    if not result.group
                    else tr("phone_import", "numret är längre än {n} tecken").format(n=MAX_NUMBER)
                )
                report.rejected.append(
                    RejectedRow(source.name, line, plan.binding.field_column("group"), reason, tuple(cells))
                )
                continue
            gid = ids.group(result.group)
            key = (gid, result.start, result.minutes)
            if key in rows:
                report.duplicates += 1
                continue
            rows[key] = {
                "batch_id": batch_id,
                "group_id": gid,
                "interval_start": result.start,
                "interval_minutes": result.minutes,
                "offered": result.offered,
                "answered": result.answered,
                "abandoned": result.abandoned,
                "short_abandoned": result.short_abandoned,
                "answered_within_threshold": result.answered_within,
                "wait_seconds_total": result.wait_total,
                "talk_seconds_total": result.talk_total,
                "longest_wait_seconds": result.longest_wait,
            }
        report.rows_read = read
        if not rows:
            return
        groups = {k[0] for k in rows}
        first, last = min(k[1] for k in rows), max(k[1] for k in rows)
        existing = s.execute(
            select(
                IntervalAggregate.group_id,
                IntervalAggregate.interval_start,
                IntervalAggregate.interval_minutes,
                IntervalAggregate.batch_id,
            ).where(
                IntervalAggregate.group_id.in_(groups),
                IntervalAggregate.interval_start >= first,
                IntervalAggregate.interval_start <= last,
            )
        ).all()
        if replace_period:
            replaced = sorted({b for *_, b in existing if b is not None})
            for old in replaced:
                _delete_batch(s, old)
            report.replaced_batches = tuple(replaced)
        else:
            for group_id, start, minutes, _ in existing:
                if rows.pop((group_id, start, minutes), None) is not None:
                    report.duplicates += 1
        if rows:
            s.execute(insert(IntervalAggregate), list(rows.values()))
        report.imported = len(rows)

    # -- batches ----------------------------------------------------------------------------------

    def batches(self) -> list[BatchInfo]:
        with self._db.session(reason="") as s:
            # A batch's calls are its imported rows (they go only with the batch); counting them
            # would scan phone_call. Interval rows are few and indexed by batch.
            intervals = dict(
                s.execute(
                    select(IntervalAggregate.batch_id, func.count()).group_by(IntervalAggregate.batch_id)
                ).all()
            )
            return [
                BatchInfo(
                    b.id,
                    b.file_name,
                    b.profile,
                    b.imported_by,
                    b.imported_at,
                    b.rows_read,
                    b.rows_imported,
                    b.rows_skipped,
                    b.rows_rejected,
                    b.rows_imported if b.first_call_key is not None else 0,
                    int(intervals.get(b.id, 0)),
                )
                for b in s.scalars(select(PhoneImportBatch).order_by(PhoneImportBatch.id.desc()))
            ]

    def undo(self, batch_id: int) -> None:
        """Remove an import: its calls or interval rows go and the rollups are corrected, in one transaction."""
        with self._db.session(reason=tr("phone_import", "Ångra import av telefonstatistik")) as s:
            batch = s.get(PhoneImportBatch, batch_id)
            if batch is None:
                raise NotFound(tr("phone_import", "Import {id} finns inte (längre).").format(id=batch_id))
            if not (
                self._user.is_administrator
                or self._user.role is Role.CONTROLLER
                or batch.imported_by == self._user.login
            ):
                raise PermissionDenied(
                    tr(
                        "phone_import",
                        "Bara den som importerade, en controller eller en administratör får ångra importen.",
                    )
                )
            _delete_batch(s, batch_id)


def _caller_salt(s: Session) -> bytes:
    """This database's secret salt for caller hashes, made at its first import."""
    salt = s.scalar(select(PhoneCallerSalt.salt).order_by(PhoneCallerSalt.id).limit(1))
    if salt is None:
        salt = secrets.token_hex(32)
        s.add(PhoneCallerSalt(salt=salt))
        s.flush()
    return salt.encode()


def _delete_batch(s: Session, batch_id: int) -> None:
    phone_rollup.remove_batch_from_rollup(s, batch_id)
    first, last = s.execute(
        select(PhoneImportBatch.first_call_key, PhoneImportBatch.last_call_key).where(
            PhoneImportBatch.id == batch_id
        )
    ).one_or_none() or (None, None)
    if first is not None and last is not None:  # NULL keys: no calls; else a primary key range
        s.execute(delete(Call).where(Call.call_key.between(first, last), Call.batch_id == batch_id))
    s.execute(delete(IntervalAggregate).where(IntervalAggregate.batch_id == batch_id))
    s.execute(delete(PhoneImportBatch).where(PhoneImportBatch.id == batch_id))


class _Numbers:
    """Group and extension ids by number; unknown numbers become new groups and extensions."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.groups: dict[str, int] = {
            n: i for n, i in session.execute(select(PhoneGroup.number, PhoneGroup.id))
        }
        self.extensions: dict[str, int] = {
            n: i for n, i in session.execute(select(Extension.number, Extension.id))
        }

    def group(self, number: str) -> int:
        found = self.groups.get(number)
        if found is None:
            group = PhoneGroup(number=number, name=number)
            self._session.add(group)
            self._session.flush()
            found = self.groups[number] = group.id
        return found

    def of_block(self, block: CallBlock) -> tuple[np.ndarray, np.ndarray]:
        """The database ids of a block's group and extension vocabularies (new ones made; a new
        extension belongs to the group of its first call)."""
        groups = np.array([self.groups.get(n) or self.group(n) for n in block.groups], dtype=np.int64)
        extensions = np.zeros(len(block.extensions), dtype=np.int64)
        if block.extensions:
            codes, first = np.unique(block.extension, return_index=True)
            first_group = dict(zip(codes.tolist(), block.group[first].tolist(), strict=True))
            for code, number in enumerate(block.extensions):
                found = self.extensions.get(number)
                if found is None:
                    group_code = first_group.get(code, -1)
                    found = self.extension(number, int(groups[group_code]) if group_code >= 0 else None)
                extensions[code] = found
        return groups, extensions

    def extension(self, number: str, group_id: int | None) -> int:
        found = self.extensions.get(number)
        if found is None:
            extension = Extension(number=number, name="", group_id=group_id)
            self._session.add(extension)
            self._session.flush()
            found = self.extensions[number] = extension.id
        return found
