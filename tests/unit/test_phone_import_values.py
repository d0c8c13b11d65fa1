"""The value parsers of the phone importer: numbers, shares, durations, dates, epoch times."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ekadm_desktop.services.phone_import.encoding import examine
from ekadm_desktop.services.phone_import.profiles import builtin_profiles, parse_profile
from ekadm_desktop.services.phone_import.source import detect_delimiter
from ekadm_desktop.services.phone_import.values import (
    DateParser,
    decide_date_order,
    from_epoch,
    looks_like_day_fraction,
    parse_count,
    parse_duration,
    parse_fraction,
    parse_number,
    slash_order_evidence,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12.0),
        ("12,5", 12.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234", 1234.0),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("", None),
        ("  ", None),
    ],
)
def test_numbers(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


def test_bad_numbers_and_counts() -> None:
    for text in ("tolv", "1e400", "1" * 400, "12,5,5"):
        with pytest.raises(ValueError):
            parse_number(text)
    with pytest.raises(ValueError):
        parse_count("2,5")
    assert parse_count("1 200") == 1200


def test_fractions() -> None:
    assert parse_fraction("94,01 %") == pytest.approx(0.9401)
    assert parse_fraction("0,9401") == pytest.approx(0.9401)
    assert parse_fraction("94") == pytest.approx(0.94)
    assert parse_fraction("") is None
    with pytest.raises(ValueError):
        parse_fraction("140 %")


@pytest.mark.parametrize(
    ("text", "unit", "seconds"),
    [
        ("17", "s", 17.0),
        ("17,5", "s", 17.5),
        ("0:00:17", "s", 17.0),
        ("1:05", "s", 65.0),
        ("26:10:00", "s", 94200.0),
        ("0,000196759", "day", 17.0),
        ("15000", "ms", 15.0),
        ("1:02:03,5", "s", 3723.5),
        ("", "s", None),
    ],
)
def test_durations(text: str, unit: str, seconds: float | None) -> None:
    assert (
        parse_duration(text, unit) == pytest.approx(seconds)
        if seconds is not None
        else parse_duration(text, unit) is None
    )


def test_day_fractions_are_recognised_in_a_column() -> None:
    assert looks_like_day_fraction(["0,000138889", "", "0,5"])
    assert not looks_like_day_fraction(["12", "0,5"])
    assert not looks_like_day_fraction(["0:00:12"])


def test_date_order_from_evidence_over_the_file() -> None:
    values = ["03/04/2010 09:12", "15/04/2010 10:30", "05/04/2010"]
    evidence = {e for v in values if (e := slash_order_evidence(v))}
    assert decide_date_order(evidence) == "dmy"
    assert decide_date_order({"mdy"}) == "mdy"
    with pytest.raises(ValueError):
        decide_date_order({"dmy", "mdy"})
    assert DateParser("dmy").parse("03/04/2010 09:12") == datetime(2010, 4, 3, 9, 12)
    assert DateParser("mdy").parse("03/04/2010 09:12") == datetime(2010, 3, 4, 9, 12)
    assert DateParser("dmy").parse("2010/3/5 9:05") == datetime(2010, 3, 5, 9, 5)
    assert DateParser().parse("2010-03-05T09:05:00Z") == datetime(2010, 3, 5, 9, 5)
    assert DateParser().parse("40238,5") == datetime(2010, 3, 1, 12, 0)  # an Excel serial
    with pytest.raises(ValueError):
        DateParser().parse("0000-01-01")


def test_epoch_through_the_autumn_hour() -> None:
    assert from_epoch("1288483500") == (datetime(2010, 10, 31, 2, 5), 120)
    assert from_epoch("1288487100") == (datetime(2010, 10, 31, 2, 5), 60)
    assert from_epoch("1288487100000") == (datetime(2010, 10, 31, 2, 5), 60)  # milliseconds
    assert from_epoch("0") is None  # CUCM: never connected
    assert from_epoch("") is None
    for bad in ("1e400", "nan", "1e300", "x"):
        with pytest.raises(ValueError):
            from_epoch(bad)


def test_delimiters() -> None:
    assert detect_delimiter("sep=;\na,b;c\n") == (";", True)
    assert detect_delimiter("a;b;c\n1,5;2;3\n4;5,5;6\n") == (";", False)
    assert detect_delimiter("a\tb\n1\t2\n") == ("\t", False)
    assert detect_delimiter("1|2|3|4|5\n1|2|3|4|5|6\n") == ("|", False)


def test_encodings(tmp_path: Path) -> None:
    cases = {
        "bom.csv": ("\ufeffKö;Väntetid\n".encode(), "utf-8-sig"),
        "utf8.csv": ("Kö;Väntetid\n".encode(), "utf-8"),
        "utf16.txt": (b"\xff\xfe" + "Kö\tVäntetid\r\n".encode("utf-16-le"), "utf-16"),
        "utf16nobom.txt": ("Kö\tVäntetid\r\n".encode("utf-16-le"), "utf-16-le"),
        "ansi.csv": ("Kö;Väntetid\n".encode("cp1252"), "cp1252"),
    }
    for name, (data, codec) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert examine(tmp_path / name).encoding == codec, name
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes("Kö;".encode() + "Väntetid\n".encode("cp1252"))  # UTF-8 ö, then a cp1252 ä
    facts = examine(mixed)
    assert facts.encoding == "cp1252" and facts.warnings


def test_builtin_profiles_round_trip_through_toml() -> None:
    profiles = builtin_profiles()
    names = {p.name for p in profiles}
    assert {
        "asterisk_cdr_csv_16",
        "asterisk_cdr_csv_17",
        "asterisk_cdr_csv_18",
        "asterisk_cdr_csv_19",
        "asterisk_cdr_csv_21",
        "asterisk_cdr_custom",
        "asterisk_queue_log",
        "freeswitch_cdr_csv",
        "generic_per_call",
        "generic_interval_aggregates",
    } <= names
    for profile in profiles:
        again = parse_profile(profile.to_toml(), profile.name, builtin=True)
        assert again == profile


def test_bad_profiles_are_refused() -> None:
    with pytest.raises(Exception, match="shape"):
        parse_profile('shape = "x"', "p.toml")
    with pytest.raises(Exception, match="okänt fält"):
        parse_profile('shape = "per_call"\n[fields]\nnonsense = "A"', "p.toml")
    with pytest.raises(Exception, match="column_names"):
        parse_profile('shape = "per_call"\nheader = false', "p.toml")
