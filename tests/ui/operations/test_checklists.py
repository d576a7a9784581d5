"""Checklist operations: doses and habits, undo and redo, what each says and the events."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from mslog.core.diary import Diary
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.operations.checklists import ChecklistOperations

DAY = date(2026, 3, 11)


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def ops(diary: Diary, stack: QUndoStack) -> ChecklistOperations:
    return ChecklistOperations(diary.checklists, stack)


@pytest.fixture
def said(ops: ChecklistOperations) -> list[str]:
    heard: list[str] = []
    ops.said.connect(heard.append)
    return heard


@pytest.fixture
def changes(diary: Diary):
    notifier = DiaryNotifier(diary)
    heard: list[object] = []
    notifier.checklistsChanged.connect(heard.append)
    yield heard
    notifier.detach()


@pytest.fixture
def dose(diary: Diary):
    diary.checklists.medications.add("Baclofen", times=["14:00"], amount=10, unit="mg")
    [scheduled] = diary.checklists.doses.scheduled_on(DAY)
    return scheduled


def state(diary: Diary) -> str:
    return diary.checklists.doses.scheduled_on(DAY)[0].state


def test_take_undo_redo(diary: Diary, ops, stack, said, changes, dose):
    changes.clear()
    outcome = ops.set_taken(dose, True)
    where = f"{dose.time_of_day} {dose.label}"
    assert (
        said
        == [outcome.message]
        == [f"{where}: taken at 14:30. Change the time if it was earlier."]
    )
    assert state(diary) == "taken"
    assert changes, "the notifier tells the views"
    assert stack.count() == 1
    stack.undo()
    assert state(diary) == "open"
    assert said[-1] == f"Undone: tick of {where}. Redo brings it back."
    stack.redo()
    assert state(diary) == "taken"
    assert said[-1] == f"Redone: tick of {where}."


def test_skip_then_open_again(diary: Diary, ops, stack, said, dose):
    where = f"{dose.time_of_day} {dose.label}"
    ops.set_skipped(dose, True)
    assert said == [f"{where}: skipped. You can add a reason."]
    [skipped] = diary.checklists.doses.scheduled_on(DAY)
    ops.set_skipped(skipped, False)
    assert said[-1] == f"{where} is open again."
    assert state(diary) == "open"
    stack.undo()
    assert state(diary) == "skipped"


def test_habit_tick_and_a_refusal(diary: Diary, ops, stack, said):
    habit = diary.checklists.habits.listed(DAY)[0]
    ops.set_habit_done(habit, DAY, True)
    assert said == [f"{habit.name}: done."]
    assert habit.uuid in diary.checklists.habits.ticks_on(DAY)
    stack.undo()
    assert habit.uuid not in diary.checklists.habits.ticks_on(DAY)
    refused = ops.set_habit_done(habit, date(2026, 3, 12), True)  # tomorrow
    assert not refused.ok
    assert refused.message
    assert stack.count() == 1
    assert len(said) == 2  # done, undone; the refusal is the caller's to show
