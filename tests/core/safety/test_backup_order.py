"""Backups keep the order they were made in: same second, old names, a clock set back."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta

import pytest

from mslog.core.diary import Diary
from mslog.core.safety import backup
from tests.helpers.stubs import FakeClock

REASONS = ["daily", "manual", "before-import", "before-migration", "manual", "daily", "manual"]


def _same_second_backups(diary: Diary) -> list:
    """One backup per reason, all in one second, each with one entry more than the last."""
    made = []
    for reason in REASONS:
        diary.spasms.log(severity=3)
        made.append(diary.safety.backup_now(reason=reason))
    return made


def test_backups_made_in_the_same_second_list_newest_first(diary: Diary):
    made = _same_second_backups(diary)
    listed = diary.safety.list_backups()
    # Rotation thins one day to its newest few and this run's safety copies; in the order made.
    assert [info.path for info in listed] == [path for path in made[::-1] if path.exists()]
    assert listed[0].path == made[-1]
    counts = [info.entries for info in listed]
    assert counts[0] == len(REASONS)
    assert counts == sorted(counts, reverse=True)
    assert len(set(counts)) == len(counts)
    newest = backup.newest_good_backup(diary.data_dir)
    assert newest is not None
    assert (newest.path, newest.entries) == (made[-1], len(REASONS))


def test_backup_names_are_unique_and_in_the_order_made(diary: Diary):
    made = _same_second_backups(diary)
    assert len({path.name for path in made}) == len(made)
    assert sorted(path.name for path in made) == [path.name for path in made]


def test_labels_tell_same_minute_backups_apart_by_the_second(diary: Diary):
    diary.safety.backup_now()
    diary.clock.advance(seconds=7)
    diary.safety.backup_now()
    labels = [info.label for info in diary.safety.list_backups()]
    assert "14:30:07" in labels[0]
    assert "14:30:00" in labels[1]


def _old_style_copies(diary: Diary, names: list[str]) -> list:
    """Copies of a real backup under names an earlier MSLog gave them."""
    source = diary.safety.backup_now()
    folder = source.parent
    copies = []
    for name in names:
        shutil.copyfile(source, folder / name)
        copies.append(folder / name)
    source.unlink()
    return copies


def test_old_style_names_are_listed_before_new_ones_in_their_own_order(diary: Diary):
    old = _old_style_copies(
        diary,
        [
            "diary-20260309-090000-daily.sqlite3",
            "diary-20260310-090000-daily.sqlite3",
            "diary-20260310-090000-manual.sqlite3",
            "diary-20260310-090000-manual-2.sqlite3",
        ],
    )
    # Same second, different reasons: the order they were written in (their mtime) decides.
    for age, path in enumerate(reversed(old)):
        stamp = datetime(2026, 3, 10, 9, 0).timestamp() - age
        os.utime(path, (stamp, stamp))
    diary.clock.advance(days=-30)  # a newer backup named after a clock that was wrong
    new = diary.safety.backup_now()
    listed = [info.path for info in diary.safety.list_backups()]
    assert listed == [new, *old[::-1]]


def test_rotation_thins_old_style_names_with_the_new(data_dir, clock: FakeClock):
    diary = Diary(data_dir, clock=clock)
    names = [
        f"diary-{(datetime(2026, 3, 10, 9) - timedelta(days=d)):%Y%m%d-%H%M%S}-daily.sqlite3"
        for d in range(60)
    ]
    _old_style_copies(diary, names)
    newest = diary.safety.backup_now()
    kept = diary.safety.list_backups()
    diary.close()
    assert kept[0].path == newest
    assert len(kept) == 7 + 4
    assert {info.made.date() for info in kept[1:7]} == {
        datetime(2026, 3, 10 - d).date() for d in range(6)
    }


# --- the clock set back -------------------------------------------------------------


def _naive(clock: FakeClock) -> datetime:
    return clock.now().replace(tzinfo=None)


SET_BACK = [timedelta(hours=5), timedelta(days=3), timedelta(days=2 * 365)]


def _daily_history(data_dir, clock: FakeClock, days: int = 30) -> None:
    """A diary opened once a day for ``days`` days, one entry each day, then opened again."""
    for _ in range(days):
        diary = Diary(data_dir, clock=clock)
        diary.spasms.log(severity=3)
        diary.close()
        clock.advance(days=1)
    Diary(data_dir, clock=clock).close()  # the daily backup of now, before any clock change


@pytest.mark.parametrize("back", SET_BACK, ids=["hours", "days", "years"])
def test_a_backup_made_with_the_clock_set_back_is_kept_and_newest(data_dir, clock, back):
    _daily_history(data_dir, clock)
    before = {info.path: info.made for info in backup.list_backups(data_dir)}
    clock.set(clock.now() - back)
    diary = Diary(data_dir, clock=clock)
    diary.spasms.log(severity=3)
    made = diary.safety.backup_now()
    listed = diary.safety.list_backups()
    diary.close()
    assert made.exists()
    assert listed[0].path == made
    assert listed[0].entries == 31
    assert len(listed) >= len(before)
    # What is not older than "now" by more than the clock's error stays, even one the
    # clock now calls future.
    recent = {path for path, made in before.items() if made >= _naive(clock) - back}
    assert recent
    assert recent <= {info.path for info in listed}


@pytest.mark.parametrize("back", SET_BACK, ids=["hours", "days", "years"])
def test_a_restore_with_the_clock_set_back_keeps_its_safety_copy(data_dir, clock, back):
    _daily_history(data_dir, clock)
    clock.set(clock.now() - back)
    diary = Diary(data_dir, clock=clock)
    for _ in range(4):
        diary.spasms.log(severity=3)
    oldest = diary.safety.list_backups()[-1]
    result = diary.safety.restore(oldest.path)
    listed = [info.path for info in diary.safety.list_backups()]
    diary.close()
    assert result.safety_copy is not None
    assert result.safety_copy.exists()
    assert backup.inspect_backup(result.safety_copy) == (True, 34)
    assert result.safety_copy in listed[:2]


def test_while_the_clock_is_years_behind_no_backup_is_removed(data_dir, clock):
    _daily_history(data_dir, clock, days=20)
    before = {info.path for info in backup.list_backups(data_dir)}
    clock.set(clock.now() - timedelta(days=3 * 365))
    made = []
    for _ in range(10):
        diary = Diary(data_dir, clock=clock)
        made.append(diary.safety.backup_now())
        diary.close()
        clock.advance(days=1)
    kept = [info.path for info in backup.list_backups(data_dir)]
    assert kept[0] == made[-1]
    assert set(made) <= set(kept)
    assert before <= set(kept)


def test_once_the_clock_is_right_again_rotation_resumes(data_dir, clock):
    _daily_history(data_dir, clock, days=20)
    wrong_from = clock.now()
    clock.set(wrong_from - timedelta(days=5))
    Diary(data_dir, clock=clock).close()
    clock.set(wrong_from + timedelta(days=60))
    _daily_history(data_dir, clock, days=30)
    kept = backup.list_backups(data_dir)
    assert len(kept) == 7 + 4
    assert kept[0].made.date() == clock.now().date()


def test_the_newest_backup_survives_even_when_named_years_earlier(diary: Diary):
    for _ in range(12):
        diary.safety.backup_now()
        diary.clock.advance(days=1)
    diary.clock.set(datetime(2019, 1, 1, 8, 0))
    made = diary.safety.backup_now()
    assert made.exists()
    assert diary.safety.list_backups()[0].path == made
