"""Import of an existing register from Excel or CSV: choose a file, see it as read, say which column
is which field, check every row, and import all rows or none.

The dialog holds no rules: ``services.tabular`` reads the file, ``services.register_import``
suggests the mapping, validates and writes. Reading, checking and importing run as background
tasks with progress and cancel (synchronous in tests). File dialogs are ``QFileDialog``'s static
functions and the closing message is ``show_done``, so tests can patch them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.progress import Progress
from ekadm_desktop.services import register_import
from ekadm_desktop.services.register_import import (
    ImportPlan,
    ImportProblem,
    ImportRefused,
    ImportResult,
    ImportTarget,
)
from ekadm_desktop.services.tabular import Table, cell_text, read_table, row_count_text
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.filter_bar import RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView
from ekadm_desktop.ui.tasks import TaskRunner, is_cancellation

if TYPE_CHECKING:
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.ui.context import ViewContext

log = logging.getLogger(__name__)
PREVIEW_ROWS = 20
NO_COLUMN = -1  # the data of "(ingen kolumn)" in a field's combo
ModelIndex = QModelIndex | QPersistentModelIndex


def warning_brush(palette: QPalette) -> QBrush:
    """A red that reads well on the window's background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QBrush(QColor("#ff8a80") if dark else QColor("#b3261e"))


def fill_column_combos(combos: Mapping[str, QComboBox], headers: Sequence[str], none_label: str) -> None:
    """Offer "(ingen kolumn)" and the file's columns in every field's combo, without signals."""
    for combo in combos.values():
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_label, NO_COLUMN)
        for column, header in enumerate(headers):
            combo.addItem(header, column)
        combo.blockSignals(False)


def apply_column_mapping(combos: Mapping[str, QComboBox], mapping: dict[int, str]) -> None:
    """Choose each field's column of ``mapping`` (column → field) in the combos, without signals."""
    by_field = {name: column for column, name in mapping.items()}
    for name, combo in combos.items():
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(by_field.get(name, NO_COLUMN)), 0))
        combo.blockSignals(False)


def chosen_mapping(combos: Mapping[str, QComboBox]) -> dict[int, str]:
    """Column → field, as chosen in the combos (a column chosen twice goes to the first field)."""
    chosen: dict[int, str] = {}
    for name, combo in combos.items():
        column = combo.currentData()
        if isinstance(column, int) and column != NO_COLUMN:
            chosen.setdefault(column, name)
    return chosen


def choose_column(combo: QComboBox, column: int) -> None:
    """Choose ``column`` (or ``NO_COLUMN``) in a field's combo, as the user would."""
    combo.setCurrentIndex(max(combo.findData(column), 0))


