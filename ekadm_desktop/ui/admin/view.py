"""The administration view: one tab per entity of ``AdminService``, each a list to maintain.

Everything about the entities (fields, labels, rules) comes from the service; this module only
turns them into columns and forms and calls the service. A tab loads when first shown. Each
record's history comes from the audit trail (``HistoryService``); a save that meets someone
else's change shows both versions (``ConflictDialog`` through the form).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from ekadm_desktop.progress import Progress
from ekadm_desktop.services.fields import Entity, Field, FieldKind, Record
from ekadm_desktop.services.history import HistoryEntry, entity_table
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.history_dialog import HistoryDialog
from ekadm_desktop.ui.common.list_page import ListPage
from ekadm_desktop.ui.common.record_form import RecordFormDialog
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, SortKey, sort_key_of
from ekadm_desktop.ui.context import ViewContext


def _text(name: str, record: Record) -> str:
    return record.text(name)


def _sort_key(name: str, record: Record) -> SortKey:
    return sort_key_of(record.value(name), record.text(name))


def _value(name: str, record: Record) -> object:
    """The typed value for export: a number, a date; a yes/no as its text."""
    value = record.value(name)
    return record.text(name) if isinstance(value, bool) else value


def _column(f: Field) -> Column[Record]:
    typed = f.is_numeric or f.kind in (FieldKind.DATE, FieldKind.BOOL)
    return Column(
        title=f.label,
        text=partial(_text, f.name),
        sort_key=partial(_sort_key, f.name) if typed else None,
        numeric=f.is_numeric,
        max_width=200 if f.multiline else 360,
        value=partial(_value, f.name) if typed else None,
    )


class EntityPage(ListPage[Record]):
    """The list of one entity, with its form dialog and delete."""

    def __init__(self, entity: Entity, context: ViewContext, parent: QWidget | None = None) -> None:
        model = RecordTableModel([_column(f) for f in entity.fields], dimmed=lambda r: not r.active)
        super().__init__(model, entity.count_text, parent)
        self.entity = entity
        self._context = context
        self._admin = context.services.admin
        self._history = context.services.history
        self._loaded = False
        self.setObjectName(f"page_{entity.key}")
        self.set_editable(self._admin.can_edit, deletable=entity.deletable)
        self.export_title = entity.title
        self.set_history_available(True)
        if not entity.deletable:
            self.delete_action.setToolTip(
                self.tr("{what} kan inte tas bort. Avmarkera ”Aktiv” i stället.").format(what=entity.title)
            )
        self.new_requested.connect(self.new_record)
        self.edit_requested.connect(self.edit_record)
        self.delete_requested.connect(self.delete_record)
        self.history_requested.connect(self.show_history)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Read the list again (in the background), keeping or moving the selection."""
        self._loaded = True
        current = self.current_record()
        keep = select_id if select_id is not None else (current.id if current else None)
        key = self.entity.key

        def work(_progress: Progress) -> list[Record]:
            return self._admin.list(key)

        def done(records: list[Record]) -> None:
            self.set_records(records, (lambda r: r.id == keep) if keep is not None else None)

        def failed(exc: BaseException) -> None:
            self._loaded = False
            messages.show_error(self, self.tr("Kan inte läsa in {what}").format(what=self.entity.plural), exc)

        self._context.tasks.run(
            self.tr("Läser in {what}").format(what=self.entity.plural),
            work,
            done,
            failed,
            show_progress=False,
        )

    # -- editing ---------------------------------------------------------------------------------
    def new_record(self) -> None:
        if not self._admin.can_edit:
            return
        title = self.tr("Nytt {what}") if self.entity.neuter else self.tr("Ny {what}")
        self._run_form(title.format(what=self.entity.singular), None)

    def edit_record(self) -> None:
        record = self.current_record()
        if record is None or not self._admin.can_edit:
            return
        title = self.tr("Ändra {what} – {title}").format(what=self.entity.singular, title=record.title)
        self._run_form(title, record)

    def _run_form(self, title: str, record: Record | None) -> None:
        key = self.entity.key
        record_id, version = (record.id, record.version) if record else (None, None)
        values = record.values if record else self._admin.new_values(key)

        def save(changed: dict[str, object]) -> Record:
            return self._admin.save(key, record_id, version, changed)

        def load_current() -> Record:
            assert record_id is not None
            return self._admin.get(key, record_id)

        def save_against(changed: dict[str, object], current_version: int) -> Record:
            return self._admin.save(key, record_id, current_version, changed)

        def last_change() -> tuple[str, datetime | None] | None:
            assert record_id is not None
            entry = self._history.last_change(entity_table(key), record_id)
            return (entry.who, entry.at) if entry is not None else None

        editing = record is not None
        dialog = RecordFormDialog(
            title,
            self.entity.fields,
            values,
            self._admin.choices,
            save,
            editing=editing,
            parent=self,
            load_current=load_current if editing else None,
            save_against=save_against if editing else None,
            last_change=last_change if editing else None,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, Record):
            self.refresh(select_id=dialog.saved.id)
        elif dialog.reload_requested:
            self.refresh()
        dialog.deleteLater()

    def show_history(self) -> None:
        """Who changed the selected record, when and what, from the audit trail."""
        record = self.current_record()
        if record is None:
            return
        entity, record_id = self.entity, record.id
        title = self.tr("Historik – {what} {title}").format(what=entity.singular, title=f"”{record.title}”")

        def work(_progress: Progress) -> list[HistoryEntry]:
            return self._history.entity_history(entity, record_id, self._admin.choices)

        def done(entries: list[HistoryEntry]) -> None:
            dialog = HistoryDialog(entries, title, self)
            dialog.exec()
            dialog.deleteLater()

        def failed(exc: BaseException) -> None:
            messages.show_error(self, self.tr("Kan inte visa historiken"), exc)

        self._context.tasks.run(self.tr("Läser in historiken"), work, done, failed, show_progress=False)

    def delete_record(self) -> None:
        record = self.current_record()
        if record is None or not self._admin.can_edit:
            return
        question = self.tr("Ta bort {what} {title}? Det går inte att ångra.").format(
            what=self.entity.singular, title=f"”{record.title}”"
        )
        if not messages.confirm(self, self.tr("Ta bort"), question):
            return
        try:
            self._admin.delete(self.entity.key, record.id, record.version)
        except Exception as exc:
            messages.show_error(self, self.tr("Kan inte ta bort"), exc, reload=self.refresh)
            return
        self.refresh()


class AdminView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminView")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._pages: dict[str, EntityPage] = {}
        for entity in context.services.admin.entities():
            page = EntityPage(entity, context)
            self._pages[entity.key] = page
            self.tabs.addTab(page, entity.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not context.services.admin.can_edit:
            notice = QLabel(self.tr("Endast läsning: bara en administratör kan ändra uppgifterna här."))
            notice.setObjectName("readOnlyNotice")
            notice.setContentsMargins(8, 8, 8, 0)
            layout.addWidget(notice)
        layout.addWidget(self.tabs)

    def page(self, key: str) -> EntityPage:
        return self._pages[key]

    def show_page(self, key: str) -> EntityPage:
        page = self._pages[key]
        self.tabs.setCurrentWidget(page)
        return page
