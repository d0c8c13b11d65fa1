"""The mapping dialog: say how an unknown switchboard export maps onto calls (or queue events, or
interval aggregates), see the first rows as the importer parses them under the draft mapping, and
save the mapping as a profile (the same TOML format as the built-in ones) or export it.

The dialog holds no parsing rules: every preview is ``PhoneImportService.preview`` with the draft
``Profile``. Name and file dialogs are Qt's static functions, so tests can patch them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.services.phone_import import PhoneImportService, Preview, Profile, UnknownFormat
from ekadm_desktop.services.phone_import.profiles import FIELDS_BY_SHAPE, FieldSpec
from ekadm_desktop.services.phone_import.source import open_source
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.telephony.import_tables import ParsedPreview, outcome_text

SAMPLE_ROWS = 200
MAX_VALUES = 30
PREVIEW_DELAY_MS = 250
DURATION_FIELDS = frozenset(
    {"wait", "talk", "duration", "asa", "average_talk", "wait_total", "talk_total", "longest_wait"}
)
OUTCOME_CHOICES = ("answered", "abandoned", "timeout", "unknown", "ignore")
CONTEXT = "MappingDialog"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shape_labels() -> dict[str, str]:
    return {
        "per_call": _t("En rad per samtal"),
        "per_leg": _t("En rad per samtalsben (länkas med ett id)"),
        "queue_events": _t("En rad per köhändelse (queue_log)"),
        "interval_aggregates": _t("Intervallstatistik (summor per intervall)"),
    }


def field_labels() -> dict[str, str]:
    """The importer's field names in Swedish."""
    return {
        "start": _t("Datum och tid"),
        "date": _t("Datum"),
        "time": _t("Klockslag"),
        "start_epoch": _t("Starttid (epoksekunder)"),
        "answer_time": _t("Svarstidpunkt"),
        "end_time": _t("Sluttidpunkt"),
        "group": _t("Grupp/kö"),
        "extension": _t("Anknytning"),
        "outcome": _t("Utfall"),
        "wait": _t("Väntetid"),
        "talk": _t("Samtalstid"),
        "duration": _t("Total längd"),
        "caller": _t("Uppringande nummer"),
        "id": _t("Samtals-id"),
        "link": _t("Länk-id (samtalsben)"),
        "callid": _t("Samtals-id"),
        "queue": _t("Kö"),
        "agent": _t("Agent"),
        "event": _t("Händelse"),
        "data1": _t("Data 1"),
        "data2": _t("Data 2"),
        "data3": _t("Data 3"),
        "offered": _t("Erbjudna"),
        "answered": _t("Besvarade"),
        "abandoned": _t("Övergivna"),
        "short_abandoned": _t("Korta avbrutna"),
        "answered_within": _t("Besvarade inom målet"),
        "service_level": _t("Servicenivå (andel)"),
        "answer_rate": _t("Svarsfrekvens (kontroll)"),
        "asa": _t("Medelväntetid (ASA)"),
        "average_talk": _t("Medelsamtalstid"),
        "wait_total": _t("Väntetid totalt"),
        "talk_total": _t("Samtalstid totalt"),
        "longest_wait": _t("Längsta väntetid"),
        "interval_minutes": _t("Intervallets längd (min)"),
    }


def unit_labels() -> dict[str, str]:
    return {
        "auto": _t("automatiskt"),
        "s": _t("sekunder"),
        "ms": _t("millisekunder"),
        "min": _t("minuter"),
        "h": _t("timmar"),
        "day": _t("dygn (Excel)"),
    }


def needs_text(shape: str) -> str:
    """What a mapping of ``shape`` must name at least (the importer's binding rule)."""
    if shape in ("per_call", "per_leg"):
        return _t(
            "Mappningen räcker inte än: ange en tid (Datum och tid, Datum eller Starttid) och "
            "utfallet (eller Svarstidpunkt, Samtalstid eller Väntetid)."
        )
    if shape == "queue_events":
        return _t("Mappningen räcker inte än: ange Tidpunkt, Samtals-id, Kö och Händelse.")
    return _t("Mappningen räcker inte än: ange Erbjudna och Besvarade eller Övergivna.")


