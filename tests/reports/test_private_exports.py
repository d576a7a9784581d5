"""Exports are private to their owner and never written through a file someone planted."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.safety import export
from mslog.platform.files import write_atomically
from tests.helpers.progress import finished
from tests.reports.test_cli_reports import run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and links")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def filled(clock, data_dir) -> Path:
    with Diary(data_dir, clock=clock) as diary:
        diary.spasms.log(severity=3, note="private")
        diary.checklists.habits.add("Walk")
    return data_dir


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["export", "--format", "json"], ["copy.json"]),
        (["export", "--format", "csv"], ["copy.zip"]),
        (["export", "--format", "csv"], ["copy.csv", "copy-habits.csv"]),
    ],
    ids=["json", "zip", "csv"],
)
def test_cli_exports_are_readable_by_their_owner_only(clock, filled, tmp_path, args, names):
    out = tmp_path / names[0]
    code, _, err = run([*args, "--out", str(out)], clock, filled)
    assert code == 0, err
    for name in names:
        assert _mode(tmp_path / name) == 0o600
    assert not list(tmp_path.glob("*.part"))


def test_the_pdf_report_is_readable_by_its_owner_only(qapp, clock, filled, tmp_path):
    out = tmp_path / "report.pdf"
    code, _, err = run(["report", "--out", str(out)], clock, filled)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert _mode(out) == 0o600


def test_replacing_an_export_keeps_the_mode_its_owner_gave_it(diary: Diary, tmp_path):
    out = tmp_path / "shared.json"
    out.write_text("old")
    out.chmod(0o644)  # the person chose to share this file
    export.write_json(diary.db, out, diary.clock.now())
    assert _mode(out) == 0o644
    assert out.read_text().startswith("{")


def test_a_link_planted_where_the_temporary_went_is_never_written_through(diary: Diary, tmp_path):
    victim = tmp_path / "someone-elses-file"
    victim.write_text("theirs")
    out = tmp_path / "diary.json"
    for planted in (Path(f"{out}.part"), tmp_path / ".diary.json.part"):
        planted.symlink_to(victim)
    export.write_json(diary.db, out, diary.clock.now())
    assert victim.read_text() == "theirs"
    assert out.is_file()
    assert not out.is_symlink()
    assert _mode(out) == 0o600


def test_a_link_at_the_target_is_replaced_not_followed(diary: Diary, tmp_path):
    victim = tmp_path / "someone-elses-file"
    victim.write_text("theirs")
    out = tmp_path / "diary.csv"
    out.symlink_to(victim)
    export.write_csv(diary.db, diary.day_rule, out)
    assert victim.read_text() == "theirs"
    assert not out.is_symlink()
    assert _mode(out) == 0o600


def test_a_failed_write_leaves_no_temporary(tmp_path):
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomically(folder, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder"]
    assert list(folder.iterdir()) == []


def test_the_window_exports_are_private(qtbot, diary: Diary, tmp_path):
    from mslog.ui.trends.export_dialog import ExportDialog

    dialog = ExportDialog(diary)
    qtbot.addWidget(dialog)
    (archive,) = finished(qtbot, dialog.export_csv(tmp_path / "diary.zip"))
    copy = finished(qtbot, dialog.export_json(tmp_path / "copy.json"))
    assert copy is not None
    assert _mode(archive) == 0o600
    assert _mode(copy) == 0o600


def test_a_backup_saved_elsewhere_never_writes_through_a_planted_link(diary: Diary, tmp_path):
    victim = tmp_path / "someone-elses-file"
    victim.write_text("theirs")
    out = tmp_path / "copy.sqlite3"
    planted = tmp_path / f".copy.sqlite3.partial-{os.getpid()}"
    planted.symlink_to(victim)
    diary.safety.backup_now(out=out)
    assert victim.read_text() == "theirs"
    assert planted.is_symlink()  # not MSLog's to remove either
    assert _mode(out) == 0o600
    assert out.read_bytes().startswith(b"SQLite format 3")
