"""The monthly phone report and the unit meeting's phone section: every figure is the service's
figure for the same period, checked against hand-computed values, and read back from PDF, Excel and
PowerPoint; a month without calls says so. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader
from sqlalchemy import insert

from ekadm_desktop.cli import main
from ekadm_desktop.db.database import Database
from ekadm_desktop.models.phone import Call, CallOutcome, IntervalAggregate, PhoneGroup
from ekadm_desktop.models.reference import Unit
from ekadm_desktop.periods import IsoWeek, Month
from ekadm_desktop.reports.definitions import ReportParams, build_document, report
from ekadm_desktop.reports.document import Chart, KeyFigures, ReportDocument, Section, Table, Text
from ekadm_desktop.reports.generate import render
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.demo import create_demo_database
from ekadm_desktop.services.phone_rollup import rebuild_rollups
from ekadm_desktop.services.phone_stats import Comparison, PhoneFigures, Scope

A, AB = CallOutcome.ANSWERED, CallOutcome.ABANDONED
MARCH = Month(2010, 3)
NBSP = "\u00a0"

# Enhet Alfa's calls (1 March 2010 is a Monday; 6 March a Saturday): (start, outcome, wait)
NORD_CALLS = [
    (datetime(2010, 3, 1, 9, 5), A, 10.0),
    (datetime(2010, 3, 1, 9, 20), A, 30.0),
    (datetime(2010, 3, 1, 9, 40), AB, 3.0),  # a short abandon
    (datetime(2010, 3, 2, 10, 10), A, 15.0),
    (datetime(2010, 3, 2, 10, 30), AB, 40.0),
    (datetime(2010, 3, 3, 14, 0), A, 5.0),
    (datetime(2010, 3, 6, 11, 0), A, 20.0),  # a Saturday
    (datetime(2010, 3, 31, 9, 10), A, 8.0),
    (datetime(2010, 2, 10, 9, 0), A, 12.0),  # the month before
    (datetime(2009, 3, 10, 11, 0), AB, 50.0),  # a year earlier
]
# Enhet Beta's interval aggregates: (start, offered, answered, abandoned, within 20 s, wait total, longest)
SYD_INTERVALS = [
    (datetime(2010, 3, 2, 8, 0), 30, 28, 2, 25, 280.0, 60.0),
    (datetime(2010, 3, 4, 13, 0), 20, 19, 1, 15, 380.0, 45.0),
]
LABELS = {
    "Erbjudna": "offered",
    "Besvarade": "answered",
    "Avhopp": "abandoned",
    "Korta avhopp (högst 5 s)": "short_abandoned",
    "Svarsfrekvens (exkl. korta avhopp)": "answer_rate",
    "Andel avhopp": "abandonment_rate",
    "Servicenivå 20 s (hanterade)": "service_level",
    "Genomsnittlig väntetid till svar": "asa_seconds",
    "Längsta väntetid": "longest_wait_seconds",
    "Mest belastade timme": "busiest_hour",
}


@pytest.fixture
def units(database: Database) -> dict[str, int]:
    with database.session() as s:
        nord, syd = Unit(code="TA", name="Enhet Alfa"), Unit(code="TB", name="Enhet Beta")
        s.add_all([nord, syd])
        s.flush()
        g1 = PhoneGroup(number="100", name="Alfa växel", unit_id=nord.id)
        g2 = PhoneGroup(number="200", name="Beta växel", unit_id=syd.id)
        s.add_all([g1, g2])
        s.flush()
        s.execute(
            insert(Call),
            [
                {
                    "source_key": f"n{i}",
                    "group_id": g1.id,
                    "started_at": at,
                    "outcome": outcome,
                    "wait_seconds": wait,
                    "talk_seconds": 90.0 if outcome is A else None,
                }
                for i, (at, outcome, wait) in enumerate(NORD_CALLS)
            ],
        )
        for start, offered, answered, abandoned, within, wait, longest in SYD_INTERVALS:
            s.add(
                IntervalAggregate(
                    group_id=g2.id,
                    interval_start=start,
                    interval_minutes=30,
                    offered=offered,
                    answered=answered,
                    abandoned=abandoned,
                    short_abandoned=0,
                    answered_within_threshold=within,
                    wait_seconds_total=wait,
                    longest_wait_seconds=longest,
                )
            )
        s.flush()
        rebuild_rollups(s)
        return {"nord": nord.id, "syd": syd.id}


def _document(services: Services, period: Month, unit_id: int | None = None) -> ReportDocument:
    return build_document(services, report("phone_monthly"), ReportParams(period, unit_id=unit_id))


def _pdf_text(path: Path) -> str:
    """The PDF's text with no-break spaces as plain ones (how pypdf may give them back)."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace(NBSP, " ")


