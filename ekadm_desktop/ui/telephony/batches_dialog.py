"""Import history of phone statistics: every import (file, profile, who, when, rows) and "Ångra
import…" for those allowed to undo it (whoever imported it, a controller or an administrator)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ekadm_desktop.models.users import Role
from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.services.phone_import import BatchInfo
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.filter_bar import RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView
from ekadm_desktop.ui.context import ViewContext


def local_time(at: datetime) -> datetime:
    """An import's time (stored as naive UTC) in the computer's time zone."""
    return at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()


def _count(title: str, value: object) -> Column[BatchInfo]:
    def get(b: BatchInfo) -> int:
        return int(getattr(b, str(value)))

    return Column(title, lambda b: cs.format_int(get(b)), sort_key=get, numeric=True, value=get)


class BatchesDialog(QDialog):
    """``changed`` is emitted after an import was undone (the figures were recomputed)."""

    changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneBatchesDialog")
        self.setWindowTitle(self.tr("Importhistorik – telefonstatistik"))
        self._context = context
        self._importer = context.services.phone_import
        self._user = context.services.user
        columns: list[Column[BatchInfo]] = [
            Column(self.tr("Nr"), lambda b: str(b.id), sort_key=lambda b: b.id, numeric=True),
            Column(self.tr("Fil"), lambda b: b.file_name, max_width=260),
            Column(self.tr("Profil"), lambda b: b.profile),
            Column(self.tr("Importerad av"), lambda b: b.imported_by),
            Column(
                self.tr("När"),
                lambda b: f"{local_time(b.imported_at):%Y-%m-%d %H:%M}",
                sort_key=lambda b: b.imported_at.isoformat(),
            ),
            _count(self.tr("Lästa"), "rows_read"),
            _count(self.tr("Importerade"), "rows_imported"),
            _count(self.tr("Dubbletter"), "rows_skipped"),
            _count(self.tr("Avvisade"), "rows_rejected"),
        ]
        self.model: RecordTableModel[BatchInfo] = RecordTableModel(columns, parent=self)
        self.table = RecordTableView(self)
        self.table.setObjectName("batchTable")
        self._proxy = RecordFilterProxy(self)
        self._proxy.setSourceModel(self.model)
        self.table.setModel(self._proxy)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.empty_label = QLabel(self.tr("Inga importer av telefonstatistik ännu."))
        self.empty_label.setObjectName("emptyLabel")
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Ångra import…"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(960, 480)
        self.reload()

    def reload(self) -> None:
        batches = self._importer.batches()
        self.model.set_records(batches)
        self.table.fit_columns([60, 260, 180, 120, 140, 80, 100, 100, 90], stretch_last=False)
        self.empty_label.setVisible(not batches)
        if batches:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(self._proxy.mapToSource(rows[0]).row()) if rows else None

    def may_undo(self, batch: BatchInfo) -> bool:
        user = self._user
        return user.is_administrator or user.role is Role.CONTROLLER or batch.imported_by == user.login

    def _update_buttons(self) -> None:
        batch = self.selected()
        allowed = batch is not None and self.may_undo(batch)
        self.undo_button.setEnabled(allowed)
        if batch is not None and not allowed:
            self.hint_label.setText(
                self.tr("Bara den som importerade, en controller eller en administratör kan ångra importen.")
            )
        else:
            self.hint_label.setText("")

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        rows = batch.calls or batch.intervals
        what = self.tr("samtal") if batch.calls or not batch.intervals else self.tr("intervallrader")
        if not messages.confirm(
            self,
            self.tr("Ångra import"),
            self.tr(
                "Ångra import {id} av {file}?\n\nImporten och dess {n} {what} tas bort; siffrorna räknas om."
            ).format(id=batch.id, file=batch.file_name, n=cs.format_int(rows), what=what),
            yes=self.tr("Ångra importen"),
            no=self.tr("Behåll"),
        ):
            return

        def done(_result: object) -> None:
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            messages.show_error(self, self.tr("Ångra import"), exc, reload=self.reload)
            self.reload()

        self._context.tasks.run(
            self.tr("Ångrar import {id}").format(id=batch.id),
            lambda _progress: self._importer.undo(batch.id),
            done,
            failed,
        )
