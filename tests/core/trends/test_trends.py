"""Trend aggregates on hand-computed fixtures: day boundaries, DST, travel, scores, factors."""

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mslog.core.days import DayRule
from mslog.core.diary import Diary
from mslog.core.storage.models import SpasmRow
from mslog.core.trends import (
    DateRange,
    _local_span,
    day_from_number,
    day_number,
    resolve_range,
    snow_score,
)
from mslog.core.trends.queries import sql_day_number
from tests.helpers.stubs import LONDON


def at(y, mo, d, h, mi=0, offset_h: float | None = None) -> datetime:
    if offset_h is None:
        return datetime(y, mo, d, h, mi, tzinfo=LONDON)
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=offset_h)))


def days_of(diary: Diary, first: date, last: date) -> dict[date, int]:
    daily = diary.trends.daily(DateRange(first, last))
    return {day_from_number(n): c for n, c in zip(daily.day, daily.count, strict=True)}


def test_day_start_hour_puts_small_hours_on_the_evening_before(diary: Diary):
    diary.spasms.log(started=at(2026, 3, 5, 3, 59), severity=4)
    diary.spasms.log(started=at(2026, 3, 5, 4, 0), severity=6)
    diary.spasms.log(started=at(2026, 3, 5, 23, 50), severity=8)
    assert days_of(diary, date(2026, 3, 1), date(2026, 3, 10)) == {
        date(2026, 3, 4): 1,
        date(2026, 3, 5): 2,
    }
    daily = diary.trends.daily(DateRange(date(2026, 3, 5), date(2026, 3, 5)))
    assert daily.mean_severity == [7.0]
    assert daily.max_severity == [8]


def test_range_edges_are_exact_diary_days(diary: Diary):
    diary.spasms.log(started=at(2026, 3, 6, 3, 0))  # diary day 5 March
    diary.spasms.log(started=at(2026, 3, 6, 5, 0))  # diary day 6 March
    assert days_of(diary, date(2026, 3, 6), date(2026, 3, 6)) == {date(2026, 3, 6): 1}
    assert days_of(diary, date(2026, 3, 5), date(2026, 3, 5)) == {date(2026, 3, 5): 1}


def test_dst_change_keeps_local_days_and_hours(diary: Diary, clock):
    clock.set(datetime(2026, 11, 1, 12, 0))
    # Spring forward on 29 March 2026: 03:30 BST is still the night of the 28th.
    diary.spasms.log(started=at(2026, 3, 29, 3, 30))
    diary.spasms.log(started=at(2026, 3, 29, 4, 30))
    # Fall back on 25 October: 01:30 happens twice; both belong to the 24th.
    diary.spasms.log(started=datetime(2026, 10, 25, 1, 30, fold=0, tzinfo=LONDON))
    diary.spasms.log(started=datetime(2026, 10, 25, 1, 30, fold=1, tzinfo=LONDON))
    assert days_of(diary, date(2026, 3, 1), date(2026, 10, 31)) == {
        date(2026, 3, 28): 1,
        date(2026, 3, 29): 1,
        date(2026, 10, 24): 2,
    }
    grid = diary.trends.heatmap(DateRange(date(2026, 10, 24), date(2026, 10, 24)))
    assert grid[6][1] == 2  # Sunday (local calendar), 01:00-01:59, both times
    grid = diary.trends.heatmap(DateRange(date(2026, 3, 28), date(2026, 3, 29)))
    assert grid[6][3] == 1
    assert grid[6][4] == 1


