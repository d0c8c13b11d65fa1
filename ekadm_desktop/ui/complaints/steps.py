"""The small dialogs of the status flow and the event log: answer, close, reopen, and a new note.

Each dialog calls the service itself when the user presses its button, so a refusal does not lose
what was typed: a ``ValidationError`` is shown and the dialog stays open. When the complaint was
changed by someone else meanwhile, "Läs in igen" reads it again and the dialog stays open with the
text, so the next press goes against the complaint as it is now (the service checks the flow
again).
"""

from __future__ import annotations

from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.errors import ConflictError, NotFound, ValidationError
from ekadm_desktop.models.complaints import Outcome
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.complaints import (
    USER_EVENT_KINDS,
    ComplaintEventRow,
    ComplaintRow,
    event_kind_label,
    labels,
)
from ekadm_desktop.ui.common import messages

R = TypeVar("R")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(value: date, earliest: date | None, latest: date) -> QDateEdit:
    """A date with a calendar, weeks from Monday, limited to the days the step allows."""
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    if earliest is not None:
        edit.setMinimumDate(qdate(earliest))
    edit.setMaximumDate(qdate(latest))
    return edit


def text_box(lines: int, *, read_only: bool = False) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    box.setReadOnly(read_only)
    return box


class StepDialog(QDialog, Generic[R]):
    """A form with a button that does the step (``submit``) and "Avbryt"."""

    def __init__(
        self, services: Services, row: ComplaintRow, title: str, ok_text: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.row = row  # the complaint as the step is made against it
        self.saved: R | None = None
        self.reread = False  # the complaint was read again: the caller's copy is out of date
        self._title = title
        self.setWindowTitle(title)
        self.header = QLabel()
        self.header.setObjectName("stepHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.header.setFont(font)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(
            QCoreApplication.translate("StepDialog", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.buttons)
        self._show_header()

    def _show_header(self) -> None:
        row = self.row
        who = row.customer_name or QCoreApplication.translate("StepDialog", "utan kund")
        self.header.setText(
            QCoreApplication.translate("StepDialog", "{case} – {customer} – {status}").format(
                case=row.case_number, customer=who, status=row.status_label
            )
        )

    def submit(self) -> R:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self.submit()
        except ValidationError as exc:
            messages.show_error(self, self._title, exc)
            return
        except (ConflictError, NotFound) as exc:
            messages.show_error(self, self._title, exc, reload=self._read_again)
            return
        except Exception as exc:  # shown, never lost: an unexpected one is logged as a bug
            messages.show_error(self, self._title, exc)
            return
        super().accept()

    def _read_again(self) -> None:
        self.reread = True
        try:
            self.row = self.services.complaints.get(self.row.id)
        except Exception as exc:  # it was deleted: nothing left to do the step on
            messages.show_error(self, self._title, exc)
            self.reject()
            return
        self._show_header()


class AnswerDialog(StepDialog[ComplaintRow]):
    """ "Besvara…": the day the customer was answered and what the answer said."""

    def __init__(self, services: Services, row: ComplaintRow, today: date, parent: QWidget | None) -> None:
        super().__init__(
            services,
            row,
            QCoreApplication.translate("AnswerDialog", "Besvara {case}").format(case=row.case_number),
            QCoreApplication.translate("AnswerDialog", "Besvara"),
            parent,
        )
        self.setObjectName("answerDialog")
        earliest = row.acknowledged_on or row.received_on
        self.date_edit = date_edit(max(today, earliest), earliest, max(today, earliest))
        self.description = text_box(3, read_only=True)
        self.description.setObjectName("complaintText")
        self.description.setPlainText(
            row.description
            + (
                "\n\n"
                + QCoreApplication.translate("AnswerDialog", "Önskad åtgärd: {action}").format(
                    action=row.requested_action
                )
                if row.requested_action
                else ""
            )
        )
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 5 + 12)
        self.answer_edit = text_box(10)
        self.answer_edit.setObjectName("answerText")
        self.answer_edit.setPlaceholderText(
            QCoreApplication.translate("AnswerDialog", "Vad kunden fick veta: beslut, åtgärd, ursäkt …")
        )
        self.form.addRow(QCoreApplication.translate("AnswerDialog", "Klagomålet:"), self.description)
        self.form.addRow(QCoreApplication.translate("AnswerDialog", "&Besvarat den:"), self.date_edit)
        self.form.addRow(QCoreApplication.translate("AnswerDialog", "&Svar:"), self.answer_edit)
        self.answer_edit.setFocus()
        self.resize(680, 520)

    def submit(self) -> ComplaintRow:
        return self.services.complaints.answer(
            self.row.id, self.row.version, pydate(self.date_edit.date()), self.answer_edit.toPlainText()
        )


class CloseDialog(StepDialog[ComplaintRow]):
    """ "Avsluta…": the day, the result and whether the customer was satisfied."""

    def __init__(self, services: Services, row: ComplaintRow, today: date, parent: QWidget | None) -> None:
        super().__init__(
            services,
            row,
            QCoreApplication.translate("CloseDialog", "Avsluta {case}").format(case=row.case_number),
            QCoreApplication.translate("CloseDialog", "Avsluta ärendet"),
            parent,
        )
        self.setObjectName("closeDialog")
        earliest = row.answered_on
        first = max(today, earliest) if earliest is not None else today
        self.date_edit = date_edit(first, earliest, first)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("outcome")
        for outcome, text in labels(Outcome).items():
            self.outcome_combo.addItem(text, outcome.value)
        self.outcome_combo.setPlaceholderText(QCoreApplication.translate("CloseDialog", "Välj…"))
        self.outcome_combo.setCurrentIndex(-1)
        self.satisfied_combo = QComboBox()
        self.satisfied_combo.setObjectName("satisfied")
        for text, value in (
            (QCoreApplication.translate("CloseDialog", "Vet inte"), None),
            (QCoreApplication.translate("CloseDialog", "Ja"), True),
            (QCoreApplication.translate("CloseDialog", "Nej"), False),
        ):
            self.satisfied_combo.addItem(text, value)
        self.form.addRow(QCoreApplication.translate("CloseDialog", "&Avslutat den:"), self.date_edit)
        self.form.addRow(QCoreApplication.translate("CloseDialog", "&Resultat:"), self.outcome_combo)
        self.form.addRow(QCoreApplication.translate("CloseDialog", "&Kunden nöjd:"), self.satisfied_combo)
        if row.answered_on is not None:
            hint = QLabel(
                QCoreApplication.translate("CloseDialog", "Besvarat {day}: {answer}").format(
                    day=row.answered_on.isoformat(), answer=" ".join(row.answer_text.split())[:300]
                )
            )
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            self.form.addRow("", hint)
        self.outcome_combo.currentIndexChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(560, 280)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.outcome_combo.currentIndex() >= 0)

    def submit(self) -> ComplaintRow:
        outcome = Outcome(self.outcome_combo.currentData())
        satisfied = self.satisfied_combo.currentData()
        return self.services.complaints.close(
            self.row.id,
            self.row.version,
            pydate(self.date_edit.date()),
            outcome,
            satisfied if isinstance(satisfied, bool) else None,
        )


