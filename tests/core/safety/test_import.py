"""Import of a JSON export: all or nothing, matched by id, clear errors, never a crash."""

from __future__ import annotations

import contextlib
import copy
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mslog.core.diary import Diary
from mslog.core.safety import backup
from mslog.core.safety.importer import ImportFileError, parse_text

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def export(diary: Diary) -> dict[str, Any]:
    """The export format, as ``mslog.core.safety.export`` writes it (kept here to stand alone)."""
    tables = {}
    names = [
        n
        for (n,) in diary.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for name in names:
        columns = [r[1] for r in diary.db.execute_sql(f'PRAGMA table_info("{name}")')]
        rows = diary.db.execute_sql(f'SELECT * FROM "{name}"').fetchall()
        tables[name] = {"columns": columns, "rows": [list(r) for r in rows]}
    version = diary.db.execute_sql("PRAGMA user_version").fetchone()[0]
    return {
        "format": "mslog-diary",
        "format_version": 1,
        "schema_version": version,
        "tables": tables,
    }


@pytest.fixture
def source(tmp_path, clock) -> Diary:
    """Another diary with three detailed entries, to export from."""
    other = Diary(tmp_path / "other", clock=clock)
    other.spasms.log(
        severity=7, kind="flexor", locations=["left_calf"], triggers=["heat", "Stairs"]
    )
    clock.advance(minutes=10)
    other.spasms.log(severity=2, note="mild\nsecond line", duration_s=30)
    clock.advance(minutes=10)
    other.spasms.log()
    checkins = other.checkins
    own = checkins.add_factor("Cold bath")
    checkins.update(
        other.today(), nrs=5, sleep="fair", spasms="all_logged",
        factors={checkins.find_factor("heat").uuid, own.uuid},
    )  # fmt: skip
    checkins.update(other.today() - timedelta(days=1), nights_woken=3, spasms="none")
    other.db.execute_sql(
        "INSERT INTO self_rating (uuid, day, penn_frequency, penn_severity, snow, created_at)"
        " VALUES ('r1', '2026-03-10', 2, 1, 3, 0)"
    )
    other.db.execute_sql(
        "INSERT INTO experiment (uuid, habit_id, first_day, pattern, created_at)"
        " SELECT 'e1', id, '2026-03-02', 'BABA', 0 FROM habit WHERE key = 'stretching'"
    )
    data = export(other)
    other.close()
    return data


@pytest.fixture
def diary(source, data_dir, clock):
    """The diary imported into, opened after the source is closed (one diary at a time)."""
    opened = Diary(data_dir, clock=clock)
    yield opened
    opened.close()


def write(tmp_path: Path, data: Any, name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def entries(diary: Diary) -> list:
    day = diary.today()
    return diary.spasms.between(day - timedelta(days=2), day, diary.day_rule)


def test_import_brings_every_entry_with_its_details(diary: Diary, source, tmp_path):
    report = diary.safety.import_file(write(tmp_path, source))
    assert report.entries_added == 3
    got = entries(diary)
    assert [s.severity for s in got] == [7, 2, None]
    assert got[0].locations == ("left_calf",)
    assert set(got[0].triggers) == {"heat", "Stairs"}
    assert got[1].note == "mild\nsecond line"
    assert "Imported 3 new spasm entries" in report.summary()


def test_importing_the_same_file_twice_adds_nothing(diary: Diary, source, tmp_path):
    path = write(tmp_path, source)
    diary.safety.import_file(path)
    report = diary.safety.import_file(path)
    assert report.entries_added == 0
    assert report.already_there["spasm"] == 3
    assert diary.spasms.count() == 3
    locations = diary.db.execute_sql("SELECT count(*) FROM spasm_location").fetchone()[0]
    assert locations == 1
    assert "3 were already in your diary" in report.summary()


def test_an_entry_already_here_keeps_the_local_version(diary: Diary, source, tmp_path):
    path = write(tmp_path, source)
    diary.safety.import_file(path)
    first = entries(diary)[0]
    diary.spasms.update(first.uuid, severity=1, triggers=[])
    diary.safety.import_file(path)
    again = diary.spasms.get(first.uuid)
    assert again.severity == 1
    assert again.triggers == ()


def test_ids_in_the_file_do_not_clash_with_local_rows(diary: Diary, source, tmp_path):
    mine = diary.spasms.log(severity=9, locations=["left_foot"])
    diary.safety.import_file(write(tmp_path, source))
    assert diary.spasms.count() == 4
    assert diary.spasms.get(mine.uuid).locations == ("left_foot",)


def test_import_makes_a_backup_first(diary: Diary, source, tmp_path):
    diary.spasms.log(severity=1)
    diary.safety.import_file(write(tmp_path, source))
    [made] = backup.list_backups(diary.data_dir)
    assert made.reason == "before-import"
    assert made.entries == 1


def _set(data: dict, table: str, row: int, column: str, value: Any) -> dict:
    data = copy.deepcopy(data)
    block = data["tables"][table]
    block["rows"][row][block["columns"].index(column)] = value
    return data


BAD_FILES = [
    (lambda d: "[1, 2", "line 1, column 6"),
    (lambda d: {**d, "format": "something-else"}, "format"),
    (lambda d: {**d, "format_version": 9}, "format_version"),
    (lambda d: {**d, "schema_version": 999}, "newer MSLog"),
    (lambda d: {**d, "schema_version": "3"}, "schema_version"),
    (lambda d: {**d, "tables": []}, "tables"),
    (lambda d: {**d, "tables": {**d["tables"], "recipes": {"columns": [], "rows": []}}},
     "tables.recipes"),
    (lambda d: _set(d, "spasm", 1, "severity", "high"), "tables.spasm.rows[1].severity"),
    (lambda d: _set(d, "spasm", 0, "severity", 11), "tables.spasm.rows[0].severity"),
    (lambda d: _set(d, "spasm", 0, "severity", True), "tables.spasm.rows[0].severity"),
    (lambda d: _set(d, "spasm", 2, "kind", "sneeze"), "tables.spasm.rows[2].kind"),
    (lambda d: _set(d, "spasm", 2, "duration_s", -5), "tables.spasm.rows[2].duration_s"),
    (lambda d: _set(d, "spasm", 2, "started_at", None), "tables.spasm.rows[2].started_at"),
    (lambda d: _set(d, "spasm", 2, "uuid", None), "tables.spasm.rows[2].uuid"),
    (lambda d: _set(d, "spasm", 2, "uuid", _get(d, "spasm", 0, "uuid")), "repeats"),
    (lambda d: _set(d, "spasm_location", 0, "location", "elbow"), "tables.spasm_location"),
    (lambda d: _set(d, "spasm_location", 0, "spasm_id", 999), "not in the file"),
    (lambda d: _set(d, "spasm", 0, "note", "x" * 10_001), "tables.spasm.rows[0].note"),
    (lambda d: _set(d, "spasm", 0, "note", True),
     "tables.spasm.rows[0].note: must be a plain value, not true"),
    (lambda d: _set(d, "spasm", 1, "started_at", "noon"),
     "tables.spasm.rows[1].started_at: must be a whole number, not 'noon'"),
    (lambda d: {**d, "tables": {"spasm": {"columns": ["uuid"], "rows": [["a"]]}}},
     "'started_at' is missing"),
    (lambda d: {**d, "tables": {"spasm": {"columns": ["uuid", "colour"], "rows": []}}},
     "'colour' is not a field"),
    (lambda d: _set(d, "checkin", 0, "nrs", 12), "tables.checkin.rows[0].nrs"),
    (lambda d: _set(d, "checkin", 1, "sleep", "ok"), "tables.checkin.rows[1].sleep"),
    (lambda d: _set(d, "checkin", 1, "day", "11/03/2026"), "tables.checkin.rows[1].day"),
    (lambda d: _set(d, "checkin_factor", 0, "checkin_id", 99), "not in the file"),
    (lambda d: _set(d, "experiment", 0, "pattern", "BBBB"), "tables.experiment.rows[0].pattern"),
    (lambda d: _set(d, "experiment", 0, "habit_id", None), "tables.experiment.rows[0].habit_id"),
    (lambda d: _set(d, "self_rating", 0, "penn_frequency", 5), "tables.self_rating.rows[0]"),
]  # fmt: skip


def _get(data: dict, table: str, row: int, column: str) -> Any:
    block = data["tables"][table]
    return block["rows"][row][block["columns"].index(column)]


@pytest.mark.parametrize(("damage", "named"), BAD_FILES)
def test_a_bad_file_names_the_problem_and_changes_nothing(
    diary: Diary, source, tmp_path, damage, named
):
    diary.spasms.log(severity=4)
    bad = damage(source)
    path = tmp_path / "bad.json"
    path.write_text(bad if isinstance(bad, str) else json.dumps(bad), encoding="utf-8")
    with pytest.raises(ImportFileError, match="Nothing was imported") as caught:
        diary.safety.import_file(path)
    assert named in str(caught.value)
    assert diary.spasms.count() == 1
    assert diary.db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0] == 0
    assert not backup.list_backups(diary.data_dir)


def test_a_failure_half_way_through_writing_undoes_everything(
    diary: Diary, source, tmp_path, monkeypatch
):
    from mslog.core.safety import importer

    real_insert = importer._insert_many
    calls = []

    def failing_insert(db, verb, table, columns, rows):
        calls.append(table)
        if len(calls) == 3:
            db.execute_sql("INSERT INTO spasm (uuid) VALUES (NULL)")  # violates NOT NULL
        return real_insert(db, verb, table, columns, rows)

    monkeypatch.setattr(importer, "_insert_many", failing_insert)
    with pytest.raises(ImportFileError):
        diary.safety.import_file(write(tmp_path, source))
    assert diary.spasms.count() == 0
    assert diary.db.execute_sql("SELECT count(*) FROM spasm_trigger").fetchone()[0] == 0


def test_a_missing_file_is_a_clear_error(diary: Diary, tmp_path):
    with pytest.raises(ImportFileError, match=r"nope\.json cannot be read"):
        diary.safety.import_file(tmp_path / "nope.json")


def test_not_utf8_is_a_clear_error():
    with pytest.raises(ImportFileError, match="not UTF-8"):
        parse_text(b"\xff\xfe{}")


def test_round_trip_with_the_export_feature(tmp_path, clock):
    export_module = pytest.importorskip("mslog.core.safety.export")
    other = Diary(tmp_path / "other", clock=clock)
    other.spasms.log(severity=5, triggers=["heat"], locations=["left_foot"])
    path = export_module.write_json(other.db, tmp_path / "e.json", datetime.now(timezone.utc))
    other.close()
    target = Diary(tmp_path / "target", clock=clock)
    try:
        assert target.safety.import_file(path).entries_added == 1
        assert target.safety.import_file(path).entries_added == 0
        assert target.spasms.count() == 1
    finally:
        target.close()


# --- fuzzing ------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def _leaves(value: Any, path: tuple = ()) -> list[tuple]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))] + [path]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))] + [path]
    return [path]


def _replace(data: Any, path: tuple, new: Any) -> Any:
    if not path:
        return new
    data = copy.copy(data)
    data[path[0]] = _replace(data[path[0]], path[1:], new)
    return data


def _import_must_not_crash(diary: Diary, tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "fuzz.json"
    path.write_bytes(payload)
    with contextlib.suppress(ImportFileError):
        diary.safety.import_file(path)
    assert diary.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert diary.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(diary, tmp_path, raw):
    _import_must_not_crash(diary, tmp_path, raw)


@FUZZ
@given(json_values)
def test_fuzz_random_json(diary, tmp_path, value):
    _import_must_not_crash(diary, tmp_path, json.dumps(value).encode())


@FUZZ
@given(st.data())
def test_fuzz_mutated_exports(diary, source, tmp_path, data):
    mutated = source
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(_leaves(mutated)))
        mutated = _replace(mutated, where, data.draw(json_values))
    _import_must_not_crash(diary, tmp_path, json.dumps(mutated).encode())


CHECKIN_TABLES = ("checkin", "day_factor", "checkin_factor", "experiment", "self_rating")


@FUZZ
@given(st.data())
def test_fuzz_mutated_checkin_rows(diary, source, tmp_path, data):
    # Damage only the check-in's tables, so every draw reaches their checks.
    mutated = source
    cells = [
        ("tables", table, "rows", r, c)
        for table in CHECKIN_TABLES
        for r, row in enumerate(source["tables"][table]["rows"])
        for c in range(len(row))
    ]
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(cells))
        value = data.draw(json_values | st.integers(-3, 14) | st.sampled_from(["", "AB", "none"]))
        mutated = _replace(mutated, where, value)
    _import_must_not_crash(diary, tmp_path, json.dumps(mutated).encode())
    ticks = diary.db.execute_sql("SELECT count(*) FROM checkin_factor").fetchone()[0]
    checkins = diary.db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0]
    assert checkins in (0, 2)  # all or nothing
    assert ticks <= 2
