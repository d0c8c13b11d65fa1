"""Phone figures against hand-computed values, on both databases."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import insert

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import PermissionDenied, ValidationError
from ekadm_desktop.models.phone import Call, CallOutcome, Extension, IntervalAggregate, PhoneGroup
from ekadm_desktop.models.reference import IndicatorTarget, Unit
from ekadm_desktop.models.users import Role
from ekadm_desktop.periods import IsoWeek, Month
from ekadm_desktop.services.phone_rollup import rebuild_rollups
from ekadm_desktop.services.phone_stats import (
    AnswerRateVariant,
    PhoneStatsOptions,
    PhoneStatsService,
    Scope,
    ServiceLevelVariant,
    definitions,
    status_of,
)
from ekadm_desktop.services.users import CurrentUser

A, AB, TO, UN = CallOutcome.ANSWERED, CallOutcome.ABANDONED, CallOutcome.TIMEOUT, CallOutcome.UNKNOWN
MARCH = Month(2010, 3)

# Group 1 in March 2010 (1 March is a Monday): (start, outcome, wait, extension key)
G1_CALLS = [
    (datetime(2010, 3, 1, 9, 5), A, 4.0, "e1"),
    (datetime(2010, 3, 1, 9, 20), A, 25.0, "e1"),
    (datetime(2010, 3, 1, 9, 40), AB, 3.0, None),  # a short abandon
    (datetime(2010, 3, 1, 10, 10), AB, 40.0, None),
    (datetime(2010, 3, 2, 14, 0), TO, 120.0, None),  # offered, not answered, not abandoned
    (datetime(2010, 3, 2, 14, 5), UN, None, None),  # incomplete: not offered
    (datetime(2010, 3, 3, 9, 15), A, 20.0, "e2"),
    (datetime(2010, 3, 3, 9, 35), A, None, "e2"),  # answered, waiting time unknown
    (datetime(2009, 3, 10, 11, 0), A, 10.0, "e1"),  # a year earlier
]


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    with database.session() as s:
        u1, u2 = Unit(code="U1", name="Enhet 1"), Unit(code="U2", name="Enhet 2")
        s.add_all([u1, u2])
        s.flush()
        g1 = PhoneGroup(number="100", name="Grupp 1", unit_id=u1.id)
        g2 = PhoneGroup(number="200", name="Grupp 2", unit_id=u2.id)
        s.add_all([g1, g2])
        s.flush()
        e1 = Extension(number="1001", name="Anna", group_id=g1.id, unit_id=u1.id)
        e2 = Extension(number="1002", name="Bo", group_id=g1.id, unit_id=u1.id)
        s.add_all([e1, e2])
        s.flush()
        ext = {"e1": e1.id, "e2": e2.id}
        s.execute(
            insert(Call),
            [
                {
                    "source_key": f"c{i}",
                    "group_id": g1.id,
                    "extension_id": ext[e] if e else None,
                    "started_at": at,
                    "outcome": outcome,
                    "wait_seconds": wait,
                    "talk_seconds": 100.0 if outcome is A else None,
                }
                for i, (at, outcome, wait, e) in enumerate(G1_CALLS)
            ],
        )
        for start, offered, answered, abandoned, short, within, wait, longest in (
            (datetime(2010, 3, 1, 8, 0), 10, 8, 2, 1, 6, 80.0, 90.0),  # ASA 10 s
            (datetime(2010, 3, 1, 8, 30), 20, 18, 1, 0, 9, 360.0, 50.0),  # ASA 20 s
        ):
            s.add(
                IntervalAggregate(
                    group_id=g2.id,
                    interval_start=start,
                    interval_minutes=30,
                    offered=offered,
                    answered=answered,
                    abandoned=abandoned,
                    short_abandoned=short,
                    answered_within_threshold=within,
                    wait_seconds_total=wait,
                    longest_wait_seconds=longest,
                )
            )
        s.flush()
        rebuild_rollups(s)
        return {"u1": u1.id, "u2": u2.id, "g1": g1.id, "g2": g2.id, **ext}


def _user(role: Role, unit_id: int | None = None) -> CurrentUser:
    return CurrentUser(id=99, login="someone", display_name="Någon", role=role, unit_id=unit_id)


def test_group_month_figures(database: Database, admin_user: CurrentUser, ids: dict[str, int]) -> None:
    f = PhoneStatsService(database, admin_user).period_figures(MARCH, Scope.group(ids["g1"]))
    assert (f.offered, f.answered, f.abandoned, f.short_abandoned, f.incomplete) == (7, 4, 2, 1, 1)
    assert f.answer_rate == pytest.approx(4 / 6)
    assert f.abandonment_rate == pytest.approx(2 / 7)
    assert f.asa_seconds == pytest.approx((4 + 25 + 20) / 3)
    assert f.longest_wait_seconds == 40.0  # the timeout's 120 s is not a caller's wait
    assert f.service_level == pytest.approx(2 / 4)  # within 20 s: 4 s and 20 s
    assert f.service_level_threshold_seconds == 20
    assert (f.busiest_hour, f.busiest_hour_offered) == ("09:00–10:00", 5)
    assert f.as_dict()["answer_rate"] == pytest.approx(4 / 6)


def test_unit_figures_follow_the_groups_unit(
    database: Database, admin_user: CurrentUser, ids: dict[str, int]
) -> None:
    service = PhoneStatsService(database, admin_user)
    assert service.period_figures(MARCH, Scope.unit(ids["u1"])) == service.period_figures(
        MARCH, Scope.group(ids["g1"])
    )
    everything = service.period_figures(MARCH)
    assert everything.offered == 7 + 30


def test_interval_aggregates_are_count_weighted(
    database: Database, admin_user: CurrentUser, ids: dict[str, int]
) -> None:
    f = PhoneStatsService(database, admin_user).period_figures(MARCH, Scope.group(ids["g2"]))
    assert (f.offered, f.answered, f.abandoned, f.short_abandoned) == (30, 26, 3, 1)
    assert f.answer_rate == pytest.approx(26 / 29)
    assert f.asa_seconds == pytest.approx((10 * 8 + 20 * 18) / 26)  # not the mean of 10 and 20
    assert f.service_level == pytest.approx(15 / 26)
    assert f.longest_wait_seconds == 90.0
    assert f.busiest_hour == "08:00–09:00"


def test_variants_and_thresholds(database: Database, admin_user: CurrentUser, ids: dict[str, int]) -> None:
    scope = Scope.group(ids["g1"])

    def figures(**options: object) -> tuple[float | None, float | None, int]:
        service = PhoneStatsService(database, admin_user, PhoneStatsOptions(**options))  # type: ignore[arg-type]
        f = service.period_figures(MARCH, scope)
        return f.answer_rate, f.service_level, f.short_abandoned

    assert figures(answer_rate_variant=AnswerRateVariant.ALL_OFFERED)[0] == pytest.approx(4 / 7)
    assert figures(service_level_variant=ServiceLevelVariant.ALL_WITHIN)[1] == pytest.approx(3 / 7)
    assert figures(service_level_variant=ServiceLevelVariant.EXCLUDING_SHORT)[1] == pytest.approx(2 / 6)
    assert figures(service_level_variant=ServiceLevelVariant.OFFERED)[1] == pytest.approx(2 / 7)
    assert figures(service_level_seconds=25)[1] == pytest.approx(3 / 4)
    rate, _sl, short = figures(short_abandon_seconds=45)
    assert short == 2 and rate == pytest.approx(4 / 5)
    with pytest.raises(ValidationError):
        PhoneStatsOptions(service_level_seconds=17)


def test_empty_period_has_no_rates(database: Database, admin_user: CurrentUser, ids: dict[str, int]) -> None:
    f = PhoneStatsService(database, admin_user).period_figures(Month(2010, 5), Scope.group(ids["g1"]))
    assert (f.offered, f.answered) == (0, 0)
    assert f.answer_rate is None and f.abandonment_rate is None and f.service_level is None
    assert f.asa_seconds is None and f.longest_wait_seconds is None and f.busiest_hour is None
    assert f.as_dict()["answer_rate"] is None


def test_series_comparison_and_heat_map(
    database: Database, admin_user: CurrentUser, ids: dict[str, int]
) -> None:
    service = PhoneStatsService(database, admin_user)
    scope = Scope.group(ids["g1"])
    weeks = service.series(date(2010, 3, 1), date(2010, 3, 14), "week", scope)
    assert [(p.key, p.figures.offered, p.figures.answer_rate) for p in weeks] == [
        ("2010-W09", 7, pytest.approx(4 / 6)),
        ("2010-W10", 0, None),
    ]
    days = service.series(date(2010, 3, 1), date(2010, 3, 3), "day", scope)
    assert [p.figures.offered for p in days] == [4, 1, 2]
    assert days[0].figures.busiest_hour == "09:00–10:00"
    comparison = service.comparison(MARCH, scope)
    assert (comparison.current.offered, comparison.previous.offered, comparison.last_year.offered) == (
        7,
        0,
        1,
    )
    assert comparison.last_year.asa_seconds == 10.0
    heat = service.heat_map(MARCH.start, MARCH.end, scope)
    assert heat.values[0][9] == 3 and heat.values[0][10] == 1  # Monday
    assert heat.values[1][14] == 1 and heat.values[2][9] == 2
    assert heat.total == 7
    assert [(h.label, h.offered) for h in service.hour_loads(MARCH.start, MARCH.end, scope)] == [
        ("09:00–10:00", 5),
        ("10:00–11:00", 1),
        ("14:00–15:00", 1),
    ]
    assert service.series(IsoWeek(2010, 9).start, IsoWeek(2010, 9).end, "month", scope)[0].key == "2010-03"


def test_unit_month_with_target(database: Database, admin_user: CurrentUser, ids: dict[str, int]) -> None:
    service = PhoneStatsService(database, admin_user)
    assert service.answer_rate_target(2010) == 0.90
    with database.session() as s:
        s.add(IndicatorTarget(year=2010, indicator="phone_answer_rate", value=Decimal("0.85")))
    rows = {r.unit_name: r for r in service.unit_month(MARCH)}
    assert rows["Enhet 1"].target == 0.85
    assert rows["Enhet 1"].status == "red"  # 4 / 6 against 85 %
    assert rows["Enhet 2"].status == "green"  # 26 / 29 ≈ 89.7 %
    assert rows["Enhet 1"].last_year.offered == 1
    assert status_of(0.82, 0.85) == "amber" and status_of(None, 0.85) == "none"


def test_extension_figures_need_the_right(
    database: Database, admin_user: CurrentUser, ids: dict[str, int]
) -> None:
    rows = PhoneStatsService(database, admin_user).extension_rows(MARCH.start, MARCH.end, ids["u1"])
    assert [(r.number, r.figures.answered, r.figures.asa_seconds) for r in rows] == [
        ("1001", 2, pytest.approx(14.5)),
        ("1002", 2, 20.0),
    ]
    manager = PhoneStatsService(database, _user(Role.UNIT_MANAGER, ids["u1"]))
    assert manager.period_figures(MARCH, Scope.extension(ids["e1"])).answered == 2
    assert [r.number for r in manager.extension_rows(MARCH.start, MARCH.end, None)] == ["1001", "1002"]
    other_manager = PhoneStatsService(database, _user(Role.UNIT_MANAGER, ids["u2"]))
    assert other_manager.extension_rows(MARCH.start, MARCH.end, None) == []  # their own unit's: none
    for user in (_user(Role.UNIT_MANAGER, ids["u2"]), _user(Role.READER, ids["u1"])):
        service = PhoneStatsService(database, user)
        with pytest.raises(PermissionDenied):
            service.period_figures(MARCH, Scope.extension(ids["e1"]))
        with pytest.raises(PermissionDenied):
            service.extension_rows(MARCH.start, MARCH.end, ids["u1"])
    assert (
        PhoneStatsService(database, _user(Role.READER)).period_figures(MARCH, Scope.unit(ids["u1"])).offered
        == 7
    )


def test_definitions_name_the_variants() -> None:
    texts = {d.code: d for d in definitions(PhoneStatsOptions(short_abandon_seconds=10))}
    assert set(texts) >= {"offered", "answer_rate", "service_level", "asa_seconds", "busiest_hour"}
    assert "exkl. korta avhopp" in texts["answer_rate"].label
    assert "10 s" in texts["answer_rate"].text
    assert texts["service_level"].label == "Servicenivå 20 s (hanterade)"
