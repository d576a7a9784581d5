"""Temporary diary copies left by a killed backup or restore are cleared on the next opening."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mslog.core.diary import Diary

posix_only = pytest.mark.skipif(os.name != "posix", reason="process ids are checked on POSIX")


@pytest.fixture
def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The id of a process still running (another MSLog, say), ended after the test."""
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)  # fmt: skip
    yield child.pid
    assert child.stdin is not None
    child.stdin.close()
    child.wait()


def _leave(path: Path, age_s: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    stamp = time.time() - age_s
    os.utime(path, (stamp, stamp))
    return path


MINUTES = 5 * 60
DAYS = 2 * 24 * 3600


@posix_only
def test_copies_of_ended_processes_are_removed_on_opening(data_dir, clock, dead_pid):
    Diary(data_dir, clock=clock).close()
    backups = data_dir / "backups"
    stale = [
        _leave(data_dir / f".diary.sqlite3.new-{dead_pid}", MINUTES),
        _leave(data_dir / f".diary.sqlite3.new-{dead_pid}-wal", MINUTES),
        _leave(data_dir / f".diary.sqlite3.new-{dead_pid}-shm", MINUTES),
        _leave(data_dir / f".diary.sqlite3.restoring-{dead_pid}", MINUTES),
        _leave(data_dir / f"..diary.sqlite3.restoring-{dead_pid}.partial-{dead_pid}", MINUTES),
        _leave(
            data_dir / f"..diary.sqlite3.restoring-{dead_pid}.partial-{dead_pid}-k2_x9q", MINUTES
        ),
        _leave(
            backups / f".diary-20260311-143000-000000-000003-manual.sqlite3.partial-{dead_pid}",
            MINUTES,
        ),
        _leave(
            backups / f".diary-20260311-143000-daily.sqlite3.partial-{dead_pid}-journal", MINUTES
        ),
        _leave(backups / f".incoming-{dead_pid}.sqlite3", MINUTES),
        _leave(backups / f"..incoming-{dead_pid}.sqlite3.partial-{dead_pid}", MINUTES),
        _leave(backups / f"..incoming-{dead_pid}.sqlite3.partial-{dead_pid}-a8Zq_1r0", MINUTES),
        _leave(
            backups / f"..incoming-{dead_pid}.sqlite3.partial-{dead_pid}-a8Zq_1r0-journal", MINUTES
        ),
    ]
    Diary(data_dir, clock=clock).close()
    assert [path for path in stale if path.exists()] == []


def test_old_copies_are_removed_whoever_made_them(data_dir, clock, live_pid):
    Diary(data_dir, clock=clock).close()
    stale = [
        _leave(data_dir / ".diary.sqlite3.restoring", DAYS),  # named by an earlier MSLog
        _leave(data_dir / ".mslog-write-test-5x_ab1c0", DAYS),
        _leave(data_dir / f".diary.sqlite3.new-{live_pid}", DAYS),  # the number was reused
        _leave(
            data_dir / "backups" / f".diary-20260311-143000-manual.sqlite3.partial-{live_pid}", DAYS
        ),
    ]
    Diary(data_dir, clock=clock).close()
    assert [path for path in stale if path.exists()] == []


@posix_only
def test_a_copy_another_running_mslog_is_writing_is_left_alone(data_dir, clock, live_pid, dead_pid):
    Diary(data_dir, clock=clock).close()
    busy = [
        _leave(data_dir / f".diary.sqlite3.new-{live_pid}", MINUTES),
        _leave(data_dir / f".diary.sqlite3.restoring-{live_pid}", MINUTES),
        _leave(data_dir / "backups" / f".diary-x-manual.sqlite3.partial-{live_pid}", MINUTES),
        _leave(
            data_dir / "backups" / f".diary-x-manual.sqlite3.partial-{live_pid}-journal", DAYS / 4
        ),
        _leave(data_dir / "backups" / f".incoming-{live_pid}.sqlite3", 0),
        # Just written: its process may live where this one cannot see it (a sandbox).
        _leave(data_dir / f".diary.sqlite3.new-{dead_pid}", 0),
        _leave(data_dir / ".diary.sqlite3.restoring", 0),
        _leave(data_dir / "backups" / f"..incoming-{live_pid}.sqlite3.partial-{live_pid}-q1", 0),
    ]
    Diary(data_dir, clock=clock).close()
    assert [path for path in busy if not path.exists()] == []


def test_other_files_are_never_touched(data_dir, clock, dead_pid):
    Diary(data_dir, clock=clock).close()
    mine = [
        _leave(data_dir / ".my-notes", DAYS),
        _leave(data_dir / "diary.sqlite3.damaged-20260101-090000", DAYS),
        _leave(data_dir / "diary.sqlite3-wal.stale-20260101-090000", DAYS),
        _leave(data_dir / "backups" / "my-own-copy.sqlite3", DAYS),
        _leave(data_dir / "backups" / f"notes.partial-{dead_pid}", DAYS),
        _leave(data_dir / "elsewhere" / f".diary.sqlite3.new-{dead_pid}", DAYS),
    ]
    Diary(data_dir, clock=clock).close()
    assert [path for path in mine if not path.exists()] == []
