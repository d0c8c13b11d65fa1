"""Exporting a list page to Excel: what the view shows (filtered, sorted, its column order), typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ekadm_desktop.services.bundle import Services
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.admin.view import AdminView, EntityPage
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.common.export import default_file_name, export_view, table_contents
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

CUSTOMER_HEADERS = ["Kod", "Namn", "Typ", "Enhet", "Kontaktperson", "E-post", "Aktiv"]


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> AdminView:
    context = ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())
    view = AdminView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def open_page(qtbot: QtBot, view: AdminView, key: str) -> EntityPage:
    page = view.show_page(key)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[tuple[str, str]]:
    """Replace the save-file dialog: record the caption and proposed name, answer ``path``."""
    asked: list[tuple[str, str]] = []

    def fake(_parent: object, caption: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append((caption, proposed))
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def read_back(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def shown_texts(page: EntityPage) -> list[list[str]]:
    proxy = page.proxy
    return [
        [str(proxy.index(row, column).data()) for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def test_a_filtered_list_exports_exactly_the_rows_shown(
    qtbot: QtBot, view: AdminView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, view, "customer")
    page.filter_bar.setText("Bromma")
    assert page.proxy.rowCount() == 1
    asked = answer_file_dialog(monkeypatch, tmp_path / "kunder")  # the suffix is added

    assert page.export() == tmp_path / "kunder.xlsx"

    [(caption, proposed)] = asked
    assert caption == "Exportera till Excel"
    assert Path(proposed).name.startswith("Kunder ") and proposed.endswith(".xlsx")
    rows = read_back(tmp_path / "kunder.xlsx")
    assert rows[0] == CUSTOMER_HEADERS
    assert len(rows) == 2
    [[*texts]] = shown_texts(page)
    assert rows[1] == [text or None for text in texts]
    assert rows[1][1] == "Bromma stadsdelsförvaltning"
    assert rows[1][-1] == "Ja"


def test_the_export_follows_the_sort_order_and_the_column_order(
    qtbot: QtBot, view: AdminView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, view, "customer")
    page.filter_bar.setText("stadsdelsförvaltning")
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.table.horizontalHeader().moveSection(1, 0)  # the user dragged "Namn" first
    page.table.horizontalHeader().hideSection(4)  # and hid "Kontaktperson"
    answer_file_dialog(monkeypatch, tmp_path / "x.xlsx")
    page.export()

    rows = read_back(tmp_path / "x.xlsx")
    assert rows[0] == ["Namn", "Kod", "Typ", "Enhet", "E-post", "Aktiv"]
    names = [row[0] for row in rows[1:]]
    assert names == [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert len(names) == page.proxy.rowCount() > 1
    assert names[0] == "Östermalm stadsdelsförvaltning"  # sorted the Swedish way, descending


def test_numbers_and_years_are_numbers(
    qtbot: QtBot, view: AdminView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, view, "price")
    answer_file_dialog(monkeypatch, tmp_path / "priser.xlsx")
    page.export()
    sheet = load_workbook(tmp_path / "priser.xlsx").active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == ["År", "Transaktionstyp", "Pris (kr)"]
    year, kind, amount = (c for c in sheet[2])
    assert isinstance(year.value, int) and 2000 <= year.value <= 2100
    assert isinstance(kind.value, str)
    assert isinstance(amount.value, int | float) and amount.number_format == "#,##0.00"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:C{page.proxy.rowCount() + 1}"


def test_ctrl_e_exports_and_cancelling_writes_nothing(
    qtbot: QtBot, view: AdminView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, view, "unit")
    asked = answer_file_dialog(monkeypatch, None)  # the user cancels
    view.activateWindow()
    qtbot.waitActive(view)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert list(tmp_path.glob("*.xlsx")) == []
    assert page.export_action.isEnabled()
    assert page.export_action.text() == "Exportera till Excel…"


def test_a_failed_export_is_shown(
    qtbot: QtBot, view: AdminView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, view, "unit")
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "show_error", lambda _p, title, exc, **_kw: errors.append((title, str(exc)))
    )
    answer_file_dialog(monkeypatch, tmp_path / "finns-inte" / "enheter.xlsx")
    assert page.export() is None
    [(title, message)] = errors
    assert title == "Kan inte exportera"
    assert "kunde inte sparas" in message


class _Paged(QAbstractTableModel):
    """A model that hands out its rows a page at a time, as ``PagedTableModel`` does."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded = 2

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.loaded

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return f"rad {index.row() + 1}" if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return "Text" if role == Qt.ItemDataRole.DisplayRole else None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self.loaded < 5

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        self.beginInsertRows(QModelIndex(), self.loaded, self.loaded)
        self.loaded += 1
        self.endInsertRows()


def test_every_row_of_a_paged_model_is_exported(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    model = _Paged()
    headers, rows = table_contents(model)
    assert headers == ["Text"] and rows == [[f"rad {n}"] for n in range(1, 6)]  # the display text
    answer_file_dialog(monkeypatch, tmp_path / "logg.xlsx")
    assert export_view(None, model, "Logg", "Logg") == tmp_path / "logg.xlsx"
    assert read_back(tmp_path / "logg.xlsx")[-1] == ["rad 5"]


def test_default_file_names_are_safe() -> None:
    assert default_file_name("Priser 2024/2025: alla?") == "Priser 2024-2025- alla-.xlsx"
    assert default_file_name("Kunder.xlsx") == "Kunder.xlsx"
    assert default_file_name("...") == "Export.xlsx"
