"""The tertial summary: every figure equals the services' for the same tertial, outputs read back,
an empty tertial says so per section - on both databases.

Data: the volume/staffing set of ``productivity_data`` (March/April 2010, March 2009), a few
complaints and calls in T1 2010 and T1 2009 (below), nothing in T3.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader
from sqlalchemy import insert, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.models.complaints import Channel, ComplaintType, ErrorCause
from ekadm_desktop.models.phone import Call, CallOutcome, PhoneGroup
from ekadm_desktop.models.reference import Customer, Process
from ekadm_desktop.periods import Month, Tertial
from ekadm_desktop.reports.definitions import REPORTS, ReportParams, build_document, report
from ekadm_desktop.reports.document import Chart, KeyFigures, ReportDocument, Section, Table
from ekadm_desktop.reports.generate import generate
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.phone_rollup import rebuild_rollups
from ekadm_desktop.services.phone_stats import Scope
from tests.unit import productivity_data

T1 = Tertial(2010, 1)
SUMMARY = report("tertial_summary")
A, AB = CallOutcome.ANSWERED, CallOutcome.ABANDONED


@pytest.fixture
def data(database: Database, services: Services) -> dict[str, int]:
    ids = productivity_data.fill(database)
    with database.session() as s:
        processes = list(s.scalars(select(Process.id).order_by(Process.id)))
        north_customers = list(
            s.scalars(select(Customer.id).where(Customer.unit_id == ids.nord).order_by(Customer.id))
        )
        north = PhoneGroup(number="100", name="Nord", unit_id=ids.nord)
        south = PhoneGroup(number="200", name="Syd", unit_id=ids.syd)
        s.add_all([north, south])
        s.flush()
        calls = [
            (north.id, datetime(2010, 3, 1, 9, 5), A, 10.0),
            (north.id, datetime(2010, 3, 1, 9, 10), A, 30.0),
            (north.id, datetime(2010, 3, 2, 10, 0), AB, 40.0),
            (north.id, datetime(2010, 3, 3, 11, 0), A, 5.0),
            (north.id, datetime(2009, 3, 3, 11, 0), A, 10.0),
            (north.id, datetime(2009, 3, 4, 11, 0), A, 12.0),
            (south.id, datetime(2010, 3, 4, 14, 0), A, 8.0),
        ]
        s.execute(
            insert(Call),
            [
                {
                    "source_key": f"c{n}",
                    "group_id": group,
                    "started_at": at,
                    "outcome": outcome,
                    "wait_seconds": wait,
                    "talk_seconds": 60.0 if outcome is A else None,
                }
                for n, (group, at, outcome, wait) in enumerate(calls)
            ],
        )
        s.flush()
        rebuild_rollups(s)
    p1, p2 = processes[0], processes[1]
    c1, c2 = north_customers[0], north_customers[1]
    for customer, day, process, cause in (
        (c1, date(2010, 2, 10), p1, ErrorCause.OWN),
        (c1, date(2010, 4, 20), p2, ErrorCause.CUSTOMER),
        (ids.c, date(2010, 3, 5), p1, ErrorCause.OWN),
        (c2, date(2009, 1, 15), p1, None),
        (c1, date(2010, 5, 2), p1, ErrorCause.OWN),  # T2: not in the summary
    ):
        values: dict[str, object] = {
            "customer_id": customer,
            "channel": Channel.EMAIL,
            "type": ComplaintType.COMPLAINT,
            "description": "Fakturan betalades för sent.",
            "process_id": process,
        }
        if cause is not None:
            values["error_cause"] = cause
        services.complaints.register(
            values, received_at=datetime.combine(day, datetime.min.time()).replace(hour=9)
        )
    return {"nord": ids.nord, "syd": ids.syd, "p1": p1, "p2": p2}


def _section(document: ReportDocument, key: str) -> Section:
    return next(s for s in document.sections if s.key == key)


def _table(section: Section, title: str) -> Table:
    return next(b for b in section.blocks if isinstance(b, Table) and b.title.startswith(title))


def _charts(section: Section) -> list[Chart]:
    return [b for b in section.blocks if isinstance(b, Chart)]


def _names(services: Services) -> dict[int, str]:
    return {c.id: c.label for c in services.admin.choices("unit")}


def test_registered_for_tertials_only(services: Services) -> None:
    assert SUMMARY in REPORTS
    with pytest.raises(ValidationError, match="tertial"):
        build_document(services, SUMMARY, ReportParams(Month(2010, 3)))


def test_complaint_figures_equal_the_service(services: Services, data: dict[str, int]) -> None:
    document = build_document(services, SUMMARY, ReportParams(T1))
    names = _names(services)
    per_unit = _table(_section(document, "complaints_per_unit"), "Klagomål per enhet")
    rows = {r[0]: r[1:] for r in per_unit.rows}
    for uid, name in names.items():
        c = services.complaints.compare_with_last_year(T1, uid)
        assert rows[name] == (c.count, c.previous_count, c.change)
    assert rows[names[data["nord"]]] == (2, 1, 1) and rows[names[data["syd"]]] == (1, 0, 1)
    assert per_unit.totals == ("Totalt", 3, 1, 2)

    process = _table(_section(document, "complaints_per_process"), "Klagomål per process")
    now = {g.label: g.count for g in services.complaints.per_process(T1)}
    before = {g.label: g.count for g in services.complaints.per_process(Tertial(2009, 1))}
    assert [(r[0], r[1], r[2]) for r in process.rows] == [
        (label, now.get(label, 0), before.get(label, 0)) for label, *_ in process.rows
    ]
    assert [(r[1], r[2], r[3]) for r in process.rows] == [(2, 1, 1), (1, 0, 1)]
    assert process.rows[0][4] == pytest.approx(2 / 3)
    assert process.totals is not None and process.totals[1:4] == (3, 1, 2)

    cause = _section(document, "complaints_per_cause")
    table = _table(cause, "Klagomål per felorsak")
    assert [(r[0], r[1], r[2]) for r in table.rows] == [
        ("Eget fel", 2, 0),
        ("Kundens fel", 1, 0),
        ("(ej angiven)", 0, 1),
    ]
    (chart,) = _charts(cause)
    assert chart.categories == ("Eget fel", "Kundens fel", "(ej angiven)")
    assert [s.name for s in chart.series] == ["T1 2009", "T1 2010"]
    assert chart.series[1].values == (2, 1, 0) and chart.series[0].values == (0, 0, 1)


def test_phone_figures_equal_the_service(services: Services, data: dict[str, int]) -> None:
    document = build_document(services, SUMMARY, ReportParams(T1))
    phone = _section(document, "phone")
    names = _names(services)
    offered = _table(phone, "Erbjudna samtal")
    nord, syd = names[data["nord"]], names[data["syd"]]
    assert [r[0] for r in offered.rows] == sorted([nord, syd])
    for row in offered.rows:
        uid = data["nord"] if row[0] == nord else data["syd"]
        c = services.phone_stats.comparison(T1, Scope.unit(uid))
        assert row[1:3] == (c.current.offered, c.last_year.offered)
        assert row[4:6] == (c.current.answered, c.last_year.answered)
    by_name = {r[0]: r for r in offered.rows}
    assert by_name[nord][1:3] == (4, 2) and by_name[syd][1:3] == (1, 0)
    assert by_name[nord][3] == pytest.approx(1.0)  # 4 against 2: +100 %
    assert by_name[syd][3] is None  # no calls a year earlier: no change, not +∞ or 0
    assert offered.totals is not None and offered.totals[1:3] == (5, 2)

    rates = _table(phone, "Svarsfrekvens")
    rate = {r[0]: r for r in (*rates.rows, rates.totals)}
    assert rate[nord][1] == pytest.approx(3 / 4) and rate[nord][2] == pytest.approx(1.0)
    assert rate[nord][3] == pytest.approx(-25.0)  # percentage points
    assert rate[nord][5] == "Under"
    assert rate[syd][2] is None  # no calls in T1 2009: "–", never 100 %
    everything = services.phone_stats.comparison(T1, Scope())
    assert rate["Alla enheter"][1] == pytest.approx(everything.current.answer_rate)
    assert rate[nord][4] == pytest.approx(services.phone_stats.answer_rate_target(2010))

    waits = _table(phone, "Genomsnittlig väntetid")
    assert {r[0]: r[1] for r in waits.rows}[nord] == pytest.approx((10 + 30 + 5) / 3)
    figures = next(b for b in phone.blocks if isinstance(b, KeyFigures))
    assert figures.items[2].value == 5 and figures.items[2].note == "T1 2009: 2"
    charts = _charts(phone)
    assert len(charts) == 3
    assert charts[1].target == services.phone_stats.answer_rate_target(2010)
    assert charts[1].series[1].values[-1] == pytest.approx(everything.current.answer_rate)


def test_productivity_and_volume_figures_equal_the_indicator_book(
    services: Services, data: dict[str, int]
) -> None:
    document = build_document(services, SUMMARY, ReportParams(T1))
    book = services.indicators.load(2010, 2010)
    names = _names(services)
    productivity = _section(document, "productivity")
    customer = _table(productivity, "Kundfakturor per årsarbetare")
    expected = {
        r.unit_name: r for r in book.productivity(T1) if r.indicator == "customer_invoices_per_fte_month"
    }
    for row in (*customer.rows, customer.totals):
        assert row is not None
        wanted = expected[str(row[0])]
        assert row[1] == wanted.value and row[2] == wanted.comparison.last_year and row[6] == wanted.fte
    rows = {r[0]: r for r in customer.rows}
    # Nord: March 10,000 + 4,000 of A and B; April A's 10,000 and C's 6,000 (Syd has no FTE in April:
    # counted at the owning unit) over 3.2 + 4.0 FTE-months. A year earlier: 8,000 / 2.0.
    assert rows[names[data["nord"]]][1] == pytest.approx(30000 / 7.2)
    assert rows[names[data["nord"]]][2] == pytest.approx(4000)
    assert rows[names[data["syd"]]][1] == pytest.approx(6000 / 1.4)
    assert customer.totals is not None and customer.totals[1] == pytest.approx(36000 / 8.6)
    target = book.targets(2010).target("customer_invoices_per_fte_month")
    chart = _charts(productivity)[0]
    assert chart.target == target and chart.categories[-1] == "Alla enheter"

    volumes = _section(document, "volumes")
    invoices = _table(volumes, "Fakturor per process")
    assert [(r[0], r[1], r[2]) for r in invoices.rows] == [
        ("Kundreskontra", 36000, 8000),
        ("Leverantörsreskontra", 8000, 0),
    ]
    assert invoices.rows[0][3] == pytest.approx(36000 / 8000 - 1)
    assert invoices.rows[1][3] is None
    fte = _table(volumes, "Årsarbetare per process")
    assert fte.rows[0][1] == pytest.approx(8.6 / 2) and fte.rows[0][2] == pytest.approx(2.0)
    (chart,) = _charts(volumes)
    assert chart.series[1].values == (36000, 8000)


def test_one_unit(services: Services, data: dict[str, int]) -> None:
    document = build_document(services, SUMMARY, ReportParams(T1, unit_id=data["syd"]))
    names = _names(services)
    assert document.scope == names[data["syd"]]
    offered = _table(_section(document, "phone"), "Erbjudna")
    assert [r[:3] for r in offered.rows] == [(names[data["syd"]], 1, 0)] and offered.totals is None
    process = _table(_section(document, "complaints_per_process"), "Klagomål per process")
    assert [(r[1], r[2]) for r in process.rows] == [(1, 0)]
    customer = _table(_section(document, "productivity"), "Kundfakturor per årsarbetare")
    assert [r[0] for r in customer.rows] == [names[data["syd"]]] and customer.totals is None
    invoices = _table(_section(document, "volumes"), "Fakturor per process")
    assert invoices.rows[0][1:3] == (6000, 0)  # C's March invoices; April's count at Nord


def test_a_tertial_without_data_says_so_per_section(services: Services, data: dict[str, int]) -> None:
    document = build_document(services, SUMMARY, ReportParams(Tertial(2010, 3)))
    assert [s.key for s in document.sections] == [s.key for s in SUMMARY.section_list()]
    for section in document.sections:
        assert section.is_empty, section.key
        assert "T3 2010" in section.empty_message
    assert document.charts() == []


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_outputs_read_back(services: Services, data: dict[str, int], tmp_path: Path) -> None:
    document = build_document(services, SUMMARY, ReportParams(T1))
    pdf, xlsx, pptx = generate(services, SUMMARY, ReportParams(T1), ("pdf", "xlsx", "pptx"), tmp_path)
    assert pdf.name == "Tertialsammanställning 2010-T1 Alla enheter.pdf"

    reader = PdfReader(pdf)
    text = _plain("\n".join(page.extract_text() for page in reader.pages))
    for section in document.sections:
        assert section.title in text
    assert "T1 2010 (jan–apr)" in text
    assert "36 000" in text and "8 000" in text  # customer-ledger invoices, this and last year
    assert "4 166,7" in text  # Nord's customer invoices per FTE
    assert "75,0 %" in text  # Nord's answer rate
    outline = {o.title: reader.get_destination_page_number(o) for o in reader.outline}
    assert list(outline) == [s.title for s in document.sections]
    assert outline["Volymer per process"] > outline["Klagomål per enhet"] >= 2  # not all on page 1

    book = load_workbook(xlsx)
    assert book.sheetnames == [s.title for s in document.sections]
    sheet = book["Volymer per process"]
    invoices, *_, fte = [r for r in sheet.iter_rows(values_only=True) if r[0] == "Kundreskontra"]
    assert invoices[1:3] == (36000, 8000)  # real numbers, not text
    assert fte[1:3] == (pytest.approx(4.3), pytest.approx(2.0))
    assert sum(len(book[name]._charts) for name in book.sheetnames) == len(document.charts())

    slides = Presentation(str(pptx)).slides
    charts = [shape.chart for slide in slides for shape in slide.shapes if shape.has_chart]
    assert len(charts) == len(document.charts())
    titles = [slide.shapes.title.text for slide in slides if slide.shapes.title is not None]
    assert any(t.startswith("Fakturor per process, T1 2010") for t in titles)
    volume_chart = charts[-1]
    assert [tuple(s.values) for s in volume_chart.plots[0].series][-1] == (36000, 8000)
