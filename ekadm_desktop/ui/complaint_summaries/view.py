"""Klagomålsstatistik: the complaint register's summaries for a period and a unit, as charts and tables.

The user picks a period (year, tertial, month or week, typed as in the customer log: ``2010``,
``2010-T1``, ``2010-03``; the arrows step to the period before or after), a unit (or all) and the
window in which complaints count as recurring. The view then asks ``ComplaintService`` for its
summaries in one background task and shows them: complaints per month (with last year's months as
a line) and per tertial against last year for the period's year; per customer, process, category
and cause, and the handling times, for the period; the recurring complaints; and a small table of
the period against the same period a year earlier. Every number comes from the service (the charts
are built by ``reports.complaint_charts`` from its plain data), so the view, its Excel exports and
any report agree. The answer to an older request that arrives after a newer one was made is
dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.models.users import Role
from ekadm_desktop.periods import MIN_YEAR, Period, Year, parse_period
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports import complaint_charts as charts
from ekadm_desktop.services.complaints import (
    ComplaintService,
    GroupCount,
    HandlingTimes,
    PeriodCount,
    RecurringGroup,
    YearComparison,
)
from ekadm_desktop.ui.charts.canvas import ChartCanvas
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.export import export_view
from ekadm_desktop.ui.common.filter_bar import RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customer_log.view import overdue_brush

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)
_T = TypeVar("_T")
APPLY_DELAY_MS = 400  # a period typed is applied this long after typing stops (Enter applies it at once)
ALL_UNITS = None  # the data of "Alla enheter" in the unit combo
DEFAULT_RECURRING_MONTHS = 6
MAX_RECURRING_MONTHS = 36


@dataclass(frozen=True)
class SummaryRequest:
    """What the widgets ask for."""

    period: Period
    unit_id: int | None
    scope: str  # the unit's name, or "Alla enheter": shown in the charts' titles
    recurring_months: int


@dataclass(frozen=True)
class Summaries:
    """The service's answers to one request."""

    request: SummaryRequest
    months: list[PeriodCount]
    months_last_year: list[PeriodCount]
    tertials: list[PeriodCount]
    tertials_last_year: list[PeriodCount]
    customers: list[GroupCount]
    processes: list[GroupCount]
    categories: list[GroupCount]
    causes: list[GroupCount]
    handling_times: HandlingTimes
    comparison: YearComparison
    recurring: list[RecurringGroup]  # the groups with a complaint received in the period


def read_summaries(complaints: ComplaintService, request: SummaryRequest, progress: Progress) -> Summaries:
    """Ask the service for every summary the view shows (each call its own short session)."""
    period, unit_id = request.period, request.unit_id
    year = period.year
    steps = 11

    def step(done: int) -> None:
        progress.step(done, steps)

    months = complaints.per_month(year, unit_id)
    step(1)
    months_last_year = complaints.per_month(year - 1, unit_id)
    step(2)
    tertials = complaints.per_tertial(year, unit_id)
    step(3)
    tertials_last_year = complaints.per_tertial(year - 1, unit_id)
    step(4)
    customers = complaints.per_customer(period, unit_id=unit_id)
    step(5)
    processes = complaints.per_process(period, unit_id=unit_id)
    step(6)
    categories = complaints.per_category(period, unit_id=unit_id)
    step(7)
    causes = complaints.per_cause(period, unit_id=unit_id)
    step(8)
    times = complaints.handling_times(period, unit_id=unit_id)
    step(9)
    comparison = complaints.compare_with_last_year(period, unit_id)
    step(10)
    recurring = [
        group
        for group in complaints.recurring(request.recurring_months, unit_id=unit_id)
        if any(period.start <= c.received_on <= period.end for c in group.complaints)
    ]
    step(11)
    return Summaries(
        request,
        months,
        months_last_year,
        tertials,
        tertials_last_year,
        customers,
        processes,
        categories,
        causes,
        times,
        comparison,
        recurring,
    )


def number_column(
    title: str, number: Callable[[_T], int], *, max_width: int, text: Callable[[int], str] = str
) -> Column[_T]:
    """A right-aligned column of whole numbers that sorts and exports as numbers."""
    return Column(
        title, lambda r: text(number(r)), sort_key=number, numeric=True, max_width=max_width, value=number
    )


def signed(number: int) -> str:
    """``+3``, ``−3`` (a minus sign), ``0``."""
    if number > 0:
        return f"+{number}"
    if number < 0:
        return f"−{-number}"
    return "0"


