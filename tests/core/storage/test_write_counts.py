"""The diary counts its committed writes per table, so every MSLog can tell what changed."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.storage.writes import UNNAMED, changed
from tests.helpers.stubs import LONDON, FakeClock


def _counts(diary: Diary) -> dict[str, int]:
    return dict(diary.db.execute_sql("SELECT tbl, count FROM cache_write_count").fetchall())


def _log(diary: Diary, **details) -> str:
    started = datetime(2026, 3, 11, 9, 0, tzinfo=LONDON)
    return diary.spasms.log(started=started, severity=5, **details).uuid


def test_an_entry_is_counted_against_its_tables_as_it_commits(diary: Diary):
    before = _counts(diary)
    _log(diary, triggers=["heat"])
    after = _counts(diary)
    assert after["spasm"] > before.get("spasm", 0)
    assert after["spasm_trigger"] > before.get("spasm_trigger", 0)
    assert UNNAMED not in after
    # Read by another connection: the counts were committed with the entry.
    other = sqlite3.connect(diary.path)
    try:
        assert dict(other.execute("SELECT tbl, count FROM cache_write_count")) == after
    finally:
        other.close()


def test_a_transaction_undone_counts_nothing(diary: Diary):
    before = _counts(diary)

    class UndoneError(Exception):
        pass

    def log_then_fail() -> None:
        with diary.db.atomic():
            _log(diary)
            raise UndoneError

    with pytest.raises(UndoneError):
        log_then_fail()
    assert _counts(diary) == before
    assert diary.db.writes.mark(diary.db).settled


def test_a_write_outside_a_transaction_is_committed_with_its_count(diary: Diary):
    uuid = _log(diary)
    before = _counts(diary)
    diary.db.execute_sql("UPDATE spasm SET note = 'later' WHERE uuid = ?", (uuid,))
    assert not diary.db.connection().in_transaction
    assert _counts(diary)["spasm"] == before["spasm"] + 1


def test_a_write_that_cannot_be_named_is_counted_as_one(diary: Diary):
    _log(diary)
    mark = diary.db.writes.mark(diary.db)
    with diary.db.atomic():
        diary.db.connection().execute("DELETE FROM spasm")  # not through the database object
    assert _counts(diary)[UNNAMED] == 1
    assert changed(mark, diary.db.writes.mark(diary.db)) is None


def test_a_write_straight_on_the_connection_outside_a_transaction_is_noticed(diary: Diary):
    _log(diary)
    mark = diary.db.writes.mark(diary.db)
    diary.db.connection().execute("DELETE FROM spasm")  # committed at once, counted by nobody
    now = diary.db.writes.mark(diary.db)
    assert not now.settled
    assert changed(mark, now) is None


def test_this_programs_writes_are_told_apart(diary: Diary):
    mark = diary.db.writes.mark(diary.db)
    assert changed(mark, diary.db.writes.mark(diary.db)) == frozenset()
    _log(diary)
    assert changed(mark, diary.db.writes.mark(diary.db)) == {"spasm"}


def test_another_mslogs_writes_are_told_apart(diary: Diary, data_dir: Path, clock: FakeClock):
    mark = diary.db.writes.mark(diary.db)
    other = Diary(data_dir, clock=clock)  # as `mslog log` in a terminal
    try:
        _log(other, triggers=["heat"])
    finally:
        other.close()
    now = diary.db.writes.mark(diary.db)
    assert now.data_version != mark.data_version
    assert changed(mark, now) == {"spasm", "spasm_trigger"}


def test_another_programs_commit_that_counted_nothing_may_have_changed_anything(diary: Diary):
    mark = diary.db.writes.mark(diary.db)
    _log(diary)  # this program's write is counted...
    other = sqlite3.connect(diary.path)
    with other:
        other.execute("DELETE FROM spasm")  # ...and another SQLite tool's, meanwhile, not
    other.close()
    assert changed(mark, diary.db.writes.mark(diary.db)) is None


def test_a_rebuild_of_the_aggregates_elsewhere_may_have_changed_anything(
    diary: Diary, data_dir: Path, clock: FakeClock
):
    _log(diary)
    mark = diary.db.writes.mark(diary.db)
    other = Diary(data_dir, clock=clock)
    try:
        other.set_day_start_hour(0)  # another MSLog with another day-start hour
        other.trends.earliest_day()  # builds the aggregates for it
    finally:
        other.close()
    assert changed(mark, diary.db.writes.mark(diary.db)) is None


def test_a_reopened_database_starts_afresh(diary: Diary):
    mark = diary.db.writes.mark(diary.db)
    diary.db.swap_file(lambda: None)
    assert changed(mark, diary.db.writes.mark(diary.db)) is None
