"""File ▸ Back up / Restore / Import, outside writes showing up, a damaged diary at start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from mslog.core.diary import Diary
from mslog.core.errors import DiaryDamagedError
from mslog.core.safety import backup
from mslog.ui.safety.dialogs import RecoveryDialog
from mslog.ui.safety.recovery import open_diary_with_recovery
from tests.core.safety.test_import import export
from tests.helpers.progress import finished, outcome

ROOT = Path(__file__).resolve().parents[3]


def _heading(window) -> str:
    return window.log_tab.today.heading.text()


def _close_message(window) -> str:
    box = window.data_safety.message
    assert box is not None
    text = box.text()
    box.close()
    return text


def test_file_menu_offers_back_up_restore_and_import(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() or "-" for a in file_menu.actions()]
    assert texts == [
        "&Log a spasm now",
        "&How was today?…",
        "&Print / save report…",
        "-",
        "&Export…",
        "-",
        "&Back up now",
        "&Restore from backup…",
        "&Import…",
        "-",
        "&Quit",
    ]


def test_back_up_now_says_where(window, diary: Diary):
    window.log_tab.log_button.click()
    window.data_safety.backup_action.trigger()
    [info] = backup.list_backups(diary.data_dir)
    assert info.entries == 1
    assert str(info.path.parent) in _close_message(window)


def test_restore_dialog_lists_backups_and_restores_the_chosen_one(window, diary: Diary, qtbot):
    window.log_tab.log_button.click()
    window.data_safety.back_up_now()
    _close_message(window)
    diary.clock.advance(minutes=2)
    window.log_tab.log_button.click()
    window.log_tab.log_button.click()
    assert _heading(window) == "Today · 3 spasms"
    dialog = window.data_safety.open_restore_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    assert "1 entry" in dialog.list.item(0).text()
    assert "11 Mar 2026, 14:30" in dialog.list.item(0).text()
    dialog.restore_button.click()
    finished(qtbot, window.data_safety.task)
    assert diary.spasms.count() == 1
    assert _heading(window) == "Today · 1 spasm"
    assert not window.undo_stack.canUndo()  # undo steps of replaced entries are gone
    assert "holds the 1 entry from the backup" in _close_message(window)
    # The diary as it was is one of the backups now.
    assert any(b.entries == 3 for b in backup.list_backups(diary.data_dir))


def test_restore_dialog_without_backups_says_so(window, qtbot):
    dialog = window.data_safety.open_restore_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.empty.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.cancel_button.click()


def test_import_adds_entries_and_redraws(window, diary: Diary, tmp_path, qtbot):
    window.log_tab.log_button.click()
    data = export(diary)
    uuid_col = data["tables"]["spasm"]["columns"].index("uuid")
    data["tables"]["spasm"]["rows"][0][uuid_col] = "imported-entry-1"
    path = tmp_path / "e.json"
    path.write_text(json.dumps(data))
    report = finished(qtbot, window.data_safety.import_file(path))
    assert report.entries_added == 1
    assert _heading(window) == "Today · 2 spasms"
    assert "Imported 1 new spasm entry" in _close_message(window)


def test_a_bad_import_file_is_explained_calmly(window, diary: Diary, tmp_path, qtbot):
    path = tmp_path / "e.json"
    path.write_text("{not json")
    assert outcome(qtbot, window.data_safety.import_file(path)).error is not None
    box = window.data_safety.message
    assert box.icon() == QMessageBox.Icon.Warning
    assert "line 1, column 2" in _close_message(window)


def test_an_entry_logged_from_a_terminal_appears_within_a_second(window, diary: Diary, qtbot):
    result = subprocess.run(
        [sys.executable, "-m", "mslog", "log", "--data-dir", str(diary.data_dir),
         "--at", "2026-03-11 14:00", "--severity", "6"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: _heading(window) == "Today · 1 spasm", timeout=1500)


def test_own_saves_do_not_trigger_the_outside_check(window, diary: Diary):
    window.log_tab.log_button.click()
    assert not window.data_safety.watcher.check()


def test_the_poll_stops_when_the_window_closes(window):
    assert window.data_safety.watcher.timer.isActive()
    window.close()
    assert not window.data_safety.watcher.timer.isActive()


# --- damaged diary at start-up ---------------------------------------------------


def _damaged_with_backup(data_dir, clock, entries=2) -> None:
    diary = Diary(data_dir, clock=clock)
    for _ in range(entries):
        diary.spasms.log(severity=3)
    diary.safety.backup_now()
    diary.close()
    (data_dir / "diary.sqlite3").write_bytes(b"\x00" * 9000)


@pytest.mark.parametrize(("choice", "count"), [("restore", 2), ("fresh", 0), ("quit", None)])
def test_start_up_recovery_choices(data_dir, clock, choice, count):
    _damaged_with_backup(data_dir, clock)
    asked = []

    def ask(error, newest):
        asked.append((error, newest))
        return choice

    diary = open_diary_with_recovery(data_dir, clock, ask=ask, tell=lambda *a: None)
    assert isinstance(asked[0][0], DiaryDamagedError)
    assert asked[0][1].entries == 2
    if count is None:
        # Quitting leaves the damaged file as it was found, so the next start asks again.
        assert diary is None
        assert (data_dir / "diary.sqlite3").read_bytes() == b"\x00" * 9000
        assert not list(data_dir.glob("diary.sqlite3.damaged-*"))
    else:
        assert diary.spasms.count() == count
        diary.close()
        assert list(data_dir.glob("diary.sqlite3.damaged-*"))  # never deleted


def test_recovery_dialog_buttons(qtbot, data_dir, clock):
    _damaged_with_backup(data_dir, clock)
    with pytest.raises(DiaryDamagedError) as caught:
        Diary(data_dir, clock=clock)
    newest = backup.newest_good_backup(data_dir)
    dialog = RecoveryDialog(str(caught.value), newest, can_start_fresh=True)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "holds 2 entries" in texts
    assert "kept, unchanged" in texts
    assert dialog.restore_button.isVisible()
    dialog.grab().save("/tmp/mslog-recovery.png")
    dialog.fresh_button.click()
    assert dialog.choice == "fresh"


def test_a_full_disk_while_the_window_is_open_is_a_calm_message(window, diary: Diary):
    from peewee import OperationalError

    from mslog.ui.safety.storage_errors import StorageErrorHook

    passed_on = []
    hook = StorageErrorHook(lambda *args: passed_on.append(args))
    pages = diary.db.execute_sql("PRAGMA page_count").fetchone()[0]
    diary.db.execute_sql(f"PRAGMA max_page_count = {pages}")

    def fill() -> None:
        for _ in range(100):
            diary.spasms.log(note="x" * 5000)

    with pytest.raises(OperationalError) as caught:
        fill()
    hook(type(caught.value), caught.value, None)
    assert hook.last_box is not None
    assert "the disk is full" in hook.last_box.text()
    assert "Nothing was lost and nothing was half-saved" in hook.last_box.text()
    hook.last_box.close()
    assert not passed_on
    error = ValueError("a bug")
    hook(ValueError, error, None)
    assert passed_on == [(ValueError, error, None)]


def test_import_through_the_file_dialog(window, diary: Diary, tmp_path, qtbot):
    data = export(diary)
    path = tmp_path / "e.json"
    path.write_text(json.dumps(data))
    dialog = window.data_safety.choose_import_file()
    dialog.fileSelected.emit(str(path))
    outcome(qtbot, window.data_safety.task)
    assert "Imported 0 new spasm entries" in _close_message(window)
    dialog.close()


def test_restore_from_a_file_chosen_anywhere(window, diary: Diary, tmp_path, qtbot):
    window.log_tab.log_button.click()
    copy = diary.safety.backup_now(out=tmp_path / "usb.sqlite3")
    window.log_tab.log_button.click()
    dialog = window.data_safety.open_restore_dialog()
    qtbot.waitExposed(dialog)
    dialog._file_chosen(str(copy))
    finished(qtbot, window.data_safety.task)
    assert diary.spasms.count() == 1
    assert _heading(window) == "Today · 1 spasm"
    _close_message(window)


def test_importing_a_pipe_through_the_file_dialog_is_refused_at_once(
    window, diary: Diary, tmp_path, qtbot
):
    from tests.core.test_hostile_files import fifo

    with fifo(tmp_path / "pipe.json") as path:
        dialog = window.data_safety.choose_import_file()
        dialog.fileSelected.emit(str(path))
        outcome(qtbot, window.data_safety.task)
    assert window.data_safety.message.icon() == QMessageBox.Icon.Warning
    assert "pipe.json is a pipe or device, not a file" in _close_message(window)
    dialog.close()
