"""Habit, stretch and dose rollups per diary day: the lanes equal a recount from the raw rows."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, datetime, timezone

import pytest

from mslog.core.diary import Diary
from mslog.core.trends import DateRange, day_number
from mslog.core.trends.lanes import first_dose_days, habit_lane, stretch_lane
from tests.helpers.direct_lanes import (
    direct_first_dose_days,
    direct_habit_lane,
    direct_stretch_lane,
)

TABLES = ("cache_habit_day", "cache_stretch_day", "cache_dose_day")
RANGES = (
    DateRange(date(2025, 12, 1), date(2026, 3, 11)),
    DateRange(date(2026, 1, 10), date(2026, 1, 20)),
    DateRange(date(2026, 2, 28), date(2026, 3, 1)),
)


def drop_activity_rollups(conn: sqlite3.Connection) -> None:
    """Take schema step 14 out of a diary, as a diary of version 13 was."""
    for table in TABLES:
        conn.execute(f"DROP TABLE {table}")
    for table in ("habit_day", "stretch_day", "dose_day"):
        for event in ("ai", "au", "ad"):
            conn.execute(f"DROP TRIGGER cache_{table}_{event}")


def _rows(db, table: str) -> list[tuple]:
    return sorted(db.execute_sql(f"SELECT * FROM {table}").fetchall())


def assert_lanes_match(diary: Diary) -> None:
    """The lanes read from the rollups are the ones computed from every raw row."""
    trends = diary.trends
    for rng in RANGES:
        assert stretch_lane(trends, rng) == direct_stretch_lane(trends, rng)
        assert habit_lane(trends, rng) == direct_habit_lane(trends, rng)
    assert first_dose_days(trends) == direct_first_dose_days(trends)


def _epoch(rnd: random.Random) -> int:
    moment = datetime(2025, 12, 1, tzinfo=timezone.utc).timestamp()
    return int(moment) + rnd.randrange(100 * 86400)


def _write_random_rows(run, rnd: random.Random, meds: list[int], habits: list[int]) -> None:
    """Insert, change and delete ticks, sessions and doses, as any writer might."""
    for _ in range(60):
        offset = rnd.choice((0, 60, -300, 330, 780, -600))
        run(
            "INSERT INTO habit_tick (habit_id, done_at, utc_offset, recorded_at)"
            " VALUES (?, ?, ?, 0)",
            (rnd.choice(habits), _epoch(rnd), offset),
        )
        run(
            "INSERT INTO stretch_session (uuid, routine_key, routine_name, started_at,"
            " utc_offset, outcome) VALUES (?, 'r', 'R', ?, ?, ?)",
            (f"s{rnd.random()}", _epoch(rnd), offset,
             rnd.choice(("completed", "stopped", "partial"))),
        )  # fmt: skip
        day = date.fromordinal(date(2025, 12, 1).toordinal() + rnd.randrange(100))
        slot = f"{day.isoformat()} {rnd.randrange(24):02d}:{rnd.choice((0, 30)):02d}"
        kind = rnd.random()
        if kind < 0.5:
            row = (f"{slot}", "taken", _epoch(rnd), offset)
        elif kind < 0.7:
            row = (f"{slot}", "skipped", None, None)
        elif kind < 0.95:
            row = (None, "taken", _epoch(rnd), offset)  # as needed
        else:
            row = ("not a date", "skipped", None, None)  # never counted
        run(
            "INSERT OR IGNORE INTO dose (uuid, medication_id, slot_local, status, taken_at,"
            " utc_offset, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 0)",
            (f"d{rnd.random()}", rnd.choice(meds), *row),
        )
    for table, column in (("habit_tick", "done_at"), ("stretch_session", "started_at"),
                          ("dose", "taken_at")):  # fmt: skip
        run(
            f"UPDATE {table} SET {column} = {column} + ? WHERE id % 7 = ? AND {column} IS NOT NULL",
            (rnd.randrange(-2 * 86400, 2 * 86400), rnd.randrange(7)),
        )
        run(f"DELETE FROM {table} WHERE id % 11 = ?", (rnd.randrange(11),))
    run("UPDATE stretch_session SET outcome = 'completed' WHERE id % 5 = 0")
    run("UPDATE dose SET medication_id = ? WHERE id % 9 = 0", (meds[0],))
    run("UPDATE habit_tick SET habit_id = ? WHERE id % 6 = 0", (habits[-1],))


def _ids(diary: Diary) -> tuple[list[int], list[int]]:
    c = diary.checklists
    for name in ("Baclofen", "Tizanidine", "Gabapentin"):
        c.medications.add(name, times=["08:00"], amount=5, unit="mg", starts=date(2025, 12, 1))
    meds = [r[0] for r in diary.db.execute_sql("SELECT id FROM medication").fetchall()]
    habits = [r[0] for r in diary.db.execute_sql("SELECT id FROM habit").fetchall()]
    return meds, habits


@pytest.mark.parametrize("seed", range(6))
def test_lanes_from_the_rollups_equal_the_per_row_reads_on_random_diaries(diary: Diary, seed):
    rnd = random.Random(seed)
    meds, habits = _ids(diary)
    diary.trends.earliest_day()  # built: from now on the triggers keep the tables
    with diary.db.atomic():
        _write_random_rows(diary.db.execute_sql, rnd, meds, habits)
    assert_lanes_match(diary)
    for hour in (rnd.randrange(10), 0, 9):  # a new day-start hour rebuilds them
        diary.set_day_start_hour(hour)
        assert_lanes_match(diary)
    other = sqlite3.connect(diary.path)  # the command line, say
    other.execute("PRAGMA foreign_keys = ON")  # as every MSLog connection has
    with other:
        _write_random_rows(other.execute, rnd, meds, habits)
        other.execute("DELETE FROM habit WHERE id = ?", (habits[0],))  # its ticks go with it
        other.execute("DELETE FROM medication WHERE id = ?", (meds[1],))
    other.close()
    assert_lanes_match(diary)
    kept = {table: _rows(diary.db, table) for table in TABLES}
    diary.db.execute_sql("DELETE FROM cache_trend_meta")
    diary.trends._checked = None
    diary.trends.earliest_day()  # rebuilt from the raw rows
    assert {table: _rows(diary.db, table) for table in TABLES} == kept


def test_rollups_that_went_wrong_are_rebuilt_at_the_next_check(diary: Diary):
    meds, habits = _ids(diary)
    diary.trends.earliest_day()
    with diary.db.atomic():
        _write_random_rows(diary.db.execute_sql, random.Random(9), meds, habits)
    for table in TABLES:
        diary.db.execute_sql(f"DELETE FROM {table} WHERE day = (SELECT min(day) FROM {table})")
        diary.trends._checked = None  # as after a reopen
        assert_lanes_match(diary)


def test_a_diary_of_version_13_gets_the_rollups_filled(diary: Diary):
    from mslog.core.storage import migrations

    meds, habits = _ids(diary)
    diary.trends.earliest_day()
    with diary.db.atomic():
        _write_random_rows(diary.db.execute_sql, random.Random(4), meds, habits)
    kept = {table: _rows(diary.db, table) for table in TABLES}
    assert all(kept.values())

    def restore_from_before_this_step() -> None:
        other = sqlite3.connect(diary.path)
        with other:
            drop_activity_rollups(other)
            other.execute("DROP TABLE cache_write_count")  # schema step 15's
            other.execute("PRAGMA user_version = 13")
        other.close()

    diary.db.swap_file(restore_from_before_this_step)
    assert migrations.schema_version(diary.db) == migrations.LATEST_VERSION
    # Filled by the step itself from the raw rows, for the hour the cells were built for.
    assert {table: _rows(diary.db, table) for table in TABLES} == kept
    assert_lanes_match(diary)


def test_a_diary_of_version_13_never_built_fills_them_at_first_use(diary: Diary):
    meds, habits = _ids(diary)
    with diary.db.atomic():
        _write_random_rows(diary.db.execute_sql, random.Random(5), meds, habits)

    def restore_from_before_this_step() -> None:
        other = sqlite3.connect(diary.path)
        with other:
            drop_activity_rollups(other)
            other.execute("DROP TABLE cache_write_count")  # schema step 15's
            other.execute("PRAGMA user_version = 13")
        other.close()

    diary.db.swap_file(restore_from_before_this_step)
    assert all(not _rows(diary.db, table) for table in TABLES)  # the cells are not built yet
    assert_lanes_match(diary)
    assert all(_rows(diary.db, table) for table in TABLES)


def test_first_dose_day_follows_the_slot_and_the_day_start_hour(diary: Diary):
    c = diary.checklists
    med = c.medications.add("Diazepam", times=["01:30"], amount=2, unit="mg",
                            starts=date(2026, 3, 1))  # fmt: skip
    (med_id,) = diary.db.execute_sql(
        "SELECT id FROM medication WHERE uuid = ?", (med.uuid,)
    ).fetchone()
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 2), "01:30"))
    assert first_dose_days(diary.trends) == {med_id: day_number(date(2026, 3, 2))}
    diary.set_day_start_hour(0)  # the slot, 3 March 01:30, is now on its calendar day
    assert first_dose_days(diary.trends) == {med_id: day_number(date(2026, 3, 3))}
    assert_lanes_match(diary)


def test_an_import_into_a_diary_with_built_rollups_keeps_them_right(diary: Diary, tmp_path, clock):
    from mslog.core.safety.importer import import_data

    source = Diary(tmp_path / "other", clock=clock)
    meds, habits = _ids(source)
    with source.db.atomic():
        _write_random_rows(source.db.execute_sql, random.Random(7), meds, habits)
    tables = {}
    for (name,) in source.db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'cache_%'"
    ).fetchall():
        cursor = source.db.execute_sql(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        tables[name] = {"columns": columns, "rows": [list(r) for r in cursor.fetchall()]}
    version = source.db.execute_sql("PRAGMA user_version").fetchone()[0]
    source.close()
    diary.trends.earliest_day()  # built: the import's rows go through the triggers
    import_data(
        diary.db,
        {"format": "mslog-diary", "format_version": 1, "schema_version": version,
         "tables": tables},
        diary.clock.now(),
    )  # fmt: skip
    assert all(_rows(diary.db, table) for table in TABLES)
    assert_lanes_match(diary)
