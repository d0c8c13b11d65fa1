"""The complaint statistics view on a database with a few complaints: its charts and tables hold the
service's numbers, and changing the period, unit or recurring window reads them again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.complaints import Channel, ComplaintType
from ekadm_desktop.models.reference import Customer, Process, Unit
from ekadm_desktop.periods import Month, Tertial, Year
from ekadm_desktop.progress import Progress
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.complaints import ComplaintRow
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.areas import AREAS
from ekadm_desktop.ui.charts.canvas import ChartCanvas
from ekadm_desktop.ui.complaint_summaries.view import ComplaintSummariesView
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import Task, TaskRunner

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Ref:
    north: int
    south: int
    c1: int  # customers of the north unit
    c2: int
    c3: int  # a customer of the south unit
    p1: int
    p2: int


@pytest.fixture
def ref(database: Database) -> Ref:
    with database.session() as s:
        units = {u.code: u.id for u in s.scalars(select(Unit))}
        customers = list(s.scalars(select(Customer).order_by(Customer.id)))
        processes = list(s.scalars(select(Process.id).order_by(Process.id)))
    north, south = units["NORD"], units["SYD"]
    north_customers = [c.id for c in customers if c.unit_id == north]
    south_customers = [c.id for c in customers if c.unit_id == south]
    return Ref(
        north, south, north_customers[0], north_customers[1], south_customers[0], processes[0], processes[1]
    )


def register(services: Services, customer_id: int, received: date, **values: object) -> ComplaintRow:
    defaults: dict[str, object] = {
        "customer_id": customer_id,
        "channel": Channel.EMAIL,
        "type": ComplaintType.COMPLAINT,
        "description": "Fakturan betalades för sent.",
    }
    at = datetime.combine(received, datetime.min.time()).replace(hour=9)
    return services.complaints.register(defaults | values, received_at=at)


@pytest.fixture
def complaints(services: Services, ref: Ref) -> dict[str, ComplaintRow]:
    """Six complaints in 2010 (two of them recurring), two in 2009; three answered."""
    rows = {
        "a": register(
            services,
            ref.c1,
            date(2010, 1, 15),
            process_id=ref.p1,
            category="lead_time",
            error_cause="own",
            root_cause_code="R1",
        ),
        "b": register(
            services,
            ref.c1,
            date(2010, 1, 20),
            process_id=ref.p1,
            category="handling_error",
            error_cause="own",
            root_cause_code="R1",
        ),
        "c": register(
            services,
            ref.c2,
            date(2010, 3, 5),
            process_id=ref.p2,
            category="lead_time",
            error_cause="customer",
        ),
        "d": register(
            services, ref.c3, date(2010, 5, 10), process_id=ref.p1, category="system", error_cause="system"
        ),
        "e": register(services, ref.c1, date(2010, 9, 1)),
        "f": register(services, ref.c2, date(2010, 12, 31), process_id=ref.p2, error_cause="unclear"),
        "g": register(services, ref.c1, date(2009, 1, 10), process_id=ref.p1),
        "h": register(services, ref.c3, date(2009, 3, 31), process_id=ref.p2),
    }
    svc = services.complaints
    for name, answered in (("a", date(2010, 1, 25)), ("b", date(2010, 2, 10)), ("c", date(2010, 3, 10))):
        row = rows[name]
        row = svc.acknowledge(row.id, row.version, row.received_on)
        rows[name] = svc.answer(row.id, row.version, answered, "Svar")
    return rows


class DeferredTasks(TaskRunner):
    """Runs nothing until ``finish`` is called: the view can be seen while it reads."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.waiting: list[tuple[Callable[[], None], Task]] = []

    def run(
        self,
        name: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        show_progress: bool = True,
    ) -> Task:
        task = Task(name)

        def finish() -> None:
            super(DeferredTasks, self).run(name, work, on_done, on_error, show_progress=show_progress)

        self.waiting.append((finish, task))
        return task

    def finish(self, index: int = 0) -> None:
        finish, _task = self.waiting.pop(index)
        finish()


