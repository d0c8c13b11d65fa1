"""Klagomål: the complaint register, filtered, searched and sorted by the database and shown page
by page, with the selected complaint's texts below the table and the status flow's next steps as
buttons.

Queries run as background tasks; the answer to an older query that arrives after a newer one was
asked is dropped. Further pages come from ``PagedTableModel.fetchMore``, the page after the last
one shown read ahead in the background (``PagedQuery``).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QItemSelection, QLocale, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QBrush,
    QFont,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.models.complaints import Category, ComplaintStatus, ComplaintType, ErrorCause
from ekadm_desktop.models.users import Role
from ekadm_desktop.progress import Progress
from ekadm_desktop.services.complaints import (
    COMPLAINT_ORDER_COLUMNS,
    ComplaintFilter,
    ComplaintOrder,
    ComplaintRow,
    labels,
)
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.export import export_view
from ekadm_desktop.ui.common.paged_model import PAGE_SIZE, ModelIndex, PagedTableModel
from ekadm_desktop.ui.common.record_table import Column, RecordTableView
from ekadm_desktop.ui.complaints.actions import ComplaintActions, Step
from ekadm_desktop.ui.complaints.paging import PagedQuery
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customer_log.view import overdue_brush

log = logging.getLogger(__name__)
E = TypeVar("E", bound=enum.Enum)
SEARCH_DELAY_MS = 250  # a search runs this long after typing stops (Enter runs it at once)
NO_FILTER = None  # the data of "Alla" in a filter combo
OVERDUE_MARK = "⚠"  # before the deadline of an overdue complaint: it is not said by colour alone
# Columns narrowed, in this order and down to these widths, when the table is wider than the view
# (their texts are elided, and shown whole in the detail pane and in the tooltip).
NARROWED = ((2, 140), (3, 110), (6, 115), (9, 105), (4, 85), (8, 105), (7, 105))


def chosen(combo: QComboBox, enum_cls: type[E]) -> tuple[E, ...]:
    """The value chosen in a filter combo of ``enum_cls``, or none for "Alla"."""
    value = combo.currentData()
    return () if value is NO_FILTER else (enum_cls(value),)


def date_text(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


class ComplaintTableModel(PagedTableModel[ComplaintRow]):
    """The register's rows; an overdue row also says so in a tooltip."""

    def __init__(
        self,
        columns: list[Column[ComplaintRow]],
        *,
        value_of: Callable[[ComplaintRow, int], object],
        foreground: Callable[[ComplaintRow], QBrush | None],
        tooltip: Callable[[ComplaintRow], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, value_of=value_of, foreground=foreground, parent=parent)
        self._tooltip = tooltip

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return self._tooltip(self.record(index.row())) or super().data(index, role)
        return super().data(index, role)


class ComplaintsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsView")
        self._context = context
        self._services = context.services
        self._complaints = context.services.complaints
        self.operations = ComplaintActions(self, context, self._changed)
        self._filter = ComplaintFilter()
        self._order = ComplaintOrder()
        self._query: PagedQuery[ComplaintRow] | None = None
        self._generation = 0
        self._loaded = False
        self._fitted = False
        self._fitting = False
        self._columns_sized_by_user = False
        self._total = 0
        self._overdue_total = 0
        self._overdue = overdue_brush(self.palette())

        self._build_filters()
        self._build_table()
        self._build_actions()
        self._layout()
        self._load_choices()
        self._filter = self.current_filter()
        self._update_actions()

    # -- building ------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.year_combo = self._filter_combo(self.tr("År"), 5)
        self.unit_combo = self._filter_combo(self.tr("Enhet"), 12)
        self.customer_combo = self._filter_combo(self.tr("Kund"), 22)
        self.process_combo = self._filter_combo(self.tr("Process"), 14)
        self.status_combo = self._filter_combo(self.tr("Status"), 12)
        self.type_combo = self._filter_combo(self.tr("Typ"), 9)
        self.category_combo = self._filter_combo(self.tr("Kategori"), 15)
        self.cause_combo = self._filter_combo(self.tr("Felorsak"), 15)
        for combo, enum_cls in (
            (self.status_combo, ComplaintStatus),
            (self.type_combo, ComplaintType),
            (self.category_combo, Category),
            (self.cause_combo, ErrorCause),
        ):
            for value, text in labels(enum_cls).items():
                combo.addItem(text, value.value)
        self.open_only_check = QCheckBox(self.tr("Bara öppna"))
        self.open_only_check.setToolTip(self.tr("Dölj avslutade ärenden"))
        self.overdue_only_check = QCheckBox(self.tr("Bara försenade"))
        self.overdue_only_check.setToolTip(
            self.tr("Ärenden som ännu inte är besvarade fast sista svarsdag har passerat")
        )
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Sök i ärendenummer, namn och text…"))
        self.search_edit.setAccessibleName(self.tr("Sök bland klagomålen"))
        self.search_edit.setToolTip(
            self.tr(
                "Ärenden som innehåller alla orden: i ärendenummer, kund, process, enhet, referens, "
                "diarienummer, ansvarig, kontaktperson och texterna."
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.clear_filters_button = QPushButton(self.tr("Rensa filter"))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        for check in (self.open_only_check, self.overdue_only_check):
            check.toggled.connect(self.apply_filter)
        self.clear_filters_button.clicked.connect(self.clear_filters)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.year_combo,
            self.unit_combo,
            self.customer_combo,
            self.process_combo,
            self.status_combo,
            self.type_combo,
            self.category_combo,
            self.cause_combo,
        )

    def _filter_combo(self, name: str, characters: int) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMaxVisibleItems(25)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        combo.addItem(self.tr("Alla"), NO_FILTER)
        return combo

    def _build_table(self) -> None:
        columns: list[Column[ComplaintRow]] = [
            Column(self.tr("Ärendenr"), lambda r: r.case_number, max_width=130),
            Column(self.tr("Inkom"), lambda r: date_text(r.received_on), max_width=110),
            Column(self.tr("Kund"), self._customer_text, max_width=260),
            Column(self.tr("Process"), lambda r: r.process_name, max_width=200),
            Column(self.tr("Enhet"), lambda r: r.unit_name, max_width=180),
            Column(self.tr("Typ"), lambda r: r.type_label, max_width=120),
            Column(self.tr("Kategori"), lambda r: r.category_label, max_width=180),
            Column(self.tr("Status"), lambda r: r.status_label, max_width=150),
            Column(self.tr("Svara senast"), self._deadline_text, max_width=180),
            Column(self.tr("Ansvarig"), lambda r: r.responsible, max_width=180),
            Column(self.tr("Allvarlighet"), lambda r: r.severity_label, max_width=120),
        ]
        assert len(columns) == len(COMPLAINT_ORDER_COLUMNS)  # column i sorts by COMPLAINT_ORDER_COLUMNS[i]
        self.model = ComplaintTableModel(
            columns, value_of=self._value_of, foreground=self._foreground, tooltip=self._tooltip, parent=self
        )
        self.table = RecordTableView()
        self.table.setObjectName("complaintsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # the default order
        self.model.sort_requested.connect(self._sort)
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)
        self.table.installEventFilter(self)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self._refit)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)

        self.detail = QTextBrowser()
        self.detail.setObjectName("complaintDetail")
        self.detail.setAccessibleName(self.tr("Ärendets texter"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Välj ett ärende för att läsa det."))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("Nytt klagomål…"),
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")],
            self.new_complaint,
        )
        self.open_action = self._action(
            self.tr("Öppna…"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)],
            self.open_complaint,
        )
        self.note_action = self._action(self.tr("Ny anteckning…"), [QKeySequence("Ctrl+M")], self.add_note)
        self.history_action = self._action(self.tr("Historik…"), [QKeySequence("Ctrl+H")], self.show_history)
        self.export_action = self._action(
            self.tr("Exportera till Excel…"), [QKeySequence("Ctrl+E")], self.export
        )
        self.refresh_action = self._action(
            self.tr("Läs in igen"), [QKeySequence(QKeySequence.StandardKey.Refresh)], self.reload
        )
        find = self._action(
            self.tr("Sök"),
            [QKeySequence(QKeySequence.StandardKey.Find)],
            lambda: self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason),
        )
        for action in (
            self.new_action,
            self.note_action,
            self.history_action,
            self.export_action,
            self.refresh_action,
            find,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Only on the table: Enter in a filter field applies the filter.
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)

        self.acknowledge_action = self._step_action(
            self.tr("Bekräfta mottagande"),
            self.tr("Mottagandet bekräftat till kunden i dag: registrerat → bekräftat"),
            self.acknowledge,
        )
        self.investigate_action = self._step_action(
            self.tr("Påbörja utredning"), self.tr("Bekräftat → under utredning"), self.start_investigation
        )
        self.answer_action = self._step_action(
            self.tr("Besvara…"), self.tr("Svaret till kunden, med datum: → besvarat"), self.answer
        )
        self.close_action = self._step_action(
            self.tr("Avsluta…"),
            self.tr("Besvarat → avslutat, med resultat och om kunden är nöjd"),
            self.close_complaint,
        )
        self.reopen_action = self._step_action(
            self.tr("Återöppna…"),
            self.tr("Avslutat → under utredning igen, med skäl (administratör eller controller)"),
            self.reopen,
        )
        self.step_actions = {
            Step.ACKNOWLEDGE: self.acknowledge_action,
            Step.START_INVESTIGATION: self.investigate_action,
            Step.ANSWER: self.answer_action,
            Step.CLOSE: self.close_action,
            Step.REOPEN: self.reopen_action,
        }

    def _action(self, text: str, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # a tool button would otherwise drop the "…"
        action.setShortcuts(keys)
        action.setToolTip(
            self.tr("{action} ({key})").format(
                action=text.rstrip("…"), key=keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _step_action(self, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _layout(self) -> None:
        top = QHBoxLayout()
        for action in (self.new_action, self.open_action, self.note_action, self.history_action):
            top.addWidget(self._button(action))
        top.addSpacing(8)
        top.addWidget(self._button(self.export_action))
        top.addStretch(1)
        top.addWidget(self.search_edit, 2)

        first = QHBoxLayout()
        second = QHBoxLayout()
        for row, name, widget in (
            (first, self.tr("&År:"), self.year_combo),
            (first, self.tr("&Enhet:"), self.unit_combo),
            (first, self.tr("&Kund:"), self.customer_combo),
            (first, self.tr("&Process:"), self.process_combo),
            (second, self.tr("&Status:"), self.status_combo),
            (second, self.tr("&Typ:"), self.type_combo),
            (second, self.tr("Kate&gori:"), self.category_combo),
            (second, self.tr("&Felorsak:"), self.cause_combo),
        ):
            label = QLabel(name)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(6)
        first.addStretch(1)
        second.addSpacing(6)
        second.addWidget(self.open_only_check)
        second.addWidget(self.overdue_only_check)
        second.addStretch(1)
        second.addWidget(self.clear_filters_button)

        steps = QHBoxLayout()
        steps.setContentsMargins(0, 0, 0, 0)
        steps_label = QLabel(self.tr("Ärendets gång:"))
        steps.addWidget(steps_label)
        for action in self.step_actions.values():
            steps.addWidget(self._button(action))
        steps.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(steps)
        lower_layout.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([430, 250])

        layout = QVBoxLayout(self)
        if not self._complaints.can_create:
            notice = QLabel(self.tr("Endast läsning: du kan läsa klagomålsregistret men inte ändra i det."))
            notice.setObjectName("readOnlyNotice")
            layout.addWidget(notice)
        layout.addLayout(top)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

    # -- filter choices --------------------------------------------------------------------------
    def _load_choices(self) -> None:
        admin = self._services.admin
        for combo, key in (
            (self.unit_combo, "unit"),
            (self.customer_combo, "customer"),
            (self.process_combo, "process"),
        ):
            for choice in admin.choices(key):
                text = (
                    choice.label if choice.active else self.tr("{label} (inaktiv)").format(label=choice.label)
                )
                combo.addItem(text, choice.id)
            self._widen_popup(combo)
        self._load_years()
        user = self._services.user
        if user.role is Role.UNIT_MANAGER and user.unit_id is not None:  # their own unit first
            self._set_combo(self.unit_combo, user.unit_id)

    def _load_years(self) -> None:
        """The years from the first complaint to this year (or the last complaint's), latest first."""
        current = self.year_combo.currentData()
        try:
            oldest = self._complaints.list(order=ComplaintOrder("received_at", descending=False), limit=1)
            newest = self._complaints.list(limit=1)
        except Exception as exc:  # the table's own query will report the trouble
            log.warning("could not read the complaint years", exc_info=exc)
            return
        last = max([date.today().year] + [r.year for r in newest])
        first = oldest[0].year if oldest else last
        self.year_combo.blockSignals(True)
        while self.year_combo.count() > 1:
            self.year_combo.removeItem(1)
        for year in range(last, first - 1, -1):
            self.year_combo.addItem(str(year), year)
        self._set_combo(self.year_combo, current)
        self.year_combo.blockSignals(False)

    @staticmethod
    def _set_combo(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not NO_FILTER else 0
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _widen_popup(combo: QComboBox) -> None:
        view = combo.view()
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)

    # -- filtering -------------------------------------------------------------------------------
    def current_filter(self) -> ComplaintFilter:
        def ids(combo: QComboBox) -> tuple[int, ...]:
            value = combo.currentData()
            return () if value is NO_FILTER else (int(value),)

        year = self.year_combo.currentData()
        return ComplaintFilter(
            year=None if year is NO_FILTER else int(year),
            unit_ids=ids(self.unit_combo),
            customer_ids=ids(self.customer_combo),
            process_ids=ids(self.process_combo),
            statuses=chosen(self.status_combo, ComplaintStatus),
            types=chosen(self.type_combo, ComplaintType),
            categories=chosen(self.category_combo, Category),
            error_causes=chosen(self.cause_combo, ErrorCause),
            open_only=self.open_only_check.isChecked(),
            overdue_only=self.overdue_only_check.isChecked(),
            text=self.search_edit.text(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        wanted = self.current_filter()
        if wanted != self._filter or not self._loaded:
            self._filter = wanted
            self.refresh()

    def clear_filters(self) -> None:
        widgets = (*self._combos(), self.open_only_check, self.overdue_only_check, self.search_edit)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.open_only_check.setChecked(False)
        self.overdue_only_check.setChecked(False)
        self.search_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self._order = ComplaintOrder(
            COMPLAINT_ORDER_COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder
        )
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def _is_current(self, generation: int) -> bool:
        """Whether an answer belongs to the latest query and the view still exists to show it."""
        return generation == self._generation and shiboken6.isValid(self)

    def refresh(self, select_id: int | None = None) -> None:
        """Run the query again (in the background); select ``select_id`` (default: the complaint
        selected now) if it is on the first page."""
        if select_id is None:
            select_id = self._current_id()
        self._loaded = True
        self._generation += 1
        generation = self._generation
        complaints, wanted, order = self._complaints, self._filter, self._order

        def work(_progress: Progress) -> tuple[list[ComplaintRow], int, int]:
            first = complaints.list(wanted, order=order, limit=PAGE_SIZE)
            total = complaints.count(wanted)
            overdue = total if wanted.overdue_only else complaints.count(replace(wanted, overdue_only=True))
            return first, total, overdue

        def done(result: tuple[list[ComplaintRow], int, int]) -> None:
            if self._is_current(generation):
                self._show(wanted, order, *result, select_id=select_id)

        def failed(exc: BaseException) -> None:
            if self._is_current(generation):
                self.count_label.setText(self.tr("Kunde inte läsa klagomålsregistret."))
                messages.show_error(self, self.tr("Kan inte läsa klagomålsregistret"), exc)

        self._context.tasks.run(self.tr("Läser klagomålsregistret"), work, done, failed, show_progress=False)

    def _show(
        self,
        wanted: ComplaintFilter,
        order: ComplaintOrder,
        first_page: list[ComplaintRow],
        total: int,
        overdue: int,
        *,
        select_id: int | None,
    ) -> None:
        if self._query is not None:
            self._query.closed = True
        complaints = self._complaints

        def read(offset: int, limit: int) -> list[ComplaintRow]:
            return complaints.list(wanted, order=order, offset=offset, limit=limit)

        self._query = PagedQuery(read, self._context.tasks, first_page, self._fetch_failed)
        self._total = total
        self._overdue_total = overdue
        self.model.reset(self._query.fetch)
        if not self._fitted and first_page:
            self._fit_columns()
            self._fitted = True
        if select_id is not None:
            self.select(select_id)
        self._update_count()
        self._update_detail()
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The first sizing may be made before the window is laid out: size again when the table
        # gets its width, until the user sizes a column.
        if (
            watched is self.table
            and event.type() == QEvent.Type.Resize
            and self._fitted
            and not self._columns_sized_by_user
        ):
            assert isinstance(event, QResizeEvent)
            if event.oldSize().width() != event.size().width():
                self._refit_timer.start()  # once the viewport has its new width too
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        if not self._columns_sized_by_user and shiboken6.isValid(self):
            self._fit_columns()

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        # The last column stretches with the table by itself; any other resize not ours is the user's.
        if not self._fitting and section != self.model.columnCount() - 1:
            self._columns_sized_by_user = True

    def _fit_columns(self) -> None:
        """Size the columns to their contents; if they do not all fit, narrow the long texts rather
        than hide the columns on the right."""
        self._fitting = True
        try:
            self._fit_columns_now()
        finally:
            self._fitting = False

    def _fit_columns_now(self) -> None:
        self.table.fit_columns([c.max_width for c in self.model.columns])
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        scroll_bar = self.table.verticalScrollBar()
        if not scroll_bar.isVisible():  # it appears once the rows are laid out
            available -= scroll_bar.sizeHint().width()
        overflow = sum(header.sectionSize(c) for c in range(header.count())) - available
        for column, narrowest in NARROWED:
            if overflow <= 0:
                break
            size = header.sectionSize(column)
            cut = min(overflow, max(size - narrowest, 0))
            header.resizeSection(column, size - cut)
            overflow -= cut

    def _fetch_failed(self, exc: BaseException) -> None:
        log.warning("reading more of the complaint register failed", exc_info=exc)
        message, _detail = messages.error_text(exc)
        self.count_label.setText(self.tr("Kunde inte läsa fler ärenden: {error}").format(error=message))

    def _update_count(self) -> None:
        number = QLocale().toString(self._total)
        text = self.tr("{count} klagomål").format(count=number)
        if self._overdue_total:
            text = self.tr("{count} klagomål, varav {overdue} försenade").format(
                count=number, overdue=QLocale().toString(self._overdue_total)
            )
            if self._overdue_total == 1:
                text = self.tr("{count} klagomål, varav 1 försenat").format(count=number)
        self.count_label.setText(text)

    # -- selection -------------------------------------------------------------------------------
    def current_record(self) -> ComplaintRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _current_id(self) -> int | None:
        current = self.current_record()
        return current.id if current is not None else None

    def select(self, complaint_id: int) -> bool:
        """Select the complaint if it is among the rows read so far."""
        row = self.model.find_row(lambda r: r.id == complaint_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_detail()
        self._update_actions()

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.open_action.trigger()

    def _update_actions(self) -> None:
        current = self.current_record()
        operations = self.operations
        self.new_action.setEnabled(operations.can_create)
        self.open_action.setEnabled(current is not None)
        self.note_action.setEnabled(operations.can_edit(current))
        self.history_action.setEnabled(current is not None)
        for step, action in self.step_actions.items():
            action.setEnabled(operations.can_take(step, current))

    def _update_detail(self) -> None:
        row = self.current_record()
        self.detail.clear()
        if row is None:
            return
        cursor = self.detail.textCursor()
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.font().pointSizeF() * 1.15)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        plain = QTextCharFormat()
        warning = QTextCharFormat()
        warning.setForeground(self._overdue)
        warning.setFontWeight(QFont.Weight.Bold)

        title = (
            f"{row.case_number} – {self._customer_text(row)}" if self._customer_text(row) else row.case_number
        )
        cursor.insertText(title, heading)
        facts = [
            row.status_label,
            self.tr("inkom {day}").format(day=row.received_at.strftime("%Y-%m-%d %H:%M")),
            row.channel_label.lower(),
            row.type_label.lower(),
            row.process_name,
            row.unit_name,
            row.category_label,
            self.tr("allvarlighet {severity}").format(severity=row.severity_label.lower()),
        ]
        if row.responsible:
            facts.append(self.tr("ansvarig {person}").format(person=row.responsible))
        if row.contact_person and not row.anonymous:
            facts.append(self.tr("kontakt {person}").format(person=row.contact_person))
        if row.secret:
            facts.append(self.tr("sekretess"))
        cursor.insertText("\n" + " · ".join(f for f in facts if f), plain)
        deadline = self.tr("Svara senast {day}").format(day=date_text(row.deadline))
        if row.overdue:
            cursor.insertText("\n" + deadline + " – " + self.tr("försenat"), warning)
        elif row.answered_on is not None:
            cursor.insertText(
                "\n" + deadline + " · " + self.tr("besvarat {day}").format(day=date_text(row.answered_on)),
                plain,
            )
        else:
            cursor.insertText("\n" + deadline, plain)
        for name, text in (
            (self.tr("Beskrivning"), row.description),
            (self.tr("Önskad åtgärd"), row.requested_action),
            (self.tr("Rotorsak"), " ".join(t for t in (row.root_cause_code, row.root_cause_text) if t)),
            (self.tr("Omedelbar åtgärd"), row.immediate_action),
            (self.tr("Korrigerande eller förebyggande åtgärd"), row.corrective_action),
            (self.tr("Svar"), row.answer_text),
        ):
            if text:
                cursor.insertText("\n\n" + name + "\n", bold)
                cursor.insertText(text, plain)
        self.detail.moveCursor(QTextCursor.MoveOperation.Start)

    # -- model callbacks -------------------------------------------------------------------------
    def _customer_text(self, row: ComplaintRow) -> str:
        if row.customer_name:
            return row.customer_name
        return self.tr("(anonym)") if row.anonymous else ""

    def _deadline_text(self, row: ComplaintRow) -> str:
        if row.overdue:  # the sign says it without colour; the tooltip says it in words
            return f"{OVERDUE_MARK} {date_text(row.deadline)}"
        return date_text(row.deadline)

    def _tooltip(self, row: ComplaintRow) -> str | None:
        if row.overdue:
            return self.tr("Försenat: inte besvarat, fast svaret skulle ha lämnats senast {day}.").format(
                day=date_text(row.deadline)
            )
        return None

    def _foreground(self, row: ComplaintRow) -> QBrush | None:
        return self._overdue if row.overdue else None

    @staticmethod
    def _value_of(row: ComplaintRow, column: int) -> object:
        values: tuple[object, ...] = (
            row.case_number,
            row.received_at,
            row.customer_name or None,
            row.process_name or None,
            row.unit_name,
            row.type_label,
            row.category_label or None,
            row.status_label,
            row.deadline,
            row.responsible or None,
            row.severity_label,
        )
        return values[column]

    # -- actions ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the register again, the years to choose from too (others may have registered)."""
        self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self._load_years()
        self.refresh(select_id=select_id)

    def new_complaint(self) -> None:
        customer = self.customer_combo.currentData()
        unit = self.unit_combo.currentData()
        self.operations.new(
            customer_id=None if customer is NO_FILTER else int(customer),
            unit_id=None if unit is NO_FILTER else int(unit),
        )

    def open_complaint(self) -> None:
        row = self.current_record()
        if row is not None:
            self.operations.open(row)

    def acknowledge(self) -> None:
        self._step(self.operations.acknowledge)

    def start_investigation(self) -> None:
        self._step(self.operations.start_investigation)

    def answer(self) -> None:
        self._step(self.operations.answer)

    def close_complaint(self) -> None:
        self._step(self.operations.close)

    def reopen(self) -> None:
        self._step(self.operations.reopen)

    def add_note(self) -> None:
        self._step(self.operations.add_note)

    def _step(self, operation: Callable[[ComplaintRow], None]) -> None:
        row = self.current_record()
        if row is not None:
            operation(row)

    def show_history(self) -> None:
        row = self.current_record()
        if row is not None:
            self.operations.history(row)

    def export(self) -> None:
        year = self.year_combo.currentData()
        title = self.tr("Klagomål") if year is NO_FILTER else self.tr("Klagomål {year}").format(year=year)
        export_view(self, self.model, title, title, header=self.table.horizontalHeader())
