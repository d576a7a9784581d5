"""Start-up on a diary that cannot open: the recovery dialog, and no press left unsaved unsaid."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mslog.core.diary import Diary
from mslog.core.storage.database import DB_FILENAME
from mslog.ui.main_window import MainWindow
from mslog.ui.safety import recovery
from mslog.ui.safety.dialogs import RecoveryDialog
from mslog.ui.settings.store import UiSettings
from mslog.ui.startup import Startup
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


def _when_modal(answer: Callable[[QWidget], None], kind: type[QWidget] = QWidget) -> list[str]:
    """Answer the next modal window of ``kind`` with ``answer``; return the texts it showed."""
    seen: list[str] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind):
            QTimer.singleShot(10, poll)  # the dialog is not up yet
            return
        seen.append(" ".join(w.text() for w in modal.findChildren(QWidget) if hasattr(w, "text")))
        if isinstance(modal, QMessageBox):
            seen.append(modal.text())
        answer(modal)

    QTimer.singleShot(0, poll)
    return seen


def _structure_damaged_with_backup(data_dir: Path, clock: FakeClock) -> None:
    diary = Diary(data_dir, clock=clock)
    for _ in range(2):
        diary.spasms.log(severity=3)
    clock.advance(minutes=5)
    diary.safety.backup_now()
    diary.close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("DROP TABLE preference")
    conn.commit()
    conn.close()


def test_a_diary_missing_a_table_offers_the_backup_and_saves_the_press_made_meanwhile(
    qtbot, window, data_dir, clock, capsys
):
    _structure_damaged_with_backup(data_dir, clock)
    qtbot.mouseClick(window.log_tab.log_button, Qt.MouseButton.LeftButton)
    assert "Noted" in window.log_tab.status.text()
    startup = Startup(window, data_dir, clock, benchmark=False)

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryDialog)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    shown = _when_modal(restore, RecoveryDialog)
    try:
        startup.open_diary()
        assert "its table preference is missing" in shown[0]
        assert window.is_attached()
        assert startup.diary is not None
        assert startup.diary.spasms.count() == 3  # the backup's two, and the press
        assert window.log_tab.unsaved() == []
        assert window.log_tab.status.text().startswith("Saved")
    finally:
        window.close()
        startup.finish()
    assert "Traceback" not in capsys.readouterr().err


def test_quitting_the_recovery_says_the_noted_press_was_not_saved(qtbot, window, data_dir, clock):
    _structure_damaged_with_backup(data_dir, clock)
    qtbot.mouseClick(window.log_tab.log_button, Qt.MouseButton.LeftButton)
    startup = Startup(window, data_dir, clock, benchmark=False)
    answers: list[list[str]] = []

    def quit_then_ok(modal: QWidget) -> None:
        if isinstance(modal, RecoveryDialog):
            answers.append(_when_modal(lambda box: box.close(), QMessageBox))  # what follows
            qtbot.mouseClick(modal.quit_button, Qt.MouseButton.LeftButton)

    _when_modal(quit_then_ok, RecoveryDialog)
    try:
        startup.open_diary()
    finally:
        window.close()
        startup.finish()
    assert startup.failed_code == 1
    [told] = answers
    assert any("Not saved" in text and "14:35" in text for text in told)
    assert window.log_tab.status.text().startswith("Not saved")


def test_an_unforeseen_failure_is_told_with_the_unsaved_press(
    qtbot, window, data_dir, clock, monkeypatch
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(recovery, "Diary", broken)
    qtbot.mouseClick(window.log_tab.log_button, Qt.MouseButton.LeftButton)
    startup = Startup(window, data_dir, clock, benchmark=False)
    told = _when_modal(lambda box: box.close(), QMessageBox)
    try:
        startup.open_diary()
    finally:
        window.close()
        startup.finish()
    assert startup.failed_code == 1
    assert any("something nobody foresaw" in text and "14:30" in text for text in told), told
    assert window.log_tab.status.text().startswith("Not saved")
