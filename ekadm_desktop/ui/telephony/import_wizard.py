"""The import wizard for switchboard files: pick file(s), see which profile reads each (or choose
one, or make a new mapping), give a group number or period where the file needs one, see the
first rows as parsed, import in the background, and read the report per file.

Each file is imported on its own, all or nothing, one after another. The wizard holds no parsing
rules: ``PhoneImportService`` previews and imports. File dialogs are Qt's static functions and the
mapping dialog is shown through ``edit_mapping``, so tests can replace them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.progress import Cancelled
from ekadm_desktop.services.phone_import import (
    ImportReport,
    PhoneImportService,
    Preview,
    Profile,
    UnknownFormat,
)
from ekadm_desktop.services.phone_import.service import parse_month
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.telephony.import_tables import ParsedPreview, rejection_table
from ekadm_desktop.ui.telephony.mapping_dialog import MappingDialog

FILE_FILTER = "(*.csv *.txt *.tsv *.xlsx *.log queue_log*)"
PREVIEW_ROWS = 20


def edit_mapping(dialog: MappingDialog) -> bool:
    """Show the mapping dialog; True if the user chose to use the mapping (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


@dataclass
class FileChoice:
    """One file of the import: its profile (detected, chosen or mapped) and what is known of it."""

    path: Path
    profile: Profile | None = None
    detected: bool = False
    preview: Preview | None = None
    unknown: UnknownFormat | None = None
    error: str = ""

    @property
    def dated(self) -> bool:
        if self.profile is None or self.preview is None:
            return True
        return bool({"start", "date"} & (set(self.preview.field_columns) | set(self.profile.fixed)))

    @property
    def needs_period(self) -> bool:
        return self.profile is not None and self.profile.shape == "interval_aggregates" and not self.dated

    @property
    def has_group(self) -> bool:
        if self.profile is None or self.preview is None:
            return True
        fields = set(self.preview.field_columns) | set(self.profile.fixed)
        return bool({"group", "queue"} & fields)


@dataclass
class FileResult:
    path: Path
    report: ImportReport | None = None
    error: str = ""
    cancelled: bool = False


@dataclass
class ImportState:
    files: list[FileChoice] = field(default_factory=list)
    results: list[FileResult] = field(default_factory=list)


class FilesPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Välj filer"))
        self.setSubTitle(
            self.tr(
                "Exportfiler från växeln: samtalslistor, samtalsben, queue_log eller intervallstatistik "
                "(CSV, TXT, TSV eller Excel). Flera filer importeras en i taget, var och en helt eller inte alls."
            )
        )
        self.file_list = QListWidget()
        self.file_list.setObjectName("fileList")
        add = QPushButton(self.tr("Lägg till filer…"))
        add.setObjectName("addFilesButton")
        add.clicked.connect(self.add_files)
        remove = QPushButton(self.tr("Ta bort"))
        remove.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.file_list, 1)
        layout.addLayout(buttons)

    def add_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Välj filer från växeln"),
            str(Path.home()),
            self.tr("Exportfiler från växeln {pattern};;Alla filer (*)").format(pattern=FILE_FILTER),
        )
        self.set_paths([*self.paths(), *(Path(p) for p in paths)])

    def set_paths(self, paths: list[Path]) -> None:
        unique = list(dict.fromkeys(paths))
        self.file_list.clear()
        for path in unique:
            self.file_list.addItem(str(path))
        self.completeChanged.emit()

    def paths(self) -> list[Path]:
        return [Path(self.file_list.item(i).text()) for i in range(self.file_list.count())]

    def remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.file_list.count() > 0

    def validatePage(self) -> bool:
        old = {c.path: c for c in self._state.files}
        self._state.files = [old.get(p) or FileChoice(p) for p in self.paths()]
        return True