def make_view(qtbot: QtBot, services: Services, period: str = "2010", tasks: TaskRunner | None = None):
    context = ViewContext(
        services=services, tasks=tasks or TaskRunner(synchronous=True), paths=AppPaths.default()
    )
    view = ComplaintSummariesView(context)
    qtbot.addWidget(view)
    view.period_edit.setText(period)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def bars(chart: ChartCanvas, label: str | None = None) -> list[float]:
    """The bar heights (or widths, for horizontal bars) of the chart's figure."""
    assert chart.figure is not None
    (ax,) = chart.figure.axes
    horizontal = ax.yaxis_inverted()
    return [
        patch.get_width() if horizontal else patch.get_height()
        for container in ax.containers
        if label is None or container.get_label() == label
        for patch in container.patches
    ]


def bar_names(chart: ChartCanvas) -> list[str]:
    assert chart.figure is not None
    (ax,) = chart.figure.axes
    return [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]


def chart_texts(chart: ChartCanvas) -> list[str]:
    from matplotlib.text import Text

    assert chart.figure is not None
    return [t.get_text() for t in chart.figure.findobj(Text) if t.get_text()]


def cells(model: Any) -> list[list[str]]:
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


# -- what is shown ---------------------------------------------------------------------------------


def test_the_area_is_registered_for_everyone() -> None:
    (area,) = [a for a in AREAS if a.key == "complaint_summaries"]
    assert area.title == "Klagomålsstatistik" and area.icon.startswith("SP_")
    assert AREAS.index(area) == [a.key for a in AREAS].index("complaints") + 2  # after the customer page
    assert area.visible(None)  # type: ignore[arg-type]  # everyone: the user is not even looked at


def test_charts_hold_the_service_numbers(qtbot: QtBot, services: Services, complaints, ref: Ref) -> None:
    view = make_view(qtbot, services)
    svc = services.complaints
    period = Year(2010)
    assert bars(view.month_chart, "2010") == [m.count for m in svc.per_month(2010)]
    assert bars(view.month_chart, "2010") == [2, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1]
    (ax,) = view.month_chart.figure.axes
    assert list(ax.get_lines()[0].get_ydata()) == [m.count for m in svc.per_month(2009)]
    assert bars(view.tertial_chart, "2010") == [t.count for t in svc.per_tertial(2010)] == [3, 1, 2]
    assert bars(view.tertial_chart, "2009") == [t.count for t in svc.per_tertial(2009)] == [2, 0, 0]
    assert bars(view.customer_chart) == [g.count for g in svc.per_customer(period)] == [3, 2, 1]
    assert bar_names(view.customer_chart) == [g.label for g in svc.per_customer(period)]
    assert bars(view.process_chart) == [g.count for g in svc.per_process(period)]
    assert bar_names(view.process_chart)[-1] == "(ingen process)"
    assert bars(view.category_chart) == [g.count for g in svc.per_category(period)]
    assert bars(view.cause_chart) == [g.count for g in svc.per_cause(period)]
    times = chart_texts(view.times_chart)
    assert "6" in times and "10 dagar" in times and "67\u00a0%" in times  # 2 of 3 answered in time
    assert view.customer_chart.figure.get_suptitle() == "Klagomål per kund, 2010 – Alla enheter"
    assert view.status_label.text() == "6 klagomål under 2010, Alla enheter"


def test_months_not_yet_begun_are_left_out(qtbot: QtBot, services: Services, ref: Ref) -> None:
    today = date.today()
    register(services, ref.c1, today)
    view = make_view(qtbot, services, str(today.year))
    assert bars(view.month_chart, str(today.year)) == [
        m.count for m in services.complaints.per_month(today.year) if m.period.start <= today
    ]
    assert len(bars(view.month_chart, str(today.year))) == today.month
    assert sum(bars(view.tertial_chart, str(today.year))) == 1


def test_only_the_chart_in_view_is_drawn(qtbot: QtBot, services: Services, complaints) -> None:
    view = make_view(qtbot, services)
    assert view.tabs.currentWidget() is view.month_chart
    assert view.month_chart.is_drawn() and not view.customer_chart.is_drawn()
    view.tabs.setCurrentWidget(view.customer_chart)
    qtbot.waitUntil(view.customer_chart.is_drawn)


def test_comparison_with_last_year(
    qtbot: QtBot, services: Services, complaints, qtmodeltester: ModelTester
) -> None:
    view = make_view(qtbot, services, "2010-T1")
    comparison = services.complaints.compare_with_last_year(Tertial(2010, 1))
    assert (comparison.count, comparison.previous_count) == (3, 2)
    assert cells(view.comparison_model) == [
        ["T1 2010 (jan–apr)", "3", "T1 2009 (jan–apr)", "2", "+1", "+50\u00a0%"]
    ]
    qtmodeltester.check(view.comparison_model)
    view.period_edit.setText("2010-02")
    view.apply_filter()
    assert cells(view.comparison_model) == [["februari 2010", "0", "februari 2009", "0", "0", "–"]]


