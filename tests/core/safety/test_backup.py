"""Backups: online copies that verify, stay private, rotate, list and restore."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from mslog.core.diary import Diary
from mslog.core.safety import backup
from mslog.core.safety.backup import BackupError, DiaryInUseError, to_keep
from mslog.core.storage.database import DB_FILENAME

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _log(diary: Diary, n: int) -> None:
    for _ in range(n):
        diary.spasms.log(severity=3)


def test_backup_now_is_a_verified_private_copy_with_every_entry(diary: Diary):
    _log(diary, 3)
    path = diary.safety.backup_now()
    assert path.parent == diary.data_dir / "backups"
    assert backup.check_file(path) is None
    [info] = diary.safety.list_backups()
    assert (info.path, info.entries, info.ok, info.reason) == (path, 3, True, "manual")
    assert "3 entries" in info.label
    assert "11 Mar 2026, 14:30" in info.label
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_backup_is_readable_alone_without_wal_files(diary: Diary, tmp_path):
    _log(diary, 1)
    out = diary.safety.backup_now(out=tmp_path / "copy.sqlite3")
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM spasm").fetchone()[0] == 1
    conn.close()


def test_backup_to_a_folder_names_the_file(diary: Diary, tmp_path):
    out = diary.safety.backup_now(out=tmp_path)
    assert out.parent == tmp_path
    assert out.name.startswith("mslog-20260311")


def test_backup_into_a_missing_folder_fails_clearly_and_leaves_nothing(diary: Diary, tmp_path):
    with pytest.raises(BackupError, match="Could not write the backup"):
        diary.safety.backup_now(out=tmp_path / "nowhere" / "x.sqlite3")
    assert not (tmp_path / "nowhere").exists()


def test_first_opening_of_a_day_makes_one_daily_backup(data_dir, clock):
    Diary(data_dir, clock=clock).close()  # a new diary has nothing to protect yet
    assert not backup.list_backups(data_dir)
    for _ in range(2):
        Diary(data_dir, clock=clock).close()
    assert [b.reason for b in backup.list_backups(data_dir)] == ["daily"]
    clock.advance(days=1)
    Diary(data_dir, clock=clock).close()
    assert [b.reason for b in backup.list_backups(data_dir)] == ["daily", "daily"]


def test_schema_update_is_preceded_by_a_backup(data_dir, clock, monkeypatch):
    from mslog.core.storage import migrations

    diary = Diary(data_dir, clock=clock)
    _log(diary, 2)
    diary.close()
    monkeypatch.setattr(
        migrations, "STEPS", [*migrations.STEPS, lambda db: db.execute_sql("CREATE TABLE x (a)")]
    )
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.STEPS))
    Diary(data_dir, clock=clock).close()
    before = [b for b in backup.list_backups(data_dir) if b.reason == "before-migration"]
    assert len(before) == 1
    assert before[0].entries == 2
    conn = sqlite3.connect(before[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION - 1
    conn.close()


def _days(*offsets: int) -> list[tuple[datetime, str]]:
    base = datetime(2026, 3, 11, 9, 0)
    return [(base - timedelta(days=d), f"d{d}") for d in offsets]


def test_rotation_keeps_seven_daily_and_four_weekly():
    made = _days(*range(60))  # one backup a day for 60 days
    kept = to_keep(made)
    daily = {f"d{d}" for d in range(7)}
    assert daily <= kept
    weekly = kept - daily
    assert len(weekly) == 4
    # One per week, the newest of each of the four weeks before the daily ones.
    ages = sorted(int(name[1:]) for name in weekly)
    assert ages[0] >= 7
    assert ages[-1] < 7 + 5 * 7


def test_rotation_never_removes_the_newest_few_made_the_same_day():
    base = datetime(2026, 3, 11, 9, 0)
    made = [(base + timedelta(minutes=m), f"m{m}") for m in range(10)]
    assert {"m9", "m8", "m7"} <= to_keep(made)


def test_rotation_after_months_away_keeps_the_old_backups(data_dir, clock):
    diary = Diary(data_dir, clock=clock)
    for _ in range(40):
        diary.safety.backup_now()
        clock.advance(days=1)
    names = {b.path.name for b in diary.safety.list_backups()}
    assert len(names) == 7 + 4
    clock.advance(days=200)
    diary.safety.backup_now()
    # A long gap does not wipe the older backups: the set only shifts by one.
    assert len(diary.safety.list_backups()) == 7 + 4
    diary.close()


def test_rotation_leaves_other_files_alone(diary: Diary):
    diary.safety.backup_now()
    mine = diary.data_dir / "backups" / "my-own-copy.sqlite3"
    mine.write_bytes(b"keep me")
    for _ in range(30):
        diary.clock.advance(days=1)
        diary.safety.backup_now()
    assert mine.read_bytes() == b"keep me"


def test_restore_brings_back_the_entries_and_keeps_a_safety_copy(diary: Diary):
    _log(diary, 2)
    saved = diary.safety.backup_now()
    _log(diary, 5)
    diary.clock.advance(minutes=1)
    result = diary.safety.restore(saved)
    assert diary.spasms.count() == 2
    assert result.entries == 2
    assert result.safety_copy is not None
    assert backup.inspect_backup(result.safety_copy) == (True, 7)
    # Still writable after the swap.
    _log(diary, 1)
    assert diary.spasms.count() == 3


def test_restore_announces_a_reload(diary: Diary):
    saved = diary.safety.backup_now()
    heard = []
    diary.safety.reloaded.connect(heard.append)
    diary.safety.restore(saved)
    assert heard == ["restored"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(diary: Diary, tmp_path):
    _log(diary, 2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    with pytest.raises(BackupError, match="diary was not changed"):
        diary.safety.restore(bad)
    assert diary.spasms.count() == 2


def test_restore_refuses_while_another_program_has_the_diary_open(diary: Diary, data_dir):
    from mslog.core.safety.restore import restore_backup

    saved = diary.safety.backup_now()
    # The diary fixture's own connection plays the other MSLog.
    with pytest.raises(DiaryInUseError):
        restore_backup(data_dir, saved, diary.clock)
    assert diary.db.pragma("journal_mode") == "wal"


def test_restore_over_a_damaged_diary_moves_it_aside(data_dir, clock):
    diary = Diary(data_dir, clock=clock)
    _log(diary, 4)
    saved = diary.safety.backup_now()
    diary.close()
    path = data_dir / DB_FILENAME
    path.write_bytes(b"garbage" * 1000)
    from mslog.core.safety.restore import restore_backup

    result = restore_backup(data_dir, saved, clock)
    assert result.moved_aside is not None
    assert result.moved_aside.read_bytes() == b"garbage" * 1000
    reopened = Diary(data_dir, clock=clock)
    assert reopened.spasms.count() == 4
    reopened.close()


def test_restore_into_an_empty_folder(tmp_path, diary: Diary, clock):
    _log(diary, 1)
    saved = diary.safety.backup_now(out=tmp_path / "copy.sqlite3")
    from mslog.core.safety.restore import restore_backup

    elsewhere = tmp_path / "new-computer"
    restore_backup(elsewhere, saved, clock)
    assert backup.inspect_backup(elsewhere / DB_FILENAME) == (True, 1)
