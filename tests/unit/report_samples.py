"""A small hand-made report document for the renderer tests."""

from __future__ import annotations

from datetime import date, datetime

from ekadm_desktop.reports.document import (
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    MinutesPage,
    ReportDocument,
    Section,
    Series,
    Table,
    Text,
)


def sample_document(rows: int = 3) -> ReportDocument:
    table = Table(
        "Klagomål per process",
        (Column("Process"), Column("Antal", "int"), Column("Andel", "percent")),
        tuple((f"Process {n}", 1000 + n, 0.25) for n in range(rows)),
        totals=("Totalt", sum(1000 + n for n in range(rows)), 1.0),
        note="Räknat på inkommet datum.",
    )
    chart = Chart(
        "Klagomål per enhet, mars 2010",
        "grouped",
        ("Nord", "Syd"),
        (Series("mars 2009", (2, 5)), Series("mars 2010", (3, 7))),
    )
    return ReportDocument(
        title="Klagomålssammanställning",
        period_label="mars 2010",
        scope="Enhet Nord",
        generated_at=datetime(2010, 4, 1, 8, 0),
        sections=(
            Section(
                "overview",
                "Översikt per enhet",
                (
                    KeyFigures(
                        "Nyckeltal",
                        (KeyFigure("Svarsfrekvens", 0.875, "percent", target=0.9, status="amber"),),
                    ),
                    chart,
                ),
            ),
            Section("per_process", "Per process", (table,)),
            Section("empty", "Per kund", (), "Inga klagomål under mars 2010."),
            Section(
                "minutes",
                "Protokoll",
                (
                    Text("Dagordning", ("Öppnande", "Övriga frågor"), numbered=True),
                    MinutesPage("Protokoll", ("Öppnande",), ("Datum",)),
                ),
            ),
            Section(
                "log",
                "Kundloggen",
                (Table("Loggen", (Column("Datum"), Column("Rubrik")), ((date(2010, 3, 3), "Möte"),)),),
            ),
        ),
        report_key="complaint_compilation",
        period_key="2010-03",
    )
