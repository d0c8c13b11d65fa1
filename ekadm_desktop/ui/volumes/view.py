"""Månadsavstämning: choose a month, enter or paste volumes, staffing and hours, save them in one
transaction, lock the month once it is reported, import the ERP's statistics export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.errors import ConflictError
from ekadm_desktop.periods import MONTH_NAMES
from ekadm_desktop.services.fields import YEAR_MAX, YEAR_MIN
from ekadm_desktop.services.month_lock import month_label
from ekadm_desktop.services.volume_grid import CellKind, Grid
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.import_dialog import warning_brush
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.volumes.grid_model import GridModel
from ekadm_desktop.ui.volumes.grid_view import GridView

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, month: str, *, can_cancel: bool = True) -> str:
    """Save, discard or (if allowed) stay, for unsaved changes of ``month`` (tests replace it)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MonthlyView", "Osparade ändringar"),
        QCoreApplication.translate("MonthlyView", "Du har ändringar för {month} som inte är sparade.").format(
            month=month
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    save = box.addButton(
        QCoreApplication.translate("MonthlyView", "Spara"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("MonthlyView", "Släng ändringarna")
        if can_cancel
        else QCoreApplication.translate("MonthlyView", "Spara senare"),
        QMessageBox.ButtonRole.DestructiveRole if can_cancel else QMessageBox.ButtonRole.RejectRole,
    )
    if can_cancel:
        box.setEscapeButton(
            box.addButton(
                QCoreApplication.translate("MonthlyView", "Avbryt"), QMessageBox.ButtonRole.RejectRole
            )
        )
    box.setDefaultButton(save)
    box.exec()
    if box.clickedButton() is save:
        return SAVE
    if box.clickedButton() is discard:
        return DISCARD
    return CANCEL


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """The reason for locking or unlocking, or None if the user cancelled (tests replace it)."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


class GridPage(QWidget):
    """One sheet: an optional row above (the hours' service chooser) and the grid."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GridModel(self)
        self.view = GridView()
        self.view.setObjectName(f"{name}Grid")
        self.view.setModel(self.model)
        self.top = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)

    def show_grid(self, grid: Grid) -> None:
        self.model.set_grid(grid)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        model = self.model
        for column in range(header.count()):
            c = model.grid_column(column)
            widest = 320 if c is not None and c.kind is CellKind.NOTE else 150
            header.resizeSection(column, min(max(header.sectionSize(column), 80), widest))


class MonthlyReconciliationView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyReconciliationView")
        self._context = context
        services = context.services
        self._entry = services.volume_entry
        self._locks = services.month_locks
        self._import = services.volume_import
        latest = self._entry.latest_month()
        today = date.today()
        self.year, self.month = latest if latest is not None else (today.year, today.month)
        self._build()
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        tr = QCoreApplication.translate
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(tr("MonthlyView", "Föregående månad"))
        self.previous_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(tr("MonthlyView", "Nästa månad"))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(YEAR_MIN, YEAR_MAX)
        self.year_spin.setAccessibleName(tr("MonthlyView", "År"))
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("monthCombo")
        self.month_combo.setAccessibleName(tr("MonthlyView", "Månad"))
        for number, name in enumerate(MONTH_NAMES, start=1):
            self.month_combo.addItem(name.capitalize(), number)
        self._show_month_controls()
        self.year_spin.valueChanged.connect(self._month_chosen)
        self.month_combo.currentIndexChanged.connect(self._month_chosen)

        self.lock_button = QPushButton(tr("MonthlyView", "&Lås månad…"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(
            tr("MonthlyView", "Lås månaden när den har rapporterats till servicenämnden")
        )
        self.lock_button.clicked.connect(self.lock_month)
        self.unlock_button = QPushButton(tr("MonthlyView", "Lås &upp…"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock_month)
        can_lock = self._locks.can_lock
        self.lock_button.setVisible(can_lock)
        self.unlock_button.setVisible(can_lock)

        top = QHBoxLayout()
        month_label_widget = QLabel(tr("MonthlyView", "&Månad:"))
        month_label_widget.setBuddy(self.month_combo)
        top.addWidget(month_label_widget)
        top.addWidget(self.previous_button)
        top.addWidget(self.month_combo)
        top.addWidget(self.year_spin)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.lock_button)
        top.addWidget(self.unlock_button)

        self.banner = QLabel()
        self.banner.setObjectName("lockBanner")
        self.banner.setWordWrap(True)
        self.banner.setMargin(6)
        self.banner.setAutoFillBackground(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        palette = self.problem_label.palette()
        palette.setBrush(self.problem_label.foregroundRole(), warning_brush(palette))
        self.problem_label.setPalette(palette)
        self.problem_label.hide()

        self.volumes_page = GridPage("volumes")
        self.staffing_page = GridPage("staffing")
        self.hours_page = GridPage("hours")
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("serviceCombo")
        for process_id, name in self._entry.hour_services():
            self.service_combo.addItem(name, process_id)
        service_label = QLabel(tr("MonthlyView", "&Tilläggstjänst:"))
        service_label.setBuddy(self.service_combo)
        self.hours_page.top.addWidget(service_label)
        self.hours_page.top.addWidget(self.service_combo)
        self.hours_page.top.addStretch(1)
        self._service = self.service_combo.currentData()
        self.service_combo.currentIndexChanged.connect(self._service_chosen)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sheetTabs")
        self.tabs.addTab(self.volumes_page, tr("MonthlyView", "Volymer"))
        self.tabs.addTab(self.staffing_page, tr("MonthlyView", "Bemanning"))
        self.tabs.addTab(self.hours_page, tr("MonthlyView", "Tilläggstjänster (timmar)"))
        for page in self.pages():
            page.model.dirtyChanged.connect(self._update_state)
            page.model.dataChanged.connect(self._update_state)
            page.model.problem.connect(self.show_problem)
            page.view.problem.connect(self.show_problem)

        self.save_button = QPushButton(tr("MonthlyView", "&Spara"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(tr("MonthlyView", "Spara alla ändringar i en transaktion (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(tr("MonthlyView", "&Ångra ändringar"))
        self.discard_button.setObjectName("discardButton")
        self.discard_button.clicked.connect(self.discard)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.import_button = QPushButton(tr("MonthlyView", "&Importera…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(
            tr("MonthlyView", "Importera volymer från affärssystemets statistikexport")
        )
        self.import_button.setVisible(self._import.can_import)
        self.import_button.clicked.connect(self.open_import)
        self.history_button = QPushButton(tr("MonthlyView", "Import&historik"))
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self.open_history)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.history_button)

        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def pages(self) -> list[GridPage]:
        return [self.volumes_page, self.staffing_page, self.hours_page]

    # -- the month -----------------------------------------------------------------------------
    @property
    def label(self) -> str:
        return month_label(self.year, self.month)

    @property
    def is_dirty(self) -> bool:
        return any(page.model.is_dirty for page in self.pages())

    def _show_month_controls(self) -> None:
        for widget in (self.year_spin, self.month_combo):
            widget.blockSignals(True)
        self.year_spin.setValue(self.year)
        self.month_combo.setCurrentIndex(self.month - 1)
        for widget in (self.year_spin, self.month_combo):
            widget.blockSignals(False)

    def _month_chosen(self) -> None:
        self.go_to(self.year_spin.value(), int(self.month_combo.currentData()))

    def step_month(self, step: int) -> None:
        index = self.year * 12 + self.month - 1 + step
        self.go_to(index // 12, index % 12 + 1)

    def go_to(self, year: int, month: int) -> bool:
        """Show another month; unsaved changes are saved or dropped first, as the user answers."""
        if (year, month) == (self.year, self.month):
            return True
        if not self._may_leave():
            self._show_month_controls()
            return False
        self.year, self.month = year, month
        self._show_month_controls()
        self.reload()
        return True

    def _may_leave(self, *, can_cancel: bool = True) -> bool:
        if not self.is_dirty:
            return True
        answer = ask_unsaved(self, self.label, can_cancel=can_cancel)
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def _service_chosen(self) -> None:
        process_id = self.service_combo.currentData()
        if process_id == self._service:
            return
        if self.hours_page.model.is_dirty:
            answer = ask_unsaved(self, self.label)
            if answer == CANCEL or (answer == SAVE and not self.save()):
                self.service_combo.blockSignals(True)
                self.service_combo.setCurrentIndex(max(self.service_combo.findData(self._service), 0))
                self.service_combo.blockSignals(False)
                return
        self._service = process_id
        self._load_hours()

    def reload(self) -> None:
        self.problem_label.hide()
        try:
            self.volumes_page.show_grid(self._entry.volumes(self.year, self.month))
            self.staffing_page.show_grid(self._entry.staffing(self.year, self.month))
            self._load_hours()
            self._lock_state = self._locks.state(self.year, self.month)
        except Exception as exc:
            messages.show_error(self, QCoreApplication.translate("MonthlyView", "Kan inte läsa månaden"), exc)
            return
        self._update_state()

    def _load_hours(self) -> None:
        if isinstance(self._service, int):
            self.hours_page.show_grid(self._entry.hours(self.year, self.month, self._service))

    # -- state ---------------------------------------------------------------------------------
    def _update_state(self) -> None:
        tr = QCoreApplication.translate
        grid = self.volumes_page.model.grid
        locked = grid is not None and grid.locked
        dirty = self.is_dirty
        count = sum(page.model.pending_count for page in self.pages())
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.lock_button.setEnabled(not locked)
        self.unlock_button.setEnabled(locked)
        self.import_button.setEnabled(not dirty)
        if dirty:
            self.status_label.setText(
                tr("MonthlyView", "1 ändrad cell, inte sparad")
                if count == 1
                else tr("MonthlyView", "{count} ändrade celler, inte sparade").format(count=count)
            )
        else:
            self.status_label.setText("")
        for index, page in enumerate(self.pages()):
            title = self.tabs.tabText(index).rstrip(" *")
            self.tabs.setTabText(index, f"{title} *" if page.model.is_dirty else title)
        self._show_banner(locked, grid)

    def _show_banner(self, locked: bool, grid: Grid | None) -> None:
        tr = QCoreApplication.translate
        palette = self.banner.palette()
        if locked:
            state = getattr(self, "_lock_state", None)
            detail = ""
            if state is not None and state.changed_at is not None:
                detail = tr("MonthlyView", " Låst {when} av {who}: {reason}").format(
                    when=state.changed_at.strftime("%Y-%m-%d %H:%M"),
                    who=state.changed_by,
                    reason=state.reason,
                )
            self.banner.setText(
                tr(
                    "MonthlyView",
                    "Månaden är låst – siffrorna har rapporterats till servicenämnden och kan inte ändras "
                    "eller importeras.{detail}",
                ).format(detail=detail)
            )
            dark = palette.color(palette.ColorRole.Window).lightness() < 128
            palette.setColor(
                palette.ColorRole.Window, Qt.GlobalColor.darkRed if dark else Qt.GlobalColor.yellow
            )
            self.banner.setPalette(palette)
            self.banner.show()
        elif grid is not None and grid.read_only:
            self.banner.setText(tr("MonthlyView", "Du har läsbehörighet: siffrorna kan inte ändras."))
            self.banner.setPalette(self.palette())
            self.banner.show()
        elif grid is not None and grid.editable_units is not None:
            self.banner.setText(
                tr("MonthlyView", "Du kan ändra siffrorna för din egen enhets kunder och bemanning.")
            )
            self.banner.setPalette(self.palette())
            self.banner.show()
        else:
            self.banner.hide()

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.show()

    # -- actions -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save every change of the month in one transaction; True when saved (or nothing to save)."""
        if not self.is_dirty:
            return True
        hours = {}
        if isinstance(self._service, int) and self.hours_page.model.is_dirty:
            hours[self._service] = self.hours_page.model.changes()
        try:
            self._entry.save_month(
                self.year,
                self.month,
                volumes=self.volumes_page.model.changes(),
                staffing=self.staffing_page.model.changes(),
                hours=hours,
            )
        except Exception as exc:
            self.show_problem(messages.error_text(exc)[0])
            reload = self.reload if isinstance(exc, ConflictError) else None
            messages.show_error(
                self, QCoreApplication.translate("MonthlyView", "Kan inte spara"), exc, reload=reload
            )
            return False
        self.reload()
        self.status_label.setText(QCoreApplication.translate("MonthlyView", "Sparat."))
        return True

    def discard(self) -> None:
        for page in self.pages():
            page.model.discard()
        self.problem_label.hide()
        self._update_state()

    def lock_month(self) -> None:
        tr = QCoreApplication.translate
        if not self._may_leave():
            return
        reason = ask_reason(
            self,
            tr("MonthlyView", "Lås {month}").format(month=self.label),
            tr("MonthlyView", "Anledning (t.ex. ”Rapporterad till servicenämnden 2010-04-12”):"),
        )
        if reason is None:
            return
        try:
            self._locks.lock(self.year, self.month, reason)
        except Exception as exc:
            messages.show_error(self, tr("MonthlyView", "Kan inte låsa månaden"), exc)
        self.reload()

    def unlock_month(self) -> None:
        tr = QCoreApplication.translate
        reason = ask_reason(
            self,
            tr("MonthlyView", "Lås upp {month}").format(month=self.label),
            tr("MonthlyView", "Varför ska de rapporterade siffrorna ändras?"),
        )
        if reason is None:
            return
        try:
            self._locks.unlock(self.year, self.month, reason)
        except Exception as exc:
            messages.show_error(self, tr("MonthlyView", "Kan inte låsa upp månaden"), exc)
        self.reload()

    def open_import(self) -> None:
        from ekadm_desktop.ui.volumes.import_dialog import VolumeImportDialog

        if not self._may_leave():
            return
        dialog = VolumeImportDialog(self, self._context, year=self.year)
        try:
            dialog.exec()
            imported = dialog.result_value
        finally:
            dialog.deleteLater()
        if imported is not None:
            first = imported.months[0] if imported.months else (self.year, self.month)
            if first != (self.year, self.month):
                self.year, self.month = first
                self._show_month_controls()
            self.reload()

    def open_history(self) -> None:
        from ekadm_desktop.ui.volumes.history_dialog import ImportHistoryDialog

        dialog = ImportHistoryDialog(self, self._import.history())
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def may_leave(self) -> bool:
        """Asked by the main window before another area is shown or the window closes."""
        if not self.is_dirty:
            return True
        answer = ask_unsaved(self, self.label, can_cancel=True)
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.discard()
            return True
        return False
