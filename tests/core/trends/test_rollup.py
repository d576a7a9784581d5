"""Per-day, per-block-hour and dose-slot rollups: always equal to a recount, whatever changes."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from mslog.core.checklists.queries import adherence
from mslog.core.diary import Diary
from mslog.core.trends import DateRange, day_number
from mslog.core.trends.lanes import adherence_lane
from tests.core.trends.test_activity import drop_activity_rollups
from tests.helpers.direct_trends import DirectTrends
from tests.helpers.stubs import LONDON

FEB_MAR = DateRange(date(2026, 2, 1), date(2026, 3, 11))
RANGES = [
    FEB_MAR,
    DateRange(date(2026, 3, 10), date(2026, 3, 11)),  # today and yesterday: doses not yet due
    DateRange(date(2026, 2, 9), date(2026, 2, 11)),  # across the start of the night-time dose
    DateRange(date(2025, 1, 1), date(2026, 3, 11)),  # long: whole 32-day blocks
]


def _rows(db, sql: str) -> list[tuple]:
    return sorted(db.execute_sql(sql).fetchall())


def assert_rollups_match(db) -> None:
    """The rollup tables hold exactly what a recount of the cells and doses gives."""
    assert _rows(db, "SELECT day, count, rated, sev_sum, sev_max FROM cache_trend_day") == _rows(
        db,
        "SELECT day, sum(count), sum(rated), sum(sev_sum), max(sev_max) FROM cache_trend_cell"
        " GROUP BY day",
    )
    assert _rows(db, "SELECT block, hour, count FROM cache_trend_hour_block") == _rows(
        db, "SELECT day / 32, hour, sum(count) FROM cache_trend_cell GROUP BY 1, 2"
    )
    assert _rows(db, "SELECT block, weekday, hour, count FROM cache_trend_weekday_block") == _rows(
        db,
        "SELECT day / 32, (day + (hour < (SELECT start_hour FROM cache_trend_meta)) + 3) % 7,"
        " hour, sum(count) FROM cache_trend_cell GROUP BY 1, 2, 3",
    )
    expected = sorted(
        (dose_id, med, day_number(date.fromisoformat(slot[:10])), slot[11:16], int(s == "taken"))
        for dose_id, med, slot, s in db.execute_sql(
            "SELECT id, medication_id, slot_local, status FROM dose WHERE slot_local IS NOT NULL"
        )
    )
    got = _rows(db, "SELECT dose_id, medication_id, day, time, taken FROM cache_dose_slot")
    assert got == expected


def reference_lane(diary: Diary, rng: DateRange) -> dict[int, list[int]]:
    """Doses due and taken per day, from the checklists' own (slow, per-day) query."""
    expected: dict[int, list[int]] = {}
    for row in adherence(diary.db, diary.day_rule, rng.first, rng.last, diary.clock.now()):
        due = row.scheduled - row.pending
        if due > 0:
            totals = expected.setdefault(day_number(row.day), [0, 0])
            totals[0] += due
            totals[1] += row.taken
    return expected


def assert_adherence_right(diary: Diary) -> None:
    assert_rollups_match(diary.db)
    for rng in RANGES:
        lane = adherence_lane(diary.trends, rng, diary.clock.now())
        got = {d: [s, t] for d, s, t in zip(lane.day, lane.scheduled, lane.taken, strict=True)}
        assert got == reference_lane(diary, rng), rng


def _medications(diary: Diary):
    c = diary.checklists
    a = c.medications.add("Baclofen", times=["08:00", "20:00"], amount=5, unit="mg",
                         starts=date(2026, 2, 1))  # fmt: skip
    b = c.medications.add("Diazepam", times=["01:30"], amount=2, unit="mg",
                         starts=date(2026, 2, 10))  # fmt: skip
    return a, b


