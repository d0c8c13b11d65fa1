"""When a save meets a record someone else saved meanwhile: show what each side changed, and let
the user read the other version, overwrite it with their own changes, or go back to editing.

Only the fields that differ from the version the user opened are listed. A field both changed,
to different values, is a real clash and is marked (colour, a sign and bold text, so it does
not depend on seeing colour).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ekadm_desktop.services.fields import format_decimal

EMPTY_TEXT = "–"
CLASH_MARK = "⚠"
CLASH_BACKGROUND = QColor(255, 232, 186)  # a soft amber; the text on it is set dark
CLASH_TEXT = QColor(40, 30, 0)


class ConflictChoice(enum.Enum):
    RELOAD = "reload"  # read their version into the form; mine is discarded
    OVERWRITE = "overwrite"  # save my changes over their version
    CANCEL = "cancel"  # back to editing, nothing decided


def value_text(value: object) -> str:
    """A field value as the user reads it ("–" for none)."""
    if value is None:
        return EMPTY_TEXT
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictDialog", "Ja")
            if value
            else QCoreApplication.translate("ConflictDialog", "Nej")
        )
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, Decimal) and value.is_finite():
        return format_decimal(value, max_decimals=max(-int(value.as_tuple().exponent), 0))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(str(v) for v in value)) or EMPTY_TEXT
    text = " ".join(str(value).split())
    return text or EMPTY_TEXT


@dataclass(frozen=True)
class ConflictRow:
    name: str
    label: str
    original: str  # as the user opened it
    mine: str  # in the user's form
    theirs: str  # as saved by the other user

    @property
    def mine_changed(self) -> bool:
        return self.mine != self.original

    @property
    def theirs_changed(self) -> bool:
        return self.theirs != self.original

    @property
    def clash(self) -> bool:
        """Both changed the field, to different values."""
        return self.mine_changed and self.theirs_changed and self.mine != self.theirs


def conflict_rows(
    fields: Sequence[tuple[str, str]],
    original: Mapping[str, object],
    mine: Mapping[str, object],
    theirs: Mapping[str, object],
) -> list[ConflictRow]:
    """The fields that either side changed, in the order of ``fields``."""
    rows = []
    for name, label in fields:
        row = ConflictRow(
            name,
            label,
            value_text(original.get(name)),
            value_text(mine.get(name)),
            value_text(theirs.get(name)),
        )
        if row.mine_changed or row.theirs_changed:
            rows.append(row)
    return rows


class ConflictDialog(QDialog):
    """``exec()`` then read ``choice`` (or call ``ask()``). ``changed_by``/``changed_at`` say who
    saved the other version and when, if known."""

    def __init__(
        self,
        parent: QWidget | None,
        fields: Sequence[tuple[str, str]],
        original: Mapping[str, object],
        mine: Mapping[str, object],
        theirs: Mapping[str, object],
        *,
        changed_by: str = "",
        changed_at: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Posten har ändrats av någon annan"))
        self.choice = ConflictChoice.CANCEL
        self.rows = conflict_rows(fields, original, mine, theirs)
        self.clashes = [row for row in self.rows if row.clash]

        intro = QLabel(self._intro_text(changed_by, changed_at))
        intro.setWordWrap(True)
        intro.setObjectName("introLabel")

        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("conflictTable")
        theirs_title = QCoreApplication.translate("ConflictDialog", "Sparat av någon annan")
        if changed_by:
            theirs_title = QCoreApplication.translate("ConflictDialog", "Sparat av {who}").format(
                who=changed_by
            )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConflictDialog", "Fält"),
                QCoreApplication.translate("ConflictDialog", "Mitt värde"),
                theirs_title,
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for number, row in enumerate(self.rows):
            self._fill_row(number, row)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.rows))
        # As tall as its rows (scrolling beyond a dozen), so the notes follow right below.
        rows_height = sum(self.table.rowHeight(r) for r in range(min(len(self.rows), 12)))
        frame = 2 * self.table.frameWidth()
        self.table.setMaximumHeight(header.sizeHint().height() + rows_height + frame)

        notes = []
        if self.clashes:
            notes.append(
                QCoreApplication.translate(
                    "ConflictDialog", "{mark} Ni har båda ändrat fältet, till olika värden."
                ).format(mark=CLASH_MARK)
            )
        if not self.rows:
            notes.append(
                QCoreApplication.translate(
                    "ConflictDialog",
                    "Inget av fälten här skiljer sig; den andra ändringen gällde något annat i posten.",
                )
            )
        notes.append(
            QCoreApplication.translate(
                "ConflictDialog",
                "”Skriv över med mitt” sparar dina ändringar; fält som bara den andra har ändrat "
                "behåller sitt nya värde. ”Läs in deras version” ersätter det du har skrivit "
                "med det som sparats.",
            )
        )
        self.note = QLabel("\n".join(notes))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setObjectName("noteLabel")

        buttons = QDialogButtonBox()
        self.reload_button = self._button(
            buttons,
            QCoreApplication.translate("ConflictDialog", "Läs in deras version"),
            QDialogButtonBox.ButtonRole.ActionRole,
            ConflictChoice.RELOAD,
        )
        self.overwrite_button = self._button(
            buttons,
            QCoreApplication.translate("ConflictDialog", "Skriv över med mitt"),
            QDialogButtonBox.ButtonRole.ActionRole,
            ConflictChoice.OVERWRITE,
        )
        self.cancel_button = self._button(
            buttons,
            QCoreApplication.translate("ConflictDialog", "Avbryt"),
            QDialogButtonBox.ButtonRole.RejectRole,
            ConflictChoice.CANCEL,
        )
        self.cancel_button.setToolTip(
            QCoreApplication.translate("ConflictDialog", "Tillbaka till formuläret utan att spara")
        )
        self.cancel_button.setDefault(True)  # Enter decides nothing: each way loses something

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(680, self.sizeHint().height())

    # -- building ---------------------------------------------------------------------------------
    @staticmethod
    def _intro_text(changed_by: str, changed_at: datetime | None) -> str:
        if changed_by and changed_at is not None:
            return QCoreApplication.translate(
                "ConflictDialog",
                "{who} sparade posten {when}, medan du hade den öppen. Så här skiljer sig era ändringar:",
            ).format(who=changed_by, when=changed_at.strftime("%Y-%m-%d %H:%M"))
        if changed_by:
            return QCoreApplication.translate(
                "ConflictDialog",
                "{who} har sparat posten medan du hade den öppen. Så här skiljer sig era ändringar:",
            ).format(who=changed_by)
        return QCoreApplication.translate(
            "ConflictDialog",
            "Någon annan har sparat posten medan du hade den öppen. Så här skiljer sig era ändringar:",
        )

    def _fill_row(self, number: int, row: ConflictRow) -> None:
        label = f"{CLASH_MARK} {row.label}" if row.clash else row.label
        cells = [
            QTableWidgetItem(label),
            QTableWidgetItem(row.mine),
            QTableWidgetItem(row.theirs),
        ]
        before = QCoreApplication.translate("ConflictDialog", "När du öppnade posten: {value}").format(
            value=row.original
        )
        unchanged = QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column, (cell, changed) in enumerate(
            zip(cells, (True, row.mine_changed, row.theirs_changed), strict=True)
        ):
            if column and not changed:
                cell.setForeground(unchanged)
                cell.setToolTip(
                    QCoreApplication.translate("ConflictDialog", "Oförändrat. {before}").format(before=before)
                )
            elif column:
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
                cell.setToolTip(before)
            if row.clash:
                cell.setBackground(QBrush(CLASH_BACKGROUND))
                cell.setForeground(QBrush(CLASH_TEXT))
            self.table.setItem(number, column, cell)
        if row.clash:
            cells[0].setToolTip(
                QCoreApplication.translate("ConflictDialog", "Ni har båda ändrat fältet. {before}").format(
                    before=before
                )
            )

    def _button(
        self, box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole, choice: ConflictChoice
    ) -> QPushButton:
        button = box.addButton(text, role)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: self.choose(choice))
        return button

    # -- use ----------------------------------------------------------------------------------------
    def choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.done(
            QDialog.DialogCode.Rejected.value
            if choice is ConflictChoice.CANCEL
            else QDialog.DialogCode.Accepted.value
        )

    def reject(self) -> None:  # Escape and the window's close button: back to editing
        self.choice = ConflictChoice.CANCEL
        super().reject()

    def ask(self) -> ConflictChoice:
        self.exec()
        return self.choice
