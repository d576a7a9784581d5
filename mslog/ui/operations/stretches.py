"""Stretch session operations: remove a session played (one started by mistake), undoably."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.formatting import fmt_date
from mslog.core.i18n import Words
from mslog.core.routines.sessions import StretchLog, StretchSession
from mslog.core.routines.wording import bundled_text
from mslog.ui.operations import Operations, Outcome


class StretchSessions(Words):
    """The translation context of how the stretch operations name a session."""


def _what(session: StretchSession) -> str:
    """Return "the Daily stretch session at 09:30 on 2 March", as a status line says it.

    One sentence of the catalogue; the routine's name is a bundled one's translation (the
    person's own as written), the day comes from :mod:`mslog.core.formatting` and the clock
    time is written as it is there (24-hour digits, the same in every language).
    """
    day = fmt_date(session.started.date(), year=False, full=True)
    routine = bundled_text(session.routine_key, session.routine_name)
    return StretchSessions.tr("the {routine} session at {time} on {day}").format(
        routine=routine, time=f"{session.started:%H:%M}", day=day
    )


class StretchOperations(Operations):
    """Changes to the record of stretch sessions, each one step on the undo stack.

    Args:
        stretches: The diary's stretch log.
        undo_stack: The window's undo stack.
    """

    def __init__(
        self, stretches: StretchLog, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self._stretches = stretches

    def remove(self, session: StretchSession) -> Outcome[StretchSession]:
        """Remove a session and its steps; undo puts it back as it was."""
        stretches = self._stretches
        try:
            removed = stretches.remove(session.uuid)
        except NotFoundError:
            return Outcome.refused("")  # already gone: nothing to say or undo
        except ValidationError as exc:
            return Outcome.refused(self.tr("Not removed: {reason}.").format(reason=exc.message))
        self._record(
            self.tr("removing {what}", "undo step: after 'Undo' in the Edit menu").format(
                what=_what(session)
            ),
            lambda: stretches.put_back(removed),
            lambda: stretches.remove(session.uuid),
        )
        return self._done(
            self.tr("Removed {what}. Undo with Ctrl+Z.").format(what=_what(session)),
            removed.session,
        )
