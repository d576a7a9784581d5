"""Damaged diaries are never written to: moved aside whole, reported clearly, recoverable."""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import DiaryDamagedError, DiaryReadOnlyError, SchemaTooNewError
from mslog.core.safety import backup
from mslog.core.storage import migrations
from mslog.core.storage.checked import note_path
from mslog.core.storage.database import DB_FILENAME

PAGE = 4096


@pytest.fixture(scope="module")
def good_diary(tmp_path_factory) -> bytes:
    """The bytes of a cleanly closed diary with a few hundred entries over many pages."""
    from datetime import datetime

    from tests.helpers.stubs import FakeClock

    folder = tmp_path_factory.mktemp("good")
    clock = FakeClock(datetime(2026, 3, 11, 14, 30))
    diary = Diary(folder, clock=clock)
    for i in range(300):
        diary.spasms.log(severity=i % 11, note=f"entry {i} " * 5, triggers=["heat"])
    diary.close()
    return (folder / DB_FILENAME).read_bytes()


def _overwrite(offset: int, length: int, seed: int) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        rng = random.Random(seed)
        junk = bytes(rng.randrange(256) for _ in range(length))
        if offset % PAGE == 0 and offset:
            junk = b"\x07" + junk[1:]  # never a valid b-tree page type
        return data[:offset] + junk + data[offset + length :]

    return damage


def _page(n: int, seed: int) -> Callable[[bytes], bytes]:
    return _overwrite((n - 1) * PAGE, PAGE, seed)


def _truncate(fraction: float | int) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        size = fraction if isinstance(fraction, int) else int(len(data) * fraction)
        return data[:size]

    return damage


def _sql(*statements: str) -> Callable[[bytes], bytes]:
    """Damage that SQLite itself finds sound: a change made with SQL to the diary's structure."""

    def damage(data: bytes) -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "copy.sqlite3"
            path.write_bytes(data)
            conn = sqlite3.connect(path, isolation_level=None)
            try:
                for statement in statements:
                    conn.execute(statement)
                conn.execute("PRAGMA journal_mode = DELETE")  # the whole change in the file
            finally:
                conn.close()
            return path.read_bytes()

    return damage


