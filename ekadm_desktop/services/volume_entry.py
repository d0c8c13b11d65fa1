"""Monthly entry of volumes, staffing and hours of additional services, as spreadsheet-like grids.

Three sheets, each a ``Grid`` for one month:

- volumes: customers × the counted transaction types (each with its process; incorrect documents,
  which have none of their own, once per ledger);
- staffing: processes × units, FTE and headcount;
- hours: customers × the hourly transaction types and a note, for one additional service.

A save takes the changed cells and writes them in one transaction, or nothing: every cell is
parsed and checked first (a number, not negative, the user's unit, the month not locked), and a
cell someone else changed since it was read is a ``ConflictError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ConflictError, EkadmError, PermissionDenied, ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.models.reference import (
    Customer,
    PriceUnit,
    Process,
    ProcessKind,
    TransactionType,
    Unit,
)
from ekadm_desktop.models.users import Role
from ekadm_desktop.models.volumes import MonthlyVolume, ServiceHours, Staffing
from ekadm_desktop.services.fields import YEAR_MAX, YEAR_MIN
from ekadm_desktop.services.month_lock import locked_message, locked_months_in, month_label
from ekadm_desktop.services.reference_seed import TT
from ekadm_desktop.services.users import CurrentUser
from ekadm_desktop.services.volume_grid import (
    CellChange,
    CellKind,
    CellProblem,
    CellValue,
    Grid,
    GridColumn,
    GridRow,
    TotalColumn,
    cell_error,
    parse_cell,
)

# The volume columns in order: (transaction type code, process code for a type without one).
VOLUME_COLUMNS: tuple[tuple[str, str | None], ...] = (
    (TT.CL_FEEDER, None),
    (TT.CL_MANUAL, None),
    (TT.CL_MANUAL_ATTACHMENT, None),
    (TT.SL_ELECTRONIC, None),
    (TT.SL_MANUAL, None),
    (TT.REMINDER, None),
    (TT.INCORRECT_DOCUMENT, "customer_ledger"),
    (TT.INCORRECT_DOCUMENT, "supplier_ledger"),
    (TT.UNIDENTIFIED_PAYMENT, None),
    (TT.DEBT_COLLECTION, None),
    (TT.LATE_INTEREST, None),
)
AMOUNT_TYPES = frozenset({TT.LATE_INTEREST})  # SEK, not a count
COUNT_GROUP = "count"
FTE_GROUP = "fte"
HEADCOUNT_GROUP = "headcount"
HOURS_GROUP = "hours"
NOTE_COLUMN = "note"

_Reader = Callable[[Session, int, int], Grid]
_Writer = Callable[[Session, Grid, dict[tuple[int, str], CellValue]], None]


@dataclass(frozen=True)
class VolumeColumnSpec:
    """A volume column and what it stores: the transaction type and its process."""

    key: str
    code: str
    transaction_type_id: int
    process_id: int
    label: str
    process_name: str
    kind: CellKind


def volume_columns(s: Session) -> list[VolumeColumnSpec]:
    """The volume columns as the reference data has them now (types or processes missing are left out)."""
    types = {t.code: t for t in s.scalars(select(TransactionType))}
    processes = {p.id: p for p in s.scalars(select(Process))}
    by_code = {p.code: p for p in processes.values()}
    specs: list[VolumeColumnSpec] = []
    for code, own_process in VOLUME_COLUMNS:
        ttype = types.get(code)
        if ttype is None:
            continue
        process = by_code.get(own_process) if own_process else processes.get(ttype.process_id or 0)
        if process is None:
            continue
        key = f"{code}@{process.code}" if own_process else code
        label = f"{ttype.name} ({process.name.lower()})" if own_process else ttype.name
        kind = CellKind.AMOUNT if code in AMOUNT_TYPES else CellKind.COUNT
        specs.append(VolumeColumnSpec(key, code, ttype.id, process.id, label, process.name, kind))
    return specs


def check_month(year: int, month: int) -> None:
    if not (YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12):
        raise ValidationError(
            tr("volumes", "{year}-{month} är ingen giltig månad.").format(year=year, month=month),
            field="month",
        )


def _same(a: CellValue, b: CellValue) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b
    return (a or None) == (b or None)


def _many(errors: Sequence[EkadmError]) -> EkadmError:
    """One error for all problems: the first as the message, every one in the detail."""
    first = errors[0]
    if len(errors) == 1:
        return first
    first.message = tr("volumes", "{first} (och {count} fel till; inget har sparats)").format(
        first=first.message, count=len(errors) - 1
    )
    first.args = (first.message,)
    first.detail = "\n".join(e.message if e is not first else "" for e in errors).strip()
    return first


class VolumeEntryService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    # -- rights --------------------------------------------------------------------------------
    @property
    def can_edit(self) -> bool:
        return self._user.role is not Role.READER and self._editable_units() != frozenset()

    def _editable_units(self) -> frozenset[int] | None:
        if self._user.role in (Role.ADMINISTRATOR, Role.CONTROLLER):
            return None
        if self._user.role is Role.UNIT_MANAGER and self._user.unit_id is not None:
            return frozenset({self._user.unit_id})
        return frozenset()

    # -- reading -------------------------------------------------------------------------------
    def volumes(self, year: int, month: int) -> Grid:
        check_month(year, month)
        with self._db.session() as s:
            return self._volumes(s, year, month)

    def staffing(self, year: int, month: int) -> Grid:
        check_month(year, month)
        with self._db.session() as s:
            return self._staffing(s, year, month)

    def latest_month(self) -> tuple[int, int] | None:
        """The last month that has volumes, where the view opens; None in an empty database."""
        with self._db.session() as s:
            found = s.execute(
                select(MonthlyVolume.year, MonthlyVolume.month)
                .order_by(MonthlyVolume.year.desc(), MonthlyVolume.month.desc())
                .limit(1)
            ).first()
            return (int(found[0]), int(found[1])) if found is not None else None

    def hour_services(self) -> list[tuple[int, str]]:
        """The additional services hours are entered for: (process id, name)."""
        with self._db.session() as s:
            return [
                (p.id, p.name)
                for p in s.scalars(
                    select(Process)
                    .where(Process.kind == ProcessKind.ADDITIONAL, Process.active.is_(True))
                    .order_by(Process.sort_order, Process.id)
                )
            ]

    def hours(self, year: int, month: int, process_id: int) -> Grid:
        check_month(year, month)
        with self._db.session() as s:
            return self._hours(s, year, month, process_id)

    def _customer_rows(self, s: Session) -> tuple[GridRow, ...]:
        customers = s.scalars(select(Customer).where(Customer.active.is_(True)).order_by(Customer.code))
        return tuple(GridRow(c.id, c.code, c.name, c.unit_id) for c in customers)

    def _volumes(self, s: Session, year: int, month: int) -> Grid:
        specs = volume_columns(s)
        by_store = {(c.transaction_type_id, c.process_id): c.key for c in specs}
        values: dict[tuple[int, str], CellValue] = {}
        for v in s.scalars(
            select(MonthlyVolume).where(MonthlyVolume.year == year, MonthlyVolume.month == month)
        ):
            key = by_store.get((v.transaction_type_id, v.process_id))
            if key is not None:
                values[v.customer_id, key] = v.quantity
        columns = tuple(
            GridColumn(
                c.key,
                c.label,
                c.kind,
                tooltip=f"{c.label} – {c.process_name}",
                total_group=COUNT_GROUP if c.kind is CellKind.COUNT else "",
            )
            for c in specs
        )
        return Grid(
            year,
            month,
            month in locked_months_in(s, year),
            self._customer_rows(s),
            columns,
            values,
            totals=(TotalColumn(COUNT_GROUP, tr("volumes", "Summa antal"), CellKind.COUNT),),
            editable_units=self._editable_units(),
        )

    def _staffing(self, s: Session, year: int, month: int) -> Grid:
        units = list(s.scalars(select(Unit).order_by(Unit.id)))
        processes = list(
            s.scalars(
                select(Process).where(Process.active.is_(True)).order_by(Process.sort_order, Process.id)
            )
        )
        columns: list[GridColumn] = []
        for u in units:
            columns.append(
                GridColumn(
                    f"{u.id}:fte",
                    tr("volumes", "{unit}\nÅA").format(unit=u.name),
                    CellKind.FTE,
                    tr("volumes", "Årsarbetare (heltidsekvivalenter) i {unit}").format(unit=u.name),
                    FTE_GROUP,
                    u.id,
                )
            )
            columns.append(
                GridColumn(
                    f"{u.id}:headcount",
                    tr("volumes", "{unit}\npersoner").format(unit=u.name),
                    CellKind.HEADCOUNT,
                    tr("volumes", "Antal personer i {unit}").format(unit=u.name),
                    HEADCOUNT_GROUP,
                    u.id,
                )
            )
        values: dict[tuple[int, str], CellValue] = {}
        for row in s.scalars(select(Staffing).where(Staffing.year == year, Staffing.month == month)):
            values[row.process_id, f"{row.unit_id}:fte"] = row.fte
            values[row.process_id, f"{row.unit_id}:headcount"] = Decimal(row.headcount)
        return Grid(
            year,
            month,
            month in locked_months_in(s, year),
            tuple(GridRow(p.id, p.code, p.name, None) for p in processes),
            tuple(columns),
            values,
            totals=(
                TotalColumn(FTE_GROUP, tr("volumes", "Summa ÅA"), CellKind.FTE),
                TotalColumn(HEADCOUNT_GROUP, tr("volumes", "Summa personer"), CellKind.HEADCOUNT),
            ),
            editable_units=self._editable_units(),
        )

    def _hour_types(self, s: Session) -> list[TransactionType]:
        return list(
            s.scalars(
                select(TransactionType)
                .where(TransactionType.price_unit == PriceUnit.HOUR)
                .order_by(TransactionType.sort_order, TransactionType.id)
            )
        )

    def _hours(self, s: Session, year: int, month: int, process_id: int) -> Grid:
        process = s.get(Process, process_id)
        if process is None:
            raise ValidationError(tr("volumes", "Tilläggstjänsten finns inte längre."), field="process_id")
        types = self._hour_types(s)
        columns = [
            GridColumn(t.code, t.name, CellKind.HOURS, tr("volumes", "Timmar"), HOURS_GROUP) for t in types
        ]
        columns.append(GridColumn(NOTE_COLUMN, tr("volumes", "Anteckning"), CellKind.NOTE))
        code_of = {t.id: t.code for t in types}
        values: dict[tuple[int, str], CellValue] = {}
        query = select(ServiceHours).where(
            ServiceHours.year == year, ServiceHours.month == month, ServiceHours.process_id == process_id
        )
        for row in s.scalars(query.order_by(ServiceHours.id)):
            code = code_of.get(row.transaction_type_id)
            if code is None:
                continue
            values[row.customer_id, code] = row.hours
            if row.note and not values.get((row.customer_id, NOTE_COLUMN)):
                values[row.customer_id, NOTE_COLUMN] = row.note
        return Grid(
            year,
            month,
            month in locked_months_in(s, year),
            self._customer_rows(s),
            tuple(columns),
            values,
            totals=(TotalColumn(HOURS_GROUP, tr("volumes", "Summa timmar"), CellKind.HOURS),),
            editable_units=self._editable_units(),
            context=process_id,
        )

    # -- saving --------------------------------------------------------------------------------
    def save_volumes(self, year: int, month: int, changes: Iterable[CellChange]) -> Grid:
        reason = tr("volumes", "Volymer för {month}").format(month=month_label(year, month))
        self._save(year, month, reason, [(self._volumes, self._write_volumes, list(changes))])
        return self.volumes(year, month)

    def save_staffing(self, year: int, month: int, changes: Iterable[CellChange]) -> Grid:
        reason = tr("volumes", "Bemanning för {month}").format(month=month_label(year, month))
        self._save(year, month, reason, [(self._staffing, self._write_staffing, list(changes))])
        return self.staffing(year, month)

    def save_hours(self, year: int, month: int, process_id: int, changes: Iterable[CellChange]) -> Grid:
        reason = tr("volumes", "Timmar för tilläggstjänster {month}").format(month=month_label(year, month))
        self._save(year, month, reason, [(self._hours_reader(process_id), self._write_hours, list(changes))])
        return self.hours(year, month, process_id)

    def save_month(
        self,
        year: int,
        month: int,
        *,
        volumes: Iterable[CellChange] = (),
        staffing: Iterable[CellChange] = (),
        hours: Mapping[int, Iterable[CellChange]] | None = None,
    ) -> None:
        """Save the changes of all three sheets of a month in one transaction (``hours`` by
        additional service): every cell is checked first, and nothing is written on any error."""
        sheets: list[tuple[_Reader, _Writer, list[CellChange]]] = [
            (self._volumes, self._write_volumes, list(volumes)),
            (self._staffing, self._write_staffing, list(staffing)),
        ]
        for process_id, changes in (hours or {}).items():
            sheets.append((self._hours_reader(process_id), self._write_hours, list(changes)))
        reason = tr("volumes", "Månadsavstämning {month}").format(month=month_label(year, month))
        self._save(year, month, reason, sheets)

    def _hours_reader(self, process_id: int) -> _Reader:
        def read(s: Session, year: int, month: int) -> Grid:
            return self._hours(s, year, month, process_id)

        return read

    def _save(
        self, year: int, month: int, reason: str, sheets: Sequence[tuple[_Reader, _Writer, list[CellChange]]]
    ) -> None:
        check_month(year, month)
        if not self.can_edit:
            raise PermissionDenied(tr("volumes", "Du har bara läsbehörighet och kan inte ändra siffrorna."))
        if not any(changes for _, _, changes in sheets):
            return
        with self._db.session(reason=reason) as s:
            checked: list[tuple[_Writer, Grid, dict[tuple[int, str], CellValue]]] = []
            for read, write, changes in sheets:
                if not changes:
                    continue
                grid = read(s, year, month)
                parsed, conflicts = self._check(grid, changes)
                if conflicts:
                    raise conflicts[0]
                checked.append((write, grid, parsed))
            try:
                for write, grid, parsed in checked:
                    write(s, grid, parsed)
                s.flush()
            except IntegrityError as exc:  # someone saved the same new cell a moment before us
                raise ConflictError(
                    tr(
                        "volumes",
                        "Någon annan sparade samma celler samtidigt. Läs in månaden igen och gör om ändringen.",
                    )
                ) from exc

    def _check(
        self, grid: Grid, changes: list[CellChange]
    ) -> tuple[dict[tuple[int, str], CellValue], list[ConflictError]]:
        """Every change parsed; raises one error naming the cells when any is refused."""
        parsed: dict[tuple[int, str], CellValue] = {}
        errors: list[EkadmError] = []
        conflicts: list[ConflictError] = []
        for change in changes:
            try:
                row = grid.row(change.row)
                column = grid.column(change.column)
            except KeyError:
                errors.append(ValidationError(tr("volumes", "En ändrad cell finns inte längre i tabellen.")))
                continue
            if grid.locked:
                errors.append(
                    ValidationError(
                        tr("volumes", "{row}, kolumn {column}: {locked}").format(
                            row=row.label,
                            column=f"”{column.label}”",
                            locked=locked_message(grid.year, grid.month),
                        ),
                        field="month",
                    )
                )
                break
            if not grid.is_editable(row, column):
                errors.append(
                    PermissionDenied(
                        tr(
                            "volumes", "{row}, kolumn {column}: du får bara ändra din egen enhets siffror."
                        ).format(row=row.label, column=f"”{column.label}”")
                    )
                )
                continue
            try:
                new = parse_cell(change.new, column.kind)
                old = parse_cell(change.old, column.kind)
            except CellProblem as exc:
                errors.append(cell_error(row, column, exc.reason))
                continue
            current = grid.value(row.key, column.key)
            if not _same(current, old):
                conflicts.append(
                    ConflictError(
                        tr(
                            "volumes",
                            "{row}, kolumn {column} har ändrats av någon annan sedan du läste in månaden "
                            "(nu {now}). Läs in månaden igen och gör om ändringen.",
                        ).format(
                            row=row.label,
                            column=f"”{column.label}”",
                            now="–" if current is None else str(current).replace(".", ","),
                        ),
                        table="grid",
                        row_id=row.key,
                    )
                )
            parsed[row.key, column.key] = new
        permission = [e for e in errors if isinstance(e, PermissionDenied)]
        if permission:
            raise _many(permission)
        if errors:
            raise _many(errors)
        return parsed, conflicts

    def _write_volumes(self, s: Session, grid: Grid, parsed: dict[tuple[int, str], CellValue]) -> None:
        specs = {c.key: c for c in volume_columns(s)}
        existing = {
            (v.customer_id, v.process_id, v.transaction_type_id): v
            for v in s.scalars(
                select(MonthlyVolume).where(
                    MonthlyVolume.year == grid.year, MonthlyVolume.month == grid.month
                )
            )
        }
        for (customer_id, key), value in parsed.items():
            spec = specs[key]
            row = existing.get((customer_id, spec.process_id, spec.transaction_type_id))
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(
                    MonthlyVolume(
                        year=grid.year,
                        month=grid.month,
                        customer_id=customer_id,
                        process_id=spec.process_id,
                        transaction_type_id=spec.transaction_type_id,
                        quantity=value,
                    )
                )
            elif row.quantity != value:
                row.quantity = Decimal(value)

    def _write_staffing(self, s: Session, grid: Grid, parsed: dict[tuple[int, str], CellValue]) -> None:
        existing = {
            (r.unit_id, r.process_id): r
            for r in s.scalars(
                select(Staffing).where(Staffing.year == grid.year, Staffing.month == grid.month)
            )
        }
        touched = {(process_id, key.split(":")[0]) for process_id, key in parsed}
        for process_id, unit_text in touched:
            unit_id = int(unit_text)
            fte_key, heads_key = f"{unit_id}:fte", f"{unit_id}:headcount"
            fte = parsed.get((process_id, fte_key), grid.value(process_id, fte_key))
            heads = parsed.get((process_id, heads_key), grid.value(process_id, heads_key))
            row = existing.get((unit_id, process_id))
            if not fte and not heads:  # nothing, or zero of both: no staffing row
                if row is not None:
                    s.delete(row)
                continue
            fte_value = Decimal(fte) if isinstance(fte, Decimal) else Decimal(0)
            heads_value = int(heads) if isinstance(heads, Decimal) else 0
            if row is None:
                s.add(
                    Staffing(
                        year=grid.year,
                        month=grid.month,
                        unit_id=unit_id,
                        process_id=process_id,
                        fte=fte_value,
                        headcount=heads_value,
                    )
                )
                continue
            if row.fte != fte_value:
                row.fte = fte_value
            if row.headcount != heads_value:
                row.headcount = heads_value

    def _write_hours(self, s: Session, grid: Grid, parsed: dict[tuple[int, str], CellValue]) -> None:
        process_id = grid.context
        assert process_id is not None
        types = {t.code: t.id for t in self._hour_types(s)}
        existing = {
            (r.customer_id, r.transaction_type_id): r
            for r in s.scalars(
                select(ServiceHours).where(
                    ServiceHours.year == grid.year,
                    ServiceHours.month == grid.month,
                    ServiceHours.process_id == process_id,
                )
            )
        }
        for customer_id in sorted({c for c, _ in parsed}):

            def final(key: str, customer: int = customer_id) -> CellValue:
                return parsed.get((customer, key), grid.value(customer, key))

            note = final(NOTE_COLUMN)
            note_text = note if isinstance(note, str) else ""
            kept = [code for code in types if isinstance(final(code), Decimal)]
            if note_text and not kept:
                row = grid.row(customer_id)
                raise cell_error(
                    row,
                    grid.column(NOTE_COLUMN),
                    tr("volumes", "ange timmar för att kunna spara en anteckning"),
                )
            for code, type_id in types.items():
                hours = final(code)
                row_obj = existing.get((customer_id, type_id))
                if not isinstance(hours, Decimal):
                    if row_obj is not None:
                        s.delete(row_obj)
                    continue
                if row_obj is None:
                    s.add(
                        ServiceHours(
                            year=grid.year,
                            month=grid.month,
                            customer_id=customer_id,
                            process_id=process_id,
                            transaction_type_id=type_id,
                            hours=hours,
                            note=note_text,
                        )
                    )
                    continue
                if row_obj.hours != hours:
                    row_obj.hours = hours
                if row_obj.note != note_text:
                    row_obj.note = note_text
