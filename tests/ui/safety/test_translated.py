"""Every text of the data-safety dialogs and messages goes through the catalogue.

Under the pseudo-language every translated text reads ⟦…⟧; a word outside the brackets was
never wrapped (see tests/ui/test_pseudo_language.py). Paths, file names and numbers are data.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mslog.core.diary import Diary
from mslog.core.errors import DiaryDamagedError
from mslog.core.safety import backup
from mslog.ui.safety.dialogs import RecoveryDialog, RestoreDialog
from mslog.ui.safety.recovery import open_diary_with_recovery
from mslog.ui.safety.storage_errors import StorageErrorHook
from tests.core.safety.test_import import export
from tests.helpers.language import bare, unwrapped_texts
from tests.helpers.progress import finished, outcome


def _message(window) -> QMessageBox:
    box = window.data_safety.message
    assert box is not None
    return box


def _scan_message(window) -> list[str]:
    """The unwrapped texts of the window's last message (its OK button is Qt's own)."""
    box = _message(window)
    found = [line for line in unwrapped_texts(box) if "QPushButton" not in line]
    box.close()
    return found


def test_every_text_of_the_file_menu_actions_is_translated(pseudo, window):
    safety = window.data_safety
    texts = [action.text() for action in safety.actions()]
    assert texts
    assert not [text for text in texts if bare(text)]


def test_every_text_of_the_restore_dialog_is_translated(pseudo, qtbot, diary: Diary):
    diary.spasms.log()
    for reason in ("daily", "manual", "before-migration", "before-import", "before-restore"):
        diary.safety.backup_now(reason=reason)
        diary.clock.advance(seconds=1)
    listed = diary.safety.list_backups()
    # One damaged backup: its line says so.
    listed[0].path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    listed = diary.safety.list_backups()
    dialog = RestoreDialog(listed, diary.safety.backup_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unwrapped_texts(dialog) == []
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(items) >= 3  # rotation keeps a few of each day
    assert [item for item in items if bare(item)] == []


def test_every_text_of_the_empty_restore_dialog_is_translated(pseudo, qtbot, diary: Diary):
    dialog = RestoreDialog([], diary.safety.backup_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible()
    assert unwrapped_texts(dialog) == []


@pytest.mark.parametrize("with_backup", [True, False])
def test_every_text_of_the_recovery_dialog_is_translated(
    pseudo, qtbot, diary: Diary, tmp_path, with_backup
):
    diary.spasms.log()
    newest = None
    if with_backup:
        diary.safety.backup_now()
        newest = backup.newest_good_backup(diary.data_dir)
    error = DiaryDamagedError(diary.path, tmp_path / "moved", backup.check_header(tmp_path))
    dialog = RecoveryDialog(str(error), newest, can_start_fresh=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unwrapped_texts(dialog) == []
    dialog.reject()


def test_every_text_of_the_damage_found_while_open_is_translated(
    pseudo, qtbot, window, diary: Diary
):
    daily = window.data_safety.daily
    daily._offer_recovery(backup.check_header(Path(diary.data_dir)) or "")
    assert daily.dialog is not None
    assert unwrapped_texts(daily.dialog) == []
    daily.dialog.choice = "fresh"
    daily.dialog.accept()
    qtbot.waitUntil(lambda: daily.dialog is None)
    assert _scan_message(window) == []


def test_every_text_of_backing_up_and_restoring_is_translated(pseudo, qtbot, window):
    safety = window.data_safety
    window.log_tab.log_button.click()
    path = safety.back_up_now()
    assert path is not None
    assert _scan_message(window) == []
    finished(qtbot, safety.restore(path))
    assert _scan_message(window) == []
    # A file that is not a diary: the refusal is translated too.
    other = path.parent.parent / "not-a-diary.sqlite3"
    other.write_text("hello")
    assert outcome(qtbot, safety.restore(other)).error is not None
    assert _scan_message(window) == []


def test_every_text_of_importing_is_translated(pseudo, qtbot, window, diary: Diary, tmp_path):
    window.log_tab.log_button.click()
    data = export(diary)
    column = data["tables"]["spasm"]["columns"].index("uuid")
    data["tables"]["spasm"]["rows"][0][column] = "imported-entry-1"
    path = tmp_path / "e.json"
    path.write_text(json.dumps(data))
    finished(qtbot, window.data_safety.import_file(path))
    assert _scan_message(window) == []
    for bad in ("{not json", json.dumps({**data, "format": "else"}), json.dumps([1])):
        path.write_text(bad)
        assert outcome(qtbot, window.data_safety.import_file(path)).error is not None
        assert _scan_message(window) == []
    assert outcome(qtbot, window.data_safety.import_file(tmp_path)).error is not None
    assert _scan_message(window) == []


def test_every_text_of_a_failed_save_is_translated(pseudo, qtbot):
    hook = StorageErrorHook(lambda *_: None)
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # type: ignore[attr-defined]
    hook(type(error), error, None)
    assert hook.last_box is not None
    found = [line for line in unwrapped_texts(hook.last_box) if "QPushButton" not in line]
    hook.last_box.close()
    assert found == []


def test_every_text_of_opening_a_damaged_diary_is_translated(pseudo, data_dir, clock):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "diary.sqlite3").write_bytes(b"")
    asked: list[str] = []
    told: list[tuple[str, str]] = []

    def ask(error, newest):
        asked.append(str(error))
        return "quit"

    assert open_diary_with_recovery(data_dir, clock, ask, lambda *t: told.append(t)) is None
    assert asked
    assert not [text for text in asked if bare(text)]
    # A diary from a newer MSLog cannot be opened: said in a translated message.
    path = data_dir / "diary.sqlite3"
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert open_diary_with_recovery(data_dir, clock, ask, lambda *t: told.append(t)) is None
    assert told
    assert not [part for pair in told for part in pair if bare(part)]
