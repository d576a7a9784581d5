"""Spasm operations: log and delete, undo and redo, what each says and the change events."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QUndoStack

from mslog.core.diary import Diary
from mslog.core.spasms.log import SpasmChange
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.operations.spasms import SpasmOperations
from tests.helpers.stubs import FakeClock


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def said(ops: SpasmOperations) -> list[str]:
    heard: list[str] = []
    ops.said.connect(heard.append)
    return heard


@pytest.fixture
def ops(diary: Diary, stack: QUndoStack) -> SpasmOperations:
    return SpasmOperations(diary.spasms, diary.clock, stack)


@pytest.fixture
def changes(diary: Diary):
    notifier = DiaryNotifier(diary)
    heard: list[SpasmChange] = []
    notifier.spasmsChanged.connect(heard.append)
    yield heard
    notifier.detach()


def test_log_undo_redo(diary: Diary, ops, stack, said, changes):
    outcome = ops.log()
    assert outcome.ok
    assert said == [outcome.message] == ["Saved 14:30. Add details below if you like, or leave it."]
    assert stack.count() == 1
    assert stack.undoText() == "log of the spasm at 14:30"
    assert [c.action for c in changes] == ["added"]
    uuid = outcome.value.uuid
    diary.spasms.update(uuid, severity=7)  # details added after the log survive undo/redo

    stack.undo()
    assert diary.spasms.count() == 0
    assert said[-1] == "Removed the spasm logged at 14:30. Redo brings it back."
    stack.redo()
    assert diary.spasms.get(uuid).severity == 7
    assert said[-1] == "Logged again: the spasm at 14:30."
    assert [c.action for c in changes] == ["added", "updated", "deleted", "added"]


def test_an_earlier_spasm_on_another_day_names_the_day(ops, said, clock: FakeClock):
    ops.log(clock.localize(datetime(2026, 3, 9, 21, 5)))
    assert said == [
        "Saved 21:05 — in Monday 9 March's diary. Add details below if you like, or leave it."
    ]


def test_a_night_spasm_says_it_went_into_last_nights_diary(ops, said, clock: FakeClock):
    clock.set(datetime(2026, 3, 11, 8, 0))
    ops.log(clock.localize(datetime(2026, 3, 11, 2, 40)))  # before 04:00: Tuesday's diary
    assert said[-1].startswith("Saved 02:40, last night — in Tuesday's diary.")


def test_a_refused_log_pushes_and_says_nothing(ops, stack, said, clock: FakeClock):
    outcome = ops.log(clock.localize(datetime(2026, 3, 12, 9, 0)))  # tomorrow
    assert not outcome.ok
    assert outcome.message.startswith("Not saved:")
    assert stack.count() == 0
    assert said == []


def test_delete_undo_redo(diary: Diary, ops, stack, said):
    spasm = diary.spasms.log(severity=4)
    outcome = ops.delete(spasm.uuid)
    assert said == ["Deleted the spasm at 14:30. Undo (Ctrl+Z) brings it back."]
    assert outcome.value == spasm
    stack.undo()
    assert diary.spasms.get(spasm.uuid).severity == 4
    assert said[-1] == "Restored the spasm at 14:30."
    stack.redo()
    assert diary.spasms.count() == 0
    assert not ops.delete(spasm.uuid).ok  # already gone: no second step
    assert stack.count() == 1


def test_move_is_said_and_one_undo_step(diary: Diary, ops, stack, said, clock: FakeClock):
    spasm = diary.spasms.log()
    ops.move(spasm.uuid, clock.localize(datetime(2026, 3, 11, 9, 15)))
    assert said == ["Moved the spasm to Wed 11 Mar, 09:15."]
    assert stack.count() == 1
    stack.undo()  # a new time can take an entry to another day: it must be undoable
    assert diary.spasms.get(spasm.uuid).started == spasm.started
    assert said[-1] == "Moved the spasm back to Wed 11 Mar, 14:30."
    stack.redo()
    assert diary.spasms.get(spasm.uuid).started.hour == 9
    ops.move(spasm.uuid, clock.localize(datetime(2026, 3, 11, 9, 15)))  # the same time
    assert stack.count() == 1
