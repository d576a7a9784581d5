"""The keyboard is on the big Log button at every start, so Enter logs a spasm at once."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.settings.store import UiSettings
from mslog.ui.startup import Startup
from mslog.ui.welcome import WelcomeDialog


@pytest.fixture
def started(qtbot, data_dir, clock, monkeypatch):
    """Start as ``mslog`` does: the window first, its diary opened behind it."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start-up installs its own
    made: list[tuple[MainWindow, Startup]] = []

    def start(first_run: bool) -> MainWindow:
        settings = UiSettings()
        settings.set("first_run_done", not first_run)
        window = MainWindow(settings=settings, clock=clock)
        qtbot.addWidget(window)
        made.append((window, Startup(window, data_dir, clock, benchmark=False)))
        window.show()
        window.activateWindow()
        return window

    yield start
    for window, startup in made:
        window.close()
        startup.finish()


def enter(qtbot, window: MainWindow) -> None:
    """Press Enter as a keyboard does: to whatever has the keyboard in the window."""
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Return)


def stored(window: MainWindow) -> int:
    assert window.diary is not None
    return window.diary.spasms.count()


def on_the_big_button(window: MainWindow) -> bool:
    return (
        QApplication.activeWindow() is window
        and QApplication.focusWidget() is window.log_tab.log_button
    )


def test_after_a_normal_start_enter_logs(qtbot, started):
    window = started(first_run=False)
    qtbot.waitUntil(window.is_attached, timeout=10_000)
    qtbot.waitUntil(lambda: on_the_big_button(window))
    enter(qtbot, window)
    assert stored(window) == 1
    assert window.log_tab.status.text().startswith("Saved 14:30")
    enter(qtbot, window)  # the keyboard stays on the button: Enter again logs again
    assert stored(window) == 2


@pytest.mark.parametrize("closed_by", ["Esc", "Skip", "Finish"])
def test_after_the_welcome_closes_enter_logs(qtbot, started, closed_by):
    window = started(first_run=True)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WelcomeDialog))
    welcome = QApplication.activeModalWidget()
    assert isinstance(welcome, WelcomeDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is welcome)
    if closed_by == "Esc":
        qtbot.keyClick(welcome.windowHandle(), Qt.Key.Key_Escape)
    elif closed_by == "Skip":
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    else:  # Next, then Finish
        qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
        assert welcome.next_button.text() == "Finish"
        qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.settings.get("first_run_done") is True  # it does not come back
    qtbot.waitUntil(lambda: on_the_big_button(window))
    enter(qtbot, window)
    assert stored(window) == 1


def test_enter_while_the_diary_opens_is_saved_and_the_keyboard_stays(qtbot, data_dir, clock):
    window = MainWindow(clock=clock)  # the first frame, before its diary
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: on_the_big_button(window))
    enter(qtbot, window)
    assert "Noted 14:30" in window.log_tab.status.text()
    diary = Diary(data_dir, clock=clock)
    try:
        window.attach(diary)  # as the diary finishes opening in the background
        assert stored(window) == 1
        assert on_the_big_button(window)
        enter(qtbot, window)
        assert stored(window) == 2
    finally:
        window.close()
        diary.close()
