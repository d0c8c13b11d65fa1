"""The customer log (kundlogg): every entry of every customer, filtered, searched and sorted by the
database and shown page by page; new entries, changes, deletes, and undo of a delete.

Queries run as background tasks (sorting 100,000 entries by a name takes longer than a GUI thread
may wait); the answer to an older query that arrives after a newer one was asked is dropped.
Further pages come from ``PagedTableModel.fetchMore`` on the GUI thread, so the page after the
last one shown is read ahead in the background.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
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

from ekadm_desktop.errors import ValidationError
from ekadm_desktop.models.customer_log import LogKind
from ekadm_desktop.periods import parse_period
from ekadm_desktop.progress import Progress
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.customer_log import (
    LOG_ORDER_COLUMNS,
    CustomerLogService,
    DeletedEntry,
    FollowUpState,
    LogEntryRow,
    LogFilter,
    LogOrder,
)
from ekadm_desktop.services.fields import Choice, Record
from ekadm_desktop.services.history import HistoryEntry
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.history_dialog import HistoryDialog
from ekadm_desktop.ui.common.import_dialog import open_import
from ekadm_desktop.ui.common.paged_model import PAGE_SIZE, PagedTableModel
from ekadm_desktop.ui.common.record_form import RecordFormDialog
from ekadm_desktop.ui.common.record_table import Column, RecordTableView
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250  # a search runs this long after typing stops (Enter runs it at once)
NO_FILTER = None  # the data of "Alla" in a filter combo
CUSTOMER_COLUMN = 1
SUBJECT_COLUMN = 4


def date_text(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def overdue_brush(palette: QPalette) -> QBrush:
    """A red that reads well on the table's background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QBrush(QColor("#ff8a80") if dark else QColor("#b3261e"))


# -- the form, shared with the follow-ups view ------------------------------------------------------


@dataclass(frozen=True)
class FormOutcome:
    saved: LogEntryRow | None  # None if the user cancelled
    reload: bool = False  # the user chose "Läs in igen" after a conflict


def open_entry_form(
    parent: QWidget, services: Services, row: LogEntryRow | None, *, customer_id: int | None = None
) -> FormOutcome:
    """The form for a new entry (``row`` None, for ``customer_id`` if given) or for changing ``row``."""
    log_service = services.customer_log
    fields = log_service.fields()
    if row is None or row.complaint_id is None:
        # No service lists complaints to choose from yet; a link made elsewhere can be seen and removed.
        fields = tuple(f for f in fields if f.name != "complaint_id")

    def choices(ref: str) -> list[Choice]:
        if ref == "complaint":
            if row is None or row.complaint_id is None:
                return []
            return [Choice(row.complaint_id, row.complaint_case_number)]
        return services.admin.choices(ref)

    if row is None:
        title = QCoreApplication.translate("CustomerLogForm", "Ny post i kundloggen")
        values = log_service.new_values(customer_id)

        def save(changed: dict[str, object]) -> LogEntryRow:
            return log_service.create(changed)

    else:
        title = QCoreApplication.translate("CustomerLogForm", "Ändra post – {subject}").format(
            subject=row.subject
        )
        values = row.values()
        entry_id, version = row.id, row.version

        def save(changed: dict[str, object]) -> LogEntryRow:
            return log_service.update(entry_id, version, changed)

    def load_current() -> Record:
        assert row is not None
        return as_record(log_service.get(row.id))

    def save_against(changed: dict[str, object], current_version: int) -> LogEntryRow:
        assert row is not None
        return log_service.update(row.id, current_version, changed)

    def last_change() -> tuple[str, datetime | None] | None:
        assert row is not None
        entry = services.history.last_change("log_entry", row.id)
        return (entry.who, entry.at) if entry is not None else None

    editing = row is not None
    dialog = RecordFormDialog(
        title,
        fields,
        values,
        choices,
        save,
        editing=editing,
        parent=parent,
        load_current=load_current if editing else None,
        save_against=save_against if editing else None,
        last_change=last_change if editing else None,
    )
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved if accepted and isinstance(dialog.saved, LogEntryRow) else None
        return FormOutcome(saved, dialog.reload_requested)
    finally:
        dialog.deleteLater()


