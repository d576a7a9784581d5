"""The day's check and backup beside the window: off the opening, never before a write."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import DamageFoundError, DiaryDamagedError
from mslog.core.safety import backup, leftovers
from mslog.core.safety.daily import DailyResult, DailySafety
from mslog.core.storage import checked
from mslog.core.storage.database import DB_FILENAME, TRUST_DAYS, Checks
from tests.helpers.damage import rot_a_page
from tests.helpers.stubs import FakeClock


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file SQLite's whole-file check runs on, in order."""
    seen: list[Path] = []
    real = backup.check_file

    def spy(path: Path, **kwargs: object) -> str | None:
        seen.append(Path(path))
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "check_file", spy)
    return seen


def _diary_checks(seen: list[Path], data_dir: Path) -> int:
    return sum(1 for path in seen if path == data_dir / DB_FILENAME)


def _yesterdays_diary(data_dir: Path, clock: FakeClock, entries: int = 50) -> None:
    """A diary made, checked, backed up and closed cleanly yesterday; the clock is at today."""
    with Diary(data_dir, clock=clock) as diary:
        for i in range(entries):
            diary.spasms.log(severity=i % 11, note=f"entry {i} " * 8)
        diary.safety.backup_now(reason="daily")
    clock.advance(days=1)


def _daily_backups(data_dir: Path) -> list[Path]:
    return sorted(backup.backup_dir(data_dir).glob("diary-*-daily.sqlite3"))


def test_the_first_opening_of_a_day_leaves_check_and_backup_to_the_worker(
    data_dir, clock, full_checks
):
    _yesterdays_diary(data_dir, clock)
    before = len(_daily_backups(data_dir))
    with Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND) as diary:
        assert _diary_checks(full_checks, data_dir) == 0  # opening read no page of it
        assert len(_daily_backups(data_dir)) == before
        assert diary.db.check_due
        assert diary.db.backup_due
        result = DailySafety(diary.db, lambda _r: None).run()
        assert result.damage is None
        assert result.backup is not None
        assert _diary_checks(full_checks, data_dir) == 1
        assert not diary.db.check_due
        assert not diary.db.backup_due
    assert len(_daily_backups(data_dir)) == before + 1
    # Checked today: the next opening today has nothing left to do.
    with Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND) as diary:
        assert not diary.db.check_due
        assert not diary.db.backup_due
    assert checked.last_checked(data_dir / DB_FILENAME) == clock.now().date()


def test_a_write_before_the_check_waits_for_it(data_dir, clock, full_checks):
    _yesterdays_diary(data_dir, clock)
    with Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND) as diary:
        assert diary.db.check_due
        diary.spasms.log(severity=4)  # no worker started: the write runs the check itself
        assert _diary_checks(full_checks, data_dir) == 1
        assert not diary.db.check_due
        assert diary.spasms.count() == 51


def test_a_write_while_the_worker_checks_waits_for_its_result(data_dir, clock, monkeypatch):
    _yesterdays_diary(data_dir, clock)
    started, release = threading.Event(), threading.Event()
    real = backup.check_file

    def slow(path: Path, **kwargs: object) -> str | None:
        started.set()
        release.wait(10)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "check_file", slow)
    order: list[str] = []

    def let_it_finish() -> None:
        time.sleep(0.2)  # the write below must wait this long, not go ahead unchecked
        order.append("check released")
        release.set()

    results: list[DailyResult] = []
    with Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND) as diary:
        assert diary.db.start_daily_safety(results.append)
        assert started.wait(10)
        releaser = threading.Thread(target=let_it_finish)
        releaser.start()
        diary.spasms.log(severity=2)
        order.append("written")
        releaser.join()
        assert diary.spasms.count() == 51
        assert not diary.db.check_due
    assert order == ["check released", "written"]


def test_damage_found_by_the_day_check_stops_every_write(data_dir, clock):
    _yesterdays_diary(data_dir, clock, entries=300)
    path = data_dir / DB_FILENAME
    rot_a_page(path)
    with Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND) as diary:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        result = DailySafety(diary.db, lambda _r: None).run()
        assert result.damage is not None
        assert result.backup is None
        with pytest.raises(DamageFoundError, match="stopped saving"):
            diary.spasms.log(severity=5)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    # No clean note is left for a damaged file: the next opening checks it and moves it aside.
    assert checked.last_checked(path) is None
    with pytest.raises(DiaryDamagedError):
        Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND)