def show_done(parent: QWidget | None, title: str, text: str) -> None:
    """The closing message of a successful import (tests replace it)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setDefaultButton(
        box.addButton(QCoreApplication.translate("ImportDialog", "OK"), QMessageBox.ButtonRole.AcceptRole)
    )
    box.exec()


class PreviewModel(QAbstractTableModel):
    """The first rows of a table as read, each headed by its line in the file; a column chosen for
    a field shows the field under its header."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._fields: dict[int, str] = {}  # column → the label of the field it was chosen for

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._table = table
        self._fields = {}
        self.endResetModel()

    def set_fields(self, fields: dict[int, str]) -> None:
        self._fields = dict(fields)
        if self._table is not None and self._table.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._table.headers) - 1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return min(PREVIEW_ROWS, len(self._table.rows))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._table is None or not index.isValid() or index.row() >= self.rowCount():
            return None
        cell = self._table.rows[index.row()].cell(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell).replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = cell_text(cell)
            return text if len(text) > 30 or "\n" in text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(cell, int | float) and not isinstance(cell, bool)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self._table is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(self._table.rows[section].line)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("ImportDialog", "Raden i filen")
            return None
        if not 0 <= section < len(self._table.headers):
            return None
        header = self._table.headers[section]
        field = self._fields.get(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{header}\n→ {field}" if field else f"{header}\n"
        if role == Qt.ItemDataRole.FontRole and field:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if field:
                return QCoreApplication.translate(
                    "ImportDialog", "Kolumnen ”{column}” importeras som {field}."
                ).format(column=header, field=field)
            return QCoreApplication.translate("ImportDialog", "Kolumnen ”{column}” importeras inte.").format(
                column=header
            )
        return None


def problem_columns() -> list[Column[ImportProblem]]:
    return [
        Column(
            QCoreApplication.translate("ImportDialog", "Rad"),
            lambda p: "–" if p.line is None else str(p.line),
            sort_key=lambda p: p.line or 0,
            numeric=True,
            max_width=70,
            value=lambda p: p.line,
        ),
        Column(QCoreApplication.translate("ImportDialog", "Kolumn"), lambda p: p.column_name, max_width=180),
        Column(
            QCoreApplication.translate("ImportDialog", "Värde"),
            lambda p: p.value.replace("\n", " ⏎ "),
            max_width=220,
        ),
        Column(QCoreApplication.translate("ImportDialog", "Fel"), lambda p: p.reason, max_width=900),
    ]


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        target: ImportTarget,
        services: Services,
        tasks: TaskRunner,
        *,
        directory: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.target = target
        self._services = services
        self._tasks = tasks
        self._directory = directory
        self.path: Path | None = None
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.imported: ImportResult | None = None
        self._busy = False
        self._twice: list[str] = []  # columns chosen for more than one field, described
        self.setWindowTitle(
            QCoreApplication.translate("ImportDialog", "Importera till {target}").format(
                target=target.title.lower()
            )
        )
        self.setSizeGripEnabled(True)
        self._build()
        self._update_buttons()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("fileEdit")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", "Ingen fil vald"))
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportDialog", "Fil"))
        self.choose_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Välj fil…"))
        self.choose_button.setObjectName("chooseButton")
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setAccessibleName(QCoreApplication.translate("ImportDialog", "Blad"))
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.sheet_label = QLabel(QCoreApplication.translate("ImportDialog", "&Blad:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.source_label = QLabel(
            QCoreApplication.translate(
                "ImportDialog",
                "Välj en Excel-arbetsbok (.xlsx) eller en textfil (.csv, .txt) med en rubrikrad överst.",
            )
        )
        self.source_label.setObjectName("sourceLabel")
        self.source_label.setWordWrap(True)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("previewTable")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setAccessibleName(QCoreApplication.translate("ImportDialog", "Förhandsvisning"))

        self.combos: dict[str, QComboBox] = {}
        self._labels: dict[str, QLabel] = {}
        mapping_form = QFormLayout()
        mapping_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in self.target.fields:
            combo = QComboBox()
            combo.setObjectName(f"map_{f.name}")
            combo.setAccessibleName(f.label)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            tips = [f.help] if f.help else []
            if f.required:
                tips.append(QCoreApplication.translate("ImportDialog", "Måste fyllas i på varje rad."))
            combo.setToolTip(" ".join(tips))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[f.name] = combo
            label = QLabel(f"{f.label} *" if f.required else f.label)
            label.setBuddy(combo)
            label.setToolTip(combo.toolTip())
            self._labels[f.name] = label
            field_box = QWidget()
            field_layout = QVBoxLayout(field_box)
            field_layout.setContentsMargins(0, 0, 0, 0)
            field_layout.setSpacing(0)
            field_layout.addWidget(combo)
            if f.help:  # what an empty cell (or no column) gives, in small print under the choice
                help_label = QLabel(f.help)
                help_label.setWordWrap(True)
                small = help_label.font()
                small.setPointSizeF(small.pointSizeF() * 0.9)
                help_label.setFont(small)
                self._dim(help_label)
                field_layout.addWidget(help_label)
            mapping_form.addRow(label, field_box)
        mapping_widget = QWidget()
        mapping_layout = QVBoxLayout(mapping_widget)
        mapping_layout.addLayout(mapping_form)
        legend = QLabel(QCoreApplication.translate("ImportDialog", "* måste fyllas i på varje rad."))
        legend.setWordWrap(True)
        self._dim(legend)
        mapping_layout.addWidget(legend)
        mapping_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(
            mapping_widget.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )

        self.problem_model: RecordTableModel[ImportProblem] = RecordTableModel(problem_columns(), parent=self)
        self.problem_proxy = RecordFilterProxy(self)
        self.problem_proxy.setSourceModel(self.problem_model)
        self.problem_table = RecordTableView()
        self.problem_table.setObjectName("problemTable")
        self.problem_table.setModel(self.problem_proxy)
        self.problem_table.setAccessibleName(QCoreApplication.translate("ImportDialog", "Fel"))
        # Fixed row heights: sizing each of thousands of problems to its contents would be slow.
        self.problem_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.problem_table.selectionModel().currentRowChanged.connect(self._show_problem_in_preview)
        self.problem_label = QLabel(
            QCoreApplication.translate("ImportDialog", "Välj kolumner och tryck på Kontrollera.")
        )
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)

        self.check_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Kontrollera"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(
            QCoreApplication.translate(
                "ImportDialog", "Läs alla rader och visa varje fel, utan att spara något"
            )
        )
        self.check_button.clicked.connect(self.check)
        self.save_problems_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "&Spara fellistan…")
        )
        self.save_problems_button.setObjectName("saveProblemsButton")
        self.save_problems_button.clicked.connect(self.save_problems)
        self.import_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Importera"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(QCoreApplication.translate("ImportDialog", "Stäng"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        # -- layout
        file_row = QHBoxLayout()
        file_label = QLabel(QCoreApplication.translate("ImportDialog", "&Fil:"))
        file_label.setBuddy(self.choose_button)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addSpacing(12)
        file_row.addWidget(self.sheet_label)
        file_row.addWidget(self.sheet_combo)

        mapping_box = QGroupBox(
            QCoreApplication.translate("ImportDialog", "Vilken kolumn i filen är vilket fält?")
        )
        box_layout = QVBoxLayout(mapping_box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(scroll)

        preview_box = QGroupBox(
            QCoreApplication.translate(
                "ImportDialog", "Filen som den lästes (de första {count} raderna)"
            ).format(count=PREVIEW_ROWS)
        )
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(4, 4, 4, 4)
        preview_layout.addWidget(self.preview)

        problem_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Kontroll"))
        problem_layout = QVBoxLayout(problem_box)
        problem_layout.setContentsMargins(4, 4, 4, 4)
        problem_layout.addWidget(self.problem_label)
        problem_layout.addWidget(self.problem_table, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(preview_box)
        right.addWidget(problem_box)
        right.setSizes([300, 260])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(mapping_box)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_problems_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.source_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.resize(1180, 760)
        self._show_sheets()

    @staticmethod
    def _dim(label: QLabel) -> None:
        """Secondary text: between the text and the background colour, still easy to read."""
        palette = label.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        mixed = QColor(
            (text.red() * 2 + window.red()) // 3,
            (text.green() * 2 + window.green()) // 3,
            (text.blue() * 2 + window.blue()) // 3,
        )
        palette.setColor(QPalette.ColorRole.WindowText, mixed)
        label.setPalette(palette)

    # -- the file ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = self._directory or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportDialog", "Välj fil att importera"),
            str(self.path.parent) if self.path is not None else start,
            QCoreApplication.translate(
                "ImportDialog", "Excel och textfiler (*.xlsx *.xlsm *.csv *.txt *.tsv);;Alla filer (*)"
            ),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path, *, sheet: str | None = None) -> None:
        """Read ``path`` (in the background) and show it; the mapping is suggested afresh."""
        self._set_busy(True)

        def work(_progress: Progress) -> Table:
            return read_table(path, sheet=sheet)

        def done(table: Table) -> None:
            self._set_busy(False)
            self.path = path
            self._directory = str(path.parent)
            self.file_edit.setText(str(path))
            self._show_table(table)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            messages.show_error(self, QCoreApplication.translate("ImportDialog", "Kan inte läsa filen"), exc)

        self._tasks.run(
            QCoreApplication.translate("ImportDialog", "Läser {name}").format(name=path.name),
            work,
            done,
            failed,
        )

    def _show_table(self, table: Table) -> None:
        self.table = table
        self.source_label.setText(table.describe())
        self.preview_model.set_table(table)
        self._show_sheets()
        fill_column_combos(
            self.combos, table.headers, QCoreApplication.translate("ImportDialog", "(ingen kolumn)")
        )
        apply_column_mapping(self.combos, register_import.suggest_mapping(table.headers, self.target))
        self._mapping_changed()
        self.preview.resizeColumnsToContents()
        columns = self.preview.horizontalHeader()
        for column in range(columns.count()):
            columns.resizeSection(column, min(columns.sectionSize(column), 260))

    def _show_sheets(self) -> None:
        sheets = self.table.sheets if self.table is not None else ()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets))
        if self.table is not None and self.table.sheet:
            self.sheet_combo.setCurrentText(self.table.sheet)
        self.sheet_combo.blockSignals(False)
        visible = len(sheets) > 1
        self.sheet_combo.setVisible(visible)
        self.sheet_label.setVisible(visible)

    def _sheet_changed(self) -> None:
        sheet = self.sheet_combo.currentText()
        if self.path is not None and self.table is not None and sheet and sheet != self.table.sheet:
            self.load_file(self.path, sheet=sheet)

    # -- the mapping ---------------------------------------------------------------------------
    def mapping(self) -> dict[int, str]:
        """Column → field, as chosen in the combos."""
        return chosen_mapping(self.combos)

    def set_column(self, field: str, column: int) -> None:
        """Choose ``column`` (or ``NO_COLUMN``) for ``field``, as the user would."""
        choose_column(self.combos[field], column)

    def _mapping_changed(self) -> None:
        labels = {f.name: f.label for f in self.target.fields}
        fields: dict[int, list[str]] = {}
        twice: list[str] = []
        for name, combo in self.combos.items():
            column = combo.currentData()
            if isinstance(column, int) and column != NO_COLUMN:
                fields.setdefault(column, []).append(labels[name])
        for column, names in fields.items():
            if len(names) > 1 and self.table is not None:
                twice.append(
                    QCoreApplication.translate(
                        "ImportDialog", "Kolumnen ”{column}” är vald för både {fields}."
                    ).format(column=self.table.headers[column], fields=" och ".join(f"”{n}”" for n in names))
                )
        self.preview_model.set_fields({column: ", ".join(names) for column, names in fields.items()})
        for f in self.target.fields:  # a required field without a column: its label in red
            missing = f.required and self.table is not None and self.combos[f.name].currentData() == NO_COLUMN
            label = self._labels[f.name]
            palette = self.palette()
            if missing:
                palette.setBrush(QPalette.ColorRole.WindowText, warning_brush(palette))
            label.setPalette(palette)
            label.setToolTip(
                QCoreApplication.translate("ImportDialog", "Välj kolumnen i filen: fältet måste fyllas i.")
                if missing
                else self.combos[f.name].toolTip()
            )
        self._twice = twice
        self._set_plan(None)
        if self.table is not None:
            message = QCoreApplication.translate("ImportDialog", "Kontrollera filen innan den importeras.")
            if twice:
                message = " ".join(twice)
            self.problem_label.setText(message)

    # -- checking ------------------------------------------------------------------------------
    def check(self) -> None:
        """Validate every row (in the background) and show the problems."""
        table = self.table
        if table is None or self._busy:
            return
        if self._twice:
            self.problem_label.setText(
                " ".join(self._twice)
                + " "
                + QCoreApplication.translate("ImportDialog", "Välj en kolumn per fält.")
            )
            return
        mapping, target, services = self.mapping(), self.target, self._services
        self._set_busy(True)
        self.problem_label.setText(QCoreApplication.translate("ImportDialog", "Kontrollerar…"))

        def work(progress: Progress) -> ImportPlan:
            return register_import.validate(table, mapping, target, services, progress)

        def done(plan: ImportPlan) -> None:
            self._set_busy(False)
            if table is self.table and mapping == self.mapping():
                self._set_plan(plan)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if is_cancellation(exc):
                self.problem_label.setText(QCoreApplication.translate("ImportDialog", "Kontrollen avbröts."))
                return
            self.problem_label.setText(messages.error_text(exc)[0])
            messages.show_error(
                self, QCoreApplication.translate("ImportDialog", "Kan inte kontrollera filen"), exc
            )

        self._tasks.run(
            QCoreApplication.translate("ImportDialog", "Kontrollerar {name}").format(name=table.name),
            work,
            done,
            failed,
        )

    def _set_plan(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        font = self.problem_label.font()
        font.setBold(plan is not None and bool(plan.problems))
        self.problem_label.setFont(font)
        self.problem_model.set_records(plan.problems if plan is not None else ())
        if plan is not None:
            self._show_outcome(plan)
            if plan.problems:
                self._fit_problem_columns()
        self._update_buttons()

    def _show_outcome(self, plan: ImportPlan) -> None:
        rows = row_count_text(plan.row_count)
        if not plan.problems:
            self.problem_label.setText(
                QCoreApplication.translate("ImportDialog", "Inga fel: alla {rows} kan importeras.").format(
                    rows=rows
                )
            )
            return
        lines = {p.line for p in plan.problems if p.line is not None}
        count = len(plan.problems)
        found = (
            QCoreApplication.translate("ImportDialog", "1 fel")
            if count == 1
            else QCoreApplication.translate("ImportDialog", "{count} fel").format(count=count)
        )
        if lines:
            where = (
                QCoreApplication.translate("ImportDialog", "på 1 av {rows}").format(rows=rows)
                if len(lines) == 1
                else QCoreApplication.translate("ImportDialog", "på {lines} av {rows}").format(
                    lines=len(lines), rows=rows
                )
            )
            found = f"{found} {where}"
        self.problem_label.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "{found}. Inget importeras förrän alla fel är rättade i filen eller i kolumnvalen.",
            ).format(found=found)
        )

    def _fit_problem_columns(self) -> None:
        """Size the columns to their contents, the reason taking the width left (long reasons are
        cut off there and shown whole on hover) so no row needs scrolling sideways."""
        widths = [c.max_width for c in self.problem_model.columns]
        self.problem_table.fit_columns(widths)
        header = self.problem_table.horizontalHeader()
        used = sum(header.sectionSize(c) for c in range(header.count() - 1))
        available = self.problem_table.viewport().width() - used
        widths[-1] = max(available, 200)
        self.problem_table.fit_columns(widths)

    def _show_problem_in_preview(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Select the problem's cell in the preview, when its row is among those shown."""
        if not current.isValid() or self.table is None:
            return
        problem = self.problem_model.record(self.problem_proxy.mapToSource(current).row())
        row = next(
            (r for r in range(self.preview_model.rowCount()) if self.table.rows[r].line == problem.line), -1
        )
        if row < 0:
            self.preview.clearSelection()
            return
        column = (
            self.table.headers.index(problem.column_name) if problem.column_name in self.table.headers else 0
        )
        index = self.preview_model.index(row, column)
        self.preview.setCurrentIndex(index)
        self.preview.scrollTo(index)

    def save_problems(self) -> None:
        plan = self.plan
        if plan is None or not plan.problems:
            return
        start = Path(self._directory or ".") / QCoreApplication.translate(
            "ImportDialog", "Fel i {name}.csv"
        ).format(name=Path(plan.source).stem)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ImportDialog", "Spara fellistan"),
            str(start),
            QCoreApplication.translate("ImportDialog", "CSV-fil för Excel (*.csv)"),
        )
        if not path:
            return
        chosen = Path(path)
        if chosen.suffix.lower() != ".csv":
            chosen = chosen.with_name(chosen.name + ".csv")
        try:
            register_import.write_problems(chosen, plan.problems)
        except Exception as exc:
            messages.show_error(
                self, QCoreApplication.translate("ImportDialog", "Kan inte spara fellistan"), exc
            )

    # -- importing -----------------------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok or self._busy:
            return
        self._set_busy(True)
        self.problem_label.setText(QCoreApplication.translate("ImportDialog", "Importerar…"))

        def work(progress: Progress) -> ImportResult:
            return register_import.run(plan, progress)

        def done(result: ImportResult) -> None:
            self._set_busy(False)
            self.imported = result
            self._set_plan(None)
            self.problem_label.setText(result.message())
            show_done(self, QCoreApplication.translate("ImportDialog", "Importen är klar"), result.message())
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if is_cancellation(exc):
                self.problem_label.setText(
                    QCoreApplication.translate("ImportDialog", "Importen avbröts. Ingenting sparades.")
                )
                return
            if isinstance(exc, ImportRefused):  # the data changed since the check
                self._set_plan(None)
                self.problem_model.set_records(exc.problems)
                self._fit_problem_columns()
                self.problem_label.setText(exc.message)
                return
            self.problem_label.setText(
                QCoreApplication.translate("ImportDialog", "Importen misslyckades. Ingenting sparades.")
            )
            messages.show_error(self, QCoreApplication.translate("ImportDialog", "Kan inte importera"), exc)

        self._tasks.run(
            QCoreApplication.translate("ImportDialog", "Importerar {name}").format(name=plan.source),
            work,
            done,
            failed,
        )

    # -- state ---------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self._busy
        plan = self.plan
        self.choose_button.setEnabled(idle)
        self.sheet_combo.setEnabled(idle)
        for combo in self.combos.values():
            combo.setEnabled(idle and self.table is not None)
        self.check_button.setEnabled(idle and self.table is not None)
        self.save_problems_button.setEnabled(idle and self.problem_model.rowCount() > 0)
        ready = idle and plan is not None and plan.ok
        self.import_button.setEnabled(ready)
        self.import_button.setToolTip(
            ""
            if ready
            else QCoreApplication.translate(
                "ImportDialog", "Importen blir möjlig när en kontroll av filen inte har hittat några fel."
            )
        )
        count = plan.row_count if plan is not None else (self.table.row_count if self.table else 0)
        if count:
            self.import_button.setText(
                QCoreApplication.translate("ImportDialog", "&Importera 1 rad")
                if count == 1
                else QCoreApplication.translate("ImportDialog", "&Importera {count} rader").format(
                    count=count
                )
            )
        else:
            self.import_button.setText(QCoreApplication.translate("ImportDialog", "&Importera"))
        self.import_button.setDefault(ready)
        self.check_button.setDefault(not ready and self.table is not None)


def open_import(parent: QWidget | None, target_key: str, context: ViewContext) -> ImportResult | None:
    """Let the user import a file into the register ``target_key`` ("customer_log" or
    "complaints"); the result, or None if nothing was imported."""
    dialog = ImportDialog(parent, register_import.target(target_key), context.services, context.tasks)
    try:
        dialog.exec()
        return dialog.imported
    finally:
        dialog.deleteLater()
