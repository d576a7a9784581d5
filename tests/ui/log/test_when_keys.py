"""The Log tab's time dialogs driven by keys and clicks, as a person uses them.

Opened with a click, the time is typed at once (it is the first field), Enter saves, Esc
leaves, and a time that is not one is refused saying why.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from tests.helpers.stubs import LONDON


def _open(qtbot, tab, button) -> QWidget:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.when_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    return dialog


def _logged(diary: Diary) -> list:
    return diary.spasms.between(date(2026, 3, 1), date(2026, 3, 31), diary.day_rule)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_an_earlier_spasm_typed_at_once_and_saved_with_enter(
    window: MainWindow, diary: Diary, qtbot
):
    tab = window.log_tab
    dialog = _open(qtbot, tab, tab.earlier_button)
    assert _focused() is dialog.time_edit
    qtbot.keyClicks(_focused(), "1205")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.when_dialog is None)
    [spasm] = _logged(diary)
    assert spasm.started == datetime(2026, 3, 11, 12, 5, tzinfo=LONDON)
    assert "12:05" in tab.details.title.text()


def test_escape_logs_nothing(window: MainWindow, diary: Diary, qtbot):
    tab = window.log_tab
    _open(qtbot, tab, tab.earlier_button)
    qtbot.keyClicks(_focused(), "905")
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.when_dialog is None)
    assert _logged(diary) == []


def test_a_time_that_is_not_one_is_refused_saying_why(window: MainWindow, diary: Diary, qtbot):
    tab = window.log_tab
    dialog = _open(qtbot, tab, tab.earlier_button)
    qtbot.keyClicks(_focused(), "2560")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.when_dialog is dialog
    assert dialog.isVisible()
    assert dialog.error.text() == "Not saved. Time: 25:60 is outside the day (00:00 to 23:59)"
    assert _focused() is dialog.time_edit
    qtbot.keyClicks(_focused(), "9:30")  # typed over, no need to clear it first
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.when_dialog is None)
    [spasm] = _logged(diary)
    assert f"{spasm.started:%H:%M}" == "09:30"


def test_change_time_typed_at_once(window: MainWindow, diary: Diary, qtbot):
    tab = window.log_tab
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    uuid = tab.details.uuid()
    dialog = _open(qtbot, tab, tab.details.change_time_button)
    assert dialog.windowTitle() == "Change the time"
    assert _focused() is dialog.time_edit
    assert dialog.time_edit.selectedText() == "14:30"  # all of it, ready to be typed over
    qtbot.keyClicks(_focused(), "915")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.when_dialog is None)
    assert f"{diary.spasms.get(uuid).started:%H:%M}" == "09:15"
    assert "09:15" in tab.details.title.text()
