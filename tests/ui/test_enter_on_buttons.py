"""Enter presses the focused button on every tab, as Space does (not only in dialogs)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_enter_on_log_an_earlier_spasm_opens_it(window: MainWindow, diary: Diary, qtbot):
    log = window.log_tab
    log.earlier_button.setFocus()
    qtbot.keyClick(log.earlier_button, Qt.Key.Key_Return)
    dialog = log.when_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_enter_on_the_day_before_of_checklists(window: MainWindow, diary: Diary, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    tab = window.checklists_page.content
    qtbot.waitUntil(lambda: tab.isAncestorOf(QApplication.focusWidget()))
    tab.prev_button.setFocus()
    qtbot.keyClick(tab.prev_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert tab.day == date(2026, 3, 10)
    # Held down (a tremor), the key repeats: the button is pressed once, not day after day.
    held = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
    )
    QApplication.sendEvent(tab.prev_button, held)
    assert tab.day == date(2026, 3, 10)
    qtbot.keyClick(tab.prev_button, Qt.Key.Key_Return)
    assert tab.day == date(2026, 3, 9)
