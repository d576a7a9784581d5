"""Self-rating operations: save the day's Penn and Snow answers; undoable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.checkin.self_ratings import SelfRating, SelfRatings
from mslog.core.errors import MSLogError
from mslog.core.formatting import fmt_date
from mslog.ui.operations import Operations, Outcome


class SelfRatingOperations(Operations):
    """Saving the self-rated answers before an appointment, one step on the undo stack.

    Args:
        ratings: The diary's self-rated answers.
        undo_stack: The window's undo stack.
    """

    def __init__(
        self, ratings: SelfRatings, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self._ratings = ratings

    def answer(
        self,
        day: date,
        *,
        penn_frequency: int | None,
        penn_severity: int | None,
        snow: int | None,
    ) -> Outcome[SelfRating]:
        """Save ``day``'s answers (replacing any given that day); undo puts back the earlier."""
        ratings = self._ratings
        before = ratings.get(day)
        try:
            after = ratings.answer(
                day, penn_frequency=penn_frequency, penn_severity=penn_severity, snow=snow
            )
        except MSLogError as exc:
            return Outcome.refused(
                self.tr("Not saved: {reason}.").format(reason=getattr(exc, "message", exc))
            )
        self._record(
            self.tr("save self-rated answers", "undo step: after 'Undo' in the Edit menu"),
            lambda: ratings.put(day, before),
            lambda: ratings.put(day, after),
        )
        return self._done(
            self.tr("Saved for {day}. Undo takes them back.").format(day=fmt_date(day)), after
        )
