"""Checklist operations: doses (scheduled and as-needed), habits and their ticks; each undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.checklists import Checklists
from mslog.core.checklists.model import DoseRecord, Habit, HabitTick, ScheduledDose
from mslog.core.checklists.side_effects import SideEffect
from mslog.core.errors import MSLogError
from mslog.core.formatting import fmt_day
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import Operations, Outcome


class ChecklistOperations(Operations):
    """Changes to doses, the habit list and habit ticks, each one step on the undo stack.

    Used by the Checklists tab and the dose reminder's banner alike. Changes to the
    medication list are :class:`~mslog.ui.operations.medications.MedicationOperations`.

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
        where = self.dose_words(dose)
        mark = self._checklists.doses.mark_taken
        if taken:
            step = self.tr("tick of {dose}", "undo step: after 'Undo' in the Edit menu")
        else:
            step = self.tr("untick of {dose}", "undo step: after 'Undo' in the Edit menu")
        outcome = self.change_dose(
            dose,
            (lambda: mark(dose.medication.uuid, dose.slot_local)) if taken else None,
            step.format(dose=where),
        )
        if not outcome.ok:
            return outcome
        after = outcome.value
        if after is not None and after.taken is not None:
            return self._done(
                self.tr("{dose}: taken at {time}. Change the time if it was earlier.").format(
                    dose=where, time=f"{after.taken:%H:%M}"
                ),
                after,
            )
        return self._done(self.tr("{dose} is open again.").format(dose=where), after)

    def dose_words(self, dose: ScheduledDose) -> str:
        """Return a dose as the status line names it: "08:00 Baclofen 10 mg"."""
        return self.tr("{time} {dose}", "a dose: its time, then medicine and amount").format(
            time=dose.time_of_day, dose=dose.label
        )

    def set_skipped(
        self, dose: ScheduledDose, skipped: bool, reason: str = ""
    ) -> Outcome[DoseRecord]:
        """Mark a dose skipped (reason optional), or open it again."""
        where = self.dose_words(dose)
        mark = self._checklists.doses.mark_skipped
        if skipped:
            step = self.tr("skip of {dose}", "undo step: after 'Undo' in the Edit menu")
        else:
            step = self.tr("untick of {dose}", "undo step: after 'Undo' in the Edit menu")
        outcome = self.change_dose(
            dose,
            (lambda: mark(dose.medication.uuid, dose.slot_local, reason)) if skipped else None,
            step.format(dose=where),
        )
        if not outcome.ok:
            return outcome
        if skipped:
            said = self.tr("{dose}: skipped. You can add a reason.")
        else:
            said = self.tr("{dose} is open again.")
        return self._done(said.format(dose=where), outcome.value)

    def note_side_effects(
        self,
        day: date,
        kinds: list[str],
        note: str = "",
        *,
        dose: ScheduledDose | None = None,
        words: str = "",
    ) -> Outcome[SideEffect | None]:
        """Note side effects for a day, or for one dose; undo puts back what was noted.

        Args:
            day: The diary day.
            kinds: The chips chosen; with no chip and no note the day's (or dose's) is removed.
            note: The person's own words.
            dose: The dose they followed, or None for the day as a whole.
            words: Not used: each sentence names the day itself ("today", "on Tuesday
                10 March" sit in different places in other languages). Kept for callers.
        """
        effects = self._checklists.effects
        medication = dose.medication.uuid if dose else None
        slot = dose.slot_local if dose else None
        key = (day, medication, slot)
        try:
            before = effects.find(day, medication, slot)
            after = effects.note(day, kinds, note, medication_uuid=medication, slot_local=slot)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        if before == after:
            return Outcome("", after)
        step, noted, removed = self._side_effect_words(day, dose)
        fields = {
            "dose": self.dose_words(dose) if dose else "",
            "day": fmt_day(day),
            "effects": after.text() if after else "",
        }
        self._record(
            step.format(**fields),
            lambda: effects.put_back(key, before),
            lambda: effects.put_back(key, after),
        )
        return self._done((noted if after else removed).format(**fields), after)

    def _side_effect_words(self, day: date, dose: ScheduledDose | None) -> tuple[str, str, str]:
        """Return the undo step, what is said of a note and of none, fields still to fill.

        Each is a whole sentence for its case (a dose, today or another day),
        with the fields {dose}, {day} and {effects}.
        """
        if dose is not None:
            return (
                self.tr("side effects of {dose}", "undo step: after 'Undo' in the Edit menu"),
                self.tr("Side effects of {dose}: {effects}. Undo with Ctrl+Z."),
                self.tr("No side effects noted for {dose}. Undo with Ctrl+Z."),
            )
        if day == self._checklists.today():
            return (
                self.tr("side effects of today", "undo step: after 'Undo' in the Edit menu"),
                self.tr("Side effects of today: {effects}. Undo with Ctrl+Z."),
                self.tr("No side effects noted for today. Undo with Ctrl+Z."),
            )
        return (
            self.tr("side effects of {day}", "undo step: after 'Undo' in the Edit menu"),
            self.tr("Side effects of {day}: {effects}. Undo with Ctrl+Z."),
            self.tr("No side effects noted for {day}. Undo with Ctrl+Z."),
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
                self._checklists.doses.clear(dose.medication.uuid, dose.slot_local)
                after = None
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        before = dose.record

        def put(state: DoseRecord | None) -> None:
            if state is None:
                self._checklists.doses.clear(dose.medication.uuid, dose.slot_local)
            else:
                self._checklists.doses.restore(state)

        self._record(text, lambda: put(before), lambda: put(after))
        return Outcome("", after)

    def log_as_needed(
        self, medication_uuid: str, name: str, at: datetime, amount: float | None
    ) -> Outcome[DoseRecord]:
        """Record an as-needed (or extra) dose of ``name``; undo removes it, redo puts it back."""
        checklists = self._checklists
        try:
            record = checklists.doses.log_as_needed(medication_uuid, at, amount)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        latest = {"record": record}

        def undo() -> None:
            checklists.doses.delete(latest["record"].uuid)

        def redo() -> None:
            latest["record"] = checklists.doses.restore(latest["record"])

        self._record(
            self.tr("as-needed dose", "undo step: after 'Undo' in the Edit menu"), undo, redo
        )
        return self._done(
            self.tr("Saved: {name} at {time}.").format(name=name, time=f"{at:%H:%M}"), record
        )

    def remove_as_needed(self, uuid: str) -> Outcome[DoseRecord]:
        """Remove an as-needed dose; undo brings it back."""
        checklists = self._checklists
        try:
            record = checklists.doses.delete(uuid)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            self.tr("removal of an as-needed dose", "undo step: after 'Undo' in the Edit menu"),
            lambda: checklists.doses.restore(record),
            lambda: checklists.doses.delete(uuid),
        )
        return self._done(
            self.tr("Removed the as-needed dose. Undo (Ctrl+Z) brings it back."), record
        )

    def add_habit(self, name: str) -> Outcome[Habit]:
        """Add a habit at the end of the checklist; undo takes it back without a trace.

        A habit ticked meanwhile is retired from today instead, so its ticks stay.
        """
        habits = self._checklists.habits
        try:
            added = habits.add(name)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            self.tr("adding habit '{name}'", "undo step: after 'Undo' in the Edit menu").format(
                name=added.label
            ),
            lambda: habits.take_back(added.uuid),
            lambda: habits.put_back(added),
        )
        return self._done(
            self.tr("Added habit '{name}'. Undo with Ctrl+Z.").format(name=added.label), added
        )

    def rename_habit(self, habit: Habit, name: str) -> Outcome[Habit]:
        """Rename a habit (its ticks stay with it); undo gives back the old name."""
        habits = self._checklists.habits
        try:
            renamed = habits.rename(habit.uuid, name)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        old, new = habit.name, renamed.name
        if old == new:
            return Outcome(self.tr("'{name}' keeps its name.").format(name=habit.label), renamed)
        shown = {"old": habit.label, "new": renamed.label}
        self._record(
            self.tr(
                "renaming '{old}' to '{new}'", "undo step: after 'Undo' in the Edit menu"
            ).format(**shown),
            lambda: habits.rename(habit.uuid, old),
            lambda: habits.rename(habit.uuid, new),
        )
        return self._done(
            self.tr("Renamed habit '{old}' to '{new}'. Undo with Ctrl+Z.").format(**shown),
            renamed,
        )

    def move_habit(self, habit: Habit, step: int) -> Outcome[Habit]:
        """Move a habit up (negative ``step``) or down the checklist; undo moves it back.

        A habit already at that end stays, and nothing is pushed.
        """
        habits = self._checklists.habits
        try:
            before = _place(habits.listed(), habit.uuid)
            moved = habits.move(habit.uuid, step)
            after = _place(habits.listed(), habit.uuid)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        name = habit.label
        if after == before:
            if step < 0:
                return Outcome(self.tr("'{name}' is already at the top.").format(name=name))
            return Outcome(self.tr("'{name}' is already at the end.").format(name=name))
        if after < before:
            text = self.tr("moving '{name}' up", "undo step: after 'Undo' in the Edit menu")
            said = self.tr("Moved '{name}' up. Undo with Ctrl+Z.")
        else:
            text = self.tr("moving '{name}' down", "undo step: after 'Undo' in the Edit menu")
            said = self.tr("Moved '{name}' down. Undo with Ctrl+Z.")
        self._record(
            text.format(name=name),
            lambda: habits.move(habit.uuid, before - after),
            lambda: habits.move(habit.uuid, after - before),
        )
        return self._done(said.format(name=name), moved)

    def retire_habit(self, habit: Habit) -> Outcome[Habit]:
        """Take a habit off the checklist from today (past ticks stay); undo puts it back."""
        checklists = self._checklists
        try:
            retired = checklists.habits.retire(habit.uuid)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            self.tr("removal of {name}", "undo step: after 'Undo' in the Edit menu").format(
                name=habit.label
            ),
            lambda: checklists.habits.unretire(habit.uuid),
            lambda: checklists.habits.retire(habit.uuid),
        )
        return self._done(
            self.tr(
                "Removed {name} from the checklist. Past ticks stay. Undo puts it back."
            ).format(name=habit.label),
            retired,
        )

    def set_habit_done(self, habit: Habit, day: date, done: bool) -> Outcome[HabitTick]:
        """Tick or untick a habit on ``day``; undo puts back the tick as it was."""
        try:
            before = self._checklists.habits.ticks_on(day).get(habit.uuid)
            if done:
                after: HabitTick | None = self._checklists.habits.tick(habit.uuid, day)
            else:
                self._checklists.habits.untick(habit.uuid, day)
                after = None
        except MSLogError as exc:
            return Outcome.refused(explain(exc))

        def put(tick: HabitTick | None) -> None:
            if tick is None:
                self._checklists.habits.untick(habit.uuid, day)
            else:
                self._checklists.habits.restore_tick(tick)

        if done:
            text, said = (
                self.tr("tick of {name}", "undo step: after 'Undo' in the Edit menu"),
                self.tr("{name}: done."),
            )
        else:
            text, said = (
                self.tr("untick of {name}", "undo step: after 'Undo' in the Edit menu"),
                self.tr("{name}: not done."),
            )
        self._record(text.format(name=habit.label), lambda: put(before), lambda: put(after))
        return self._done(said.format(name=habit.label), after)


def _place(habits: list[Habit], uuid: str) -> int:
    """Return where a habit is in the whole list (retired ones included, as moving counts)."""
    return [h.uuid for h in habits].index(uuid)
