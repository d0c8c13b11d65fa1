"""Showing errors to the user: domain errors with their own message, anything else as a bug."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ekadm_desktop.errors import EkadmError

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


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    message, detail = error_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    box.exec()
