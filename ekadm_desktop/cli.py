"""The `ekadm` command: the same services as the window, without one.

Errors are one clear line on stderr and a non-zero exit code (2 for a problem the user can
fix, 1 for a check that found problems).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from importlib import import_module
from pathlib import Path
from types import ModuleType

from ekadm_desktop import __version__, i18n
from ekadm_desktop.db import migrate
from ekadm_desktop.db.database import Database
from ekadm_desktop.db.errors import DatabaseError
from ekadm_desktop.db.open import open_database, probe_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.errors import EkadmError, ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.progress import Progress
from ekadm_desktop.settings import AppPaths, SettingsError, load_settings

EXIT_PROBLEMS_FOUND = 1
EXIT_ERROR = 2

# Command groups that live in modules of their own. Each module has
# ``add_parsers(commands: argparse._SubParsersAction) -> None`` and
# ``COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace, AppPaths], int]]``
# (keyed like ``COMMANDS`` below; the sub-command's ``dest`` must be ``f"{group}_command"``).
COMMAND_MODULES: tuple[str, ...] = ("ekadm_desktop.cli_report", "ekadm_desktop.cli_phone")


def _command_modules() -> list[ModuleType]:
    return [import_module(name) for name in COMMAND_MODULES]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ekadm", description="EkAdm Desktop – kommandoraden")
    parser.add_argument("--version", action="version", version=f"ekadm {__version__}")
    parser.add_argument(
        "--database", metavar="SÖKVÄG|URL", help="SQLite-fil eller PostgreSQL-URL (standard: inställningarna)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    db = commands.add_parser("db", help="databasens schema, kontroll och säkerhetskopia")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="DB-KOMMANDO")
    db_commands.add_parser(
        "upgrade", help="uppgradera databasen till programmets schemaversion (kopia först)"
    )
    backup = db_commands.add_parser("backup", help="gör en säkerhetskopia")
    backup.add_argument(
        "--to", metavar="MAPP", type=Path, help="mapp för kopian (standard: programmets backupmapp)"
    )
    db_commands.add_parser("check", help="kontrollera integritet och schemaversion")

    demo = commands.add_parser("demo", help="demodatabas")
    demo_commands = demo.add_subparsers(dest="demo_command", required=True, metavar="DEMO-KOMMANDO")
    create = demo_commands.add_parser("create", help="skapa en demodatabas (SQLite) med 2009–2010")
    create.add_argument("path", metavar="SÖKVÄG", type=Path)
    create.add_argument("--seed", type=int, default=2010, help="slumpfrö (samma frö ger samma data)")
    create.add_argument("--calls-scale", type=float, default=1.0, help="andel av samtalen (1.0 = alla)")

    commands.add_parser("info", help="visa databasen och vad den innehåller")
    for module in _command_modules():
        module.add_parsers(commands)

    gdpr = commands.add_parser("gdpr", help="gallring av personuppgifter (GDPR)")
    gdpr_commands = gdpr.add_subparsers(dest="gdpr_command", required=True, metavar="GDPR-KOMMANDO")
    purge = gdpr_commands.add_parser(
        "purge", help="anonymisera avslutade klagomål äldre än lagringstiden (listar dem först)"
    )
    purge.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle ändras")
    purge.add_argument(
        "--months", type=int, metavar="N", help="lagringstid i månader efter avslut (standard: inställningen)"
    )
    purge.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", help="dagens datum (standard: i dag)")
    return parser


def _target(args: argparse.Namespace, paths: AppPaths) -> DatabaseTarget:
    if args.database:
        return DatabaseTarget.parse(args.database)
    try:
        return load_settings(paths).database.target(paths)
    except SettingsError as exc:
        print(exc.message, file=sys.stderr)
        return DatabaseTarget.sqlite(paths.default_database)


def open_for_command(args: argparse.Namespace, paths: AppPaths, *, create: bool = False) -> Database:
    """The database the command line points at (``--database`` or the settings), migrated and prepared."""
    return _open(args, paths, create=create)


def _open(args: argparse.Namespace, paths: AppPaths, *, create: bool) -> Database:
    opened = open_database(_target(args, paths), backup_dir=paths.backup_dir, create=create)
    if opened.backup is not None:
        print(tr("cli", "Säkerhetskopia före uppgraderingen: {path}").format(path=opened.backup))
    from ekadm_desktop.services.setup import prepare_database

    prepare_database(opened.database)
    return opened.database


def cmd_db_upgrade(args: argparse.Namespace, paths: AppPaths) -> int:
    target = _target(args, paths)
    before = probe_database(target)
    database = _open(args, paths, create=False)
    database.dispose()
    if before.revision == before.head:
        print(
            tr("cli", "{where}: schemaversion {revision} är redan aktuell.").format(
                where=target.describe(), revision=before.head
            )
        )
    else:
        print(
            tr("cli", "{where}: uppgraderad från {old} till {new}.").format(
                where=target.describe(), old=before.revision or "–", new=before.head
            )
        )
    return 0


def cmd_db_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    target = _target(args, paths)
    folder: Path = args.to or paths.backup_dir
    probe_database(target)  # refuses a file that is not ours before copying anything
    if target.sqlite_path is not None:
        from ekadm_desktop.db.sqlite import backup_sqlite

        if not target.sqlite_path.exists():
            raise DatabaseError(tr("db", "Databasen {where} finns inte.").format(where=target.describe()))
        print(backup_sqlite(target.sqlite_path, folder))
        return 0
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise EkadmError(tr("cli", "pg_dump finns inte på den här datorn; installera PostgreSQL-klienten."))
    from ekadm_desktop.db.postgres import load_password

    url = target.url
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{url.database}-{datetime.now():%Y%m%d-%H%M%S}.dump"
    env = None
    password = url.password or load_password(url)
    if password:
        env = {**os.environ, "PGPASSWORD": password}
    command = [
        pg_dump,
        "--format=custom",
        f"--file={out}",
        f"--host={url.host or 'localhost'}",
        f"--port={url.port or 5432}",
        f"--dbname={url.database}",
    ]
    if url.username:
        command.append(f"--username={url.username}")
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        out.unlink(missing_ok=True)
        raise DatabaseError(tr("cli", "pg_dump misslyckades: {error}").format(error=result.stderr.strip()))
    print(out)
    return 0


def cmd_db_check(args: argparse.Namespace, paths: AppPaths) -> int:
    target = _target(args, paths)
    if target.sqlite_path is not None and not target.sqlite_path.exists():
        raise DatabaseError(tr("db", "Databasen {where} finns inte.").format(where=target.describe()))
    probe = probe_database(target)
    problems: list[str] = []
    if probe.empty:
        problems.append(tr("cli", "Databasen är tom (inget schema)."))
    elif probe.revision != probe.head:
        problems.append(
            tr("cli", "Schemaversion {revision}, programmet har {head}: kör `ekadm db upgrade`.").format(
                revision=probe.revision, head=probe.head
            )
        )
    if target.sqlite_path is not None and target.sqlite_path.exists():
        from ekadm_desktop.db.sqlite import create_sqlite_engine, integrity_problems

        engine = create_sqlite_engine(target.sqlite_path)
        try:
            problems.extend(integrity_problems(engine))
        finally:
            engine.dispose()
    print(tr("cli", "Databas: {where}").format(where=target.describe()))
    print(
        tr("cli", "Schemaversion: {revision} (programmet: {head})").format(
            revision=probe.revision or "–", head=migrate.head_revision()
        )
    )
    if problems:
        for problem in problems:
            print(tr("cli", "FEL: {problem}").format(problem=problem))
        return EXIT_PROBLEMS_FOUND
    print(tr("cli", "Inga fel hittades."))
    return 0


def cmd_demo_create(args: argparse.Namespace, paths: AppPaths) -> int:
    from ekadm_desktop.services.demo import create_demo_database

    def report(done: int, total: int, message: str) -> None:
        print(f"\r{message:<60} {done * 100 // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)

    summary = create_demo_database(
        args.path,
        backup_dir=paths.backup_dir,
        seed=args.seed,
        calls_scale=args.calls_scale,
        progress=Progress(report),
    )
    print(file=sys.stderr)
    print(tr("cli", "Demodatabasen {path} skapad.").format(path=args.path))
    for year in sorted(summary.customer_invoices):
        print(
            tr("cli", "{year}: {customer} kundfakturor, {supplier} leverantörsfakturor").format(
                year=year,
                customer=f"{summary.customer_invoices[year]:,}".replace(",", " "),
                supplier=f"{summary.supplier_invoices[year]:,}".replace(",", " "),
            )
        )
    print(
        tr(
            "cli",
            "Bemanning 2010: {fte} årsarbetare ({people} personer) per månad. Kundlogg: {log} poster. "
            "Klagomål: {complaints} ({secret} sekretess). Samtal: {calls}.",
        ).format(
            fte=f"{summary.fte_by_month_2010:.1f}".replace(".", ","),
            people=summary.headcount_2010,
            log=summary.log_entries,
            complaints=summary.complaints,
            secret=summary.secret_complaints,
            calls=f"{summary.calls:,}".replace(",", " "),
        )
    )
    return 0


def cmd_info(args: argparse.Namespace, paths: AppPaths) -> int:
    from ekadm_desktop.services.overview import OverviewService

    database = _open(args, paths, create=False)
    try:
        overview = OverviewService(database).overview()
    finally:
        database.dispose()
    kind = f"PostgreSQL {overview.server_version}" if overview.kind == "postgresql" else "SQLite"
    print(tr("cli", "Databas: {where} ({kind})").format(where=overview.where, kind=kind))
    print(tr("cli", "Schemaversion: {revision}").format(revision=overview.schema_revision))
    print(tr("cli", "Användare: {login}").format(login=database.login))
    width = max(len(c.label) for c in overview.counts)
    for count in overview.counts:
        span = f"  {count.first} – {count.last}" if count.first else ""
        print(f"  {count.label:<{width}}  {count.count:>10,}{span}".replace(",", " "))
    return 0


def _retention_months(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.months is not None:
        return int(args.months)
    try:
        return load_settings(paths).retention_months
    except SettingsError as exc:
        # Never purge with a guessed retention time: the purge cannot be undone.
        raise EkadmError(
            tr(
                "cli", "Lagringstiden kan inte läsas ur inställningarna: {error} Ange den med --months N."
            ).format(error=exc.message)
        ) from exc


def _today(args: argparse.Namespace) -> date:
    if args.today is None:
        return date.today()
    try:
        return date.fromisoformat(args.today)
    except ValueError as exc:
        raise ValidationError(
            tr("cli", "Felaktigt datum {value}: skriv det som ÅÅÅÅ-MM-DD.").format(value=args.today),
            field="today",
        ) from exc


def cmd_gdpr_purge(args: argparse.Namespace, paths: AppPaths) -> int:
    from ekadm_desktop.services.retention import RetentionService
    from ekadm_desktop.services.setup import prepare_database

    months = _retention_months(args, paths)
    today = _today(args)
    cutoff = RetentionService.cutoff(today, months)  # checks months before the database is opened
    database = _open(args, paths, create=False)
    try:
        service = RetentionService(database, prepare_database(database))
        candidates = service.candidates(today, months)
        print(
            tr(
                "cli", "Gallring: avslutade klagomål med avslutsdatum före {cutoff} ({months} månader)."
            ).format(cutoff=cutoff.isoformat(), months=months)
        )
        if not candidates:
            print(tr("cli", "Inga klagomål att gallra."))
            print(tr("cli", "Inget ändrades."))
            return 0
        headers = (
            tr("cli", "Ärendenummer"),
            tr("cli", "Avslutad"),
            tr("cli", "Kund"),
            tr("cli", "Uppgifter som gallras"),
        )
        rows = [
            (c.case_number, c.closed_on.isoformat(), c.customer or "–", ", ".join(c.field_labels()) or "–")
            for c in candidates
        ]
        widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(3)]
        for row in (headers, *rows):
            print("  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)), row[3])
        print(tr("cli", "Klagomål att anonymisera: {count}").format(count=len(candidates)))
        if args.dry_run:
            print(tr("cli", "Inget ändrades."))
            return 0
        result = service.purge(today, months)
    finally:
        database.dispose()
    print(
        tr("cli", "Anonymiserade klagomål: {count} (fält: {fields}, händelsetexter: {events}).").format(
            count=result.complaints, fields=result.fields, events=result.event_texts
        )
    )
    return 0


COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace, AppPaths], int]] = {
    ("db", "upgrade"): cmd_db_upgrade,
    ("db", "backup"): cmd_db_backup,
    ("db", "check"): cmd_db_check,
    ("demo", "create"): cmd_demo_create,
    ("info", None): cmd_info,
    ("gdpr", "purge"): cmd_gdpr_purge,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.default()
    with contextlib.suppress(SettingsError):  # a broken settings file is reported by the command itself
        i18n.install(load_settings(paths).language)
    sub = getattr(args, f"{args.command}_command", None)
    commands = dict(COMMANDS)
    for module in _command_modules():
        commands.update(module.COMMANDS)
    command = commands[(args.command, sub)]
    try:
        return command(args, paths)
    except EkadmError as exc:
        print(tr("cli", "ekadm: {message}").format(message=exc.message), file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:  # e.g. a malformed database URL
        print(tr("cli", "ekadm: {message}").format(message=exc), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the output was piped into a reader that stopped reading (e.g. `head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(tr("cli", "ekadm: avbrutet"), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
