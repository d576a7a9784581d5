"""Turns the core's change events into Qt signals that views redraw on."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mslog.core.diary import Diary
from mslog.core.spasms import SpasmChange


class DiaryNotifier(QObject):
    """Re-emits diary changes as Qt signals, so screens never poke each other.

    Signals:
        spasmsChanged: A spasm entry was added, edited or removed.
    """

    spasmsChanged = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, diary: Diary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._diary = diary
        diary.spasms.changed.connect(self._on_spasm_change)

    def _on_spasm_change(self, change: SpasmChange) -> None:
        self.spasmsChanged.emit(change)

    def detach(self) -> None:
        """Stop listening to the diary (before it closes)."""
        self._diary.spasms.changed.disconnect(self._on_spasm_change)