def test_dose_slots_follow_every_kind_of_dose_change(diary: Diary):
    c = diary.checklists
    a, b = _medications(diary)
    assert_adherence_right(diary)
    slot = c.doses.slot_local(date(2026, 3, 2), "08:00")
    c.doses.mark_taken(a.uuid, slot)
    c.doses.mark_taken(a.uuid, c.doses.slot_local(date(2026, 3, 2), "20:00"))
    c.doses.mark_taken(b.uuid, c.doses.slot_local(date(2026, 3, 2), "01:30"))  # early on 3 March
    assert_adherence_right(diary)
    lane = adherence_lane(diary.trends, FEB_MAR, diary.clock.now())
    by_day = dict(zip(lane.day, lane.taken, strict=True))
    assert by_day[day_number(date(2026, 3, 2))] == 3
    c.doses.mark_skipped(a.uuid, slot, "Felt sick")  # the same slot: an update, not a new row
    assert_adherence_right(diary)
    c.doses.mark_taken(a.uuid, slot)
    assert_adherence_right(diary)
    removed = c.doses.clear(a.uuid, slot)
    assert_adherence_right(diary)
    c.doses.restore(removed)  # undo
    assert_adherence_right(diary)
    extra = c.doses.log_as_needed(a.uuid, datetime(2026, 3, 3, 11, 0, tzinfo=LONDON))
    assert_adherence_right(diary)  # as-needed doses have no slot and are not scheduled
    c.doses.delete(extra.uuid)
    taken = c.doses.get(
        c.doses.mark_taken(a.uuid, c.doses.slot_local(date(2026, 3, 4), "20:00")).uuid
    )
    c.doses.set_taken_time(taken.uuid, datetime(2026, 3, 4, 20, 30, tzinfo=LONDON))
    c.doses.delete(taken.uuid)
    assert_adherence_right(diary)


def test_medication_changes_and_removal_are_followed(diary: Diary):
    c = diary.checklists
    a, b = _medications(diary)
    for day in (date(2026, 2, 20), date(2026, 3, 1), date(2026, 3, 5)):
        c.doses.mark_taken(a.uuid, c.doses.slot_local(day, "08:00"))
        c.doses.mark_taken(b.uuid, c.doses.slot_local(day, "01:30"))
    # A new schedule from 1 March: the 08:00 dose moves to 09:00, so 5 March's 08:00
    # record no longer matches a slot in force that day.
    c.medications.change(a.uuid, effective_from=date(2026, 3, 1), times=["09:00", "20:00"],
                        amount=10, unit="mg")  # fmt: skip
    assert_adherence_right(diary)
    lane = adherence_lane(diary.trends, FEB_MAR, diary.clock.now())
    by_day = dict(zip(lane.day, lane.taken, strict=True))
    assert by_day[day_number(date(2026, 3, 5))] == 1  # only the Diazepam dose counts
    # Only the amount changes: one span of the same times, read in one query.
    c.medications.change(
        a.uuid, effective_from=date(2026, 3, 3), times=["09:00", "20:00"], amount=15, unit="mg"
    )
    c.medications.stop(b.uuid, date(2026, 3, 4))
    assert_adherence_right(diary)
    with diary.db.atomic():  # removing a medication removes its doses (foreign key cascade)
        diary.db.execute_sql("DELETE FROM medication WHERE uuid = ?", (b.uuid,))
    assert_adherence_right(diary)


def test_a_new_day_start_hour_moves_night_doses_without_a_rebuild(diary: Diary):
    c = diary.checklists
    a, b = _medications(diary)
    for day in (date(2026, 2, 12), date(2026, 2, 13), date(2026, 3, 1)):
        c.doses.mark_taken(b.uuid, c.doses.slot_local(day, "01:30"))
        c.doses.mark_taken(a.uuid, c.doses.slot_local(day, "08:00"))
    assert_adherence_right(diary)
    for hour in (0, 2, 9, 4):
        diary.set_day_start_hour(hour)
        assert_adherence_right(diary)


def test_doses_written_by_another_program_are_counted(diary: Diary):
    a, _ = _medications(diary)
    assert_adherence_right(diary)
    (med_id,) = diary.db.execute_sql(
        "SELECT id FROM medication WHERE uuid = ?", (a.uuid,)
    ).fetchone()
    other = sqlite3.connect(diary.path)  # the command line, say
    with other:
        other.execute(
            "INSERT INTO dose (uuid, medication_id, slot_local, status, taken_at, utc_offset,"
            " recorded_at) VALUES ('cli', ?, '2026-03-06 08:00', 'taken', ?, 0, 0)",
            (med_id, int(datetime(2026, 3, 6, 8, tzinfo=timezone.utc).timestamp())),
        )
    other.close()
    assert_adherence_right(diary)
    lane = adherence_lane(diary.trends, FEB_MAR, diary.clock.now())
    assert dict(zip(lane.day, lane.taken, strict=True))[day_number(date(2026, 3, 6))] == 1