def _section(document: ReportDocument, key: str) -> Section:
    return next(s for s in document.sections if s.key == key)


def _value(figures: PhoneFigures, field: str) -> object:
    return getattr(figures, field)


def _check_comparison_tables(section: Section, expected: dict[str, Comparison]) -> int:
    """Every value of the key-figure tables against the service; returns the values checked."""
    checked = 0
    for table in section.blocks:
        assert isinstance(table, Table)
        several = table.columns[0].title == "Enhet"
        for row in table.rows:
            scope, rest = (str(row[0]), row[1:]) if several else (next(iter(expected)), row)
            field = LABELS[str(rest[0])] if len(rest) == 4 else "busiest_hour"
            c = expected[scope]
            assert row[-3:] == (
                _value(c.current, field),
                _value(c.previous, field),
                _value(c.last_year, field),
            ), (scope, field)
            checked += 3
    return checked


def test_every_figure_is_the_services(services: Services, units: dict[str, int]) -> None:
    stats = services.phone_stats
    document = _document(services, MARCH)
    assert document.title == "Telefonstatistik per månad" and document.subtitle == "Alla enheter, mars 2010"
    assert [s.key for s in document.sections] == [
        "overview",
        "key_figures",
        "trend",
        "daily",
        "heat_map",
        "definitions",
    ]
    scopes = {
        "Enhet Alfa": Scope.unit(units["nord"]),
        "Enhet Beta": Scope.unit(units["syd"]),
        "Alla enheter": Scope(),
    }
    expected = {name: stats.comparison(MARCH, scope) for name, scope in scopes.items()}
    # Hand-computed: Nord 6 answered of 8 offered with one short abandon, Syd 47 of 50.
    nord, syd, total = (expected[n].current for n in scopes)
    assert (nord.offered, nord.answered, nord.abandoned, nord.short_abandoned) == (8, 6, 2, 1)
    assert nord.answer_rate == pytest.approx(6 / 7) and nord.service_level == pytest.approx(5 / 6)
    assert nord.asa_seconds == pytest.approx(88 / 6) and nord.longest_wait_seconds == 40.0
    assert syd.answer_rate == pytest.approx(0.94) and syd.asa_seconds == pytest.approx(660 / 47)
    assert (total.offered, total.answered) == (58, 53) and total.answer_rate == pytest.approx(53 / 57)
    assert expected["Enhet Alfa"].previous.answer_rate == 1.0
    assert expected["Enhet Alfa"].last_year.answer_rate == 0.0

    overview = _section(document, "overview")
    assert [b.title for b in overview.blocks] == [f"{name}, mars 2010" for name in scopes]
    for block in overview.blocks:
        assert isinstance(block, KeyFigures)
        c = expected[block.title.split(",")[0]]
        rate, level, offered, asa = block.items
        assert (rate.value, rate.target) == (c.current.answer_rate, 0.90)
        assert (level.value, level.target) == (c.current.service_level, 0.80)
        assert (offered.value, asa.value) == (c.current.offered, c.current.asa_seconds)
    statuses = {
        b.title.split(",")[0]: b.items[0].status for b in overview.blocks if isinstance(b, KeyFigures)
    }
    assert statuses == {"Enhet Alfa": "amber", "Enhet Beta": "green", "Alla enheter": "green"}
    nord_rate = overview.blocks[0].items[0]  # type: ignore[union-attr]
    assert nord_rate.note == f"Status: Nära\nfebruari 2010: 100,0{NBSP}% ·\nmars 2009: 0,0{NBSP}%"

    assert _check_comparison_tables(_section(document, "key_figures"), expected) == 3 * 3 * 10

    (chart, table) = _section(document, "trend").blocks
    assert isinstance(chart, Chart) and isinstance(table, Table)
    assert chart.categories[0] == "apr" and chart.categories[-3:] == ("jan", "feb", "mar")
    assert "april 2009 – mars 2010" in chart.title
    assert chart.target == 0.90 and chart.value_format == "percent"
    for series, scope in zip(chart.series, scopes.values(), strict=True):
        points = stats.series(date(2009, 4, 1), MARCH.end, "month", scope)
        assert series.values == tuple(p.figures.answer_rate for p in points)
    assert chart.series[0].values[-2] == 1.0 and chart.series[0].values[-1] == pytest.approx(6 / 7)
    assert chart.series[0].values[0] is None  # April 2009 had no calls: no rate, not 0 %
    assert table.rows[-1] == ("mars 2010", *(s.values[-1] for s in chart.series))

    (daily,) = _section(document, "daily").blocks
    assert isinstance(daily, Chart)
    days = stats.series(MARCH.start, MARCH.end, "day")
    shown = [p for p in days if p.figures.offered or p.figures.first.weekday() < 5]
    assert daily.categories == tuple(str(p.figures.first.day) for p in shown)
    assert "6" in daily.categories and "7" not in daily.categories  # Saturday with calls, Sunday without
    assert daily.series[0].values == tuple(p.figures.offered for p in shown)
    assert daily.series[1].values == tuple(p.figures.answered for p in shown)
    assert daily.series[0].values[:4] == (3, 32, 1, 20)

    (heat,) = _section(document, "heat_map").blocks
    assert isinstance(heat, Chart) and heat.kind == "heatmap"
    grid = stats.heat_map(MARCH.start, MARCH.end)
    assert heat.categories == tuple(f"{h:02d}" for h in range(8, 15))
    assert [s.name for s in heat.series] == ["mån", "tis", "ons", "tor", "fre", "lör", "sön"]
    for weekday, series in enumerate(heat.series):
        assert series.values == tuple(grid.values[weekday][h] for h in range(8, 15))
    assert heat.series[1].values[0] == 30  # Tuesday 08–09: Syd's first interval

    texts = _section(document, "definitions").blocks
    assert all(isinstance(t, Text) and len(t.paragraphs) <= 4 for t in texts)  # a slide each
    joined = " ".join(p for t in texts if isinstance(t, Text) for p in t.paragraphs)
    assert "Svarsfrekvens (exkl. korta avhopp): Besvarade / (erbjudna − korta avhopp)" in joined
    assert "Servicenivå 20 s (hanterade)" in joined and f"svarsfrekvens 90{NBSP}%" in joined


