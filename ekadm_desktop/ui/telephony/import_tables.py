"""Tables shared by the import wizard and the mapping dialog: rows as the importer parsed them
(calls or interval rows) and the rejected rows with their place in the file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ekadm_desktop.reports import chart_style as cs
from ekadm_desktop.services.phone_import import Preview, RejectedRow
from ekadm_desktop.services.phone_import.rows import ParsedCall, ParsedInterval
from ekadm_desktop.ui.common.filter_bar import RecordFilterProxy
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel, RecordTableView

CONTEXT = "PhoneImport"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def outcome_text(outcome: str) -> str:
    return {
        "answered": _t("besvarat"),
        "abandoned": _t("övergivet"),
        "timeout": _t("tidsgräns"),
        "unknown": _t("okänt"),
        "ignore": _t("ignoreras"),
    }.get(outcome, outcome)


def seconds(value: float | None) -> str:
    """``m:ss`` (``h:mm:ss`` from an hour), keeping a tenth of a second as parsed (``0:12,5``)."""
    if value is None:
        return cs.DASH
    tenths = round(value * 10)
    if tenths % 10 == 0:
        return cs.format_seconds(tenths // 10)
    whole, tenth = divmod(tenths, 10)
    return f"{cs.format_seconds(whole)},{tenth}"


def call_columns() -> list[Column[ParsedCall]]:
    return [
        Column(
            _t("Tidpunkt"),
            lambda c: c.started_at.strftime("%Y-%m-%d %H:%M:%S"),
            sort_key=lambda c: c.started_at.isoformat(),
        ),
        Column(_t("Grupp"), lambda c: c.group or cs.DASH),
        Column(_t("Anknytning"), lambda c: c.extension or cs.DASH),
        Column(_t("Utfall"), lambda c: outcome_text(c.outcome)),
        Column(
            _t("Väntetid"),
            lambda c: seconds(c.wait),
            sort_key=lambda c: -1.0 if c.wait is None else c.wait,
            numeric=True,
        ),
        Column(
            _t("Samtalstid"),
            lambda c: seconds(c.talk),
            sort_key=lambda c: -1.0 if c.talk is None else c.talk,
            numeric=True,
        ),
    ]


def interval_columns() -> list[Column[ParsedInterval]]:
    def count(value: int | None) -> str:
        return cs.format_int(value) if value is not None else cs.DASH

    return [
        Column(
            _t("Intervall"),
            lambda i: f"{i.start:%Y-%m-%d %H:%M} ({i.minutes} min)",
            sort_key=lambda i: i.start.isoformat(),
        ),
        Column(_t("Grupp"), lambda i: i.group or cs.DASH),
        Column(_t("Erbjudna"), lambda i: count(i.offered), sort_key=lambda i: i.offered, numeric=True),
        Column(_t("Besvarade"), lambda i: count(i.answered), sort_key=lambda i: i.answered, numeric=True),
        Column(_t("Övergivna"), lambda i: count(i.abandoned), sort_key=lambda i: i.abandoned, numeric=True),
        Column(
            _t("Väntetid totalt"),
            lambda i: seconds(i.wait_total),
            sort_key=lambda i: i.wait_total or 0.0,
            numeric=True,
        ),
    ]


def rejection_columns() -> list[Column[RejectedRow]]:
    return [
        Column(_t("Fil"), lambda r: r.file),
        Column(_t("Rad"), lambda r: str(r.line), sort_key=lambda r: r.line, numeric=True),
        Column(_t("Kolumn"), lambda r: r.column),
        Column(_t("Orsak"), lambda r: r.reason, max_width=520),
        Column(_t("Raden i filen"), lambda r: " | ".join(r.record), max_width=600),
    ]


def rejection_table(parent: QWidget | None = None) -> tuple[RecordTableModel[RejectedRow], RecordTableView]:
    model: RecordTableModel[RejectedRow] = RecordTableModel(rejection_columns(), parent=parent)
    proxy = RecordFilterProxy(parent)
    proxy.setSourceModel(model)
    view = RecordTableView(parent)
    view.setModel(proxy)
    view.setObjectName("rejectionTable")
    return model, view


class ParsedPreview(QWidget):
    """The first rows of a file as parsed, and below them the rows the importer would reject."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls: RecordTableModel[ParsedCall] = RecordTableModel(call_columns(), parent=self)
        self.intervals: RecordTableModel[ParsedInterval] = RecordTableModel(interval_columns(), parent=self)
        self._proxy = RecordFilterProxy(self)
        self._proxy.setSourceModel(self.calls)
        self.table = RecordTableView(self)
        self.table.setObjectName("parsedTable")
        self.table.setModel(self._proxy)
        self.summary = QLabel()
        self.summary.setObjectName("parsedSummary")
        self.summary.setWordWrap(True)
        self.rejections, self.rejection_view = rejection_table(self)
        self.rejection_label = QLabel(_t("Rader som skulle avvisas:"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.rejection_label)
        layout.addWidget(self.rejection_view, 1)

    def set_preview(self, preview: Preview | None) -> None:
        model: RecordTableModel[Any]
        if preview is not None and preview.intervals and not preview.calls:
            model = self.intervals
        else:
            model = self.calls
        self.calls.set_records(preview.calls if preview else [])
        self.intervals.set_records(preview.intervals if preview else [])
        if self._proxy.sourceModel() is not model:
            self._proxy.setSourceModel(model)
        self.rejections.set_records(preview.rejected if preview else [])
        self.rejection_label.setVisible(bool(preview and preview.rejected))
        self.rejection_view.setVisible(bool(preview and preview.rejected))
        if preview is None:
            self.summary.setText("")
        else:
            data_rows = len(preview.records) - (1 if preview.profile.header else 0)
            self.summary.setText(
                _t(
                    "De första {rows} raderna av {file} som importen läser dem ({encoding}, "
                    "avgränsare {delimiter}): {calls} samtal, {intervals} intervallrader, "
                    "{rejected} avvisade."
                ).format(
                    rows=data_rows,
                    file=preview.file,
                    encoding=preview.encoding,
                    delimiter=delimiter_name(preview.delimiter),
                    calls=len(preview.calls),
                    intervals=len(preview.intervals),
                    rejected=len(preview.rejected),
                )
            )
        self.table.fit_columns([220, 160, 120, 120, 100, 100], stretch_last=False)
        self.rejection_view.fit_columns([160, 60, 120, 420, 600])

    def clear(self, message: str) -> None:
        self.set_preview(None)
        self.summary.setText(message)


def delimiter_name(delimiter: str) -> str:
    return {
        ";": _t("semikolon"),
        ",": _t("komma"),
        "\t": _t("tabb"),
        "|": _t("lodstreck"),
        "": _t("ingen"),
    }.get(delimiter, f"”{delimiter}”")
