"""A calm message, not a crash, when the disk is full or the folder turns read-only mid-session."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from mslog.core.safety import is_storage_error, storage_message

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def storage_error_hook(previous: Hook) -> Hook:
    """Return an excepthook that explains storage errors and passes anything else on.

    SQLite has already undone the failed transaction, so nothing is half-saved;
    the person only needs to know the save did not happen and why.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None):
        if not is_storage_error(value):
            return previous(kind, value, tb)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Not saved",
            storage_message(value),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.finished.connect(box.deleteLater)
        box.open()
        hook.last_box = box
        return None

    hook.last_box = None
    return hook


def install() -> None:
    """Route storage errors raised in Qt slots to a message box."""
    sys.excepthook = storage_error_hook(sys.excepthook)