VARIANTS: dict[str, Callable[[bytes], bytes]] = {
    "truncated to 1 byte": _truncate(1),
    "truncated inside the header": _truncate(60),
    "truncated after the header": _truncate(100),
    "truncated mid first page": _truncate(2000),
    "truncated after two pages": _truncate(2 * PAGE),
    "truncated at a quarter": _truncate(0.25),
    "truncated at half": _truncate(0.5),
    "truncated one byte short": lambda d: d[:-1],
    "truncated a page short": lambda d: d[:-PAGE],
    "random bytes over the magic header": _overwrite(0, 16, 1),
    "random bytes over the whole header": _overwrite(0, 100, 2),
    "random bytes over the schema page": _overwrite(100, PAGE - 100, 3),
    "page 2 overwritten": _page(2, 4),
    "page 3 overwritten": _page(3, 5),
    "a middle page overwritten": lambda d: _page(len(d) // PAGE // 2, 6)(d),
    "the last page overwritten": lambda d: _page(len(d) // PAGE, 7)(d),
    "several pages overwritten": lambda d: _page(4, 8)(_page(6, 9)(d)),
    "the second half zeroed": lambda d: d[: len(d) // 2] + bytes(len(d) - len(d) // 2),
    "everything after the header zeroed": lambda d: d[:100] + bytes(len(d) - 100),
    "page size field broken": lambda d: d[:16] + b"\x00\x03" + d[18:],
    "fully random file": lambda d: random.Random(10).randbytes(len(d)),
    "empty file": lambda d: b"",
    "a text file": lambda d: b"Shopping: milk, eggs\n" * 50,
    "a PNG image": lambda d: b"\x89PNG\r\n\x1a\n" + bytes(500),
    # Sound to SQLite, yet not a whole diary: what opening's check of the structure finds.
    "the preference table dropped": _sql("DROP TABLE preference"),
    "the spasm table dropped": _sql("DROP TABLE spasm"),
    "several tables dropped": _sql("DROP TABLE checkin_factor", "DROP TABLE checkin"),
    "a column dropped": _sql("ALTER TABLE appointment DROP COLUMN clinician"),
    "a column added": _sql("ALTER TABLE spasm ADD COLUMN mood TEXT"),
    "a table of another shape under a diary table's name": _sql(
        "DROP TABLE self_rating", "CREATE TABLE self_rating (anything)"
    ),
    "a table MSLog never makes": _sql("CREATE TABLE recipes (name TEXT)"),
    "a negative format number": _sql("PRAGMA user_version = -1"),
    "format number 0 over a diary's tables": _sql("PRAGMA user_version = 0"),
    "an older format number over today's tables": _sql("PRAGMA user_version = 3"),
    "another program's mark": _sql("PRAGMA application_id = 1096044612"),
    "MSLog's mark erased": _sql("PRAGMA application_id = 0"),
}


@pytest.mark.parametrize("name", list(VARIANTS))
def test_damaged_diary_is_moved_aside_untouched(name, good_diary, data_dir, clock):
    data_dir.mkdir(mode=0o700)
    path = data_dir / DB_FILENAME
    damaged = VARIANTS[name](good_diary)
    path.write_bytes(damaged)
    with pytest.raises(DiaryDamagedError) as caught:
        Diary(data_dir, clock=clock)
    error = caught.value
    assert error.moved_to is not None
    assert error.moved_to.parent == data_dir
    assert error.moved_to.name.startswith(f"{DB_FILENAME}.damaged-20260311-143000")
    assert error.moved_to.read_bytes() == damaged  # never written to
    assert not path.exists()
    assert "did not open it" in str(error)
    assert str(error.moved_to) in str(error)
    # Starting fresh then works, and the damaged copy is still there.
    fresh = Diary(data_dir, clock=clock)
    assert fresh.spasms.count() == 0
    fresh.close()
    assert error.moved_to.read_bytes() == damaged


def test_at_least_thirty_variants():
    assert len(VARIANTS) >= 30


def test_a_folder_in_place_of_the_diary_is_moved_aside(data_dir, clock):
    (data_dir / DB_FILENAME).mkdir(parents=True)
    (data_dir / DB_FILENAME / "inside.txt").write_text("mine")
    with pytest.raises(DiaryDamagedError, match="is a folder") as caught:
        Diary(data_dir, clock=clock)
    assert (caught.value.moved_to / "inside.txt").read_text() == "mine"


def test_a_broken_link_in_place_of_the_diary_is_moved_aside(data_dir, clock):
    data_dir.mkdir()
    (data_dir / DB_FILENAME).symlink_to(data_dir / "gone.sqlite3")
    with pytest.raises(DiaryDamagedError, match="broken link") as caught:
        Diary(data_dir, clock=clock)
    assert caught.value.moved_to.is_symlink()


def test_another_programs_database_is_not_taken_over(data_dir, clock):
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DiaryDamagedError, match="not an MSLog diary") as caught:
        Diary(data_dir, clock=clock)
    kept = sqlite3.connect(caught.value.moved_to)
    assert kept.execute("SELECT count(*) FROM recipes").fetchone()[0] == 0
    kept.close()


def test_a_newer_diary_is_left_exactly_in_place(data_dir, clock, good_diary):
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    path.write_bytes(good_diary)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError):
        Diary(data_dir, clock=clock)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILENAME]


