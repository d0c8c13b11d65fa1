"""One complaint, whole, in tabs: "Ärende", "Utredning", "Svar och avslut", "Händelselogg",
"Kopplingar"; the case number, status and deadline (red when overdue) above them.

The editable fields are ``RecordFormDialog``'s own inputs (built from the service's ``Field``
specs), moved from its single form into the tabs, so the inputs, "Spara" (the service validates;
a refusal keeps the dialog open) and the conflict handling (``ConflictDialog``: read their version
or save mine over it) are the same as in every other form. What the status flow sets (the
deadline, the answer, the closing) is shown read-only: the register's step buttons set it.
The event log and the links act at once and do not touch the form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.complaints import ComplaintRow
from ekadm_desktop.services.fields import Record
from ekadm_desktop.ui.common.record_form import DateField, RecordFormDialog
from ekadm_desktop.ui.complaints.tabs import EventsTab, LinksTab
from ekadm_desktop.ui.customer_log.view import overdue_brush

# Where the editable fields go: a form on the left, the long texts beside it (they need room).
CASE_FORM = (
    "received_by",
    "channel",
    "customer_id",
    "contact_person",
    "anonymous",
    "type",
    "process_id",
    "unit_id",
    "category",
    "severity",
    "reference",
    "diary_number",
    "secret",
)
CASE_TEXTS = ("description", "requested_action")
INVESTIGATION_FORM = ("responsible", "justified", "error_cause", "root_cause_code", "improvement_link")
INVESTIGATION_TEXTS = ("root_cause_text", "immediate_action", "corrective_action")
READ_ONLY_FIELDS = frozenset({"deadline"})  # set by the flow (received + the norm's working days)
TEXT_LINES = {"description": 9, "requested_action": 4}  # the least a text shows; it grows with the dialog
MAX_HEIGHT = 16_777_215  # QWIDGETSIZE_MAX
LABEL_ROOM = 4  # pixels above a label over a text box


@dataclass
class _Row:
    label: QLabel | None
    widget: QWidget
    hints: list[QWidget] = field(default_factory=list)


class RoomyTabBar(QTabBar):
    """Tabs a little taller than the style makes them: in some fonts the dots of "Ä" and "Ö"
    reach above the line, and the style cut them off in the tabs not selected ("Arende")."""

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        return QSize(size.width(), size.height() + 4)


def date_text(day: date | None) -> str:
    return day.isoformat() if day is not None else "–"


class ComplaintDialog(RecordFormDialog):
    """A new complaint (``row`` None; ``values`` to start from) or an existing one.

    After ``exec``: ``saved`` is the complaint as saved (or None), ``reload_requested`` says the
    caller's copy is out of date (a conflict was resolved), ``changed`` that an event or a link
    was added or removed."""

    def __init__(
        self,
        services: Services,
        row: ComplaintRow | None,
        *,
        values: Mapping[str, object] | None = None,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        complaints = services.complaints
        editable = complaints.can_create if row is None else complaints.can_edit(row)
        fields = tuple(
            replace(f, help="") if row is not None and f.name == "unit_id" else f  # its help is for new ones
            for f in complaints.fields()
            if f.name not in READ_ONLY_FIELDS
        )
        start = dict(values or complaints.new_values()) if row is None else row.values()
        if row is None:
            title = QCoreApplication.translate("ComplaintDialog", "Nytt klagomål")
        else:
            title = QCoreApplication.translate("ComplaintDialog", "Klagomål {case}").format(
                case=row.case_number
            )
        super().__init__(
            title,
            fields,
            start,
            services.admin.choices,
            self._save_values,
            editing=row is not None,
            parent=parent,
            load_current=self._load_current if row is not None else None,
            save_against=self._save_against if row is not None else None,
            last_change=self._last_change if row is not None else None,
        )
        self.setObjectName("complaintDialog")
        self.services = services
        self.row = row
        self.editable = editable
        self.changed = False
        self._overdue = overdue_brush(self.palette())
        moment = (now or datetime.now()).replace(second=0, microsecond=0)
        self.received_edit = QDateTimeEdit(QDateTime(moment))
        self.received_edit.setObjectName("received_at")
        self.received_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setMaximumDateTime(QDateTime(moment))
        self.received_edit.setAccessibleName(QCoreApplication.translate("ComplaintDialog", "Inkom"))
        self.received_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.received_edit.setMaximumWidth(
            self.received_edit.fontMetrics().horizontalAdvance("2010-12-31 23:59") * 2
        )

        rows = self._take_rows()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("complaintTabs")
        self.tabs.setTabBar(RoomyTabBar())
        self._build_case_tab(rows)
        self._build_investigation_tab(rows)
        self._build_answer_tab()
        self.events_tab: EventsTab | None = None
        self.links_tab: LinksTab | None = None
        if row is not None:
            self.events_tab = EventsTab(services, row, editable=editable)
            self.links_tab = LinksTab(services, row, editable=editable)
            for tab in (self.events_tab, self.links_tab):
                tab.changed.connect(self._mark_changed)
        self.tabs.addTab(
            self.events_tab or QWidget(), QCoreApplication.translate("ComplaintDialog", "Händelselogg")
        )
        self.tabs.addTab(
            self.links_tab or QWidget(), QCoreApplication.translate("ComplaintDialog", "Kopplingar")
        )
        if row is None:
            for index in (2, 3, 4):
                self.tabs.setTabEnabled(index, False)
                self.tabs.setTabToolTip(
                    index, QCoreApplication.translate("ComplaintDialog", "Finns när ärendet är registrerat.")
                )

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self._build_header())
        layout.insertWidget(1, self.tabs, 1)
        if not editable:
            self._make_read_only()
        self._show_state(row)
        self.resize(1040, 720)

    # -- saving (called by RecordFormDialog) ------------------------------------------------------
    def _save_values(self, values: dict[str, object]) -> ComplaintRow:
        if self.row is None:
            received = self.received_edit.dateTime().toPython()
            assert isinstance(received, datetime)
            return self.services.complaints.register(values, received_at=received)
        return self.services.complaints.update(self.row.id, self.row.version, values)

    def _save_against(self, values: dict[str, object], version: int) -> ComplaintRow:
        assert self.row is not None
        return self.services.complaints.update(self.row.id, version, values)

    def _load_current(self) -> Record:
        assert self.row is not None
        current = self.services.complaints.get(self.row.id)
        self.row = replace(current, version=self.row.version)  # the form still saves against its own
        self._show_state(current)
        return Record(
            id=current.id,
            version=current.version,
            title=current.case_number,
            values=current.values(),
            texts={},
        )

    def _last_change(self) -> tuple[str, datetime | None] | None:
        assert self.row is not None
        entry = self.services.history.last_change("complaint", self.row.id)
        return (entry.who, entry.at) if entry is not None else None

    def accept(self) -> None:
        if not self.editable:  # nothing to save: Enter closes
            self.reject()
            return
        super().accept()

    def _mark_changed(self) -> None:
        self.changed = True

    # -- building ----------------------------------------------------------------------------------
    def _take_rows(self) -> dict[str, _Row]:
        """Move the generated form's rows out of it (each field with its label and hints)."""
        form = self.findChild(QFormLayout)
        assert form is not None
        rows: dict[str, _Row] = {}
        self._hints: list[QWidget] = []
        last: _Row | None = None
        pairs = []
        for number in range(form.rowCount()):
            label_item = form.itemAt(number, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(number, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            widget = field_item.widget() if field_item is not None else None
            pairs.append((label, widget))
        for label, widget in pairs:
            for moved in (label, widget):
                if moved is not None:
                    form.removeWidget(moved)
            if widget is None:
                continue
            if widget.objectName() and widget is self._field_widget(widget.objectName()):
                last = _Row(label if isinstance(label, QLabel) else None, widget)
                rows[widget.objectName()] = last
            elif last is not None:  # a hint under the field before it
                last.hints.append(widget)
                self._hints.append(widget)
        layout = self.layout()
        assert layout is not None
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is not None and item.layout() is form:
                layout.takeAt(index)
                break
        for index in reversed(range(layout.count())):  # the stretch under the form: the tabs stretch now
            item = layout.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                taken = layout.takeAt(index)
                if taken is not None:
                    shiboken6.delete(taken)  # a taken item is the taker's to delete
        form.deleteLater()
        return rows

    def _field_widget(self, name: str) -> QWidget | None:
        try:
            return self.widget(name)
        except KeyError:
            return None

    def _page(
        self,
        rows: dict[str, _Row],
        form_names: tuple[str, ...],
        text_names: tuple[str, ...],
        top: Sequence[tuple[str, QWidget]],
    ) -> QWidget:
        page = QWidget()
        form = self._form()
        for text, widget in top:
            form.addRow(text, widget)
        for name in form_names:
            row = rows[name]
            if row.label is not None:
                form.addRow(row.label, row.widget)
            else:
                form.addRow("", row.widget)
            for hint in row.hints:
                form.addRow("", hint)
        texts = QVBoxLayout()
        for name in text_names:
            row = rows[name]
            box = row.widget
            assert isinstance(box, QPlainTextEdit)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * TEXT_LINES.get(name, 4) + 12)
            box.setMaximumHeight(MAX_HEIGHT)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            if row.label is not None:
                row.label.setContentsMargins(0, LABEL_ROOM, 0, 0)  # room for the dots of "Ö" and "Ä"
                texts.addWidget(row.label)
            texts.addWidget(box, TEXT_LINES.get(name, 4))
            for hint in row.hints:
                texts.addWidget(hint)
        grid = QGridLayout(page)
        grid.addLayout(form, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(texts, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        grid.setHorizontalSpacing(18)
        return page

    def _build_case_tab(self, rows: dict[str, _Row]) -> None:
        received: QWidget = self.received_edit
        if self.row is not None:
            self.received_edit.hide()
            received = self._value_label(self.row.received_at.strftime("%Y-%m-%d %H:%M"))
            received.setObjectName("receivedText")
        label = QCoreApplication.translate("ComplaintDialog", "Inkom:")
        page = self._page(rows, CASE_FORM, CASE_TEXTS, [(label, received)])
        self.tabs.addTab(page, QCoreApplication.translate("ComplaintDialog", "Ärende"))

    def _build_investigation_tab(self, rows: dict[str, _Row]) -> None:
        self.deadline_value = self._value_label("")
        self.deadline_value.setObjectName("deadlineValue")
        self.deadline_value.setToolTip(
            QCoreApplication.translate(
                "ComplaintDialog", "Räknas fram vid registreringen: inkomstdagen plus normens arbetsdagar."
            )
        )
        top = [(QCoreApplication.translate("ComplaintDialog", "Svara senast:"), self.deadline_value)]
        page = self._page(rows, INVESTIGATION_FORM, INVESTIGATION_TEXTS, top)
        self.tabs.addTab(page, QCoreApplication.translate("ComplaintDialog", "Utredning"))

    def _build_answer_tab(self) -> None:
        page = QWidget()
        self.answer_values: dict[str, QLabel] = {}
        form = self._form()
        for name, text in (
            ("acknowledged", QCoreApplication.translate("ComplaintDialog", "Mottagandet bekräftat:")),
            ("answered", QCoreApplication.translate("ComplaintDialog", "Besvarat:")),
            ("outcome", QCoreApplication.translate("ComplaintDialog", "Resultat:")),
            ("satisfied", QCoreApplication.translate("ComplaintDialog", "Kunden nöjd:")),
            ("closed", QCoreApplication.translate("ComplaintDialog", "Avslutat:")),
            ("lead", QCoreApplication.translate("ComplaintDialog", "Handläggningstid:")),
        ):
            value = self._value_label("")
            value.setObjectName(f"{name}Value")
            self.answer_values[name] = value
            form.addRow(text, value)
        self.answer_text = QPlainTextEdit()
        self.answer_text.setObjectName("answerText")
        self.answer_text.setReadOnly(True)
        self.answer_text.setPlaceholderText(
            QCoreApplication.translate("ComplaintDialog", "Inte besvarat ännu.")
        )
        note = QLabel(
            QCoreApplication.translate(
                "ComplaintDialog",
                "Svar och avslut fylls i med knapparna ”Besvara…” och ”Avsluta…” i klagomålsregistret.",
            )
        )
        note.setWordWrap(True)
        answer_label = QLabel(QCoreApplication.translate("ComplaintDialog", "Svar till kunden:"))
        answer_label.setContentsMargins(0, LABEL_ROOM, 0, 0)
        texts = QVBoxLayout()
        texts.addWidget(answer_label)
        texts.addWidget(self.answer_text, 1)
        grid = QGridLayout(page)
        grid.addWidget(note, 0, 0, 1, 2)
        grid.addLayout(form, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(texts, 1, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        grid.setRowStretch(1, 1)
        grid.setHorizontalSpacing(18)
        self.tabs.addTab(page, QCoreApplication.translate("ComplaintDialog", "Svar och avslut"))

    def _build_header(self) -> QWidget:
        header = QWidget()
        self.case_label = QLabel()
        self.case_label.setObjectName("caseLabel")
        font = self.case_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.Bold)
        self.case_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        status_font = self.status_label.font()
        status_font.setWeight(QFont.Weight.DemiBold)
        self.status_label.setFont(status_font)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadlineLabel")
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyNotice")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.case_label)
        layout.addSpacing(16)
        layout.addWidget(self.status_label)
        layout.addSpacing(16)
        layout.addWidget(self.deadline_label)
        layout.addStretch(1)
        layout.addWidget(self.read_only_label)
        return header

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)  # nested in a grid, the style's spacing came out as none
        form.setVerticalSpacing(6)
        return form

    @staticmethod
    def _value_label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _make_read_only(self) -> None:
        """For a reader, another unit's manager or a secret complaint: look, do not touch."""
        for name in (*CASE_FORM, *CASE_TEXTS, *INVESTIGATION_FORM, *INVESTIGATION_TEXTS):
            widget = self.widget(name)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox | QCheckBox | DateField):
                widget.setEnabled(False)
        for hint in self._hints:  # how to fill a field in: nothing to fill in here
            hint.hide()
        buttons = self.findChild(QDialogButtonBox)
        if buttons is not None:
            for button in buttons.buttons():
                if buttons.buttonRole(button) is QDialogButtonBox.ButtonRole.AcceptRole:
                    buttons.removeButton(button)
                    button.deleteLater()
                elif isinstance(button, QPushButton):
                    button.setText(QCoreApplication.translate("ComplaintDialog", "Stäng"))
                    button.setDefault(True)
        if self.row is not None and self.row.redacted:
            text = QCoreApplication.translate("ComplaintDialog", "Sekretess: texterna visas inte för dig.")
        else:
            text = QCoreApplication.translate("ComplaintDialog", "Endast läsning")
        self.read_only_label.setText(text)

    # -- the state the flow sets ---------------------------------------------------------------------
    def _show_state(self, row: ComplaintRow | None) -> None:
        """The header and the read-only values, from the complaint as read last."""
        palette = self.deadline_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.WindowText))
        if row is None:
            self.case_label.setText(QCoreApplication.translate("ComplaintDialog", "Nytt klagomål"))
            self.status_label.setText(
                QCoreApplication.translate("ComplaintDialog", "Får ärendenummer när det sparas")
            )
            self.deadline_label.setText(
                QCoreApplication.translate("ComplaintDialog", "Svara senast räknas fram från inkomstdagen")
            )
            self.deadline_value.setText(
                QCoreApplication.translate("ComplaintDialog", "Räknas fram när ärendet sparas.")
            )
            self.deadline_label.setPalette(palette)
            return
        self.case_label.setText(row.case_number)
        self.status_label.setText(row.status_label)
        deadline = date_text(row.deadline)
        if row.overdue:
            text = QCoreApplication.translate("ComplaintDialog", "Svara senast {day} – försenat").format(
                day=deadline
            )
            palette.setBrush(QPalette.ColorRole.WindowText, self._overdue)
        elif row.within_deadline is False:
            text = QCoreApplication.translate(
                "ComplaintDialog", "Svara senast {day} – besvarat för sent"
            ).format(day=deadline)
        else:
            text = QCoreApplication.translate("ComplaintDialog", "Svara senast {day}").format(day=deadline)
        self.deadline_label.setText(text)
        self.deadline_label.setPalette(palette)
        self.deadline_value.setText(deadline)
        self.deadline_value.setPalette(palette)

        values = self.answer_values
        if row.acknowledged_on is None:
            values["acknowledged"].setText(
                QCoreApplication.translate(
                    "ComplaintDialog", "Inte ännu (senast {day} enligt normen)"
                ).format(day=date_text(row.acknowledge_by))
            )
        elif row.acknowledged_in_time:
            values["acknowledged"].setText(date_text(row.acknowledged_on))
        else:
            values["acknowledged"].setText(
                QCoreApplication.translate("ComplaintDialog", "{day} (normen: senast {norm})").format(
                    day=date_text(row.acknowledged_on), norm=date_text(row.acknowledge_by)
                )
            )
        if row.answered_on is None:
            values["answered"].setText("–")
        else:
            within = (
                QCoreApplication.translate("ComplaintDialog", "i tid")
                if row.within_deadline
                else QCoreApplication.translate("ComplaintDialog", "efter sista dag")
            )
            values["answered"].setText(
                QCoreApplication.translate("ComplaintDialog", "{day}, efter {days} dagar ({within})").format(
                    day=date_text(row.answered_on), days=row.response_days, within=within
                )
            )
        values["outcome"].setText(row.outcome_label or "–")
        satisfied = {
            True: QCoreApplication.translate("ComplaintDialog", "Ja"),
            False: QCoreApplication.translate("ComplaintDialog", "Nej"),
            None: QCoreApplication.translate("ComplaintDialog", "Vet inte") if row.closed_on else "–",
        }
        values["satisfied"].setText(satisfied[row.customer_satisfied])
        values["closed"].setText(date_text(row.closed_on))
        values["lead"].setText(
            QCoreApplication.translate("ComplaintDialog", "{days} dagar från inkomst till avslut").format(
                days=row.lead_days
            )
            if row.lead_days is not None
            else "–"
        )
        self.answer_text.setPlainText(row.answer_text)


@dataclass(frozen=True)
class DialogOutcome:
    saved: ComplaintRow | None  # None if nothing was saved
    reload: bool = False  # the caller's copy is out of date (a conflict, or events and links changed)


def open_complaint(
    parent: QWidget | None,
    services: Services,
    row: ComplaintRow | None,
    *,
    values: Mapping[str, object] | None = None,
    tab: int = 0,
) -> DialogOutcome:
    """Show the complaint (``row``) or a new one in the dialog, modally."""
    dialog = ComplaintDialog(services, row, values=values, parent=parent)
    dialog.tabs.setCurrentIndex(tab)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved if accepted and isinstance(dialog.saved, ComplaintRow) else None
        return DialogOutcome(saved, dialog.reload_requested or dialog.changed)
    finally:
        dialog.deleteLater()
