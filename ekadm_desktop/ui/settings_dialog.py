"""Choosing the database (an SQLite file or a PostgreSQL server) and the language.

The choice is tested live before it is saved: OK first connects and reads the schema
version in the background, and only a working database is accepted.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.db.open import ProbeResult, probe_database
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.i18n import LANGUAGES
from ekadm_desktop.progress import Progress
from ekadm_desktop.settings import AppPaths, Settings
from ekadm_desktop.ui.common.messages import error_text
from ekadm_desktop.ui.tasks import TaskRunner


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, paths: AppPaths, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(560)
        self._paths = paths
        self._tasks = tasks
        self._settings = copy.deepcopy(settings)
        self.password_entered = ""
        self._testing = False

        self.sqlite_radio = QRadioButton(
            self.tr("Databasfil (SQLite) – på den här datorn eller en nätverksenhet")
        )
        self.postgres_radio = QRadioButton(self.tr("Databasserver (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.sqlite_radio)
        group.addButton(self.postgres_radio)

        self.sqlite_path = QLineEdit(settings.database.sqlite_path or str(paths.default_database))
        self.sqlite_path.setAccessibleName(self.tr("Databasfil"))
        browse = QPushButton(self.tr("Bläddra…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.sqlite_path, 1)
        path_row.addWidget(browse)
        self.sqlite_box = QGroupBox()
        sqlite_form = QFormLayout(self.sqlite_box)
        file_label = QLabel(self.tr("&Fil:"))
        file_label.setBuddy(self.sqlite_path)
        sqlite_form.addRow(file_label, path_row)

        db = settings.database
        self.pg_host = QLineEdit(db.pg_host)
        self.pg_port = QSpinBox()
        self.pg_port.setRange(1, 65535)
        self.pg_port.setValue(db.pg_port)
        self.pg_database = QLineEdit(db.pg_database)
        self.pg_user = QLineEdit(db.pg_user)
        self.pg_password = QLineEdit()
        self.pg_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pg_password.setPlaceholderText(self.tr("sparas i operativsystemets nyckelring"))
        self.postgres_box = QGroupBox()
        pg_form = QFormLayout(self.postgres_box)
        pg_form.addRow(self.tr("&Server:"), self.pg_host)
        pg_form.addRow(self.tr("P&ort:"), self.pg_port)
        pg_form.addRow(self.tr("&Databas:"), self.pg_database)
        pg_form.addRow(self.tr("&Användare:"), self.pg_user)
        pg_form.addRow(self.tr("&Lösenord:"), self.pg_password)

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        language_form = QFormLayout()
        language_form.addRow(self.tr("&Språk (gäller efter omstart):"), self.language)

        self.test_button = QPushButton(self.tr("&Testa anslutningen"))
        self.test_button.clicked.connect(lambda: self._test(accept_after=False))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("testStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Testa och spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(lambda: self._test(accept_after=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Databas</b>")))
        layout.addWidget(self.sqlite_radio)
        layout.addWidget(self.sqlite_box)
        layout.addWidget(self.postgres_radio)
        layout.addWidget(self.postgres_box)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addLayout(language_form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.sqlite_radio.toggled.connect(self._update_enabled)
        (self.postgres_radio if db.kind == "postgresql" else self.sqlite_radio).setChecked(True)
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.sqlite_box.setEnabled(self.sqlite_radio.isChecked())
        self.postgres_box.setEnabled(self.postgres_radio.isChecked())

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Välj eller skapa en databasfil"),
            self.sqlite_path.text(),
            self.tr("EkAdm-databas (*.sqlite *.db);;Alla filer (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.sqlite_path.setText(path)

    def chosen_settings(self) -> Settings:
        """The settings as edited in the dialog (not yet saved)."""
        result = copy.deepcopy(self._settings)
        db = result.database
        db.kind = "postgresql" if self.postgres_radio.isChecked() else "sqlite"
        db.sqlite_path = self.sqlite_path.text().strip()
        db.pg_host = self.pg_host.text().strip()
        db.pg_port = self.pg_port.value()
        db.pg_database = self.pg_database.text().strip()
        db.pg_user = self.pg_user.text().strip()
        result.language = str(self.language.currentData())
        return result

    def chosen_target(self) -> DatabaseTarget:
        return self.chosen_settings().database.target(self._paths)

    def _test(self, *, accept_after: bool) -> None:
        if self._testing:
            return
        try:
            target = self.chosen_target()
        except ValueError as exc:
            self._show_status(False, str(exc))
            return
        password = self.pg_password.text() or None
        self._testing = True
        self.test_button.setEnabled(False)
        self.buttons.setEnabled(False)
        self._show_status(None, self.tr("Testar anslutningen till {where}…").format(where=target.describe()))

        def work(_progress: Progress) -> ProbeResult:
            return probe_database(target, password=password)

        def done(result: ProbeResult) -> None:
            self._finish_test()
            self._show_status(True, result.describe())
            if accept_after:
                self.password_entered = password or ""
                self.accept()

        def failed(exc: BaseException) -> None:
            self._finish_test()
            self._show_status(False, error_text(exc)[0])

        self._tasks.run(self.tr("Testar anslutningen"), work, done, failed, show_progress=False)

    def _finish_test(self) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.buttons.setEnabled(True)

    def _show_status(self, ok: bool | None, text: str) -> None:
        color = {True: "#1b5e20", False: "#b71c1c", None: "palette(text)"}[ok]
        self.status.setStyleSheet(f"color: {color};")
        self.status.setText(text)
