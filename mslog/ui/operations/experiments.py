"""Self-experiment operations: plan a habit's trial weeks, stop a trial; each undoable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.checklists.experiments import Experiment, Experiments, day_text
from mslog.core.errors import MSLogError, ValidationError
from mslog.core.i18n import Words
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import Operations, Outcome


class Trials(Words):
    """The translation context of why a self-experiment could not be planned or stopped."""


def why_not(exc: MSLogError) -> str:
    """Return why a trial could not be planned or stopped, as a sentence."""
    if isinstance(exc, ValidationError):
        # The trial's messages name what is wrong themselves ("the trial of ... runs until").
        reason = f"{exc.message[:1].upper()}{exc.message[1:]}"
        return Trials.tr("Not saved. {reason}.").format(reason=reason)
    return explain(exc)


class ExperimentOperations(Operations):
    """Planning and stopping self-experiments, each one step on the undo stack.

    Args:
        experiments: The diary's self-experiments.
        undo_stack: The window's undo stack.
    """

    def __init__(
        self, experiments: Experiments, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self._experiments = experiments

    def plan(self, habit_uuid: str, first_day: date) -> Outcome[Experiment]:
        """Plan the trial weeks of a habit from ``first_day``; undo removes the plan."""
        experiments = self._experiments
        try:
            planned = experiments.plan(habit_uuid, first_day)
        except MSLogError as exc:
            return Outcome.refused(why_not(exc))
        self._record(
            self.tr("plan to try {habit}", "undo step: after 'Undo' in the Edit menu").format(
                habit=planned.habit_label
            ),
            lambda: experiments.put(planned.uuid, None),
            lambda: experiments.put(planned.uuid, planned),
        )
        return self._done(
            self.tr(
                "Planned: {habit} for %n weeks from {day}, weeks {order}. "
                "Undo (Ctrl+Z) removes the plan.",
                "{order}: which weeks are with and without the habit",
                planned.weeks,
            ).format(
                habit=planned.habit_label,
                day=day_text(planned.first_day),
                order=planned.order_text(),
            ),
            planned,
        )

    def stop(self, running: Experiment) -> Outcome[Experiment]:
        """Stop a trial from today (its days so far are kept); undo lets it run on."""
        experiments = self._experiments
        try:
            stopped = experiments.stop(running.uuid)
        except MSLogError as exc:
            return Outcome.refused(why_not(exc))
        self._record(
            self.tr("stop of the {habit} trial", "undo step: after 'Undo' in the Edit menu").format(
                habit=running.habit_label
            ),
            lambda: experiments.put(running.uuid, running),
            lambda: experiments.put(running.uuid, stopped),
        )
        return self._done(
            self.tr(
                "Stopped the trial of {habit}. The days so far are kept for its "
                "result. Undo (Ctrl+Z) lets it run on."
            ).format(habit=running.habit_label),
            stopped,
        )
