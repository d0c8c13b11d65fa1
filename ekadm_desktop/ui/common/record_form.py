"""A dialog generated from field specs (``services.admin.Field``) to create or change one record.

The dialog does not validate: "Spara" hands the values to a save function (a service call) and
stays open on a ``ValidationError``, with the named field focused, so nothing typed is lost.
When someone else saved the record meanwhile (``ConflictError``) and the caller said how to read
the current record, a ``ConflictDialog`` shows what each side changed and lets the user read
their version or save over it; nothing is lost without the user seeing it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

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
from ekadm_desktop.services.fields import NBSP, Choice, Field, FieldKind, Record, format_decimal
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.conflict_dialog import ConflictChoice, ConflictDialog, value_text

log = logging.getLogger(__name__)
Getter = Callable[[], object]
Setter = Callable[[object], None]
LastChange = Callable[[], tuple[str, datetime | None] | None]  # who saved last, and when
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
        self._choices = list(choices)
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

    def set_value(self, checked: frozenset[int]) -> None:
        """Check exactly ``checked``; an inactive choice not listed yet is added."""
        listed = {int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())}
        for choice in self._choices:
            if choice.id in checked and choice.id not in listed:
                label = QCoreApplication.translate("CheckList", "{label} (inaktiv)").format(
                    label=choice.label
                )
                item = QListWidgetItem(label, self.list)
                item.setData(Qt.ItemDataRole.UserRole, choice.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in checked
                else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def value(self) -> frozenset[int]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return frozenset(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )


class RecordFormDialog(QDialog):
    """``save(values)`` is called on "Spara"; its result is kept in ``saved``.

    When the save meets a change by someone else (``ConflictError``):

    * with ``load_current`` (reads the record as saved now) and ``save_against`` (saves values
      against a given version), a ``ConflictDialog`` compares the versions. "Läs in deras
      version" refills the form with the current record; "Skriv över med mitt" saves the user's
      changes over it, keeping the fields only the other changed. ``last_change`` may say who
      saved last and when;
    * without them, the error is shown with "Läs in igen", which closes the dialog.

    ``reload_requested`` is set whenever the caller's copy of the record is out of date.
    """

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
        load_current: Callable[[], Record] | None = None,
        save_against: Callable[[dict[str, object], int], object] | None = None,
        last_change: LastChange | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        wide = any(f.kind is FieldKind.MULTI_REF for f in fields)
        self.setMinimumWidth(680 if wide else 520)
        self._save = save
        self._choices = choices
        self._editing = editing
        self._fields = list(fields)
        self._load_current = load_current
        self._save_against = save_against
        self._last_change = last_change
        self._original: dict[str, object] = {f.name: values.get(f.name) for f in fields}
        self._version: int | None = None  # set once the form is based on a re-read record
        self._widgets: dict[str, QWidget] = {}
        self._getters: dict[str, Getter] = {}
        self._setters: dict[str, Setter] = {}
        self.saved: object = None
        self.reload_requested = False

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            widget, getter, setter = self._editor(f, values.get(f.name))
            widget.setObjectName(f.name)
            widget.setAccessibleName(f.label)
            self._widgets[f.name] = widget
            self._getters[f.name] = getter
            self._setters[f.name] = setter
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
    def _editor(self, f: Field, value: object) -> tuple[QWidget, Getter, Setter]:
        if f.kind is FieldKind.TEXT and f.multiline:
            plain = QPlainTextEdit(str(value or ""))
            plain.setTabChangesFocus(True)
            plain.setFixedHeight(plain.fontMetrics().lineSpacing() * 4 + 12)
            return plain, lambda: plain.toPlainText(), lambda v: plain.setPlainText(str(v or ""))
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
            return line, line.text, lambda v: line.setText(str(v or ""))
        if f.kind is FieldKind.INT:
            spin = QSpinBox()
            spin.setRange(f.minimum if f.minimum is not None else -INT_LIMIT, f.maximum or INT_LIMIT)
            spin.setValue(value if isinstance(value, int) else spin.minimum())
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMaximumWidth(140)
            return spin, spin.value, lambda v: spin.setValue(v if isinstance(v, int) else spin.minimum())
        if f.kind is FieldKind.DECIMAL:
            return self._decimal_editor(f, value)
        if f.kind is FieldKind.BOOL:
            check = QCheckBox(f.label)
            check.setChecked(bool(value))
            return check, check.isChecked, lambda v: check.setChecked(bool(v))
        if f.kind is FieldKind.DATE:
            dates = DateField(value if isinstance(value, date) else None, optional=not f.required)
            return dates, dates.value, lambda v: dates.set_value(v if isinstance(v, date) else None)
        if f.kind is FieldKind.MULTI_REF:
            checked = value if isinstance(value, frozenset) else frozenset()
            check_list = CheckList(self._choices(f.ref), checked)
            return (
                check_list,
                check_list.value,
                lambda v: check_list.set_value(v if isinstance(v, frozenset) else frozenset()),
            )
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

    def _decimal_editor(self, f: Field, value: object) -> tuple[QWidget, Getter, Setter]:
        def text_of(value: object) -> str:
            if isinstance(value, Decimal):
                return format_decimal(value, min_decimals=f.min_decimals, max_decimals=f.decimals).replace(
                    NBSP, ""
                )
            return ""

        line = QLineEdit(text_of(value))
        line.setValidator(QRegularExpressionValidator(QRegularExpression(NUMBER_PATTERN), line))
        line.setAlignment(Qt.AlignmentFlag.AlignRight)
        line.setMaximumWidth(180)
        line.setPlaceholderText(
            QCoreApplication.translate("RecordFormDialog", "t.ex. 4 300,50")
            if f.decimals
            else QCoreApplication.translate("RecordFormDialog", "t.ex. 4 300")
        )
        return line, line.text, lambda v: line.setText(text_of(v))

    def _combo(
        self, f: Field, value: object, options: Sequence[tuple[object, str]]
    ) -> tuple[QWidget, Getter, Setter]:
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

        def set_value(new: object) -> None:
            if new not in values and f.kind is FieldKind.REF:  # e.g. an inactive one, not listed
                for c in self._choices(f.ref):
                    if c.id == new:
                        combo.addItem(
                            QCoreApplication.translate("RecordFormDialog", "{label} (inaktiv)").format(
                                label=c.label
                            )
                        )
                        values.append(new)
            combo.setCurrentIndex(values.index(new) if new in values else -1)

        return combo, lambda: values[combo.currentIndex()] if combo.currentIndex() >= 0 else None, set_value

    # -- use --------------------------------------------------------------------------------------
    def widget(self, name: str) -> QWidget:
        """The input of field ``name`` (a QLineEdit, QSpinBox, QComboBox, ...)."""
        return self._widgets[name]

    def values(self) -> dict[str, object]:
        return {name: getter() for name, getter in self._getters.items()}

    def set_values(self, values: Mapping[str, object]) -> None:
        """Put ``values`` into the inputs of the fields they name."""
        for name, value in values.items():
            setter = self._setters.get(name)
            if setter is not None:
                setter(value)

    @property
    def version(self) -> int | None:
        """The version the next save is made against, once the form was based on a re-read
        record; None while it is the caller's own."""
        return self._version

    def accept(self) -> None:
        title = QCoreApplication.translate("RecordFormDialog", "Kan inte spara")
        saved = self._try_save(title)
        while saved is None:  # a conflict: as long as others keep saving, compare with the newest
            saved = self._resolve_conflict(title)
        if saved:
            super().accept()

    def _try_save(self, title: str) -> bool | None:
        """True if saved, False if refused (the reason has been shown), None on a conflict the
        conflict dialog can resolve."""
        try:
            values = self.values()
            if self._version is None:
                self.saved = self._save(values)
            else:
                assert self._save_against is not None
                self.saved = self._save_against(values, self._version)
        except ValidationError as exc:
            messages.show_error(self, title, exc)
            self._focus(exc.field)
            return False
        except ConflictError as exc:
            if self._load_current is not None and self._save_against is not None:
                return None
            messages.show_error(self, title, exc, reload=self._reload)
            return False
        except NotFound as exc:
            messages.show_error(self, title, exc, reload=self._reload)
            return False
        except Exception as exc:  # shown, never lost: an unexpected one is logged as a bug
            messages.show_error(self, title, exc)
            return False
        return True

    def _resolve_conflict(self, title: str) -> bool | None:
        """Show what changed on both sides and do what the user chooses; as ``_try_save``."""
        assert self._load_current is not None
        try:
            current = self._load_current()
        except Exception as exc:  # NotFound when it was deleted: offer to read the list again
            messages.show_error(self, title, exc, reload=self._reload)
            return False
        mine = self.values()
        shown = _Shown(self._fields, self._choices)
        who, when = self._who_changed()
        dialog = ConflictDialog(
            self,
            [(f.name, f.label) for f in self._fields],
            shown.values(self._original),
            shown.values(mine),
            shown.values(current.values),
            changed_by=who,
            changed_at=when,
        )
        choice = dialog.ask()
        dialog.deleteLater()
        if choice is ConflictChoice.CANCEL:
            return False
        self.reload_requested = True  # the caller's copy is older than the record now
        if choice is ConflictChoice.RELOAD:
            self._rebase(current, current.values)
            return False
        merged = {
            f.name: mine[f.name]
            if shown.text(f, mine[f.name]) != shown.text(f, self._original.get(f.name))
            else current.values.get(f.name)
            for f in self._fields
        }
        self._rebase(current, merged)
        return self._try_save(title)

    def _rebase(self, current: Record, shown: Mapping[str, object]) -> None:
        """From now on the form edits ``current``: show ``shown`` and save against its version."""
        self.set_values(shown)
        self._original = {f.name: current.values.get(f.name) for f in self._fields}
        self._version = current.version

    def _who_changed(self) -> tuple[str, datetime | None]:
        if self._last_change is None:
            return "", None
        try:
            last = self._last_change()
        except Exception:  # only a detail of the message: never stop the user over it
            log.warning("could not read who changed the record", exc_info=True)
            return "", None
        return last if last is not None else ("", None)

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


