"""The import dialog driven through its widgets (offscreen); file dialogs and the closing message are patched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.complaints import Complaint
from ekadm_desktop.models.customer_log import LogEntry
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.register_import import ImportResult, complaint_target, log_target
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.common import import_dialog, messages
from ekadm_desktop.ui.common.import_dialog import NO_COLUMN, ImportDialog, open_import
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customer_log import view as log_view
from ekadm_desktop.ui.customer_log.view import CustomerLogView
from ekadm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

GOOD = [
    "sep=;",
    "Datum;Förvaltning;Ämne;Anteckning;Typ",
    "2010-03-04;Bromma;Påminnelser;Kunden ringde;Telefonsamtal",
    "05/03/2010;SDF01;Avtal;;",
    "6.3.2010;Farsta;Möte om fakturor;Bra möte;Kundmöte",
]
BAD = [
    "Datum;Förvaltning;Ämne;Anteckning;Typ",
    "2010-03-04;Bromma;Påminnelser;;",
    "31/02/2010;Bromma;Ogiltig dag;;",
    "2010-03-05;Okänd;Okänd kund;;",
    "2010-03-06;Bromma;;;Fax",
]


def csv_file(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def log_count(database: Database) -> int:
    with database.session() as s:
        return int(s.scalar(select(func.count()).select_from(LogEntry)) or 0)


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> ImportDialog:
    widget = ImportDialog(None, log_target(), services, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The file the patched file dialog answers with (set ``chosen.append(path)``)."""
    answers: list[Path] = []

    def get_open_file_name(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return (str(answers[-1]), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    return answers


@pytest.fixture
def done_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(import_dialog, "show_done", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def show_error(_parent: QWidget | None, _title: str, exc: BaseException, **_kwargs: object) -> bool:
        shown.append(messages.error_text(exc)[0])
        return False

    monkeypatch.setattr(messages, "show_error", show_error)
    return shown


def texts(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.problem_table.model()
    return [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_choosing_a_file_shows_it_as_parsed_with_the_columns_mapped(
    dialog: ImportDialog, chosen: list[Path], tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    chosen.append(csv_file(tmp_path, "kundlogg.csv", GOOD))
    dialog.choose_button.click()

    assert dialog.file_edit.text().endswith("kundlogg.csv")
    assert "Windows-1252" in dialog.source_label.text()
    assert "semikolon (från sep=-raden)" in dialog.source_label.text()
    assert "3 rader" in dialog.source_label.text()
    assert {
        name: combo.currentText() for name, combo in dialog.combos.items() if combo.currentData() != NO_COLUMN
    } == {
        "entry_date": "Datum",
        "customer_id": "Förvaltning",
        "kind": "Typ",
        "subject": "Ämne",
        "text": "Anteckning",
    }
    assert dialog.mapping() == {0: "entry_date", 1: "customer_id", 2: "subject", 3: "text", 4: "kind"}

    preview = dialog.preview_model
    qtmodeltester.check(preview)
    assert preview.rowCount() == 3 and preview.columnCount() == 5
    assert [preview.index(0, c).data() for c in range(5)] == [
        "2010-03-04",
        "Bromma",
        "Påminnelser",
        "Kunden ringde",
        "Telefonsamtal",
    ]
    assert preview.index(1, 0).data() == "05/03/2010"  # as written in the file, before conversion
    assert [preview.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["3", "4", "5"]
    assert preview.headerData(1, Qt.Orientation.Horizontal) == "Förvaltning\n→ Kund"
    assert not dialog.import_button.isEnabled()  # not before a check
    assert dialog.check_button.isEnabled()


def test_bad_file_shows_every_problem_and_cannot_be_imported(
    dialog: ImportDialog,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    before = log_count(database)
    dialog.load_file(csv_file(tmp_path, "fel.csv", BAD))
    dialog.check_button.click()

    assert texts(dialog) == [
        ["3", "Datum", "31/02/2010", "inget giltigt datum"],
        [
            "4",
            "Förvaltning",
            "Okänd",
            "okänd kund; ange kundens kod (t.ex. SDF01) eller namn som under Administration",
        ],
        ["5", "Ämne", "", "måste fyllas i"],
        [
            "5",
            "Typ",
            "Fax",
            "okänt värde; välj ett av: Kundmöte, Telefonsamtal, E-post, Händelse, Avtalsändring, Incident, Uppföljning",
        ],
    ]
    qtmodeltester.check(dialog.problem_model)
    dialog.problem_table.selectRow(3)  # the unknown type on line 5: its cell in the preview is selected
    current = dialog.preview.currentIndex()
    assert (current.row(), current.column()) == (3, 4)
    assert dialog.preview_model.headerData(current.row(), Qt.Orientation.Vertical) == "5"
    assert "4 fel på 3 av 4 rader" in dialog.problem_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Importera 4 rader"
    dialog.start_import()  # even when called directly, nothing happens
    assert log_count(database) == before

    # Sorting by "Rad" sorts by number.
    dialog.problem_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in texts(dialog)] == ["5", "5", "4", "3"]

    saved = tmp_path / "fellista"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(saved), "")))
    assert dialog.save_problems_button.isEnabled()
    dialog.save_problems_button.click()
    written = saved.with_name("fellista.csv").read_text(encoding="utf-8-sig")
    assert written.splitlines()[:2] == ["Rad;Kolumn;Värde;Fel", "3;Datum;31/02/2010;inget giltigt datum"]


def test_good_file_imports_every_row(
    dialog: ImportDialog, database: Database, tmp_path: Path, done_messages: list[str]
) -> None:
    before = log_count(database)
    dialog.load_file(csv_file(tmp_path, "bra.csv", GOOD))
    dialog.check_button.click()
    assert dialog.problem_model.rowCount() == 0
    assert dialog.problem_label.text() == "Inga fel: alla 3 rader kan importeras."
    assert not dialog.save_problems_button.isEnabled()
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Importera 3 rader"

    dialog.import_button.click()
    assert done_messages == ["3 rader importerades."]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.imported is not None and dialog.imported.count == 3
    assert log_count(database) == before + 3


def test_changing_a_column_needs_a_new_check(dialog: ImportDialog, tmp_path: Path) -> None:
    dialog.load_file(csv_file(tmp_path, "bra.csv", GOOD))
    dialog.check_button.click()
    assert dialog.import_button.isEnabled()

    dialog.set_column("subject", NO_COLUMN)
    assert not dialog.import_button.isEnabled()
    assert dialog.plan is None
    dialog.check_button.click()
    assert texts(dialog) == [
        ["–", "", "", "välj vilken kolumn i filen som är ”Rubrik”; fältet måste fyllas i"]
    ]
    assert "1 fel." in dialog.problem_label.text()
    assert "måste fyllas i" in dialog._labels["subject"].toolTip()  # and the label is red

    dialog.set_column("subject", 2)
    dialog.set_column("text", 2)  # the same column for two fields is not checked
    assert "är vald för både ”Rubrik” och ”Text”" in dialog.problem_label.text()
    dialog.check_button.click()
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.preview_model.headerData(2, Qt.Orientation.Horizontal) == "Ämne\n→ Rubrik, Text"


def test_unreadable_file_shows_the_error(dialog: ImportDialog, tmp_path: Path, errors: list[str]) -> None:
    path = tmp_path / "bild.csv"
    path.write_bytes(bytes(range(256)) * 4)
    dialog.load_file(path)
    assert errors == ["Filen bild.csv är ingen textfil (CSV) eller Excel-arbetsbok och kan inte importeras."]
    assert dialog.table is None and not dialog.check_button.isEnabled()


def test_a_workbook_with_several_sheets_offers_them(dialog: ImportDialog, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Anteckningar"
    notes.append(["Något annat"])
    notes.append(["x"])
    log = book.create_sheet("Kundlogg")
    log.append(["Datum", "Kund", "Rubrik"])
    log.append([None, None, None])
    log.append(["2010-03-04", "Bromma", "Möte"])
    path = tmp_path / "bok.xlsx"
    book.save(path)

    dialog.load_file(path)
    assert dialog.sheet_combo.isVisible() and dialog.sheet_combo.count() == 2
    assert dialog.preview_model.columnCount() == 1
    dialog.sheet_combo.setCurrentText("Kundlogg")
    assert dialog.table is not None and dialog.table.sheet == "Kundlogg"
    assert dialog.mapping() == {0: "entry_date", 1: "customer_id", 2: "subject"}
    assert dialog.preview_model.headerData(0, Qt.Orientation.Vertical) == "3"  # Excel's row number


def test_open_import_for_complaints(
    qtbot: QtBot,
    services: Services,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    done_messages: list[str],
) -> None:
    path = csv_file(
        tmp_path,
        "klagomal.csv",
        [
            "Ärendenummer;Inkom;Kund;Beskrivning",
            "K-2010-0042;2010-03-04;Bromma;Sen faktura",
            ";2010-03-05;Farsta;Fel",
        ],
    )
    seen: list[str] = []

    def scripted_exec(self: ImportDialog) -> int:
        seen.append(self.windowTitle())
        assert self.target.key == complaint_target().key
        self.load_file(path)
        self.check()
        self.start_import()
        return int(self.result())

    monkeypatch.setattr(ImportDialog, "exec", scripted_exec)
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    result = open_import(None, "complaints", context)
    assert seen == ["Importera till klagomålsregistret"]
    assert isinstance(result, ImportResult) and result.case_numbers == ("K-2010-0042", "K-2010-0043")
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 2


def test_customer_log_view_has_an_import_button(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    view = CustomerLogView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    calls: list[str] = []

    def fake_open_import(parent: QWidget | None, key: str, ctx: ViewContext) -> ImportResult | None:
        calls.append(key)
        return ImportResult(log_target(), "fil.csv", 0, ())

    refreshed: list[bool] = []
    monkeypatch.setattr(log_view, "open_import", fake_open_import)
    monkeypatch.setattr(view, "refresh", lambda *args, **kwargs: refreshed.append(True))
    assert view.import_button.isEnabled() and view.import_button.text() == "Importera…"
    view.import_button.click()
    assert calls == ["customer_log"] and refreshed == [True]