def test_recurring_complaints(
    qtbot: QtBot, services: Services, complaints, ref: Ref, qtmodeltester: ModelTester
) -> None:
    view = make_view(qtbot, services)
    (group,) = services.complaints.recurring(6)
    assert view.recurring_model.records() == [group]
    (row,) = cells(view.recurring_model)
    assert row[2:] == ["R1", "2", "2010-01-15", "2010-01-20", "K-2010-0001, K-2010-0002"]
    assert view.tabs.tabText(view.tabs.indexOf(view.recurring_page)) == "Återkommande (1)"
    qtmodeltester.check(view.recurring_model)
    qtmodeltester.check(view.recurring_proxy)
    # A period without any of the group's complaints does not list it.
    view.period_edit.setText("2010-T2")
    view.apply_filter()
    assert view.recurring_model.rowCount() == 0


def test_an_empty_period_says_so(qtbot: QtBot, services: Services, complaints) -> None:
    view = make_view(qtbot, services, "2012")
    for chart in (view.customer_chart, view.cause_chart, view.times_chart, view.month_chart):
        assert "Inga klagomål under perioden" in chart_texts(chart)


# -- choosing ---------------------------------------------------------------------------------------


def test_changing_the_unit_reloads(qtbot: QtBot, services: Services, complaints, ref: Ref) -> None:
    view = make_view(qtbot, services)
    view.unit_combo.setCurrentIndex(view.unit_combo.findData(ref.south))
    svc = services.complaints
    assert bars(view.month_chart, "2010") == [m.count for m in svc.per_month(2010, ref.south)]
    assert (
        bars(view.customer_chart) == [g.count for g in svc.per_customer(Year(2010), unit_id=ref.south)] == [1]
    )
    assert view.customer_chart.figure.get_suptitle() == "Klagomål per kund, 2010 – Enhet Syd"
    assert view.summaries is not None and view.summaries.request.unit_id == ref.south
    assert view.recurring_model.rowCount() == 0  # the recurring ones are the north unit's
    view.unit_combo.setCurrentIndex(0)
    assert bars(view.customer_chart) == [3, 2, 1]


def test_changing_the_period_reloads(qtbot: QtBot, services: Services, complaints) -> None:
    view = make_view(qtbot, services)
    view.period_edit.setText("2010-T1")
    assert view.summaries is not None and view.summaries.request.period == Year(2010)  # not yet: typing
    qtbot.waitUntil(lambda: view.summaries is not None and view.summaries.request.period == Tertial(2010, 1))
    svc = services.complaints
    assert bars(view.customer_chart) == [g.count for g in svc.per_customer(Tertial(2010, 1))] == [2, 1]
    assert bars(view.cause_chart) == [g.count for g in svc.per_cause(Tertial(2010, 1))] == [2, 1, 0, 0, 0]
    assert view.period_hint.text() == "T1 2010 (jan–apr)"
    view.next_button.click()
    assert view.period_edit.text() == "2010-T2" and view.summaries.request.period == Tertial(2010, 2)
    assert bars(view.customer_chart) == [1]
    view.previous_button.click()
    view.previous_button.click()
    assert view.summaries.request.period == Tertial(2009, 3)
    view.period_edit.setText("2010-12")
    view.apply_filter()
    assert view.summaries.request.period == Month(2010, 12)
    assert bars(view.cause_chart) == [0, 0, 0, 0, 1]


def test_a_period_being_typed_keeps_the_last_one(qtbot: QtBot, services: Services, complaints) -> None:
    view = make_view(qtbot, services)
    view.period_edit.setText("2010-1")  # on the way to 2010-T1; is January
    view.period_edit.setText("2010-T")
    assert view.period_hint.text() == "okänd period"
    assert not view.next_button.isEnabled()
    view.apply_filter()
    assert view.summaries is not None and view.summaries.request.period == Year(2010)
    view.period_edit.setText("0001")  # no year before it to compare with
    assert view.period_hint.text() == "okänd period"
    view.apply_filter()
    assert view.summaries.request.period == Year(2010)
    view.period_edit.setText("9999")
    view.next_button.click()  # no year after it: stays
    assert view.period_edit.text() == "9999"