def change_percent(comparison: YearComparison) -> float | None:
    """The change as a percentage of last year, one decimal; None when last year had none."""
    share = comparison.change_share
    return round(share * 100, 1) if share is not None else None


def change_percent_text(comparison: YearComparison) -> str:
    percent = change_percent(comparison)
    if percent is None:
        return "–"
    whole = round(percent)
    text = signed(whole) if whole != 0 or percent == 0 else f"{percent:+.1f}".replace(".", ",")
    return f"{text}\u00a0%"


class ComplaintSummariesView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintSummariesView")
        self._context = context
        self._complaints = context.services.complaints
        self._user = context.services.user
        self._request: SummaryRequest | None = None
        self._generation = 0
        self._loaded = False
        self._loading = False
        self.summaries: Summaries | None = None  # what is shown

        self._build_filters()
        self._build_comparison()
        self._build_tabs()
        self._build_actions()
        self._layout()
        self._load_units()
        self._show_period()

    # -- building ------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.period_edit = QLineEdit(str(date.today().year))
        self.period_edit.setObjectName("periodEdit")
        self.period_edit.setAccessibleName(self.tr("Period"))
        self.period_edit.setPlaceholderText(self.tr("t.ex. 2010-T1"))
        self.period_edit.setToolTip(
            self.tr(
                "Period: år (2010), tertial (2010-T1), månad (2010-03) eller vecka (2010-W12). "
                "Pilarna går till perioden före eller efter."
            )
        )
        self.period_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("2010-W12") * 2)
        self.period_hint = QLabel()
        self.period_hint.setObjectName("periodHint")
        self.period_hint.setMinimumWidth(self.fontMetrics().horizontalAdvance("T1 2010 (jan–apr)") + 8)
        self.previous_button = self._arrow_button(
            Qt.ArrowType.LeftArrow, self.tr("Perioden före (Alt+Vänsterpil)"), "previousPeriodButton"
        )
        self.next_button = self._arrow_button(
            Qt.ArrowType.RightArrow, self.tr("Perioden efter (Alt+Högerpil)"), "nextPeriodButton"
        )
        self.previous_button.clicked.connect(lambda: self.step_period(-1))
        self.next_button.clicked.connect(lambda: self.step_period(1))

        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setAccessibleName(self.tr("Enhet"))
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo.addItem(self.tr("Alla enheter"), ALL_UNITS)

        self.months_spin = QSpinBox()
        self.months_spin.setObjectName("recurringMonthsSpin")
        self.months_spin.setRange(1, MAX_RECURRING_MONTHS)
        self.months_spin.setValue(DEFAULT_RECURRING_MONTHS)
        self.months_spin.setSuffix(self.tr(" mån"))
        self.months_spin.setAccessibleName(self.tr("Återkommande inom antal månader"))
        self.months_spin.setToolTip(
            self.tr(
                "Klagomål räknas som återkommande när samma kund klagar på samma process med samma "
                "rotorsak inom så många månader från det förra."
            )
        )

        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(APPLY_DELAY_MS)
        self._apply_timer.timeout.connect(self.apply_filter)
        self.period_edit.textChanged.connect(lambda _text: self._apply_timer.start())
        self.period_edit.textChanged.connect(self._show_period)
        self.period_edit.returnPressed.connect(self.apply_filter)
        self.unit_combo.currentIndexChanged.connect(self.apply_filter)
        self.months_spin.valueChanged.connect(lambda _value: self._apply_timer.start())

    def _arrow_button(self, arrow: Qt.ArrowType, tooltip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setArrowType(arrow)
        button.setToolTip(tooltip)
        button.setAccessibleName(tooltip)
        return button

    def _build_comparison(self) -> None:
        columns: list[Column[YearComparison]] = [
            Column(self.tr("Period"), lambda c: c.period.label, max_width=200),
            number_column(self.tr("Antal"), lambda c: c.count, max_width=90),
            Column(self.tr("Samma period förra året"), lambda c: c.previous_period.label, max_width=220),
            number_column(self.tr("Antal förra året"), lambda c: c.previous_count, max_width=140),
            number_column(self.tr("Förändring"), lambda c: c.change, max_width=120, text=signed),
            Column(
                self.tr("Förändring i procent"),
                change_percent_text,
                sort_key=change_percent,
                numeric=True,
                max_width=170,
                value=change_percent,
            ),
        ]
        self.comparison_model: RecordTableModel[YearComparison] = RecordTableModel(columns, parent=self)
        self.comparison_table = RecordTableView()
        self.comparison_table.setObjectName("comparisonTable")
        self.comparison_table.setAccessibleName(self.tr("Jämfört med samma period förra året"))
        self.comparison_table.setModel(self.comparison_model)
        self.comparison_table.setSortingEnabled(False)
        self.comparison_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparison_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.comparison_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comparison_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comparison_table.horizontalHeader().setSectionsMovable(False)
        rows = self.comparison_table.verticalHeader().defaultSectionSize()
        header = self.comparison_table.horizontalHeader().sizeHint().height()
        self.comparison_table.setFixedHeight(header + rows + 2 * self.comparison_table.frameWidth() + 2)
        self.comparison_label = QLabel(self.tr("Jämfört med samma period förra året"))
        self.comparison_label.setObjectName("comparisonLabel")
        font = self.comparison_label.font()
        font.setBold(True)
        self.comparison_label.setFont(font)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("summaryTabs")
        self.tabs.setDocumentMode(True)
        self.month_chart = self._chart_tab(self.tr("Per månad"), "monthChart")
        self.tertial_chart = self._chart_tab(self.tr("Per tertial"), "tertialChart")
        self.customer_chart = self._chart_tab(self.tr("Per kund"), "customerChart")
        self.process_chart = self._chart_tab(self.tr("Per process"), "processChart")
        self.category_chart = self._chart_tab(self.tr("Per kategori"), "categoryChart")
        self.cause_chart = self._chart_tab(self.tr("Per felorsak"), "causeChart")
        self.times_chart = self._chart_tab(self.tr("Handläggningstider"), "handlingTimesChart")

        columns: list[Column[RecurringGroup]] = [
            Column(self.tr("Kund"), lambda g: g.customer_name, max_width=280),
            Column(self.tr("Process"), lambda g: g.process_name, max_width=220),
            Column(self.tr("Rotorsak"), lambda g: g.root_cause_code, max_width=140),
            number_column(self.tr("Antal"), lambda g: g.count, max_width=80),
            Column(
                self.tr("Första"),
                lambda g: g.first_received.isoformat(),
                max_width=110,
                value=lambda g: g.first_received,
            ),
            Column(
                self.tr("Senaste"),
                lambda g: g.last_received.isoformat(),
                max_width=110,
                value=lambda g: g.last_received,
            ),
            Column(
                self.tr("Ärenden"), lambda g: ", ".join(c.case_number for c in g.complaints), max_width=600
            ),
        ]
        self.recurring_model: RecordTableModel[RecurringGroup] = RecordTableModel(columns, parent=self)
        self.recurring_proxy = RecordFilterProxy(self)
        self.recurring_proxy.setSourceModel(self.recurring_model)
        self.recurring_table = RecordTableView()
        self.recurring_table.setObjectName("recurringTable")
        self.recurring_table.setAccessibleName(self.tr("Återkommande klagomål"))
        self.recurring_table.setModel(self.recurring_proxy)
        self.recurring_note = QLabel()
        self.recurring_note.setObjectName("recurringNote")
        self.recurring_note.setWordWrap(True)
        self.recurring_page = QWidget()
        layout = QVBoxLayout(self.recurring_page)
        layout.addWidget(self.recurring_note)
        layout.addWidget(self.recurring_table, 1)
        self.tabs.addTab(self.recurring_page, self.tr("Återkommande"))

    def _chart_tab(self, title: str, name: str) -> ChartCanvas:
        chart = ChartCanvas()
        chart.setObjectName(name)
        chart.show_message(self.tr("Läser…"))
        self.tabs.addTab(chart, title)
        return chart

    def _build_actions(self) -> None:
        self.refresh_action = QAction(self.tr("Läs in igen"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        self.previous_action = QAction(self.tr("Perioden före"), self)
        self.previous_action.setShortcut(QKeySequence("Alt+Left"))
        self.previous_action.triggered.connect(lambda _checked=False: self.step_period(-1))
        self.next_action = QAction(self.tr("Perioden efter"), self)
        self.next_action.setShortcut(QKeySequence("Alt+Right"))
        self.next_action.triggered.connect(lambda _checked=False: self.step_period(1))
        for action in (self.refresh_action, self.previous_action, self.next_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.export_comparison_action = QAction(self.tr("Jämförelse med förra året…"), self)
        self.export_comparison_action.triggered.connect(lambda _checked=False: self.export_comparison())
        self.export_recurring_action = QAction(self.tr("Återkommande klagomål…"), self)
        self.export_recurring_action.triggered.connect(lambda _checked=False: self.export_recurring())
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setText(self.tr("Exportera till Excel…"))
        self.export_button.setToolTip(
            self.tr("Spara jämförelsen eller de återkommande klagomålen som Excel-fil")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.export_comparison_action)
        menu.addAction(self.export_recurring_action)
        self.export_button.setMenu(menu)

        self.refresh_button = QPushButton(self.refresh_action.text())
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(
            self.tr("Läs in klagomålen igen ({key})").format(
                key=self.refresh_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")

    def _layout(self) -> None:
        filters = QHBoxLayout()
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_edit)
        filters.addWidget(period_label)
        filters.addWidget(self.previous_button)
        filters.addWidget(self.period_edit)
        filters.addWidget(self.next_button)
        filters.addWidget(self.period_hint)
        filters.addSpacing(12)
        unit_label = QLabel(self.tr("&Enhet:"))
        unit_label.setBuddy(self.unit_combo)
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_combo)
        filters.addSpacing(12)
        months_label = QLabel(self.tr("Åter&kommande inom:"))
        months_label.setBuddy(self.months_spin)
        filters.addWidget(months_label)
        filters.addWidget(self.months_spin)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.comparison_label)
        layout.addWidget(self.comparison_table)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

    def _load_units(self) -> None:
        self.unit_combo.blockSignals(True)
        for choice in self._context.services.admin.choices("unit"):
            label = choice.label if choice.active else self.tr("{label} (inaktiv)").format(label=choice.label)
            self.unit_combo.addItem(label, choice.id)
        if self._user.role is Role.UNIT_MANAGER and self._user.unit_id is not None:
            index = self.unit_combo.findData(self._user.unit_id)
            self.unit_combo.setCurrentIndex(max(index, 0))
        self.unit_combo.blockSignals(False)

    # -- choosing --------------------------------------------------------------------------------
    def typed_period(self) -> Period | None:
        """The period typed, or None if the text is not one (or has no year before it to compare with)."""
        try:
            period = parse_period(self.period_edit.text())
        except ValueError:
            return None
        return period if period.year > MIN_YEAR else None

    def _show_period(self) -> None:
        period = self.typed_period()
        palette = self.period_hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.WindowText))
        if period is None:
            self.period_hint.setText(self.tr("okänd period"))
            palette.setBrush(QPalette.ColorRole.WindowText, overdue_brush(self.palette()))
        else:
            self.period_hint.setText(period.label)
        self.period_hint.setPalette(palette)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(period is not None)

    def step_period(self, direction: int) -> None:
        """Go to the period before (-1) or after (+1) the one typed, of the same kind."""
        period = self.typed_period()
        if period is None:
            return
        try:
            stepped = period.next() if direction > 0 else period.previous()
        except ValueError:  # before year 1 or after 9999
            return
        self.period_edit.setText(stepped.key)
        self.apply_filter()

    def current_request(self) -> SummaryRequest:
        """What the widgets describe; a period still being typed keeps the last one applied."""
        period = self.typed_period()
        if period is None:
            period = self._request.period if self._request is not None else Year(date.today().year)
        unit = self.unit_combo.currentData()
        return SummaryRequest(
            period=period,
            unit_id=None if unit is ALL_UNITS else int(unit),
            scope=self.unit_combo.currentText(),
            recurring_months=self.months_spin.value(),
        )

    def apply_filter(self) -> None:
        self._apply_timer.stop()
        wanted = self.current_request()
        if wanted != self._request or not self._loaded:
            self._request = wanted
            self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read the summaries each time the view is shown, so complaints registered meanwhile count."""
        super().showEvent(event)
        if event.spontaneous():  # the window restored from the task bar: nothing new to ask
            return
        if self._loaded:
            self.refresh()
        else:
            self.apply_filter()

    @property
    def loading(self) -> bool:
        return self._loading

    def _is_current(self, generation: int) -> bool:
        """Whether an answer belongs to the latest request and the view still exists to show it."""
        return generation == self._generation and shiboken6.isValid(self)

    def refresh(self) -> None:
        """Read the summaries again (in the background) for the request last applied."""
        if self._request is None:
            self._request = self.current_request()
        self._loaded = True
        self._loading = True
        self._generation += 1
        generation = self._generation
        request, complaints = self._request, self._complaints
        self.status_label.setText(self.tr("Läser…"))

        def work(progress: Progress) -> Summaries:
            # Matplotlib is imported here the first time, off the GUI thread that then builds the charts.
            import_module("matplotlib.figure")
            import_module("matplotlib.ticker")
            import_module("matplotlib.patheffects")
            return read_summaries(complaints, request, progress)

        def done(summaries: Summaries) -> None:
            if self._is_current(generation):
                self._loading = False
                self._show(summaries)

        def failed(exc: BaseException) -> None:
            if self._is_current(generation):
                self._loading = False
                self.status_label.setText(self.tr("Kunde inte läsa klagomålen."))
                messages.show_error(self, self.tr("Kan inte läsa klagomålsstatistiken"), exc)

        self._context.tasks.run(self.tr("Läser klagomålsstatistik"), work, done, failed, show_progress=False)

    def _show(self, summaries: Summaries) -> None:
        self.summaries = summaries
        request = summaries.request
        period, scope = request.period, request.scope
        # This year's months and tertials that have not begun are left out, not shown as zeros.
        today = date.today()
        months = [m for m in summaries.months if m.period.start <= today]
        tertials = [t for t in summaries.tertials if t.period.start <= today]
        figures: list[tuple[ChartCanvas, Callable[[], Figure]]] = [
            (
                self.month_chart,
                lambda: charts.per_month_chart(months, summaries.months_last_year, scope=scope),
            ),
            (
                self.tertial_chart,
                lambda: charts.per_tertial_chart(tertials, summaries.tertials_last_year, scope=scope),
            ),
            (
                self.customer_chart,
                lambda: charts.per_customer_chart(summaries.customers, period, scope=scope),
            ),
            (self.process_chart, lambda: charts.per_process_chart(summaries.processes, period, scope=scope)),
            (
                self.category_chart,
                lambda: charts.per_category_chart(summaries.categories, period, scope=scope),
            ),
            (self.cause_chart, lambda: charts.per_cause_chart(summaries.causes, period, scope=scope)),
            (
                self.times_chart,
                lambda: charts.handling_times_chart(summaries.handling_times, period, scope=scope),
            ),
        ]
        for chart, build in figures:
            try:
                chart.set_figure(build())
            except Exception:  # a chart that cannot be drawn is a bug; the others still show
                log.exception("building the chart %s failed", chart.objectName())
                chart.show_message(self.tr("Diagrammet kunde inte ritas."))

        self.comparison_model.set_records([summaries.comparison])
        self.recurring_model.set_records(summaries.recurring)
        self.recurring_note.setText(
            self.tr(
                "Grupper med minst ett klagomål under {period}: samma kund, process och rotorsak, "
                "vart och ett inom {months} månader från det förra. Antal räknar hela gruppen."
            ).format(period=period.label, months=request.recurring_months)
        )
        index = self.tabs.indexOf(self.recurring_page)
        self.tabs.setTabText(index, self.tr("Återkommande ({count})").format(count=len(summaries.recurring)))
        self._fit_comparison()
        if summaries.recurring:
            self.recurring_table.fit_columns([c.max_width for c in self.recurring_model.columns])
        self.status_label.setText(
            self.tr("{count} klagomål under {period}, {scope}").format(
                count=QLocale().toString(summaries.comparison.count), period=period.label, scope=scope
            )
        )

    def _fit_comparison(self) -> None:
        """Columns as wide as their contents, and the table no wider than its columns."""
        table = self.comparison_table
        table.fit_columns([c.max_width for c in self.comparison_model.columns], stretch_last=False)
        header = table.horizontalHeader()
        width = sum(header.sectionSize(c) for c in range(header.count()))
        table.setMaximumWidth(width + 2 * table.frameWidth())

    # -- export ----------------------------------------------------------------------------------
    def export_comparison(self) -> None:
        title = self.tr("Klagomål jämfört med samma period förra året")
        export_view(
            self,
            self.comparison_model,
            title,
            self._file_name(title),
            header=self.comparison_table.horizontalHeader(),
        )

    def export_recurring(self) -> None:
        title = self.tr("Återkommande klagomål")
        export_view(
            self,
            self.recurring_proxy,
            title,
            self._file_name(title),
            header=self.recurring_table.horizontalHeader(),
        )

    def _file_name(self, title: str) -> str:
        request = self._request
        if request is None:
            return title
        return f"{title} {request.period.key} {request.scope}"
