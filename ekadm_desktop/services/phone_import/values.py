"""Parsing the values switchboard exports hold: numbers with a decimal comma, percentages,
durations in every form people's files have, dates in several orders, epoch seconds.

Every parser returns ``None`` for an empty value (unknown, not zero) and raises ``ValueError``
with a Swedish reason for a value it cannot read; the caller turns that into a rejected row.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from ekadm_desktop.i18n import tr

LOCAL_ZONE = ZoneInfo("Europe/Stockholm")
EXCEL_EPOCH = datetime(1899, 12, 30)
DURATION_UNITS = {"s": 1.0, "ms": 0.001, "min": 60.0, "h": 3600.0, "day": 86400.0}
DATE_ORDERS = ("auto", "ymd", "dmy", "mdy")
YEARS = range(1990, 2101)  # a timestamp outside is a misread value, not a call
MAX_DURATION_SECONDS = 31 * 86400
MAX_COUNT = 1_000_000_000

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}([ \u00a0\u202f\u2009.,']\d{3})+([.,]\d+)?$")
_CLOCK = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}(?:[.,]\d+)?))?$")
_SLASH_DATE = re.compile(
    r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$"
)


def _bad(value: str, what: str) -> ValueError:
    return ValueError(tr("phone_import", "”{value}” är inte {what}").format(value=value, what=what))


def parse_number(text: str) -> float | None:
    """``12``, ``12,5``, ``1 234,5`` (space or NBSP thousands), ``1,234.5``; empty → ``None``."""
    value = text.strip()
    if not value:
        return None
    if _NUMBER.match(value):
        number = float(value.replace(",", "."))
        if not math.isfinite(number):
            raise _bad(text, tr("phone_import", "ett tal"))
        return number
    if _GROUPED.match(value):
        compact = value.translate(_SPACES)
        # The last separator followed by other than three digits is the decimal mark.
        if "," in compact and "." in compact:
            decimal = "," if compact.rfind(",") > compact.rfind(".") else "."
            thousands = "." if decimal == "," else ","
            return float(compact.replace(thousands, "").replace(decimal, "."))
        if re.search(r"[ \u00a0\u202f\u2009']", value):
            return float(compact.replace(",", "."))
        # Only one kind of mark followed by groups of three: a thousands separator.
        return float(compact.replace(",", "").replace(".", ""))
    raise _bad(text, tr("phone_import", "ett tal"))


def parse_count(text: str) -> int | None:
    number = parse_number(text)
    if number is None:
        return None
    if number < 0 or number > MAX_COUNT or number != int(number):
        raise _bad(text, tr("phone_import", "ett antal (heltal, inte negativt)"))
    return int(number)


def parse_fraction(text: str) -> float | None:
    """A share as a fraction: ``94,01 %`` → 0.9401, ``0,9401`` → 0.9401, ``94`` → 0.94."""
    value = text.strip()
    if not value:
        return None
    percent = value.endswith("%")
    number = parse_number(value.rstrip("%").strip()) if percent else parse_number(value)
    if number is None:
        raise _bad(text, tr("phone_import", "en andel"))
    if percent or number > 1:
        number /= 100
    if not 0 <= number <= 1:
        raise _bad(text, tr("phone_import", "en andel mellan 0 och 100 %"))
    return number


def parse_duration(text: str, unit: str = "s") -> float | None:
    """Seconds from ``17``, ``17,5``, ``0:00:17``, ``1:05`` (mm:ss), ``26:10:00`` (over 24 h), a
    number in ``unit`` (``ms`` for milliseconds, ``day`` for Excel's fractions of a day)."""
    value = text.strip()
    if not value:
        return None
    clock = _CLOCK.match(value)
    if clock:
        first, second, third = clock.groups()
        if third is None:  # mm:ss
            minutes, seconds = int(first), float(second)
            hours = 0
        else:
            hours, minutes, seconds = int(first), int(second), float(third.replace(",", "."))
        if minutes >= 60 or seconds >= 60 or hours * 3600 > MAX_DURATION_SECONDS:
            raise _bad(text, tr("phone_import", "en tid (t:mm:ss)"))
        return hours * 3600 + minutes * 60 + seconds
    try:
        number = parse_number(value)
    except ValueError:
        raise _bad(text, tr("phone_import", "en tidslängd")) from None
    if number is None or number < 0 or number * DURATION_UNITS[unit] > MAX_DURATION_SECONDS:
        raise _bad(text, tr("phone_import", "en tidslängd"))
    return round(number * DURATION_UNITS[unit], 3)


def looks_like_day_fraction(samples: list[str]) -> bool:
    """Excel turned a duration column into fractions of a day: every number in (0, 1), some not whole."""
    numbers = []
    for text in samples:
        if not text.strip() or _CLOCK.match(text.strip()):
            continue
        try:
            number = parse_number(text)
        except ValueError:
            return False
        if number is not None:
            numbers.append(number)
    return bool(numbers) and all(0 <= n < 1 for n in numbers) and any(n > 0 for n in numbers)


# -- dates -----------------------------------------------------------------------------------------


def slash_order_evidence(text: str) -> str | None:
    """What one value says about the order of day and month: ``"dmy"``, ``"mdy"``, ``"ymd"`` or
    ``None`` (ISO, or both parts 12 or less, or not a date)."""
    match = _SLASH_DATE.match(text.strip())
    if not match or ("-" in text[:10] and len(match.group(1)) == 4):
        return None
    a, b, c = match.group(1), match.group(2), match.group(3)
    if len(a) == 4:
        return "ymd"
    if len(c) != 4 and len(c) != 2:
        return None
    if int(a) > 12 >= int(b):
        return "dmy"
    if int(b) > 12 >= int(a):
        return "mdy"
    return None


def decide_date_order(evidence: set[str]) -> str:
    """One order for the whole file. Contradicting evidence raises ``ValueError``."""
    orders = evidence - {"ymd"}
    if len(orders) > 1:
        raise ValueError(
            tr(
                "phone_import",
                "Datumen i filen har både dag/månad och månad/dag: ordningen kan inte avgöras.",
            )
        )
    # Without evidence a Swedish file means day before month.
    return orders.pop() if orders else "dmy"


class DateParser:
    """Timestamps as local naive datetimes, in one date order decided for the whole file."""

    def __init__(self, order: str = "dmy") -> None:
        self.order = order

    def parse(self, text: str) -> datetime | None:
        moment = self._parse(text)
        if moment is not None and moment.year not in YEARS:
            raise _bad(text, tr("phone_import", "ett rimligt datum (år 1990–2100)"))
        return moment

    def _parse(self, text: str) -> datetime | None:
        value = text.strip()
        if not value:
            return None
        if len(value) >= 10 and value[4] == "-":
            try:
                moment = datetime.fromisoformat(value.replace("T", " ").rstrip("Z"))
            except ValueError:
                pass
            else:
                if moment.tzinfo is not None:
                    moment = moment.astimezone(LOCAL_ZONE).replace(tzinfo=None)
                return moment
        match = _SLASH_DATE.match(value)
        if match:
            a, b, c, hh, mm, ss = match.groups()
            try:
                if len(a) == 4:
                    year, month, day = int(a), int(b), int(c)
                elif self.order == "mdy":
                    month, day, year = int(a), int(b), int(c)
                else:
                    day, month, year = int(a), int(b), int(c)
                if len(c) == 2 and len(a) != 4:
                    year += 2000
                return datetime(year, month, day, int(hh or 0), int(mm or 0), int(ss or 0))
            except ValueError:
                raise _bad(text, tr("phone_import", "ett giltigt datum")) from None
        try:
            serial = parse_number(value)
        except ValueError:
            raise _bad(text, tr("phone_import", "ett datum")) from None
        if serial is not None and 20000 < serial < 80000:  # an Excel serial day number
            return EXCEL_EPOCH + timedelta(days=serial)
        raise _bad(text, tr("phone_import", "ett datum"))


def combine(day: datetime | None, clock: float | None) -> datetime | None:
    """A date column and a time column (seconds after midnight) as one timestamp."""
    if day is None:
        return None
    if clock is None:
        return day
    return datetime.combine(day.date(), datetime.min.time()) + timedelta(seconds=round(clock))


@lru_cache(maxsize=4096)
def _offset_for_hour(day: date, hour: int) -> int:
    local = datetime(day.year, day.month, day.day, hour, tzinfo=LOCAL_ZONE)
    offset = local.utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def local_offset(moment: datetime) -> int:
    """Minutes east of UTC for a Stockholm local time (the first of a repeated autumn hour)."""
    return _offset_for_hour(moment.date(), moment.hour)


def from_epoch(text: str, zone: ZoneInfo | None = None) -> tuple[datetime, int] | None:
    """Epoch seconds (UTC, or ``zone``) as a Stockholm local naive time and its UTC offset.
    The autumn hour that repeats keeps its two offsets apart (120 then 60 minutes)."""
    value = text.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        raise _bad(text, tr("phone_import", "en tidpunkt i sekunder sedan 1970")) from None
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    if seconds <= 0:
        return None  # CUCM writes 0 for "never connected"
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise _bad(text, tr("phone_import", "en tidpunkt i sekunder sedan 1970")) from None
    if moment.year not in YEARS:
        raise _bad(text, tr("phone_import", "en rimlig tidpunkt (år 1990–2100)"))
    if zone is not None and zone.key not in ("UTC", "Etc/UTC"):
        moment = moment.replace(tzinfo=zone)
    local = moment.astimezone(LOCAL_ZONE)
    offset = local.utcoffset()
    return local.replace(tzinfo=None, fold=0), int(offset.total_seconds() // 60) if offset else 0
