"""Check-in operations: answer about a day, add, rename or remove a day factor; each undoable."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.checkin import CheckIn, CheckIns, DayFactor
from mslog.core.checkin.wording import day_in_words
from mslog.core.errors import MSLogError
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import Operations, Outcome


class CheckinOperations(Operations):
    """Changes to the daily check-ins and the list of day factors, each one undo step.

    Used by the check-in dialog; undo and redo may come after it closed (from the
    window's Edit menu), so whoever shows the check-in listens to ``said``.

    Args:
        checkins: The diary's check-ins.
        undo_stack: The window's undo stack.
    """

    def __init__(
        self, checkins: CheckIns, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self._checkins = checkins

    def answer(self, day: date, text: str, **changes: Any) -> Outcome[CheckIn]:
        """Save one answer about ``day`` as one write; undo puts back the exact check-in.

        Args:
            day: The diary day answered about.
            text: The answer in words ("pain 7"), as the status line and Edit menu say it, in
                the person's language (a day factor by its label, :attr:`DayFactor.label`).
            **changes: The check-in's fields to change (see :meth:`CheckIns.update`).
        """
        checkins = self._checkins
        before = checkins.get(day)
        try:
            after = checkins.update(day, **changes)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            self.tr("{answer} ({day})", "undo step: an answer of the check-in and its day").format(
                answer=text, day=day_in_words(day)
            ),
            lambda: checkins.put(day, before),
            lambda: checkins.put(day, after),
        )
        return self._done(self.tr("Saved: {answer}.").format(answer=text), after)

    def add_factor(self, name: str) -> Outcome[DayFactor]:
        """Add the person's own factor to the list; undo takes it off again."""
        checkins = self._checkins
        try:
            factor = checkins.add_factor(name)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            self.tr("adding {name}", "undo step: after 'Undo' in the Edit menu").format(
                name=factor.label
            ),
            lambda: checkins.retire_factor(factor.uuid, checkins.today()),
            lambda: checkins.unretire_factor(factor.uuid),
        )
        return self._done(
            self.tr("Added {name} to the list. Tick it on the days it was true.").format(
                name=factor.label
            ),
            factor,
        )

    def rename_factor(self, factor: DayFactor, name: str) -> Outcome[DayFactor]:
        """Rename a factor (the days it was ticked stay with it); undo gives back its name."""
        checkins = self._checkins
        try:
            renamed = checkins.rename_factor(factor.uuid, name)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        old, new = factor.name, renamed.name  # as stored: undo and redo put these back
        shown = {"old": factor.label, "new": renamed.label}  # as the list shows them
        self._record(
            self.tr("renaming {old} to {new}", "undo step: after 'Undo' in the Edit menu").format(
                **shown
            ),
            lambda: checkins.rename_factor(factor.uuid, old),
            lambda: checkins.rename_factor(factor.uuid, new),
        )
        return self._done(self.tr("Renamed {old} to {new}.").format(**shown), renamed)

    def remove_factor(self, factor: DayFactor) -> Outcome[DayFactor]:
        """Stop offering a factor from today (earlier days keep it); undo offers it again."""
        checkins = self._checkins
        try:
            retired = checkins.retire_factor(factor.uuid)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            self.tr("removal of {name}", "undo step: after 'Undo' in the Edit menu").format(
                name=factor.label
            ),
            lambda: checkins.unretire_factor(factor.uuid),
            lambda: checkins.retire_factor(factor.uuid, retired.retired_on or checkins.today()),
        )
        return self._done(
            self.tr("Removed {name} from the list from today. Undo puts it back.").format(
                name=factor.label
            ),
            retired,
        )
