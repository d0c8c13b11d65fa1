"""Rapporter: the reports of the app and the saved presets.

"Ny rapport…" opens the wizard on the selected report; a preset opens the wizard with its choices;
"Samma rapport för nästa period" moves the selected preset on one period, saves it and writes the
report at once in the background, in the preset's formats and folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports.definitions import PERIOD_KIND_LABELS, REPORTS, report
from ekadm_desktop.reports.presets import Preset, PresetStore
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.reports.wizard import ReportWizard, open_path


class ReportsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.wizard: ReportWizard | None = None
        self.last_written: list[Path] = []
        self.reports = QListWidget()
        self.reports.setObjectName("reportsList")
        for definition in REPORTS:
            item = QListWidgetItem(tr("reports", definition.title))
            item.setData(Qt.ItemDataRole.UserRole, definition.key)
            item.setToolTip(tr("reports", definition.description))
            self.reports.addItem(item)
        self.description = QLabel()
        self.description.setObjectName("reportDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.reports.currentRowChanged.connect(lambda _row: self._describe())
        self.reports.setCurrentRow(0)
        self._describe()
        self.reports.itemDoubleClicked.connect(lambda _item: self.new_report())
        self.presets = QListWidget()
        self.presets.setObjectName("presetsList")
        self.presets.itemDoubleClicked.connect(lambda _item: self.open_preset())
        self.presets.currentRowChanged.connect(lambda _row: self._enable())
        self.no_presets = QLabel(
            self.tr(
                "Inga sparade förval ännu. Välj en rapport, tryck ”Ny rapport…” och spara dina val "
                "med ”Spara som förval…” i guiden; sedan tar ”Samma rapport för nästa period” "
                "fram nästa månads rapport med ett klick."
            )
        )
        self.no_presets.setObjectName("noPresetsLabel")
        self.no_presets.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Ny rapport…"))
        self.new_button.setObjectName("newReportButton")
        self.new_button.clicked.connect(lambda _checked=False: self.new_report())
        self.open_button = QPushButton(self.tr("Öppna förvalet…"))
        self.open_button.clicked.connect(lambda _checked=False: self.open_preset())
        self.next_button = QPushButton(self.tr("Samma rapport för nästa period"))
        self.next_button.setObjectName("nextPeriodButton")
        self.next_button.clicked.connect(lambda _checked=False: self.run_next_period())
        self.delete_button = QPushButton(self.tr("Ta bort förvalet"))
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_preset())
        self.open_folder_button = QPushButton(self.tr("Öppna mappen"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(lambda _checked=False: self.open_folder())
        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Rapporter</b>")))
        left.addWidget(self.reports, 1)
        left.addWidget(self.description)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Sparade förval</b>")))
        right.addWidget(self.presets, 1)
        right.addWidget(self.no_presets)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.next_button, self.delete_button):
            buttons.addWidget(button)
        right.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.open_folder_button)
        layout.addLayout(status)
        self.load_presets()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.load_presets()

    def load_presets(self) -> None:
        current = self.selected_preset()
        self.presets.clear()
        try:
            store = PresetStore.load(self._context.paths)
        except EkadmError as exc:
            self.status.setText(exc.message)
            return
        for preset in store.presets.values():
            try:
                title = tr("reports", report(preset.report).title)
            except EkadmError:
                title = preset.report
            item = QListWidgetItem(f"{preset.name} – {title}, {preset.period}")
            item.setData(Qt.ItemDataRole.UserRole, preset)
            self.presets.addItem(item)
            if current is not None and preset.name == current.name:
                self.presets.setCurrentItem(item)
        if self.presets.currentRow() < 0 and self.presets.count():
            self.presets.setCurrentRow(0)
        self.no_presets.setVisible(self.presets.count() == 0)
        self._enable()

    def _describe(self) -> None:
        row = self.reports.currentRow()
        if row < 0:
            self.description.clear()
            return
        definition = report(str(self.reports.item(row).data(Qt.ItemDataRole.UserRole)))
        kinds = ", ".join(tr("reports", PERIOD_KIND_LABELS[k]) for k in definition.period_kinds)
        needs = []
        if definition.needs_unit:
            needs.append(self.tr("en enhet"))
        if definition.needs_customer:
            needs.append(self.tr("en kund"))
        text = tr("reports", definition.description) + "\n" + self.tr("Period: {kinds}.").format(kinds=kinds)
        if needs:
            text += " " + self.tr("Kräver {what}.").format(what=self.tr(" och ").join(needs))
        self.description.setText(text)

    def selected_preset(self) -> Preset | None:
        item = self.presets.currentItem()
        preset = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return preset if isinstance(preset, Preset) else None

    def _enable(self) -> None:
        chosen = self.selected_preset() is not None
        for button in (self.open_button, self.next_button, self.delete_button):
            button.setEnabled(chosen)

    def new_report(self) -> ReportWizard:
        wizard = ReportWizard(self._context, self)
        wizard.choose_page.select(str(self.reports.currentItem().data(Qt.ItemDataRole.UserRole)))
        return self._show_wizard(wizard)

    def open_preset(self) -> ReportWizard | None:
        preset = self.selected_preset()
        if preset is None:
            return None
        return self._show_wizard(ReportWizard(self._context, self, preset=preset))

    def _show_wizard(self, wizard: ReportWizard) -> ReportWizard:
        self.wizard = wizard
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self.load_presets())
        wizard.show()
        return wizard

    def open_folder(self) -> None:
        if self.last_written:
            open_path(self.last_written[0].parent)

    def delete_preset(self) -> None:
        preset = self.selected_preset()
        if preset is None or not messages.confirm(
            self, self.tr("Ta bort förval"), self.tr("Ta bort förvalet ”{name}”?").format(name=preset.name)
        ):
            return
        PresetStore.load(self._context.paths).delete(preset.name)
        self.load_presets()

    def run_next_period(self) -> None:
        """The selected preset one period on, saved, and its report written in the background."""
        preset = self.selected_preset()
        if preset is None:
            return
        try:
            following = preset.next_period()
            PresetStore.load(self._context.paths).save(following)
        except EkadmError as exc:
            messages.show_error(self, self.tr("Kan inte göra rapporten"), exc)
            return
        self.load_presets()
        services = self._context.services
        folder = Path(
            following.folder
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        self.status.setText(
            self.tr("Skriver {name} för {period}…").format(name=following.name, period=following.period)
        )
        self.open_folder_button.setEnabled(False)

        def work(progress: Progress) -> list[Path]:
            from ekadm_desktop.reports.generate import generate

            definition = report(following.report)
            return generate(services, definition, following.params(), following.formats, folder, progress)

        def done(written: list[Path]) -> None:
            self.last_written = written
            self.status.setText(self.tr("Klart: {files}").format(files=", ".join(p.name for p in written)))
            self.open_folder_button.setEnabled(bool(written))

        def failed(exc: BaseException) -> None:
            self.status.setText(messages.error_text(exc)[0])

        self._context.tasks.run(self.tr("Skriver rapporten"), work, done, failed)
