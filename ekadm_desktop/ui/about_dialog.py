"""About: the app's version and those of the parts it runs on, and the open database."""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ekadm_desktop import __version__
from ekadm_desktop.db import migrate


def version_lines(database_description: str, database_kind: str) -> list[tuple[str, str]]:
    import sqlalchemy

    return [
        ("EkAdm Desktop", __version__),
        ("Python", f"{platform.python_version()} ({sys.platform})"),
        ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("Schema", migrate.head_revision()),
        (database_kind, database_description),
    ]


class AboutDialog(QDialog):
    def __init__(self, database_description: str, database_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om EkAdm Desktop"))
        rows = "".join(
            f"<tr><td><b>{name}</b></td><td>&nbsp;{value}</td></tr>"
            for name, value in version_lines(database_description, database_kind)
        )
        intro = self.tr(
            "Kundlogg, klagomålsregister, volymer och bemanning, telefonstatistik och rapporter för "
            "ekonomiadministrationens enheter."
        )
        label = QLabel(f"<h3>EkAdm Desktop</h3><p>{intro}</p><table>{rows}</table>")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
