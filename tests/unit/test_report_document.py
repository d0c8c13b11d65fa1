"""Report definitions: the documents hold the services' figures, empty periods say so, charts draw."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import ValidationError
from ekadm_desktop.models.complaints import Channel, ComplaintType, ErrorCause
from ekadm_desktop.models.customer_log import LogKind
from ekadm_desktop.models.reference import Customer, Process, Unit
from ekadm_desktop.periods import IsoWeek, Month, Tertial
from ekadm_desktop.reports.chart_render import figure_for
from ekadm_desktop.reports.definitions import REPORTS, ReportParams, build_document, report
from ekadm_desktop.reports.definitions.weekly_pack import WEEKLY_PACK_EXTENSIONS
from ekadm_desktop.reports.document import Chart, Column, KeyFigures, Series, Table
from ekadm_desktop.services.bundle import Services

MARCH = Month(2010, 3)


@pytest.fixture
def ref(database: Database) -> dict[str, int]:
    with database.session() as s:
        units = {u.code: u.id for u in s.scalars(select(Unit))}
        customers = list(s.scalars(select(Customer).order_by(Customer.id)))
        processes = list(s.scalars(select(Process.id).order_by(Process.id)))
    north = units["NORD"]
    c_north = [c.id for c in customers if c.unit_id == north]
    return {
        "north": north,
        "south": units["SYD"],
        "c1": c_north[0],
        "c2": c_north[1],
        "p1": processes[0],
        "p2": processes[1],
    }


def register(services: Services, customer: int, day: date, **values: object) -> None:
    defaults: dict[str, object] = {
        "customer_id": customer,
        "channel": Channel.EMAIL,
        "type": ComplaintType.COMPLAINT,
        "description": "Fakturan betalades för sent.",
    }
    services.complaints.register(
        defaults | values, received_at=datetime.combine(day, datetime.min.time()).replace(hour=9)
    )


@pytest.fixture
def complaints(services: Services, ref: dict[str, int]) -> None:
    register(services, ref["c1"], date(2010, 3, 2), process_id=ref["p1"], error_cause=ErrorCause.OWN)
    register(services, ref["c1"], date(2010, 3, 9), process_id=ref["p1"], error_cause=ErrorCause.CUSTOMER)
    register(services, ref["c2"], date(2010, 3, 15), process_id=ref["p2"], error_cause=ErrorCause.OWN)
    register(services, ref["c2"], date(2009, 3, 20), process_id=ref["p2"])
    register(services, ref["c1"], date(2010, 4, 6), process_id=ref["p1"])


def table(section, title: str) -> Table:  # type: ignore[no-untyped-def]
    return next(b for b in section.blocks if isinstance(b, Table) and b.title == title)


def test_complaint_compilation_equals_the_service(services: Services, complaints, ref) -> None:
    definition = report("complaint_compilation")
    document = build_document(services, definition, ReportParams(MARCH))
    assert document.title == "Klagomålssammanställning"
    assert (document.period_label, document.scope) == ("mars 2010", "Alla enheter")
    sections = {s.key: s for s in document.sections}
    assert list(sections) == [
        "overview",
        "per_process",
        "per_cause",
        "per_customer",
        "handling_times",
        "per_month",
    ]

    per_unit = table(sections["overview"], "Klagomål per enhet")
    service = services.complaints.compare_with_last_year(MARCH, ref["north"])
    north = next(r for r in per_unit.rows if r[0] == "Enhet Nord")
    assert north[1:] == (service.count, service.previous_count, service.change) == (3, 1, 2)
    assert per_unit.totals is not None and per_unit.totals[1:3] == (3, 1)

    processes = table(sections["per_process"], "Klagomål per process")
    expected = services.complaints.per_process(MARCH)
    assert [(r[0], r[1]) for r in processes.rows] == [(g.label, g.count) for g in expected]
    assert processes.rows[0][1:] == (2, pytest.approx(2 / 3))

    causes = table(sections["per_cause"], "Klagomål per felorsak")
    own = next(r for r in causes.rows if r[0] == "Eget fel")
    assert own[1] == 2
    figures = next(b for b in sections["per_cause"].blocks if isinstance(b, KeyFigures))
    assert figures.items[0].value == 2

    chart = next(b for b in sections["per_month"].blocks if isinstance(b, Chart))
    assert chart.series[1].values[:4] == (0, 0, 3, 1)  # 2010: March 3, April 1
    assert chart.series[0].values[2] == 1  # March 2009


def test_unit_scope_and_section_order(services: Services, complaints, ref) -> None:
    params = ReportParams(Tertial(2010, 1), unit_id=ref["south"], sections=("per_customer", "overview"))
    document = build_document(services, report("complaint_compilation"), params)
    assert document.scope == "Enhet Syd"
    assert [s.key for s in document.sections] == ["per_customer", "overview"]
    assert all(s.is_empty and "Inga klagomål under T1 2010" in s.empty_message for s in document.sections)


def test_bad_parameters_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError, match="vecka"):
        build_document(services, report("complaint_compilation"), ReportParams(IsoWeek(2010, 10)))
    with pytest.raises(ValidationError, match="enhet"):
        build_document(services, report("unit_meeting"), ReportParams(IsoWeek(2010, 10)))
    with pytest.raises(ValidationError, match="inget avsnitt"):
        build_document(services, report("complaint_compilation"), ReportParams(MARCH, sections=("x",)))


def test_weekly_pack(services: Services, complaints, ref) -> None:
    services.customer_log.create(
        {
            "entry_date": date(2010, 2, 24),
            "customer_id": ref["c1"],
            "unit_id": ref["north"],
            "kind": LogKind.MEETING,
            "subject": "Kundmöte om fakturaflödet",
            "follow_up_on": date(2010, 3, 1),
            "follow_up_by": "Anna",
        }
    )
    # Week 9 2010: the meeting is Wednesday 3 March, the first of the month.
    document = build_document(
        services, report("unit_meeting"), ReportParams(IsoWeek(2010, 9), unit_id=ref["north"])
    )
    sections = {s.key: s for s in document.sections}
    assert list(sections) == [
        "agenda",
        "follow_ups",
        "complaints_new",
        "complaints_due",
        "log_week",
        "monthly_complaints",
        "month_vs_targets",
        "phone_statistics",
        "minutes",
    ]
    follow = table(sections["follow_ups"], "Uppföljningar som förfaller eller är försenade")
    assert follow.rows == (
        (date(2010, 3, 1), follow.rows[0][1], "Kundmöte om fakturaflödet", "Anna", "Försenad"),
    )
    new = table(sections["complaints_new"], "Inkomna 2010-02-24 – 2010-03-02")
    assert [r[1] for r in new.rows] == [date(2010, 3, 2)]
    log = table(sections["log_week"], "Kundloggen vecka 8 2010")
    assert [r[3] for r in log.rows] == ["Kundmöte om fakturaflödet"]
    assert sections["monthly_complaints"].title == "Klagomålssammanställning februari 2010"
    assert sections["monthly_complaints"].empty_message == "Inga klagomål under februari 2010."
    assert "Månadens klagomålssammanställning" in sections["agenda"].blocks[0].paragraphs  # type: ignore[union-attr]
    # Week 10: not the first meeting of the month.
    later = build_document(
        services, report("unit_meeting"), ReportParams(IsoWeek(2010, 10), unit_id=ref["north"])
    )
    monthly = next(s for s in later.sections if s.key == "monthly_complaints")
    assert monthly.is_empty and "första enhetsmöte" in monthly.empty_message


def test_extension_point_and_registry() -> None:
    # Issues 4 and 5 plug their sections in before the minutes.
    assert [e.key for e in WEEKLY_PACK_EXTENSIONS] == ["month_vs_targets", "phone_statistics"]
    assert [r.key for r in REPORTS] == [
        "unit_meeting",
        "complaint_compilation",
        "phone_monthly",
        "tertial_summary",
        "board_appendix",
        "customer_meeting",
    ]
    assert report("Klagomålssammanställning").key == "complaint_compilation"


def test_blocks_check_their_shape_and_charts_draw_their_values() -> None:
    with pytest.raises(ValueError):
        Table("t", (Column("a"),), (("x", 1),))
    with pytest.raises(ValueError):
        Chart("c", "bar", ("a", "b"), (Series("s", (1,)),))
    chart = Chart(
        "Samtal", "bar", ("jan", "feb"), (Series("2010", (1200, None)),), target=1000, target_label="Mål"
    )
    fig = figure_for(chart)
    ax = fig.axes[0]
    heights = [p.get_height() for p in ax.containers[0].patches]
    assert heights[0] == 1200 and heights[1] != heights[1]  # None is no bar (NaN), never 0
    labels = [t.get_text() for t in ax.texts]
    assert "1\u00a0200" in labels and "–" in labels
    assert any("Mål 1\u00a0000" in t.get_text() for t in ax.get_legend().get_texts())
    for kind in ("barh", "line", "stacked", "grouped", "heatmap"):
        figure_for(Chart("k", kind, ("a", "b"), (Series("s", (1, 2)), Series("t", (3, None)))))  # type: ignore[arg-type]
    empty = figure_for(Chart("Tomt", "bar", ("a",), (Series("s", (0,)),)))
    assert "Inga uppgifter för perioden" in [t.get_text() for t in empty.axes[0].texts]


def test_share_lines_start_near_their_values_and_counts_at_zero() -> None:
    rates = Chart(
        "Svarsfrekvens",
        "line",
        ("jan", "feb", "mar"),
        (Series("Nord", (0.91, 0.88, None)),),
        value_format="percent",
        target=0.9,
    )
    assert figure_for(rates).axes[0].get_ylim()[0] == pytest.approx(0.80)
    counts = Chart("Samtal", "line", ("jan", "feb"), (Series("Nord", (1200, 1300)),))
    assert figure_for(counts).axes[0].get_ylim()[0] == 0
