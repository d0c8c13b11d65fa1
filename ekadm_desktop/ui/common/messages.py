"""Message boxes with Swedish buttons: an error (offering "Läs in igen" on a conflict) and a yes/no question.

The buttons are our own, not Qt's standard ones, so their texts come from our translations
whether or not Qt's own catalogue is installed. Views call these through the module
(``messages.confirm(...)``) so tests can replace them.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ekadm_desktop.errors import ConflictError, EkadmError, NotFound

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> tuple[str, str]:
    """The message for the user and the technical detail behind it."""
    if isinstance(exc, EkadmError):
        return exc.message, exc.detail
    log.error("unexpected error", exc_info=exc)
    message = QCoreApplication.translate(
        "messages", "Ett oväntat fel inträffade: {error}. Felet har loggats."
    ).format(error=type(exc).__name__)
    return message, "".join(traceback.format_exception(exc))


def show_error(
    parent: QWidget | None, title: str, exc: BaseException, *, reload: Callable[[], None] | None = None
) -> bool:
    """Show ``exc`` (an ``EkadmError``'s own message, anything else as a logged bug).

    When the data changed under the user (``ConflictError``, ``NotFound``) and ``reload`` is
    given, offer "Läs in igen"; returns True if the user chose it (``reload`` has then run).
    """
    message, detail = error_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setDetailedText(detail)
    reload_button = None
    if reload is not None and isinstance(exc, ConflictError | NotFound):
        reload_button = box.addButton(
            QCoreApplication.translate("messages", "Läs in igen"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QCoreApplication.translate("messages", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
    else:
        box.setDefaultButton(
            box.addButton(QCoreApplication.translate("messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
        )
    box.exec()
    if reload is not None and reload_button is not None and box.clickedButton() is reload_button:
        reload()
        return True
    return False


def confirm(parent: QWidget | None, title: str, question: str, *, yes: str = "", no: str = "") -> bool:
    """Ask a yes/no question with "Nej" as the default; True only if the user chose yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(
        yes or QCoreApplication.translate("messages", "Ja"), QMessageBox.ButtonRole.YesRole
    )
    no_button = box.addButton(
        no or QCoreApplication.translate("messages", "Nej"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
