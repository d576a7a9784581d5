"""One stored value that is not valid UTF-8 never hides the rest of the diary."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.safety import backup
from mslog.core.storage.database import DB_FILENAME
from tests.cli.test_cli import run


def _bad_note(data_dir: Path, clock) -> None:
    """Three entries, the middle one's note holding the byte 0xE9 alone (Latin-1 'é')."""
    diary = Diary(data_dir, clock=clock)
    for note in ("first", "caf", "third"):
        diary.spasms.log(severity=3, note=note)
        clock.advance(minutes=1)
    diary.close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("UPDATE spasm SET note = CAST(x'636166e9' AS TEXT) WHERE note = 'caf'")
    conn.commit()
    conn.close()


def test_list_shows_every_entry_and_says_one_value_was_not_text(clock, data_dir):
    _bad_note(data_dir, clock)
    code, out, err = run(["list"], clock, data_dir)
    assert code == 0, err
    assert "first" in out
    assert "third" in out
    assert "caf\ufffd" in out
    assert "3 spasms" in out
    assert "1 value in your diary is not valid text" in err
    assert "free space" not in err


@pytest.mark.parametrize("form", ["json", "csv"])
def test_export_always_writes_the_whole_diary(clock, data_dir, tmp_path, form):
    _bad_note(data_dir, clock)
    target = tmp_path / f"diary.{form}"
    code, _out, err = run(["export", "--format", form, "--out", str(target)], clock, data_dir)
    assert code == 0, err
    assert "not valid text" in err
    written = target.read_text(encoding="utf-8") if form == "json" else ""
    if form == "json":
        spasms = json.loads(written)["tables"]["spasm"]
        at = spasms["columns"].index("note")
        notes = [row[at] for row in spasms["rows"]]
        assert notes == ["first", "caf\ufffd", "third"]
    else:
        texts = "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.csv"))
        assert "caf\ufffd" in texts
        assert "third" in texts


def test_the_diary_and_its_backup_keep_the_bytes_as_stored(clock, data_dir):
    _bad_note(data_dir, clock)
    assert run(["list"], clock, data_dir)[0] == 0
    assert run(["backup"], clock, data_dir)[0] == 0
    for path in (data_dir / DB_FILENAME, backup.list_backups(data_dir)[0].path):
        conn = sqlite3.connect(path)
        try:
            stored = conn.execute("SELECT CAST(note AS BLOB) FROM spasm WHERE note LIKE 'caf%'")
            assert stored.fetchone()[0] == b"caf\xe9"  # reading replaced nothing on disk
        finally:
            conn.close()
