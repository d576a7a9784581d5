"""The whole-file check runs at the first opening of a day, after a crash and after any change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import DiaryDamagedError
from mslog.core.safety import backup
from mslog.core.storage.checked import note_path
from mslog.core.storage.database import DB_FILENAME
from tests.helpers.stubs import FakeClock


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file SQLite's whole-file check is run on, in order."""
    seen: list[Path] = []
    real = backup.check_file

    def spy(path: Path, *, quick: bool = False, cancelled=None) -> str | None:
        seen.append(Path(path))
        return real(path, quick=quick, cancelled=cancelled)

    monkeypatch.setattr(backup, "check_file", spy)
    return seen


def _open_and_close(data_dir: Path, clock: FakeClock, entries: int = 0) -> None:
    diary = Diary(data_dir, clock=clock)
    for _ in range(entries):
        diary.spasms.log(severity=3)
    diary.close()


def _diary_checks(seen: list[Path], data_dir: Path) -> int:
    return sum(1 for path in seen if path == data_dir / DB_FILENAME)


def test_a_second_opening_on_the_same_day_skips_the_whole_file_check(data_dir, clock, full_checks):
    _open_and_close(data_dir, clock, entries=5)  # created today: nothing to check
    _open_and_close(data_dir, clock, entries=1)
    clock.advance(hours=3)
    diary = Diary(data_dir, clock=clock)
    assert diary.spasms.count() == 6
    diary.close()
    assert _diary_checks(full_checks, data_dir) == 0


def test_the_first_opening_of_each_day_checks_the_whole_file(data_dir, clock, full_checks):
    _open_and_close(data_dir, clock, entries=2)
    clock.advance(days=1)
    _open_and_close(data_dir, clock)
    assert _diary_checks(full_checks, data_dir) == 1
    _open_and_close(data_dir, clock)
    assert _diary_checks(full_checks, data_dir) == 1


def test_a_clock_set_back_does_not_count_as_today(data_dir, clock, full_checks):
    _open_and_close(data_dir, clock, entries=2)
    clock.advance(days=-30)
    _open_and_close(data_dir, clock)
    assert _diary_checks(full_checks, data_dir) == 1


def test_a_file_changed_by_another_program_is_checked_and_moved_aside(data_dir, clock):
    _open_and_close(data_dir, clock, entries=300)
    path = data_dir / DB_FILENAME
    data = bytearray(path.read_bytes())
    page = 4096
    middle = len(data) // page // 2 * page
    data[middle : middle + page] = b"\x07" * page  # same size, a page of junk
    path.write_bytes(bytes(data))
    with pytest.raises(DiaryDamagedError) as caught:
        Diary(data_dir, clock=clock)
    assert caught.value.moved_to is not None
    assert caught.value.moved_to.read_bytes() == bytes(data)


def test_silent_damage_that_keeps_the_files_identity_is_caught_the_next_day(data_dir, clock):
    """Bit rot changes neither size nor time: the daily check is what finds it."""
    _open_and_close(data_dir, clock, entries=300)
    path = data_dir / DB_FILENAME
    before = path.stat()
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 4096] = b"\x07" * 4096
    with path.open("r+b") as handle:  # in place: same inode and size
        handle.write(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    clock.advance(days=1)
    with pytest.raises(DiaryDamagedError):
        Diary(data_dir, clock=clock)


def test_after_a_crash_the_whole_file_is_checked(data_dir, clock, full_checks):
    _open_and_close(data_dir, clock, entries=2)
    # A process that logs and dies without closing leaves its WAL behind.
    script = (
        "import os, sys\n"
        "from datetime import datetime\n"
        "from mslog.core.diary import Diary\n"
        "from tests.helpers.stubs import FakeClock\n"
        "diary = Diary(sys.argv[1], clock=FakeClock(datetime(2026, 3, 11, 15, 0)))\n"
        "diary.spasms.log(severity=7)\n"
        "os._exit(9)\n"
    )
    killed = subprocess.run([sys.executable, "-c", script, str(data_dir)], check=False)
    assert killed.returncode == 9
    assert Path(f"{data_dir / DB_FILENAME}-wal").exists()
    diary = Diary(data_dir, clock=clock)
    assert diary.spasms.count() == 3  # the entry it saved is there
    diary.close()
    assert _diary_checks(full_checks, data_dir) == 1


def test_a_diary_open_elsewhere_is_checked_by_the_second_opener(data_dir, clock, full_checks):
    _open_and_close(data_dir, clock, entries=2)
    # While a window holds the diary open its WAL is there: a command checks the whole file.
    (data_dir / f"{DB_FILENAME}-wal").write_bytes(b"")
    _open_and_close(data_dir, clock)
    assert _diary_checks(full_checks, data_dir) == 1


def test_after_a_restore_the_restored_file_is_checked(data_dir, clock, full_checks):
    diary = Diary(data_dir, clock=clock)
    diary.spasms.log(severity=2)
    made = diary.safety.backup_now()
    diary.spasms.log(severity=2)
    diary.safety.restore(made)
    assert diary.spasms.count() == 1
    diary.close()
    assert _diary_checks(full_checks, data_dir) >= 1


def test_an_unreadable_note_means_a_full_check(data_dir, clock, full_checks):
    _open_and_close(data_dir, clock, entries=1)
    note_path(data_dir / DB_FILENAME).write_text("{not json", encoding="utf-8")
    _open_and_close(data_dir, clock)
    assert _diary_checks(full_checks, data_dir) == 1


def test_the_note_costs_a_close_no_disk_sync(data_dir, clock, monkeypatch):
    """The note is advisory (lost, it means one more full check), so a close never waits on it."""
    from mslog.core.storage import checked

    _open_and_close(data_dir, clock, entries=1)
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    checked.write_note(data_dir / DB_FILENAME, clock.now().date())
    assert synced == []
    assert checked.checked_today(data_dir / DB_FILENAME, clock.now().date())
