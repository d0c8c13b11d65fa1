"""The volume imports made so far: file, checksum, who, when and how many rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ekadm_desktop.reports.chart_style import format_int
from ekadm_desktop.services.volume_import import ImportHistoryRow
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView


def history_columns() -> list[Column[ImportHistoryRow]]:
    tr = QCoreApplication.translate
    return [
        Column(
            tr("ImportHistory", "Importerad"),
            lambda b: b.imported_at.strftime("%Y-%m-%d %H:%M"),
            sort_key=lambda b: b.imported_at.isoformat(),
            value=lambda b: b.imported_at,
        ),
        Column(tr("ImportHistory", "Fil"), lambda b: b.file_name, max_width=300),
        Column(tr("ImportHistory", "Profil"), lambda b: b.profile, max_width=200),
        Column(tr("ImportHistory", "Av"), lambda b: b.imported_by),
        Column(
            tr("ImportHistory", "Rader"),
            lambda b: format_int(b.rows_imported),
            sort_key=lambda b: b.rows_imported,
            numeric=True,
            value=lambda b: b.rows_imported,
        ),
        Column(tr("ImportHistory", "Batch"), lambda b: str(b.id), sort_key=lambda b: b.id, numeric=True),
        Column(tr("ImportHistory", "SHA-256"), lambda b: b.sha256, max_width=520),
    ]


class ImportHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, batches: Sequence[ImportHistoryRow]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportHistory", "Importhistorik – volymer"))
        self.model: RecordTableModel[ImportHistoryRow] = RecordTableModel(history_columns(), parent=self)
        self.model.set_records(batches)
        self.table = RecordTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.fit_columns([c.max_width for c in self.model.columns])
        empty = QLabel(QCoreApplication.translate("ImportHistory", "Inga volymer har importerats ännu."))
        empty.setVisible(not batches)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 420)
