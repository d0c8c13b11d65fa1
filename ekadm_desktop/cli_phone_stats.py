"""`ekadm phone stats --from DATE --to DATE [--group NUMBER | --unit ID] [--by GRAIN] --format json|table`.

Registered under `ekadm phone` by ``cli_phone.py`` (``add_stats_parser``). JSON keys are those of
``phone_stats.JSON_KEYS``; rates are fractions and a period without calls has ``null`` rates.
Without ``--by`` the output is one object, with ``--by`` a list of objects that also carry
``period`` (its key) and ``from``/``to``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.i18n import tr
from ekadm_desktop.reports.chart_style import format_int, format_percent, format_seconds
from ekadm_desktop.services.phone_stats import PhoneFigures, PhoneStatsService, Scope
from ekadm_desktop.settings import AppPaths


def add_stats_parser(phone_subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    stats = phone_subparsers.add_parser(
        "stats", help="telefonstatistik för en period (från samtalens sammanställning)"
    )
    stats.add_argument(
        "--from", dest="date_from", required=True, metavar="DATUM", help="första dagen, ÅÅÅÅ-MM-DD"
    )
    stats.add_argument("--to", dest="date_to", required=True, metavar="DATUM", help="sista dagen, ÅÅÅÅ-MM-DD")
    scope = stats.add_mutually_exclusive_group()
    scope.add_argument("--group", metavar="NUMMER", help="gruppnumret")
    scope.add_argument("--unit", type=int, metavar="ID", help="enhetens id")
    stats.add_argument(
        "--by", choices=("day", "week", "month", "tertial"), help="en rad per dag, vecka, månad eller tertial"
    )
    stats.add_argument(
        "--format", choices=("json", "table"), default="table", help="json eller table (standard)"
    )


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(
            tr("cli", "{option}: {text} är inget datum, ange ÅÅÅÅ-MM-DD.").format(option=option, text=text),
            field=option,
        ) from exc


def cmd_phone_stats(args: argparse.Namespace, paths: AppPaths) -> int:
    from ekadm_desktop.cli import open_for_command
    from ekadm_desktop.services.setup import prepare_database

    first, last = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if last < first:
        raise ValidationError(
            tr("cli", "--to ({last}) är före --from ({first}).").format(last=last, first=first)
        )
    database = open_for_command(args, paths)
    try:
        service = PhoneStatsService(database, prepare_database(database))
        scope = Scope()
        if args.group:
            scope = service.group_scope(args.group)
        elif args.unit is not None:
            scope = Scope.unit(args.unit)
        if args.by:
            points = [(p.key, p.figures) for p in service.series(first, last, args.by, scope)]
        else:
            points = [("", service.figures(first, last, scope))]
    finally:
        database.dispose()
    if args.format == "json":
        if args.by:
            print(json.dumps([_json(f, key) for key, f in points], ensure_ascii=False, indent=2))
        else:
            print(json.dumps(_json(points[0][1]), ensure_ascii=False, indent=2))
    else:
        print(_table(points))
    return 0


def _json(figures: PhoneFigures, key: str = "") -> dict[str, Any]:
    head: dict[str, Any] = {"period": key, "from": figures.first.isoformat(), "to": figures.last.isoformat()}
    return {**(head if key else {}), **figures.as_dict()}


def _table(points: list[tuple[str, PhoneFigures]]) -> str:
    headers = [
        tr("cli", "Period"),
        tr("cli", "Erbjudna"),
        tr("cli", "Besvarade"),
        tr("cli", "Avhopp"),
        tr("cli", "Korta"),
        tr("cli", "Svarsfrekv."),
        tr("cli", "Avhopp %"),
        tr("cli", "Snittvänt."),
        tr("cli", "Längsta"),
        tr("cli", "Servicenivå"),
        tr("cli", "Mest belastad"),
    ]
    rows = [
        [
            key or f"{f.first.isoformat()}–{f.last.isoformat()}",
            format_int(f.offered),
            format_int(f.answered),
            format_int(f.abandoned),
            format_int(f.short_abandoned),
            format_percent(f.answer_rate),
            format_percent(f.abandonment_rate),
            format_seconds(f.asa_seconds),
            format_seconds(f.longest_wait_seconds),
            format_percent(f.service_level),
            f.busiest_hour or "–",
        ]
        for key, f in points
    ]
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = [
        "  ".join(
            h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths, strict=True))
        )
    ]
    for row in rows:
        lines.append(
            "  ".join(
                v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    threshold = points[0][1].service_level_threshold_seconds if points else 20
    lines.append(
        tr(
            "cli",
            "Servicenivå: besvarade inom {t} s / besvarade. Svarsfrekvens: besvarade / (erbjudna − korta avhopp).",
        ).format(t=threshold)
    )
    return "\n".join(lines)


COMMANDS = {("phone", "stats"): cmd_phone_stats}
