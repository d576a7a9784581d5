"""Operations: a change made through a core service, its one undo step, and what to say.

Every change a person makes from the window goes through one operation of the feature's
module here (``spasms``, ``checklists``, ``medications``, ``checkin``, ``experiments``,
``appointments``, ``self_ratings``, ``treatments``). An operation:

1. performs the change through the core service (so the core's ``Event`` fires and the
   :class:`~mslog.ui.notifier.DiaryNotifier` tells every view to redraw);
2. pushes exactly one :class:`Change` onto the window's undo stack;
3. announces what happened on its ``said`` signal, which the screens showing that
   feature connect to their status line, and returns an :class:`Outcome`. What an undo
   or a redo did is said on ``stepped`` too, which the window shows on its own line
   whichever tab is open (the Undo may be pressed far from the change).

A refused change (bad input, an entry deleted meanwhile) pushes nothing and announces
nothing: its :class:`Outcome` carries the reason, and the caller shows it where the
person is looking (a dialog's error line, the tab's status).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mslog.core.errors import MSLogError
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate

T = TypeVar("T")
Say = Callable[[str], None]
Wording = Callable[[], str]  # the words said after an undo or a redo, found when it happens


class UndoSteps(Words):
    """The translation context of what an undo or a redo says by default."""


# How an announcement of a change ends, so every one says the same words. Translated
# where shown (``undo_hint()``); an operation's own sentence holds it whole instead.
UNDO_HINT = QT_TRANSLATE_NOOP("UndoSteps", "Undo with Ctrl+Z.")


def undo_hint() -> str:
    """Return "Undo with Ctrl+Z." in the person's language."""
    return translate("UndoSteps", UNDO_HINT)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an operation did.

    Attributes:
        message: What to tell the person (what happened, or why nothing did).
        value: What the change made or changed, when there is one.
        ok: False when nothing was changed.
    """

    message: str
    value: T | None = None
    ok: bool = True

    @classmethod
    def refused(cls, message: str) -> Outcome[T]:
        """Return the outcome of a change that was not made, and why."""
        return cls(message, None, ok=False)


class Change(QUndoCommand):
    """A change already made, with the functions that undo and redo it.

    The change is made before the push, so a refused one never reaches the stack; the
    push itself does nothing. Undo and redo say what they did (by default "Undone:
    <text>. Redo brings it back." and "Redone: <text>."), or why they could not.

    Args:
        text: What the change was, as the Edit menu says it ("Undo <text>"), already in
            the person's language: a whole phrase, translated with its values filled in.
        undo: Reverses the change.
        redo: Makes it again.
        say: Where undo and redo say what they did; None for silence.
        undone: The words after an undo, when not the default.
        redone: The words after a redo, when not the default.
    """

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        say: Say | None,
        *,
        undone: Wording | None = None,
        redone: Wording | None = None,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._say = say or (lambda _text: None)
        self._undone = undone or (
            lambda: UndoSteps.tr(
                "Undone: {what}. Redo brings it back.", "{what}: the undo step, as in the Edit menu"
            ).format(what=self.text())
        )
        self._redone = redone or (
            lambda: UndoSteps.tr(
                "Redone: {what}.", "{what}: the undo step, as in the Edit menu"
            ).format(what=self.text())
        )
        self._done = True

    def redo(self) -> None:
        """Make the change again (skipped on the push itself)."""
        if self._done:
            return
        try:
            self._redo()
        except MSLogError as exc:
            self._say(UndoSteps.tr("Could not redo it: {reason}").format(reason=exc))
            return
        self._done = True
        self._say(self._redone())

    def undo(self) -> None:
        """Reverse the change."""
        try:
            self._undo()
        except MSLogError as exc:
            self._say(UndoSteps.tr("Could not undo it: {reason}").format(reason=exc))
            return
        self._done = False
        self._say(self._undone())


class Operations(QObject):
    """The base of one feature's operations: the undo stack and the ``said`` signal.

    Args:
        undo_stack: The window's undo stack, where each change is one step.

    Signals:
        said: What an operation, an undo or a redo did, for the status line.
        stepped: What an undo or a redo did (said on ``said`` just before), for the
            window's own line: the Undo that made it may be pressed on any tab.
    """

    said = Signal(str)
    stepped = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack

    @property
    def undo_stack(self) -> QUndoStack:
        """The stack this feature's changes go on (for an Undo button beside them)."""
        return self._undo_stack

    def _record(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        *,
        undone: Wording | None = None,
        redone: Wording | None = None,
    ) -> None:
        """Push one undo step for a change just made."""
        self._undo_stack.push(Change(text, undo, redo, self._step, undone=undone, redone=redone))

    def _step(self, message: str) -> None:
        """Say what an undo or a redo did, on ``said`` and then on ``stepped``."""
        self.said.emit(message)
        self.stepped.emit(message)

    def _done(self, message: str, value: T | None = None) -> Outcome[T]:
        """Announce ``message`` and return the outcome of a change that was made."""
        self.said.emit(message)
        return Outcome(message, value)
