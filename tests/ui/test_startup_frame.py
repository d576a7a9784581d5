"""The window on screen before its diary: what works at once, and what follows it."""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStyleHints
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from mslog.core.diary import Diary
from mslog.core.storage.database import DB_FILENAME
from mslog.ui.main_window import MainWindow
from mslog.ui.settings.store import UiSettings
from mslog.ui.startup import Startup

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def frame(qtbot, clock) -> MainWindow:
    """The window as it first appears: no diary yet."""
    win = MainWindow(clock=clock)
    qtbot.addWidget(win)
    _show_active(qtbot, win)
    return win


def _show_active(qtbot, window: MainWindow) -> None:
    """Show ``window`` and wait until it has the keyboard, as a just-started app does."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _entries(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_the_first_frame_has_its_menus_and_shortcuts(qtbot, frame):
    assert [a.text() for a in frame.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert _entries(frame.file_menu) == ["&Log a spasm now", "&Print / save report…", "&Quit"]
    assert _entries(frame.view_menu) == [
        "&1 Log",
        "&2 Stretch",
        "&3 Checklists",
        "&4 Trends",
        "&5 History",
        "&Full screen",
    ]
    assert _entries(frame.help_menu) == ["&Keyboard shortcuts", "&About MSLog"]
    # The report and Settings open on the diary: greyed out for the moment it takes.
    assert not frame.report_action.isEnabled()
    assert not frame.settings_action.isEnabled()
    qtbot.keyClick(frame, Qt.Key.Key_3, CTRL)
    assert frame.tabs.currentWidget() is frame.checklists_page
    assert not frame.checklists_page.is_built()  # nothing to show yet, and no error
    qtbot.keyClick(frame, Qt.Key.Key_1, CTRL)
    assert frame.tabs.currentWidget() is frame.log_tab


def test_a_press_before_the_diary_opens_is_saved_at_the_moment_of_the_press(
    qtbot, frame, data_dir, clock
):
    qtbot.mouseClick(frame.log_tab.log_button, Qt.MouseButton.LeftButton)
    assert "Noted 14:30" in frame.log_tab.status.text()
    clock.advance(seconds=90)
    qtbot.keyClick(frame, Qt.Key.Key_L, CTRL)  # the shortcut works before the diary too
    assert "Noted 14:31" in frame.log_tab.status.text()
    clock.advance(seconds=40)  # the diary takes its time to open
    diary = Diary(data_dir, clock=clock)
    try:
        frame.attach(diary)
        entries = diary.spasms.for_day(diary.today(), diary.day_rule)
        assert [e.started for e in entries] == [
            datetime(2026, 3, 11, 14, 31, 30, tzinfo=clock.tz),
            datetime(2026, 3, 11, 14, 30, tzinfo=clock.tz),
        ]
        assert frame.log_tab.status.text().startswith("Saved 14:31")
        assert [row.spasm.uuid for row in frame.log_tab.today.rows] == [e.uuid for e in entries]
        assert frame.report_action.isEnabled()
        assert frame.settings_action.isEnabled()
        qtbot.keyClick(frame, Qt.Key.Key_Z, CTRL)  # each can be taken back like any other
        assert len(diary.spasms.for_day(diary.today(), diary.day_rule)) == 1
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
        "History",
    ]


def test_a_tab_opened_early_fills_in_when_the_diary_opens(qtbot, frame, data_dir, clock):
    frame.tabs.setCurrentWidget(frame.checklists_page)
    diary = Diary(data_dir, clock=clock)
    try:
        frame.attach(diary)
        assert frame.checklists_page.is_built()
        qtbot.waitUntil(frame.checklists_page.content.isVisible)
        assert not frame.stretch_page.is_built()  # still built only when first opened
    finally:
        frame.close()
        diary.close()


def test_closing_before_the_diary_opens_is_harmless(qtbot, data_dir, clock, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    win = MainWindow(settings=UiSettings(), clock=clock)
    qtbot.addWidget(win)
    startup = Startup(win, data_dir, clock, benchmark=False)
    win.show()
    win.close()  # before the first frame has even painted
    startup.finish()
    assert not win.is_attached()
    assert not startup.fallback.isActive()
    startup.open_diary()  # a paint still queued when it closed changes nothing
    assert startup.diary is None
    assert not (data_dir / DB_FILENAME).exists()


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


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        (Qt.ColorScheme.Dark, "dark"),
        (Qt.ColorScheme.Light, "light"),
        (Qt.ColorScheme.Unknown, "light"),
    ],
)
def test_the_system_theme_follows_the_desktops_colour_scheme(monkeypatch, scheme, expected):
    from mslog.ui.style import resolve_theme

    # The offscreen platform has no colour scheme of its own: say what a desktop would.
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _hints: scheme)
    assert resolve_theme("system") == expected
    assert resolve_theme("high_contrast") == "high_contrast"  # a chosen theme stays chosen


def test_on_the_system_theme_the_window_follows_the_desktop_going_dark(
    qapp, qtbot, monkeypatch, clock
):
    from mslog.ui.style import apply_style

    settings = UiSettings()
    settings.set("theme", "system")
    win = MainWindow(settings=settings, clock=clock)
    qtbot.addWidget(win)
    apply_style(qapp, "system")
    assert qapp.property("mslogTheme") == "light"
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _hints: Qt.ColorScheme.Dark)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the desktop does
    assert qapp.property("mslogTheme") == "dark"


def test_in_the_dark_theme_no_bright_line_runs_under_the_menu_bar(qapp, frame):
    from PySide6.QtGui import QColor

    from mslog.ui.style import apply_style

    apply_style(qapp, "dark")
    try:
        image = frame.grab().toImage()
        edge = frame.menuBar().geometry().bottom()
        rows = range(edge - 2, edge + 3)
        brightest = max(
            QColor(image.pixel(x, y)).lightness() for y in rows for x in range(0, image.width(), 7)
        )
        assert brightest < 120  # the dark theme's borders, not Fusion's white edge
    finally:
        apply_style(qapp, "light")


def test_the_keyboard_starts_on_the_big_button_and_stays_there_as_the_diary_opens(
    qtbot, frame, data_dir, clock
):
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


def _tab_page(window: MainWindow, widget: QWidget | None) -> int | None:
    """Return the tab a widget is on (None: outside the tabs, shown whatever tab is open)."""
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        if widget is not None and (widget is page or page.isAncestorOf(widget)):
            return index
    return None


def _windows_of(action: QAction, main: MainWindow) -> set[QWidget]:
    """Return the windows where ``action``'s keys work: those of the widgets it is on.

    An action in a menu works in the window of the menu bar; one on no widget yet is
    counted in its parent's window, to be safe.
    """
    found: set[QWidget] = set()
    for widget in action.associatedObjects():
        if isinstance(widget, (QMenu, QMenuBar)):
            found.add(main)
        elif isinstance(widget, QWidget):
            found.add(widget.window())
    parent = action.parent()
    return found or {parent.window() if isinstance(parent, QWidget) else main}


# What an X11 desktop binds the standard keys to (the offscreen platform binds none).
X11_BINDINGS = {
    QKeySequence.StandardKey.Undo: ["Ctrl+Z", "F14", "Undo"],
    QKeySequence.StandardKey.Redo: ["Ctrl+Shift+Z", "Redo"],
    QKeySequence.StandardKey.Quit: ["Ctrl+Q", "Exit"],
    QKeySequence.StandardKey.Print: ["Ctrl+P"],
    QKeySequence.StandardKey.HelpContents: ["F1"],
    QKeySequence.StandardKey.FullScreen: ["F11", "Ctrl+Shift+F"],
    QKeySequence.StandardKey.Preferences: ["Ctrl+Shift+,"],  # KDE's; GNOME has none
}


@pytest.fixture
def x11_keys(monkeypatch):
    """Standard keys bound as on an X11 desktop, where Quit is Ctrl+Q too."""
    monkeypatch.setattr(
        QKeySequence,
        "keyBindings",
        lambda key: [QKeySequence(keys) for keys in X11_BINDINGS.get(key, [])],
    )


def test_no_two_shortcuts_of_the_window_share_a_key(qtbot, x11_keys, diary):
    """Qt does nothing at all for a key two live shortcuts answer to ("ambiguous")."""
    window = MainWindow(diary)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    for page in (window.stretch_page, window.checklists_page, window.trends_tab):
        window.tabs.setCurrentWidget(page)  # every tab built, with its own shortcuts
    qtbot.waitUntil(window.trends_tab.is_built)
    window.tabs.setCurrentWidget(window.log_tab)
    checkin = window.checkin.open()  # a window of its own, sharing Undo and Redo
    # Where each key is live: (window, tab) - tabs are never on screen together.
    owners: dict[tuple[str, QWidget, int | None], list[str]] = defaultdict(list)
    # The dialog is the window's child: each action and shortcut once, from both.
    for action in dict.fromkeys(window.findChildren(QAction) + checkin.findChildren(QAction)):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # only while its own widget has the keyboard
        for home in _windows_of(action, window):
            for keys in action.shortcuts():
                owners[(keys.toString(), home, None)].append(action.text())
    for shortcut in dict.fromkeys(window.findChildren(QShortcut) + checkin.findChildren(QShortcut)):
        parent = shortcut.parent()
        assert isinstance(parent, QWidget)
        for keys in shortcut.keys():  # noqa: SIM118 - a QShortcut's key sequences
            where = (keys.toString(), parent.window(), _tab_page(window, parent))
            owners[where].append(f"QShortcut on {type(parent).__name__}")
    for (keys, _window, page), names in list(owners.items()):
        if page is not None:  # a tab's key also clashes with a window-wide one
            names += owners.get((keys, _window, None), [])
    clashes = {where[0]: names for where, names in owners.items() if len(names) > 1}
    assert clashes == {}
    assert len(owners) > 20  # the menus' and the tabs' keys were all seen
    assert ("Alt+Left", checkin, None) in owners  # and the check-in's
    assert ("Ctrl+Z", checkin, None) in owners
    checkin.close()

    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # and a menu's key does its job
    assert window.tabs.currentWidget() is window.trends_tab
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.tabs.currentWidget() is window.log_tab
    assert len(window.log_tab.today.rows) == 1


def test_the_menus_answer_to_the_desktops_standard_keys_and_the_readmes(qtbot, x11_keys, diary):
    """Each platform's own keys (Cmd+, on macOS, Alt+F4 ...) besides those the README lists."""
    window = MainWindow(diary)
    qtbot.addWidget(window)
    expected = {
        window.report_action: ("Ctrl+P", QKeySequence.StandardKey.Print),
        window.settings_action: ("Ctrl+,", QKeySequence.StandardKey.Preferences),
        window.quit_action: ("Ctrl+Q", QKeySequence.StandardKey.Quit),
        window.undo_action: ("Ctrl+Z", QKeySequence.StandardKey.Undo),
        window.redo_action: ("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo),
        window.fullscreen_action: ("F11", QKeySequence.StandardKey.FullScreen),
    }
    help_action = next(a for a in window.findChildren(QAction) if a.text() == "&Keyboard shortcuts")
    expected[help_action] = ("F1", QKeySequence.StandardKey.HelpContents)
    for action, (readme, standard) in expected.items():
        keys = [k.toString() for k in action.shortcuts()]
        assert readme in keys, action.text()
        for binding in QKeySequence.keyBindings(standard):
            assert binding.toString() in keys, (action.text(), binding.toString())
        assert len(keys) == len(set(keys)), action.text()  # none listed twice
