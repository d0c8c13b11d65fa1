"""The phone import wizard, the mapping dialog and the import history, on both databases: a file goes
in through the wizard and the telephony figures change; an unknown file is mapped in the dialog, the
mapping imports and is saved as a TOML profile; undo restores the figures; bad rows are reported
with line and column."""

from __future__ import annotations

import csv
import os
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from ekadm_desktop.periods import Month
from ekadm_desktop.progress import Cancelled
from ekadm_desktop.services.bundle import Services
from ekadm_desktop.services.phone_stats import Scope
from ekadm_desktop.settings import AppPaths
from ekadm_desktop.ui.common import messages
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.tasks import TaskRunner
from ekadm_desktop.ui.telephony import import_wizard
from ekadm_desktop.ui.telephony.batches_dialog import BatchesDialog
from ekadm_desktop.ui.telephony.import_wizard import PhoneImportWizard, ReportTab
from ekadm_desktop.ui.telephony.mapping_dialog import MappingDialog
from ekadm_desktop.ui.telephony.view import TelephonyView

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).parent.parent / "fixtures" / "phone"
MARCH = Month(2010, 3)
SHOTS = os.environ.get("EKADM_SHOTS")  # a folder: save each screen as a PNG (for looking at them)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def context(services: Services) -> ViewContext:
    return ViewContext(services=services, tasks=TaskRunner(synchronous=True), paths=AppPaths.default())


def offered(services: Services) -> tuple[int, int, int]:
    figures = services.phone_stats.period_figures(MARCH, Scope())
    return figures.offered, figures.answered, figures.abandoned


def choose_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([str(p) for p in paths], ""))
    )


def start(qtbot: QtBot, wizard: PhoneImportWizard) -> PhoneImportWizard:
    qtbot.addWidget(wizard)
    wizard.resize(1024, 768)
    wizard.show()
    return wizard


def tabs(wizard: PhoneImportWizard) -> list[ReportTab]:
    found = [wizard.report_page.tabs.widget(i) for i in range(wizard.report_page.tabs.count())]
    assert all(isinstance(t, ReportTab) for t in found)
    return found  # type: ignore[return-value]


