"""Nyckeltal och intäkter: indicators against targets, volumes, staffing need and revenue.

The user picks a month, tertial or year and a unit (or all). One background task asks the
indicator and revenue services (``read_productivity``); the tabs then show tables and charts built
from that plain data: the indicators with their status (coloured and written out, the definition
as tooltip), the volume trend, invoices per FTE against the target, the electronic share per
customer, staffing against need, and revenue per customer with the what-if panel.
"Exportera avstämning…" writes the monthly reconciliation (``reports.reconciliation_export``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.models.users import Role
from ekadm_desktop.periods import MONTH_NAMES, Month, Tertial, Year
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports import volume_charts as charts
from ekadm_desktop.reports.chart_style import format_sek
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.indicators import (
    CUSTOMER_ELECTRONIC_SHARE,
    SUPPLIER_ELECTRONIC_SHARE,
    CountRow,
    IndicatorReport,
    ProductivityRow,
    ReportPeriod,
    ShareRow,
    book_report,
    definition,
)
from ekadm_desktop.services.reference_seed import TT
from ekadm_desktop.services.revenue import RevenueReport, RevenueTotal
from ekadm_desktop.services.staffing_need import StaffingNeedRow, monthly_staffing_need
from ekadm_desktop.ui.charts.canvas import ChartCanvas
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.export import ask_file
from ekadm_desktop.ui.common.filter_bar import RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.productivity.tables import (
    IndicatorTableModel,
    change,
    month_label,
    number,
    points,
    status_column,
)
from ekadm_desktop.ui.productivity.what_if import WhatIfPanel

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)
T = TypeVar("T")
ALL_UNITS = None
MONTH, TERTIAL, YEAR = "month", "tertial", "year"


@dataclass(frozen=True)
class ProductivityRequest:
    period: ReportPeriod
    unit_id: int | None
    scope: str  # the unit's name or "Alla enheter", for chart titles


@dataclass(frozen=True)
class ProductivityData:
    request: ProductivityRequest
    report: IndicatorReport
    monthly: list[ProductivityRow]  # the period's year, the scope's rows
    monthly_last_year: list[ProductivityRow]
    need: list[StaffingNeedRow]  # per month of the period's year
    revenue: RevenueReport
    customers: list[tuple[int, str]]


def read_productivity(services: Services, request: ProductivityRequest) -> ProductivityData:
    """Everything the view shows, from the indicator and revenue services."""
    period, unit_id = request.period, request.unit_id
    year = period.year
    book = services.indicators.load(year, year)
    report = book_report(book, period, unit_id)
    customers = [(r.customer_id, r.customer_name) for r in report.shares if r.customer_id is not None]
    return ProductivityData(
        request=request,
        report=report,
        monthly=book.monthly_productivity(year, unit_id),
        monthly_last_year=book.monthly_productivity(year - 1, unit_id),
        need=monthly_staffing_need(book, year, unit_id),
        revenue=services.revenue.revenue(period, unit_id=unit_id),
        customers=customers,
    )


class ChartTab(QWidget, Generic[T]):
    """A chart above its table, with optional controls over both."""

    def __init__(
        self,
        name: str,
        table_model: RecordTableModel[T],
        parent: QWidget | None = None,
        *,
        side_by_side: bool = False,
    ) -> None:
        super().__init__(parent)
        self._sized = False
        self.controls = QHBoxLayout()
        self.chart = ChartCanvas()
        self.chart.setObjectName(name)
        self.chart.show_message(self.tr("Läser…"))
        self.model = table_model
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(table_model)
        self.table = RecordTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.proxy)
        # A bar per customer needs the height of the tab: the table goes beside the chart.
        orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        self.splitter = QSplitter(orientation)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.controls)
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The chart gets three fifths of the tab however wide or long the table is.
            self._sized = True
            horizontal = self.splitter.orientation() == Qt.Orientation.Horizontal
            total = max(self.width() if horizontal else self.height(), 1)
            self.splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    def set_rows(self, rows: Sequence[T]) -> None:
        self.model.set_records(rows)
        self.table.fit_columns([c.max_width for c in self.model.columns])


def _tooltip_productivity(row: ProductivityRow) -> str:
    return row.definition + "\n\n" + definition("status_amber_share")


def _tooltip_share(_row: ShareRow) -> str:
    return definition(CUSTOMER_ELECTRONIC_SHARE) + "\n\n" + definition(SUPPLIER_ELECTRONIC_SHARE)


class ProductivityView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productivityView")
        self._context = context
        self._services = context.services
        self._generation = 0
        self._loaded = False
        self.data: ProductivityData | None = None
        self._build_filters()
        self._build_tabs()
        self._layout()

    # -- building ------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("periodKind")
        self.kind_combo.setAccessibleName(self.tr("Periodtyp"))
        self.kind_combo.addItem(self.tr("Månad"), MONTH)
        self.kind_combo.addItem(self.tr("Tertial"), TERTIAL)
        self.kind_combo.addItem(self.tr("År"), YEAR)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setAccessibleName(self.tr("År"))
        self.part_combo = QComboBox()
        self.part_combo.setObjectName("periodPart")
        self.part_combo.setAccessibleName(self.tr("Månad eller tertial"))
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setAccessibleName(self.tr("Enhet"))
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo.addItem(self.tr("Alla enheter"), ALL_UNITS)
        for choice in self._services.admin.choices("unit"):
            self.unit_combo.addItem(choice.label, choice.id)
        user = self._services.user
        if user.role is Role.UNIT_MANAGER and user.unit_id is not None:
            self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(user.unit_id), 0))

        latest = self._services.indicators.latest_month() or Month.of(date.today())
        self.year_spin.setValue(latest.year)
        self._fill_parts(MONTH)
        self.part_combo.setCurrentIndex(latest.month - 1)

        self.refresh_button = QPushButton(self.tr("Läs in igen"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.export_button = QPushButton(self.tr("Exportera avstämning…"))
        self.export_button.setObjectName("exportReconciliation")
        self.export_button.setToolTip(
            self.tr("Månadsavstämningen som Excel-fil: volymer, bemanning, nyckeltal och intäkter")
        )
        self.export_button.clicked.connect(lambda _checked=False: self.export_reconciliation())
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.part_combo.currentIndexChanged, self.unit_combo.currentIndexChanged):
            signal.connect(lambda _index: self.refresh())
        self.year_spin.valueChanged.connect(lambda _value: self.refresh())

    def _fill_parts(self, kind: str) -> None:
        self.part_combo.blockSignals(True)
        self.part_combo.clear()
        if kind == MONTH:
            for number_, name in enumerate(MONTH_NAMES, start=1):
                self.part_combo.addItem(name, number_)
        elif kind == TERTIAL:
            for number_, months in ((1, "jan–apr"), (2, "maj–aug"), (3, "sep–dec")):
                self.part_combo.addItem(f"T{number_} ({months})", number_)
        self.part_combo.setVisible(kind != YEAR)
        self.part_combo.blockSignals(False)

    def _kind_changed(self, _index: int) -> None:
        previous = self.current_period()
        kind = self.kind_combo.currentData()
        self._fill_parts(kind)
        if kind == TERTIAL and isinstance(previous, Month):
            self.part_combo.setCurrentIndex(previous.tertial.number - 1)
        self.refresh()

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("productivityTabs")
        self.tabs.setDocumentMode(True)

        # Indicators: productivity per unit and in total, shares and counts per customer.
        self.indicator_model: IndicatorTableModel[ProductivityRow] = IndicatorTableModel(
            [
                Column(self.tr("Nyckeltal"), lambda r: r.label, max_width=320),
                Column(self.tr("Enhet"), lambda r: r.unit_name, max_width=160),
                number(self.tr("Fakturor"), lambda r: r.invoices),
                number(self.tr("Årsarbetare"), lambda r: r.fte, "decimal", decimals=2),
                number(self.tr("Per ÅA och månad"), lambda r: r.value),
                number(self.tr("Mål"), lambda r: r.target),
                status_column(self.tr("Status"), lambda r: r.status),
                number(self.tr("Förra året"), lambda r: r.comparison.last_year),
                change(self.tr("Förändring"), lambda r: r.comparison.change),
                number(self.tr("Tertialet"), lambda r: r.comparison.tertial),
                change(self.tr("Tertialet mot förra året"), lambda r: r.comparison.tertial_change),
            ],
            status={6: lambda r: r.status},
            tooltip=_tooltip_productivity,
            parent=self,
        )
        self.indicator_table = RecordTableView()
        self.indicator_table.setObjectName("indicatorTable")
        self.indicator_proxy = RecordFilterProxy(self)
        self.indicator_proxy.setSourceModel(self.indicator_model)
        self.indicator_table.setModel(self.indicator_proxy)
        self.customer_model: IndicatorTableModel[tuple[ShareRow, CountRow]] = IndicatorTableModel(
            [
                Column(self.tr("Kund"), lambda r: r[0].customer_name, max_width=300),
                number(self.tr("Kundfakturor"), lambda r: r[0].customer_invoices),
                number(self.tr("E-andel kund"), lambda r: r[0].customer_share.value, "percent"),
                number(self.tr("Manuell andel kund"), lambda r: r[0].customer_manual_share, "percent"),
                points(self.tr("E-andel kund mot förra året"), lambda r: r[0].customer_share.difference),
                number(self.tr("Leverantörsfakturor"), lambda r: r[0].supplier_invoices),
                number(self.tr("E-andel lev."), lambda r: r[0].supplier_share.value, "percent"),
                number(self.tr("Manuell andel lev."), lambda r: r[0].supplier_manual_share, "percent"),
                points(self.tr("E-andel lev. mot förra året"), lambda r: r[0].supplier_share.difference),
                number(self.tr("Påminnelser"), lambda r: r[1].reminders.value),
                change(self.tr("Påminnelser mot förra året"), lambda r: r[1].reminders.change),
                number(self.tr("Felaktiga underlag"), lambda r: r[1].incorrect_documents.value),
            ],
            tooltip=lambda r: (
                _tooltip_share(r[0])
                + "\n\n"
                + definition(TT.REMINDER)
                + "\n"
                + definition(TT.INCORRECT_DOCUMENT)
            ),
            parent=self,
        )
        self.customer_table = RecordTableView()
        self.customer_table.setObjectName("customerIndicatorTable")
        self.customer_proxy = RecordFilterProxy(self)
        self.customer_proxy.setSourceModel(self.customer_model)
        self.customer_table.setModel(self.customer_proxy)
        indicators = QSplitter(Qt.Orientation.Vertical)
        indicators.addWidget(self.indicator_table)
        indicators.addWidget(self.customer_table)
        self.tabs.addTab(indicators, self.tr("Nyckeltal"))

        month_column: Column[ProductivityRow] = Column(
            self.tr("Månad"), lambda r: month_label(r.period_key), sort_key=lambda r: r.period_key
        )
        trend_model: RecordTableModel[ProductivityRow] = RecordTableModel(
            [
                month_column,
                Column(self.tr("Process"), lambda r: r.process_name),
                number(self.tr("Fakturor"), lambda r: r.invoices),
            ],
            parent=self,
        )
        self.trend_tab = ChartTab("volumeTrendChart", trend_model)
        self.tabs.addTab(self.trend_tab, self.tr("Volymtrend"))

        per_fte_model: IndicatorTableModel[ProductivityRow] = IndicatorTableModel(
            [
                month_column,
                Column(self.tr("Nyckeltal"), lambda r: r.label, max_width=320),
                number(self.tr("Fakturor"), lambda r: r.invoices),
                number(self.tr("Årsarbetare"), lambda r: r.fte, "decimal", decimals=2),
                number(self.tr("Per ÅA och månad"), lambda r: r.value),
                number(self.tr("Mål"), lambda r: r.target),
                status_column(self.tr("Status"), lambda r: r.status),
            ],
            status={6: lambda r: r.status},
            tooltip=_tooltip_productivity,
            parent=self,
        )
        self.per_fte_tab = ChartTab("perFteChart", per_fte_model)
        self.ledger_combo = QComboBox()
        self.ledger_combo.setObjectName("perFteLedger")
        self.ledger_combo.addItem(self.tr("Kundreskontra"), 0)
        self.ledger_combo.addItem(self.tr("Leverantörsreskontra"), 1)
        self.ledger_combo.currentIndexChanged.connect(lambda _i: self._show_per_fte())
        self.per_fte_tab.controls.addWidget(QLabel(self.tr("Process:")))
        self.per_fte_tab.controls.addWidget(self.ledger_combo)
        self.per_fte_tab.controls.addStretch(1)
        self.tabs.addTab(self.per_fte_tab, self.tr("Fakturor per årsarbetare"))

        share_model: IndicatorTableModel[ShareRow] = IndicatorTableModel(
            [
                Column(self.tr("Kund"), lambda r: r.customer_name, max_width=300),
                number(self.tr("E-andel alla fakturor"), lambda r: r.electronic_share, "percent"),
                number(self.tr("E-andel kund"), lambda r: r.customer_share.value, "percent"),
                number(self.tr("E-andel lev."), lambda r: r.supplier_share.value, "percent"),
                number(self.tr("Fakturor"), lambda r: r.customer_invoices + r.supplier_invoices),
            ],
            tooltip=_tooltip_share,
            parent=self,
        )
        self.share_tab = ChartTab("electronicShareChart", share_model, side_by_side=True)
        self.share_combo = QComboBox()
        self.share_combo.setObjectName("shareLedger")
        self.share_combo.addItem(self.tr("Alla fakturor"), "all")
        self.share_combo.addItem(self.tr("Kundfakturor"), "customer")
        self.share_combo.addItem(self.tr("Leverantörsfakturor"), "supplier")
        self.share_combo.currentIndexChanged.connect(lambda _i: self._show_shares())
        self.share_tab.controls.addWidget(QLabel(self.tr("Fakturor:")))
        self.share_tab.controls.addWidget(self.share_combo)
        self.share_tab.controls.addStretch(1)
        self.tabs.addTab(self.share_tab, self.tr("E-andel per kund"))

        need_model: RecordTableModel[StaffingNeedRow] = RecordTableModel(
            [
                Column(
                    self.tr("Månad"), lambda r: month_label(r.period_key), sort_key=lambda r: r.period_key
                ),
                Column(self.tr("Process"), lambda r: r.process_name),
                number(self.tr("Fakturor"), lambda r: r.invoices),
                number(self.tr("Mål per ÅA"), lambda r: r.target),
                number(self.tr("Behov (ÅA)"), lambda r: r.needed_fte, "decimal", decimals=2),
                number(self.tr("Faktiskt (ÅA)"), lambda r: r.actual_fte, "decimal", decimals=2),
                number(self.tr("Skillnad (ÅA)"), lambda r: r.difference, "decimal", decimals=2),
            ],
            parent=self,
        )
        self.need_tab = ChartTab("staffingChart", need_model)
        self.tabs.addTab(self.need_tab, self.tr("Bemanning mot behov"))

        revenue_model: RecordTableModel[RevenueTotal] = RecordTableModel(
            [
                Column(self.tr("Kund"), lambda r: r.name, max_width=300),
                number(self.tr("Transaktioner (kr)"), lambda r: float(r.volumes), "sek"),
                number(self.tr("Timmar (kr)"), lambda r: float(r.hours), "sek"),
                number(self.tr("Totalt (kr)"), lambda r: float(r.total), "sek"),
            ],
            parent=self,
        )
        self.revenue_tab = ChartTab("revenueChart", revenue_model, side_by_side=True)
        self.what_if = WhatIfPanel(self._context)
        revenue_page = QSplitter(Qt.Orientation.Vertical)
        revenue_page.addWidget(self.revenue_tab)
        revenue_page.addWidget(self.what_if)
        revenue_page.setStretchFactor(0, 3)
        revenue_page.setStretchFactor(1, 2)
        self.tabs.addTab(revenue_page, self.tr("Intäkter och tänk om"))

    def _layout(self) -> None:
        filters = QHBoxLayout()
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.kind_combo)
        filters.addWidget(period_label)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.part_combo)
        filters.addWidget(self.year_spin)
        filters.addSpacing(12)
        unit_label = QLabel(self.tr("&Enhet:"))
        unit_label.setBuddy(self.unit_combo)
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_combo)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

    # -- choosing and loading ------------------------------------------------------------------
    def current_period(self) -> ReportPeriod:
        year = self.year_spin.value()
        kind = self.kind_combo.currentData()
        part = self.part_combo.currentData()
        if kind == MONTH and part is not None:
            return Month(year, int(part))
        if kind == TERTIAL and part is not None:
            return Tertial(year, int(part))
        return Year(year)

    def current_request(self) -> ProductivityRequest:
        unit = self.unit_combo.currentData()
        return ProductivityRequest(
            self.current_period(), None if unit is ALL_UNITS else int(unit), self.unit_combo.currentText()
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        self._generation += 1
        generation = self._generation
        request = self.current_request()
        services = self._services
        self.status_label.setText(self.tr("Läser…"))

        def work(_progress: Progress) -> ProductivityData:
            import_module("matplotlib.figure")
            return read_productivity(services, request)

        def done(data: ProductivityData) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                self._show(data)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                self.status_label.setText(self.tr("Kunde inte läsa nyckeltalen."))
                messages.show_error(self, self.tr("Kan inte läsa nyckeltal och intäkter"), exc)

        self._context.tasks.run(
            self.tr("Läser nyckeltal och intäkter"), work, done, failed, show_progress=False
        )

    # -- showing ---------------------------------------------------------------------------------
    def _draw(self, chart: ChartCanvas, build: Callable[[], Figure]) -> None:
        try:
            chart.set_figure(build())
        except Exception:  # a chart that cannot be drawn is a bug; the others still show
            log.exception("building the chart %s failed", chart.objectName())
            chart.show_message(self.tr("Diagrammet kunde inte ritas."))

    def _show(self, data: ProductivityData) -> None:
        self.data = data
        request = data.request
        year, scope = request.period.year, request.scope
        report = data.report
        self.indicator_model.set_records(report.productivity)
        self.indicator_table.fit_columns([c.max_width for c in self.indicator_model.columns])
        counts = {c.customer_id: c for c in report.counts}
        self.customer_model.set_records([(s, counts[s.customer_id]) for s in report.shares])
        self.customer_table.fit_columns([c.max_width for c in self.customer_model.columns])

        scoped = [r for r in data.monthly if r.unit_id == request.unit_id]
        scoped_last = [r for r in data.monthly_last_year if r.unit_id == request.unit_id]
        self.trend_tab.set_rows(list(scoped))
        self._draw(
            self.trend_tab.chart,
            lambda: charts.volume_trend_chart(scoped, scoped_last, year=year, scope=scope),
        )
        self._show_per_fte()
        self._show_shares()
        self.need_tab.set_rows(list(data.need))
        self._draw(self.need_tab.chart, lambda: charts.staffing_chart(data.need, year=year, scope=scope))
        by_customer: list[RevenueTotal] = data.revenue.by_customer()
        self.revenue_tab.set_rows(list(by_customer))
        self._draw(
            self.revenue_tab.chart,
            lambda: charts.revenue_chart(by_customer, period=request.period.label, scope=scope),
        )
        self.what_if.set_scope(request.period, request.unit_id, data.customers)
        missing = data.revenue.missing_prices
        text = self.tr("{period}, {scope}: intäkter {total}").format(
            period=request.period.label, scope=scope, total=format_sek(data.revenue.total)
        )
        if missing:
            text += self.tr(" – pris saknas för {year}: {types}").format(
                year=request.period.year, types=", ".join(missing)
            )
        self.status_label.setText(text)

    def _show_per_fte(self) -> None:
        data = self.data
        if data is None:
            return
        ledger = int(self.ledger_combo.currentData())
        indicator = ("customer_invoices_per_fte_month", "supplier_invoices_per_fte_month")[ledger]
        rows = [r for r in data.monthly if r.unit_id == data.request.unit_id and r.indicator == indicator]
        self.per_fte_tab.set_rows(list(rows))
        self._draw(
            self.per_fte_tab.chart,
            lambda: charts.invoices_per_fte_chart(
                rows, year=data.request.period.year, scope=data.request.scope
            ),
        )

    def _show_shares(self) -> None:
        data = self.data
        if data is None:
            return
        ledger = self.share_combo.currentData()
        rows = data.report.shares
        self.share_tab.set_rows(list(rows))
        self._draw(
            self.share_tab.chart,
            lambda: charts.electronic_share_chart(
                rows, ledger, period=data.request.period.label, scope=data.request.scope
            ),
        )

    # -- export ----------------------------------------------------------------------------------
    def export_reconciliation(self) -> None:
        request = self.current_request()
        title = self.tr("Avstämning {period} {scope}").format(period=request.period.key, scope=request.scope)
        path = ask_file(self, title)
        if path is None:
            return
        services = self._services

        def work(_progress: Progress) -> Path:
            from ekadm_desktop.reports.reconciliation_export import (
                export_reconciliation,
                gather_reconciliation,
            )

            data = gather_reconciliation(
                services.indicators,
                services.revenue,
                request.period,
                unit_id=request.unit_id,
                scope=request.scope,
            )
            export_reconciliation(path, data)
            return path

        def done(saved: Path) -> None:
            if shiboken6.isValid(self):
                self.status_label.setText(self.tr("Avstämningen sparad i {path}").format(path=saved))

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                messages.show_error(self, self.tr("Kan inte spara avstämningen"), exc)

        self._context.tasks.run(self.tr("Sparar avstämningen"), work, done, failed)
