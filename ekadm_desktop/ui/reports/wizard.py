"""The report wizard: report → period, unit and sections → formats → preview → generate.

The document is built once, in the background, for the preview; the same document is then written
in every format chosen (PDF, Excel, PowerPoint) and shown in the presentation mode, so every output
holds the same figures. The choices can be saved as a named preset (``reports.presets``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr
from ekadm_desktop.periods import IsoWeek, Month, Period, Tertial, Year, parse_period
from ekadm_desktop.progress import Progress
from ekadm_desktop.reports.definitions import (
    PERIOD_KIND_EXAMPLES,
    REPORTS,
    ReportDefinition,
    ReportParams,
    build_document,
)
from ekadm_desktop.reports.document import Chart, KeyFigures, MinutesPage, ReportDocument, Table, Text
from ekadm_desktop.reports.presets import Preset, PresetStore
from ekadm_desktop.ui.charts.canvas import ChartCanvas
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.context import ViewContext

FORMATS = (("pdf", "PDF"), ("xlsx", "Excel"), ("pptx", "PowerPoint"))
PRESENTATION = "presentation"
ALL = None


def default_period(definition: ReportDefinition, today: date) -> Period:
    """This week for a weekly report; otherwise the last month, tertial or year that has ended."""
    kind = definition.period_kinds[0]
    if kind == "week":
        return IsoWeek.of(today)
    if kind == "month":
        return Month.of(today).previous()
    if kind == "tertial":
        return Tertial.of(today).previous()
    return Year(today.year - 1)


def open_path(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportWizard(QWizard):
    def __init__(
        self, context: ViewContext, parent: QWidget | None = None, *, preset: Preset | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportWizard")
        self.context = context
        self.setWindowTitle(self.tr("Ny rapport"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Stäng"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Tillbaka"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.document: ReportDocument | None = None
        self.written: list[Path] = []
        self.preset = preset
        self.choose_page = ChoosePage(self)
        self.params_page = ParamsPage(self)
        self.formats_page = FormatsPage(self)
        self.preview_page = PreviewPage(self)
        self.generate_page = GeneratePage(self)
        for page in (
            self.choose_page,
            self.params_page,
            self.formats_page,
            self.preview_page,
            self.generate_page,
        ):
            self.addPage(page)
        self.resize(900, 640)
        if preset is not None:
            self.choose_page.select(preset.report)

    @property
    def definition(self) -> ReportDefinition:
        return self.choose_page.definition()

    def params(self) -> ReportParams:
        return self.params_page.params()

    def formats(self) -> list[str]:
        return self.formats_page.formats()

    def folder(self) -> Path:
        return Path(self.formats_page.folder_edit.text().strip() or ".")

    def current_preset(self, name: str) -> Preset:
        params = self.params()
        return Preset(
            name=name,
            report=self.definition.key,
            period=params.period.key,
            unit_id=params.unit_id,
            customer_id=params.customer_id,
            sections=params.sections,
            formats=tuple(f for f in self.formats() if f != PRESENTATION) or ("pdf",),
            folder=self.formats_page.folder_edit.text().strip(),
        )


# -- 1. the report ------------------------------------------------------------------------------


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Välj rapport"))
        self.setSubTitle(self.tr("Vilken rapport vill du göra?"))
        self.report_list = QListWidget()
        self.report_list.setObjectName("reportList")
        for definition in REPORTS:
            item = QListWidgetItem(tr("reports", definition.title))
            item.setData(Qt.ItemDataRole.UserRole, definition.key)
            item.setToolTip(tr("reports", definition.description))
            self.report_list.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.report_list.currentRowChanged.connect(self._changed)
        self.report_list.itemDoubleClicked.connect(lambda _item: wizard.next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.report_list, 1)
        layout.addWidget(self.description)
        self.report_list.setCurrentRow(0)

    def select(self, key: str) -> None:
        for row, definition in enumerate(REPORTS):
            if definition.key == key:
                self.report_list.setCurrentRow(row)

    def definition(self) -> ReportDefinition:
        return REPORTS[max(self.report_list.currentRow(), 0)]

    def _changed(self, _row: int) -> None:
        self.description.setText(tr("reports", self.definition().description))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report_list.currentRow() >= 0


# -- 2. period, unit and sections ---------------------------------------------------------------


class ParamsPage(QWizardPage):
    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._for: str | None = None
        self.setTitle(self.tr("Period, enhet och avsnitt"))
        self.period_edit = QLineEdit()
        self.period_edit.setObjectName("periodEdit")
        self.period_hint = QLabel()
        self.previous_button = QPushButton(self.tr("< Föregående"))
        self.next_button = QPushButton(self.tr("Nästa period >"))
        self.next_button.setObjectName("nextPeriodButton")
        self.previous_button.clicked.connect(lambda _checked=False: self.step(-1))
        self.next_button.clicked.connect(lambda _checked=False: self.step(1))
        self.period_edit.textChanged.connect(lambda _text: self._show_period())
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitCombo")
        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("customerCombo")
        self.customer_label = QLabel(self.tr("&Kund:"))
        self.customer_label.setBuddy(self.customer_combo)
        self.sections_list = QListWidget()
        self.sections_list.setObjectName("sectionsList")
        self.up_button = QPushButton(self.tr("Flytta upp"))
        self.down_button = QPushButton(self.tr("Flytta ned"))
        self.up_button.clicked.connect(lambda _checked=False: self.move_section(-1))
        self.down_button.clicked.connect(lambda _checked=False: self.move_section(1))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")

        grid = QGridLayout()
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_edit)
        grid.addWidget(period_label, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.period_edit)
        row.addWidget(self.next_button)
        row.addWidget(self.period_hint, 1)
        grid.addLayout(row, 0, 1)
        unit_label = QLabel(self.tr("&Enhet:"))
        unit_label.setBuddy(self.unit_combo)
        grid.addWidget(unit_label, 1, 0)
        grid.addWidget(self.unit_combo, 1, 1)
        grid.addWidget(self.customer_label, 2, 0)
        grid.addWidget(self.customer_combo, 2, 1)
        sections_label = QLabel(self.tr("&Avsnitt (bocka i och ordna):"))
        sections_label.setBuddy(self.sections_list)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        sections = QHBoxLayout()
        sections.addWidget(self.sections_list, 1)
        sections.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(sections_label)
        layout.addLayout(sections, 1)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        definition = self._wizard.definition
        if self._for == definition.key:
            return
        self._for = definition.key
        preset = (
            self._wizard.preset
            if self._wizard.preset and self._wizard.preset.report == definition.key
            else None
        )
        self.setSubTitle(
            self.tr("Perioden skrivs {examples}.").format(
                examples=self.tr(" eller ").join(PERIOD_KIND_EXAMPLES[k] for k in definition.period_kinds)
            )
        )
        period = parse_period(preset.period) if preset else default_period(definition, date.today())
        self.period_edit.setText(period.key)
        services = self._wizard.context.services
        self.unit_combo.clear()
        if not definition.needs_unit:
            self.unit_combo.addItem(self.tr("Alla enheter"), ALL)
        for choice in services.admin.choices("unit"):
            self.unit_combo.addItem(choice.label, choice.id)
        user_unit = services.user.unit_id
        wanted = preset.unit_id if preset else user_unit
        if wanted is not None:
            self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(wanted), 0))
        self.customer_combo.clear()
        self.customer_combo.setVisible(definition.needs_customer)
        self.customer_label.setVisible(definition.needs_customer)
        if definition.needs_customer:
            for choice in services.admin.choices("customer"):
                self.customer_combo.addItem(choice.label, choice.id)
            if preset and preset.customer_id is not None:
                self.customer_combo.setCurrentIndex(max(self.customer_combo.findData(preset.customer_id), 0))
        self.sections_list.clear()
        sections = list(definition.section_list())
        chosen = (
            list(preset.sections) if preset and preset.sections else [s.key for s in sections if s.default]
        )
        ordered = [s for key in chosen for s in sections if s.key == key] + [
            s for s in sections if s.key not in chosen
        ]
        for section in ordered:
            item = QListWidgetItem(tr("reports", section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if section.key in chosen else Qt.CheckState.Unchecked)
            self.sections_list.addItem(item)
        self.sections_list.setCurrentRow(0)
        self.error_label.clear()

    def typed_period(self) -> Period | None:
        try:
            return parse_period(self.period_edit.text())
        except ValueError:
            return None

    def _show_period(self) -> None:
        period = self.typed_period()
        self.period_hint.setText(period.label if period else self.tr("okänd period"))
        self.completeChanged.emit()

    def step(self, direction: int) -> None:
        period = self.typed_period()
        if period is not None:
            self.period_edit.setText((period.next() if direction > 0 else period.previous()).key)

    def move_section(self, direction: int) -> None:
        row = self.sections_list.currentRow()
        target = row + direction
        if row < 0 or not 0 <= target < self.sections_list.count():
            return
        item = self.sections_list.takeItem(row)
        self.sections_list.insertItem(target, item)
        self.sections_list.setCurrentRow(target)

    def section_keys(self) -> tuple[str, ...]:
        items = [self.sections_list.item(n) for n in range(self.sections_list.count())]
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def params(self) -> ReportParams:
        period = self.typed_period() or default_period(self._wizard.definition, date.today())
        unit = self.unit_combo.currentData()
        customer = self.customer_combo.currentData() if self.customer_combo.isVisibleTo(self) else None
        return ReportParams(
            period,
            None if unit is None else int(unit),
            None if customer is None else int(customer),
            self.section_keys(),
        )

    def isComplete(self) -> bool:
        return self.typed_period() is not None

    def validatePage(self) -> bool:
        if not self.section_keys():
            self.error_label.setText(self.tr("Välj minst ett avsnitt."))
            return False
        try:
            self._wizard.definition.check(self.params())
        except EkadmError as exc:
            self.error_label.setText(exc.message)
            return False
        self.error_label.clear()
        return True


# -- 3. formats and folder -----------------------------------------------------------------------


class FormatsPage(QWizardPage):
    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Format och mapp"))
        self.setSubTitle(self.tr("Rapporten skrivs i varje valt format; presentationen visas i helskärm."))
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        for key, label in (*FORMATS, (PRESENTATION, self.tr("Presentation (helskärm på projektorn)"))):
            check = QCheckBox(label)
            check.setObjectName(f"format_{key}")
            check.toggled.connect(lambda _on: self.completeChanged.emit())
            self.checks[key] = check
            layout.addWidget(check)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("Bläddra…"))
        browse.clicked.connect(lambda _checked=False: self.browse())
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Mapp:"))
        folder_label.setBuddy(self.folder_edit)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        layout.addSpacing(12)
        layout.addLayout(folder_row)
        self.save_button = QPushButton(self.tr("Spara som förval…"))
        self.save_button.setObjectName("savePresetButton")
        self.save_button.clicked.connect(lambda _checked=False: self.save_preset())
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)
        self._initialised = False

    def initializePage(self) -> None:
        if self._initialised:
            return
        self._initialised = True
        preset = self._wizard.preset
        wanted = preset.formats if preset else self._wizard.definition.default_formats
        for key, check in self.checks.items():
            check.setChecked(key in wanted)
        folder = preset.folder if preset and preset.folder else ""
        self.folder_edit.setText(
            folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )

    def formats(self) -> list[str]:
        return [key for key, check in self.checks.items() if check.isChecked()]

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mapp för rapporten"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def save_preset(self, name: str | None = None) -> Preset | None:
        if name is None:
            proposed = (
                self._wizard.preset.name
                if self._wizard.preset
                else tr("reports", self._wizard.definition.title)
            )
            name, ok = QInputDialog.getText(
                self, self.tr("Spara som förval"), self.tr("Förvalets namn:"), text=proposed
            )
            if not ok:
                return None
        try:
            preset = self._wizard.current_preset(name.strip())
            PresetStore.load(self._wizard.context.paths).save(preset)
        except EkadmError as exc:
            messages.show_error(self, self.tr("Kan inte spara förvalet"), exc)
            return None
        self._wizard.preset = preset
        self.saved_label.setText(self.tr("Sparat som ”{name}”.").format(name=preset.name))
        return preset

    def isComplete(self) -> bool:
        chosen = self.formats()
        files = [f for f in chosen if f != PRESENTATION]
        return bool(chosen) and (not files or bool(self.folder_edit.text().strip()))


# -- 4. preview ---------------------------------------------------------------------------------


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Förhandsgranskning"))
        self.setSubTitle(
            self.tr("Avsnitten med sina tabeller och diagram. Klicka på ett diagram för att se det.")
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("previewTree")
        self.tree.setHeaderLabels([self.tr("Innehåll"), self.tr("Uppgifter")])
        self.tree.setColumnWidth(0, 300)
        self.tree.currentItemChanged.connect(lambda current, _previous: self._show(current))
        self.chart = ChartCanvas()
        self.chart.setObjectName("previewChart")
        self.status = QLabel()
        self.status.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.chart)
        splitter.setSizes([360, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._ready = False

    def initializePage(self) -> None:
        self._ready = False
        self._wizard.document = None
        self.tree.clear()
        self.chart.show_message(self.tr("Läser…"))
        self.status.setText(self.tr("Hämtar uppgifterna…"))
        services = self._wizard.context.services
        definition, params = self._wizard.definition, self._wizard.params()

        def work(progress: Progress) -> ReportDocument:
            return build_document(services, definition, params, progress)

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, EkadmError) else messages.error_text(exc)[0]
            self.status.setText(message)
            self.chart.show_message(message)

        self._wizard.context.tasks.run(self.tr("Hämtar rapportens uppgifter"), work, self._loaded, failed)

    def _loaded(self, document: ReportDocument) -> None:
        self._wizard.document = document
        self._ready = True
        first_chart: QTreeWidgetItem | None = None
        for section in document.sections:
            top = QTreeWidgetItem([section.title, "" if section.blocks else section.empty_message])
            self.tree.addTopLevelItem(top)
            for block in section.blocks:
                item = QTreeWidgetItem([_block_title(block) or section.title, _block_kind(block)])
                item.setData(0, Qt.ItemDataRole.UserRole, block)
                top.addChild(item)
                if first_chart is None and isinstance(block, Chart):
                    first_chart = item
            top.setExpanded(True)
        charts = len(document.charts())
        self.status.setText(
            self.tr("{sections} avsnitt, {charts} diagram – {title}, {subtitle}.").format(
                sections=len(document.sections),
                charts=charts,
                title=document.title,
                subtitle=document.subtitle,
            )
        )
        if first_chart is not None:
            self.tree.setCurrentItem(first_chart)
        else:
            self.chart.show_message(self.tr("Rapporten har inga diagram."))
        self.completeChanged.emit()

    def _show(self, item: QTreeWidgetItem | None) -> None:
        block = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(block, Chart):
            from ekadm_desktop.reports.chart_render import figure_for

            self.chart.set_figure(figure_for(block))

    def isComplete(self) -> bool:
        return self._ready


def _block_title(block: object) -> str:
    return str(getattr(block, "title", ""))


def _block_kind(block: object) -> str:
    if isinstance(block, Chart):
        return tr("reports", "diagram")
    if isinstance(block, Table):
        return tr("reports", "tabell, {rows} rader").format(rows=len(block.rows))
    if isinstance(block, KeyFigures):
        return tr("reports", "nyckeltal")
    if isinstance(block, Text):
        return tr("reports", "text")
    if isinstance(block, MinutesPage):
        return tr("reports", "protokollsida")
    return ""


# -- 5. generate --------------------------------------------------------------------------------


class GeneratePage(QWizardPage):
    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Skapa rapporten"))
        self.status = QLabel()
        self.status.setObjectName("generateStatus")
        self.status.setWordWrap(True)
        self.files = QListWidget()
        self.files.setObjectName("writtenFiles")
        self.files.itemDoubleClicked.connect(lambda item: open_path(Path(item.text())))
        self.open_file_button = QPushButton(self.tr("Öppna filen"))
        self.open_folder_button = QPushButton(self.tr("Öppna mappen"))
        self.retry_button = QPushButton(self.tr("Försök igen"))
        self.open_file_button.clicked.connect(lambda _checked=False: self.open_file())
        self.open_folder_button.clicked.connect(lambda _checked=False: self.open_folder())
        self.retry_button.clicked.connect(lambda _checked=False: self.generate())
        self.screen_combo = QComboBox()
        self.screen_combo.setObjectName("screenCombo")
        self.present_button = QPushButton(self.tr("Starta presentationen"))
        self.present_button.setObjectName("presentButton")
        self.present_button.clicked.connect(lambda _checked=False: self.present())
        self.presentation: QWidget | None = None
        buttons = QHBoxLayout()
        for button in (self.open_file_button, self.open_folder_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        present = QHBoxLayout()
        screen_label = QLabel(self.tr("S&kärm:"))
        screen_label.setBuddy(self.screen_combo)
        present.addWidget(screen_label)
        present.addWidget(self.screen_combo, 1)
        present.addWidget(self.present_button)
        self.present_row = QWidget()
        self.present_row.setLayout(present)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.present_row)

    def initializePage(self) -> None:
        self.screen_combo.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            self.screen_combo.addItem(
                self.tr("Skärm {number}: {name} ({width} × {height})").format(
                    number=number, name=screen.name(), width=size.width(), height=size.height()
                ),
                number - 1,
            )
        # The projector is usually the second screen.
        self.screen_combo.setCurrentIndex(self.screen_combo.count() - 1)
        self.present_row.setVisible(PRESENTATION in self._wizard.formats())
        self.generate()

    def generate(self) -> None:
        document = self._wizard.document
        if document is None:
            return
        self.files.clear()
        for button in (self.open_file_button, self.open_folder_button, self.retry_button):
            button.setEnabled(False)
        formats = [f for f in self._wizard.formats() if f != PRESENTATION]
        if not formats:
            self.status.setText(self.tr("Ingen fil att skriva; starta presentationen nedan."))
            return
        folder = self._wizard.folder()
        self.status.setText(self.tr("Skriver rapporten…"))

        def work(progress: Progress) -> list[Path]:
            from ekadm_desktop.reports.generate import SUFFIXES, render
            from ekadm_desktop.reports.output import check_writable

            targets = [folder / f"{document.file_stem()}{SUFFIXES[f]}" for f in formats]
            for target in targets:
                check_writable(target)
            return [render(document, f, t, progress) for f, t in zip(formats, targets, strict=True)]

        def done(written: list[Path]) -> None:
            self._wizard.written = written
            for path in written:
                self.files.addItem(str(path))
            self.files.setCurrentRow(0)
            self.status.setText(
                self.tr("Klart: {count} filer i {folder}.").format(count=len(written), folder=folder)
            )
            self.open_file_button.setEnabled(True)
            self.open_folder_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, EkadmError) else messages.error_text(exc)[0]
            self.status.setText(message)
            self.retry_button.setEnabled(True)

        self._wizard.context.tasks.run(self.tr("Skriver rapporten"), work, done, failed)

    def open_file(self) -> None:
        item = self.files.currentItem()
        if item is not None:
            open_path(Path(item.text()))

    def open_folder(self) -> None:
        open_path(self._wizard.folder())

    def present(self) -> QWidget | None:
        from ekadm_desktop.ui.presentation.window import PresentationWindow

        document = self._wizard.document
        if document is None:
            return None
        window = PresentationWindow(document)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screens = QGuiApplication.screens()
        index = cast(Any, self.screen_combo.currentData())
        window.present_on(screens[index] if index is not None and 0 <= index < len(screens) else None)
        self.presentation = window
        return window
