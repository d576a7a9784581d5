"""MSLog's mark and the expected tables: what opening accepts as a diary, and what it refuses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from mslog.core.diary import Diary
from mslog.core.errors import DiaryDamagedError
from mslog.core.storage import migrations, shape
from mslog.core.storage.database import DB_FILENAME
from tests.helpers.stubs import FakeClock


def _fresh_shape(version: int) -> shape.Shape:
    db = SqliteDatabase(":memory:")
    db.connect()
    try:
        migrations.migrate(db, target=version)
        return shape.read(db.connection())
    finally:
        db.close()


def _on_file(path: Path, query: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchone()[0]
    finally:
        conn.close()


def test_the_written_out_shape_is_a_new_diarys():
    # Adding a schema step means writing its shape out here: SHAPE_VERSION and LATEST.
    assert shape.SHAPE_VERSION == migrations.LATEST_VERSION
    assert _fresh_shape(migrations.LATEST_VERSION) == shape.LATEST, (
        "shape.LATEST must be written out again for the new schema step"
    )


def test_a_new_diary_carries_the_mark(diary: Diary):
    assert diary.db.execute_sql("PRAGMA application_id").fetchone()[0] == shape.APPLICATION_ID
    assert shape.header_application_id(diary.path) == 0x4D534C47  # "MSLG"


@pytest.mark.parametrize("version", range(1, shape.MARKED_FROM))  # the unmarked versions
def test_an_older_unmarked_diary_is_updated_and_marked(
    version: int, data_dir: Path, clock: FakeClock
):
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    old = SqliteDatabase(str(path))
    old.connect()
    migrations.migrate(old, target=version)  # as an MSLog of that version left it
    old.close()
    assert _on_file(path, "PRAGMA application_id") == 0
    diary = Diary(data_dir, clock=clock)
    try:
        conn = diary.db.connection()
        assert conn.execute("PRAGMA application_id").fetchone()[0] == shape.APPLICATION_ID
        assert shape.read(conn) == shape.LATEST  # the steps bring every diary to one shape
    finally:
        diary.close()


def test_the_last_unmarked_diary_keeps_its_entries_when_marked(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
):
    with monkeypatch.context() as older:
        older.setattr(migrations, "STEPS", migrations.STEPS[: shape.MARKED_FROM - 1])
        older.setattr(migrations, "LATEST_VERSION", shape.MARKED_FROM - 1)
        old = Diary(data_dir, clock=clock)
        old.spasms.log(severity=4, note="before the update")
        old.close()
    diary = Diary(data_dir, clock=clock)
    try:
        assert [s.note for s in diary.spasms.for_day(diary.today(), diary.day_rule)] == [
            "before the update"
        ]
    finally:
        diary.close()
    assert shape.header_application_id(data_dir / DB_FILENAME) == shape.APPLICATION_ID


def test_another_programs_database_at_format_3_is_refused_and_left_as_it_was(
    data_dir: Path, clock: FakeClock
):
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DiaryDamagedError, match="not an MSLog diary") as caught:
        Diary(data_dir, clock=clock)
    moved = caught.value.moved_to
    assert moved is not None
    assert moved.read_bytes() == before  # none of MSLog's tables written into it
    fresh = Diary(data_dir, clock=clock)
    fresh.close()


def test_a_database_marked_by_another_program_is_refused(data_dir: Path, clock: FakeClock):
    Diary(data_dir, clock=clock).close()
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1179603012")  # another program's mark
    conn.commit()
    conn.close()
    with pytest.raises(DiaryDamagedError, match="another program marked it"):
        Diary(data_dir, clock=clock)


def test_a_missing_table_names_the_table(data_dir: Path, clock: FakeClock):
    Diary(data_dir, clock=clock).close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("DROP TABLE preference")
    conn.commit()
    conn.close()
    with pytest.raises(DiaryDamagedError, match="its table preference is missing"):
        Diary(data_dir, clock=clock)


def test_the_check_reads_only_the_schema(data_dir: Path, clock: FakeClock):
    # Cheap at every opening: sqlite_master and table_info, no row of any table.
    diary = Diary(data_dir, clock=clock)
    for _ in range(50):
        diary.spasms.log(severity=1)
    diary.close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    assert shape.problem(conn, migrations.LATEST_VERSION, shape.APPLICATION_ID) is None
    conn.close()
    assert "sqlite_master" in statements[0]
    assert "pragma_table_info" in statements[0]
    # The rest is SQLite reading each table's columns for that one statement.
    assert all(s.startswith("-- PRAGMA table_info=") for s in statements[1:])
