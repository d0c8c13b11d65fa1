"""The customer page (kundsida): one customer's whole picture on one page.

At the top a customer picker (type to filter by code or name; ◀ ▶ or Ctrl+PgUp/Ctrl+PgDn step
through the customers) and a year; below, the sections of ``sections.CUSTOMER_SECTIONS`` stacked
under their headings in a scroll area. The page knows nothing of any section: choosing a
customer or a year calls ``show_customer(customer_id, year)`` on each of them.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.services.customers import CustomerChoice
from ekadm_desktop.services.fields import YEAR_MAX, YEAR_MIN
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers import sections as registry

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole


class CustomerPage(QWidget):
    customer_changed = Signal(int)  # the id of the customer now shown

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPage")
        self._context = context
        self._customers: list[CustomerChoice] = []
        self._loaded = False
        self._pending_id: int | None = None  # asked for before the customer list was read
        self._shown_id: int | None = None
        self._was_shown = False

        # -- the picker ------------------------------------------------------------------------
        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("customerPicker")
        self.customer_combo.setEditable(True)
        self.customer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_combo.setMaxVisibleItems(20)
        self.customer_combo.setMinimumContentsLength(40)
        self.customer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.customer_combo.setAccessibleName(self.tr("Kund"))
        self.customer_combo.setToolTip(self.tr("Skriv en del av kundens kod eller namn för att söka"))
        line_edit = self.customer_combo.lineEdit()
        assert line_edit is not None  # the combo is editable
        line_edit.setPlaceholderText(self.tr("Sök kund på kod eller namn…"))
        completer = QCompleter(self.customer_combo.model(), self.customer_combo)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(15)
        self.customer_combo.setCompleter(completer)
        self.customer_combo.currentIndexChanged.connect(self._customer_index_changed)
        line_edit.editingFinished.connect(self._typing_finished)
        customer_label = QLabel(self.tr("&Kund:"))
        customer_label.setBuddy(self.customer_combo)

        self.previous_action = QAction(self.tr("Föregående kund"), self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda _checked=False: self.step(-1))
        self.next_action = QAction(self.tr("Nästa kund"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda _checked=False: self.step(1))
        self.previous_button = self._step_button(
            self.previous_action, Qt.ArrowType.LeftArrow, "previousCustomer"
        )
        self.next_button = self._step_button(self.next_action, Qt.ArrowType.RightArrow, "nextCustomer")

        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(YEAR_MIN, YEAR_MAX)
        self.year_spin.setKeyboardTracking(False)  # typing "2010" loads 2010, not 2, 20 and 201 first
        self.year_spin.setAccessibleName(self.tr("År"))
        self.year_spin.setToolTip(self.tr("Året för serviceavtal och tilläggsöverenskommelser"))
        self.year_spin.valueChanged.connect(lambda _year: self._show_sections())
        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year_spin)

        self.refresh_action = QAction(self.tr("Läs in igen"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        for action in (self.previous_action, self.next_action, self.refresh_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        top = QHBoxLayout()
        top.addWidget(customer_label)
        top.addWidget(self.previous_button)
        top.addWidget(self.customer_combo, 1)
        top.addWidget(self.next_button)
        top.addSpacing(24)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addStretch(1)

        # -- who is shown ------------------------------------------------------------------------
        self.name_label = QLabel()
        self.name_label.setObjectName("customerName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_font = QFont(self.name_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.inactive_label = QLabel(self.tr("Inaktiv kund"))
        self.inactive_label.setObjectName("inactiveCustomer")
        self.inactive_label.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        self.inactive_label.hide()
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("customerSubtitle")
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addSpacing(12)
        name_row.addWidget(self.inactive_label)
        name_row.addStretch(1)
        header = QVBoxLayout()
        header.setContentsMargins(12, 10, 12, 4)
        header.setSpacing(2)
        header.addLayout(name_row)
        header.addWidget(self.subtitle_label)

        # -- the sections ----------------------------------------------------------------------
        self._sections: dict[str, QWidget] = {}
        self._views: list[registry.CustomerSectionView] = []
        self._headings: dict[str, QLabel] = {}
        self.scroll_area = QScrollArea()
        content = QWidget()
        content.setObjectName("customerSections")
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(6)
        for index, section in enumerate(registry.sections_for(context.services.user)):
            if index:
                column.addSpacing(18)
            heading = self._heading(section.translated_title(), f"heading_{section.key}")
            widget = section.create(context, content)
            widget.setObjectName(f"section_{section.key}")
            column.addWidget(heading)
            column.addWidget(self._rule())
            column.addWidget(widget)
            self._headings[section.key] = heading
            self._sections[section.key] = widget
            self._views.append(cast(registry.CustomerSectionView, widget))
        column.addStretch(1)
        self.scroll_area.setObjectName("customerScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.empty_label, 1)
        self._update_navigation()
        self.refresh()

    # -- construction helpers --------------------------------------------------------------------
    def _step_button(self, action: QAction, arrow: Qt.ArrowType, name: str) -> QToolButton:
        action.setToolTip(
            QCoreApplication.translate("CustomerPage", "{action} ({key})").format(
                action=action.text(), key=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setArrowType(arrow)
        button.setAutoRaise(False)
        return button

    @staticmethod
    def _heading(text: str, name: str) -> QLabel:
        heading = QLabel(text)
        heading.setObjectName(name)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        return heading

    @staticmethod
    def _rule() -> QFrame:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        rule.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return rule

    # -- public ------------------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        """Show ``customer_id`` (for other views jumping here); shown again if it already is."""
        if not self._loaded:
            self._pending_id = customer_id
            return
        row = self.customer_combo.findData(customer_id, CUSTOMER_ID_ROLE)
        if row < 0:  # perhaps added since the list was read
            self._pending_id = customer_id
            self.refresh()
            return
        if row == self.customer_combo.currentIndex():
            self._show_sections()
        else:
            self.customer_combo.setCurrentIndex(row)

    def current_customer_id(self) -> int | None:
        data = self.customer_combo.currentData(CUSTOMER_ID_ROLE)
        return data if isinstance(data, int) else None

    def year(self) -> int:
        return self.year_spin.value()

    def set_year(self, year: int) -> None:
        self.year_spin.setValue(year)

    def section(self, key: str) -> QWidget:
        return self._sections[key]

    def section_keys(self) -> list[str]:
        return list(self._sections)

    def heading(self, key: str) -> QLabel:
        return self._headings[key]

    def step(self, delta: int) -> None:
        """Show the customer ``delta`` places away in the list (no wrapping at the ends)."""
        count = self.customer_combo.count()
        if not count:
            return
        row = min(max(self.customer_combo.currentIndex() + delta, 0), count - 1)
        if row != self.customer_combo.currentIndex():
            self.customer_combo.setCurrentIndex(row)

    def refresh(self) -> None:
        """Read the customer list again and show the current customer anew."""
        service = self._context.services.customers
        first_load = not self._loaded

        def work(_progress: object) -> tuple[list[CustomerChoice], int | None]:
            return service.customers(), service.latest_year() if first_load else None

        def failed(exc: BaseException) -> None:
            messages.show_error(self, self.tr("Kan inte läsa in kunderna"), exc)

        self._context.tasks.run(
            self.tr("Läser in kunderna"), work, self._customers_loaded, failed, show_progress=False
        )

    # -- loading -----------------------------------------------------------------------------------
    def _customers_loaded(self, result: tuple[list[CustomerChoice], int | None]) -> None:
        customers, latest_year = result
        keep = self._pending_id if self._pending_id is not None else self.current_customer_id()
        self._pending_id = None
        self._customers = customers
        combo = self.customer_combo
        combo.blockSignals(True)
        self.year_spin.blockSignals(True)
        try:
            if latest_year is not None:
                self.year_spin.setValue(latest_year)
            combo.clear()
            dimmed = QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for choice in customers:
                text = (
                    choice.label if choice.active else self.tr("{label} (inaktiv)").format(label=choice.label)
                )
                combo.addItem(text, choice.id)
                row = combo.count() - 1
                combo.setItemData(
                    row, f"{choice.kind_label} · {choice.unit_name}", Qt.ItemDataRole.ToolTipRole
                )
                if not choice.active:
                    combo.setItemData(row, dimmed, Qt.ItemDataRole.ForegroundRole)
            row = combo.findData(keep, CUSTOMER_ID_ROLE) if keep is not None else -1
            combo.setCurrentIndex(row if row >= 0 else (0 if customers else -1))
        finally:
            combo.blockSignals(False)
            self.year_spin.blockSignals(False)
        self._loaded = True
        has_customers = bool(customers)
        self.scroll_area.setVisible(has_customers)
        self.empty_label.setVisible(not has_customers)
        if not has_customers:
            self.empty_label.setText(
                self.tr(
                    "Det finns inga kunder i databasen. En administratör lägger till dem under Administration."
                )
            )
        self._show_sections()

    def _customer_index_changed(self, _row: int) -> None:
        self._show_sections()

    def _show_sections(self) -> None:
        self._update_navigation()
        customer_id = self.current_customer_id()
        if customer_id is None:
            return
        year = self.year_spin.value()
        self._show_title(customer_id)
        for view in self._views:
            view.show_customer(customer_id, year)
        if customer_id != self._shown_id:
            self._shown_id = customer_id
            self.scroll_area.verticalScrollBar().setValue(0)
            self.customer_changed.emit(customer_id)

    def _show_title(self, customer_id: int) -> None:
        choice = next((c for c in self._customers if c.id == customer_id), None)
        if choice is None:
            return
        self.name_label.setText(choice.name)
        self.inactive_label.setVisible(not choice.active)
        self.subtitle_label.setText(
            self.tr("{code} · {kind} · ansvarig enhet: {unit}").format(
                code=choice.code, kind=choice.kind_label, unit=choice.unit_name
            )
        )

    def _update_navigation(self) -> None:
        row, count = self.customer_combo.currentIndex(), self.customer_combo.count()
        self.previous_action.setEnabled(row > 0)
        self.next_action.setEnabled(0 <= row < count - 1)
        self.customer_combo.setEnabled(count > 0)
        self.year_spin.setEnabled(count > 0)

    def _typing_finished(self) -> None:
        """After typing in the picker: take a unique match, else put back the current customer."""
        combo = self.customer_combo
        typed = combo.currentText().strip().casefold()
        current = combo.currentIndex()
        if current >= 0 and typed == combo.itemText(current).casefold():
            return
        matches = [row for row in range(combo.count()) if typed and typed in combo.itemText(row).casefold()]
        exact = [row for row in matches if combo.itemText(row).casefold() == typed]
        chosen = exact or (matches if len(matches) == 1 else [])
        if chosen:
            combo.setCurrentIndex(chosen[0])
        if combo.currentIndex() >= 0:
            combo.setEditText(combo.itemText(combo.currentIndex()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first_show, self._was_shown = not self._was_shown, True
        if self._loaded and not first_show and not event.spontaneous():
            self._show_sections()  # back from another area: the log may have changed there
