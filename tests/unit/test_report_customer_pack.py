"""The customer-meeting pack: the log since the last meeting, complaints, volumes, shares, revenue and
the responsible unit's phone figures, each equal to the services' for the same period.

Customer A of ``productivity_data`` (unit Nord): customer invoices via the feeder system 8 000 in
March and 10 000 in April 2010 of 20 000 in T1 (90 %), against 6 000 of 8 000 in T1 2009 (75 %).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader
from sqlalchemy import insert

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.models.complaints import Channel, ComplaintType
from ekadm_desktop.models.customer_log import LogKind
from ekadm_desktop.models.phone import Call, CallOutcome, PhoneGroup
from ekadm_desktop.periods import Month, Period, Tertial, Year
from ekadm_desktop.reports.definitions import ReportParams, build_document, report
from ekadm_desktop.reports.definitions.board_appendix import volume_totals
from ekadm_desktop.reports.document import Chart, KeyFigures, ReportDocument, Section, Table, Text
from ekadm_desktop.reports.generate import render
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.customer_log import LogFilter, LogOrder
from ekadm_desktop.services.phone_rollup import rebuild_rollups
from ekadm_desktop.services.phone_stats import Scope
from tests.unit import productivity_data
from tests.unit.productivity_data import Ids

T1 = Tertial(2010, 1)


def _log(services: Services, customer: int, day: date, kind: LogKind, subject: str) -> None:
    services.customer_log.create(
        {"customer_id": customer, "entry_date": day, "kind": kind, "subject": subject}
    )


def _complaint(services: Services, customer: int, process: int, day: date) -> None:
    services.complaints.register(
        {
            "customer_id": customer,
            "process_id": process,
            "channel": Channel.EMAIL,
            "type": ComplaintType.COMPLAINT,
            "description": "Fakturan kom fram för sent.",
        },
        received_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
    )


@pytest.fixture
def ids(services: Services) -> Ids:
    ids = productivity_data.fill(services.db)
    _log(services, ids.a, date(2009, 10, 1), LogKind.MEETING, "Kundmöte hösten")
    _log(services, ids.a, date(2009, 11, 20), LogKind.MEETING, "Kundmöte november")
    _log(services, ids.a, date(2009, 12, 1), LogKind.PHONE, "Samtal om påminnelser")
    _log(services, ids.a, date(2010, 2, 10), LogKind.EVENT, "Ny ekonomichef")
    _log(services, ids.a, date(2010, 5, 5), LogKind.EMAIL, "Efter perioden")
    _log(services, ids.b, date(2010, 2, 1), LogKind.EVENT, "En annan kund")
    _complaint(services, ids.a, ids.cl, date(2010, 2, 15))
    _complaint(services, ids.a, ids.cl, date(2010, 3, 2))
    _complaint(services, ids.a, ids.sl, date(2009, 3, 10))
    _complaint(services, ids.b, ids.cl, date(2010, 3, 3))
    with services.db.session() as s:
        group = PhoneGroup(number="100", name="Kundservice Nord", unit_id=ids.nord)
        s.add(group)
        s.flush()
        calls = [(0, CallOutcome.ANSWERED, 10.0)] * 3 + [(0, CallOutcome.ABANDONED, 30.0)]
        s.execute(
            insert(Call),
            [
                {
                    "source_key": f"c{n}",
                    "group_id": group.id,
                    "extension_id": None,
                    "started_at": datetime(2010, 3, 2, 9) + timedelta(minutes=10 * n),
                    "outcome": outcome,
                    "wait_seconds": wait,
                    "talk_seconds": 60.0 if outcome is CallOutcome.ANSWERED else None,
                }
                for n, (_, outcome, wait) in enumerate(calls)
            ],
        )
        s.flush()
        rebuild_rollups(s)
    return ids


def _document(services: Services, customer: int, period: Period = T1) -> ReportDocument:
    return build_document(services, report("customer_meeting"), ReportParams(period, customer_id=customer))


def _section(document: ReportDocument, key: str) -> Section:
    return next(s for s in document.sections if s.key == key)


def _tables(section: Section) -> list[Table]:
    return [b for b in section.blocks if isinstance(b, Table)]


def test_every_figure_is_the_services(services: Services, ids: Ids) -> None:
    document = _document(services, ids.a)
    assert document.title == "Kundmöte" and document.period_label == T1.label
    assert [s.key for s in document.sections] == [
        "log",
        "complaints",
        "volumes",
        "electronic_share",
        "revenue",
        "phone",
    ]

    # The log from the last meeting before T1 (20 November 2009) to the end of T1, oldest first.
    basis, log_table = _section(document, "log").blocks
    assert isinstance(basis, Text) and isinstance(log_table, Table)
    assert "förra kundmötet 2009-11-20 (”Kundmöte november”)" in basis.paragraphs[0]
    expected = services.customer_log.list(
        LogFilter(customer_ids=(ids.a,), date_from=date(2009, 11, 20), date_to=T1.end),
        order=LogOrder("entry_date", descending=False),
    )
    assert [r[2] for r in log_table.rows] == [r.subject for r in expected]
    assert [r[2] for r in log_table.rows] == ["Kundmöte november", "Samtal om påminnelser", "Ny ekonomichef"]

    # Complaints: two received in T1 (one a year earlier), three still open.
    figures, received, still_open = _section(document, "complaints").blocks
    assert isinstance(figures, KeyFigures) and isinstance(received, Table) and isinstance(still_open, Table)
    assert [i.value for i in figures.items] == [2, 3, 3]  # open since 2010: all past their deadline
    assert figures.items[2].status == "red"
    assert figures.items[0].note.endswith(": 1")
    assert [r[1] for r in received.rows] == [date(2010, 2, 15), date(2010, 3, 2)]
    assert len(still_open.rows) == 3 and all(r[0].startswith("K-") for r in still_open.rows)  # type: ignore[union-attr]

    # Volumes per process and type against T1 2009.
    now = volume_totals(services.revenue.volumes(T1, customer_id=ids.a))
    before = volume_totals(services.revenue.volumes(T1.same_period_last_year(), customer_id=ids.a))
    found = {
        (t.title.removeprefix("Volymer: "), r[0]): r[1:3]
        for t in _tables(_section(document, "volumes"))
        for r in t.rows
    }
    assert found == {key: (now.get(key, 0.0), before.get(key, 0.0)) for key in set(now) | set(before)}
    assert found["Kundreskontra", "Kundfaktura via försystem"] == (18000, 6000)

    # Electronic share, reminders and incorrect documents: the indicator book's figures.
    book = services.indicators.load(2010, 2010)
    share = book.shares(T1, customer_id=ids.a)[0]
    counts = book.counts(T1, customer_id=ids.a)[0]
    key_figures, table, chart = _section(document, "electronic_share").blocks
    assert isinstance(key_figures, KeyFigures) and isinstance(table, Table) and isinstance(chart, Chart)
    cl_share, sl_share, reminders, incorrect = key_figures.items
    assert cl_share.value == share.customer_share.value == pytest.approx(0.9)
    assert cl_share.note.endswith("75,0\u00a0%")
    assert sl_share.value == share.supplier_share.value == pytest.approx(0.75)
    assert (
        (reminders.value, incorrect.value)
        == (counts.reminders.value, counts.incorrect_documents.value)
        == (200, 15)
    )
    assert table.rows[0] == ("Kundfakturor", 20000, 8000)
    assert chart.categories == ("mars 2010", "april 2010")
    assert chart.series[0].values == pytest.approx((0.8, 1.0))

    # Revenue per process, against the revenue service.
    revenue = services.revenue.revenue(T1, customer_id=ids.a)
    (per_process,) = _tables(_section(document, "revenue"))
    assert [(r[0], r[3]) for r in per_process.rows] == [(t.name, t.total) for t in revenue.by_process()]
    assert per_process.totals is not None and per_process.totals[3] == revenue.total

    # The responsible unit's phone figures: 4 calls offered, 3 answered.
    phone = services.phone_stats.comparison(T1, Scope.unit(ids.nord))
    phone_figures, calls, rates = _section(document, "phone").blocks
    assert isinstance(phone_figures, KeyFigures) and isinstance(calls, Table) and isinstance(rates, Table)
    assert phone_figures.title.startswith("Enhet Nord")
    assert phone_figures.items[0].value == phone.current.answer_rate == pytest.approx(0.75)
    assert phone_figures.items[0].status == "red"
    assert calls.rows[:2] == (("Erbjudna samtal", 4, 0), ("Besvarade", 3, 0))
    assert rates.rows[0][0::2] == ("Svarsfrekvens", None) and rates.rows[0][1] == pytest.approx(0.75)


def test_without_an_earlier_meeting_the_period_is_used(services: Services, ids: Ids) -> None:
    section = _section(_document(services, ids.a, Month(2009, 10)), "log")
    basis, table = section.blocks
    assert isinstance(basis, Text) and isinstance(table, Table)
    assert basis.paragraphs[0].startswith("Kundloggen har inget kundmöte före oktober 2009")
    assert [r[2] for r in table.rows] == ["Kundmöte hösten"]


def test_a_period_without_data_says_so_per_section(services: Services, ids: Ids, tmp_path: Path) -> None:
    document = _document(services, ids.c, Year(2012))
    for section in document.sections:
        assert section.is_empty and section.empty_message, section.key
    assert _section(document, "log").empty_message.endswith("Inga anteckningar i kundloggen.")
    # Customer C's unit (Syd) answers no group number.
    assert "svarar inte på något gruppnummer" in _section(document, "phone").empty_message
    # A's log since its last meeting and its open complaints are still listed; Nord had no calls.
    later = _document(services, ids.a, Year(2012))
    assert not _section(later, "log").is_empty and not _section(later, "complaints").is_empty
    assert _section(later, "phone").empty_message == "Inga samtal till Enhet Nord under 2012."
    text = "\n".join(p.extract_text() for p in PdfReader(render(document, "pdf", tmp_path / "e.pdf")).pages)
    assert "Inga volymer för kunden under 2012." in text


def test_a_customer_is_required(services: Services, ids: Ids) -> None:
    with pytest.raises(ValidationError, match="välj kunden"):
        build_document(services, report("customer_meeting"), ReportParams(T1))


def test_rendered_and_read_back(services: Services, ids: Ids, tmp_path: Path) -> None:
    document = _document(services, ids.a)
    text = "\n".join(p.extract_text() for p in PdfReader(render(document, "pdf", tmp_path / "k.pdf")).pages)
    text = text.replace("\u00a0", " ")
    for title in (
        "Kundloggen sedan förra mötet",
        "Klagomål",
        "Volymer",
        "Elektronisk andel, påminnelser och felaktiga underlag",
        "Intäkter",
        "Telefonin hos ansvarig enhet",
    ):
        assert title in text
    assert "90,0 %" in text and "18 000" in text and "Kundmöte november" in text

    book = load_workbook(render(document, "xlsx", tmp_path / "k.xlsx"))
    sheet = next(book[n] for n in book.sheetnames if n.startswith("Elektronisk andel"))
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, int | float)]
    invoices = next(c for c in cells if c.value == 20000)
    assert invoices.number_format == "#,##0"
    assert sheet._charts

    deck = Presentation(str(render(document, "pptx", tmp_path / "k.pptx")))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    monthly = next(c for c in charts if list(c.plots[0].categories) == ["mars 2010", "april 2010"])
    assert list(monthly.plots[0].series[0].values) == [pytest.approx(0.8), pytest.approx(1.0)]
