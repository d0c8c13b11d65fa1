"""The customer page's log section: the customer's whole customer log, newest first.

A compact table (date, kind, subject, author, follow-up); double-click or Enter shows the whole
entry in a small read-only dialog. Writing in the log is done in the customer log's own view.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.services.customer_log import FollowUpState, LogEntryRow
from ekadm_desktop.ui.common.filter_bar import RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers.sections import LoadingSection, SectionTable

MAX_VISIBLE_ROWS = 15  # more entries scroll inside the table


class LogEntryDialog(QDialog):
    """One log entry in full, read-only."""

    def __init__(self, entry: LogEntryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Kundloggspost – {subject}").format(subject=entry.subject))
        self.setObjectName("logEntryDialog")

        form = QFormLayout()
        form.addRow(self.tr("Datum:"), self._value(entry.entry_date.isoformat()))
        form.addRow(self.tr("Kund:"), self._value(entry.customer_name))
        form.addRow(self.tr("Enhet:"), self._value(entry.unit_name))
        form.addRow(self.tr("Typ:"), self._value(entry.kind_label))
        form.addRow(self.tr("Rubrik:"), self._value(entry.subject))
        form.addRow(self.tr("Skriven av:"), self._value(entry.author))
        if entry.follow_up_on is not None:
            follow_up = self.tr("{date} av {person} – {status}").format(
                date=entry.follow_up_on.isoformat(), person=entry.follow_up_by, status=entry.status
            )
            form.addRow(self.tr("Uppföljning:"), self._value(follow_up))
        if entry.complaint_case_number:
            form.addRow(self.tr("Klagomål:"), self._value(entry.complaint_case_number))

        self.text = QPlainTextEdit(entry.text)
        self.text.setObjectName("entryText")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Posten har ingen text."))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


class LogSection(LoadingSection[list[LogEntryRow]]):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RecordTableModel[LogEntryRow] = RecordTableModel(
            [
                Column(
                    self.tr("Datum"),
                    lambda r: r.entry_date.isoformat(),
                    sort_key=lambda r: r.entry_date.isoformat(),
                    value=lambda r: r.entry_date,
                ),
                Column(self.tr("Typ"), lambda r: r.kind_label, max_width=160),
                Column(self.tr("Rubrik"), lambda r: r.subject, max_width=460),
                Column(self.tr("Författare"), lambda r: r.author, max_width=200),
                Column(
                    self.tr("Uppföljning"),
                    self._follow_up_text,
                    sort_key=lambda r: r.follow_up_on.isoformat() if r.follow_up_on else None,
                    value=lambda r: r.follow_up_on,
                    max_width=160,  # the last column stretches over the width that is left
                ),
            ],
            parent=self,
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = SectionTable(MAX_VISIBLE_ROWS)
        self.table.setObjectName("logTable")
        self.table.setModel(self.proxy)
        self.table.setToolTip(self.tr("Dubbelklicka på en post för att läsa hela texten."))
        self.table.doubleClicked.connect(self.open_entry)
        open_action = QAction(self.tr("Visa posten"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda _checked=False: self.open_entry(self.table.currentIndex()))
        self.table.addAction(open_action)
        self.count_label = QLabel()
        self.count_label.setObjectName("logCount")

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def _follow_up_text(self, entry: LogEntryRow) -> str:
        if entry.follow_up_on is None:
            return ""
        states = {
            FollowUpState.OPEN: self.tr("öppen"),
            FollowUpState.OVERDUE: self.tr("försenad"),
            FollowUpState.DONE: self.tr("klar"),
        }
        return self.tr("{date}, {person} ({status})").format(
            date=entry.follow_up_on.isoformat(),
            person=entry.follow_up_by,
            status=states.get(entry.follow_up_state, ""),
        )

    def fetch(self, customer_id: int, year: int) -> list[LogEntryRow]:
        return self.context.services.customer_log.history_for_customer(customer_id)

    def present(self, data: list[LogEntryRow]) -> None:
        # The service's order (newest first) until the user sorts by a column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.model.set_records(data)
        if data:
            self.table.show()
            self.table.fit_columns([c.max_width for c in self.model.columns])
            self.count_label.setText(
                self.tr("1 post (alla år)")
                if len(data) == 1
                else self.tr("{count} poster (alla år)").format(count=len(data))
            )
        else:
            self.table.hide()
            self.count_label.setText(self.tr("Kundloggen har inga poster för kunden."))

    def entries(self) -> list[LogEntryRow]:
        """The entries in the order the table shows them."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def open_entry(self, index: QModelIndex | QPersistentModelIndex) -> LogEntryDialog | None:
        """Show the entry at ``index`` (of the table) in full."""
        if not index.isValid():
            return None
        entry = self.model.record(self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row())
        dialog = LogEntryDialog(entry, self)
        dialog.exec()
        dialog.deleteLater()
        return dialog
