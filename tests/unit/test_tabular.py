"""Reading tables from the files people save: encodings, delimiters, Excel workbooks, bad files."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.services.tabular import cell_text, detect_delimiter, read_table

ROWS = [
    ("Datum", "Kund", "Rubrik"),
    ("2010-03-04", "Älvsjö", "Möte om påminnelser"),
    ("2010-03-05", "Hässelby-Vällingby", "Avtal, nytt"),
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def lines(delimiter: str, rows: list[tuple[str, ...]] = ROWS) -> str:
    return "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"


def test_swedish_excel_csv_cp1252_with_sep_line(tmp_path: Path) -> None:
    path = write(tmp_path, "kundlogg.csv", ("sep=;\r\n" + lines(";")).encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.delimiter == ";" and table.delimiter_from_sep_line
    assert table.headers == ("Datum", "Kund", "Rubrik")
    assert [row.cells for row in table.rows] == [ROWS[1], ROWS[2]]
    assert [row.line for row in table.rows] == [3, 4]  # sep= is line 1, the header line 2
    assert table.header_line == 2
    assert "Windows-1252" in table.describe() and "semikolon (från sep=-raden)" in table.describe()


def test_cp1252_without_sep_line_finds_semicolon_despite_commas_in_text(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "a.csv", lines(";").encode("cp1252")))
    assert table.delimiter == ";" and not table.delimiter_from_sep_line
    assert table.rows[1].cells[2] == "Avtal, nytt"


def test_utf8_with_bom_comma_and_quoted_multiline_field(tmp_path: Path) -> None:
    text = 'Datum,Kund,Rubrik\n2010-03-04,Bromma,"Två\nrader, och komma"\n2010-03-05,Farsta,Sista\n'
    table = read_table(write(tmp_path, "utf8.csv", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.headers[0] == "Datum"  # no BOM left in the first header
    assert table.rows[0].cells[2] == "Två\nrader, och komma"
    assert [row.line for row in table.rows] == [2, 4]  # the second record starts after the quoted line break


def test_utf8_without_bom(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "plain.csv", lines(";").encode("utf-8")))
    assert table.encoding == "utf-8"
    assert table.rows[0].cells[1] == "Älvsjö"


def test_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    data = "\ufeff".encode("utf-16-le") + lines("\t").encode("utf-16-le")
    table = read_table(write(tmp_path, "unicode.txt", data))
    assert table.encoding == "utf-16-le"
    assert table.delimiter == "\t"
    assert [row.cells for row in table.rows] == [ROWS[1], ROWS[2]]
    assert "UTF-16" in table.describe() and "tabb" in table.describe()


def test_utf16_big_endian(tmp_path: Path) -> None:
    data = "\ufeff".encode("utf-16-be") + lines("\t").encode("utf-16-be")
    assert read_table(write(tmp_path, "be.txt", data)).rows[0].cells[1] == "Älvsjö"


def test_empty_rows_are_skipped_and_short_rows_padded_trailing_empty_columns_dropped(tmp_path: Path) -> None:
    text = "Datum;Kund;Rubrik;;\r\n2010-03-04;Bromma;Möte;;\r\n;;;;\r\n2010-03-05;Farsta\r\n"
    table = read_table(write(tmp_path, "x.csv", text.encode("cp1252")))
    assert table.headers == ("Datum", "Kund", "Rubrik")
    assert [row.cells for row in table.rows] == [
        ("2010-03-04", "Bromma", "Möte"),
        ("2010-03-05", "Farsta", ""),
    ]
    assert [row.line for row in table.rows] == [2, 4]


def test_missing_and_repeated_headers_get_names(tmp_path: Path) -> None:
    text = "Datum;;Datum\r\n2010-03-04;x;y\r\n"
    assert read_table(write(tmp_path, "h.csv", text.encode("utf-8"))).headers == (
        "Datum",
        "Kolumn 2",
        "Datum (2)",
    )


def test_one_column_file(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "one.csv", "Rubrik\r\nMöte\r\nSamtal\r\n".encode()))
    assert table.headers == ("Rubrik",)
    assert [row.cells for row in table.rows] == [("Möte",), ("Samtal",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sep=,\na;b,c\n", (",", True)),
        ('"sep=|"\na|b\n', ("|", True)),
        ("a;b;c\n1;2;3\n", (";", False)),
        ("a,b,c\n1,2,3\n", (",", False)),
        ("a\tb\n1\t2\n", ("\t", False)),
        ("a;b;c\n1,5;2;3\n", (";", False)),
        ("rubrik\nmöte\n", ("", False)),
    ],
)
def test_detect_delimiter(text: str, expected: tuple[str, bool]) -> None:
    assert detect_delimiter(text) == expected


def test_xlsx_first_sheet_or_a_chosen_one_with_dates_as_datetime(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Logg"
    first.append(["Datum", "Kund", "Antal", "Andel"])
    first.append([datetime(2010, 3, 4), "Bromma", 42, 0.5])
    first.append([None, None, None, None])  # an empty row is skipped
    first.append([datetime(2010, 3, 5, 14, 30), "Farsta", 7, 1.25])
    other = book.create_sheet("Klagomål")
    other.append(["Inkom", "Beskrivning"])
    other.append([date(2011, 1, 2), "Sen faktura"])
    path = tmp_path / "register.xlsx"
    book.save(path)

    table = read_table(path)
    assert table.format == "xlsx"
    assert table.sheet == "Logg" and table.sheets == ("Logg", "Klagomål")
    assert table.headers == ("Datum", "Kund", "Antal", "Andel")
    assert table.rows[0].cells == (datetime(2010, 3, 4), "Bromma", 42, 0.5)
    assert [row.line for row in table.rows] == [2, 4]  # Excel's row numbers
    assert [cell_text(c) for c in table.rows[1].cells] == ["2010-03-05 14:30", "Farsta", "7", "1,25"]
    assert "bladet ”Logg”" in table.describe()

    chosen = read_table(path, sheet="Klagomål")
    assert chosen.headers == ("Inkom", "Beskrivning")
    assert isinstance(chosen.rows[0].cells[0], datetime)
    with pytest.raises(EkadmError, match="inget blad som heter ”Saknas”"):
        read_table(path, sheet="Saknas")


def test_xlsx_with_csv_name_is_still_read_as_a_workbook(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Rubrik"])
    sheet.append(["Möte"])
    path = tmp_path / "fel_namn.csv"
    book.save(path)
    assert read_table(path).rows[0].cells == ("Möte",)


def test_binary_garbage_is_refused_in_swedish_naming_the_file(tmp_path: Path) -> None:
    garbage = bytes(range(256)) * 8
    with pytest.raises(EkadmError, match=r"Filen bild\.csv är ingen textfil"):
        read_table(write(tmp_path, "bild.csv", garbage))


def test_bytes_valid_in_no_encoding_give_the_offset(tmp_path: Path) -> None:
    data = "Datum;Kund\r\n2010-03-04;".encode("cp1252") + b"\x81\r\n"
    with pytest.raises(EkadmError) as raised:
        read_table(write(tmp_path, "trasig.csv", data))
    assert "trasig.csv" in raised.value.message
    assert f"position {len(data) - 3} (0x81)" in raised.value.message
    assert "varken giltig UTF-8 eller Windows-1252" in raised.value.message


def test_mixed_encodings_are_refused(tmp_path: Path) -> None:
    data = "Kund;Rubrik\r\nÄlvsjö;".encode() + "Möte".encode("cp1252") + b"\r\n"
    with pytest.raises(EkadmError, match="blandar teckenkodningar"):
        read_table(write(tmp_path, "blandad.csv", data))


def test_broken_utf16_gives_the_offset(tmp_path: Path) -> None:
    data = b"\xff\xfe" + "Rubrik\r\n".encode("utf-16-le") + b"\x00\xd8"  # half a surrogate pair
    with pytest.raises(EkadmError, match=r"börjar som UTF-16 LE.*position 18"):
        read_table(write(tmp_path, "halv.txt", data))


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \r\n", b";;;\r\n;;\r\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(EkadmError, match=r"Filen tom\.csv är tom\."):
        read_table(write(tmp_path, "tom.csv", data))


def test_only_a_header(tmp_path: Path) -> None:
    with pytest.raises(EkadmError, match="bara en rubrikrad"):
        read_table(write(tmp_path, "rubrik.csv", b"Datum;Kund;Rubrik\r\n"))


def test_empty_workbook(tmp_path: Path) -> None:
    path = tmp_path / "tom.xlsx"
    Workbook().save(path)
    with pytest.raises(EkadmError, match=r"tom\.xlsx är tomt"):
        read_table(path)


def test_old_excel_and_broken_workbooks(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    with pytest.raises(EkadmError, match=r"äldre formatet \(\.xls\)"):
        read_table(write(tmp_path, "gammal.xls", ole))
    with pytest.raises(EkadmError, match="kan inte läsas som en Excel-arbetsbok"):
        read_table(write(tmp_path, "trasig.xlsx", b"PK\x03\x04 inte alls en zip"))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EkadmError, match=r"Filen borta\.csv finns inte"):
        read_table(tmp_path / "borta.csv")
