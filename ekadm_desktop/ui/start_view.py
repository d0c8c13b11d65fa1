"""The start page: which database is open and what it holds, loaded in the background."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ekadm_desktop.services.overview import DatabaseOverview
from ekadm_desktop.ui.context import ViewContext


class _NumberItem(QTableWidgetItem):
    """Shows a count with Swedish digit grouping and sorts it as a number."""

    def __init__(self, value: int) -> None:
        super().__init__(QLocale().toString(value))
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _NumberItem):
            return self.value < other.value
        return super().__lt__(other)


class StartView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.heading = QLabel(self.tr("<h2>Välkommen till EkAdm Desktop</h2>"))
        self.summary = QLabel(self.tr("Läser in databasens innehåll…"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Innehåll"), self.tr("Antal"), self.tr("Från"), self.tr("Till")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a click
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        overview = self._context.services.overview
        self._context.tasks.run(
            self.tr("Läser in översikten"),
            lambda _progress: overview.overview(),
            self._show,
            self._failed,
            show_progress=False,
        )

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("Kunde inte läsa databasen: {error}").format(error=exc))

    def _show(self, overview: DatabaseOverview) -> None:
        kind = "PostgreSQL " + overview.server_version if overview.kind == "postgresql" else "SQLite"
        self.summary.setText(
            self.tr("Databas: {where} ({kind}), schemaversion {revision}.").format(
                where=overview.where, kind=kind, revision=overview.schema_revision or "–"
            )
        )
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(overview.counts))
        for row, count in enumerate(overview.counts):
            label = QTableWidgetItem(count.label)
            number = _NumberItem(count.count)
            first = QTableWidgetItem(count.first.isoformat() if count.first else "–")
            last = QTableWidgetItem(count.last.isoformat() if count.last else "–")
            for column, item in enumerate((label, number, first, last)):
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
