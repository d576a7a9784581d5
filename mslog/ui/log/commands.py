"""Undoable actions of the Log tab, kept on a :class:`QUndoStack`."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mslog.core.errors import NotFoundError
from mslog.core.spasms import Spasm, SpasmLog

Say = Callable[[str], None]


class LogSpasmCommand(QUndoCommand):
    """A spasm was logged; undo removes it, redo puts it back as it was."""

    def __init__(self, spasms: SpasmLog, spasm: Spasm, say: Say) -> None:
        super().__init__(f"log of the spasm at {spasm.started:%H:%M}")
        self._spasms = spasms
        self._snapshot = spasm
        self._say = say
        self._done = True  # the log itself happened before the push

    def redo(self) -> None:
        """Put the entry back (skipped on the push itself)."""
        if self._done:
            return
        self._spasms.restore(self._snapshot)
        self._done = True
        self._say(f"Logged again: the spasm at {self._snapshot.started:%H:%M}.")

    def undo(self) -> None:
        """Remove the entry, remembering its latest details."""
        with contextlib.suppress(NotFoundError):
            self._snapshot = self._spasms.delete(self._snapshot.uuid)
        self._done = False
        self._say(
            f"Removed the spasm logged at {self._snapshot.started:%H:%M}. Redo brings it back."
        )


class DeleteSpasmCommand(QUndoCommand):
    """An entry was deleted from the list; undo restores it with all its details."""

    def __init__(self, spasms: SpasmLog, uuid: str, say: Say) -> None:
        super().__init__("delete")
        self._spasms = spasms
        self._uuid = uuid
        self._say = say
        self._snapshot: Spasm | None = None

    def redo(self) -> None:
        """Delete the entry."""
        try:
            self._snapshot = self._spasms.delete(self._uuid)
        except NotFoundError:
            self.setObsolete(True)
            return
        self.setText(f"delete of the spasm at {self._snapshot.started:%H:%M}")
        self._say(
            f"Deleted the spasm at {self._snapshot.started:%H:%M}. Undo (Ctrl+Z) brings it back."
        )

    def undo(self) -> None:
        """Restore the entry."""
        if self._snapshot is not None:
            self._spasms.restore(self._snapshot)
            self._say(f"Restored the spasm at {self._snapshot.started:%H:%M}.")