class ProfilePage(QWizardPage):
    """Which profile reads each file; group number and period where the files need them."""

    def __init__(
        self, state: ImportState, importer: PhoneImportService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._importer = importer
        self._mapped: dict[str, Profile] = {}  # mappings made in this wizard, saved or not
        self.setTitle(self.tr("Format och profil"))
        self.setSubTitle(
            self.tr(
                "Varje fil provas mot importprofilerna. Välj en annan profil eller gör en ny mappning "
                "om filen inte känns igen eller läses fel."
            )
        )
        self.file_table = QTableWidget(0, 2)
        self.file_table.setObjectName("profileTable")
        self.file_table.setHorizontalHeaderLabels([self.tr("Fil"), self.tr("Format")])
        self.file_table.verticalHeader().hide()
        self.file_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.file_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.file_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.file_table.horizontalHeader().setStretchLastSection(True)
        self.file_table.currentCellChanged.connect(lambda *_a: self._show_current())
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setAccessibleName(self.tr("Profil för den valda filen"))
        self.profile_combo.activated.connect(self._choose_profile)
        self.mapping_button = QPushButton(self.tr("Ny mappning…"))
        self.mapping_button.setObjectName("newMappingButton")
        self.mapping_button.clicked.connect(lambda: self.open_mapping())
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Profil för vald fil:")))
        chooser.addWidget(self.profile_combo, 1)
        chooser.addWidget(self.mapping_button)

        self.group_edit = QLineEdit()
        self.group_edit.setObjectName("groupEdit")
        self.group_edit.setPlaceholderText(self.tr("t.ex. 08-508 290 10"))
        self.group_edit.textChanged.connect(self._update_needs)
        self.group_hint = QLabel()
        self.group_hint.setWordWrap(True)
        self.period_edit = QLineEdit()
        self.period_edit.setObjectName("periodEdit")
        self.period_edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM, t.ex. 2010-03"))
        self.period_edit.textChanged.connect(self._update_needs)
        self.period_hint = QLabel()
        self.period_hint.setObjectName("periodHint")
        self.period_hint.setWordWrap(True)
        self.replace_check = QCheckBox(
            self.tr("Ersätt tidigare importerad intervallstatistik för samma intervall")
        )
        self.replace_check.setObjectName("replaceCheck")
        self.replace_check.setToolTip(
            self.tr(
                "För en reviderad rapport: tidigare importer som överlappar filens intervall tas bort först."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Gruppnummer:"), self.group_edit)
        form.addRow("", self.group_hint)
        form.addRow(self.tr("Period:"), self.period_edit)
        form.addRow("", self.period_hint)
        form.addRow("", self.replace_check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_table, 1)
        layout.addLayout(chooser)
        layout.addLayout(form)

    # -- detection ----------------------------------------------------------------------------------
    def initializePage(self) -> None:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            for choice in self._state.files:
                if choice.profile is None and choice.unknown is None and not choice.error:
                    self._detect(choice)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Automatiskt (det som känns igen)"), "")
        for profile in self._importer.profiles():
            label = (
                profile.title if profile.builtin else self.tr("{title} (egen)").format(title=profile.title)
            )
            self.profile_combo.addItem(label, profile.name)
        self._fill_table()
        self.file_table.selectRow(0)
        unknown = next((c for c in self._state.files if c.unknown is not None), None)
        if unknown is not None:
            QTimer.singleShot(0, lambda: self.open_mapping(unknown))

    def _detect(self, choice: FileChoice, profile: Profile | None = None) -> None:
        choice.unknown, choice.error, choice.preview = None, "", None
        try:
            choice.preview = self._importer.preview(choice.path, profile, rows=PREVIEW_ROWS)
        except UnknownFormat as exc:
            choice.unknown, choice.profile, choice.detected = exc, None, False
        except EkadmError as exc:
            choice.error, choice.profile = exc.message, None
        except OSError as exc:
            choice.error, choice.profile = self.tr("Filen kan inte läsas: {error}").format(error=exc), None
        else:
            choice.profile = choice.preview.profile
            choice.detected = profile is None

    def describe(self, choice: FileChoice) -> str:
        if choice.error:
            return choice.error
        if choice.profile is None or choice.preview is None:
            return self.tr("Okänt format – ingen profil passar. Gör en ny mappning.")
        fields = len(choice.preview.columns)
        title = choice.profile.title
        if self.tr("({n} fält)").format(n=fields) not in title:  # built-in titles may name it already
            title = self.tr("{title} ({n} fält)").format(title=title, n=fields)
        if choice.detected:
            return self.tr("Känns igen som {title}").format(title=title)
        return self.tr("Läses med {title}").format(title=title)

    def _fill_table(self) -> None:
        self.file_table.setRowCount(len(self._state.files))
        for row, choice in enumerate(self._state.files):
            self.file_table.setItem(row, 0, QTableWidgetItem(choice.path.name))
            item = QTableWidgetItem(self.describe(choice))
            item.setToolTip(choice.unknown.message if choice.unknown else item.text())
            self.file_table.setItem(row, 1, item)
        self.file_table.resizeColumnToContents(0)
        self._show_current()
        self._update_needs()
        self.completeChanged.emit()

    def current(self) -> FileChoice | None:
        row = self.file_table.currentRow()
        files = self._state.files
        return files[row] if 0 <= row < len(files) else (files[0] if files else None)

    def _show_current(self) -> None:
        choice = self.current()
        if choice is None:
            return
        name = "" if choice.detected or choice.profile is None else choice.profile.name
        if name and self.profile_combo.findData(name) < 0 and choice.profile is not None:
            self.profile_combo.addItem(
                self.tr("{title} (ny mappning, inte sparad)").format(title=choice.profile.title), name
            )
        index = self.profile_combo.findData(name)
        self.profile_combo.setCurrentIndex(index if index >= 0 else 0)

    def _choose_profile(self) -> None:
        choice = self.current()
        if choice is None:
            return
        name = str(self.profile_combo.currentData() or "")
        chosen = (self._mapped.get(name) or self._importer.profile(name)) if name else None
        self._detect(choice, chosen)
        if name and choice.unknown is not None:
            choice.error = self.tr("Profilen {name} passar inte filen.").format(name=name)
            choice.unknown = None
        self._fill_table()

    def open_mapping(self, choice: FileChoice | None = None) -> None:
        choice = choice or self.current()
        if choice is None:
            return
        try:
            dialog = MappingDialog(
                self._importer,
                choice.path,
                columns=choice.unknown.columns if choice.unknown else None,
                tried=choice.unknown.tried if choice.unknown else None,
                initial=choice.profile,
                parent=self,
            )
        except EkadmError as exc:
            messages.show_error(self, self.tr("Ny mappning"), exc)
            return
        if edit_mapping(dialog):
            profile = dialog.profile()
            self._mapped[profile.name] = profile
            self._detect(choice, profile)
            if dialog.saved_path is not None:
                self.add_saved_profiles()
        self._fill_table()

    def add_saved_profiles(self) -> None:
        """Add profiles saved from the mapping dialog to the profile list."""
        for profile in self._importer.profiles():
            if self.profile_combo.findData(profile.name) < 0:
                self.profile_combo.addItem(
                    self.tr("{title} (egen)").format(title=profile.title), profile.name
                )

    # -- group and period ---------------------------------------------------------------------------
    def _update_needs(self) -> None:
        files = self._state.files
        no_group = [c.path.name for c in files if c.profile is not None and not c.has_group]
        aggregate_no_group = [
            c.path.name
            for c in files
            if c.profile is not None and not c.has_group and c.profile.shape == "interval_aggregates"
        ]
        if aggregate_no_group:
            self.group_hint.setText(
                self.tr(
                    "Krävs: {files} har ingen kolumn för grupp/kö. Ange vilken grupp statistiken gäller."
                ).format(files=", ".join(aggregate_no_group))
            )
        elif no_group:
            self.group_hint.setText(
                self.tr(
                    "{files} har ingen kolumn för grupp/kö: ange gruppnumret, annars räknas samtalen "
                    "inte till någon grupp."
                ).format(files=", ".join(no_group))
            )
        else:
            self.group_hint.setText(
                self.tr("Behövs inte: filerna anger grupp. Ett nummer här används bara där grupp saknas.")
            )
        undated = [c.path.name for c in files if c.needs_period]
        self.period_edit.setEnabled(bool(undated))
        if undated:
            self.period_hint.setText(
                self.tr(
                    "Krävs: {files} har intervallstatistik utan datum, så importen vet inte vilken period "
                    "siffrorna gäller. Ange månaden; hela månaden blir ett intervall."
                ).format(files=", ".join(undated))
            )
        else:
            self.period_hint.setText(self.tr("Behövs inte: filerna har datum."))
        self.replace_check.setVisible(
            any(c.profile is not None and c.profile.shape == "interval_aggregates" for c in files)
        )
        self.completeChanged.emit()

    def period(self) -> str | None:
        return self.period_edit.text().strip() if self.period_edit.isEnabled() else None

    def group(self) -> str | None:
        return self.group_edit.text().strip() or None

    def _period_ok(self) -> bool:
        period = self.period()
        if period is None:
            return True
        try:
            parse_month(period)
        except EkadmError:
            return False
        return True

    def isComplete(self) -> bool:
        files = self._state.files
        if not files or any(c.profile is None for c in files):
            return False
        needs_group = any(
            not c.has_group and c.profile is not None and c.profile.shape == "interval_aggregates"
            for c in files
        )
        return self._period_ok() and not (needs_group and not self.group())


class PreviewPage(QWizardPage):
    def __init__(
        self,
        state: ImportState,
        importer: PhoneImportService,
        profile_page: ProfilePage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._importer = importer
        self._profile_page = profile_page
        self.setTitle(self.tr("Förhandsvisning"))
        self.setSubTitle(
            self.tr(
                "De första raderna som importen läser dem. Rader som inte kan läsas visas med rad, kolumn och orsak."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importera"))
        self.file_combo = QComboBox()
        self.file_combo.setObjectName("previewFileCombo")
        self.file_combo.currentIndexChanged.connect(self.show_file)
        self.parsed = ParsedPreview()
        self.file_row = QWidget()
        top = QHBoxLayout(self.file_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Fil:")))
        top.addWidget(self.file_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_row)
        layout.addWidget(self.parsed, 1)

    def initializePage(self) -> None:
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for choice in self._state.files:
            self.file_combo.addItem(choice.path.name)
        self.file_combo.blockSignals(False)
        self.file_row.setVisible(len(self._state.files) > 1)
        self.show_file(0)

    def show_file(self, index: int) -> None:
        if not 0 <= index < len(self._state.files):
            return
        choice = self._state.files[index]
        try:
            preview = self._importer.preview(
                choice.path, choice.profile, rows=PREVIEW_ROWS, group=self._profile_page.group()
            )
        except EkadmError as exc:
            self.parsed.clear(exc.message)
        else:
            self.parsed.set_preview(preview)


class ReportPage(QWizardPage):
    """Runs the imports (one background task per file, one after another) and shows a report per file."""

    finished = Signal()

    def __init__(
        self,
        state: ImportState,
        context: ViewContext,
        profile_page: ProfilePage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._context = context
        self._profile_page = profile_page
        self._running = False
        self.setTitle(self.tr("Importrapport"))
        self.setSubTitle(self.tr("Vad importen gjorde med varje fil."))
        self.status_label = QLabel()
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)

    def initializePage(self) -> None:
        self.wizard().setOption(QWizard.WizardOption.NoCancelButton, True)
        self._state.results = []
        self.tabs.clear()
        self._running = True
        self._next(0)

    def _next(self, index: int) -> None:
        files = self._state.files
        if index >= len(files):
            self._running = False
            self.status_label.setText(self.summary())
            self.completeChanged.emit()
            self.finished.emit()
            return
        choice = files[index]
        importer: PhoneImportService = self._context.services.phone_import
        group, period = (
            self._profile_page.group(),
            self._profile_page.period() if choice.needs_period else None,
        )
        replace = (
            self._profile_page.replace_check.isChecked()
            and choice.profile is not None
            and (choice.profile.shape == "interval_aggregates")
        )
        self.status_label.setText(
            self.tr("Importerar {file} ({n} av {total})…").format(
                file=choice.path.name, n=index + 1, total=len(files)
            )
        )

        def done(report: ImportReport) -> None:
            self._add(FileResult(choice.path, report=report))
            self._next(index + 1)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self._add(FileResult(choice.path, cancelled=True))
                for rest in files[index + 1 :]:
                    self._add(FileResult(rest.path, cancelled=True))
                self._next(len(files))
                return
            message = exc.message if isinstance(exc, EkadmError) else messages.error_text(exc)[0]
            self._add(FileResult(choice.path, error=message))
            self._next(index + 1)

        self._context.tasks.run(
            self.tr("Importerar {file}").format(file=choice.path.name),
            lambda progress: importer.import_file(
                choice.path,
                choice.profile,
                group=group,
                period=period,
                replace_period=replace,
                progress=progress,
            ),
            done,
            failed,
        )

    def _add(self, result: FileResult) -> None:
        self._state.results.append(result)
        tab = ReportTab(result, self)
        self.tabs.addTab(tab, result.path.name)

    def summary(self) -> str:
        results = self._state.results
        imported = sum(
            1
            for r in results
            if r.report is not None and r.report.batch_id and not r.report.skipped_identical
        )
        return self.tr("{done} av {total} filer importerades. Varje fil har sin rapport nedan.").format(
            done=imported, total=len(results)
        )

    def isComplete(self) -> bool:
        return not self._running

    def any_imported(self) -> bool:
        return any(
            r.report is not None and r.report.batch_id is not None and not r.report.skipped_identical
            for r in self._state.results
        )


class ReportTab(QWidget):
    """One file's report: the counts, the rejections (sortable) and "Spara avvisade rader…"."""

    def __init__(self, result: FileResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTab")
        self.result = result
        self.headline = QLabel()
        self.headline.setObjectName("reportHeadline")
        self.headline.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("reportCounts")
        self.rejections, self.rejection_view = rejection_table(self)
        self.rejection_label = QLabel(
            self.tr("Avvisade rader (klicka på en rubrik för att sortera). Resten av filen importerades.")
        )
        self.save_button = QPushButton(self.tr("Spara avvisade rader…"))
        self.save_button.setObjectName("saveRejectedButton")
        self.save_button.clicked.connect(self.save_rejected)
        for label in (self.headline, self.counts):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.counts)
        layout.addWidget(self.rejection_label)
        layout.addWidget(self.rejection_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(0 if self.result.report and self.result.report.rejected else 1)
        self._show()

    def _show(self) -> None:
        result, report = self.result, self.result.report
        self.counts.setVisible(report is not None and not report.skipped_identical)
        self.rejection_view.setVisible(bool(report and report.rejected))
        self.rejection_label.setVisible(bool(report and report.rejected))
        self.save_button.setVisible(bool(report and report.rejected))
        if result.cancelled:
            self.headline.setText(
                self.tr("Avbruten: inget importerades från {file}.").format(file=result.path.name)
            )
            return
        if report is None:
            self.headline.setText(
                self.tr("{file} importerades inte: {error}").format(file=result.path.name, error=result.error)
            )
            return
        if report.skipped_identical:
            self.headline.setText(
                self.tr("{file} är redan importerad (import {batch}); inget gjordes.").format(
                    file=report.file, batch=report.batch_id
                )
            )
            return
        what = self.tr("samtal") if report.kind == "calls" else self.tr("intervallrader")
        if report.batch_id is None:
            self.headline.setText(
                self.tr("Inget importerades från {file} (profil {profile}).").format(
                    file=report.file, profile=report.profile
                )
            )
        else:
            self.headline.setText(
                self.tr("{file} importerades med profilen {profile} ({encoding}); import {batch}.").format(
                    file=report.file, profile=report.profile, encoding=report.encoding, batch=report.batch_id
                )
            )
        rows = [
            (self.tr("Rader lästa"), report.rows_read),
            (self.tr("Importerade {what}").format(what=what), report.imported),
            (self.tr("Dubbletter (fanns redan)"), report.duplicates),
            (self.tr("Ignorerade av profilen"), report.ignored),
            (self.tr("Avvisade"), report.rows_rejected),
        ]
        html = "".join(
            f"<tr><td>{label}:</td><td align='right'>&nbsp;&nbsp;<b>{n}</b></td></tr>" for label, n in rows
        )
        extra = "".join(f"<p>⚠ {w}</p>" for w in report.warnings)
        if report.replaced_batches:
            extra += (
                "<p>"
                + self.tr("Ersatte import {ids}.").format(ids=", ".join(map(str, report.replaced_batches)))
                + "</p>"
            )
        self.counts.setText(f"<table>{html}</table>{extra}")
        self.rejections.set_records(report.rejected)
        self.rejection_view.fit_columns([160, 60, 140, 420, 600])

    def counts_text(self) -> str:
        return self.counts.text()

    def save_rejected(self) -> None:
        report = self.result.report
        if report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara avvisade rader"),
            str(Path.home() / f"{Path(report.file).stem}_avvisade.csv"),
            self.tr("CSV-fil (*.csv)"),
        )
        if not path:
            return
        try:
            report.save_rejected(Path(path))
        except OSError as exc:
            messages.show_error(
                self,
                self.tr("Spara avvisade rader"),
                EkadmError(self.tr("Filen {path} kan inte skrivas: {error}").format(path=path, error=exc)),
            )


class PhoneImportWizard(QWizard):
    """``imported`` is emitted once the files are done if any of them added calls or intervals."""

    imported = Signal()

    def __init__(
        self, context: ViewContext, parent: QWidget | None = None, *, paths: list[Path] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phoneImportWizard")
        self.setWindowTitle(self.tr("Importera telefonstatistik"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Tillbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Stäng"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.state = ImportState()
        importer: PhoneImportService = context.services.phone_import
        self.files_page = FilesPage(self.state)
        self.profile_page = ProfilePage(self.state, importer)
        self.preview_page = PreviewPage(self.state, importer, self.profile_page)
        self.report_page = ReportPage(self.state, context, self.profile_page)
        self.report_page.finished.connect(self._finished)
        for page in (self.files_page, self.profile_page, self.preview_page, self.report_page):
            self.addPage(page)
        if paths:
            self.files_page.set_paths(paths)
        self.resize(980, 700)

    def _finished(self) -> None:
        if self.report_page.any_imported():
            self.imported.emit()
