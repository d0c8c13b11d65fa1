"""What a user can do with one complaint, shared by the register view and the customer page:
open it, register a new one, take the next step of the status flow, write a note, read its
history.

Each operation asks what it needs, calls the service, shows any error (a ``ValidationError`` with
its reason; a conflict or a deleted complaint with "Läs in igen") and then calls ``changed`` with
the complaint to select, so the caller reads its list again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from ekadm_desktop.i18n import tr
from ekadm_desktop.models.complaints import ComplaintStatus, Outcome
from ekadm_desktop.progress import Progress
from ekadm_desktop.services.complaints import (
    FIELD_NAMES,
    SECRET_FIELDS,
    SECRET_TEXT,
    ComplaintRow,
    label,
)
from ekadm_desktop.services.history import HistoryEntry, field_value_texts
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.history_dialog import HistoryDialog
from ekadm_desktop.ui.complaints.dialog import open_complaint
from ekadm_desktop.ui.complaints.steps import AnswerDialog, CloseDialog, NoteDialog, ReopenDialog, StepDialog
from ekadm_desktop.ui.context import ViewContext

Changed = Callable[[int | None], None]  # read the list again and select this complaint


class Step(enum.Enum):
    ACKNOWLEDGE = "acknowledge"
    START_INVESTIGATION = "start_investigation"
    ANSWER = "answer"
    CLOSE = "close"
    REOPEN = "reopen"


# The statuses each step of the flow is taken from; the service checks the same (and says why not).
STEP_FROM = {
    Step.ACKNOWLEDGE: frozenset({ComplaintStatus.REGISTERED}),
    Step.START_INVESTIGATION: frozenset({ComplaintStatus.ACKNOWLEDGED}),
    Step.ANSWER: frozenset({ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING}),
    Step.CLOSE: frozenset({ComplaintStatus.ANSWERED}),
    Step.REOPEN: frozenset({ComplaintStatus.CLOSED}),
}


class ComplaintActions(QObject):
    def __init__(self, parent: QWidget, context: ViewContext, changed: Changed) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self._services = context.services
        self._complaints = context.services.complaints
        self._changed = changed

    # -- what may be done ----------------------------------------------------------------------------
    @property
    def can_create(self) -> bool:
        return self._complaints.can_create

    def can_edit(self, row: ComplaintRow | None) -> bool:
        return row is not None and self._complaints.can_edit(row)

    def can_take(self, step: Step, row: ComplaintRow | None) -> bool:
        """Whether ``step`` is the flow's next step for ``row`` and the user may take it."""
        if row is None or not self.can_edit(row) or row.status not in STEP_FROM[step]:
            return False
        return step is not Step.REOPEN or self._complaints.can_reopen

    # -- opening and registering -------------------------------------------------------------------
    def open(self, row: ComplaintRow, *, tab: int = 0) -> None:
        outcome = open_complaint(self._parent, self._services, row, tab=tab)
        if outcome.saved is not None or outcome.reload:
            self._changed(row.id)

    def new(self, *, customer_id: int | None = None, unit_id: int | None = None) -> ComplaintRow | None:
        if not self.can_create:
            return None
        values = self._complaints.new_values()
        if customer_id is not None:
            values["customer_id"] = customer_id
        if unit_id is not None and values.get("unit_id") is None:
            values["unit_id"] = unit_id
        outcome = open_complaint(self._parent, self._services, None, values=values)
        if outcome.saved is not None:
            self._changed(outcome.saved.id)
        return outcome.saved

    # -- the status flow ---------------------------------------------------------------------------
    def acknowledge(self, row: ComplaintRow, on: date | None = None) -> None:
        """Receipt confirmed today (or ``on``): registered → acknowledged."""
        self._direct(
            row,
            self.tr("Kan inte bekräfta mottagandet"),
            lambda: self._complaints.acknowledge(row.id, row.version, on or date.today()),
        )

    def start_investigation(self, row: ComplaintRow) -> None:
        self._direct(
            row,
            self.tr("Kan inte påbörja utredningen"),
            lambda: self._complaints.start_investigation(row.id, row.version),
        )

    def answer(self, row: ComplaintRow) -> None:
        self._with_dialog(row, AnswerDialog(self._services, row, date.today(), self._parent))

    def close(self, row: ComplaintRow) -> None:
        self._with_dialog(row, CloseDialog(self._services, row, date.today(), self._parent))

    def reopen(self, row: ComplaintRow) -> None:
        self._with_dialog(row, ReopenDialog(self._services, row, self._parent))

    def add_note(self, row: ComplaintRow) -> None:
        self._with_dialog(row, NoteDialog(self._services, row, self._parent))

    def _direct(self, row: ComplaintRow, title: str, step: Callable[[], ComplaintRow]) -> None:
        try:
            saved = step()
        except Exception as exc:
            messages.show_error(self._parent, title, exc, reload=lambda: self._changed(row.id))
            return
        self._changed(saved.id)

    def _with_dialog(self, row: ComplaintRow, dialog: StepDialog[Any]) -> None:
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            if accepted or dialog.reread:
                self._changed(row.id)
        finally:
            dialog.deleteLater()

    # -- history -----------------------------------------------------------------------------------
    def history(self, row: ComplaintRow) -> None:
        """Every change to the complaint's own fields, from the audit trail; the fields a secret
        complaint holds back stay hidden from those who may not read them."""
        services = self._services
        fields = services.complaints.fields()
        labels = {f.name: f.label for f in fields}
        labels.update(
            {
                "case_number": self.tr("Ärendenummer"),
                "status": self.tr("Status"),
                "received_at": self.tr("Inkom"),
                "acknowledged_on": self.tr("Bekräftad"),
                "answered_on": self.tr("Besvarad"),
                "answer_text": self.tr("Svar"),
                "outcome": self.tr("Resultat"),
                "customer_satisfied": self.tr("Kunden nöjd"),
                "closed_on": self.tr("Avslutad"),
                "anonymised_on": self.tr("Avidentifierad"),
                "year": self.tr("År"),
                "serial": self.tr("Löpnummer"),
            }
        )
        order = ["case_number", "status", "received_at", *FIELD_NAMES]
        labels = {name: labels[name] for name in order if name in labels} | labels
        redacted = row.redacted
        title = self.tr("Historik – {case}").format(case=row.case_number)

        def work(_progress: Progress) -> list[HistoryEntry]:
            texts = field_value_texts(fields, services.admin.choices)
            texts["status"] = _enum_text(ComplaintStatus)
            texts["outcome"] = _enum_text(Outcome)
            if redacted:
                for name in SECRET_FIELDS:
                    texts[name] = _hidden_text
            return services.history.history("complaint", row.id, labels, value_texts=texts)

        def done(entries: list[HistoryEntry]) -> None:
            dialog = HistoryDialog(entries, title, self._parent)
            dialog.exec()
            dialog.deleteLater()

        def failed(exc: BaseException) -> None:
            messages.show_error(self._parent, self.tr("Kan inte visa historiken"), exc)

        self._context.tasks.run(self.tr("Läser in historiken"), work, done, failed, show_progress=False)


def _hidden_text(value: object) -> str:
    return tr("complaints", SECRET_TEXT) if value else "–"


def _enum_text(enum_cls: type[enum.Enum]) -> Callable[[object], str]:
    def text(value: object) -> str:
        try:
            return label(enum_cls(value))
        except ValueError:
            return "–" if value in (None, "") else str(value)

    return text
