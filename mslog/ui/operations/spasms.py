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
            return Outcome.refused(f"Not saved: {exc}")
        # Undo keeps the entry's latest details (added after the log) for redo.
        latest = {"spasm": spasm}

        def remove() -> None:
            with contextlib.suppress(NotFoundError):  # deleted meanwhile: nothing to remove
                latest["spasm"] = self._spasms.delete(spasm.uuid)

        def at() -> str:
            return f"{latest['spasm'].started:%H:%M}"

        self._record(
            f"log of the spasm at {spasm.started:%H:%M}",
            remove,
            lambda: self._spasms.restore(latest["spasm"]),
            undone=lambda: f"Removed the spasm logged at {at()}. Redo brings it back.",
            redone=lambda: f"Logged again: the spasm at {at()}.",
        )
        rule = self._day_rule()
        saved = fmt_saved_in_diary(
            spasm.started, rule.day_of(spasm.started), rule.day_of(self._clock.now())
        )
        return self._done(f"{saved}. Add details below if you like, or leave it.", spasm)

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
            deleted = f"Deleted the spasm at {at}. Undo (Ctrl+Z) brings it back."
        else:  # from another day's diary: say which, so nobody wonders where it was
            deleted = f"Deleted the {at} spasm from {fmt_day(day)}. Undo with Ctrl+Z."
        self._record(
            f"delete of the spasm at {at}",
            lambda: self._spasms.restore(spasm),
            lambda: self._spasms.delete(uuid),
            undone=lambda: f"Restored the spasm at {at}.",
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
            return Outcome.refused(f"Not saved: {exc}")
        if spasm.started == before.started:
            return Outcome("", spasm)
        old, new = before.started, spasm.started
        self._record(
            f"move of the spasm to {new:%H:%M}",
            lambda: self._spasms.update(uuid, started=old),
            lambda: self._spasms.update(uuid, started=new),
            undone=lambda: f"Moved the spasm back to {fmt_moment(old)}.",
            redone=lambda: f"Moved the spasm to {fmt_moment(new)} again.",
        )
        return self._done(f"Moved the spasm to {fmt_moment(new)}.", spasm)
