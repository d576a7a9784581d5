"""Check-ins travel with the diary: JSON round trip, CSV, backups and the schema upgrade."""

from __future__ import annotations

import copy
import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mslog.core.checkin import DEFAULT_FACTORS
from mslog.core.diary import Diary
from mslog.core.safety import export
from mslog.core.safety.importer import ImportFileError
from mslog.core.storage import migrations
from mslog.core.storage.database import DB_FILENAME
from tests.helpers.stubs import FakeClock

TODAY = date(2026, 3, 11)
NEW_TABLES = ("checkin", "day_factor", "checkin_factor", "experiment", "self_rating")


def fill(diary: Diary) -> None:
    """Three check-ins (built-in and own factors), a self-rating and a planned experiment."""
    checkins = diary.checkins
    cold = checkins.add_factor("Cold bath")
    heat = checkins.find_factor("heat").uuid
    checkins.update(date(2026, 3, 9), nrs=6, nights_woken=3, pain=2, sleep="poor",
                    spasms="all_logged", factors={heat, cold.uuid})  # fmt: skip
    checkins.update(date(2026, 3, 10), nrs=2, spasms="none")
    checkins.update(TODAY, factors={cold.uuid})
    stretch = diary.checklists.habits.add("Evening stretch")
    diary.db.execute_sql(
        "INSERT INTO self_rating (uuid, day, penn_frequency, penn_severity, snow, created_at)"
        " VALUES ('r1', '2026-03-10', 2, 1, 3, 0)"
    )
    diary.db.execute_sql(
        "INSERT INTO experiment (uuid, habit_id, first_day, pattern, created_at)"
        " SELECT 'e1', id, '2026-03-02', 'ABAB', 0 FROM habit WHERE uuid = ?",
        (stretch.uuid,),
    )


def described(diary: Diary) -> dict[str, Any]:
    """What a person would see, by names and days (no ids that differ between diaries)."""
    names = {f.uuid: f.name for f in diary.checkins.factors()}
    checkins = {
        day.isoformat(): (c.nrs, c.nights_woken, c.pain, c.sleep, c.spasms,
                          sorted(names[u] for u in c.factors))
        for day, c in diary.checkins.between(date(2026, 1, 1), TODAY).items()
    }  # fmt: skip
    return {
        "checkins": checkins,
        "factors": [f.name for f in diary.checkins.factors()],
        "ratings": diary.db.execute_sql(
            "SELECT uuid, day, penn_frequency, penn_severity, snow FROM self_rating"
        ).fetchall(),
        "experiments": diary.db.execute_sql(
            "SELECT e.uuid, h.name, e.first_day, e.pattern, e.stopped_on FROM experiment e"
            " JOIN habit h ON h.id = e.habit_id"
        ).fetchall(),
    }


@pytest.fixture
def exported(tmp_path: Path, clock: FakeClock) -> tuple[Path, dict[str, Any]]:
    """A JSON export of a filled diary, and what that diary showed."""
    source = Diary(tmp_path / "source", clock=clock)
    try:
        fill(source)
        path = export.write_json(source.db, tmp_path / "diary.json", clock.now())
        return path, described(source)
    finally:
        source.close()


@pytest.fixture
def target(exported, data_dir: Path, clock: FakeClock):
    """The diary imported into, opened after the source is closed (one diary at a time)."""
    opened = Diary(data_dir, clock=clock)
    yield opened
    opened.close()


def test_json_round_trip_into_a_new_diary_keeps_every_checkin_and_tick(target, exported):
    path, before = exported
    report = target.safety.import_file(path)
    assert described(target) == before
    assert report.added["checkin"] == 3
    assert report.added["checkin_factor"] == 3
    assert report.added["experiment"] == 1
    # The built-in factors are the diary's own: matched by key, not doubled.
    assert len(target.checkins.factors()) == len(DEFAULT_FACTORS) + 1


def test_importing_the_same_file_twice_adds_nothing(target, exported):
    path, before = exported
    target.safety.import_file(path)
    again = target.safety.import_file(path)
    assert not any(again.added.get(table) for table in NEW_TABLES)
    assert described(target) == before


def test_a_day_already_checked_in_here_keeps_the_local_answers(target, exported):
    path, _ = exported
    target.checkins.update(date(2026, 3, 9), nrs=1)
    target.safety.import_file(path)
    mine = target.checkins.get(date(2026, 3, 9))
    assert (mine.nrs, mine.spasms, mine.factors) == (1, None, frozenset())
    assert target.checkins.get(date(2026, 3, 10)).spasms == "none"