def test_travel_offsets_use_the_local_time_where_it_happened(diary: Diary):
    # 23:00 in New York on 1 March is 04:00 UTC on the 2nd: still the 1st there.
    diary.spasms.log(started=at(2026, 3, 1, 23, 0, offset_h=-5))
    # 02:00 in Tokyo on 3 March is the night of the 2nd.
    diary.spasms.log(started=at(2026, 3, 3, 2, 0, offset_h=9))
    # 14:00 in India (+05:30) on the 4th.
    diary.spasms.log(started=at(2026, 3, 4, 14, 0, offset_h=5.5))
    assert days_of(diary, date(2026, 2, 25), date(2026, 3, 10)) == {
        date(2026, 3, 1): 1,
        date(2026, 3, 2): 1,
        date(2026, 3, 4): 1,
    }
    grid = diary.trends.heatmap(DateRange(date(2026, 2, 25), date(2026, 3, 10)))
    assert grid[6][23] == 1  # Sunday 1 March, 23:00 New York time
    assert grid[1][2] == 1  # Tuesday 3 March, 02:00 Tokyo time
    assert grid[2][14] == 1  # Wednesday 4 March, 14:00 India time
    days, hours, counts, _ = diary.trends.raster(DateRange(date(2026, 2, 25), date(2026, 3, 10)))
    cells = {(day_from_number(d), h): c for d, h, c in zip(days, hours, counts, strict=True)}
    assert cells == {
        (date(2026, 3, 1), 23): 1,
        (date(2026, 3, 2), 26): 1,
        (date(2026, 3, 4), 14): 1,
    }


def test_earliest_day_follows_diary_days_across_time_zones(diary: Diary):
    assert diary.trends.earliest_day() is None
    diary.spasms.log(started=at(2026, 3, 2, 1, 0))  # diary day 1 March (London)
    diary.spasms.log(started=at(2026, 3, 1, 22, 0, offset_h=-5))  # 03:00 UTC on the 2nd
    assert diary.trends.earliest_day() == date(2026, 3, 1)


@settings(max_examples=200, deadline=None)
@given(
    epoch=st.integers(min_value=86400 * 2, max_value=4_000_000_000),
    offset=st.integers(min_value=-720, max_value=840),
    start_hour=st.integers(min_value=0, max_value=23),
)
def test_day_number_sql_matches_the_day_rule(epoch, offset, start_hour):
    import sqlite3
    from contextlib import closing

    rule = DayRule(start_hour)
    with closing(sqlite3.connect(":memory:")) as conn:
        number, text = conn.execute(
            f"SELECT {sql_day_number(rule, ':epoch', ':offset')}, "
            f"{rule.sql_day(':epoch', ':offset')}",
            {"epoch": epoch, "offset": offset},
        ).fetchone()
    assert day_from_number(number).isoformat() == text
    local = datetime.fromtimestamp(epoch, timezone(timedelta(minutes=offset)))
    assert day_from_number(number) == rule.day_of(local.replace(tzinfo=None))


@settings(max_examples=200, deadline=None)
@given(
    epoch=st.integers(min_value=86400 * 2, max_value=4_000_000_000),
    offset=st.integers(min_value=-720, max_value=840),
    start_hour=st.integers(min_value=0, max_value=23),
    before=st.integers(min_value=-2, max_value=2),
    length=st.integers(min_value=1, max_value=3),
)
def test_the_local_span_holds_the_same_days_as_the_day_number(
    epoch, offset, start_hour, before, length
):
    # What the query builder's spasm reads test (local moment within the span) against
    # what the SQL reads test (day number within the range): the same days.
    rule = DayRule(start_hour)
    local = datetime.fromtimestamp(epoch, timezone(timedelta(minutes=offset)))
    day = rule.day_of(local.replace(tzinfo=None))
    first = day + timedelta(days=before)
    begins, ends = _local_span(rule, DateRange(first, first + timedelta(days=length - 1)))
    assert (begins <= epoch + offset * 60 < ends) == (before <= 0 < before + length)


@pytest.mark.parametrize(
    ("count", "snow"),
    [(0, 1), (1, 2), (2, 3), (5, 3), (6, 4), (9, 4), (10, 5), (24, 5), (241, 5)],
)  # fmt: skip
def test_snow_score_from_a_day_count(count, snow):
    # No Penn level is worked out from the log any more: a day's average rate reads 10
    # spasms within 45 minutes as "less than once an hour". Penn is self-rated instead.
    assert snow_score(count) == snow