def test_rollups_that_went_wrong_are_rebuilt_at_the_next_check(diary: Diary):
    c = diary.checklists
    a, _ = _medications(diary)
    c.doses.mark_taken(a.uuid, c.doses.slot_local(date(2026, 3, 2), "08:00"))
    diary.spasms.log(started=datetime(2026, 3, 2, 9, tzinfo=timezone.utc), severity=4)
    diary.trends.earliest_day()
    diary.db.execute_sql("DELETE FROM cache_dose_slot")
    diary.db.execute_sql("UPDATE cache_trend_day SET count = 9")
    diary.trends._checked = None  # as after another program wrote, or a reopen
    assert diary.trends.daily(FEB_MAR).count == [1]
    assert_adherence_right(diary)


def test_a_diary_from_before_the_rollups_gets_them_filled(diary: Diary, clock):
    from mslog.core.storage import migrations

    c = diary.checklists
    a, b = _medications(diary)
    c.doses.mark_taken(a.uuid, c.doses.slot_local(date(2026, 3, 2), "08:00"))
    c.doses.mark_skipped(b.uuid, c.doses.slot_local(date(2026, 3, 2), "01:30"))
    for hour in (1, 9, 23):
        diary.spasms.log(
            started=datetime(2026, 3, 2, hour, tzinfo=timezone.utc), severity=hour % 10
        )
    diary.trends.earliest_day()  # the per-hour cells are built
    before = diary.trends.daily(FEB_MAR)

    def restore_from_before_this_step() -> None:
        other = sqlite3.connect(diary.path)
        with other:
            for table in ("cache_trend_day", "cache_trend_hour_block", "cache_dose_slot"):
                other.execute(f"DROP TABLE {table}")
            for name in ("cell_ai", "cell_au", "cell_ad"):
                other.execute(f"DROP TRIGGER cache_trend_{name}")
            for name in ("ai", "au", "ad"):
                other.execute(f"DROP TRIGGER cache_dose_slot_{name}")
            later = (
                "checkin_factor",
                "checkin",
                "day_factor",
                "experiment",
                "self_rating",
                "treatment",
            )
            for table in later:
                other.execute(f"DROP TABLE {table}")  # the later steps go too
            other.execute("DROP TABLE side_effect")
            other.execute("ALTER TABLE medication_time DROP COLUMN amount")
            other.execute("DROP TABLE cache_trend_weekday_block")  # step 12 and its triggers
            for name in ("ai", "au", "ad"):
                other.execute(f"DROP TRIGGER cache_trend_weekday_{name}")
            drop_activity_rollups(other)  # step 14 and its triggers
            other.execute("DROP TABLE cache_write_count")  # step 15
            other.execute("PRAGMA user_version = 6")
        other.close()

    diary.db.swap_file(restore_from_before_this_step)
    assert migrations.schema_version(diary.db) == migrations.LATEST_VERSION
    assert_rollups_match(diary.db)  # the weekday blocks filled by step 12 from the cells
    assert diary.trends.daily(FEB_MAR) == before


