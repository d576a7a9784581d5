"""Undo and Redo say what they did on the window's own line, whichever tab is open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.widgets.announce import announcer

TODAY = date(2026, 3, 11)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def heard() -> Iterator[list[str]]:
    """What a screen reader is told, in order."""
    messages: list[str] = []

    def note(message: str, _assertive: bool) -> None:
        messages.append(message)

    announcer().announced.connect(note)
    yield messages
    announcer().announced.disconnect(note)


@pytest.fixture
def active(window: MainWindow, qtbot) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def dose_state(diary: Diary) -> str:
    [dose] = diary.checklists.doses.scheduled_on(TODAY)
    return dose.state


def test_ctrl_z_on_the_log_tab_says_which_dose_it_unticked(
    active: MainWindow, diary: Diary, heard, qtbot
):
    diary.checklists.medications.add(
        "Baclofen", times=["20:00"], amount=20, unit="mg", starts=date(2026, 3, 1)
    )
    line = active.step_line
    qtbot.keyClick(active, Qt.Key.Key_3, CTRL)
    tab = active.checklists_page.content
    [row] = tab.doses.rows.values()
    qtbot.mouseClick(row.taken_button, Qt.MouseButton.LeftButton)
    assert dose_state(diary) == "taken"
    assert not line.isVisible()  # nothing undone yet: no line

    qtbot.keyClick(active, Qt.Key.Key_1, CTRL)
    assert active.tabs.currentWidget() is active.log_tab
    qtbot.keyClick(active, Qt.Key.Key_Z, CTRL)
    assert dose_state(diary) == "open"
    assert line.isVisible()  # seen on the Log tab, far from the dose
    assert line.text().startswith("Undone: ")
    assert "Baclofen" in line.text()
    assert "20:00" in line.text()
    assert heard[-1] == line.text()  # and heard, once
    assert heard.count(line.text()) == 1

    qtbot.keyClick(active, Qt.Key.Key_2, CTRL)  # on every tab
    assert line.isVisible()
    qtbot.keyClick(active, Qt.Key.Key_Z, CTRL | SHIFT)
    assert dose_state(diary) == "taken"
    assert line.text().startswith("Redone: ")
    assert "Baclofen" in line.text()
    assert "20:00" in line.text()
    assert heard[-1] == line.text()

    qtbot.keyClick(active, Qt.Key.Key_L, CTRL)  # a new change: the undo's words go
    assert not line.isVisible()
    assert line.text() == ""


def test_the_undo_of_a_spasm_is_said_on_the_window_line_too(active: MainWindow, diary, qtbot):
    qtbot.keyClick(active, Qt.Key.Key_L, CTRL)
    qtbot.keyClick(active, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(active, Qt.Key.Key_Z, CTRL)
    assert diary.spasms.count() == 0
    assert active.step_line.isVisible()
    assert active.step_line.text() == active.log_tab.status.text()
    assert "14:30" in active.step_line.text()
