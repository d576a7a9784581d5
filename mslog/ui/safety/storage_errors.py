"""A calm message, not a crash, when the disk is full or the folder turns read-only mid-session."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from mslog.core.i18n import Words
from mslog.core.safety import is_storage_error, storage_message


class StorageErrors(Words):
    """The translation context of the message for a failed save."""


Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class StorageErrorHook:
    """An excepthook that explains storage errors and passes anything else on.

    SQLite has already undone the failed transaction, so nothing is half-saved;
    the person only needs to know the save did not happen and why.

    Attributes:
        last_box: The message shown for the latest storage error, if any.
    """

    def __init__(self, previous: Hook) -> None:
        self._previous = previous
        self.last_box: QMessageBox | None = None

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> object:
        """Show a storage error calmly; hand any other exception to the previous hook."""
        if not is_storage_error(value):
            return self._previous(kind, value, tb)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            StorageErrors.tr("Not saved"),
            storage_message(value),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.finished.connect(box.deleteLater)
        box.open()
        self.last_box = box
        return None


def install() -> None:
    """Route storage errors raised in Qt slots to a message box."""
    sys.excepthook = StorageErrorHook(sys.excepthook)