def test_a_file_imports_through_the_wizard_and_the_figures_change(
    qtbot: QtBot, context: ViewContext, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = TelephonyView(context)
    qtbot.addWidget(view)
    view.period_edit.setText("2010-03")
    view.reload()
    assert offered(services) == (0, 0, 0)
    assert view.data is not None and view.data.comparison.current.offered == 0
    view.import_button.click()
    wizard = view.import_wizard
    assert isinstance(wizard, PhoneImportWizard) and wizard.isVisible()
    wizard.resize(1024, 768)
    choose_files(monkeypatch, FIXTURES / "swedish_cp1252.csv")
    shot(wizard, "wizard_1_files_empty")
    wizard.files_page.findChild(type(view.import_button), "addFilesButton").click()
    assert wizard.files_page.paths() == [FIXTURES / "swedish_cp1252.csv"]
    shot(wizard, "wizard_1_files")
    wizard.next()
    table = wizard.profile_page.file_table
    assert table.item(0, 1).text().startswith("Känns igen som Samtalslista (en rad per samtal) (8 fält)")
    assert wizard.profile_page.isComplete()
    shot(wizard, "wizard_2_profile")
    wizard.next()
    parsed = wizard.preview_page.parsed
    assert parsed.calls.rowCount() == 5
    assert [parsed.calls.index(r, 3).data() for r in range(5)] == [
        "besvarat",
        "övergivet",
        "besvarat",
        "övergivet",
        "besvarat",
    ]
    assert parsed.calls.index(0, 4).data() == "0:12,5"  # waited 12,5 s
    assert parsed.calls.index(2, 5).data() == "20:00"
    shot(wizard, "wizard_3_preview")
    reloads: list[bool] = []
    wizard.imported.connect(lambda: reloads.append(True))
    wizard.next()
    shot(wizard, "wizard_4_report")
    [tab] = tabs(wizard)
    report = tab.result.report
    assert report is not None
    assert (report.rows_read, report.imported, report.duplicates, report.rows_rejected) == (5, 5, 0, 0)
    assert "Importerade samtal:" in tab.counts_text() and "<b>5</b>" in tab.counts_text()
    assert reloads == [True]
    # 5 offered, 3 answered, 2 abandoned (one of them short), and the view shows them
    assert offered(services) == (5, 3, 2)
    assert view.data is not None and view.data.comparison.current.offered == 5

    # The same file again: recognised as already imported, nothing changes.
    again = start(qtbot, PhoneImportWizard(context, paths=[FIXTURES / "swedish_cp1252.csv"]))
    again.next()
    again.next()
    again.next()
    [tab] = tabs(again)
    assert "är redan importerad" in tab.headline.text()
    assert not tab.counts.isVisibleTo(tab)
    assert offered(services) == (5, 3, 2)


def test_an_unknown_file_opens_the_mapping_dialog_and_the_mapping_imports_and_is_saved(
    qtbot: QtBot, context: ViewContext, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = FIXTURES / "wizard" / "unknown_format.csv"
    seen: list[MappingDialog] = []
    exported = tmp_path / "export.toml"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("min_vaxel", True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(exported), "")))

    def map_columns(dialog: MappingDialog) -> bool:
        seen.append(dialog)
        intro = dialog.findChild(type(dialog.status_label), "mappingIntro").text()
        assert "När | Linje | Status | Kötid | Prat" in intro and "generic_per_call" in intro
        assert dialog.header_check.isChecked()
        assert dialog.last_preview is None  # nothing mapped yet: nothing parses
        shot(dialog, "mapping_1_empty")
        dialog.set_field("start", "När")
        dialog.set_field("group", "Linje")
        dialog.set_field("outcome", "Status")
        dialog.set_field("wait", "Kötid")
        dialog.set_field("talk", "Prat")
        assert sorted(dialog.outcome_values()) == ["FAIL", "LOST", "OK"]
        dialog.set_outcome_value("OK", "answered")
        dialog.set_outcome_value("LOST", "abandoned")
        dialog.set_outcome_value("FAIL", "ignore")
        dialog.refresh_preview()  # the live preview runs on a short timer; here at once
        assert dialog.last_preview is not None
        assert [c.outcome for c in dialog.last_preview.calls] == ["answered", "abandoned", "answered"]
        assert dialog.preview.calls.rowCount() == 3
        shot(dialog, "mapping_2_mapped")
        scroll = dialog.findChild(QScrollArea)
        assert scroll is not None
        scroll.ensureWidgetVisible(dialog.values_table)
        shot(dialog, "mapping_3_values")
        assert dialog.save_profile() and dialog.export_profile()
        dialog.use_button.click()
        return dialog.result() == MappingDialog.DialogCode.Accepted

    monkeypatch.setattr(import_wizard, "edit_mapping", map_columns)
    wizard = start(qtbot, PhoneImportWizard(context, paths=[path]))
    wizard.next()
    qtbot.waitUntil(lambda: bool(seen))  # opened by itself for the unknown file
    page = wizard.profile_page
    assert page.file_table.item(0, 1).text() == "Läses med min_vaxel (5 fält)"
    assert page.isComplete()
    assert page.profile_combo.currentData() == "min_vaxel"  # the saved profile, offered from now on
    shot(wizard, "wizard_2_profile_mapped")
    wizard.next()
    wizard.next()
    [tab] = tabs(wizard)
    report = tab.result.report
    assert report is not None
    assert (report.rows_read, report.imported, report.ignored, report.rows_rejected) == (4, 3, 1, 0)
    assert offered(services) == (3, 2, 1)

    saved = tomllib.loads((services.phone_import.profile_dir / "min_vaxel.toml").read_text("utf-8"))
    assert saved["shape"] == "per_call" and saved["header"] is True
    assert saved["fields"] == {
        "start": "När",
        "group": "Linje",
        "outcome": "Status",
        "wait": "Kötid",
        "talk": "Prat",
    }
    assert saved["values"]["outcome"] == {"OK": "answered", "LOST": "abandoned", "FAIL": "ignore"}
    assert tomllib.loads(exported.read_text("utf-8"))["fields"] == saved["fields"]
    assert services.phone_import.profile("min_vaxel").fields["group"].columns == ("Linje",)


