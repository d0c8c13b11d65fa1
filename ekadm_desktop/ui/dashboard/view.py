"""Översikt, the start view: one month per unit and for the whole service, from ``DashboardService``.

A row per unit (then "Alla enheter"), a column per figure: invoices per FTE of both ledgers, the
electronic shares, the answer rate, open complaints and follow-ups. Each tile shows the value, its
status as colour and text and a twelve-month sparkline; a click or Enter opens the area the figure
comes from (``ViewContext.open_area``). The month is the latest with volumes or calls; ◀ ▶ step it.
Everything is read in one background task. The tab "Databasen" keeps the start page's summary of
what the database holds (``StartView``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.periods import Month
from ekadm_desktop.services.dashboard import COLUMNS, Dashboard, column_header
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.dashboard.tile import DashboardTile
from ekadm_desktop.ui.start_view import StartView


class DashboardView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._month: Month | None = None  # None: the latest month with data
        self._request = 0  # only the latest read is shown (an older one may finish later)
        self._left = False  # hidden since the last read: read again when shown
        self.dashboard: Dashboard | None = None
        self.tiles: list[DashboardTile] = []
        self._by_key: dict[tuple[int | None, str], DashboardTile] = {}

        heading = QLabel(self.tr("<h2>Översikt</h2>"))
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Föregående månad"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.month_label = QLabel("–")
        month_font = QFont(self.month_label.font())
        month_font.setPointSizeF(month_font.pointSizeF() * 1.3)
        month_font.setBold(True)
        self.month_label.setFont(month_font)
        self.month_label.setMinimumWidth(150)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Nästa månad"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.latest_button = QPushButton(self.tr("Senaste månaden"))
        self.latest_button.clicked.connect(self._latest)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.previous_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addWidget(self.latest_button)
        top.addStretch(1)

        self.info_label = QLabel(self.tr("Läser…"))
        self.info_label.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-weight: bold")
        self.empty_label.hide()
        self.monthly_button = QPushButton(self.tr("Öppna Månadsavstämning"))
        self.monthly_button.clicked.connect(lambda: self._context.open_area("monthly"))
        self.monthly_button.hide()
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty_label, 1)
        empty_row.addWidget(self.monthly_button)

        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)

        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.addWidget(self.info_label)
        figures_layout.addLayout(empty_row)
        figures_layout.addWidget(scroll, 1)

        self.database_view = StartView(context)
        self.database_view.heading.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(figures, self.tr("Nyckeltal"))
        self.tabs.addTab(self.database_view, self.tr("Databasen"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()
        self.refresh()

    @property
    def table(self) -> QTableWidget:
        """The database summary's table (what the database holds), as on the former start page."""
        return self.database_view.table

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self._context.services.dashboard
        month = self._month
        self._request += 1
        request = self._request
        self.info_label.setText(self.tr("Läser…"))
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self._context.tasks.run(
            self.tr("Läser in översikten"),
            lambda _progress: service.dashboard(month),
            lambda board: self._show(board) if request == self._request else None,
            lambda exc: self._failed(exc) if request == self._request else None,
            show_progress=False,
        )

    def showEvent(self, event: QShowEvent) -> None:
        # Figures change in other areas (a month entered, a complaint answered): read them again
        # when the user comes back, not on the first show (the constructor has just read them).
        super().showEvent(event)
        if self._left:
            self._left = False
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._left = True

    def _failed(self, exc: BaseException) -> None:
        self.info_label.setText(self.tr("Kunde inte läsa översikten: {error}").format(error=exc))
        self._update_buttons()

    def _step(self, months: int) -> None:
        current = self._month or (self.dashboard.month if self.dashboard else None)
        if current is None:
            return
        self._month = current.next() if months > 0 else current.previous()
        self.refresh()

    def _latest(self) -> None:
        self.show_month(None)

    def show_month(self, month: Month | None) -> None:
        """Read the dashboard of ``month`` (None: the latest month with data)."""
        self._month = month
        self.refresh()

    def _update_buttons(self) -> None:
        board = self.dashboard
        shown = board.month if board else None
        latest = board.latest if board else None
        self.previous_button.setEnabled(shown is not None)
        at_latest = (
            shown is None or latest is None or (shown.year, shown.month) >= (latest.year, latest.month)
        )
        self.next_button.setEnabled(not at_latest)
        self.latest_button.setEnabled(latest is not None and shown != latest)

    # -- showing -------------------------------------------------------------------------------
    def _show(self, board: Dashboard) -> None:
        self.dashboard = board
        self.month_label.setText(board.month.label)
        self._update_buttons()
        self.info_label.setText(self._info_text(board))
        empty = self._empty_text(board)
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))
        self.monthly_button.setVisible(board.latest is None)
        self._fill(board)

    def _info_text(self, board: Dashboard) -> str:
        latest = (
            self.tr("Senaste månad med uppgifter: {month}.").format(month=board.latest.label)
            if board.latest
            else self.tr("Inga månader med uppgifter ännu.")
        )
        today = board.today.isoformat()
        return (
            latest
            + " "
            + self.tr(
                "Klagomål och uppföljningar gäller idag ({today}). Kurvorna visar {first}–{last}."
            ).format(today=today, first=board.trend_months[0].label, last=board.trend_months[-1].label)
        )

    def _empty_text(self, board: Dashboard) -> str:
        if board.latest is None:
            return self.tr(
                "Inga volymer ännu – registrera i Månadsavstämning (eller importera telefonstatistik i Telefoni)."
            )
        missing = []
        if not board.has_volumes:
            missing.append(self.tr("volymer och bemanning"))
        if not board.has_calls:
            missing.append(self.tr("samtal"))
        if not missing:
            return ""
        return self.tr("{month} saknar {what}.").format(
            month=board.month.label.capitalize(), what=self.tr(" och ").join(missing)
        )

    def _fill(self, board: Dashboard) -> None:
        focused = self._focused_position()
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.tiles = []
        self._by_key = {}
        for column, (code, _label, _short, _area) in enumerate(COLUMNS, start=1):
            header = QLabel(column_header(code))
            header.setWordWrap(True)
            header_font = QFont(header.font())
            header_font.setBold(True)
            header_font.setPointSizeF(header_font.pointSizeF() * 0.92)
            header.setFont(header_font)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            total = board.total.tiles[column - 1]
            header.setToolTip(f"{total.label}\n\n{total.definition}")
            self._grid.addWidget(header, 0, column)
            self._grid.setColumnStretch(column, 1)
        span = f"{board.trend_months[0].label}–{board.trend_months[-1].label}"
        for row, unit in enumerate(board.units, start=1):
            name = QLabel(unit.unit_name)
            name.setWordWrap(True)
            name.setMaximumWidth(90)
            if unit.unit_id is None:
                name.setStyleSheet("font-weight: bold")
            self._grid.addWidget(name, row, 0)
            for column, tile in enumerate(unit.tiles, start=1):
                widget = DashboardTile(tile, unit.unit_name, span)
                widget.activated.connect(self._context.open_area)
                self._grid.addWidget(widget, row, column)
                self.tiles.append(widget)
                self._by_key[unit.unit_id, tile.code] = widget
        self._grid.setRowStretch(len(board.units) + 1, 1)
        if focused is not None and focused < len(self.tiles):
            self.tiles[focused].setFocus()

    def _focused_position(self) -> int | None:
        for index, tile in enumerate(self.tiles):
            if tile.hasFocus():
                return index
        return None

    def tile(self, unit_id: int | None, code: str) -> DashboardTile:
        """The tile of one unit (None: the whole service) and figure."""
        return self._by_key[unit_id, code]
