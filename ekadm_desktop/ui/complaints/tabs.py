"""The complaint dialog's "Händelselogg" and "Kopplingar" tabs, and the dialog that picks a
customer-log entry to link.

Both tabs act at once through the service (an event or a link is its own row, so it does not
touch the complaint's version or the form's unsaved changes) and say so with ``changed``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.complaints import ComplaintEventRow, ComplaintRow, LinkedLogEntry
from ekadm_desktop.services.customer_log import LogEntryRow
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView
from ekadm_desktop.ui.complaints.steps import NoteDialog


def one_line(text: str) -> str:
    return " ".join(text.split())


class EventsTab(QWidget):
    """The event log, newest first; the whole text of the selected event below the table."""

    changed = Signal()

    def __init__(
        self, services: Services, row: ComplaintRow, *, editable: bool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._services = services
        self.row = row
        self.model: RecordTableModel[ComplaintEventRow] = RecordTableModel(
            [
                Column(self.tr("Tid"), lambda e: e.at.strftime("%Y-%m-%d %H:%M"), value=lambda e: e.at),
                Column(self.tr("Händelse"), lambda e: e.kind_label, max_width=200),
                Column(self.tr("Av"), lambda e: e.author, max_width=200),
                Column(self.tr("Text"), lambda e: one_line(e.text), max_width=600),
            ],
            parent=self,
        )
        self.table = RecordTableView()
        self.table.setObjectName("eventsTable")
        self.table.setSortingEnabled(False)  # newest first, as the log is read
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._show_text)
        self.text = QPlainTextEdit()
        self.text.setObjectName("eventText")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Välj en händelse för att läsa hela texten."))
        self.note_button = QPushButton(self.tr("Ny anteckning…"))
        self.note_button.setObjectName("noteButton")
        self.note_button.setEnabled(editable)
        self.note_button.clicked.connect(self.add_note)
        self.message = QLabel()
        self.message.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setSizes([300, 120])
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.load()

    def load(self) -> None:
        try:
            events = self._services.complaints.events(self.row.id)
        except Exception as exc:
            self.message.setText(messages.error_text(exc)[0])
            return
        self.message.clear()
        self.model.set_records(list(reversed(events)))
        self.table.fit_columns([c.max_width for c in self.model.columns])
        if events:
            self.table.selectRow(0)

    def events(self) -> list[ComplaintEventRow]:
        return self.model.records()

    def _show_text(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.text.setPlainText(self.model.record(rows[0].row()).text if rows else "")

    def add_note(self) -> None:
        dialog = NoteDialog(self._services, self.row, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
                self.load()
                self.changed.emit()
        finally:
            dialog.deleteLater()


class LinksTab(QWidget):
    """The customer-log entries linked to the complaint; link another of the customer's entries or
    remove a link."""

    changed = Signal()

    def __init__(
        self, services: Services, row: ComplaintRow, *, editable: bool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._services = services
        self.row = row
        self._editable = editable
        self.model: RecordTableModel[LinkedLogEntry] = RecordTableModel(
            [
                Column(self.tr("Datum"), lambda e: e.entry_date.isoformat(), value=lambda e: e.entry_date),
                Column(self.tr("Typ"), lambda e: e.kind_label, max_width=180),
                Column(self.tr("Rubrik"), lambda e: e.subject, max_width=420),
                Column(self.tr("Författare"), lambda e: e.author, max_width=200),
                Column(self.tr("Enhet"), lambda e: e.unit_name, max_width=200),
            ],
            parent=self,
        )
        self.table = RecordTableView()
        self.table.setObjectName("linksTable")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.text = QPlainTextEdit()
        self.text.setObjectName("linkText")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Välj en post för att läsa hela texten."))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_text())
        self.link_button = QPushButton(self.tr("Koppla kundloggspost…"))
        self.link_button.setObjectName("linkButton")
        self.link_button.clicked.connect(self.link_entry)
        self.unlink_button = QPushButton(self.tr("Ta bort kopplingen"))
        self.unlink_button.setObjectName("unlinkButton")
        self.unlink_button.clicked.connect(self.unlink_entry)
        self.message = QLabel()
        self.message.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setSizes([300, 120])
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.load()

    def load(self) -> None:
        try:
            entries = self._services.complaints.linked_log_entries(self.row.id)
        except Exception as exc:
            self.message.setText(messages.error_text(exc)[0])
            return
        self.model.set_records(entries)
        self.table.fit_columns([c.max_width for c in self.model.columns])
        if self.row.customer_id is None:
            self.message.setText(
                self.tr("Ärendet har ingen kund, så det finns ingen kundlogg att koppla från.")
            )
        elif not entries:
            self.message.setText(self.tr("Inga kundloggsposter är kopplade till ärendet."))
        else:
            self.message.clear()
        self._update_buttons()

    def entries(self) -> list[LinkedLogEntry]:
        return self.model.records()

    def _current(self) -> LinkedLogEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _show_text(self) -> None:
        entry = self._current()
        self.text.setPlainText(f"{entry.subject}\n\n{entry.text}" if entry is not None else "")

    def _update_buttons(self) -> None:
        self.link_button.setEnabled(self._editable and self.row.customer_id is not None)
        self.unlink_button.setEnabled(self._editable and self._current() is not None)

    def link_entry(self) -> None:
        if self.row.customer_id is None:
            return
        title = self.tr("Kan inte koppla kundloggsposten")
        try:
            history = self._services.customer_log.history_for_customer(self.row.customer_id)
        except Exception as exc:
            messages.show_error(self, title, exc)
            return
        candidates = [e for e in history if e.complaint_id != self.row.id]
        dialog = LinkEntryDialog(candidates, self.row, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        try:
            self._services.complaints.link_log_entry(self.row.id, chosen.id)
        except Exception as exc:
            messages.show_error(self, title, exc)
            return
        self.load()
        self.changed.emit()

    def unlink_entry(self) -> None:
        entry = self._current()
        if entry is None:
            return
        question = self.tr("Ta bort kopplingen mellan {case} och kundloggsposten ”{subject}”?").format(
            case=self.row.case_number, subject=entry.subject
        )
        if not messages.confirm(self, self.tr("Ta bort kopplingen"), question):
            return
        try:
            self._services.complaints.unlink_log_entry(self.row.id, entry.id)
        except Exception as exc:
            messages.show_error(self, self.tr("Kan inte ta bort kopplingen"), exc)
            return
        self.load()
        self.changed.emit()


class LinkEntryDialog(QDialog):
    """Pick one of the customer's log entries; one linked to another complaint says which."""

    def __init__(self, entries: Sequence[LogEntryRow], row: ComplaintRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linkEntryDialog")
        self.setWindowTitle(self.tr("Koppla kundloggspost till {case}").format(case=row.case_number))
        self.chosen: LogEntryRow | None = None
        self.model: RecordTableModel[LogEntryRow] = RecordTableModel(
            [
                Column(self.tr("Datum"), lambda e: e.entry_date.isoformat(), value=lambda e: e.entry_date),
                Column(self.tr("Typ"), lambda e: e.kind_label, max_width=180),
                Column(self.tr("Rubrik"), lambda e: e.subject, max_width=420),
                Column(self.tr("Författare"), lambda e: e.author, max_width=180),
                Column(self.tr("Kopplad till"), lambda e: e.complaint_case_number, max_width=140),
            ],
            dimmed=lambda e: e.complaint_id is not None,
            parent=self,
        )
        self.model.set_records(entries)
        self.table = RecordTableView()
        self.table.setObjectName("candidatesTable")
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        intro = QLabel(
            self.tr("Kundloggen för {customer}, den senaste först:").format(customer=row.customer_name)
            if entries
            else self.tr("{customer} har inga andra poster i kundloggen.").format(customer=row.customer_name)
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Koppla"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if entries:
            self.table.fit_columns([c.max_width for c in self.model.columns])
            self.table.selectRow(0)
        self._update_ok()
        self.resize(860, 460)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def select(self, entry_id: int) -> bool:
        row = self.model.find_row(lambda e: e.id == entry_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.model.record(rows[0].row())
        super().accept()