def test_a_stray_wal_without_its_diary_is_not_replayed(data_dir, clock):
    data_dir.mkdir()
    wal = data_dir / f"{DB_FILENAME}-wal"
    wal.write_bytes(b"old wal" * 100)
    diary = Diary(data_dir, clock=clock)
    diary.spasms.log(severity=1)
    diary.close()
    kept = [p for p in data_dir.iterdir() if ".orphan-" in p.name]
    assert len(kept) == 1
    assert kept[0].read_bytes() == b"old wal" * 100


def test_restoring_the_newest_good_backup_after_damage(data_dir, clock):
    diary = Diary(data_dir, clock=clock)
    for _ in range(3):
        diary.spasms.log(severity=2)
    diary.safety.backup_now()
    diary.close()
    (data_dir / DB_FILENAME).write_bytes(b"\x00" * 8192)
    with pytest.raises(DiaryDamagedError):
        Diary(data_dir, clock=clock)
    from mslog.core.safety.restore import restore_backup

    newest = backup.newest_good_backup(data_dir)
    assert newest is not None
    assert newest.entries == 3
    restore_backup(data_dir, newest.path, clock)
    diary = Diary(data_dir, clock=clock)
    assert diary.spasms.count() == 3
    diary.close()


# --- read-only and full ---------------------------------------------------------


def test_a_read_only_folder_gives_a_clear_message_and_writes_nothing(data_dir, clock, monkeypatch):
    Diary(data_dir, clock=clock).close()
    before = sorted(p.name for p in data_dir.iterdir())
    real_open = os.open

    def read_only_open(path, flags, *args):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and Path(path).parent == data_dir:
            raise OSError(30, "Read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only_open)
    with pytest.raises(DiaryReadOnlyError, match="cannot save in the folder"):
        Diary(data_dir, clock=clock)
    monkeypatch.undo()
    assert sorted(p.name for p in data_dir.iterdir()) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_truly_read_only_folder(data_dir, clock):
    Diary(data_dir, clock=clock).close()
    data_dir.chmod(0o500)
    try:
        with pytest.raises(DiaryReadOnlyError):
            Diary(data_dir, clock=clock)
    finally:
        data_dir.chmod(0o700)


def test_a_full_disk_loses_nothing_already_saved_and_writes_nothing_partial(diary: Diary):
    diary.spasms.log(severity=4)
    pages = diary.db.execute_sql("PRAGMA page_count").fetchone()[0]
    diary.db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
    from peewee import OperationalError

    # SQLite undoes the whole failed transaction itself (peewee then reports that).
    def fill() -> None:
        for _ in range(200):
            diary.spasms.log(severity=5, note="x" * 3000, triggers=["heat", "cold"])

    with pytest.raises(OperationalError):
        fill()
    count = diary.spasms.count()
    rows = diary.db.execute_sql(
        "SELECT count(*) FROM spasm_trigger t JOIN spasm s ON s.id = t.spasm_id"
    ).fetchone()[0]
    assert rows == 2 * (count - 1)  # every saved entry whole, none half-written
    assert diary.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_programs_creating_the_first_diary_at_once_keep_one(data_dir, clock, monkeypatch):
    from mslog.core.storage import database

    first = Diary(data_dir, clock=clock)
    first.spasms.log(severity=1)
    first.close()
    path = data_dir / DB_FILENAME
    before = path.read_bytes()
    # The other program finds no diary, builds one, and arrives second: it must not replace ours.
    monkeypatch.setattr(database.os, "getpid", lambda: 99999)
    database._create_fresh(path, clock)
    assert path.read_bytes() == before
    leftovers = [p for p in data_dir.iterdir() if p.name.startswith(".") and p != note_path(path)]
    assert leftovers == []  # beside the note of the last check, nothing half-made


def test_without_hard_links_a_new_diary_is_still_created(data_dir, clock, monkeypatch):
    from mslog.core.storage import database

    def no_links(*_args):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(database.os, "link", no_links)
    diary = Diary(data_dir, clock=clock)
    diary.spasms.log(severity=2)
    assert diary.spasms.count() == 1
    diary.close()