def test_a_file_from_before_the_checkin_imports_and_leaves_the_day_factors(target, exported):
    path, _ = exported
    data = json.loads(path.read_text(encoding="utf-8"))
    for table in NEW_TABLES:
        del data["tables"][table]
    data["schema_version"] = 7
    old = path.with_name("old.json")
    old.write_text(json.dumps(data), encoding="utf-8")
    target.safety.import_file(old)
    assert target.checkins.between(date(2026, 1, 1), TODAY) == {}
    assert [f.name for f in target.checkins.factors()] == [n for _, n in DEFAULT_FACTORS]
    assert [h.name for h in target.checklists.habits.listed()][-1] == "Evening stretch"


def _damaged(path: Path, table: str, row: int, column: str, value: Any) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    block = data["tables"][table]
    block["rows"][row][block["columns"].index(column)] = value
    bad = path.with_name("bad.json")
    bad.write_text(json.dumps(copy.deepcopy(data)), encoding="utf-8")
    return bad


@pytest.mark.parametrize(
    ("table", "column", "value", "named"),
    [
        ("checkin", "nrs", 11, "tables.checkin.rows[0].nrs: must be from 0 to 10, not 11"),
        ("checkin", "nights_woken", 4, "tables.checkin.rows[0].nights_woken: must be from 0"),
        ("checkin", "sleep", "great", "tables.checkin.rows[0].sleep: must be one of"),
        ("checkin", "spasms", "some", "tables.checkin.rows[0].spasms: must be one of"),
        ("checkin", "day", "yesterday", "tables.checkin.rows[0].day: must be a day as YYYY-MM-DD"),
        ("checkin", "day", "2026-02-30", "tables.checkin.rows[0].day"),
        ("checkin", "uuid", None, "tables.checkin.rows[0].uuid"),
        ("day_factor", "name", "  ", "tables.day_factor.rows[0].name: must not be empty"),
        ("checkin_factor", "factor_id", 999, "points to day_factor 999"),
        ("experiment", "pattern", "AAAA", "tables.experiment.rows[0].pattern: needs weeks both"),
        ("experiment", "pattern", "ABXB", "tables.experiment.rows[0].pattern"),
        ("experiment", "first_day", 20260302, "tables.experiment.rows[0].first_day: must be text"),
        ("experiment", "stopped_on", "soon", "tables.experiment.rows[0].stopped_on"),
        ("self_rating", "snow", 9, "tables.self_rating.rows[0].snow: must be from 1 to 5"),
        ("self_rating", "penn_severity", 0, "tables.self_rating.rows[0].penn_severity"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_imported(target, exported, table, column, value, named):
    path, _ = exported
    target.spasms.log(severity=2)
    with pytest.raises(ImportFileError, match="Nothing was imported") as caught:
        target.safety.import_file(_damaged(path, table, 0, column, value))
    assert named in str(caught.value)
    assert target.checkins.between(date(2026, 1, 1), TODAY) == {}
    assert len(target.checklists.habits.listed()) == 6
    assert target.spasms.count() == 1


def test_checkins_csv_has_a_column_per_factor_and_safe_cells(diary: Diary):
    fill(diary)
    own = diary.checkins.add_factor("=HYPERLINK(x)")
    heat = diary.checkins.find_factor("heat")
    diary.checkins.update(TODAY, factors={own.uuid})
    diary.checkins.retire_factor(heat.uuid, date(2026, 3, 10))
    files = export.csv_files(diary.db, diary.day_rule)
    rows = list(csv.reader(io.StringIO(files["checkins.csv"])))
    header = rows[0]
    assert header[:7] == ["diary_day", "spasticity_0_10", "nights_woken", "pain_0_10", "sleep",
                          "spasms", "day_complete"]  # fmt: skip
    assert header[7:] == [n for _, n in DEFAULT_FACTORS] + ["Cold bath", "'=HYPERLINK(x)"]
    first, second, third = (dict(zip(header, row, strict=True)) for row in rows[1:])
    assert first["diary_day"] == "2026-03-09"
    assert (first["spasticity_0_10"], first["nights_woken"], first["sleep"]) == ("6", "3 or more",
                                                                                "poor")  # fmt: skip
    assert (first["spasms"], first["day_complete"]) == ("all logged", "yes")
    assert first["Hot weather or overheating"] == "yes"
    assert first["Stress"] == "no"
    assert (second["spasms"], second["day_complete"]) == ("none", "yes")
    # From the day heat was removed from the list it was not asked: empty, not "no".
    assert second["Hot weather or overheating"] == ""
    assert (third["spasms"], third["day_complete"]) == ("", "no")
    assert third["'=HYPERLINK(x)"] == "yes"
    ratings = list(csv.reader(io.StringIO(files["self_ratings.csv"])))
    assert ratings == [["diary_day", "penn_frequency_0_4", "penn_severity_1_3", "snow_1_5"],
                       ["2026-03-10", "2", "1", "3"]]  # fmt: skip


def test_checkins_csv_follows_the_range_and_is_left_out_without_checkins(diary: Diary):
    from mslog.core.trends import DateRange

    assert "checkins.csv" not in export.csv_files(diary.db, diary.day_rule)
    fill(diary)
    files = export.csv_files(diary.db, diary.day_rule, DateRange(date(2026, 3, 10), TODAY))
    days = [row[0] for row in csv.reader(io.StringIO(files["checkins.csv"]))][1:]
    assert days == ["2026-03-10", "2026-03-11"]


def test_a_backup_and_restore_keeps_the_checkins(diary: Diary):
    fill(diary)
    before = described(diary)
    saved = diary.safety.backup_now()
    diary.checkins.remove(date(2026, 3, 9))
    diary.checkins.update(TODAY, nrs=9)
    diary.safety.restore(saved)
    assert described(diary) == before


def test_upgrade_from_schema_7_keeps_every_row_and_gains_the_day_factors(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
):
    with monkeypatch.context() as step7:
        step7.setattr(migrations, "STEPS", migrations.STEPS[:7])
        step7.setattr(migrations, "LATEST_VERSION", 7)
        old = Diary(data_dir, clock=clock)
        try:
            old.spasms.log(severity=6, locations=["left_calf"], triggers=["heat", "Stairs"])
            c = old.checklists
            # The medication tables as step 7 had them (today's code writes later columns).
            for sql in (
                "INSERT INTO medication (uuid, name, created_at) VALUES ('m1', 'Baclofen', 0)",
                "INSERT INTO medication_version (medication_id, effective_from, amount, unit,"
                " created_at) VALUES (1, '2026-03-09', 10, 'mg', 0)",
                "INSERT INTO medication_time (version_id, time_of_day) VALUES (1, '08:00')",
                "INSERT INTO dose (uuid, medication_id, slot_local, status, taken_at, utc_offset,"
                " recorded_at) VALUES ('d1', 1, '2026-03-10 08:00', 'taken', 1773129600, 0, 0)",
            ):
                old.db.execute_sql(sql)
            c.habits.tick(c.habits.listed()[0].uuid, date(2026, 3, 10))
            old.appointments.add(date(2026, 4, 1), "Dr Okafor")
            old.set_day_start_hour(5)
            assert migrations.schema_version(old.db) == 7
        finally:
            old.close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    before = {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    conn.close()
    assert all(before[t] for t in ("spasm", "dose", "habit_tick", "appointment"))

    upgraded = Diary(data_dir, clock=clock)
    try:
        assert migrations.schema_version(upgraded.db) == migrations.LATEST_VERSION
        for table, rows in before.items():
            if table.startswith("cache_"):
                continue  # derived, rebuilt by MSLog
            now = upgraded.db.execute_sql(f'SELECT * FROM "{table}"').fetchall()
            # A later step may add columns at the end; the old ones keep their values.
            assert [row[: len(rows[0])] for row in now] == rows if rows else not now, table
        keys = [f.key for f in upgraded.checkins.factors()]
        assert keys == [key for key, _ in DEFAULT_FACTORS]
        assert upgraded.checkins.between(date(2026, 1, 1), TODAY) == {}
        assert upgraded.preferences.day_start_hour() == 5
    finally:
        upgraded.close()


def test_ticks_of_built_in_habits_survive_a_round_trip_into_a_new_diary(
    tmp_path: Path, clock: FakeClock
):
    # The factor analysis and the self-experiment read habit ticks: an export restored
    # into a fresh install (which has its own built-in habits) must keep them.
    source = Diary(tmp_path / "source", clock=clock)
    try:
        stretching = next(h for h in source.checklists.habits.listed() if h.key == "stretching")
        source.checklists.habits.tick(stretching.uuid, date(2026, 3, 10))
        source.checklists.habits.tick(stretching.uuid, TODAY)
        path = export.write_json(source.db, tmp_path / "ticks.json", clock.now())
    finally:
        source.close()
    target = Diary(tmp_path / "target", clock=clock)
    try:
        target.safety.import_file(path)
        target.safety.import_file(path)  # twice: nothing doubled
        mine = next(h for h in target.checklists.habits.listed() if h.key == "stretching")
        days = [d for d in (date(2026, 3, 10), TODAY) if target.checklists.habits.ticks_on(d)]
        assert days == [date(2026, 3, 10), TODAY]
        assert set(target.checklists.habits.ticks_on(TODAY)) == {mine.uuid}
        (ticks,) = target.db.execute_sql("SELECT count(*) FROM habit_tick").fetchone()
        assert ticks == 2
    finally:
        target.close()
