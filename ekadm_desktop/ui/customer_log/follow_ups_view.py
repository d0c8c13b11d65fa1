"""Uppföljning: the customer-log follow-ups due this week or overdue, of the user's unit or of all.

The list is small (open follow-ups only), so it is read whole and filtered and sorted in memory.
It is read again each time the view is shown, so changes made in the log appear here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.models.users import Role
from ekadm_desktop.periods import IsoWeek
from ekadm_desktop.progress import Progress
from ekadm_desktop.services.customer_log import FollowUpState, LogEntryRow
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.filter_bar import FilterBar, RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customer_log.view import date_text, open_entry_form, overdue_brush

ModelIndex = QModelIndex | QPersistentModelIndex
SUBJECT_COLUMN = 2
TOOLTIP_CHARACTERS = 600


class FollowUpModel(RecordTableModel[LogEntryRow]):
    """Overdue follow-ups in red; the subject's tooltip is the entry's text."""

    def __init__(self, columns: list[Column[LogEntryRow]], view: QWidget) -> None:
        super().__init__(columns, parent=view)
        self._overdue = overdue_brush(view.palette())

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            entry = self.record(index.row())
            if role == Qt.ItemDataRole.ForegroundRole and entry.follow_up_state is FollowUpState.OVERDUE:
                return self._overdue
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == SUBJECT_COLUMN and entry.text:
                text = entry.text
                return text if len(text) <= TOOLTIP_CHARACTERS else text[:TOOLTIP_CHARACTERS] + "…"
        return super().data(index, role)


class FollowUpsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsView")
        self._context = context
        self._services = context.services
        self._log = context.services.customer_log
        self._user = context.services.user
        self._generation = 0
        self._fitted = False

        self.heading = QLabel()
        self.heading.setObjectName("followUpsHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.my_unit_radio = QRadioButton(self.tr("Min enhet"))
        self.all_units_radio = QRadioButton(self.tr("Alla enheter"))
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.my_unit_radio)
        self._scope.addButton(self.all_units_radio)
        has_unit = self._user.unit_id is not None
        self.my_unit_radio.setEnabled(has_unit)
        if not has_unit:
            self.my_unit_radio.setToolTip(self.tr("Du är inte knuten till någon enhet."))
        if has_unit and self._user.role is Role.UNIT_MANAGER:
            self.my_unit_radio.setChecked(True)
        else:
            self.all_units_radio.setChecked(True)
        self.my_unit_radio.toggled.connect(lambda _checked: self.refresh())

        columns: list[Column[LogEntryRow]] = [
            Column(
                self.tr("Uppföljning"),
                lambda r: date_text(r.follow_up_on),
                sort_key=lambda r: date_text(r.follow_up_on),
                max_width=120,
            ),
            Column(self.tr("Kund"), lambda r: r.customer_name, max_width=280),
            Column(self.tr("Rubrik"), lambda r: r.subject, max_width=420),
            Column(self.tr("Följs upp av"), lambda r: r.follow_up_by, max_width=200),
            Column(self.tr("Status"), lambda r: r.status, max_width=180),
        ]
        self.model = FollowUpModel(columns, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView()
        self.table.setObjectName("followUpsTable")
        self.table.setModel(self.proxy)
        self.filter_bar = FilterBar(self.proxy)
        self.filter_bar.setMaximumWidth(320)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.done_action = self._action(
            self.tr("Markera som klar"),
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            self.mark_done,
        )
        self.open_action = self._action(
            self.tr("Öppna…"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)],
            self.open_entry,
        )
        self.refresh_action = self._action(
            self.tr("Läs in igen"), [QKeySequence(QKeySequence.StandardKey.Refresh)], self.refresh
        )
        for action in (self.done_action, self.refresh_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Enter in the filter filters
        self.table.addAction(self.open_action)

        top = QHBoxLayout()
        for action in (self.done_action, self.open_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        top.addSpacing(24)
        top.addWidget(self.my_unit_radio)
        top.addWidget(self.all_units_radio)
        top.addStretch(1)
        top.addWidget(self.filter_bar, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.table.doubleClicked.connect(lambda _index: self.open_action.trigger())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_count)
        self._update_actions()

    def _action(self, text: str, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)
        action.setShortcuts(keys)
        action.setToolTip(
            self.tr("{action} ({key})").format(
                action=text.rstrip("…"), key=keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def unit_id(self) -> int | None:
        """The unit shown, or None for all units."""
        return self._user.unit_id if self.my_unit_radio.isChecked() else None

    def _is_current(self, generation: int) -> bool:
        """Whether an answer belongs to the latest query and the view still exists to show it."""
        return generation == self._generation and shiboken6.isValid(self)

    def refresh(self, select_id: int | None = None, *, select_row: int = -1) -> None:
        """Read the follow-ups again (in the background); select ``select_id``, or else the row at
        ``select_row`` (so that marking one done moves on to the next)."""
        today = date.today()
        week = IsoWeek.of(today)
        self.heading.setText(
            self.tr("Uppföljningar vecka {week} ({start} – {end}) och försenade").format(
                week=week.week, start=week.start.isoformat(), end=week.end.isoformat()
            )
        )
        keep = select_id if select_id is not None else self._current_id()
        self._generation += 1
        generation = self._generation
        log_service, unit_id = self._log, self.unit_id()

        def work(_progress: Progress) -> list[LogEntryRow]:
            return log_service.follow_ups(today, unit_id)

        def done(rows: list[LogEntryRow]) -> None:
            if self._is_current(generation):
                self._show(rows, keep, select_row)

        def failed(exc: BaseException) -> None:
            if self._is_current(generation):
                messages.show_error(self, self.tr("Kan inte läsa uppföljningarna"), exc)

        self._context.tasks.run(self.tr("Läser uppföljningarna"), work, done, failed, show_progress=False)

    def _show(self, rows: list[LogEntryRow], keep: int | None, select_row: int) -> None:
        self.model.set_records(rows)
        if not self._fitted and rows:
            self.table.fit_columns([c.max_width for c in self.model.columns])
            self._fitted = True
        if keep is None or not self.select(keep):
            if 0 <= select_row < self.proxy.rowCount():
                self.table.selectRow(select_row)
            elif select_row >= 0 and self.proxy.rowCount():
                self.table.selectRow(self.proxy.rowCount() - 1)
        self._update_count()
        self._update_actions()

    # -- selection -------------------------------------------------------------------------------
    def current_record(self) -> LogEntryRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def _current_id(self) -> int | None:
        current = self.current_record()
        return current.id if current is not None else None

    def select(self, entry_id: int) -> bool:
        row = self.model.find_row(lambda r: r.id == entry_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        current = self.current_record()
        editable = current is not None and self._log.can_edit(current)
        self.done_action.setEnabled(editable)
        self.open_action.setEnabled(editable)

    def _update_count(self) -> None:
        records = self.model.records()
        total = len(records)
        overdue = sum(1 for r in records if r.follow_up_state is FollowUpState.OVERDUE)
        if total == 1:
            text = self.tr("1 uppföljning")
        else:
            text = self.tr("{count} uppföljningar").format(count=total)
        if overdue == 1:
            text = self.tr("{text}, varav 1 försenad").format(text=text)
        elif overdue:
            text = self.tr("{text}, varav {overdue} försenade").format(text=text, overdue=overdue)
        shown = self.proxy.rowCount()
        if shown != total:
            text = self.tr("{shown} visas av {text}").format(shown=shown, text=text)
        self.count_label.setText(text)
        self._update_actions()

    # -- actions ---------------------------------------------------------------------------------
    def mark_done(self) -> None:
        entry = self.current_record()
        if entry is None or not self._log.can_edit(entry):
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        try:
            self._log.mark_follow_up_done(entry.id, entry.version, True)
        except Exception as exc:
            messages.show_error(self, self.tr("Kan inte markera som klar"), exc, reload=self.refresh)
            return
        self.refresh(select_row=row)

    def open_entry(self) -> None:
        entry = self.current_record()
        if entry is None or not self._log.can_edit(entry):
            return
        outcome = open_entry_form(self, self._services, entry)
        if outcome.saved is not None or outcome.reload:
            self.refresh(select_id=entry.id)
