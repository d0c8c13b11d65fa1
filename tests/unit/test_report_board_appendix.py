"""The board appendix and the unit meeting's month against targets: every figure is the services'.

Built from the hand-made data set in ``productivity_data`` (March 2010: Nord's customers A and B have
14 000 customer invoices over 3.2 FTE = 4 375 per FTE; all units 20 000 over 4.6 FTE), on both
databases, then rendered to PDF, Excel and PowerPoint and read back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from ekadm_desktop.periods import IsoWeek, Month
from ekadm_desktop.reports.definitions import ReportParams, build_document, report
from ekadm_desktop.reports.definitions.board_appendix import shown_status, volume_totals
from ekadm_desktop.reports.document import Chart, KeyFigures, ReportDocument, Section, Table, Text
from ekadm_desktop.reports.generate import render
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.staffing_need import staffing_need
from tests.unit import productivity_data
from tests.unit.productivity_data import Ids

MARCH = Month(2010, 3)
LAST_MARCH = Month(2009, 3)


@pytest.fixture
def ids(services: Services) -> Ids:
    return productivity_data.fill(services.db)


def _document(services: Services, period: Month = MARCH, unit_id: int | None = None) -> ReportDocument:
    return build_document(services, report("board_appendix"), ReportParams(period, unit_id=unit_id))


def _section(document: ReportDocument, key: str) -> Section:
    return next(s for s in document.sections if s.key == key)


def _tables(section: Section) -> list[Table]:
    return [b for b in section.blocks if isinstance(b, Table)]


def test_every_figure_is_the_services(services: Services, ids: Ids) -> None:
    document = _document(services)
    assert (document.title, document.subtitle) == ("Bilaga till servicenämnden", "Alla enheter, mars 2010")
    assert [s.key for s in document.sections] == [
        "summary",
        "volumes",
        "productivity",
        "electronic_share",
        "counts",
        "revenue",
        "staffing",
    ]
    book = services.indicators.load(2010, 2010)

    # Summary: the month is not locked; the totals with their targets and statuses.
    status, figures, revenue_figures = _section(document, "summary").blocks
    assert isinstance(status, Text) and status.paragraphs == (
        "Mars 2010 är inte låst – preliminära siffror som kan ändras.",
    )
    assert isinstance(figures, KeyFigures) and isinstance(revenue_figures, KeyFigures)
    customer_ledger, supplier_ledger, cl_share, sl_share = figures.items
    assert customer_ledger.value == pytest.approx(20000 / 4.6) and customer_ledger.target == 4300
    assert customer_ledger.status == "green" and customer_ledger.note.startswith("Uppnått · mars 2009: 4")
    assert supplier_ledger.value == pytest.approx(8000 / 3.0) and supplier_ledger.status == "green"
    total_share = book.shares(MARCH)[-1]
    assert cl_share.value == total_share.customer_share.value == pytest.approx(16000 / 20000)
    assert sl_share.value == total_share.supplier_share.value == pytest.approx(6000 / 8000)
    revenue = services.revenue.revenue(MARCH)
    assert revenue_figures.items[0].value == revenue.total
    last_year = services.revenue.revenue(LAST_MARCH)
    assert revenue_figures.items[1].value == (last_year.total if last_year.lines else None)

    # Productivity: a table per ledger, every row the service's.
    rows = book.productivity(MARCH)
    cl_table, sl_table = _tables(_section(document, "productivity"))
    assert cl_table.title == "Kundfakturor per årsarbetare och månad, mål 4\u00a0300"
    for table, indicator_rows in ((cl_table, rows[: len(rows) // 2]), (sl_table, rows[len(rows) // 2 :])):
        assert table.rows == tuple(
            (r.unit_name, r.invoices, r.fte, r.value, r.comparison.last_year, shown_status(r))
            for r in indicator_rows
        )
    by_unit = {row[0]: row for row in cl_table.rows}
    nord = by_unit["Enhet Nord"]
    assert (nord[0], nord[5]) == ("Enhet Nord", "Uppnått")
    assert nord[1:5] == pytest.approx((14000, 3.2, 4375, 4000))
    assert by_unit["Enhet Syd"][3] == pytest.approx(6000 / 1.4)
    sl_by_unit = {row[0]: row for row in sl_table.rows}
    assert sl_by_unit["Enhet Nord"][3] == pytest.approx(2000) and sl_by_unit["Enhet Nord"][5] == "Under"
    assert sl_by_unit["Enhet Syd"][3:6:2] == (None, "–")  # FTE 0: no value and no status
    charts = [b for b in _section(document, "productivity").blocks if isinstance(b, Chart)]
    assert charts[0].target == 4300 and charts[0].series[1].values == tuple(
        r.value for r in rows[: len(rows) // 2]
    )

    # Electronic share per customer, both ledgers, against the service; sorted bar charts.
    shares = book.shares(MARCH)
    cl_shares, sl_shares = _tables(_section(document, "electronic_share"))
    with_cl = [r for r in shares[:-1] if r.customer_invoices]
    assert cl_shares.rows == tuple(
        (
            r.customer_name,
            r.customer_invoices,
            r.customer_share.value,
            r.customer_manual_share,
            r.customer_share.last_year,
        )
        for r in with_cl
    )
    a = next(r for r in cl_shares.rows if r[1] == 10000)
    assert a[2] == pytest.approx(0.8) and a[3] == pytest.approx(0.2) and a[4] == pytest.approx(0.75)
    assert cl_shares.totals is not None and cl_shares.totals[1] == 20000
    assert sl_shares.totals is not None and sl_shares.totals[2] == pytest.approx(0.75)
    share_charts = [b for b in _section(document, "electronic_share").blocks if isinstance(b, Chart)]
    values = share_charts[0].series[0].values
    assert list(values) == sorted((v for v in values if v is not None), reverse=True)
    assert values[0] == pytest.approx(5000 / 6000)  # C: 5000 of 6000 via the feeder system

    # Reminders and incorrect documents per customer.
    counts = book.counts(MARCH)
    (count_table,) = _tables(_section(document, "counts"))
    shown = [r for r in counts[:-1] if r.reminders.value or r.incorrect_documents.value]
    assert count_table.rows == tuple(
        (
            r.customer_name,
            r.reminders.value,
            r.reminders.last_year,
            r.incorrect_documents.value,
            r.incorrect_documents.last_year,
        )
        for r in shown
    )
    assert count_table.totals == ("Totalt", 300, 0, 15, 0)

    # Revenue per customer and per process.
    per_customer, per_process = _tables(_section(document, "revenue"))
    assert [(r[0], r[3]) for r in per_customer.rows] == [(t.name, t.total) for t in revenue.by_customer()]
    assert [(r[0], r[3]) for r in per_process.rows] == [(t.name, t.total) for t in revenue.by_process()]
    assert per_customer.totals is not None and per_customer.totals[3] == revenue.total

    # Staffing against need.
    need = staffing_need(book, MARCH)
    (need_table,) = _tables(_section(document, "staffing"))
    assert [r[1:4] for r in need_table.rows] == [(n.needed_fte, n.actual_fte, n.difference) for n in need]
    assert need_table.rows[0][1] == pytest.approx(20000 / 4300)

    # Volumes per process and transaction type, against March 2009.
    now = volume_totals(services.revenue.volumes(MARCH))
    before = volume_totals(services.revenue.volumes(LAST_MARCH))
    volume_tables = [t for t in _tables(_section(document, "volumes")) if t.title.startswith("Volymer: ")]
    found = {(t.title.removeprefix("Volymer: "), r[0]): r[1:3] for t in volume_tables for r in t.rows}
    assert found == {key: (now.get(key, 0.0), before.get(key, 0.0)) for key in set(now) | set(before)}
    assert found["Kundreskontra", "Kundfaktura via försystem"] == (16000, 6000)
    fte_table = next(
        t for t in _tables(_section(document, "volumes")) if t.title == "Årsarbetare per process"
    )
    assert fte_table.totals is not None and fte_table.totals[2] == 16
    assert fte_table.totals[1:4:2] == pytest.approx((7.6, 2.0))


def test_one_unit(services: Services, ids: Ids) -> None:
    document = _document(services, unit_id=ids.nord)
    assert document.scope == "Enhet Nord"
    cl_table, _sl = _tables(_section(document, "productivity"))
    assert [r[0] for r in cl_table.rows] == ["Enhet Nord", "Alla enheter"]
    cl_shares, _ = _tables(_section(document, "electronic_share"))
    assert cl_shares.totals is not None and cl_shares.totals[1] == 14000  # A and B only
    (figures,) = [b for b in _section(document, "summary").blocks if isinstance(b, KeyFigures)][:1]
    assert figures.items[0].value == pytest.approx(4375)


def test_the_locked_month_says_so(services: Services, ids: Ids) -> None:
    state = services.month_locks.lock(2010, 3, "Rapporterad till servicenämnden")
    status = _section(_document(services), "summary").blocks[0]
    assert isinstance(status, Text)
    assert state.changed_at is not None
    assert status.paragraphs == (
        f"Mars 2010 är låst {state.changed_at.date().isoformat()} av {state.changed_by}: "
        "siffrorna är de som rapporterades till servicenämnden.",
    )


def test_a_month_without_figures_says_so_per_section(services: Services, ids: Ids, tmp_path: Path) -> None:
    document = _document(services, Month(2011, 6))
    sections = {s.key: s for s in document.sections}
    for key in ("volumes", "productivity", "electronic_share", "counts", "revenue", "staffing"):
        assert sections[key].is_empty and "juni 2011" in sections[key].empty_message, key
    summary = sections["summary"].blocks
    assert isinstance(summary[1], Text) and "Inga volymer" in summary[1].paragraphs[0]
    text = "\n".join(p.extract_text() for p in PdfReader(render(document, "pdf", tmp_path / "e.pdf")).pages)
    assert "Inga volymer eller årsarbetare är registrerade för juni 2011." in text.replace("\n", " ")


def test_rendered_and_read_back(services: Services, ids: Ids, tmp_path: Path) -> None:
    document = _document(services)
    pdf = render(document, "pdf", tmp_path / "b.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\u00a0", " ")
    for title in (
        "Sammanfattning",
        "Volymer och årsarbetare per process",
        "Fakturor per årsarbetare mot mål",
        "Elektronisk och manuell andel per kund",
        "Påminnelser och felaktiga underlag per kund",
        "Intäkter",
        "Bemanning mot behov",
    ):
        assert title in text
    assert "4 375" in text and "80,0 %" in text and "inte låst" in text

    book = load_workbook(render(document, "xlsx", tmp_path / "b.xlsx"))
    sheet = next(book[n] for n in book.sheetnames if n.startswith("Fakturor per årsarbetare"))
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, int | float)]
    per_fte = next(c for c in cells if c.value == pytest.approx(4375))
    assert per_fte.number_format == "#,##0"
    assert sheet._charts  # native Excel charts
    share_sheet = next(book[n] for n in book.sheetnames if n.startswith("Elektronisk och manuell"))
    percent = [
        c for row in share_sheet.iter_rows() for c in row if c.number_format == "0.0%" and c.value is not None
    ]
    assert any(c.value == pytest.approx(0.8) for c in percent)

    deck = Presentation(str(render(document, "pptx", tmp_path / "b.pptx")))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    productivity = next(c for c in charts if "Enhet Nord" in list(c.plots[0].categories))
    assert any(v == pytest.approx(4375) for v in productivity.plots[0].series[1].values)


def test_unit_meeting_month_against_targets(services: Services, ids: Ids) -> None:
    def section(week: IsoWeek) -> Section:
        params = ReportParams(week, unit_id=ids.nord, sections=("month_vs_targets",))
        return build_document(services, report("unit_meeting"), params).sections[0]

    march = section(IsoWeek(2010, 10))  # the meeting on Wednesday 10 March
    assert march.title == "Månaden hittills mot målen"
    figures = next(b for b in march.blocks if isinstance(b, KeyFigures))
    cl, sl, cl_share, _sl_share = figures.items
    assert cl.value == pytest.approx(4375) and cl.status == "green" and cl.target == 4300
    assert sl.value == pytest.approx(2000) and sl.status == "red" and sl.note.startswith("Under")
    assert cl_share.value == pytest.approx(11000 / 14000)

    may = section(IsoWeek(2010, 19))  # 12 May: May has no volumes yet, April is shown
    notice = may.blocks[0]
    assert (
        isinstance(notice, Text)
        and "maj 2010" in notice.paragraphs[0]
        and "april 2010" in notice.paragraphs[0]
    )
    figures = next(b for b in may.blocks if isinstance(b, KeyFigures))
    # April: Syd has no customer-ledger FTE, so C's 6000 invoices count at Nord (16000 / 4.0).
    assert figures.items[0].value == pytest.approx(4000) and figures.items[0].status == "red"

    empty = section(IsoWeek(2011, 10))
    assert empty.is_empty and "Inga volymer" in empty.empty_message
