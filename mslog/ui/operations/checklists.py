"""Checklist operations: tick, skip or open a scheduled dose, tick or untick a habit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.checklists import Checklists
from mslog.core.checklists.model import DoseRecord, Habit, HabitTick, ScheduledDose
from mslog.core.errors import MSLogError
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import Operations, Outcome


class ChecklistOperations(Operations):
    """Changes to doses and habit ticks, each one step on the undo stack.

    Used by the Checklists tab and the dose reminder's banner alike.

    Args:
        checklists: The diary's checklists.
        undo_stack: The window's undo stack.
    """

    def __init__(
        self, checklists: Checklists, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self._checklists = checklists

    def set_taken(self, dose: ScheduledDose, taken: bool) -> Outcome[DoseRecord]:
        """Tick a dose as taken now, or untick it."""
        where = f"{dose.time_of_day} {dose.label}"
        mark = self._checklists.mark_taken
        outcome = self.change_dose(
            dose,
            (lambda: mark(dose.medication.uuid, dose.slot_local)) if taken else None,
            f"tick of {where}" if taken else f"untick of {where}",
        )
        if not outcome.ok:
            return outcome
        after = outcome.value
        if after is not None and after.taken is not None:
            return self._done(
                f"{where}: taken at {after.taken:%H:%M}. Change the time if it was earlier.", after
            )
        return self._done(f"{where} is open again.", after)

    def set_skipped(
        self, dose: ScheduledDose, skipped: bool, reason: str = ""
    ) -> Outcome[DoseRecord]:
        """Mark a dose skipped (reason optional), or open it again."""
        where = f"{dose.time_of_day} {dose.label}"
        mark = self._checklists.mark_skipped
        outcome = self.change_dose(
            dose,
            (lambda: mark(dose.medication.uuid, dose.slot_local, reason)) if skipped else None,
            f"skip of {where}" if skipped else f"untick of {where}",
        )
        if not outcome.ok:
            return outcome
        return self._done(
            f"{where}: skipped. You can add a reason." if skipped else f"{where} is open again.",
            outcome.value,
        )

    def change_dose(
        self, dose: ScheduledDose, record: Callable[[], DoseRecord] | None, text: str
    ) -> Outcome[DoseRecord]:
        """Record a dose with ``record()`` or clear it (None); undo puts back its record.

        Says nothing itself: the caller words what happened (a reason, a new time).
        """
        try:
            if record is not None:
                after: DoseRecord | None = record()
            else:
                self._checklists.clear_dose(dose.medication.uuid, dose.slot_local)
                after = None
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        before = dose.record

        def put(state: DoseRecord | None) -> None:
            if state is None:
                self._checklists.clear_dose(dose.medication.uuid, dose.slot_local)
            else:
                self._checklists.restore_dose(state)

        self._record(text, lambda: put(before), lambda: put(after))
        return Outcome("", after)

    def set_habit_done(self, habit: Habit, day: date, done: bool) -> Outcome[HabitTick]:
        """Tick or untick a habit on ``day``; undo puts back the tick as it was."""
        try:
            before = self._checklists.ticks_for_day(day).get(habit.uuid)
            if done:
                after: HabitTick | None = self._checklists.tick_habit(habit.uuid, day)
            else:
                self._checklists.untick_habit(habit.uuid, day)
                after = None
        except MSLogError as exc:
            return Outcome.refused(explain(exc))

        def put(tick: HabitTick | None) -> None:
            if tick is None:
                self._checklists.untick_habit(habit.uuid, day)
            else:
                self._checklists.restore_tick(tick)

        self._record(
            f"{'tick' if done else 'untick'} of {habit.name}",
            lambda: put(before),
            lambda: put(after),
        )
        return self._done(f"{habit.name}: done." if done else f"{habit.name}: not done.", after)