def test_importing_a_file_with_cache_tables_keeps_the_rollups_right(diary: Diary, tmp_path, clock):
    from mslog.core.safety.importer import import_data

    source = Diary(tmp_path / "other", clock=clock)
    c = source.checklists
    a, _ = _medications(source)
    c.doses.mark_taken(a.uuid, c.doses.slot_local(date(2026, 3, 2), "08:00"))
    source.spasms.log(started=datetime(2026, 3, 2, 9, tzinfo=timezone.utc), severity=4)
    source.trends.earliest_day()
    tables = {}
    for (name,) in source.db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        cursor = source.db.execute_sql(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        tables[name] = {"columns": columns, "rows": [list(r) for r in cursor.fetchall()]}
    # Derived rows from an older or hand-made file must not be taken as they are.
    tables["cache_dose_slot"]["rows"].append([999, 1, 20000, "08:00", 1])
    version = source.db.execute_sql("PRAGMA user_version").fetchone()[0]
    source.close()
    diary.trends.earliest_day()
    import_data(
        diary.db,
        {"format": "mslog-diary", "format_version": 1, "schema_version": version,
         "tables": tables},
        diary.clock.now(),
    )  # fmt: skip
    assert_adherence_right(diary)
    assert diary.trends.daily(FEB_MAR).count == [1]


def test_spasm_rollups_follow_edits_and_match_the_log(diary: Diary):
    diary.trends.earliest_day()
    moments = [datetime(2026, 3, d, h, 15, tzinfo=LONDON) for d, h in
               ((1, 2), (1, 3), (1, 22), (2, 9), (3, 4), (6, 23))]  # fmt: skip
    uuids = [diary.spasms.log(started=m, severity=m.hour % 11).uuid for m in moments]
    diary.spasms.update(uuids[0], started=datetime(2026, 3, 5, 10, tzinfo=LONDON), severity=None)
    diary.spasms.delete(uuids[3])
    direct = DirectTrends(diary.db, lambda: diary.day_rule)
    for hour in (4, 0, 6):
        diary.set_day_start_hour(hour)
        assert_rollups_match(diary.db)
        for rng in RANGES:
            assert diary.trends.daily(rng) == direct.daily(rng)
            by_hour = [sum(row[h] for row in direct.heatmap(rng)) for h in range(24)]
            assert diary.trends.hours(rng) == by_hour


def test_range_queries_read_the_rollups_in_index_order(diary: Diary):
    plan = " ".join(
        str(row[-1])
        for row in diary.db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT day, sum(taken), count(*) FROM cache_dose_slot"
            " WHERE medication_id = 1 AND day BETWEEN 1 AND 9 AND time IN ('08:00', '20:00')"
            " GROUP BY day"
        )
    )
    assert "COVERING INDEX cache_dose_slot_day" in plan
    assert "TEMP B-TREE" not in plan  # grouped in index order: no sort
    days = DateRange(date(2026, 3, 1), date(2026, 3, 1) + timedelta(days=400))
    assert diary.trends.daily(days).day == []


@settings(max_examples=60, deadline=None)
@given(
    counts=st.lists(st.integers(0, 300), min_size=1, max_size=40),
    outside=st.lists(st.integers(1, 50), max_size=3),
)
def test_typical_snow_is_the_median_over_the_complete_days_of_the_range(counts, outside):
    from mslog.core.checkin import CheckIn
    from mslog.core.trends import DailySpasms, snow_score
    from mslog.core.trends.headline import figures_of

    rng = DateRange(date(2026, 1, 1), date(2026, 1, 1) + timedelta(days=len(counts) - 1))
    start = day_number(rng.first)
    days = [start + i for i, n in enumerate(counts) if n]
    spasms = [n for n in counts if n]
    # Days outside the range (a caller's wider daily rows) must not count.
    days, spasms = [start - 5] * bool(outside) + days, outside[:1] + spasms
    daily = DailySpasms(days, spasms, [0] * len(days), [None] * len(days), [None] * len(days),
                        [0] * len(days))  # fmt: skip
    checkins = {
        rng.first + timedelta(days=i): CheckIn(
            rng.first + timedelta(days=i), spasms="all_logged" if n else "none"
        )
        for i, n in enumerate(counts)
    }
    f = figures_of(rng, rng.last + timedelta(days=1), daily, checkins, [0] * 24, [], rng.first)
    scores = sorted(snow_score(n) for n in counts)
    assert f.snow == scores[(len(scores) - 1) // 2]  # every day is complete: all are the basis
    assert f.spasms == sum(counts)


def test_a_slot_that_is_not_a_date_is_kept_but_never_counted(diary: Diary):
    a, _ = _medications(diary)
    (med_id,) = diary.db.execute_sql(
        "SELECT id FROM medication WHERE uuid = ?", (a.uuid,)
    ).fetchone()
    with diary.db.atomic():  # e.g. from a hand-edited import file: the write must not fail
        diary.db.execute_sql(
            "INSERT INTO dose (uuid, medication_id, slot_local, status, reason, recorded_at)"
            " VALUES ('odd', ?, 'someday 08:00', 'skipped', '', 0)",
            (med_id,),
        )
    assert diary.db.execute_sql("SELECT day FROM cache_dose_slot").fetchall() == [(None,)]
    lane = adherence_lane(diary.trends, FEB_MAR, diary.clock.now())
    assert sum(lane.taken) == 0
    # Not counted as skipped either, nor as the first recorded dose: nothing is due yet.
    assert lane.by_medication == []
    assert lane.untracked == ["Baclofen", "Diazepam"]
