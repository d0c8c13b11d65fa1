"""Telefoni: the phone figures of a period per unit, group and extension, from ``PhoneStatsService``.

The user picks a period (``2010-03``, ``2010-T1``, ``2010-W12``, ``2010``; the arrows step) and a
scope (every group, a unit or one group number). One background task asks the service for
everything shown: the month per unit for the unit meeting (answer rate against the year's target,
with status), the scope's figures against the period before and the same period last year, the
trend per month (per day for a week), the load heat map, the calls per hour and, for those allowed
to see them, the figures per extension. Every header and figure name carries its definition as a
tooltip. "Importera…" opens the import wizard and "Importhistorik" the list of imports (with undo);
the view reads its figures again after either changed them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.errors import PermissionDenied
from ekadm_desktop.periods import IsoWeek, Month, Period, Year, parse_period
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.reports import phone_charts
from ekadm_desktop.services.phone_stats import (
    Comparison,
    ExtensionRow,
    HeatMap,
    HourLoad,
    PhoneFigures,
    PhoneStatsService,
    Scope,
    SeriesPoint,
    UnitRow,
    answer_rate_name,
)
from ekadm_desktop.ui.charts.canvas import ChartCanvas
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers.sections import SectionTable
from ekadm_desktop.ui.telephony.batches_dialog import BatchesDialog
from ekadm_desktop.ui.telephony.import_wizard import PhoneImportWizard

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Request:
    period: Period
    scope: Scope
    scope_name: str


@dataclass(frozen=True)
class TelephonyData:
    request: Request
    units: list[UnitRow]
    unit_month: Month
    comparison: Comparison
    series: list[SeriesPoint]
    heat: HeatMap
    hours: list[HourLoad]
    extensions: list[ExtensionRow] | None  # None: not allowed
    target: float
    definitions: dict[str, str]


def extension_unit(scope: Scope, groups: list[tuple[int, str, str, int | None]]) -> int | None:
    """The unit whose extensions a scope shows (None: every unit's)."""
    if scope.kind == "unit":
        return scope.id
    if scope.kind == "group":
        return next((unit for gid, _n, _name, unit in groups if gid == scope.id), None)
    return None


def read_data(stats: PhoneStatsService, request: Request, progress: Progress) -> TelephonyData:
    """Everything the view shows, from the service (each call its own short session)."""
    period, scope = request.period, request.scope
    month = period if isinstance(period, Month) else Month.of(period.end)
    units = stats.unit_month(month)
    progress.step(1, 5)
    comparison = stats.comparison(period, scope)
    if isinstance(period, IsoWeek):
        series = stats.series(period.start, period.end, "day", scope)
    else:
        year = Year(period.end.year)
        series = stats.series(year.start, year.end, "month", scope)
    progress.step(2, 5)
    heat = stats.heat_map(period.start, period.end, scope)
    hours = stats.hour_loads(period.start, period.end, scope)
    progress.step(3, 5)
    try:
        extensions: list[ExtensionRow] | None = stats.extension_rows(
            period.start, period.end, extension_unit(scope, stats.groups())
        )
    except PermissionDenied:
        extensions = None  # the tab is hidden
    progress.step(4, 5)
    target = stats.answer_rate_target(period.end.year)
    texts = {d.code: d.text for d in stats.definitions()}
    progress.step(5, 5)
    return TelephonyData(request, units, month, comparison, series, heat, hours, extensions, target, texts)


class DefinitionModel(RecordTableModel[Any]):
    """A record table whose headers carry definitions as tooltips."""

    def __init__(self, columns: list[Column[Any]], tips: list[str], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent=parent)
        self.tips = tips

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.tips[section] if 0 <= section < len(self.tips) and self.tips[section] else None
        return super().headerData(section, orientation, role)


class StatusModel(DefinitionModel):
    """The unit table: the status column coloured (and written out) against the target."""

    status_column = -1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == self.status_column
        ):
            status = self.record(index.row()).status
            colour = QColor(cs.STATUS_COLOURS.get(status, cs.GREY))
            colour.setAlpha(70)
            return QBrush(colour)
        return super().data(index, role)