class _Shown:
    """Field values as the user reads them (labels of choices and references, Swedish
    decimals), so that the form's raw input and the stored value compare as the user sees them."""

    def __init__(self, fields: Sequence[Field], choices: Callable[[str], list[Choice]]) -> None:
        self._fields = fields
        self._choices = choices
        self._labels: dict[str, dict[int, str]] = {}

    def values(self, values: Mapping[str, object]) -> dict[str, object]:
        return {f.name: self.shown(f, values.get(f.name)) for f in self._fields}

    def text(self, f: Field, value: object) -> str:
        return value_text(self.shown(f, value))

    def shown(self, f: Field, value: object) -> object:
        if value is None or value == "":
            return None
        if f.kind is FieldKind.TEXT:
            return str(value).strip()
        if f.kind is FieldKind.DECIMAL:
            return self._decimal(f, value)
        if f.kind is FieldKind.CHOICE:
            return next((o.label for o in f.options if o.value == value), value)
        if f.kind is FieldKind.REF:
            return self._labels_of(f.ref).get(value, value) if isinstance(value, int) else value
        if f.kind is FieldKind.MULTI_REF and isinstance(value, frozenset):
            labels = self._labels_of(f.ref)
            return ", ".join(label for key, label in labels.items() if key in value) or None
        return value

    def _decimal(self, f: Field, value: object) -> object:
        number = value
        if isinstance(value, str):
            cleaned = "".join(value.split()).replace("\u202f", "").replace(",", ".")
            try:
                number = Decimal(cleaned)
            except InvalidOperation:
                return value.strip()
        if not isinstance(number, Decimal) or not number.is_finite():
            return value
        exponent = number.normalize().as_tuple().exponent
        digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return format_decimal(number, min_decimals=f.min_decimals, max_decimals=max(f.decimals, digits))

    def _labels_of(self, key: str) -> dict[int, str]:
        if key not in self._labels:
            self._labels[key] = {c.id: c.label for c in self._choices(key)}
        return self._labels[key]
