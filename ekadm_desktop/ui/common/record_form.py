"""A dialog generated from field specs (``services.admin.Field``) to create or change one record.

The dialog does not validate: "Spara" hands the values to a save function (a service call) and
stays open on a ``ValidationError``, with the named field focused, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.errors import ConflictError, NotFound, ValidationError
from ekadm_desktop.services.fields import NBSP, Choice, Field, FieldKind, format_decimal
from ekadm_desktop.ui.common import messages

Getter = Callable[[], object]
INT_LIMIT = 2_147_483_647
NUMBER_PATTERN = r"^\s*-?[\d\s\u00a0\u202f]*([.,]\d*)?\s*$"


class DateField(QWidget):
    """A date with a calendar popup; an optional date also has "Inget datum"."""

    def __init__(self, value: date | None, *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.none_check = QCheckBox(QCoreApplication.translate("DateField", "Inget datum"))
        self.none_check.setVisible(optional)
        self.none_check.toggled.connect(lambda empty: self.date_edit.setEnabled(not empty))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.none_check)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        shown = value or date.today()
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.none_check.setChecked(value is None and self.none_check.isVisibleTo(self))

    def value(self) -> date | None:
        if self.none_check.isChecked():
            return None
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())


class CheckList(QWidget):
    """A list of checkable choices with "Alla" and "Inga" buttons (a MULTI_REF field)."""

    def __init__(
        self, choices: Sequence[Choice], checked: frozenset[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMinimumHeight(180)
        for choice in choices:
            if not choice.active and choice.id not in checked:
                continue
            label = (
                choice.label
                if choice.active
                else QCoreApplication.translate("CheckList", "{label} (inaktiv)").format(label=choice.label)
            )
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in checked else Qt.CheckState.Unchecked)
        all_button = QPushButton(QCoreApplication.translate("CheckList", "Alla"))
        all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        none_button = QPushButton(QCoreApplication.translate("CheckList", "Inga"))
        none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        buttons = QVBoxLayout()
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def value(self) -> frozenset[int]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return frozenset(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )


class RecordFormDialog(QDialog):
    """``save(values)`` is called on "Spara"; its result is kept in ``saved``. After a conflict the
    user may choose "Läs in igen": the dialog then closes with ``reload_requested`` set."""

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        values: Mapping[str, object],
        choices: Callable[[str], list[Choice]],
        save: Callable[[dict[str, object]], object],
        *,
        editing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        wide = any(f.kind is FieldKind.MULTI_REF for f in fields)
        self.setMinimumWidth(680 if wide else 520)
        self._save = save
        self._choices = choices
        self._editing = editing
        self._widgets: dict[str, QWidget] = {}
        self._getters: dict[str, Getter] = {}
        self.saved: object = None
        self.reload_requested = False

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            widget, getter = self._editor(f, values.get(f.name))
            widget.setObjectName(f.name)
            widget.setAccessibleName(f.label)
            self._widgets[f.name] = widget
            self._getters[f.name] = getter
            if f.kind is FieldKind.BOOL:
                form.addRow("", widget)
            else:
                label = QLabel(
                    QCoreApplication.translate("RecordFormDialog", "{label}:").format(label=f.label)
                )
                label.setBuddy(widget)
                form.addRow(label, widget)
            if f.help:
                form.addRow("", self._hint(f.help))

        buttons = QDialogButtonBox()
        save_button = buttons.addButton(
            QCoreApplication.translate("RecordFormDialog", "Spara"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save_button.setDefault(True)
        buttons.addButton(
            QCoreApplication.translate("RecordFormDialog", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        palette = hint.palette()
        color = palette.color(QPalette.ColorRole.WindowText)
        color.setAlphaF(0.7)  # a dimmed hint, still readable (disabled text is too faint)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        hint.setPalette(palette)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        hint.setFont(font)
        return hint

    # -- the editors -----------------------------------------------------------------------------
    def _editor(self, f: Field, value: object) -> tuple[QWidget, Getter]:
        if f.kind is FieldKind.TEXT and f.multiline:
            plain = QPlainTextEdit(str(value or ""))
            plain.setTabChangesFocus(True)
            plain.setFixedHeight(plain.fontMetrics().lineSpacing() * 4 + 12)
            return plain, lambda: plain.toPlainText()
        if f.kind is FieldKind.TEXT:
            line = QLineEdit(str(value or ""))
            if f.max_length:
                line.setMaxLength(f.max_length)
            if f.fixed_after_create and self._editing:
                line.setReadOnly(True)
                line.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                palette = line.palette()
                palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
                line.setPalette(palette)  # looks like a value, not like an input
            return line, line.text
        if f.kind is FieldKind.INT:
            spin = QSpinBox()
            spin.setRange(f.minimum if f.minimum is not None else -INT_LIMIT, f.maximum or INT_LIMIT)
            spin.setValue(value if isinstance(value, int) else spin.minimum())
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMaximumWidth(140)
            return spin, spin.value
        if f.kind is FieldKind.DECIMAL:
            return self._decimal_editor(f, value)
        if f.kind is FieldKind.BOOL:
            check = QCheckBox(f.label)
            check.setChecked(bool(value))
            return check, check.isChecked
        if f.kind is FieldKind.DATE:
            dates = DateField(value if isinstance(value, date) else None, optional=not f.required)
            return dates, dates.value
        if f.kind is FieldKind.MULTI_REF:
            checked = value if isinstance(value, frozenset) else frozenset()
            check_list = CheckList(self._choices(f.ref), checked)
            return check_list, check_list.value
        if f.kind is FieldKind.REF:
            options = [
                (
                    c.id,
                    c.label
                    if c.active
                    else QCoreApplication.translate("RecordFormDialog", "{label} (inaktiv)").format(
                        label=c.label
                    ),
                )
                for c in self._choices(f.ref)
                if c.active or c.id == value
            ]
            return self._combo(f, value, options)
        return self._combo(f, value, [(o.value, o.label) for o in f.options])

    def _decimal_editor(self, f: Field, value: object) -> tuple[QWidget, Getter]:
        text = ""
        if isinstance(value, Decimal):
            text = format_decimal(value, min_decimals=f.min_decimals, max_decimals=f.decimals).replace(
                NBSP, ""
            )
        line = QLineEdit(text)
        line.setValidator(QRegularExpressionValidator(QRegularExpression(NUMBER_PATTERN), line))
        line.setAlignment(Qt.AlignmentFlag.AlignRight)
        line.setMaximumWidth(180)
        line.setPlaceholderText(
            QCoreApplication.translate("RecordFormDialog", "t.ex. 4 300,50")
            if f.decimals
            else QCoreApplication.translate("RecordFormDialog", "t.ex. 4 300")
        )
        return line, line.text

    def _combo(
        self, f: Field, value: object, options: Sequence[tuple[object, str]]
    ) -> tuple[QWidget, Getter]:
        combo = QComboBox()
        combo.setMaxVisibleItems(20)
        values: list[object] = []
        if not f.required:
            combo.addItem(QCoreApplication.translate("RecordFormDialog", "(inget valt)"))
            values.append(None)
        for option_value, label in options:
            combo.addItem(label)
            values.append(option_value)
        combo.setPlaceholderText(QCoreApplication.translate("RecordFormDialog", "Välj…"))
        combo.setCurrentIndex(values.index(value) if value in values else -1)
        return combo, lambda: values[combo.currentIndex()] if combo.currentIndex() >= 0 else None

    # -- use --------------------------------------------------------------------------------------
    def widget(self, name: str) -> QWidget:
        """The input of field ``name`` (a QLineEdit, QSpinBox, QComboBox, ...)."""
        return self._widgets[name]

    def values(self) -> dict[str, object]:
        return {name: getter() for name, getter in self._getters.items()}

    def accept(self) -> None:
        title = QCoreApplication.translate("RecordFormDialog", "Kan inte spara")
        try:
            self.saved = self._save(self.values())
        except ValidationError as exc:
            messages.show_error(self, title, exc)
            self._focus(exc.field)
            return
        except (ConflictError, NotFound) as exc:
            messages.show_error(self, title, exc, reload=self._reload)
            return
        except Exception as exc:  # shown, never lost: an unexpected one is logged as a bug
            messages.show_error(self, title, exc)
            return
        super().accept()

    def _reload(self) -> None:
        self.reload_requested = True
        self.reject()

    def _focus(self, name: str) -> None:
        widget = self._widgets.get(name)
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
