"""`ekadm report list` and `ekadm report run NAME --period … --format pdf,xlsx,pptx --out DIR`,
so the monthly appendix can be scheduled. A preset (``--preset NAME``) supplies what is not given."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.periods import parse_period
from ekadm_desktop.progress import Progress
from ekadm_desktop.settings import AppPaths


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = commands.add_parser("report", help="rapporter: lista och skapa (PDF, Excel, PowerPoint)")
    sub = group.add_subparsers(dest="report_command", required=True, metavar="RAPPORT-KOMMANDO")
    sub.add_parser("list", help="visa rapporterna och de sparade förvalen")
    run = sub.add_parser("run", help="skapa en rapport")
    run.add_argument(
        "name", metavar="NAMN", nargs="?", help="rapportens nyckel eller namn (se `ekadm report list`)"
    )
    run.add_argument("--period", metavar="PERIOD", help="2010-T1, 2010-03, 2010-W12 eller 2010")
    run.add_argument("--unit", type=int, metavar="ID", help="enhetens id")
    run.add_argument("--customer", type=int, metavar="ID", help="kundens id")
    run.add_argument("--preset", metavar="NAMN", help="ett sparat förval")
    run.add_argument("--format", default=None, metavar="FORMAT", help="pdf,xlsx,pptx (standard: pdf)")
    run.add_argument("--out", type=Path, default=Path("."), metavar="MAPP", help="mapp för filerna")
    run.add_argument("--next", action="store_true", help="förvalets period följd av nästa period")


def cmd_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from ekadm_desktop.reports.definitions import PERIOD_KIND_EXAMPLES, REPORTS
    from ekadm_desktop.reports.presets import PresetStore

    for definition in REPORTS:
        kinds = ", ".join(PERIOD_KIND_EXAMPLES[k] for k in definition.period_kinds)
        needs = tr("cli", " (kräver --unit)") if definition.needs_unit else ""
        print(f"{definition.key:24} {tr('reports', definition.title)} – {kinds}{needs}")
        for section in definition.section_list():
            print(f"    {section.key:22} {tr('reports', section.title)}")
    presets = PresetStore.load(paths).presets
    if presets:
        print(tr("cli", "Förval:"))
        for preset in presets.values():
            print(f"    {preset.name:22} {preset.report} {preset.period} {','.join(preset.formats)}")
    return 0


def cmd_run(args: argparse.Namespace, paths: AppPaths) -> int:
    from ekadm_desktop.cli import open_for_command
    from ekadm_desktop.reports.definitions import ReportParams, report
    from ekadm_desktop.reports.generate import generate
    from ekadm_desktop.reports.presets import PresetStore
    from ekadm_desktop.services.bundle import build_services
    from ekadm_desktop.services.setup import prepare_database

    preset = PresetStore.load(paths).get(args.preset) if args.preset else None
    if preset is not None and args.next:
        preset = preset.next_period()
    name = args.name or (preset.report if preset else None)
    if not name:
        raise ValidationError(tr("cli", "Ange rapporten (NAMN) eller --preset."))
    definition = report(name)
    period_text = args.period or (preset.period if preset else None)
    if not period_text:
        raise ValidationError(tr("cli", "Ange --period, t.ex. 2010-03."))
    period = parse_period(period_text)
    unit = args.unit if args.unit is not None else (preset.unit_id if preset else None)
    customer = args.customer if args.customer is not None else (preset.customer_id if preset else None)
    sections = preset.sections if preset and preset.report == definition.key else ()
    formats_text = args.format or (",".join(preset.formats) if preset else "pdf")
    formats = [f.strip().lower() for f in formats_text.split(",") if f.strip()]
    params = ReportParams(period, unit, customer, tuple(sections))
    definition.check(params)
    database = open_for_command(args, paths)
    try:
        services = build_services(database, prepare_database(database))

        def show(done: int, total: int, message: str) -> None:
            if message:
                print(f"\r{message[:60]:60}", end="", file=sys.stderr, flush=True)

        written = generate(services, definition, params, formats, args.out, Progress(show))
        print(file=sys.stderr)
    finally:
        database.dispose()
    for path in written:
        print(path)
    return 0


COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace, AppPaths], int]] = {
    ("report", "list"): cmd_list,
    ("report", "run"): cmd_run,
}
