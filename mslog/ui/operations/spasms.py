"""Spasm operations: log one (now or earlier), move it, delete it; each undoable."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.clock import Clock
from mslog.core.days import DayRule
from mslog.core.errors import MSLogError, NotFoundError
from mslog.core.formatting import fmt_day, fmt_moment, fmt_saved_in_diary
from mslog.core.spasms.log import Spasm, SpasmLog
from mslog.ui.operations import Operations, Outcome


class SpasmOperations(Operations):
    """Changes to the spasm log, each one step on the undo stack.

    Args:
        spasms: The diary's spasm log.
        clock: Where "now" comes from (an earlier spasm on another day names its day).
        undo_stack: The window's undo stack.
        day_rule: Returns the diary-day rule in force (which day's diary an entry is in).
    """

    def __init__(
        self,
        spasms: SpasmLog,
        clock: Clock,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
        *,
        day_rule: Callable[[], DayRule] = DayRule,
    ) -> None:
        super().__init__(undo_stack, parent)
        self._spasms = spasms
        self._clock = clock
        self._day_rule = day_rule

    def log(self, started: datetime | None = None) -> Outcome[Spasm]:
        """Record a spasm now (or at ``started``); undo removes it, redo puts it back."""
        try:
            spasm = self._spasms.log(started=started)
        except MSLogError as exc:
            return Outcome.refused(self.tr("Not saved: {reason}").format(reason=exc))
        # Undo keeps the entry's latest details (added after the log) for redo.
        latest = {"spasm": spasm}

        def remove() -> None:
            with contextlib.suppress(NotFoundError):  # deleted meanwhile: nothing to remove
                latest["spasm"] = self._spasms.delete(spasm.uuid)

        def at() -> str:
            return f"{latest['spasm'].started:%H:%M}"

        self._record(
            self.tr(
                "log of the spasm at {time}", "undo step: after 'Undo' in the Edit menu"
            ).format(time=f"{spasm.started:%H:%M}"),
            remove,
            lambda: self._spasms.restore(latest["spasm"]),
            undone=lambda: self.tr(
                "Removed the spasm logged at {time}. Redo brings it back."
            ).format(time=at()),
            redone=lambda: self.tr("Logged again: the spasm at {time}.").format(time=at()),
        )
        rule = self._day_rule()
        saved = fmt_saved_in_diary(
            spasm.started, rule.day_of(spasm.started), rule.day_of(self._clock.now())
        )
        # {saved}: "Saved 10:40" or "Saved 23:50 — in Tuesday's diary".
        said = self.tr("{saved}. Add details below if you like, or leave it.")
        return self._done(said.format(saved=saved), spasm)

    def delete(self, uuid: str) -> Outcome[Spasm]:
        """Delete an entry; undo restores it with all its details."""
        try:
            spasm = self._spasms.delete(uuid)
        except NotFoundError:
            return Outcome.refused("")  # already gone: nothing to say or undo
        at = f"{spasm.started:%H:%M}"
        rule = self._day_rule()
        day = rule.day_of(spasm.started)
        if day == rule.day_of(self._clock.now()):
            deleted = self.tr("Deleted the spasm at {time}. Undo (Ctrl+Z) brings it back.")
        else:  # from another day's diary: say which, so nobody wonders where it was
            deleted = self.tr("Deleted the {time} spasm from {day}. Undo with Ctrl+Z.")
        deleted = deleted.format(time=at, day=fmt_day(day))
        self._record(
            self.tr(
                "delete of the spasm at {time}", "undo step: after 'Undo' in the Edit menu"
            ).format(time=at),
            lambda: self._spasms.restore(spasm),
            lambda: self._spasms.delete(uuid),
            undone=lambda: self.tr("Restored the spasm at {time}.").format(time=at),
            redone=lambda: deleted,
        )
        return self._done(deleted, spasm)

    def move(self, uuid: str, started: datetime) -> Outcome[Spasm]:
        """Give an entry a new start time; undo puts back the time it had.

        A time moves an entry to another day's diary, where nobody may look for it:
        unlike the details edited in the entry's panel, it is an undo step.
        """
        try:
            before = self._spasms.get(uuid)
            spasm = self._spasms.update(uuid, started=started)
        except MSLogError as exc:
            return Outcome.refused(self.tr("Not saved: {reason}").format(reason=exc))
        if spasm.started == before.started:
            return Outcome("", spasm)
        old, new = before.started, spasm.started
        self._record(
            self.tr(
                "move of the spasm to {time}", "undo step: after 'Undo' in the Edit menu"
            ).format(time=f"{new:%H:%M}"),
            lambda: self._spasms.update(uuid, started=old),
            lambda: self._spasms.update(uuid, started=new),
            undone=lambda: self.tr("Moved the spasm back to {when}.").format(when=fmt_moment(old)),
            redone=lambda: self.tr("Moved the spasm to {when} again.").format(when=fmt_moment(new)),
        )
        return self._done(self.tr("Moved the spasm to {when}.").format(when=fmt_moment(new)), spasm)
