"""The what-if panel: raise the electronic share of one customer or all by X percentage points
and see the revenue and the FTE needed before and after (``RevenueService.what_if``)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.progress import Progress
from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.reports import volume_charts as charts
from ekadm_desktop.services.indicators import ReportPeriod
from ekadm_desktop.services.revenue import WhatIfResult
from ekadm_desktop.ui.charts.canvas import ChartCanvas
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.context import ViewContext

log = logging.getLogger(__name__)
ALL_CUSTOMERS = None


class WhatIfPanel(QGroupBox):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tänk om: högre e-andel"))
        self.setObjectName("whatIfPanel")
        self._context = context
        self._period: ReportPeriod | None = None
        self._unit_id: int | None = None
        self._generation = 0
        self.result: WhatIfResult | None = None

        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("whatIfCustomer")
        self.customer_combo.setAccessibleName(self.tr("Kund"))
        self.customer_combo.addItem(self.tr("Alla kunder"), ALL_CUSTOMERS)
        self.points_spin = QDoubleSpinBox()
        self.points_spin.setObjectName("whatIfPoints")
        self.points_spin.setRange(0, 100)
        self.points_spin.setDecimals(1)
        self.points_spin.setSingleStep(1)
        self.points_spin.setValue(5)
        self.points_spin.setSuffix(self.tr(" procentenheter"))
        self.points_spin.setAccessibleName(self.tr("Ökning av e-andelen"))
        self.points_spin.setToolTip(
            self.tr(
                "Så många procentenheter av fakturorna flyttas från manuell till elektronisk hantering "
                "i kund- och leverantörsreskontran (högst de manuella). Behovet av årsarbetare räknas "
                "om med prisernas förhållande som mått på arbetet per faktura."
            )
        )
        self.calculate_button = QPushButton(self.tr("Beräkna"))
        self.calculate_button.setObjectName("whatIfCalculate")
        self.calculate_button.clicked.connect(lambda _checked=False: self.calculate())
        self.summary = QLabel(self.tr("Välj kund och ökning och tryck Beräkna."))
        self.summary.setObjectName("whatIfSummary")
        self.summary.setWordWrap(True)
        self.chart = ChartCanvas()
        self.chart.setObjectName("whatIfChart")
        self.chart.setMinimumHeight(220)
        self.chart.show_message(self.tr("Ingen beräkning ännu"))

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Kund:")))
        controls.addWidget(self.customer_combo, 1)
        controls.addWidget(QLabel(self.tr("Höj e-andelen med:")))
        controls.addWidget(self.points_spin)
        controls.addWidget(self.calculate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)

    def set_scope(self, period: ReportPeriod, unit_id: int | None, customers: list[tuple[int, str]]) -> None:
        """The period and unit of the view, and the customers to choose from (keeps the choice)."""
        self._period, self._unit_id = period, unit_id
        chosen = self.customer_combo.currentData()
        self.customer_combo.blockSignals(True)
        self.customer_combo.clear()
        self.customer_combo.addItem(self.tr("Alla kunder"), ALL_CUSTOMERS)
        for customer_id, name in customers:
            self.customer_combo.addItem(name, customer_id)
        index = self.customer_combo.findData(chosen)
        self.customer_combo.setCurrentIndex(max(index, 0))
        self.customer_combo.blockSignals(False)

    def calculate(self, on_done: Callable[[WhatIfResult], None] | None = None) -> None:
        if self._period is None:
            return
        self._generation += 1
        generation = self._generation
        period, unit_id = self._period, self._unit_id
        customer = self.customer_combo.currentData()
        points = self.points_spin.value()
        revenue = self._context.services.revenue

        def work(_progress: Progress) -> WhatIfResult:
            return revenue.what_if(
                period, points, customer_id=None if customer is None else int(customer), unit_id=unit_id
            )

        def done(result: WhatIfResult) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                self.show_result(result)
                if on_done is not None:
                    on_done(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                messages.show_error(self, self.tr("Kan inte räkna fram tänk om-exemplet"), exc)

        self._context.tasks.run(self.tr("Räknar tänk om"), work, done, failed, show_progress=False)

    def show_result(self, result: WhatIfResult) -> None:
        self.result = result
        self.summary.setText(
            self.tr(
                "{scope}, {period}: intäkter {before} → {after} ({change}); årsarbetare som behövs i "
                "reskontrorna {fte_before} → {fte_after}."
            ).format(
                scope=result.scope_name,
                period=result.period.label,
                before=cs.format_sek(result.revenue_before),
                after=cs.format_sek(result.revenue_after),
                change=("+" if result.revenue_change > 0 else "") + cs.format_sek(result.revenue_change),
                fte_before=cs.format_decimal(result.fte_needed_before),
                fte_after=cs.format_decimal(result.fte_needed_after),
            )
        )
        try:
            self.chart.set_figure(charts.what_if_chart(result))
        except Exception:  # a chart that cannot be drawn is a bug; the numbers above still show
            log.exception("building the what-if chart failed")
            self.chart.show_message(self.tr("Diagrammet kunde inte ritas."))
