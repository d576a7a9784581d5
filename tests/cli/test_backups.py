"""mslog backup and restore keep their word: order made, a clock set back, whole diaries only."""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from mslog.core.safety import backup
from mslog.core.storage.database import DB_FILENAME
from tests.cli.test_cli import rows, run

SET_BACK = [timedelta(hours=5), timedelta(days=3), timedelta(days=800)]
REASONS = ["daily", "manual", "before-import", "manual", "before-migration"]


def _same_second(clock, data_dir) -> None:
    """Five backups in one second, holding 1 to 5 entries."""
    from mslog.core.diary import Diary

    diary = Diary(data_dir, clock=clock)
    try:
        for reason in REASONS:
            diary.spasms.log(severity=3)
            diary.safety.backup_now(reason=reason)
    finally:
        diary.close()


def test_restore_list_puts_the_newest_of_one_second_first(clock, data_dir):
    _same_second(clock, data_dir)
    code, out, err = run(["restore", "--list"], clock, data_dir)
    assert code == 0, err
    counts = [int(n) for n in re.findall(r"— (\d+) entr", out)]
    assert counts[0] == 5
    assert counts == sorted(set(counts), reverse=True)


def test_restore_newest_says_what_it_restores_before_doing_it(clock, data_dir):
    _same_second(clock, data_dir)
    (data_dir / DB_FILENAME).write_bytes(b"\x00" * 10_000)
    code, out, err = run(["restore", "newest"], clock, data_dir)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Restoring the newest good backup: Wed 11 Mar 2026, 14:30:00")
    assert "5 entries" in lines[0]
    assert any(line.startswith("Restored 5 entries from") for line in lines[1:])
    assert len(rows(data_dir)) == 5


def _history(clock, data_dir, days: int = 20) -> None:
    for _ in range(days):
        assert run(["log", "--severity", "3"], clock, data_dir)[0] == 0
        clock.advance(days=1)


@pytest.mark.parametrize("back", SET_BACK, ids=["hours", "days", "years"])
def test_a_backup_with_the_clock_set_back_exists_where_it_says(clock, data_dir, back):
    _history(clock, data_dir)
    clock.set(clock.now() - back)
    code, out, err = run(["backup"], clock, data_dir)
    assert code == 0, err
    path = Path(out.strip().rsplit(": ", 1)[1])
    assert path.exists()
    assert backup.list_backups(data_dir)[0].path == path


@pytest.mark.parametrize("back", SET_BACK, ids=["hours", "days", "years"])
def test_a_restore_with_the_clock_set_back_keeps_the_copy_it_names(clock, data_dir, back):
    _history(clock, data_dir)
    oldest = backup.list_backups(data_dir)[-1].path
    clock.set(clock.now() - back)
    code, out, err = run(["restore", str(oldest)], clock, data_dir)
    assert code == 0, err
    kept = Path(re.search(r"is kept in (\S+)", out).group(1))
    assert kept.exists()
    assert backup.inspect_backup(kept) == (True, 20)


# --- a backup that is not a whole diary is refused --------------------------------------


def _saved_copy(clock, data_dir, tmp_path) -> Path:
    _history(clock, data_dir, 3)
    target = tmp_path / "copy.sqlite3"
    assert run(["backup", "--out", str(target)], clock, data_dir)[0] == 0
    return target


def _drop_table(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE preference")
    conn.commit()
    conn.close()


def _drop_column(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE appointment")
    conn.execute("CREATE TABLE appointment (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _other_app(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def _empty(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")
    conn.close()


def _negative_version(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = -4")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (_drop_table, "its table preference is missing"),
        (_drop_column, "the columns of its table appointment"),
        (_other_app, "not an MSLog diary"),
        (_empty, "not an MSLog diary"),
        (_negative_version, "format number -4"),
    ],
    ids=["missing-table", "missing-column", "other-app", "empty", "negative-version"],
)
def test_restore_refuses_a_file_that_is_not_a_whole_diary(clock, data_dir, tmp_path, spoil, says):
    copy = _saved_copy(clock, data_dir, tmp_path)
    spoil(copy)
    before = sorted(p.name for p in (data_dir / "backups").iterdir())
    diary_bytes = (data_dir / DB_FILENAME).read_bytes()
    code, out, err = run(["restore", str(copy)], clock, data_dir)
    assert code == 2
    assert says in err
    assert "your diary was not changed" in err
    assert err.count("\n") == 1
    assert out == ""
    assert (data_dir / DB_FILENAME).read_bytes() == diary_bytes
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == before
    assert len(rows(data_dir)) == 3
