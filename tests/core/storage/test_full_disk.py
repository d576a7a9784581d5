"""A full disk is not damage: the diary stays where it is, and the person is told to free space."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import OperationalError

from mslog.core.diary import Diary
from mslog.core.errors import DiaryDamagedError, DiaryOpenError
from mslog.core.safety import storage_message
from mslog.core.storage import database
from mslog.core.storage.database import DB_FILENAME
from tests.helpers.stubs import FakeClock

FULL = "the disk is full"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB disk of its own (a tmpfs; needs the right to mount, else the test is skipped)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small disk here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` until only about ``leave`` bytes are free; return the filler file."""
    filler = disk / "filler"
    with filler.open("wb") as handle:
        while True:
            free = _free(disk)
            if free <= leave:
                break
            try:
                handle.write(b"\xff" * min(4096, free - leave))
                handle.flush()
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    return filler


def _free(disk: Path) -> int:
    import shutil

    return shutil.disk_usage(disk).free


def _log_until_full(diary: Diary) -> Exception:
    """Log until a save fails; return why it failed."""
    for _ in range(10_000):
        try:
            diary.spasms.log(severity=5, note="x" * 2000, triggers=["heat"])
        except Exception as exc:  # what the person would see is the point
            return exc
    raise AssertionError("the disk never filled")


def test_a_diary_on_a_full_disk_is_left_in_place_and_opens_once_space_is_freed(
    small_disk: Path, clock: FakeClock
):
    data_dir = small_disk / "data"
    diary = Diary(data_dir, clock=clock)
    for _ in range(3):
        diary.spasms.log(severity=3)
    diary.close()
    path = data_dir / DB_FILENAME
    before = path.read_bytes()
    filler = _fill(small_disk)
    with pytest.raises(DiaryOpenError) as caught:
        Diary(data_dir, clock=clock)
    assert not isinstance(caught.value, DiaryDamagedError)
    assert FULL in str(caught.value)
    assert "Nothing was lost" in str(caught.value)
    assert path.read_bytes() == before  # where it was, as it was
    assert not [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    filler.unlink()
    diary = Diary(data_dir, clock=clock)
    try:
        assert diary.spasms.count() == 3
    finally:
        diary.close()


def test_a_save_that_fills_the_disk_says_so_and_keeps_every_earlier_entry(
    small_disk: Path, clock: FakeClock
):
    data_dir = small_disk / "data"
    diary = Diary(data_dir, clock=clock)
    diary.spasms.log(severity=1)
    filler = _fill(small_disk, leave=64 * 1024)
    failure = _log_until_full(diary)
    saved = diary.spasms.count()
    assert saved >= 1
    assert FULL in storage_message(failure)
    assert "Nothing was lost" in storage_message(failure)
    diary.close()
    filler.unlink()
    diary = Diary(data_dir, clock=clock)
    try:
        assert diary.spasms.count() == saved
    finally:
        diary.close()
    assert not [p for p in data_dir.iterdir() if ".damaged-" in p.name]


def test_creating_a_diary_on_a_nearly_full_disk_leaves_nothing_half_made(
    small_disk: Path, clock: FakeClock
):
    data_dir = small_disk / "data"
    data_dir.mkdir()
    filler = _fill(small_disk, leave=48 * 1024)  # less than a new diary needs
    with pytest.raises(DiaryOpenError, match=FULL) as caught:
        Diary(data_dir, clock=clock)
    assert not isinstance(caught.value, DiaryDamagedError)
    assert sorted(p.name for p in data_dir.iterdir()) == []  # no diary, no stranded WAL
    filler.unlink()
    diary = Diary(data_dir, clock=clock)
    try:
        diary.spasms.log(severity=2)
        assert diary.spasms.count() == 1
    finally:
        diary.close()
    assert not [p for p in data_dir.iterdir() if ".damaged-" in p.name]


def test_an_io_error_while_checking_is_not_called_damage(data_dir, clock, monkeypatch):
    # The same without a small disk: SQLite cannot read the file (IOERR), which says
    # nothing about what is in it.
    Diary(data_dir, clock=clock).close()
    path = data_dir / DB_FILENAME
    before = path.read_bytes()
    real = database.backup.connect_read_only

    def unreadable(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.close()
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 10  # type: ignore[attr-defined] - SQLITE_IOERR
        raise error

    monkeypatch.setattr(database.backup, "connect_read_only", unreadable)
    with pytest.raises(DiaryOpenError, match="Nothing was lost") as caught:
        Diary(data_dir, clock=clock)
    assert not isinstance(caught.value, DiaryDamagedError)
    monkeypatch.undo()
    assert path.read_bytes() == before
    Diary(data_dir, clock=clock).close()


def test_a_full_disk_message_is_recognised_from_sqlite_and_from_the_system(tmp_path):
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined] - SQLITE_FULL
    assert FULL in storage_message(full)
    wrapped = OperationalError("database or disk is full")
    wrapped.__cause__ = full
    assert FULL in storage_message(wrapped)
    assert FULL in storage_message(OSError(errno.ENOSPC, "No space left on device"))
    assert FULL not in storage_message(OSError(errno.EACCES, "Permission denied"))
