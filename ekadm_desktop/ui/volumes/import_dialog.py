"""Import of volumes from the ERP's statistics export: choose a file and a saved profile (or map
the columns and save them as one), check every row, see the rows as parsed and every error, and
import all rows or none; replacing months that already hold imported figures is asked first.

The building blocks of the register import are reused: the file preview, the problem list and
its columns, and the file reading of ``services.tabular``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.progress import Progress
from ekadm_desktop.reports.chart_style import format_decimal
from ekadm_desktop.services.fields import YEAR_MAX, YEAR_MIN
from ekadm_desktop.services.month_lock import month_label
from ekadm_desktop.services.register_import import ImportProblem, ImportRefused, write_problems
from ekadm_desktop.services.tabular import Table, read_table
from ekadm_desktop.services.volume_import import (
    NeedsConfirmation,
    VolumeImportPlan,
    VolumeImportResult,
    VolumeRow,
    file_sha256,
)
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.import_dialog import (
    PreviewModel,
    apply_column_mapping,
    choose_column,
    chosen_mapping,
    fill_column_combos,
    problem_columns,
    show_done,
)
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import is_cancellation

FILE_YEAR = YEAR_MIN - 1  # the year spin's special value: "the file's year"


def ask_profile_name(parent: QWidget, current: str) -> str | None:
    """The name to save the mapping under (tests replace it)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("VolumeImport", "Spara importprofil"),
        QCoreApplication.translate("VolumeImport", "Profilens namn:"),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return text if ok else None


def confirm_replace(parent: QWidget, message: str) -> bool:
    """Whether to replace months that already hold imported figures (tests replace it)."""
    return messages.confirm(
        parent,
        QCoreApplication.translate("VolumeImport", "Ersätta importerade månader?"),
        message,
        yes=QCoreApplication.translate("VolumeImport", "Ersätt"),
        no=QCoreApplication.translate("VolumeImport", "Avbryt"),
    )


def row_columns() -> list[Column[VolumeRow]]:
    tr = QCoreApplication.translate
    return [
        Column(tr("VolumeImport", "Rad"), lambda r: str(r.line), sort_key=lambda r: r.line, numeric=True),
        Column(tr("VolumeImport", "Kund"), lambda r: r.customer, max_width=260),
        Column(tr("VolumeImport", "Transaktionstyp"), lambda r: r.transaction_type, max_width=260),
        Column(
            tr("VolumeImport", "Månad"),
            lambda r: month_label(r.year, r.month),
            sort_key=lambda r: r.year * 100 + r.month,
        ),
        Column(
            tr("VolumeImport", "Antal"),
            lambda r: format_decimal(r.quantity, 0 if r.quantity == r.quantity.to_integral_value() else 2),
            sort_key=lambda r: float(r.quantity),
            numeric=True,
            value=lambda r: r.quantity,
        ),
    ]


class VolumeImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: ViewContext, *, year: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volumeImportDialog")
        self._service = context.services.volume_import
        self._tasks = context.tasks
        self.path: Path | None = None
        self.table: Table | None = None
        self.plan: VolumeImportPlan | None = None
        self.result_value: VolumeImportResult | None = None
        self.setWindowTitle(QCoreApplication.translate("VolumeImport", "Importera volymer"))
        self.setSizeGripEnabled(True)
        self._build(year)
        self._load_profiles()
        self._update_buttons()

    # -- building ------------------------------------------------------------------------------
    def _build(self, year: int | None) -> None:
        tr = QCoreApplication.translate
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("fileEdit")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(tr("VolumeImport", "Ingen fil vald"))
        self.choose_button = QPushButton(tr("VolumeImport", "&Välj fil…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.source_label = QLabel(
            tr(
                "VolumeImport",
                "Statistikexporten från affärssystemet (.xlsx eller .csv) med kolumnerna kund, transaktionstyp, "
                "månad och antal.",
            )
        )
        self.source_label.setWordWrap(True)

        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        self.save_profile_button = QPushButton(tr("VolumeImport", "Spara &profil…"))
        self.save_profile_button.setObjectName("saveProfileButton")
        self.save_profile_button.clicked.connect(self.save_profile)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(FILE_YEAR, YEAR_MAX)
        self.year_spin.setSpecialValueText(tr("VolumeImport", "filens år"))
        self.year_spin.setValue(year if year is not None else FILE_YEAR)
        self.year_spin.setToolTip(
            tr(
                "VolumeImport",
                "Alla månader i filen måste ligga i detta år; ett månadsnummer 1–12 avser det.",
            )
        )
        self.year_spin.valueChanged.connect(lambda _value: self._set_plan(None))

        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(tr("VolumeImport", "P&rofil:"), self._row(self.profile_combo, self.save_profile_button))
        form.addRow(tr("VolumeImport", "&År:"), self.year_spin)
        for f in self._service.target.fields:
            combo = QComboBox()
            combo.setObjectName(f"map_{f.name}")
            combo.setToolTip(f.help)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[f.name] = combo
            form.addRow(f"{f.label} *" if f.required else f.label, combo)
        mapping_box = QWidget()
        mapping_box.setLayout(form)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("previewTable")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_model: RecordTableModel[VolumeRow] = RecordTableModel(row_columns(), parent=self)
        self.rows_table = RecordTableView()
        self.rows_table.setObjectName("parsedTable")
        self.rows_table.setModel(self.rows_model)
        self.problem_model: RecordTableModel[ImportProblem] = RecordTableModel(problem_columns(), parent=self)
        self.problem_table = RecordTableView()
        self.problem_table.setObjectName("problemTable")
        self.problem_table.setModel(self.problem_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, tr("VolumeImport", "Filen"))
        self.tabs.addTab(self.rows_table, tr("VolumeImport", "Tolkade rader"))
        self.tabs.addTab(self.problem_table, tr("VolumeImport", "Fel"))
        self.problem_label = QLabel(tr("VolumeImport", "Välj en fil."))
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)

        self.check_button = QPushButton(tr("VolumeImport", "&Kontrollera"))
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check)
        self.save_problems_button = QPushButton(tr("VolumeImport", "Spara &fellistan…"))
        self.save_problems_button.setObjectName("saveProblemsButton")
        self.save_problems_button.clicked.connect(self.save_problems)
        self.import_button = QPushButton(tr("VolumeImport", "&Importera"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(tr("VolumeImport", "Stäng"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(tr("VolumeImport", "Fil:")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        middle = QHBoxLayout()
        middle.addWidget(mapping_box)
        middle.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_problems_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.source_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self.resize(1100, 640)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return box

    # -- profiles ------------------------------------------------------------------------------
    def _load_profiles(self, select: str = "") -> None:
        self.profiles = {p.name: p for p in self._service.profiles()}
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(QCoreApplication.translate("VolumeImport", "(ingen profil)"), "")
        for name in self.profiles:
            self.profile_combo.addItem(name, name)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(select), 0))
        self.profile_combo.blockSignals(False)

    def profile_name(self) -> str:
        return str(self.profile_combo.currentData() or "")

    def _profile_chosen(self) -> None:
        profile = self.profiles.get(self.profile_name())
        if profile is not None and self.table is not None:
            self._apply_mapping(profile.columns_for(self.table.headers))

    def save_profile(self) -> None:
        if self.table is None:
            return
        name = ask_profile_name(self, self.profile_name())
        if not name:
            return
        try:
            saved = self._service.save_profile(
                name, self._service.profile_mapping(self.mapping(), self.table.headers)
            )
        except Exception as exc:
            messages.show_error(
                self, QCoreApplication.translate("VolumeImport", "Kan inte spara profilen"), exc
            )
            return
        self._load_profiles(saved.name)

    # -- the file ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = (
            str(self.path.parent)
            if self.path
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("VolumeImport", "Välj statistikexporten"),
            start,
            QCoreApplication.translate(
                "VolumeImport", "Excel och textfiler (*.xlsx *.xlsm *.csv *.txt *.tsv);;Alla filer (*)"
            ),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            table = read_table(path)
        except Exception as exc:
            messages.show_error(self, QCoreApplication.translate("VolumeImport", "Kan inte läsa filen"), exc)
            return
        self.path, self.table = path, table
        self.file_edit.setText(str(path))
        self.source_label.setText(table.describe())
        self.preview_model.set_table(table)
        fill_column_combos(
            self.combos, table.headers, QCoreApplication.translate("VolumeImport", "(ingen kolumn)")
        )
        profile = self.profiles.get(self.profile_name())
        chosen = profile.columns_for(table.headers) if profile is not None else {}
        self._apply_mapping(chosen or self._service.suggest(table.headers))
        self.preview.resizeColumnsToContents()
        self.tabs.setCurrentIndex(0)

    def _apply_mapping(self, mapping: dict[int, str]) -> None:
        apply_column_mapping(self.combos, mapping)
        self._mapping_changed()

    def mapping(self) -> dict[int, str]:
        return chosen_mapping(self.combos)

    def set_column(self, field: str, column: int) -> None:
        choose_column(self.combos[field], column)

    def _mapping_changed(self) -> None:
        labels = {f.name: f.label for f in self._service.target.fields}
        self.preview_model.set_fields({column: labels[name] for column, name in self.mapping().items()})
        self._set_plan(None)
        if self.table is not None:
            self.problem_label.setText(
                QCoreApplication.translate("VolumeImport", "Kontrollera filen innan den importeras.")
            )

    # -- check and import ----------------------------------------------------------------------
    def year(self) -> int | None:
        value = self.year_spin.value()
        return None if value == FILE_YEAR else value

    def check(self) -> None:
        table, path = self.table, self.path
        if table is None or path is None:
            return
        mapping, year, profile = self.mapping(), self.year(), self.profile_name()
        sha = file_sha256(path)

        def work(progress: Progress) -> VolumeImportPlan:
            return self._service.validate(
                table, mapping, year=year, sha256=sha, profile=profile, progress=progress
            )

        def done(plan: VolumeImportPlan) -> None:
            self._set_plan(plan)

        def failed(exc: BaseException) -> None:
            if not is_cancellation(exc):
                messages.show_error(
                    self, QCoreApplication.translate("VolumeImport", "Kan inte kontrollera filen"), exc
                )

        self._tasks.run(
            QCoreApplication.translate("VolumeImport", "Kontrollerar {name}").format(name=table.name),
            work,
            done,
            failed,
        )

    def _set_plan(self, plan: VolumeImportPlan | None) -> None:
        tr = QCoreApplication.translate
        self.plan = plan
        self.rows_model.set_records(plan.rows if plan else ())
        self.problem_model.set_records(plan.problems if plan else ())
        if plan is not None:
            if plan.problems:
                self.problem_label.setText(
                    tr("VolumeImport", "{count} fel. Inget importeras förrän alla fel är rättade.").format(
                        count=len(plan.problems)
                    )
                )
                self.tabs.setCurrentWidget(self.problem_table)
                self.problem_table.fit_columns([c.max_width for c in self.problem_model.columns])
            else:
                months = ", ".join(month_label(y, m) for y, m in plan.months)
                text = tr("VolumeImport", "Inga fel: {count} rader för {months} kan importeras.").format(
                    count=plan.row_count, months=months
                )
                if plan.replaces:
                    text += " " + tr("VolumeImport", "Redan importerat och ersätts: {months}.").format(
                        months=", ".join(month_label(y, m) for y, m in plan.replaces)
                    )
                if plan.earlier_imports:
                    text += " " + tr("VolumeImport", "Samma fil har importerats förut.")
                self.problem_label.setText(text)
                self.tabs.setCurrentWidget(self.rows_table)
                self.rows_table.fit_columns([c.max_width for c in self.rows_model.columns])
        self._update_buttons()

    def save_problems(self) -> None:
        plan = self.plan
        if plan is None or not plan.problems:
            return
        start = (self.path.parent if self.path else Path(".")) / QCoreApplication.translate(
            "VolumeImport", "Fel i {name}.csv"
        ).format(name=Path(plan.source).stem)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("VolumeImport", "Spara fellistan"),
            str(start),
            QCoreApplication.translate("VolumeImport", "CSV-fil för Excel (*.csv)"),
        )
        if not path:
            return
        try:
            write_problems(Path(path), plan.problems)
        except Exception as exc:
            messages.show_error(
                self, QCoreApplication.translate("VolumeImport", "Kan inte spara fellistan"), exc
            )

    def start_import(self, *, replace: bool = False) -> None:
        plan = self.plan
        if plan is None or not plan.ok:
            return

        def work(progress: Progress) -> VolumeImportResult:
            return self._service.run(plan, replace=replace, progress=progress)

        def done(result: VolumeImportResult) -> None:
            self.result_value = result
            show_done(self, QCoreApplication.translate("VolumeImport", "Importen är klar"), result.message())
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NeedsConfirmation):
                if confirm_replace(self, exc.message):
                    self.start_import(replace=True)
                return
            if isinstance(exc, ImportRefused):
                self.problem_model.set_records(exc.problems)
                self.tabs.setCurrentWidget(self.problem_table)
                self.problem_label.setText(exc.message)
                self.plan = None
                self._update_buttons()
                return
            if not is_cancellation(exc):
                messages.show_error(
                    self, QCoreApplication.translate("VolumeImport", "Kan inte importera"), exc
                )

        self._tasks.run(
            QCoreApplication.translate("VolumeImport", "Importerar {name}").format(name=plan.source),
            work,
            done,
            failed,
        )

    def _update_buttons(self) -> None:
        loaded = self.table is not None
        self.check_button.setEnabled(loaded)
        self.save_profile_button.setEnabled(loaded)
        for combo in self.combos.values():
            combo.setEnabled(loaded)
        self.save_problems_button.setEnabled(self.problem_model.rowCount() > 0)
        ready = self.plan is not None and self.plan.ok
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        if ready and self.plan is not None:
            self.import_button.setText(
                QCoreApplication.translate("VolumeImport", "&Importera {count} rader").format(
                    count=self.plan.row_count
                )
            )
        else:
            self.import_button.setText(QCoreApplication.translate("VolumeImport", "&Importera"))
