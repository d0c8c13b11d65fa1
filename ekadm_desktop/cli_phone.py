"""`ekadm phone import FILE [--profile NAME|PATH] [--group NUMBER] [--period YYYY-MM]` prints the
import report; `ekadm phone stats` (from ``cli_phone_stats``) prints the figures."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ekadm_desktop.i18n import tr
from ekadm_desktop.settings import AppPaths

EXIT_ERROR = 2


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = commands.add_parser("phone", help="telefonstatistik: import av växelns exportfiler och nyckeltal")
    phone_commands = group.add_subparsers(dest="phone_command", required=True, metavar="TELEFON-KOMMANDO")
    run = phone_commands.add_parser(
        "import", help="importera en exportfil från växeln och visa importrapporten"
    )
    run.add_argument("file", metavar="FIL", type=Path)
    run.add_argument(
        "--profile", metavar="NAMN|SÖKVÄG", help="importprofil (standard: känns igen automatiskt)"
    )
    run.add_argument("--group", metavar="NUMMER", help="gruppnumret när filen inte har något")
    run.add_argument("--period", metavar="ÅÅÅÅ-MM", help="perioden för intervallstatistik utan datum")
    run.add_argument(
        "--replace-period", action="store_true", help="ersätt tidigare intervallstatistik för perioden"
    )
    run.add_argument("--rejected", metavar="FIL", type=Path, help="spara avvisade rader i denna CSV-fil")
    from ekadm_desktop.cli_phone_stats import add_stats_parser

    add_stats_parser(phone_commands)


def cmd_phone_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from ekadm_desktop.cli import open_for_command
    from ekadm_desktop.services.phone_import import PhoneImportService
    from ekadm_desktop.services.setup import prepare_database

    database = open_for_command(args, paths)
    try:
        user = prepare_database(database)
        service = PhoneImportService(database, user, profile_dir=paths.config_dir / "phone_profiles")
        report = service.import_file(
            args.file,
            args.profile,
            group=args.group,
            period=args.period,
            replace_period=args.replace_period,
        )
    finally:
        database.dispose()
    print(report.as_text())
    if args.rejected is not None and report.rejected:
        report.save_rejected(args.rejected)
        print(tr("cli", "Avvisade rader sparade i {path}").format(path=args.rejected))
    if report.imported == 0 and report.rejected and not report.skipped_identical:
        print(tr("cli", "Inga rader kunde importeras."), file=sys.stderr)
        return EXIT_ERROR
    return 0


def _stats(args: argparse.Namespace, paths: AppPaths) -> int:
    from ekadm_desktop.cli_phone_stats import cmd_phone_stats

    return cmd_phone_stats(args, paths)


COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace, AppPaths], int]] = {
    ("phone", "import"): cmd_phone_import,
    ("phone", "stats"): _stats,
}
