"""When a database cannot be opened: say what happened and offer another database, retry or quit."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ekadm_desktop.ui.common.messages import error_text


class OpenChoice(enum.Enum):
    CHOOSE_OTHER = "choose_other"
    RETRY = "retry"
    QUIT = "quit"


def ask_after_open_failure(parent: QWidget | None, where: str, exc: BaseException) -> OpenChoice:
    message, detail = error_text(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("open_failure", "Kan inte öppna databasen"))
    box.setText(
        QCoreApplication.translate("open_failure", "Databasen {where} kunde inte öppnas.").format(where=where)
    )
    box.setInformativeText(message)
    if detail:
        box.setDetailedText(detail)
    other = box.addButton(
        QCoreApplication.translate("open_failure", "Välj en annan databas…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    retry = box.addButton(
        QCoreApplication.translate("open_failure", "Försök igen"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("open_failure", "Avsluta"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return OpenChoice.CHOOSE_OTHER
    if clicked is retry:
        return OpenChoice.RETRY
    return OpenChoice.QUIT