def test_the_recurring_window_reloads(qtbot: QtBot, services: Services, ref: Ref) -> None:
    register(services, ref.c1, date(2010, 1, 15), process_id=ref.p1, root_cause_code="R1")
    register(services, ref.c1, date(2010, 10, 1), process_id=ref.p1, root_cause_code="R1")  # 8½ months on
    view = make_view(qtbot, services)
    assert view.months_spin.value() == 6 and view.recurring_model.rowCount() == 0
    view.months_spin.setValue(9)
    qtbot.waitUntil(lambda: view.recurring_model.rowCount() == 1)
    assert view.summaries is not None and view.summaries.request.recurring_months == 9


def test_showing_the_view_again_reads_again(qtbot: QtBot, services: Services, complaints, ref: Ref) -> None:
    view = make_view(qtbot, services)
    assert view.summaries is not None and view.summaries.comparison.count == 6
    view.hide()
    register(services, ref.c3, date(2010, 6, 1))
    view.show()
    assert view.summaries.comparison.count == 7
    assert sum(bars(view.month_chart, "2010")) == 7


# -- reading in the background -------------------------------------------------------------------


def test_reading_shows_a_state_and_drops_stale_answers(qtbot: QtBot, services: Services, complaints) -> None:
    tasks = DeferredTasks()
    view = make_view(qtbot, services, tasks=tasks)
    assert view.loading and view.status_label.text() == "Läser…"
    assert view.month_chart.message_label.text() == "Läser…" and view.month_chart.figure is None
    view.period_edit.setText("2009")
    view.apply_filter()
    assert len(tasks.waiting) == 2
    tasks.finish(1)  # the newer answer first
    assert view.summaries is not None and view.summaries.request.period == Year(2009)
    tasks.finish(0)  # the older one is dropped
    assert view.summaries.request.period == Year(2009) and not view.loading
    assert bars(view.month_chart, "2009") == [m.count for m in services.complaints.per_month(2009)]
    assert view.status_label.text() == "2 klagomål under 2009, Alla enheter"


# -- copying, saving and exporting -----------------------------------------------------------------


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def fake(_parent: object, caption: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append((caption, proposed))
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def test_a_chart_is_copied_and_saved_as_png(
    qtbot: QtBot, services: Services, complaints, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services)
    chart = view.customer_chart
    menu = chart.context_menu()
    assert [a.text() for a in menu.actions()] == ["Kopiera bild", "Spara bild…"]
    QGuiApplication.clipboard().clear()
    chart.copy_action.trigger()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > image.height() > 200
    assert view.month_chart.is_drawn()  # one on screen copies just as well
    view.month_chart.copy_action.trigger()
    assert QGuiApplication.clipboard().image().width() > 1000

    asked = answer_file_dialog(monkeypatch, tmp_path / "kunder")
    saved = chart.save_image()
    assert saved == tmp_path / "kunder.png"
    assert saved.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert asked[0][0] == "Spara bild"
    assert Path(asked[0][1]).name == "Klagomål per kund, 2010 – Alla enheter.png"
    answer_file_dialog(monkeypatch, None)
    assert chart.save_image() is None


def test_tables_export_to_excel(
    qtbot: QtBot, services: Services, complaints, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, services, "2010-T1")
    answer_file_dialog(monkeypatch, tmp_path / "jamforelse.xlsx")
    view.export_comparison_action.trigger()
    sheet = load_workbook(tmp_path / "jamforelse.xlsx").active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows == [
        [
            "Period",
            "Antal",
            "Samma period förra året",
            "Antal förra året",
            "Förändring",
            "Förändring i procent",
        ],
        ["T1 2010 (jan–apr)", 3, "T1 2009 (jan–apr)", 2, 1, 50],
    ]
    answer_file_dialog(monkeypatch, tmp_path / "aterkommande.xlsx")
    view.export_recurring_action.trigger()
    sheet = load_workbook(tmp_path / "aterkommande.xlsx").active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Kund", "Process", "Rotorsak", "Antal", "Första", "Senaste", "Ärenden"]
    assert rows[1][2:4] == ["R1", 2] and rows[1][6] == "K-2010-0001, K-2010-0002"
    assert rows[1][4].date() == date(2010, 1, 15)
