"""The start view's figures: one month per unit and for the whole service, each with its status.

Nothing is computed here that an area computes: every figure comes from the service the area uses,
called the way the area calls it, so the dashboard and the area cannot disagree.

- Invoices per FTE (customer and supplier ledger), per unit and in total: ``IndicatorBook.productivity``
  (the area "Nyckeltal och intäkter"), with its target and status.
- Electronic share of the customer and the supplier ledger, over the unit's customers:
  ``IndicatorBook.shares`` (its total row), status only where a target row exists.
- Answer rate per unit and for every group number: ``PhoneStatsService.series`` by month
  ("Telefoni"), against ``answer_rate_target`` of the year, status as ``unit_month`` gives it.
- Open complaints and the overdue among them, as of today: ``ComplaintService.list`` with
  ``open_only`` ("Klagomål"); the trend is complaints received per month (``per_month``).
- Follow-ups due this week or overdue, as of today: ``CustomerLogService.follow_ups``
  ("Uppföljning"); the trend is those open follow-ups by the month they were due.

"This month" is the latest month with volumes or calls (the demo database ends in 2010), not the
wall-clock month; complaints and follow-ups are as of today, as in their areas. A trend is the twelve
months ending with the dashboard's month, ``None`` where a month has no figure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.periods import Month
from ekadm_desktop.services.complaints import ComplaintFilter, ComplaintService
from ekadm_desktop.services.customer_log import CustomerLogService, FollowUpState
from ekadm_desktop.services.indicators import (
    CUSTOMER_ELECTRONIC_SHARE,
    SUPPLIER_ELECTRONIC_SHARE,
    IndicatorBook,
    IndicatorService,
    ProductivityRow,
    ShareRow,
    definition,
)
from ekadm_desktop.services.phone_stats import PhoneStatsService, Scope, SeriesPoint
from ekadm_desktop.services.phone_stats import definition_texts as phone_definitions
from ekadm_desktop.services.phone_stats import status_of as phone_status
from ekadm_desktop.services.reference_seed import Indicator

CONTEXT = "dashboard"
TREND_MONTHS = 12

Status = Literal["green", "amber", "red", "none"]
ValueKind = Literal["int", "percent"]  # how a value is written (chart_style.format_value)
AreaKey = Literal["productivity", "telephony", "complaints", "follow_ups"]

# The figures in the order of the dashboard's columns: code, label, area a click opens.
CUSTOMER_PER_FTE = "customer_invoices_per_fte"
SUPPLIER_PER_FTE = "supplier_invoices_per_fte"
CUSTOMER_SHARE = "customer_electronic_share"
SUPPLIER_SHARE = "supplier_electronic_share"
ANSWER_RATE = "answer_rate"
COMPLAINTS = "open_complaints"
FOLLOW_UPS = "follow_ups"

COLUMNS: tuple[tuple[str, str, str, AreaKey], ...] = (
    # code, label, short header for the grid, area
    (
        CUSTOMER_PER_FTE,
        N_("dashboard", "Kundfakturor per årsarbetare"),
        N_("dashboard", "Kundfakturor per åa"),
        "productivity",
    ),
    (
        SUPPLIER_PER_FTE,
        N_("dashboard", "Leverantörsfakturor per årsarbetare"),
        N_("dashboard", "Lev.fakturor per åa"),
        "productivity",
    ),
    (
        CUSTOMER_SHARE,
        N_("dashboard", "E-andel kundfakturor"),
        N_("dashboard", "E-andel kundfakturor"),
        "productivity",
    ),
    (
        SUPPLIER_SHARE,
        N_("dashboard", "E-andel leverantörsfakturor"),
        N_("dashboard", "E-andel lev.fakturor"),
        "productivity",
    ),
    (ANSWER_RATE, N_("dashboard", "Svarsfrekvens"), N_("dashboard", "Svarsfrekvens"), "telephony"),
    (COMPLAINTS, N_("dashboard", "Öppna klagomål"), N_("dashboard", "Öppna klagomål"), "complaints"),
    (FOLLOW_UPS, N_("dashboard", "Uppföljningar"), N_("dashboard", "Uppföljningar"), "follow_ups"),
)

STATUS_TEXTS: dict[Status, str] = {
    "green": N_("dashboard", "Uppnått"),
    "amber": N_("dashboard", "Nära"),
    "red": N_("dashboard", "Under mål"),
    "none": N_("dashboard", "Inget mål"),
}


def column_label(code: str) -> str:
    return next(tr(CONTEXT, label) for c, label, _short, _area in COLUMNS if c == code)


def column_header(code: str) -> str:
    """The short column title of the grid (the tile's tooltip gives the full label)."""
    return next(tr(CONTEXT, short) for c, _label, short, _area in COLUMNS if c == code)


def column_area(code: str) -> AreaKey:
    return next(area for c, _label, _short, area in COLUMNS if c == code)


@dataclass(frozen=True)
class Tile:
    """One figure of one unit (or of the whole service) in the dashboard's month."""

    code: str  # a code of ``COLUMNS``
    label: str
    area: AreaKey  # the area a click opens
    value: float | None  # None: no figure ("–"), never 0 in its place
    kind: ValueKind
    status: Status
    status_text: str  # "Uppnått", "Nära", "Under mål", "Inget mål", "2 försenade" …
    target: float | None = None
    detail: str = ""  # a second line where there is no target: "idag"
    trend: tuple[float | None, ...] = ()  # the dashboard's trend months, oldest first
    trend_label: str = ""  # what the trend counts, when it is not the value itself
    definition: str = ""


@dataclass(frozen=True)
class UnitTiles:
    """The tiles of one unit, or of the whole service (``unit_id`` None)."""

    unit_id: int | None
    unit_name: str
    tiles: tuple[Tile, ...]

    def tile(self, code: str) -> Tile:
        return next(t for t in self.tiles if t.code == code)


@dataclass(frozen=True)
class Dashboard:
    month: Month  # the month shown
    latest: Month | None  # the latest month with volumes or calls; None in an empty database
    today: date  # the day complaints and follow-ups are judged on
    trend_months: tuple[Month, ...]
    units: tuple[UnitTiles, ...]  # each unit by name, then the whole service
    has_volumes: bool  # the month has volumes or staffing
    has_calls: bool  # the month has phone figures
    notes: tuple[str, ...] = field(default=())

    @property
    def total(self) -> UnitTiles:
        return self.units[-1]


def status_text(status: Status, value: float | None = 0.0) -> str:
    """The status in words; a missing value is "Inga uppgifter" rather than "Inget mål"."""
    if value is None:
        return tr(CONTEXT, "Inga uppgifter")
    return tr(CONTEXT, STATUS_TEXTS[status])


def trend_months(month: Month, count: int = TREND_MONTHS) -> tuple[Month, ...]:
    months = [month]
    while len(months) < count:
        months.append(months[-1].previous())
    return tuple(reversed(months))


class DashboardService:
    """Builds the ``Dashboard`` of a month from the services the areas use (Qt-free)."""

    def __init__(
        self,
        indicators: IndicatorService,
        phone_stats: PhoneStatsService,
        complaints: ComplaintService,
        customer_log: CustomerLogService,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._indicators = indicators
        self._phone = phone_stats
        self._complaints = complaints
        self._log = customer_log
        self._today = today

    def latest_month(self) -> Month | None:
        """The later of the last month with volumes and the last month with calls."""
        months = [self._indicators.latest_month()]
        day = self._phone.latest_day()
        if day is not None:
            months.append(Month.of(day))
        found = [m for m in months if m is not None]
        return max(found, key=lambda m: (m.year, m.month)) if found else None

    def dashboard(self, month: Month | None = None) -> Dashboard:
        """The dashboard of ``month``; without one, of the latest month with data."""
        latest = self.latest_month()
        today = self._today()
        shown = month or latest or Month.of(today)
        months = trend_months(shown)
        book = self._indicators.load(months[0].year, shown.year)
        units = sorted(book.units.values(), key=lambda u: u.name)
        scopes: list[tuple[int | None, str]] = [(u.id, u.name) for u in units]
        scopes.append((None, tr(CONTEXT, "Alla enheter")))

        volumes = _VolumeFigures(book, shown, months)
        phone = self._phone_figures(shown, months, [u for u, _ in scopes])
        complaints = self._complaint_figures(today, months, [u for u, _ in scopes])
        follow_ups = self._follow_up_figures(today, months)

        rows = []
        for unit_id, name in scopes:
            tiles = (
                *volumes.productivity(unit_id),
                *volumes.shares(unit_id),
                phone.tile(unit_id),
                complaints.tile(unit_id),
                follow_ups.tile(unit_id),
            )
            rows.append(UnitTiles(unit_id, name, tiles))
        has_calls = phone.has_calls
        return Dashboard(
            month=shown,
            latest=latest,
            today=today,
            trend_months=months,
            units=tuple(rows),
            has_volumes=book.has_month(shown),
            has_calls=has_calls,
        )

    # -- phone ---------------------------------------------------------------------------------
    def _phone_figures(
        self, month: Month, months: Sequence[Month], unit_ids: list[int | None]
    ) -> _PhoneFigures:
        target = self._phone.answer_rate_target(month.year)
        phone_units = {unit_id for unit_id, _name in self._phone.units()}
        series: dict[int | None, list[SeriesPoint]] = {}
        for unit_id in unit_ids:
            if unit_id is None:
                series[None] = self._phone.series(months[0].start, month.end, "month", Scope())
            elif unit_id in phone_units:
                series[unit_id] = self._phone.series(months[0].start, month.end, "month", Scope.unit(unit_id))
        definition_text = phone_definitions(self._phone.options).get("answer_rate", "")
        return _PhoneFigures(series, target, definition_text)

    # -- complaints ----------------------------------------------------------------------------
    def _complaint_figures(
        self, today: date, months: Sequence[Month], unit_ids: list[int | None]
    ) -> _TodayCounts:
        open_rows = self._complaints.list(ComplaintFilter(open_only=True, today=today))
        open_count: Counter[int | None] = Counter()
        overdue: Counter[int | None] = Counter()
        for row in open_rows:
            for key in (row.unit_id, None):
                open_count[key] += 1
                overdue[key] += row.overdue
        received: dict[int | None, dict[str, int]] = {}
        years = sorted({m.year for m in months})
        for unit_id in unit_ids:
            counts: dict[str, int] = {}
            for year in years:
                counts.update((p.key, p.count) for p in self._complaints.per_month(year, unit_id))
            received[unit_id] = counts
        return _TodayCounts(
            COMPLAINTS,
            open_count,
            overdue,
            lambda unit_id: tuple(float(received.get(unit_id, {}).get(m.key, 0)) for m in months),
            tr(CONTEXT, "mottagna klagomål per månad"),
            tr(
                CONTEXT,
                "Klagomål som inte är avslutade, idag. Försenade: väntar på svar och svarsfristen "
                "(10 arbetsdagar) har gått ut. Kurvan: mottagna klagomål per månad.",
            ),
        )

    # -- follow-ups ----------------------------------------------------------------------------
    def _follow_up_figures(self, today: date, months: Sequence[Month]) -> _TodayCounts:
        rows = self._log.follow_ups(today)
        due: Counter[int | None] = Counter()
        overdue: Counter[int | None] = Counter()
        by_month: Counter[tuple[int | None, str]] = Counter()
        for row in rows:
            assert row.follow_up_on is not None
            month_key = Month.of(row.follow_up_on).key
            for key in (row.unit_id, None):
                due[key] += 1
                overdue[key] += row.follow_up_state is FollowUpState.OVERDUE
                by_month[key, month_key] += 1
        return _TodayCounts(
            FOLLOW_UPS,
            due,
            overdue,
            lambda unit_id: tuple(float(by_month[unit_id, m.key]) for m in months),
            tr(CONTEXT, "öppna uppföljningar per förfallomånad"),
            tr(
                CONTEXT,
                "Kundloggens öppna uppföljningar med datum denna vecka (måndag–söndag) eller tidigare, "
                "som i Uppföljning. Försenade: datumet har passerat. Kurvan: de öppna uppföljningarna "
                "per månad de skulle följas upp.",
            ),
        )


# -- the figures of each kind, turned into tiles --------------------------------------------------


class _VolumeFigures:
    def __init__(self, book: IndicatorBook, month: Month, months: Sequence[Month]) -> None:
        self._book = book
        self._month = month
        self._months = months
        self._productivity = {m.key: _by_scope(book, m) for m in months if book.has_month(m)}
        self._shares: dict[tuple[str, int | None], ShareRow] = {}

    def productivity(self, unit_id: int | None) -> tuple[Tile, Tile]:
        tiles = []
        for code, indicator in (
            (CUSTOMER_PER_FTE, Indicator.CUSTOMER_INVOICES_PER_FTE),
            (SUPPLIER_PER_FTE, Indicator.SUPPLIER_INVOICES_PER_FTE),
        ):
            rows = self._productivity.get(self._month.key, {})
            row = rows.get((indicator, unit_id))
            trend = tuple(
                (
                    row_m.value
                    if (row_m := self._productivity.get(m.key, {}).get((indicator, unit_id)))
                    else None
                )
                for m in self._months
            )
            target = row.target if row else self._book.targets(self._month.year).target(indicator)
            status: Status = row.status if row else "none"
            tiles.append(
                Tile(
                    code=code,
                    label=column_label(code),
                    area=column_area(code),
                    value=row.value if row else None,
                    kind="int",
                    status=status,
                    status_text=status_text(status, row.value if row else None),
                    target=target,
                    trend=trend,
                    definition=definition(indicator),
                )
            )
        return tiles[0], tiles[1]

    def _share(self, month: Month, unit_id: int | None) -> ShareRow:
        key = (month.key, unit_id)
        row = self._shares.get(key)
        if row is None:
            row = self._shares[key] = self._book.shares(month, unit_id)[-1]  # the total over the customers
        return row

    def shares(self, unit_id: int | None) -> tuple[Tile, Tile]:
        targets = self._book.targets(self._month.year)
        row = self._share(self._month, unit_id)
        tiles = []
        for code, indicator, value, status in (
            (CUSTOMER_SHARE, CUSTOMER_ELECTRONIC_SHARE, row.customer_share.value, row.customer_status),
            (SUPPLIER_SHARE, SUPPLIER_ELECTRONIC_SHARE, row.supplier_share.value, row.supplier_status),
        ):
            trend = tuple(
                _share_value(self._share(m, unit_id), code) if self._book.has_month(m) else None
                for m in self._months
            )
            target = targets.target(indicator)
            tiles.append(
                Tile(
                    code=code,
                    label=column_label(code),
                    area=column_area(code),
                    value=value,
                    kind="percent",
                    status=status,
                    status_text=status_text(status, value),
                    target=target,
                    trend=trend,
                    definition=definition(indicator),
                )
            )
        return tiles[0], tiles[1]


def _by_scope(book: IndicatorBook, month: Month) -> dict[tuple[str, int | None], ProductivityRow]:
    return {(row.indicator, row.unit_id): row for row in book.productivity(month)}


def _share_value(row: ShareRow, code: str) -> float | None:
    return row.customer_share.value if code == CUSTOMER_SHARE else row.supplier_share.value


class _PhoneFigures:
    def __init__(
        self, series: dict[int | None, list[SeriesPoint]], target: float, definition_text: str
    ) -> None:
        self._series = series
        self._target = target
        self._definition = definition_text
        self.has_calls = bool(series.get(None)) and series[None][-1].figures.offered > 0

    def tile(self, unit_id: int | None) -> Tile:
        points = self._series.get(unit_id)
        if points is None:
            return Tile(
                code=ANSWER_RATE,
                label=column_label(ANSWER_RATE),
                area=column_area(ANSWER_RATE),
                value=None,
                kind="percent",
                status="none",
                status_text=tr(CONTEXT, "Ingen grupp"),
                target=self._target,
                trend=(),
                definition=self._definition,
            )
        value = points[-1].figures.answer_rate
        status: Status = phone_status(value, self._target)
        return Tile(
            code=ANSWER_RATE,
            label=column_label(ANSWER_RATE),
            area=column_area(ANSWER_RATE),
            value=value,
            kind="percent",
            status=status,
            status_text=status_text(status) if value is not None else tr(CONTEXT, "Inga samtal"),
            target=self._target,
            trend=tuple(p.figures.answer_rate for p in points),
            definition=self._definition,
        )


@dataclass(frozen=True)
class _TodayCounts:
    """A count of today per unit (open complaints, due follow-ups): red while any is overdue, with a
    monthly trend."""

    code: str
    count: Counter[int | None]
    overdue: Counter[int | None]
    trend: Callable[[int | None], tuple[float, ...]]
    trend_label: str
    definition: str

    def tile(self, unit_id: int | None) -> Tile:
        overdue = self.overdue[unit_id]
        return Tile(
            code=self.code,
            label=column_label(self.code),
            area=column_area(self.code),
            value=self.count[unit_id],
            kind="int",
            status="red" if overdue else "green",
            status_text=_overdue_text(overdue),
            detail=tr(CONTEXT, "idag"),
            trend=self.trend(unit_id),
            trend_label=self.trend_label,
            definition=self.definition,
        )


def _overdue_text(overdue: int) -> str:
    if not overdue:
        return tr(CONTEXT, "0 försenade")
    if overdue == 1:
        return tr(CONTEXT, "1 försenad")
    return tr(CONTEXT, "{count} försenade").format(count=overdue)