def test_summary_totals_and_previous_range(diary: Diary):
    # Week 2-8 March: 0,1,3,3,6,12,0 spasms; 14 rated 6 and 11 rated 4.
    counts = [0, 1, 3, 3, 6, 12, 0]
    for i, n in enumerate(counts):
        for k in range(n):
            diary.spasms.log(
                started=at(2026, 3, 2 + i, 9 + k % 10, 0),
                severity=4 if k % 2 else 6,
                triggers=["heat"] if k == 0 else ["stress", "heat"],
            )
    rng = DateRange(date(2026, 3, 2), date(2026, 3, 8))
    summary = diary.trends.summary(rng)
    assert summary.spasms == 25
    assert summary.mean_severity == pytest.approx((14 * 6 + 11 * 4) / 25)
    assert summary.worst_hour == 9
    assert summary.top_trigger == ("Heat", 25)
    previous = diary.trends.summary(rng.previous())
    assert previous.range == DateRange(date(2026, 2, 23), date(2026, 3, 1))
    assert previous.spasms == 0
    assert previous.mean_severity is None
    assert previous.worst_hour is None


def test_breakdown_counts_triggers_locations_and_types(diary: Diary):
    diary.spasms.log(started=at(2026, 3, 9, 10), kind="flexor", locations=["left_calf"])
    diary.spasms.log(
        started=at(2026, 3, 9, 11),
        kind="flexor",
        locations=["left_calf", "right_calf"],
        triggers=["heat", "my new shoes"],
    )
    diary.spasms.log(started=at(2026, 3, 10, 11), kind="clonus", triggers=["heat"])
    result = diary.trends.breakdown(DateRange(date(2026, 3, 9), date(2026, 3, 10)))
    assert result.triggers == [("heat", "Heat", 2), ("my new shoes", "my new shoes", 1)]
    assert result.locations == [("left_calf", "Left calf", 2), ("right_calf", "Right calf", 1)]
    assert result.types == [("flexor", "Flexor", 2), ("clonus", "Clonus", 1)]


def test_resolve_range():
    today = date(2026, 3, 11)
    assert resolve_range("7", today) == DateRange(date(2026, 3, 5), today)
    assert resolve_range("365", today).days == 365
    assert resolve_range("all", today, earliest=date(2020, 1, 1)) == DateRange(
        date(2020, 1, 1), today
    )
    assert resolve_range("all", today) == DateRange(today, today)
    assert resolve_range("since_appointment", today, last_appointment=date(2026, 2, 1)) == (
        DateRange(date(2026, 2, 2), today)
    )
    assert resolve_range("since_appointment", today).days == 30
    with pytest.raises(ValueError, match="unknown range"):
        resolve_range("fortnight", today)


def test_day_numbers_round_trip():
    assert day_number(date(1970, 1, 2)) == 1
    assert day_from_number(day_number(date(2026, 3, 11))) == date(2026, 3, 11)


def test_range_aggregates_use_the_trend_index(diary: Diary):
    rng = DateRange(date(2026, 3, 1), date(2026, 3, 10))
    sql, params = SpasmRow.select(SpasmRow.id).where(diary.trends._spasms_in(rng)).sql()
    plan = diary.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    assert "COVERING INDEX spasm_trend" in " ".join(str(row[-1]) for row in plan)


def test_hours_match_the_heatmap(diary: Diary):
    for hour in (1, 9, 9, 22):
        diary.spasms.log(started=at(2026, 3, 4, hour, 5))
    rng = DateRange(date(2026, 3, 1), date(2026, 3, 10))
    by_hour = [sum(row[h] for row in diary.trends.heatmap(rng)) for h in range(24)]
    assert diary.trends.hours(rng) == by_hour
    assert by_hour[9] == 2
    assert diary.trends.summary(rng).worst_hour == 9