def as_record(row: LogEntryRow) -> Record:
    """A log entry as the form's generic record (for the conflict dialog)."""
    return Record(id=row.id, version=row.version, title=row.subject, values=row.values(), texts={})


def show_entry_history(parent: QWidget, context: ViewContext, row: LogEntryRow) -> None:
    """Every change to the entry, from the audit trail, in a dialog."""
    services = context.services
    labels = {f.name: f.label for f in services.customer_log.fields()}
    title = QCoreApplication.translate("CustomerLogForm", "Historik – {subject}").format(subject=row.subject)

    def work(_progress: Progress) -> list[HistoryEntry]:
        return services.history.history("log_entry", row.id, labels)

    def done(entries: list[HistoryEntry]) -> None:
        dialog = HistoryDialog(entries, title, parent)
        dialog.exec()
        dialog.deleteLater()

    def failed(exc: BaseException) -> None:
        messages.show_error(
            parent, QCoreApplication.translate("CustomerLogForm", "Kan inte visa historiken"), exc
        )

    context.tasks.run(
        QCoreApplication.translate("CustomerLogForm", "Läser in historiken"),
        work,
        done,
        failed,
        show_progress=False,
    )


# -- paging ------------------------------------------------------------------------------------------


class _PagedQuery:
    """One query (a filter and an order) read page by page for ``PagedTableModel``: the first page
    comes with the query's answer, and the page after the last one handed out is read ahead."""

    def __init__(
        self,
        log_service: CustomerLogService,
        tasks: TaskRunner,
        log_filter: LogFilter,
        order: LogOrder,
        first_page: list[LogEntryRow],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._log = log_service
        self._tasks = tasks
        self._filter = log_filter
        self._order = order
        self._first_page = first_page
        self._on_error = on_error
        self._ahead: dict[int, list[LogEntryRow]] = {}
        self._reading: set[int] = set()
        self.closed = False  # a newer query replaced this one
        if len(first_page) == PAGE_SIZE:
            self._read_ahead(PAGE_SIZE)

    def fetch(self, offset: int, limit: int) -> list[LogEntryRow]:
        if offset == 0 and limit == PAGE_SIZE:
            return self._first_page
        rows = self._ahead.pop(offset, None) if limit == PAGE_SIZE else None
        if rows is None:
            try:
                rows = self._log.list(self._filter, order=self._order, offset=offset, limit=limit)
            except Exception as exc:  # inside Qt's fetchMore: reported, not raised
                self._on_error(exc)
                return []
        if len(rows) == limit:
            self._read_ahead(offset + limit)
        return rows

    def _read_ahead(self, offset: int) -> None:
        if offset in self._reading or offset in self._ahead:
            return
        self._reading.add(offset)
        log_service, log_filter, order = self._log, self._filter, self._order

        def work(_progress: Progress) -> list[LogEntryRow]:
            return log_service.list(log_filter, order=order, offset=offset, limit=PAGE_SIZE)

        def done(rows: list[LogEntryRow]) -> None:
            self._reading.discard(offset)
            if not self.closed:
                self._ahead[offset] = rows

        def failed(exc: BaseException) -> None:  # fetch reads the page itself and reports the error
            self._reading.discard(offset)
            log.debug("reading ahead failed", exc_info=exc)

        self._tasks.run("read ahead", work, done, failed, show_progress=False)


# -- the view ----------------------------------------------------------------------------------------


class CustomerLogView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerLogView")
        self._context = context
        self._services = context.services
        self._log = context.services.customer_log
        self._filter = LogFilter()
        self._order = LogOrder()
        self._query: _PagedQuery | None = None
        self._generation = 0
        self._loaded = False
        self._fitted = False
        self._total = 0
        self.deleted: list[DeletedEntry] = []  # this session's deletes, the last one on top
        self._overdue = overdue_brush(self.palette())

        self._build_filters()
        self._build_table()
        self._build_actions()
        self._build_undo_bar()
        self._layout()
        self._load_choices()
        self._update_actions()

    # -- building ------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.customer_combo = self._filter_combo(self.tr("Kund"), 22)
        self.unit_combo = self._filter_combo(self.tr("Enhet"), 10)
        self.kind_combo = self._filter_combo(self.tr("Typ"), 12)
        for kind, label in self._log.kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.author_combo = self._filter_combo(self.tr("Författare"), 14)

        self.period_edit = QLineEdit()
        self.period_edit.setObjectName("periodEdit")
        self.period_edit.setAccessibleName(self.tr("Period"))
        self.period_edit.setPlaceholderText(self.tr("t.ex. 2010-03"))
        self.period_edit.setToolTip(
            self.tr(
                "Visa poster från en period: år (2010), månad (2010-03), vecka (2010-W12) eller "
                "tertial (2010-T1). Tomt: alla år."
            )
        )
        self.period_edit.setClearButtonEnabled(True)
        self.period_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("2010-W12") * 2)
        self.period_hint = QLabel()
        self.period_hint.setObjectName("periodHint")
        self.period_hint.setMinimumWidth(self.fontMetrics().horizontalAdvance("T1 2010 (jan–apr)") + 8)

        self.open_only_check = QCheckBox(self.tr("Bara öppna uppföljningar"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Sök i rubrik och text…"))
        self.search_edit.setAccessibleName(self.tr("Sök i rubrik och text"))
        self.search_edit.setToolTip(
            self.tr(
                "Poster som innehåller alla orden, i alla år; ett ord hittar också längre ord som börjar så."
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.clear_filters_button = QPushButton(self.tr("Rensa filter"))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        for edit in (self.search_edit, self.period_edit):
            edit.textChanged.connect(lambda _text: self._search_timer.start())
            edit.returnPressed.connect(self.apply_filter)
        self.period_edit.textChanged.connect(self._show_period)
        for combo in (self.customer_combo, self.unit_combo, self.kind_combo, self.author_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.open_only_check.toggled.connect(self.apply_filter)
        self.clear_filters_button.clicked.connect(self.clear_filters)

    def _filter_combo(self, name: str, characters: int) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMaxVisibleItems(25)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        combo.addItem(self.tr("Alla"), NO_FILTER)
        return combo

    def _build_table(self) -> None:
        columns: list[Column[LogEntryRow]] = [
            Column(self.tr("Datum"), lambda r: date_text(r.entry_date), max_width=120),
            Column(self.tr("Kund"), lambda r: r.customer_name, max_width=260),
            Column(self.tr("Enhet"), lambda r: r.unit_name, max_width=160),
            Column(self.tr("Typ"), lambda r: r.kind_label, max_width=160),
            Column(self.tr("Rubrik"), lambda r: r.subject, max_width=380),
            Column(self.tr("Författare"), lambda r: r.author, max_width=180),
            Column(self.tr("Uppföljning"), lambda r: date_text(r.follow_up_on), max_width=120),
            Column(self.tr("Följs upp av"), lambda r: r.follow_up_by, max_width=180),
            Column(self.tr("Status"), lambda r: r.status, max_width=160),
        ]
        assert len(columns) == len(LOG_ORDER_COLUMNS)  # column i sorts by LOG_ORDER_COLUMNS[i]
        self.model: PagedTableModel[LogEntryRow] = PagedTableModel(
            columns, value_of=self._value_of, foreground=self._foreground, parent=self
        )
        self.table = RecordTableView()
        self.table.setObjectName("customerLogTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the default order
        self.model.sort_requested.connect(self._sort)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)

        self.detail = QTextBrowser()
        self.detail.setObjectName("entryDetail")
        self.detail.setAccessibleName(self.tr("Postens text"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Välj en post för att läsa hela texten."))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("Ny…"), [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")], self.new_entry
        )
        self.edit_action = self._action(
            self.tr("Ändra…"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)],
            self.edit_entry,
        )
        self.delete_action = self._action(
            self.tr("Ta bort"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete_entry
        )
        self.undo_action = self._action(
            self.tr("Ångra borttagning"), [QKeySequence(QKeySequence.StandardKey.Undo)], self.undo_delete
        )
        self.refresh_action = self._action(
            self.tr("Läs in igen"), [QKeySequence(QKeySequence.StandardKey.Refresh)], self.refresh
        )
        self.history_action = self._action(self.tr("Historik…"), [QKeySequence("Ctrl+H")], self.show_history)
        find = self._action(
            self.tr("Sök"),
            [QKeySequence(QKeySequence.StandardKey.Find)],
            lambda: self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason),
        )
        for action in (self.new_action, self.undo_action, self.refresh_action, self.history_action, find):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for action in (self.edit_action, self.delete_action):
            # Only on the table: Enter and Delete in a filter field edit the filter.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)

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

    def _build_undo_bar(self) -> None:
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setAutoFillBackground(True)
        palette = self.undo_bar.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.undo_bar.setPalette(palette)
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undoLabel")
        self.undo_button = QPushButton(self.tr("Ångra"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(self.undo_action.toolTip())
        self.undo_button.clicked.connect(self.undo_delete)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Dölj"))
        close.setToolTip(self.tr("Dölj meddelandet (Ctrl+Z ångrar fortfarande)"))
        close.clicked.connect(self.undo_bar.hide)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(8, 2, 2, 2)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(close)
        self.undo_bar.hide()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.delete_action, self.history_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        self.import_button = QToolButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setText(self.tr("Importera…"))
        self.import_button.setToolTip(self.tr("Importera poster från en Excel- eller CSV-fil"))
        self.import_button.setEnabled(self._log.can_create)
        self.import_button.clicked.connect(self.import_entries)
        top.addWidget(self.import_button)
        top.addStretch(1)
        top.addWidget(self.open_only_check)
        top.addSpacing(12)
        top.addWidget(self.search_edit, 2)

        filters = QHBoxLayout()
        for name, widget in (
            (self.tr("&Kund:"), self.customer_combo),
            (self.tr("&Enhet:"), self.unit_combo),
            (self.tr("&Typ:"), self.kind_combo),
            (self.tr("&Period:"), self.period_edit),
        ):
            label = QLabel(name)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addWidget(self.period_hint)
        author_label = QLabel(self.tr("&Författare:"))
        author_label.setBuddy(self.author_combo)
        filters.addWidget(author_label)
        filters.addWidget(self.author_combo)
        filters.addStretch(1)
        filters.addWidget(self.clear_filters_button)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 160])

        layout = QVBoxLayout(self)
        if not self._log.can_create:
            notice = QLabel(self.tr("Endast läsning: du kan läsa kundloggen men inte skriva i den."))
            notice.setObjectName("readOnlyNotice")
            layout.addWidget(notice)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

    # -- filter choices --------------------------------------------------------------------------
    def _load_choices(self) -> None:
        admin = self._services.admin
        for combo, choices in (
            (self.customer_combo, admin.choices("customer")),
            (self.unit_combo, admin.choices("unit")),
        ):
            for choice in choices:
                label = (
                    choice.label if choice.active else self.tr("{label} (inaktiv)").format(label=choice.label)
                )
                combo.addItem(label, choice.id)
            self._widen_popup(combo)
        self._load_authors()

    def _load_authors(self) -> None:
        current = self.author_combo.currentData()
        authors = self._log.authors()
        self.author_combo.blockSignals(True)
        while self.author_combo.count() > 1:
            self.author_combo.removeItem(1)
        for author in authors:
            self.author_combo.addItem(author, author)
        index = self.author_combo.findData(current) if current is not None else 0
        self.author_combo.setCurrentIndex(max(index, 0))
        self.author_combo.blockSignals(False)
        self._widen_popup(self.author_combo)
        if current is not None and index < 0:
            self.apply_filter()  # that author has no entries left

    @staticmethod
    def _widen_popup(combo: QComboBox) -> None:
        view = combo.view()
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)

    # -- filtering -------------------------------------------------------------------------------
    def _period_dates(self) -> tuple[date | None, date | None] | None:
        """The dates of the period typed (None, None when empty), or None if it is not a period."""
        text = self.period_edit.text().strip()
        if not text:
            return None, None
        try:
            period = parse_period(text)
        except ValueError:
            return None
        return period.start, period.end

    def _show_period(self) -> None:
        text = self.period_edit.text().strip()
        palette = self.period_hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.WindowText))
        if not text:
            self.period_hint.clear()
        else:
            try:
                period = parse_period(text)
            except ValueError:
                self.period_hint.setText(self.tr("okänd period"))
                palette.setBrush(QPalette.ColorRole.WindowText, self._overdue)
            else:
                self.period_hint.setText(period.label)
        self.period_hint.setPalette(palette)

    def current_filter(self) -> LogFilter:
        """The filter the widgets describe; a period still being typed keeps the last one applied."""
        dates = self._period_dates()
        date_from, date_to = dates if dates is not None else (self._filter.date_from, self._filter.date_to)

        def ids(combo: QComboBox) -> tuple[int, ...]:
            value = combo.currentData()
            return () if value is NO_FILTER else (int(value),)

        kind = self.kind_combo.currentData()
        author = self.author_combo.currentData()
        return LogFilter(
            customer_ids=ids(self.customer_combo),
            unit_ids=ids(self.unit_combo),
            kinds=() if kind is NO_FILTER else (LogKind(kind),),
            date_from=date_from,
            date_to=date_to,
            author="" if author is NO_FILTER else str(author),
            open_follow_ups_only=self.open_only_check.isChecked(),
            text=self.search_edit.text(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        wanted = self.current_filter()
        if wanted != self._filter or not self._loaded:
            self._filter = wanted
            self.refresh()

    def clear_filters(self) -> None:
        widgets = (
            self.customer_combo,
            self.unit_combo,
            self.kind_combo,
            self.author_combo,
            self.open_only_check,
            self.search_edit,
            self.period_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.customer_combo, self.unit_combo, self.kind_combo, self.author_combo):
            combo.setCurrentIndex(0)
        self.open_only_check.setChecked(False)
        self.search_edit.clear()
        self.period_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._show_period()
        self.apply_filter()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self._order = LogOrder(LOG_ORDER_COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder)
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
        """Run the query again (in the background); select ``select_id`` (default: the entry
        selected now) if it is on the first page."""
        if select_id is None:
            select_id = self._current_id()
        self._loaded = True
        self._generation += 1
        generation = self._generation
        log_service, log_filter, order = self._log, self._filter, self._order

        def work(_progress: Progress) -> tuple[list[LogEntryRow], int]:
            return log_service.list(log_filter, order=order, limit=PAGE_SIZE), log_service.count(log_filter)

        def done(result: tuple[list[LogEntryRow], int]) -> None:
            if self._is_current(generation):
                self._show(log_filter, order, *result, select_id=select_id)

        def failed(exc: BaseException) -> None:
            if self._is_current(generation):
                self.count_label.setText(self.tr("Kunde inte läsa kundloggen."))
                messages.show_error(self, self.tr("Kan inte läsa kundloggen"), exc)

        self._context.tasks.run(self.tr("Läser kundloggen"), work, done, failed, show_progress=False)

    def _show(
        self,
        log_filter: LogFilter,
        order: LogOrder,
        first_page: list[LogEntryRow],
        total: int,
        *,
        select_id: int | None,
    ) -> None:
        if self._query is not None:
            self._query.closed = True
        self._query = _PagedQuery(
            self._log, self._context.tasks, log_filter, order, first_page, self._fetch_failed
        )
        self._total = total
        self.model.reset(self._query.fetch)
        if not self._fitted and first_page:
            self._fit_columns()
            self._fitted = True
        if select_id is not None:
            self.select(select_id)
        self._update_count()
        self._update_detail()
        self._update_actions()

    def _fit_columns(self) -> None:
        """Size the columns to their contents; if they do not all fit, narrow the subject and the
        customer (their texts are elided, and shown whole in the detail pane) rather than hide the
        columns on the right."""
        self.table.fit_columns([c.max_width for c in self.model.columns])
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        scroll_bar = self.table.verticalScrollBar()
        if not scroll_bar.isVisible():  # it appears once the rows are laid out
            available -= scroll_bar.sizeHint().width()
        overflow = sum(header.sectionSize(c) for c in range(header.count())) - available
        for column, narrowest in ((SUBJECT_COLUMN, 220), (CUSTOMER_COLUMN, 170)):
            if overflow <= 0:
                break
            size = header.sectionSize(column)
            cut = min(overflow, max(size - narrowest, 0))
            header.resizeSection(column, size - cut)
            overflow -= cut

    def _fetch_failed(self, exc: BaseException) -> None:
        log.warning("reading more of the customer log failed", exc_info=exc)
        message, _detail = messages.error_text(exc)
        self.count_label.setText(self.tr("Kunde inte läsa fler poster: {error}").format(error=message))

    def _update_count(self) -> None:
        number = QLocale().toString(self._total)
        if self._total == 1:
            self.count_label.setText(self.tr("{count} post").format(count=number))
        else:
            self.count_label.setText(self.tr("{count} poster").format(count=number))

    # -- selection -------------------------------------------------------------------------------
    def current_record(self) -> LogEntryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _current_id(self) -> int | None:
        current = self.current_record()
        return current.id if current is not None else None

    def select(self, entry_id: int) -> bool:
        """Select the entry if it is among the rows read so far."""
        row = self.model.find_row(lambda r: r.id == entry_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_detail()
        self._update_actions()

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_action.trigger()

    def _update_actions(self) -> None:
        current = self.current_record()
        editable = current is not None and self._log.can_edit(current)
        self.new_action.setEnabled(self._log.can_create)
        self.edit_action.setEnabled(editable)
        self.delete_action.setEnabled(editable)
        self.history_action.setEnabled(current is not None)
        self.undo_action.setEnabled(bool(self.deleted))
        self.undo_button.setEnabled(bool(self.deleted))

    def show_history(self) -> None:
        entry = self.current_record()
        if entry is not None:
            show_entry_history(self, self._context, entry)

    def _update_detail(self) -> None:
        entry = self.current_record()
        self.detail.clear()
        if entry is None:
            return
        cursor = self.detail.textCursor()
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.font().pointSizeF() * 1.15)
        plain = QTextCharFormat()
        facts = [
            date_text(entry.entry_date),
            entry.customer_name,
            entry.unit_name,
            entry.kind_label,
            self.tr("skriven av {author}").format(author=entry.author),
        ]
        cursor.insertText(entry.subject, heading)
        cursor.insertText("\n" + " · ".join(facts), plain)
        if entry.follow_up_on is not None:
            cursor.insertText(
                "\n"
                + self.tr("Uppföljning {day} av {person}: {status}").format(
                    day=date_text(entry.follow_up_on), person=entry.follow_up_by, status=entry.status.lower()
                ),
                plain,
            )
        if entry.complaint_case_number:
            cursor.insertText(
                "\n" + self.tr("Klagomål: {case}").format(case=entry.complaint_case_number), plain
            )
        cursor.insertText("\n\n" + (entry.text or self.tr("(ingen text)")), plain)
        self.detail.moveCursor(QTextCursor.MoveOperation.Start)

    # -- model callbacks -------------------------------------------------------------------------
    def _foreground(self, entry: LogEntryRow) -> QBrush | None:
        return self._overdue if entry.follow_up_state is FollowUpState.OVERDUE else None

    @staticmethod
    def _value_of(entry: LogEntryRow, column: int) -> object:
        values: tuple[object, ...] = (
            entry.entry_date,
            entry.customer_name,
            entry.unit_name,
            entry.kind_label,
            entry.subject,
            entry.author,
            entry.follow_up_on,
            entry.follow_up_by,
            entry.status,
        )
        return values[column]

    # -- editing ---------------------------------------------------------------------------------
    def new_entry(self) -> None:
        if not self._log.can_create:
            return
        customer = self.customer_combo.currentData()
        self._run_form(None, customer_id=None if customer is NO_FILTER else int(customer))

    def import_entries(self) -> None:
        """Import entries from a file; all rows or none."""
        if not self._log.can_create:
            return
        if open_import(self, "customer_log", self._context) is not None:
            self._load_authors()
            self.refresh()

    def edit_entry(self) -> None:
        entry = self.current_record()
        if entry is not None and self._log.can_edit(entry):
            self._run_form(entry)

    def _run_form(self, entry: LogEntryRow | None, *, customer_id: int | None = None) -> None:
        outcome = open_entry_form(self, self._services, entry, customer_id=customer_id)
        if outcome.saved is not None:
            self._load_authors()
            self.refresh(select_id=outcome.saved.id)
        elif outcome.reload:
            self.refresh(select_id=entry.id if entry is not None else None)

    def delete_entry(self) -> None:
        entry = self.current_record()
        if entry is None or not self._log.can_edit(entry):
            return
        question = self.tr(
            "Ta bort posten ”{subject}” ({day}, {customer})?\n\n"
            "Du kan ångra borttagningen så länge programmet är öppet."
        ).format(subject=entry.subject, day=date_text(entry.entry_date), customer=entry.customer_name)
        if not messages.confirm(self, self.tr("Ta bort post"), question):
            return
        row = self.model.find_row(lambda r: r.id == entry.id)
        rows = self.model.records()
        neighbour = rows[row + 1] if 0 <= row < len(rows) - 1 else (rows[row - 1] if row > 0 else None)
        try:
            snapshot = self._log.delete(entry.id, entry.version)
        except Exception as exc:
            messages.show_error(self, self.tr("Kan inte ta bort"), exc, reload=self.refresh)
            return
        self.deleted.append(snapshot)
        self._show_undo_bar()
        self._load_authors()
        self.refresh(select_id=neighbour.id if neighbour is not None else None)

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        snapshot = self.deleted[-1]
        try:
            restored = self._log.restore(snapshot)
        except ValidationError as exc:  # its customer or unit is gone: it can never come back
            self.deleted.pop()
            self._show_undo_bar()
            messages.show_error(self, self.tr("Kan inte ångra borttagningen"), exc)
            return
        except Exception as exc:
            messages.show_error(self, self.tr("Kan inte ångra borttagningen"), exc)
            return
        self.deleted.pop()
        self._show_undo_bar()
        self._load_authors()
        self.refresh(select_id=restored.id)

    def _show_undo_bar(self) -> None:
        """Show what Ctrl+Z would bring back, or hide the bar when nothing is left to undo."""
        self._update_actions()
        if not self.deleted:
            self.undo_bar.hide()
            return
        entry = self.deleted[-1].entry
        self.undo_label.setText(self.tr("Posten ”{subject}” togs bort.").format(subject=entry.subject))
        self.undo_bar.show()