def test_one_unit_rendered_and_read_back(services: Services, units: dict[str, int], tmp_path: Path) -> None:
    document = _document(services, MARCH, units["syd"])
    assert document.subtitle == "Enhet Beta, mars 2010"
    expected = {"Enhet Beta": services.phone_stats.comparison(MARCH, Scope.unit(units["syd"]))}
    assert _check_comparison_tables(_section(document, "key_figures"), expected) == 3 * 10
    (figures,) = _section(document, "overview").blocks
    assert isinstance(figures, KeyFigures) and figures.items[0].value == pytest.approx(0.94)

    pdf = render(document, "pdf", tmp_path / "r.pdf")
    text = _pdf_text(pdf)
    for title in (
        "Månaden mot målen",
        "Nyckeltal mot tidigare perioder",
        "Trend för svarsfrekvensen",
        "Samtal per dag",
        "Samtal per timme och veckodag",
        "Definitioner",
    ):
        assert title in text
    assert "94,0 %" in text and "Enhet Beta" in text and "0:14" in text  # ASA 660 / 47 s

    book = load_workbook(render(document, "xlsx", tmp_path / "r.xlsx"))
    assert "Månaden mot målen" in book.sheetnames
    sheet = book["Månaden mot målen"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    rate = sheet.cell(row=cells["Svarsfrekvens (exkl. korta avhopp)"].row, column=2)
    assert rate.value == pytest.approx(0.94) and rate.number_format == "0.0%"
    asa = sheet.cell(row=cells["Genomsnittlig väntetid till svar"].row, column=2)
    assert asa.number_format == "[m]:ss"  # a duration (a fraction of a day), read back as one
    assert isinstance(asa.value, timedelta)
    assert asa.value.total_seconds() == pytest.approx(660 / 47, abs=1e-3)
    numbers = [
        c.value
        for row in book["Nyckeltal mot tidigare perioder"].iter_rows()
        for c in row
        if isinstance(c.value, int)
    ]
    assert 50 in numbers and 47 in numbers  # offered and answered as numbers, not text
    assert book["Trend för svarsfrekvensen"]._charts  # a native Excel chart

    deck = Presentation(str(render(document, "pptx", tmp_path / "r.pptx")))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    trend = next(c for c in charts if c.plots[0].series[0].name == "Enhet Beta")
    values = list(trend.plots[0].series[0].values)
    assert values[-1] == pytest.approx(0.94) and values[0] is None
    daily = charts[-1]
    assert [s.name for s in daily.plots[0].series] == ["Erbjudna", "Besvarade"]
    assert 30.0 in list(daily.plots[0].series[0].values)


def test_a_month_without_calls_says_so(services: Services, units: dict[str, int], tmp_path: Path) -> None:
    document = _document(services, Month(2010, 6))
    for key in ("overview", "key_figures", "trend", "daily", "heat_map"):
        section = _section(document, key)
        assert section.is_empty and section.empty_message == "Inga samtal under juni 2010 (Alla enheter)."
    assert not _section(document, "definitions").is_empty
    pdf = render(document, "pdf", tmp_path / "empty.pdf")
    text = _pdf_text(pdf)
    assert text.count("Inga samtal under juni 2010") == 5
    assert " 0,0 %" not in text and "100,0 %" not in text


def test_the_unit_meeting_shows_last_months_phone_figures(services: Services, units: dict[str, int]) -> None:
    pack = report("unit_meeting")
    first = build_document(services, pack, ReportParams(IsoWeek(2010, 14), unit_id=units["nord"]))
    section = _section(first, "phone_statistics")  # Wednesday 7 April: the first meeting of April
    assert section.title == "Telefonstatistik mars 2010"
    expected = {"Enhet Alfa": services.phone_stats.comparison(MARCH, Scope.unit(units["nord"]))}
    figures, *tables, chart = section.blocks
    assert isinstance(figures, KeyFigures) and figures.items[0].value == pytest.approx(6 / 7)
    assert figures.items[0].status == "amber"  # 85,7 % is within 5 % of 90 %
    assert _check_comparison_tables(Section("t", "t", tuple(tables)), expected) == 3 * 10
    assert isinstance(chart, Chart) and chart.series[0].values[-1] == pytest.approx(6 / 7)
    agenda = _section(first, "agenda").blocks[0]
    assert isinstance(agenda, Text) and "Telefonstatistik förra månaden" in agenda.paragraphs

    later = build_document(services, pack, ReportParams(IsoWeek(2010, 15), unit_id=units["nord"]))
    section = _section(later, "phone_statistics")
    assert section.is_empty and "månadens första enhetsmöte" in section.empty_message
    agenda = _section(later, "agenda").blocks[0]
    assert isinstance(agenda, Text) and "Telefonstatistik förra månaden" not in agenda.paragraphs

    quiet = build_document(services, pack, ReportParams(IsoWeek(2010, 27), unit_id=units["nord"]))
    assert _section(quiet, "phone_statistics").empty_message == "Inga samtal under juni 2010 (Enhet Alfa)."


def test_cli_run_on_a_demo_database(tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    create_demo_database(demo, backup_dir=tmp_path / "backups", calls_scale=0.01)
    out = tmp_path / "ut"
    out.mkdir()
    argv = ["--database", str(demo), "report", "run", "phone_monthly", "--period", "2010-03"]
    assert main([*argv, "--format", "pdf,xlsx,pptx", "--out", str(out)]) == 0
    stem = "Telefonstatistik per månad 2010-03 Alla enheter"
    assert sorted(p.name for p in out.iterdir()) == [f"{stem}.{s}" for s in ("pdf", "pptx", "xlsx")]
    text = _pdf_text(out / f"{stem}.pdf")
    assert "Svarsfrekvens (exkl. korta avhopp)" in text and "Inga samtal" not in text