def test_a_change_from_outside_is_still_checked_before_opening(data_dir, clock, full_checks):
    _yesterdays_diary(data_dir, clock)
    path = data_dir / DB_FILENAME
    os.utime(path)  # another program touched it
    with Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND) as diary:
        assert _diary_checks(full_checks, data_dir) == 1
        assert not diary.db.check_due
        assert diary.db.backup_due  # the copy still waits for the worker


def test_closing_cancels_the_work_and_leaves_no_partial_copy(data_dir, clock, monkeypatch):
    _yesterdays_diary(data_dir, clock, entries=400)
    copying = threading.Event()
    real = backup.copy_database

    def slow_copy(source, dest, cancelled=None):
        def held() -> bool:
            copying.set()
            while not (cancelled and cancelled()):  # the copy goes on until closing cancels it
                time.sleep(0.005)
            return True

        return real(source, dest, held)

    monkeypatch.setattr(backup, "copy_database", slow_copy)
    called: list[DailyResult] = []
    diary = Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND)
    before = _daily_backups(data_dir)
    assert diary.db.start_daily_safety(called.append)
    assert copying.wait(10)
    diary.close()
    assert called == []  # cancelled work reports nothing
    assert _daily_backups(data_dir) == before
    assert [p.name for p in backup.backup_dir(data_dir).iterdir() if p.name.startswith(".")] == []
    with Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND) as again:
        assert again.db.backup_due  # made next time


KILLED_BACKUP = """
import sys, time
from pathlib import Path
from mslog.core.diary import Diary
from mslog.core.safety import backup
from mslog.core.storage.database import Checks
from tests.helpers.damage import rot_a_page
from tests.helpers.stubs import FakeClock
from datetime import datetime

real = backup.copy_database
def slow(source, dest, cancelled=None):
    def crawl():
        print("copying", flush=True)
        time.sleep(0.05)
        return False
    return real(source, dest, crawl)
backup.copy_database = slow
clock = FakeClock(datetime.fromisoformat(sys.argv[2]))
diary = Diary(Path(sys.argv[1]), clock=clock, checks=Checks.IN_BACKGROUND)
diary.db.start_daily_safety(lambda r: None)
time.sleep(60)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_backup_killed_part_way_leaves_the_diary_whole(data_dir, clock):
    _yesterdays_diary(data_dir, clock, entries=400)
    before = _daily_backups(data_dir)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(data_dir), clock.now().isoformat()],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "copying"
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    partial = [p for p in backup.backup_dir(data_dir).iterdir() if p.name.startswith(".")]
    assert partial, "the kill came while the copy was being written"
    old = time.time() - leftovers.STALE_AFTER_S - 1
    for leftover in partial:
        os.utime(leftover, (old, old))
    with Diary(data_dir, clock=clock, checks=Checks.IN_BACKGROUND) as diary:
        assert diary.spasms.count() == 400
        assert [p for p in backup.backup_dir(data_dir).iterdir() if p.name.startswith(".")] == []
        assert _daily_backups(data_dir) == before  # nothing half-made was named a backup
        assert diary.db.backup_due
        assert DailySafety(diary.db, lambda _r: None).run().backup is not None


def test_a_command_trusts_a_clean_diary_for_a_week(data_dir, clock, full_checks):
    _yesterdays_diary(data_dir, clock)
    before = len(_daily_backups(data_dir))
    for _ in range(TRUST_DAYS - 2):
        with Diary(data_dir, clock=clock, checks=Checks.TRUSTED) as diary:
            diary.spasms.log(severity=3)
        clock.advance(days=1)
    assert _diary_checks(full_checks, data_dir) == 0
    assert len(_daily_backups(data_dir)) == before
    clock.advance(days=1)  # a week since the last check and backup
    with Diary(data_dir, clock=clock, checks=Checks.TRUSTED) as diary:
        assert _diary_checks(full_checks, data_dir) == 1
    assert len(_daily_backups(data_dir)) == before + 1


def test_a_command_checks_a_diary_changed_from_outside(data_dir, clock, full_checks):
    _yesterdays_diary(data_dir, clock)
    os.utime(data_dir / DB_FILENAME)
    with Diary(data_dir, clock=clock, checks=Checks.TRUSTED):
        assert _diary_checks(full_checks, data_dir) == 1
