"""The command line on a diary whose structure is damaged: named as damage, with a way back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mslog.core.safety import backup
from mslog.core.storage.database import DB_FILENAME
from tests.cli.test_cli import rows, run


def _change(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        ("DROP TABLE preference", "its table preference is missing"),
        ("DROP TABLE spasm", "its table spasm is missing"),
        ("PRAGMA user_version = -1", "format number -1"),
    ],
)
def test_a_diary_with_damaged_structure_offers_the_newest_backup(clock, data_dir, damage, said):
    for _ in range(3):
        assert run(["log", "--severity", "4"], clock, data_dir)[0] == 0
        clock.advance(minutes=5)  # after the day's first backup, made as the first log opened
    assert run(["backup"], clock, data_dir)[0] == 0
    _change(data_dir / DB_FILENAME, damage)
    code, _, err = run(["list"], clock, data_dir)
    assert code == 1
    assert said in err
    assert "free space" not in err
    assert "kept, unchanged" in err
    assert "mslog restore newest" in err
    code, _, err = run(["restore", "newest"], clock, data_dir)
    assert code == 0, err
    assert len(rows(data_dir)) == 3


def test_restore_refuses_a_backup_that_is_not_a_whole_diary(clock, data_dir, tmp_path):
    assert run(["log", "--severity", "4"], clock, data_dir)[0] == 0
    assert run(["backup"], clock, data_dir)[0] == 0
    partial = tmp_path / "partial.sqlite3"
    partial.write_bytes(backup.list_backups(data_dir)[0].path.read_bytes())
    _change(partial, "DROP TABLE checkin")
    assert backup.inspect_backup(partial) == (False, None)  # listed as unusable too
    before = (data_dir / DB_FILENAME).read_bytes()
    code, _, err = run(["restore", str(partial)], clock, data_dir)
    assert code != 0
    assert "its table checkin is missing" in err
    assert "your diary was not changed" in err
    assert (data_dir / DB_FILENAME).read_bytes() == before
