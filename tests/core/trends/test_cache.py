"""The trigger-kept aggregate tables always agree with aggregates computed from the log."""

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mslog.core.days import DayRule
from mslog.core.diary import Diary
from mslog.core.trends import DateRange, cache
from tests.core.trends.test_rollup import assert_rollups_match
from tests.helpers.direct_trends import DirectTrends

RANGE = DateRange(date(2026, 2, 1), date(2026, 3, 11))
BASE = datetime(2026, 2, 1, tzinfo=timezone.utc)


RANGES = [
    RANGE,
    DateRange(date(2026, 1, 20), date(2026, 3, 11)),  # one whole 32-day block and two edges
    DateRange(date(2025, 1, 1), date(2026, 12, 31)),  # blocks only, around all the data
    DateRange(date(2026, 2, 27), date(2026, 2, 28)),  # across a block boundary
]


def same(diary: Diary) -> None:
    direct = DirectTrends(diary.db, lambda: diary.day_rule)
    cached = diary.trends
    for rng in RANGES:
        assert cached.daily(rng) == direct.daily(rng)
        assert cached.heatmap(rng) == direct.heatmap(rng)
        assert sorted(zip(*cached.raster(rng), strict=True)) == sorted(
            zip(*direct.raster(rng), strict=True)
        )
        by_block: dict[tuple[int, int], int] = {}
        for day, hour, count, _ in zip(*direct.raster(rng), strict=True):
            key = (day - day % cache.BLOCK, hour)
            by_block[key] = by_block.get(key, 0) + count
        assert list(zip(*cached.raster_by_block(rng), strict=True)) == [
            (day, hour, count) for (day, hour), count in sorted(by_block.items())
        ]
        assert cached.breakdown(rng) == direct.breakdown(rng)
        assert cached.trigger_days(rng) == direct.trigger_days(rng)
        assert cached.hours(rng) == [sum(row[h] for row in direct.heatmap(rng)) for h in range(24)]
    assert cached.earliest_day() == direct.earliest_day()
    assert_rollups_match(diary.db)


moment = st.builds(
    lambda minutes, offset: BASE + timedelta(minutes=minutes),
    st.integers(0, 38 * 24 * 60),
    st.just(0),
).flatmap(
    lambda m: st.sampled_from([-300, 0, 60, 330, 540]).map(
        lambda off: m.astimezone(timezone(timedelta(minutes=off)))
    )
)
entry = st.fixed_dictionaries(
    {
        "started": moment,
        "severity": st.none() | st.integers(0, 10),
        "kind": st.none() | st.sampled_from(["flexor", "clonus"]),
        "locations": st.lists(st.sampled_from(["back", "left_calf"]), max_size=2, unique=True),
        "triggers": st.lists(st.sampled_from(["heat", "stress", "mine"]), max_size=2, unique=True),
    }
)
action = st.one_of(
    st.tuples(st.just("log"), entry),
    st.tuples(st.just("update"), entry),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("day_start"), st.integers(0, 6)),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=st.lists(action, min_size=1, max_size=25))
def test_cache_matches_the_log_after_any_edits(diary: Diary, actions):
    diary.db.execute_sql("DELETE FROM spasm")
    diary.day_rule = DayRule(4)
    diary.trends.earliest_day()  # builds the cache, so the triggers keep it from here
    uuids: list[str] = []
    for kind, value in actions:
        if kind == "log":
            uuids.append(diary.spasms.log(**value).uuid)
        elif kind == "update" and uuids:
            diary.spasms.update(uuids[len(uuids) // 2], **value)
        elif kind == "delete" and uuids:
            diary.spasms.delete(uuids.pop(value % len(uuids)))
        elif kind == "day_start":
            diary.day_rule = DayRule(value)
        # Compare with the triggers alone, without a rebuild hiding a mistake.
        start = diary.day_rule.start_hour
        if diary.trends._checked and diary.trends._checked[2] == start:
            assert cache.is_current(diary.db, start)
        same(diary)


def test_another_connection_writing_is_noticed(diary: Diary):
    diary.spasms.log(started=datetime(2026, 3, 1, 12, tzinfo=timezone.utc), severity=3)
    assert diary.trends.daily(RANGE).count == [1]
    other = sqlite3.connect(diary.path)  # e.g. the command line, writing meanwhile
    with other:
        other.execute(
            "INSERT INTO spasm (uuid, started_at, utc_offset, severity, created_at, updated_at)"
            " VALUES ('x', ?, 0, 5, 0, 0)",
            (int(datetime(2026, 3, 2, 12, tzinfo=timezone.utc).timestamp()),),
        )
    other.close()
    daily = diary.trends.daily(RANGE)
    assert daily.count == [1, 1]
    assert daily.max_severity == [3, 5]
    # Aggregates that somehow went wrong are rebuilt at the next check.
    diary.db.execute_sql("UPDATE cache_trend_cell SET count = 7")
    diary.trends._checked = None
    assert diary.trends.daily(RANGE).count == [1, 1]


def test_another_mslogs_write_is_trusted_and_another_tools_is_checked(
    diary: Diary, data_dir, clock, monkeypatch: pytest.MonkeyPatch
):
    diary.spasms.log(started=datetime(2026, 3, 1, 12, tzinfo=timezone.utc), severity=3)
    assert diary.trends.daily(RANGE).count == [1]
    checks: list[int] = []
    real = cache.is_current

    def counted(db, start_hour: int) -> bool:
        checks.append(start_hour)
        return real(db, start_hour)

    monkeypatch.setattr(cache, "is_current", counted)
    other = Diary(data_dir, clock=clock)  # `mslog log` from the hotkey, meanwhile
    try:
        other.spasms.log(started=datetime(2026, 3, 2, 12, tzinfo=timezone.utc), severity=5)
    finally:
        other.close()
    # Its write went through the same triggers and was counted: no check of every table.
    assert diary.trends.daily(RANGE).count == [1, 1]
    assert checks == []
    tool = sqlite3.connect(diary.path)  # another SQLite tool: its writes are not counted
    with tool:
        tool.execute("DELETE FROM cache_trend_cell")
    tool.close()
    assert diary.trends.daily(RANGE).count == [1, 1]  # checked, found wanting, rebuilt
    assert checks == [diary.day_rule.start_hour]


def test_a_reopened_database_is_checked_again(diary: Diary, clock):
    diary.spasms.log(started=datetime(2026, 3, 1, 12, tzinfo=timezone.utc))
    assert diary.trends.daily(RANGE).count == [1]

    def restore_from_before_the_aggregates() -> None:
        other = sqlite3.connect(diary.path)
        with other:
            other.execute("DELETE FROM cache_trend_meta")
            other.execute("DELETE FROM cache_trend_cell")
            other.execute(
                "INSERT INTO spasm (uuid, started_at, utc_offset, created_at, updated_at)"
                " VALUES ('y', ?, 0, 0, 0)",
                (int(datetime(2026, 3, 2, 12, tzinfo=timezone.utc).timestamp()),),
            )
        other.close()

    diary.db.swap_file(restore_from_before_the_aggregates)
    assert diary.trends.daily(RANGE).count == [1, 1]
