"""Check-in operations: answers and the factor list, undo and redo, what each says."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.operations.checkin import CheckinOperations

DAY = date(2026, 3, 11)
CTRL = Qt.KeyboardModifier.ControlModifier
REDO = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def ops(diary: Diary, stack: QUndoStack) -> CheckinOperations:
    return CheckinOperations(diary.checkins, stack)


@pytest.fixture
def said(ops: CheckinOperations) -> list[str]:
    heard: list[str] = []
    ops.said.connect(heard.append)
    return heard


def test_an_answer_is_one_step_back_to_the_exact_check_in(diary: Diary, ops, stack, said):
    ops.answer(DAY, "pain 3", pain=3)
    outcome = ops.answer(DAY, "sleep poor", sleep="poor")
    assert outcome.ok
    assert said == ["Saved: pain 3.", "Saved: sleep poor."]
    assert stack.undoText() == "sleep poor (Wednesday 11 March)"
    stack.undo()
    assert (diary.checkins.get(DAY).pain, diary.checkins.get(DAY).sleep) == (3, None)
    assert said[-1] == "Undone: sleep poor (Wednesday 11 March). Redo brings it back."
    stack.undo()
    assert diary.checkins.get(DAY) is None
    stack.redo()
    stack.redo()
    assert diary.checkins.get(DAY).sleep == "poor"
    assert said[-1] == "Redone: sleep poor (Wednesday 11 March)."


def test_a_refused_answer_pushes_and_says_nothing(diary: Diary, ops, stack, said):
    refused = ops.answer(date(2026, 3, 12), "pain 3", pain=3)  # tomorrow
    assert not refused.ok
    assert refused.message.startswith("Not saved.")
    assert stack.count() == 0
    assert said == []


def test_a_factor_added_renamed_and_removed_each_undo(diary: Diary, ops, stack, said):
    added = ops.add_factor("Long drive").value
    assert said[-1] == "Added Long drive to the list. Tick it on the days it was true."
    ops.rename_factor(added, "Car journey")
    assert said[-1] == "Renamed Long drive to Car journey."
    ops.remove_factor(diary.checkins.get_factor(added.uuid))
    assert added.uuid not in [f.uuid for f in diary.checkins.factors(DAY)]
    stack.undo()
    assert diary.checkins.get_factor(added.uuid).name == "Car journey"
    assert added.uuid in [f.uuid for f in diary.checkins.factors(DAY)]
    stack.undo()
    assert diary.checkins.get_factor(added.uuid).name == "Long drive"
    stack.undo()
    assert added.uuid not in [f.uuid for f in diary.checkins.factors(DAY)]
    assert ops.add_factor("stress").message == "Not saved. Name: Stress is already on the list"


def test_adding_and_renaming_a_factor_undo_and_redo_from_the_keyboard(
    window: MainWindow, diary: Diary, qtbot
):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    dialog = window.checkin.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.own_factor.setFocus()
    qtbot.keyClicks(dialog.own_factor, "Long drive")
    qtbot.keyClick(dialog.own_factor, Qt.Key.Key_Return)
    drive = diary.checkins.find_factor("Long drive")
    assert window.undo_stack.count() == 1  # Enter added it and chose no answer as well
    assert diary.checkins.get(DAY) is None
    assert dialog.factor_chips.button(drive.uuid).text() == "Long drive"
    qtbot.mouseClick(dialog.edit_factors_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.edit_rows[drive.uuid].rename_button, Qt.MouseButton.LeftButton)
    rename = dialog.rename_dialog
    qtbot.waitExposed(rename)
    rename.name.selectAll()
    qtbot.keyClicks(rename.name, "Car journey")
    qtbot.keyClick(rename.name, Qt.Key.Key_Return)
    assert dialog.status.text() == "Renamed Long drive to Car journey."
    qtbot.mouseClick(dialog.edit_factors_button, Qt.MouseButton.LeftButton)

    qtbot.keyClick(dialog, Qt.Key.Key_Z, CTRL)
    assert diary.checkins.get_factor(drive.uuid).name == "Long drive"
    assert dialog.factor_chips.button(drive.uuid).text() == "Long drive"
    assert dialog.status.text() == (
        "Undone: renaming Long drive to Car journey. Redo brings it back."
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Z, CTRL)
    assert drive.uuid not in dialog.factor_chips.keys()  # noqa: SIM118 - a ChipGroup
    qtbot.keyClick(dialog, Qt.Key.Key_Z, REDO)
    assert dialog.factor_chips.button(drive.uuid).text() == "Long drive"
    assert dialog.status.text() == "Redone: adding Long drive."

    dialog.done_button.click()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, REDO)  # the dialog is closed: the Log tab says it
    assert diary.checkins.get_factor(drive.uuid).name == "Car journey"
    assert window.log_tab.status.text() == "Redone: renaming Long drive to Car journey."
    assert QApplication.activeWindow() is window
