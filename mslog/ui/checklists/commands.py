"""Undoable checklist actions: each remembers the state before and after it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mslog.core.checklists import Checklists
from mslog.core.checklists.model import DoseRecord, HabitTick
from mslog.core.errors import MSLogError

Say = Callable[[str], None]


class DoseCommand(QUndoCommand):
    """A scheduled dose went from one record (or none) to another (or none).

    The change itself happened before the push; undo puts back ``before``.
    """

    def __init__(
        self,
        checklists: Checklists,
        medication_uuid: str,
        slot_local: str,
        before: DoseRecord | None,
        after: DoseRecord | None,
        text: str,
        say: Say,
    ) -> None:
        super().__init__(text)
        self._checklists = checklists
        self._key = (medication_uuid, slot_local)
        self._before = before
        self._after = after
        self._say = say
        self._done = True

    def _set(self, record: DoseRecord | None) -> None:
        try:
            if record is None:
                self._checklists.clear_dose(*self._key)
            else:
                self._checklists.restore_dose(record)
        except MSLogError as exc:
            self._say(f"Could not change it back: {exc}")

    def redo(self) -> None:
        """Apply the change again (skipped on the push itself)."""
        if self._done:
            return
        self._set(self._after)
        self._done = True
        self._say(f"Redone: {self.text()}.")

    def undo(self) -> None:
        """Put back the record as it was before."""
        self._set(self._before)
        self._done = False
        self._say(f"Undone: {self.text()}. Redo brings it back.")


class TickCommand(QUndoCommand):
    """A habit went from ticked to unticked or back, on one day."""

    def __init__(
        self,
        checklists: Checklists,
        habit_uuid: str,
        day,
        before: HabitTick | None,
        after: HabitTick | None,
        text: str,
        say: Say,
    ) -> None:
        super().__init__(text)
        self._checklists = checklists
        self._habit = habit_uuid
        self._day = day
        self._before = before
        self._after = after
        self._say = say
        self._done = True

    def _set(self, tick: HabitTick | None) -> None:
        try:
            if tick is None:
                self._checklists.untick_habit(self._habit, self._day)
            else:
                self._checklists.restore_tick(tick)
        except MSLogError as exc:
            self._say(f"Could not change it back: {exc}")

    def redo(self) -> None:
        """Apply the change again (skipped on the push itself)."""
        if self._done:
            return
        self._set(self._after)
        self._done = True
        self._say(f"Redone: {self.text()}.")

    def undo(self) -> None:
        """Put the tick back as it was."""
        self._set(self._before)
        self._done = False
        self._say(f"Undone: {self.text()}. Redo brings it back.")


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