class ReopenDialog(StepDialog[ComplaintRow]):
    """ "Återöppna…": why a closed complaint is taken up again (it goes back to investigating)."""

    def __init__(self, services: Services, row: ComplaintRow, parent: QWidget | None) -> None:
        super().__init__(
            services,
            row,
            QCoreApplication.translate("ReopenDialog", "Återöppna {case}").format(case=row.case_number),
            QCoreApplication.translate("ReopenDialog", "Återöppna"),
            parent,
        )
        self.setObjectName("reopenDialog")
        self.reason_edit = text_box(5)
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate("ReopenDialog", "T.ex. kunden har hört av sig igen om samma fel.")
        )
        note = QLabel(
            QCoreApplication.translate(
                "ReopenDialog",
                "Ärendet går tillbaka till ”Under utredning”; resultat, avslutsdatum och nöjdhet "
                "tas bort. Skälet skrivs i händelseloggen.",
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(QCoreApplication.translate("ReopenDialog", "&Skäl:"), self.reason_edit)
        self.reason_edit.setFocus()
        self.resize(560, 300)

    def submit(self) -> ComplaintRow:
        return self.services.complaints.reopen(self.row.id, self.row.version, self.reason_edit.toPlainText())


class NoteDialog(StepDialog[ComplaintEventRow]):
    """ "Ny anteckning…": a dated note or customer contact in the complaint's event log."""

    def __init__(self, services: Services, row: ComplaintRow, parent: QWidget | None) -> None:
        super().__init__(
            services,
            row,
            QCoreApplication.translate("NoteDialog", "Ny anteckning – {case}").format(case=row.case_number),
            QCoreApplication.translate("NoteDialog", "Spara"),
            parent,
        )
        self.setObjectName("noteDialog")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        for kind in USER_EVENT_KINDS:
            self.kind_combo.addItem(event_kind_label(kind), kind.value)
        self.text_edit = text_box(8)
        self.text_edit.setObjectName("noteText")
        self.form.addRow(QCoreApplication.translate("NoteDialog", "&Typ:"), self.kind_combo)
        self.form.addRow(QCoreApplication.translate("NoteDialog", "&Text:"), self.text_edit)
        self.text_edit.setFocus()
        self.resize(600, 380)

    def submit(self) -> ComplaintEventRow:
        return self.services.complaints.add_event(
            self.row.id, self.text_edit.toPlainText(), str(self.kind_combo.currentData())
        )