@dataclass(frozen=True)
class FigureRow:
    """One line of the comparison table: a figure in the period, the period before and last year."""

    code: str
    label: str
    current: str
    previous: str
    last_year: str


class TelephonyView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("telephonyView")
        self._context = context
        self._stats: PhoneStatsService = context.services.phone_stats
        self._generation = 0
        self.data: TelephonyData | None = None
        self._groups = self._stats.groups()
        latest = self._stats.latest_day()
        start = Month.of(latest) if latest else Month.of(date.today())
        self._build_filters(start)
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters)
        self.status_label = QLabel()
        self.status_label.setObjectName("telephonyStatus")
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _build_filters(self, start: Month) -> None:
        self.period_edit = QLineEdit(start.key)
        self.period_edit.setObjectName("periodEdit")
        self.period_edit.setAccessibleName(self.tr("Period"))
        self.period_edit.setToolTip(
            self.tr("Period: månad (2010-03), tertial (2010-T1), vecka (2010-W12) eller år (2010).")
        )
        self.period_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("2010-W12") * 2)
        self.period_edit.returnPressed.connect(self.reload)
        self.period_label = QLabel()
        previous = QToolButton()
        previous.setArrowType(Qt.ArrowType.LeftArrow)
        previous.setToolTip(self.tr("Perioden före"))
        previous.clicked.connect(lambda: self.step_period(-1))
        following = QToolButton()
        following.setArrowType(Qt.ArrowType.RightArrow)
        following.setToolTip(self.tr("Perioden efter"))
        following.clicked.connect(lambda: self.step_period(1))
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.setAccessibleName(self.tr("Enhet eller grupp"))
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_combo.addItem(self.tr("Alla grupper"), Scope())
        for unit_id, name in self._stats.units():
            self.scope_combo.addItem(self.tr("Enhet: {name}").format(name=name), Scope.unit(unit_id))
        for group_id, number, name, _unit in self._groups:
            self.scope_combo.addItem(
                self.tr("Grupp {number} ({name})").format(number=number, name=name), Scope.group(group_id)
            )
        self.scope_combo.currentIndexChanged.connect(self.reload)
        self.import_button = QPushButton(self.tr("Importera…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(
            self.tr("Importera en fil från växeln (samtal eller intervallstatistik)")
        )
        self.import_button.clicked.connect(self.open_import)
        self.batches_button = QPushButton(self.tr("Importhistorik"))
        self.batches_button.setObjectName("batchesButton")
        self.batches_button.setToolTip(self.tr("Tidigare importer av telefonstatistik; ångra en import"))
        self.batches_button.clicked.connect(self.open_batches)
        self._filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Period:")), previous, self.period_edit, following, self.period_label):
            self._filters.addWidget(widget)
        self._filters.addSpacing(16)
        self._filters.addWidget(QLabel(self.tr("Visa:")))
        self._filters.addWidget(self.scope_combo)
        self._filters.addStretch(1)
        self._filters.addWidget(self.import_button)
        self._filters.addWidget(self.batches_button)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("telephonyTabs")
        self.tabs.setDocumentMode(True)
        meeting = QWidget()
        box = QVBoxLayout(meeting)
        self.meeting_title = QLabel()
        font = self.meeting_title.font()
        font.setBold(True)
        self.meeting_title.setFont(font)
        box.addWidget(self.meeting_title)
        unit_columns: list[Column[UnitRow]] = [
            Column(self.tr("Enhet"), lambda r: r.unit_name, max_width=240),
            int_column(self.tr("Erbjudna"), lambda r: r.figures.offered),
            int_column(self.tr("Besvarade"), lambda r: r.figures.answered),
            int_column(self.tr("Avhopp"), lambda r: r.figures.abandoned),
            int_column(self.tr("Korta avhopp"), lambda r: r.figures.short_abandoned),
            percent_column(self.tr("Svarsfrekvens"), lambda r: r.figures.answer_rate),
            percent_column(self.tr("Mål"), lambda r: r.target),
            Column(self.tr("Status"), lambda r: status_text(self, r.status), max_width=120),
            percent_column(self.tr("Samma månad förra året"), lambda r: r.last_year.answer_rate),
            seconds_column(self.tr("Snittväntetid"), lambda r: r.figures.asa_seconds),
            percent_column(self.tr("Servicenivå"), lambda r: r.figures.service_level),
        ]
        self.unit_model = StatusModel(unit_columns, [""] * len(unit_columns), self)
        self.unit_model.status_column = 7
        self.unit_table = self._table(self.unit_model, "unitTable", max_rows=12)
        box.addWidget(self.unit_table)
        box.addSpacing(12)
        self.comparison_title = QLabel()
        self.comparison_title.setFont(font)
        box.addWidget(self.comparison_title)
        figure_columns: list[Column[FigureRow]] = [
            Column(self.tr("Mått"), lambda r: r.label, max_width=300),
            Column(self.tr("Perioden"), lambda r: r.current, numeric=True, max_width=160),
            Column(self.tr("Perioden före"), lambda r: r.previous, numeric=True, max_width=160),
            Column(self.tr("Samma period förra året"), lambda r: r.last_year, numeric=True, max_width=200),
        ]
        self.figure_model = _RowTipModel(figure_columns, self)
        self.figure_table = self._table(self.figure_model, "figureTable", max_rows=12)
        box.addWidget(self.figure_table)
        box.addStretch(1)
        self.tabs.addTab(meeting, self.tr("Enhetsmöte"))

        self.rate_chart, self.volume_chart = self._chart_tab(self.tr("Trend"))
        self.heat_chart, self.hours_chart = self._chart_tab(self.tr("Belastning"))

        extension_columns: list[Column[ExtensionRow]] = [
            Column(self.tr("Anknytning"), lambda r: r.number, max_width=120),
            Column(self.tr("Namn"), lambda r: r.name, max_width=240),
            int_column(self.tr("Besvarade"), lambda r: r.figures.answered),
            seconds_column(self.tr("Snittväntetid"), lambda r: r.figures.asa_seconds),
            seconds_column(self.tr("Längsta väntetid"), lambda r: r.figures.longest_wait_seconds),
            seconds_column(self.tr("Snittsamtalstid"), lambda r: r.figures.talk_seconds_average),
            percent_column(self.tr("Servicenivå"), lambda r: r.figures.service_level),
        ]
        self.extension_model = DefinitionModel(extension_columns, [""] * len(extension_columns), self)
        self.extension_page = QWidget()
        ext_box = QVBoxLayout(self.extension_page)
        note = QLabel(
            self.tr(
                "Siffror per anknytning visar en enskild medarbetare. Visa dem bara för den som behöver dem."
            )
        )
        note.setWordWrap(True)
        ext_box.addWidget(note)
        self.extension_table = self._table(self.extension_model, "extensionTable")
        ext_box.addWidget(self.extension_table, 1)
        self.extension_tab = self.tabs.addTab(self.extension_page, self.tr("Anknytningar"))

    def _chart_tab(self, title: str) -> tuple[ChartCanvas, ChartCanvas]:
        """A tab of two charts side by side."""
        page = QWidget()
        box = QHBoxLayout(page)
        left, right = ChartCanvas(), ChartCanvas()
        box.addWidget(left)
        box.addWidget(right)
        self.tabs.addTab(page, title)
        return left, right

    def _table(self, model: RecordTableModel[Any], name: str, max_rows: int = 0) -> RecordTableView:
        # A table that fits its rows (up to max_rows, more scroll inside it) leaves the rest to the next.
        table = SectionTable(max_rows) if max_rows else RecordTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setStretchLastSection(False)
        return table

    # -- period and loading --------------------------------------------------------------------
    def period(self) -> Period | None:
        try:
            return parse_period(self.period_edit.text())
        except ValueError:
            return None

    def step_period(self, step: int) -> None:
        period = self.period()
        if period is None:
            return
        self.period_edit.setText((period.next() if step > 0 else period.previous()).key)
        self.reload()

    def reload(self) -> None:
        period = self.period()
        if period is None:
            self.period_label.setText(self.tr("Okänd period"))
            return
        self.period_label.setText(period.label)
        scope = self.scope_combo.currentData() or Scope()
        request = Request(period, scope, self.scope_combo.currentText())
        self._generation += 1
        generation = self._generation
        self.status_label.setText(self.tr("Läser telefonstatistik…"))

        def done(data: TelephonyData) -> None:
            if generation == self._generation:
                self.present(data)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status_label.setText("")
                messages.show_error(self, self.tr("Telefoni"), exc)

        self._context.tasks.run(
            self.tr("Läser telefonstatistik"),
            lambda progress: read_data(self._stats, request, progress),
            done,
            failed,
        )

    def present(self, data: TelephonyData) -> None:
        self.data = data
        defs = data.definitions
        request = data.request
        self.status_label.setText(
            self.tr("Målet för svarsfrekvensen {year}: {target}. {rate}: {definition}").format(
                year=request.period.end.year,
                target=cs.format_percent(data.target, 0),
                rate=answer_rate_name(self._stats.options.answer_rate_variant),
                definition=defs.get("answer_rate", ""),
            )
        )
        self.status_label.setWordWrap(True)
        self.meeting_title.setText(
            self.tr("Svarsfrekvens per enhet, {month}").format(month=data.unit_month.label)
        )
        self.unit_model.tips = [
            "",
            defs["offered"],
            defs["answered"],
            defs["abandoned"],
            defs["short_abandoned"],
            defs["answer_rate"],
            self.tr("Årets mål för svarsfrekvensen (indicator_target: phone_answer_rate)."),
            self.tr("Uppnått: minst målet. Nära: inom 5 % av målet. Under: lägre."),
            defs["answer_rate"],
            defs["asa_seconds"],
            defs["service_level"],
        ]
        self.unit_model.set_records(data.units)
        self.unit_table.resizeColumnsToContents()
        self.comparison_title.setText(
            self.tr("{scope}, {period}: jämfört med perioden före och samma period förra året").format(
                scope=request.scope_name, period=request.period.label
            )
        )
        self.figure_model.tips = defs
        self.figure_model.set_records(figure_rows(self, data.comparison))
        self.figure_table.resizeColumnsToContents()
        scope_name, label = request.scope_name, request.period.label
        rate_name = answer_rate_name(self._stats.options.answer_rate_variant)
        trend_label = label if isinstance(request.period, IsoWeek) else str(request.period.end.year)
        self._show(
            self.rate_chart,
            lambda: phone_charts.answer_rate_trend_chart(
                data.series, data.target, period=trend_label, scope=scope_name, rate_name=rate_name
            ),
        )
        self._show(
            self.volume_chart,
            lambda: phone_charts.offered_answered_chart(data.series, period=trend_label, scope=scope_name),
        )
        self._show(
            self.heat_chart, lambda: phone_charts.heat_map_chart(data.heat, period=label, scope=scope_name)
        )
        self._show(
            self.hours_chart,
            lambda: phone_charts.busiest_hours_chart(data.hours, period=label, scope=scope_name),
        )
        allowed = data.extensions is not None
        self.tabs.setTabVisible(self.extension_tab, allowed)
        self.extension_model.tips = [
            "",
            "",
            defs["answered"],
            defs["asa_seconds"],
            defs["longest_wait_seconds"],
            "",
            defs["service_level"],
        ]
        self.extension_model.set_records(data.extensions or [])
        self.extension_table.resizeColumnsToContents()

    def _show(self, canvas: ChartCanvas, make: Callable[[], Figure]) -> None:
        canvas.set_figure(make())

    # -- import --------------------------------------------------------------------------------
    def open_import(self) -> None:
        """The import wizard; the figures are read again once it has imported something."""
        wizard = PhoneImportWizard(self._context, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self.reload)
        self.import_wizard = wizard
        wizard.open()

    def open_batches(self) -> None:
        """Import history, with undo; the figures are read again after an undo."""
        dialog = BatchesDialog(self._context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.reload)
        self.batches_dialog = dialog
        dialog.open()


class _RowTipModel(RecordTableModel[FigureRow]):
    """The comparison table: each row's definition as its tooltip."""

    def __init__(self, columns: list[Column[FigureRow]], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent=parent)
        self.tips: dict[str, str] = {}

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.tips.get(self.record(index.row()).code) or None
        return super().data(index, role)


def figure_rows(view: QWidget, comparison: Comparison) -> list[FigureRow]:
    rows: list[tuple[str, str, Callable[[PhoneFigures], str]]] = [
        ("offered", view.tr("Erbjudna"), lambda f: cs.format_int(f.offered)),
        ("answered", view.tr("Besvarade"), lambda f: cs.format_int(f.answered)),
        ("abandoned", view.tr("Avhopp"), lambda f: cs.format_int(f.abandoned)),
        ("short_abandoned", view.tr("Korta avhopp"), lambda f: cs.format_int(f.short_abandoned)),
        ("answer_rate", view.tr("Svarsfrekvens"), lambda f: cs.format_percent(f.answer_rate)),
        ("abandonment_rate", view.tr("Andel avhopp"), lambda f: cs.format_percent(f.abandonment_rate)),
        (
            "asa_seconds",
            view.tr("Genomsnittlig väntetid till svar"),
            lambda f: cs.format_seconds(f.asa_seconds),
        ),
        (
            "longest_wait_seconds",
            view.tr("Längsta väntetid"),
            lambda f: cs.format_seconds(f.longest_wait_seconds),
        ),
        (
            "service_level",
            view.tr("Servicenivå ({t} s)").format(t=comparison.current.service_level_threshold_seconds),
            lambda f: cs.format_percent(f.service_level),
        ),
        ("busiest_hour", view.tr("Mest belastade timme"), lambda f: f.busiest_hour or cs.DASH),
    ]
    c = comparison
    return [
        FigureRow(code, label, show(c.current), show(c.previous), show(c.last_year))
        for code, label, show in rows
    ]


def status_text(view: QWidget, status: str) -> str:
    return {
        "green": view.tr("Uppnått"),
        "amber": view.tr("Nära"),
        "red": view.tr("Under"),
    }.get(status, cs.DASH)


def int_column(title: str, value: Callable[[Any], int]) -> Column[Any]:
    return Column(
        title, lambda r: cs.format_int(value(r)), sort_key=value, numeric=True, max_width=110, value=value
    )


def _measure_column(
    title: str, value: Callable[[Any], float | None], text: Callable[[float | None], str], max_width: int
) -> Column[Any]:
    """A number that may be missing ("–", sorted first)."""
    return Column(
        title,
        lambda r: text(value(r)),
        sort_key=lambda r: -1.0 if value(r) is None else value(r),
        numeric=True,
        max_width=max_width,
        value=value,
    )


def percent_column(title: str, value: Callable[[Any], float | None]) -> Column[Any]:
    return _measure_column(title, value, cs.format_percent, 160)


def seconds_column(title: str, value: Callable[[Any], float | None]) -> Column[Any]:
    return _measure_column(title, value, cs.format_seconds, 140)