class MappingDialog(QDialog):
    """Map the columns of ``path``; ``profile()`` is the draft, ``saved_path`` the saved TOML file."""

    def __init__(
        self,
        importer: PhoneImportService,
        path: Path,
        *,
        columns: list[str] | None = None,
        tried: list[str] | None = None,
        initial: Profile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setWindowTitle(self.tr("Ny mappning för {file}").format(file=path.name))
        self._importer = importer
        self._path = Path(path)
        self._name = initial.name if initial and not initial.builtin else "egen_mappning"
        self.saved_path: Path | None = None
        self.last_preview: Preview | None = None
        self._sample = [cells for _line, cells in open_source(self._path).sample(SAMPLE_ROWS)]
        # A headerless profile to start from names the columns by position (e.g. "start_stamp").
        self._names = initial.column_names if initial is not None and not initial.header else ()
        self._delimiter = initial.delimiter if initial is not None else ""
        self._patterns = (
            {f: spec.pattern for f, spec in initial.fields.items() if spec.pattern} if initial else {}
        )
        self._field_combos: dict[str, QComboBox] = {}
        self._unit_combos: dict[str, QComboBox] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        intro = QLabel()
        intro.setObjectName("mappingIntro")
        intro.setWordWrap(True)
        if columns is not None:
            intro.setText(
                self.tr(
                    "Ingen importprofil känner igen {file}. Säg vilken kolumn som är vilket fält; "
                    "förhandsvisningen till höger visar raderna som de läses.\n"
                    "Kolumner i filen: {columns}\nProvade profiler: {tried}"
                ).format(
                    file=path.name,
                    columns=" | ".join(columns) or "–",
                    tried=", ".join(tried or []) or "–",
                )
            )
        else:
            intro.setText(
                self.tr(
                    "Säg vilken kolumn i {file} som är vilket fält; förhandsvisningen till höger "
                    "visar raderna som de läses."
                ).format(file=path.name)
            )

        self.shape_combo = QComboBox()
        self.shape_combo.setObjectName("shapeCombo")
        for shape, label in shape_labels().items():
            self.shape_combo.addItem(label, shape)
        self.header_check = QCheckBox(self.tr("Första raden är kolumnrubriker"))
        self.header_check.setObjectName("headerCheck")
        self.date_order_combo = QComboBox()
        for order, label in (
            ("auto", self.tr("avgörs av filen")),
            ("ymd", self.tr("år-månad-dag")),
            ("dmy", self.tr("dag/månad/år")),
            ("mdy", self.tr("månad/dag/år")),
        ):
            self.date_order_combo.addItem(label, order)
        self.timezone_edit = QLineEdit("UTC")
        self.timezone_edit.setObjectName("timezoneEdit")
        self.timezone_edit.setToolTip(
            self.tr("Tidszonen som epoksekunder i filen är i (oftast UTC); de blir svensk tid.")
        )
        self.short_spin = QDoubleSpinBox()
        self.short_spin.setObjectName("shortAbandonSpin")
        self.short_spin.setRange(0, 120)
        self.short_spin.setDecimals(0)
        self.short_spin.setSuffix(" s")
        self.short_spin.setValue(5)
        self.short_spin.setToolTip(
            self.tr("Samtal som avbryts inom så här många sekunder räknas som korta avbrutna.")
        )
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("intervalSpin")
        self.interval_spin.setRange(0, 1440)
        self.interval_spin.setSpecialValueText(self.tr("från filen"))
        self.interval_spin.setSuffix(" min")
        self.group_edit = QLineEdit()
        self.group_edit.setObjectName("fixedGroupEdit")
        self.group_edit.setPlaceholderText(self.tr("om filen bara gäller en grupp"))

        form = QFormLayout()
        form.addRow(self.tr("Filens form:"), self.shape_combo)
        form.addRow("", self.header_check)
        form.addRow(self.tr("Datumordning:"), self.date_order_combo)
        form.addRow(self.tr("Tidszon för epoktider:"), self.timezone_edit)
        form.addRow(self.tr("Korta avbrutna under:"), self.short_spin)
        form.addRow(self.tr("Intervallets längd:"), self.interval_spin)
        form.addRow(self.tr("Fast gruppnummer:"), self.group_edit)
        settings = QGroupBox(self.tr("Filen"))
        settings.setLayout(form)

        self.fields_box = QGroupBox(self.tr("Kolumn → fält"))
        self.fields_grid = QGridLayout(self.fields_box)

        self.values_box = QGroupBox(self.tr("Utfallets värden i filen"))
        self.values_table = QTableWidget(0, 2)
        self.values_table.setObjectName("valuesTable")
        self.values_table.setHorizontalHeaderLabels([self.tr("Värde i filen"), self.tr("Betyder")])
        self.values_table.verticalHeader().hide()
        self.values_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        values_layout = QVBoxLayout(self.values_box)
        values_layout.addWidget(self.values_table)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(settings)
        left_layout.addWidget(self.fields_box)
        left_layout.addWidget(self.values_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.preview = ParsedPreview()
        self.preview.setObjectName("mappingPreview")
        self.status_label = QLabel()
        self.status_label.setObjectName("mappingStatus")
        self.status_label.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Förhandsvisning som den läses</b>")))
        right_layout.addWidget(self.status_label)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 550])

        self.save_button = QPushButton(self.tr("Spara profil…"))
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.clicked.connect(self.save_profile)
        self.export_button = QPushButton(self.tr("Exportera profil…"))
        self.export_button.setObjectName("exportProfileButton")
        self.export_button.clicked.connect(self.export_profile)
        self.use_button = QPushButton(self.tr("Använd mappningen"))
        self.use_button.setObjectName("useMappingButton")
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.use_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1024, 740)

        self._load(initial)
        scroll.setMinimumWidth(
            left.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )
        for signal in (
            self.shape_combo.currentIndexChanged,
            self.header_check.toggled,
        ):
            signal.connect(self._rebuild_fields)
        for signal in (
            self.date_order_combo.currentIndexChanged,
            self.timezone_edit.textChanged,
            self.short_spin.valueChanged,
            self.interval_spin.valueChanged,
            self.group_edit.textChanged,
        ):
            signal.connect(self.schedule_preview)
        self.refresh_preview()

    # -- the draft ----------------------------------------------------------------------------------
    def _load(self, initial: Profile | None) -> None:
        guess_header = bool(self._sample) and not any(
            cell.strip().replace(",", "").replace(".", "").isdigit() for cell in self._sample[0]
        )
        if initial is not None:
            self.shape_combo.setCurrentIndex(max(0, self.shape_combo.findData(initial.shape)))
            self.header_check.setChecked(initial.header)
            self.date_order_combo.setCurrentIndex(max(0, self.date_order_combo.findData(initial.date_order)))
            self.timezone_edit.setText(initial.epoch_timezone)
            self.short_spin.setValue(initial.short_abandon_seconds)
            self.interval_spin.setValue(initial.interval_minutes or 0)
            self.group_edit.setText(initial.fixed.get("group", ""))
        else:
            self.header_check.setChecked(guess_header)
        self._rebuild_fields(initial)

    def shape(self) -> str:
        return str(self.shape_combo.currentData())

    def column_names(self) -> list[str]:
        """The file's columns as the profile names them: the header, or ``kolumn N`` by position."""
        first = self._sample[0] if self._sample else []
        if self.header_check.isChecked():
            return [cell.strip().replace("\ufeff", "") for cell in first]
        width = max((len(cells) for cells in self._sample[:20]), default=0)
        if len(self._names) == width:
            return list(self._names)
        return [self.tr("kolumn {number}").format(number=i + 1) for i in range(width)]

    def _rebuild_fields(self, initial: object = None) -> None:
        previous = {f: c.currentData() for f, c in self._field_combos.items()}
        previous_units = {f: c.currentData() for f, c in self._unit_combos.items()}
        if isinstance(initial, Profile):
            previous = {f: s.columns[0] for f, s in initial.fields.items() if s.columns}
            previous_units = dict(initial.units)
        while self.fields_grid.count():
            item = self.fields_grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self._field_combos.clear()
        self._unit_combos.clear()
        labels = field_labels()
        names = self.column_names()
        known = {name.casefold(): name for name in names if name}
        for row, field in enumerate(FIELDS_BY_SHAPE[self.shape()]):
            combo = QComboBox()
            combo.setObjectName(f"field_{field}")
            combo.setAccessibleName(labels.get(field, field))
            combo.addItem(self.tr("(ingen kolumn)"), "")
            for index, name in enumerate(names):
                if name:
                    combo.addItem(f"{index + 1}: {name}", name)
            chosen = previous.get(field)
            if isinstance(chosen, str) and chosen.casefold() in known:
                combo.setCurrentIndex(combo.findData(known[chosen.casefold()]))
            combo.currentIndexChanged.connect(self.schedule_preview)
            self.fields_grid.addWidget(QLabel(labels.get(field, field)), row, 0)
            self.fields_grid.addWidget(combo, row, 1)
            self._field_combos[field] = combo
            if field in DURATION_FIELDS:
                unit = QComboBox()
                unit.setObjectName(f"unit_{field}")
                unit.setAccessibleName(self.tr("Enhet för {field}").format(field=labels.get(field, field)))
                for code, label in unit_labels().items():
                    unit.addItem(label, code)
                unit.setCurrentIndex(max(0, unit.findData(previous_units.get(field, "auto"))))
                unit.currentIndexChanged.connect(self.schedule_preview)
                self.fields_grid.addWidget(unit, row, 2)
                self._unit_combos[field] = unit
            if field == "outcome":
                combo.currentIndexChanged.connect(lambda _i: self._fill_values())
        self.fields_grid.setColumnStretch(1, 1)
        self.values_box.setVisible(self.shape() in ("per_call", "per_leg"))
        self.interval_spin.setEnabled(self.shape() == "interval_aggregates")
        self._fill_values(initial.values.get("outcome") if isinstance(initial, Profile) else None)
        self.schedule_preview()

    def set_field(self, field: str, column: str) -> None:
        """Choose ``column`` (a column name, "" for none) for ``field``."""
        combo = self._field_combos[field]
        combo.setCurrentIndex(max(0, combo.findData(column)))

    def field_column(self, field: str) -> str:
        """The column chosen for ``field`` ("" for none)."""
        combo = self._field_combos.get(field)
        return str(combo.currentData() or "") if combo is not None else ""

    def set_unit(self, field: str, unit: str) -> None:
        combo = self._unit_combos[field]
        combo.setCurrentIndex(max(0, combo.findData(unit)))

    def _fill_values(self, given: dict[str, str] | None = None) -> None:
        """One row per value seen in the outcome column, each with what it means."""
        current = given if given is not None else self.outcome_values()
        current_folded = {k.casefold(): v for k, v in current.items()}
        guesses = {
            k.casefold(): v
            for p in self._importer.profiles()
            if p.name == "generic_per_call"
            for k, v in p.values.get("outcome", {}).items()
        }
        column = self._field_combos.get("outcome")
        seen: list[str] = []
        if column is not None and column.currentData():
            names = self.column_names()
            index = names.index(column.currentData())
            rows = self._sample[1:] if self.header_check.isChecked() else self._sample
            for cells in rows:
                value = cells[index].strip() if index < len(cells) else ""
                if value and value not in seen:
                    seen.append(value)
                if len(seen) >= MAX_VALUES:
                    break
        seen += [value for value in current if value not in seen]  # mapped, not in the first rows
        self.values_table.setRowCount(0)
        for value in seen:
            row = self.values_table.rowCount()
            self.values_table.insertRow(row)
            item = QTableWidgetItem(value)
            self.values_table.setItem(row, 0, item)
            combo = QComboBox()
            for outcome in OUTCOME_CHOICES:
                combo.addItem(outcome_text(outcome), outcome)
            meaning = current_folded.get(value.casefold()) or guesses.get(value.casefold()) or "unknown"
            combo.setCurrentIndex(max(0, combo.findData(meaning)))
            combo.currentIndexChanged.connect(self.schedule_preview)
            self.values_table.setCellWidget(row, 1, combo)
        self.values_table.setMinimumHeight(
            min(8, max(2, len(seen) + 1)) * self.values_table.verticalHeader().defaultSectionSize()
        )
        self.schedule_preview()

    def outcome_values(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for row in range(self.values_table.rowCount()):
            item = self.values_table.item(row, 0)
            combo = self.values_table.cellWidget(row, 1)
            if item is not None and isinstance(combo, QComboBox):
                result[item.text()] = str(combo.currentData())
        return result

    def set_outcome_value(self, value: str, outcome: str) -> None:
        for row in range(self.values_table.rowCount()):
            item = self.values_table.item(row, 0)
            combo = self.values_table.cellWidget(row, 1)
            if item is not None and item.text() == value and isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(outcome))
                return
        raise KeyError(value)

    def profile(self, name: str | None = None) -> Profile:
        """The mapping as it stands, as a profile."""
        header = self.header_check.isChecked()
        fields = {
            field: FieldSpec((str(combo.currentData()),), self._patterns.get(field, ""))
            for field, combo in self._field_combos.items()
            if combo.currentData()
        }
        units = {
            field: str(combo.currentData())
            for field, combo in self._unit_combos.items()
            if field in fields and combo.currentData() != "auto"
        }
        values = {"outcome": self.outcome_values()} if "outcome" in fields else {}
        group = self.group_edit.text().strip()
        name = name or self._name
        return Profile(
            name=name,
            title=name,
            shape=self.shape(),
            header=header,
            column_names=() if header else tuple(self.column_names()),
            delimiter=self._delimiter,
            fields=fields,
            units=units,
            values={k: v for k, v in values.items() if v},
            fixed={"group": group} if group else {},
            date_order=str(self.date_order_combo.currentData()),
            epoch_timezone=self.timezone_edit.text().strip() or "UTC",
            short_abandon_seconds=float(self.short_spin.value()),
            interval_minutes=self.interval_spin.value() or None,
        )

    # -- preview ------------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def refresh_preview(self) -> None:
        self._timer.stop()
        self.last_preview = None
        try:
            preview = self._importer.preview(self._path, self.profile(), rows=20)
        except UnknownFormat:
            self.preview.clear("")
            self._status(needs_text(self.shape()))
        except EkadmError as exc:
            self.preview.clear("")
            self._status(exc.message)
        else:
            self.last_preview = preview
            self.preview.set_preview(preview)
            self._status("" if preview.calls or preview.intervals else needs_text(self.shape()))
        self.use_button.setEnabled(self.last_preview is not None)

    # -- save, export, accept -----------------------------------------------------------------------
    def save_profile(self) -> bool:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Spara profil"),
            self.tr("Profilens namn (bokstäver, siffror, punkt, bindestreck, understreck):"),
            QLineEdit.EchoMode.Normal,
            self._name,
        )
        if not ok or not name.strip():
            return False
        try:
            self.saved_path = self._importer.save_profile(self.profile(name.strip()))
        except EkadmError as exc:
            messages.show_error(self, self.tr("Spara profil"), exc)
            return False
        self._name = name.strip()
        self._status(self.tr("Profilen sparades som {path}.").format(path=self.saved_path))
        return True

    def export_profile(self) -> bool:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera profil"),
            str(Path.home() / f"{self._name}.toml"),
            self.tr("Importprofil (*.toml)"),
        )
        if not path:
            return False
        try:
            Path(path).write_text(self.profile().to_toml(), encoding="utf-8")
        except OSError as exc:
            messages.show_error(
                self,
                self.tr("Exportera profil"),
                EkadmError(self.tr("Filen {path} kan inte skrivas: {error}").format(path=path, error=exc)),
            )
            return False
        self._status(self.tr("Profilen exporterades till {path}.").format(path=path))
        return True

    def accept(self) -> None:
        self.refresh_preview()
        if self.last_preview is None:
            return
        super().accept()
