"""The customer page's complaint section: the customer's complaints of all years, newest first.

A compact table (case number, received, status, category, error cause), overdue ones in red;
double-click or Enter opens the complaint in its dialog. The status flow's steps are taken in the
register ("Klagomål").
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ekadm_desktop.services.complaints import ComplaintFilter, ComplaintRow
from ekadm_desktop.ui.common.filter_bar import RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, ModelIndex, RecordTableModel
from ekadm_desktop.ui.complaints.actions import ComplaintActions
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customer_log.view import overdue_brush
from ekadm_desktop.ui.customers.sections import LoadingSection, SectionTable

MAX_VISIBLE_ROWS = 10  # more complaints scroll inside the table


class _ComplaintModel(RecordTableModel[ComplaintRow]):
    """Overdue complaints in a readable red."""

    def __init__(self, columns: list[Column[ComplaintRow]], overdue: QBrush, parent: QWidget) -> None:
        super().__init__(columns, parent=parent)
        self._overdue_brush = overdue

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return self._overdue_brush if self.record(index.row()).overdue else None
        return super().data(index, role)


class ComplaintsSection(LoadingSection[list[ComplaintRow]]):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._customer: tuple[int, int] | None = None  # (customer id, year) shown
        self.operations = ComplaintActions(self, context, self._changed)
        self.model = _ComplaintModel(
            [
                Column(
                    self.tr("Ärendenr"),
                    lambda r: r.case_number,
                    sort_key=lambda r: f"{r.year}-{r.serial:06d}",
                ),
                Column(
                    self.tr("Inkom"),
                    lambda r: r.received_on.isoformat(),
                    sort_key=lambda r: r.received_at.isoformat(),
                    value=lambda r: r.received_on,
                ),
                Column(self.tr("Status"), self._status_text, max_width=240),
                Column(self.tr("Kategori"), lambda r: r.category_label, max_width=200),
                Column(self.tr("Felorsak"), lambda r: r.error_cause_label, max_width=240),
            ],
            overdue_brush(self.palette()),
            self,
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = SectionTable(MAX_VISIBLE_ROWS)
        self.table.setObjectName("complaintsTable")
        self.table.setModel(self.proxy)
        self.table.setToolTip(self.tr("Dubbelklicka på ett ärende för att öppna det."))
        self.table.doubleClicked.connect(self.open_complaint)
        open_action = QAction(self.tr("Öppna ärendet"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda _checked=False: self.open_complaint(self.table.currentIndex()))
        self.table.addAction(open_action)
        self.count_label = QLabel()
        self.count_label.setObjectName("complaintsCount")

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def _status_text(self, row: ComplaintRow) -> str:
        if row.overdue:
            return self.tr("{status}, försenat").format(status=row.status_label)
        return row.status_label

    def show_customer(self, customer_id: int, year: int) -> None:
        self._customer = (customer_id, year)
        super().show_customer(customer_id, year)

    def loading_text(self) -> str:
        return self.tr("Läser kundens klagomål")

    def fetch(self, customer_id: int, year: int) -> list[ComplaintRow]:
        return self.context.services.complaints.list(ComplaintFilter(customer_ids=(customer_id,)))

    def present(self, data: list[ComplaintRow]) -> None:
        # The service's order (newest first) until the user sorts by a column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.model.set_records(data)
        if not data:
            self.table.hide()
            self.count_label.setText(self.tr("Kunden har inga klagomål i registret."))
            return
        self.table.show()
        self.table.fit_columns([c.max_width for c in self.model.columns])
        open_count = sum(1 for r in data if r.is_open)
        overdue = sum(1 for r in data if r.overdue)
        text = (
            self.tr("1 klagomål (alla år)")
            if len(data) == 1
            else self.tr("{count} klagomål (alla år)").format(count=len(data))
        )
        if open_count:
            text += (
                self.tr(", {open} öppna").format(open=open_count) if open_count > 1 else self.tr(", 1 öppet")
            )
        if overdue:
            text += (
                self.tr(", {overdue} försenade").format(overdue=overdue)
                if overdue > 1
                else self.tr(", 1 försenat")
            )
        self.count_label.setText(text)

    def complaints(self) -> list[ComplaintRow]:
        """The complaints in the order the table shows them."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def open_complaint(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.record(self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row())
        self.operations.open(row)

    def _changed(self, _complaint_id: int | None) -> None:
        if self._customer is not None:
            self.show_customer(*self._customer)
