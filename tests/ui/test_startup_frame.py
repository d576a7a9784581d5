"""The window on screen before its diary: what works at once, and what follows it."""

from __future__ import annotations

import sys
from datetime import datetime

import pytest

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.settings.store import UiSettings
from mslog.ui.startup import Startup


@pytest.fixture
def frame(qtbot, clock) -> MainWindow:
    """The window as it first appears: no diary yet."""
    win = MainWindow(clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_press_before_the_diary_opens_is_saved_at_the_moment_of_the_press(frame, data_dir, clock):
    frame.log_tab.log_button.click()
    assert "Noted 14:30" in frame.log_tab.status.text()
    clock.advance(seconds=40)  # the diary takes its time to open
    diary = Diary(data_dir, clock=clock)
    try:
        frame.attach(diary)
        entries = diary.spasms.for_day(diary.today(), diary.day_rule)
        assert [e.started for e in entries] == [datetime(2026, 3, 11, 14, 30, tzinfo=clock.tz)]
        assert frame.log_tab.status.text().startswith("Saved 14:30")
        assert [row.spasm.uuid for row in frame.log_tab.today.rows] == [entries[0].uuid]
        assert frame.undo_stack.canUndo()  # and it can be taken back like any other
    finally:
        frame.close()
        diary.close()


def test_the_log_tab_is_whole_from_the_first_frame(frame):
    tab = frame.log_tab
    assert tab.log_button.isVisible()
    assert tab.log_button.height() >= 120
    assert tab.today.isVisible()
    assert [frame.tabs.tabText(i) for i in range(frame.tabs.count())] == [
        "Log",
        "Stretch",
        "Checklists",
        "Trends",
    ]
    assert [a.text() for a in frame.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


def test_menus_and_tabs_opened_early_fill_in_when_the_diary_opens(qtbot, frame, data_dir, clock):
    frame.tabs.setCurrentWidget(frame.checklists_page)
    assert not frame.checklists_page.is_built()  # nothing to show yet, and no error
    assert frame.file_menu.actions() == []
    diary = Diary(data_dir, clock=clock)
    try:
        frame.attach(diary)
        assert frame.checklists_page.is_built()
        qtbot.waitUntil(frame.checklists_page.content.isVisible)
        assert frame.log_action.shortcut().toString() == "Ctrl+L"
        assert frame.log_action in frame.file_menu.actions()
        assert not frame.stretch_page.is_built()  # still built only when first opened
    finally:
        frame.close()
        diary.close()


def test_closing_before_the_diary_opens_is_harmless(frame):
    frame.close()
    assert not frame.is_attached()


def test_start_up_opens_the_diary_once_the_window_has_painted(qtbot, data_dir, clock, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start-up installs its own
    settings = UiSettings()
    settings.set("first_run_done", True)
    win = MainWindow(settings=settings, clock=clock)
    qtbot.addWidget(win)
    startup = Startup(win, data_dir, clock, benchmark=False)
    assert not win.is_attached()
    win.show()
    qtbot.waitUntil(win.is_attached, timeout=5000)
    assert not startup.fallback.isActive()
    assert startup.instance is not None
    assert startup.instance.listening
    win.close()
    startup.finish()
    assert not startup.instance.listening  # the next launch opens a window of its own


@pytest.mark.parametrize(("window_colour", "expected"), [("#202020", "dark"), ("#f4f4f4", "light")])
def test_the_system_theme_is_read_before_the_first_frame_from_the_platform_palette(
    qapp, window_colour, expected
):
    from PySide6.QtGui import QColor, QPalette

    from mslog.ui.style import resolve_theme

    saved_palette, saved_theme = qapp.palette(), qapp.property("mslogTheme")
    platform = QPalette(saved_palette)
    platform.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    text = "#f0f0f0" if expected == "dark" else "#101010"
    platform.setColor(QPalette.ColorRole.WindowText, QColor(text))
    qapp.setPalette(platform)
    qapp.setProperty("mslogTheme", None)  # as before MSLog styled the application
    try:
        assert resolve_theme("system") == expected
    finally:
        qapp.setPalette(saved_palette)
        qapp.setProperty("mslogTheme", saved_theme)


def test_the_keyboard_starts_on_the_big_button_and_stays_there_as_the_diary_opens(
    qtbot, frame, data_dir, clock
):
    from PySide6.QtCore import Qt

    button = frame.log_tab.log_button
    qtbot.waitUntil(button.hasFocus)
    diary = Diary(data_dir, clock=clock)
    try:
        frame.attach(diary)
        qtbot.waitUntil(button.hasFocus)
        qtbot.keyClick(button, Qt.Key.Key_Space)  # one key logs a spasm
        assert len(diary.spasms.for_day(diary.today(), diary.day_rule)) == 1
    finally:
        frame.close()
        diary.close()


def test_on_the_first_run_the_welcome_follows_the_opened_diary(qtbot, data_dir, clock, monkeypatch):
    from mslog.ui.welcome import WelcomeDialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    win = MainWindow(settings=UiSettings(), clock=clock)  # nothing set: a first run
    qtbot.addWidget(win)
    startup = Startup(win, data_dir, clock, benchmark=False)
    win.show()
    qtbot.waitUntil(lambda: win.findChild(WelcomeDialog) is not None, timeout=5000)
    assert win.is_attached()  # its set-up buttons need the diary
    dialog = win.findChild(WelcomeDialog)
    dialog.reject()
    win.close()
    startup.finish()


def test_a_window_that_never_paints_still_gets_its_diary(qtbot, data_dir, clock, monkeypatch):
    import mslog.ui.startup as startup_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(startup_module, "FIRST_FRAME_WAIT_MS", 1)
    settings = UiSettings()
    settings.set("first_run_done", True)
    win = MainWindow(settings=settings, clock=clock)  # never shown: started minimised, say
    qtbot.addWidget(win)
    startup = Startup(win, data_dir, clock, benchmark=False)
    qtbot.waitUntil(win.is_attached, timeout=5000)
    assert not startup.fallback.isActive()
    startup.finish()
