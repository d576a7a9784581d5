"""The day's check and backup start once the window is ready; found damage is offered mending."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.core.safety import backup
from mslog.core.storage.database import DB_FILENAME
from mslog.ui.main_window import MainWindow
from mslog.ui.settings.store import UiSettings
from mslog.ui.startup import Startup
from tests.helpers.damage import rot_a_page
from tests.helpers.stubs import FakeClock


@pytest.fixture
def window(qtbot, clock, monkeypatch) -> MainWindow:
    """The window on screen, before its diary, as start-up shows it."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start-up installs its own
    settings = UiSettings()
    settings.set("first_run_done", True)
    win = MainWindow(settings=settings, clock=clock)
    qtbot.addWidget(win)
    win.show()
    return win


def _yesterdays_diary(data_dir: Path, clock: FakeClock, entries: int) -> None:
    with Diary(data_dir, clock=clock) as diary:
        for i in range(entries):
            diary.spasms.log(severity=i % 11, note=f"entry {i} " * 8)
    clock.advance(days=1)


def _daily_backups(data_dir: Path) -> list[Path]:
    return sorted(backup.backup_dir(data_dir).glob("diary-*-daily.sqlite3"))


def test_the_window_is_ready_before_the_day_check_and_backup(
    qtbot, window, data_dir, clock, monkeypatch
):
    _yesterdays_diary(data_dir, clock, entries=30)
    seen: list[Path] = []
    real = backup.check_file
    monkeypatch.setattr(
        backup, "check_file", lambda path, **kw: seen.append(Path(path)) or real(path, **kw)
    )
    startup = Startup(window, data_dir, clock, benchmark=False)
    try:
        startup.open_diary()
        assert window.is_attached()
        assert seen == []
        assert _daily_backups(data_dir) == []
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.log_tab.status.text().startswith("Saved")
        qtbot.waitUntil(lambda: len(_daily_backups(data_dir)) == 1, timeout=10_000)
        assert seen == [data_dir / DB_FILENAME]  # checked once, by the write or the worker
        assert window.data_safety.daily.dialog is None  # a sound diary: nothing to say
    finally:
        window.close()
        startup.finish()
    with Diary(data_dir, clock=clock) as diary:
        assert diary.spasms.count() == 31


def test_damage_found_after_opening_offers_the_newest_backup(qtbot, window, data_dir, clock):
    _yesterdays_diary(data_dir, clock, entries=300)
    with Diary(data_dir, clock=clock) as diary:
        diary.safety.backup_now()  # checked this morning: the good copy
        clock.advance(hours=2)
    rot_a_page(data_dir / DB_FILENAME)
    clock.advance(days=1)
    startup = Startup(window, data_dir, clock, benchmark=False)
    try:
        startup.open_diary()
        daily = window.data_safety.daily
        qtbot.waitUntil(lambda: daily.dialog is not None and daily.dialog.isVisible())
        dialog = daily.dialog
        assert dialog is not None
        assert "found damage" in dialog.windowTitle()
        assert dialog.restore_button.hasFocus()
        qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: daily.dialog is None)
        qtbot.waitUntil(lambda: window.data_safety.restored is not None)
        assert startup.diary is not None
        assert startup.diary.spasms.count() == 300
        told = window.data_safety.message
        assert told is not None
        assert told.windowTitle() == "Backup restored"
        qtbot.keyClick(told, Qt.Key.Key_Return)
        window.activateWindow()  # as the window manager does when a dialog closes
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert startup.diary.spasms.count() == 301  # writes go on, into the restored diary
    finally:
        window.close()
        startup.finish()
    moved = [p for p in data_dir.iterdir() if re.search(r"\.damaged-\d{8}-\d{6}$", p.name)]
    assert len(moved) == 1  # the damaged file kept, unchanged, beside the diary
