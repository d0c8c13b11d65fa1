"""The customer page's phone section: the year's phone figures of the customer's responsible unit.

A line with the year's answer rate against the target (status written out), then the months as a
compact table (offered, answered, answer rate, average speed of answer, service level), each
header with its definition as tooltip. Figures come from ``PhoneStatsService.customer_unit_year``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.services.phone_stats import SeriesPoint, UnitYear, answer_rate_name
from ekadm_desktop.ui.common.record_table import Column
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers.sections import LoadingSection, SectionTable
from ekadm_desktop.ui.telephony.view import (
    DefinitionModel,
    int_column,
    percent_column,
    seconds_column,
    status_text,
)


class PhoneSection(LoadingSection[UnitYear]):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        stats = context.services.phone_stats
        self.summary = QLabel()
        self.summary.setObjectName("phoneSummary")
        self.summary.setWordWrap(True)
        definitions = {d.code: d.text for d in stats.definitions()}
        columns: list[Column[SeriesPoint]] = [
            Column(self.tr("Månad"), lambda p: p.label, sort_key=lambda p: p.key, max_width=160),
            int_column(self.tr("Erbjudna"), lambda p: p.figures.offered),
            int_column(self.tr("Besvarade"), lambda p: p.figures.answered),
            percent_column(self.tr("Svarsfrekvens"), lambda p: p.figures.answer_rate),
            seconds_column(self.tr("Snittväntetid"), lambda p: p.figures.asa_seconds),
            percent_column(self.tr("Servicenivå"), lambda p: p.figures.service_level),
        ]
        tips = ["", definitions["offered"], definitions["answered"], definitions["answer_rate"]]
        tips += [definitions["asa_seconds"], definitions["service_level"]]
        self.model = DefinitionModel(columns, tips, self)
        self.table = SectionTable(12)
        self.table.setObjectName("phoneMonthsTable")
        self.table.setModel(self.model)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self._rate_name = answer_rate_name(stats.options.answer_rate_variant)

    def loading_text(self) -> str:
        return self.tr("Läser telefonstatistik")

    def fetch(self, customer_id: int, year: int) -> UnitYear:
        return self.context.services.phone_stats.customer_unit_year(customer_id, year)

    def present(self, data: UnitYear) -> None:
        if data.figures is None:
            self.show_message(
                self.tr(
                    "Kundens ansvariga enhet ({unit}) har inget gruppnummer med telefonstatistik."
                ).format(unit=data.unit_name or cs.DASH)
            )
            return
        f = data.figures
        self.summary.setText(
            self.tr(
                "{unit}, {year}: {offered} erbjudna samtal, {rate_name} {rate} (mål {target}: {status})."
            ).format(
                unit=data.unit_name,
                year=data.year,
                offered=cs.format_int(f.offered),
                rate_name=self._rate_name.lower(),
                rate=cs.format_percent(f.answer_rate),
                target=cs.format_percent(data.target, 0),
                status=status_text(self, data.status),
            )
        )
        self.model.set_records([p for p in data.months if p.figures.offered or p.figures.answered])
        self.table.resizeColumnsToContents()
