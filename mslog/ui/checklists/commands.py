"""Undoable checklist actions: each remembers the state before and after it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

from mslog.core.checklists import Checklists
from mslog.core.checklists.model import DoseRecord, HabitTick
from mslog.core.errors import MSLogError

Say = Callable[[str], None]


class CallbackCommand(QUndoCommand):
    """A change already made, with functions that undo and redo it."""

    def __init__(
        self, text: str, undo: Callable[[], object], redo: Callable[[], object], say: Say
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._say = say
        self._done = True

    def redo(self) -> None:
        """Apply the change again (skipped on the push itself)."""
        if self._done:
            return
        try:
            self._redo()
        except MSLogError as exc:
            self._say(f"Could not redo it: {exc}")
            return
        self._done = True
        self._say(f"Redone: {self.text()}.")

    def undo(self) -> None:
        """Reverse the change."""
        try:
            self._undo()
        except MSLogError as exc:
            self._say(f"Could not undo it: {exc}")
            return
        self._done = False
        self._say(f"Undone: {self.text()}. Redo brings it back.")


def dose_command(
    checklists: Checklists,
    medication_uuid: str,
    slot_local: str,
    before: DoseRecord | None,
    after: DoseRecord | None,
    text: str,
    say: Say,
) -> CallbackCommand:
    """A scheduled dose went from one record (or none) to another; undo puts back ``before``."""

    def put(record: DoseRecord | None) -> None:
        if record is None:
            checklists.clear_dose(medication_uuid, slot_local)
        else:
            checklists.restore_dose(record)

    return CallbackCommand(text, lambda: put(before), lambda: put(after), say)


def tick_command(
    checklists: Checklists,
    habit_uuid: str,
    day: date,
    before: HabitTick | None,
    after: HabitTick | None,
    text: str,
    say: Say,
) -> CallbackCommand:
    """A habit went from ticked to unticked or back on one day; undo puts back ``before``."""

    def put(tick: HabitTick | None) -> None:
        if tick is None:
            checklists.untick_habit(habit_uuid, day)
        else:
            checklists.restore_tick(tick)

    return CallbackCommand(text, lambda: put(before), lambda: put(after), say)
