"""mslog backup, restore and import; damaged, newer and full diaries from the command line."""

from __future__ import annotations

import json
import os
import stat

from mslog.core.diary import Diary
from mslog.core.safety import backup
from mslog.core.storage import migrations
from mslog.core.storage.database import DB_FILENAME, PRAGMAS
from tests.cli.test_cli import rows, run


def _logged(clock, data_dir, n=2):
    for _ in range(n):
        assert run(["log", "--severity", "4"], clock, data_dir)[0] == 0
        clock.advance(minutes=5)


def test_backup_reports_where_and_how_many(clock, data_dir):
    _logged(clock, data_dir)
    code, out, err = run(["backup"], clock, data_dir)
    assert code == 0, err
    assert "verified backup with 2 entries" in out
    [info] = [b for b in backup.list_backups(data_dir) if b.reason == "manual"]
    assert str(info.path) in out
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600


def test_backup_out_writes_where_asked(clock, data_dir, tmp_path):
    _logged(clock, data_dir, 1)
    target = tmp_path / "usb" / "copy.sqlite3"
    target.parent.mkdir()
    code, _out, _ = run(["backup", "--out", str(target)], clock, data_dir)
    assert code == 0
    assert backup.inspect_backup(target) == (True, 1)


def test_restore_list_and_restore_a_file(clock, data_dir):
    _logged(clock, data_dir, 1)
    run(["backup"], clock, data_dir)
    _logged(clock, data_dir, 3)
    code, out, _ = run(["restore", "--list"], clock, data_dir)
    assert code == 0
    assert "1 entry" in out
    saved = backup.list_backups(data_dir)[-1].path
    code, out, err = run(["restore", str(saved)], clock, data_dir)
    assert code == 0, err
    assert "Restored 1 entry from" in out
    assert "as it was is kept in" in out
    assert len(rows(data_dir)) == 1


def test_restore_while_the_diary_is_open_elsewhere_is_refused(clock, data_dir):
    _logged(clock, data_dir, 1)
    run(["backup"], clock, data_dir)
    saved = backup.list_backups(data_dir)[0].path
    other = Diary(data_dir, clock=clock)  # the window, say
    try:
        code, _, err = run(["restore", str(saved)], clock, data_dir)
    finally:
        other.close()
    assert code == 1
    assert "open in another MSLog" in err


def test_a_damaged_diary_says_how_to_recover_then_restore_newest(clock, data_dir):
    _logged(clock, data_dir, 3)
    run(["backup"], clock, data_dir)
    (data_dir / DB_FILENAME).write_bytes(b"\x00" * 10_000)
    code, _, err = run(["list"], clock, data_dir)
    assert code == 1
    assert "kept, unchanged" in err
    assert "mslog restore newest" in err
    code, _out, err = run(["restore", "newest"], clock, data_dir)
    assert code == 0, err
    assert len(rows(data_dir)) == 3


def test_a_newer_diary_is_refused_with_exit_1(clock, data_dir):
    _logged(clock, data_dir, 1)
    path = data_dir / DB_FILENAME
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 3}")
    conn.commit()
    conn.close()
    code, _, err = run(["log"], clock, data_dir)
    assert code == 1
    assert "newer version of MSLog" in err


def test_a_full_disk_is_a_calm_message_and_nothing_half_saved(clock, data_dir, monkeypatch):
    _logged(clock, data_dir, 1)
    monkeypatch.setitem(PRAGMAS, "max_page_count", 1)  # every new page now fails: "disk full"
    import sqlite3

    # No free page left inside the file either (a schema step's table rebuild leaves one).
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("VACUUM")
    conn.close()
    code, _out, err = run(["log", "--trigger", "heat", "--note", "x" * 5000], clock, data_dir)
    assert code == 1
    assert "could not save" in err
    assert "Traceback" not in err
    monkeypatch.undo()
    assert len(rows(data_dir)) == 1


def test_import_then_again_adds_nothing(clock, data_dir, tmp_path):
    other = tmp_path / "other"
    _logged(clock, other, 2)
    code, out, err = run(["export", "--format", "json", "--out", str(tmp_path / "e.json")],
                         clock, other)  # fmt: skip
    if code != 0:  # the export command belongs to another feature; build the file here
        from tests.core.safety.test_import import export

        diary = Diary(other, clock=clock)
        (tmp_path / "e.json").write_text(json.dumps(export(diary)))
        diary.close()
    code, out, err = run(["import", str(tmp_path / "e.json")], clock, data_dir)
    assert code == 0, err
    assert "Imported 2 new spasm entries" in out
    code, out, _ = run(["import", str(tmp_path / "e.json")], clock, data_dir)
    assert "Imported 0 new spasm entries; 2 were already in your diary" in out
    assert len(rows(data_dir)) == 2


def test_import_of_a_bad_file_names_the_place_and_changes_nothing(clock, data_dir, tmp_path):
    _logged(clock, data_dir, 1)
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "format": "mslog-diary",\n  "format_version": 1,\n  oops\n}')
    code, _, err = run(["import", str(bad)], clock, data_dir)
    assert code == 2
    assert "line 4, column 3" in err
    assert len(rows(data_dir)) == 1