def test_undo_from_the_import_history_restores_the_figures(
    qtbot: QtBot, context: ViewContext, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = offered(services)
    services.phone_import.import_file(FIXTURES / "utf8_bom_crlf.csv")
    report = services.phone_import.import_file(FIXTURES / "swedish_cp1252.csv")
    assert offered(services) != before
    questions: list[str] = []

    def confirm(_parent: object, _title: str, question: str, **_k: str) -> bool:
        questions.append(question)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    view = TelephonyView(context)
    qtbot.addWidget(view)
    view.period_edit.setText("2010-03")
    view.reload()
    view.batches_button.click()
    dialog = view.batches_dialog
    assert isinstance(dialog, BatchesDialog) and dialog.isVisible()
    dialog.resize(1024, 500)
    shot(dialog, "batches")
    assert dialog.model.rowCount() == 2
    first = dialog.model.record(0)
    assert (first.id, first.file_name, first.profile, first.imported_by) == (
        report.batch_id,
        "swedish_cp1252.csv",
        "generic_per_call",
        services.user.login,
    )
    assert (first.rows_read, first.rows_imported, first.rows_skipped, first.rows_rejected) == (5, 5, 0, 0)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert questions == [
        f"Ångra import {report.batch_id} av swedish_cp1252.csv?\n\n"
        "Importen och dess 5 samtal tas bort; siffrorna räknas om."
    ]
    assert dialog.model.rowCount() == 1
    figures = services.phone_stats.period_figures(MARCH, Scope())
    assert (figures.offered, figures.answered, figures.abandoned) == (3, 1, 1)  # the BOM file's calls
    assert view.data is not None and view.data.comparison.current.offered == 3
    dialog.table.selectRow(0)
    dialog.undo_button.click()
    assert offered(services) == before
    assert dialog.empty_label.isVisibleTo(dialog)


def test_bad_rows_are_shown_with_line_and_column_and_can_be_saved(
    qtbot: QtBot, context: ViewContext, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = FIXTURES / "wizard" / "bad_rows.csv"
    wizard = start(qtbot, PhoneImportWizard(context, paths=[path]))
    wizard.next()
    wizard.next()
    rejections = wizard.preview_page.parsed.rejections
    assert [(r.line, r.column) for r in rejections.records()] == [(3, "Datum"), (5, "Väntetid")]
    assert wizard.preview_page.parsed.rejection_view.isVisibleTo(wizard)
    shot(wizard, "wizard_3_preview_rejections")
    wizard.next()
    shot(wizard, "wizard_4_report_rejections")
    [tab] = tabs(wizard)
    report = tab.result.report
    assert report is not None
    assert (report.rows_read, report.imported, report.rows_rejected) == (5, 3, 2)
    model = tab.rejections
    assert [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data()) for r in range(2)
    ] == [
        ("bad_rows.csv", "3", "Datum"),
        ("bad_rows.csv", "5", "Väntetid"),
    ]
    tab.rejection_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert tab.rejection_view.model().index(0, 1).data() == "5"
    saved = tmp_path / "avvisade.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(saved), "")))
    tab.save_button.click()
    with saved.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert [row[:3] for row in rows[1:]] == [
        ["bad_rows.csv", "3", "Datum"],
        ["bad_rows.csv", "5", "Väntetid"],
    ]
    assert offered(services) == (3, 2, 1)


def test_an_aggregate_file_without_dates_needs_a_period(
    qtbot: QtBot, context: ViewContext, services: Services
) -> None:
    wizard = start(qtbot, PhoneImportWizard(context, paths=[FIXTURES / "aggregates_no_date.csv"]))
    wizard.next()
    page = wizard.profile_page
    assert page.period_edit.isEnabled() and not page.isComplete()
    assert "utan datum" in page.period_hint.text()
    shot(wizard, "wizard_2_profile_period")
    page.period_edit.setText("2010-13")
    assert not page.isComplete()
    page.period_edit.setText("2010-03")
    assert page.isComplete()
    wizard.next()
    wizard.next()
    [tab] = tabs(wizard)
    report = tab.result.report
    assert report is not None and (report.kind, report.imported) == ("intervals", 1)
    assert offered(services) == (300, 270, 30)


def test_a_cancelled_import_leaves_the_database_unchanged_and_says_so(
    qtbot: QtBot, context: ViewContext, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancelled(*_a: object, **_k: object) -> None:
        raise Cancelled()

    monkeypatch.setattr(services.phone_import, "import_file", cancelled)
    paths = [FIXTURES / "swedish_cp1252.csv", FIXTURES / "utf8_bom_crlf.csv"]
    wizard = start(qtbot, PhoneImportWizard(context, paths=paths))
    wizard.next()
    wizard.next()
    wizard.preview_page.file_combo.setCurrentIndex(1)
    assert wizard.preview_page.parsed.calls.rowCount() == 3
    wizard.next()
    found = tabs(wizard)
    assert [t.headline.text() for t in found] == [
        "Avbruten: inget importerades från swedish_cp1252.csv.",
        "Avbruten: inget importerades från utf8_bom_crlf.csv.",
    ]
    assert wizard.report_page.status_label.text().startswith("0 av 2 filer importerades")
    assert offered(services) == (0, 0, 0) and services.phone_import.batches() == []


def test_a_new_mapping_starts_from_the_files_profile_and_reads_the_same(
    qtbot: QtBot, services: Services
) -> None:
    """ "Ny mappning…" on a headerless file read by a built-in profile starts from that profile."""
    importer = services.phone_import
    path = FIXTURES / "asterisk_cdr_19.csv"
    builtin = importer.preview(path)
    assert builtin.profile.name == "asterisk_cdr_csv_19" and not builtin.profile.header
    dialog = MappingDialog(importer, path, initial=builtin.profile)
    qtbot.addWidget(dialog)
    assert not dialog.header_check.isChecked() and dialog.shape() == "per_leg"
    assert dialog.field_column("link") == "linkedid"
    draft = dialog.profile()
    assert draft.fields["extension"].pattern == builtin.profile.fields["extension"].pattern
    assert dialog.last_preview is not None
    assert [(c.outcome, c.extension, c.wait) for c in dialog.last_preview.calls] == [
        (c.outcome, c.extension, c.wait) for c in builtin.calls
    ]
    assert dialog.outcome_values()["NO ANSWER"] == builtin.profile.values["outcome"]["NO ANSWER"]
    assert dialog.outcome_values()["CONGESTION"] == "ignore"  # kept though not in the file


def test_the_wizard_names_the_recognised_format(qtbot: QtBot, context: ViewContext) -> None:
    wizard = start(qtbot, PhoneImportWizard(context, paths=[FIXTURES / "asterisk_cdr_19.csv"]))
    wizard.next()
    assert wizard.profile_page.file_table.item(0, 1).text() == "Känns igen som Asterisk cdr_csv (19 fält)"


def test_several_files_import_one_after_another_in_the_background(qtbot: QtBot, services: Services) -> None:
    tasks = TaskRunner(synchronous=False)
    context = ViewContext(services=services, tasks=tasks, paths=AppPaths.default())
    paths = [FIXTURES / "swedish_cp1252.csv", FIXTURES / "wizard" / "bad_rows.csv"]
    wizard = start(qtbot, PhoneImportWizard(context, paths=paths))
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    assert wizard.report_page.isComplete()
    found = tabs(wizard)
    assert [t.result.path for t in found] == paths
    assert [(t.result.report.imported, t.result.report.rows_rejected) for t in found if t.result.report] == [
        (5, 0),
        (3, 2),
    ]
    assert offered(services) == (8, 5, 3)
    assert tasks.wait_all()
