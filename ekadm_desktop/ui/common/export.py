"""Export what a table shows to Excel: the rows left by the filter, in the order sorted, with the
columns in the order (and visibility) of the view's header.

Values are taken from ``EXPORT_ROLE`` when the model serves it (numbers and dates stay numbers
and dates), else the displayed text. The file name is asked with ``QFileDialog`` (tests patch
``QFileDialog.getSaveFileName``); errors are shown in a message box.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QWidget

from ekadm_desktop.reports.table_export import export_table
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.record_table import EXPORT_ROLE

SUFFIX = ".xlsx"
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def table_contents(
    model: QAbstractItemModel, header: QHeaderView | None = None
) -> tuple[list[str], list[list[object]]]:
    """The headers and rows of ``model`` as shown: every row (fetching any not yet loaded), the
    columns in the header's visual order without hidden ones, typed values where served."""
    root = QModelIndex()
    while model.canFetchMore(root):  # a paged model: the export has every row the filter selects
        model.fetchMore(root)
    columns = list(range(model.columnCount()))
    if header is not None:
        columns = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = []
    for row in range(model.rowCount()):
        values: list[object] = []
        for column in columns:
            index = model.index(row, column)
            value = index.data(EXPORT_ROLE)
            if value is None:  # not served, or no value: the text (an empty text is no value)
                value = index.data(Qt.ItemDataRole.DisplayRole) or None
            if isinstance(value, QDateTime | QDate):
                value = value.toPython()
            values.append(value)
        rows.append(values)
    return headers, rows


def default_file_name(title: str) -> str:
    """A file name made of ``title`` that every file system accepts."""
    name = _UNSAFE_IN_NAMES.sub("-", title).strip(" .") or QCoreApplication.translate("export", "Export")
    return name if name.lower().endswith(SUFFIX) else name + SUFFIX


def ask_file(parent: QWidget | None, default_name: str, directory: str = "") -> Path | None:
    start = Path(
        directory or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("export", "Exportera till Excel"),
        str(start / default_file_name(default_name)),
        QCoreApplication.translate("export", "Excel-arbetsbok (*.xlsx)"),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == SUFFIX else chosen.with_name(chosen.name + SUFFIX)


def export_view(
    parent: QWidget | None,
    model: QAbstractItemModel,
    title: str,
    default_name: str,
    *,
    header: QHeaderView | None = None,
    directory: str = "",
) -> Path | None:
    """Ask for a file and write what ``model`` shows to it; the file written, or None if the user
    cancelled or the writing failed (the error has then been shown)."""
    path = ask_file(parent, default_name, directory)
    if path is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        headers, rows = table_contents(model, header)
        export_table(path, title, headers, rows)
    except Exception as exc:  # an EkadmError tells the user what to do; anything else is a logged bug
        QApplication.restoreOverrideCursor()
        messages.show_error(parent, QCoreApplication.translate("export", "Kan inte exportera"), exc)
        return None
    QApplication.restoreOverrideCursor()
    return path
