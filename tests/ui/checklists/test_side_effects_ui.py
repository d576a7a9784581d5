"""Side effects noted from the Checklists tab: the day's chips, a dose's dialog, Ctrl+Z."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow

TODAY = date(2026, 3, 11)
CTRL = Qt.KeyboardModifier.ControlModifier


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def undo(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def baclofen(diary: Diary):
    return diary.checklists.medications.add(
        "Baclofen", times=["08:00", "13:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )


@pytest.fixture
def tab(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.checklists_page.content


def noted(diary: Diary) -> list[str]:
    return [e.describe() for e in diary.checklists.side_effects(TODAY, TODAY)]


def test_the_days_chips_save_at_once_and_undo(window: MainWindow, tab, diary: Diary, qtbot):
    chips = tab.doses.day_effects
    assert tab.doses.effects_title.text() == "Side effects today (optional)"
    click(qtbot, chips.button("drowsiness"))
    assert noted(diary) == ["The day: drowsiness"]
    assert tab.status.text() == "Side effects of today: drowsiness. Undo with Ctrl+Z."
    click(qtbot, chips.button("nausea"))
    assert noted(diary) == ["The day: drowsiness, nausea"]

    undo(qtbot, window)
    assert noted(diary) == ["The day: drowsiness"]
    assert chips.selected() == ["drowsiness"]
    undo(qtbot, window)
    assert noted(diary) == []
    assert chips.selected() == []
    redo(qtbot, window)
    assert chips.selected() == ["drowsiness"]


def test_a_taken_doses_side_effects_by_keyboard(
    baclofen, window: MainWindow, tab, diary: Diary, qtbot
):
    row = next(iter(tab.doses.rows.values()))
    assert not row.effects_button.isVisible()
    click(qtbot, row.taken_button)
    assert row.effects_button.isVisible()
    click(qtbot, row.effects_button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    # The keyboard starts on the chips: Space turns Drowsiness on, Right and Space Weakness.
    assert dialog.focusWidget() is dialog.kinds.button("drowsiness")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "an hour after")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.error.text() == ""
    assert tab.dialog is None
    assert noted(diary) == ["Baclofen 08:00: drowsiness, weakness: an hour after"]
    row = next(iter(tab.doses.rows.values()))
    assert row.state_label.text().endswith(" · side effects: drowsiness, weakness: an hour after")
    assert row.effects_button.text() == "Side effects ✓"
    assert tab.status.text().startswith("Side effects of 08:00 Baclofen 10 mg: drowsiness")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    undo(qtbot, window)
    assert noted(diary) == []
    assert next(iter(tab.doses.rows.values())).effects_button.text() == "Side effects…"


def test_the_days_note_keeps_its_chips(window: MainWindow, tab, diary: Diary, qtbot):
    click(qtbot, tab.doses.day_effects.button("dizziness"))
    click(qtbot, tab.doses.day_note_button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    assert dialog.kinds.selected() == ["dizziness"]
    click(qtbot, dialog.note)
    qtbot.keyClicks(dialog.note, "on standing")
    click(qtbot, dialog.save_button)
    assert noted(diary) == ["The day: dizziness: on standing"]
    assert tab.doses.day_note_button.text() == "Note ✓"
    # A chip pressed afterwards keeps the note.
    click(qtbot, tab.doses.day_effects.button("weakness"))
    assert noted(diary) == ["The day: weakness, dizziness: on standing"]
