"""Turns the core's change events into Qt signals that views redraw on."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mslog.core.diary import Diary
from mslog.core.spasms.log import SpasmChange


class DiaryNotifier(QObject):
    """Re-emits diary changes as Qt signals, so screens never poke each other.

    Signals:
        spasmsChanged: A spasm entry was added, edited or removed.
        checklistsChanged: A medication, dose, habit or habit tick changed.
        stretchesChanged: A stretch session started, moved on a step or ended.
        appointmentsChanged: An appointment or the appointment questions changed.
        checkinsChanged: A daily check-in, a day factor or the check-in time changed.
    """

    spasmsChanged = Signal(object)  # noqa: N815 - Qt naming
    # Anything may have changed (day-start hour, restore, another process): redraw all.
    reloaded = Signal()
    checklistsChanged = Signal(object)  # noqa: N815 - Qt naming
    stretchesChanged = Signal(object)  # noqa: N815 - Qt naming
    appointmentsChanged = Signal(object)  # noqa: N815 - Qt naming
    checkinsChanged = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, diary: Diary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._diary = diary
        self._detached = False
        diary.spasms.changed.connect(self._on_spasm_change)
        diary.checklists.changed.connect(self._on_checklist_change)
        diary.stretches.changed.connect(self.stretchesChanged.emit)
        diary.appointments.changed.connect(self.appointmentsChanged.emit)
        diary.checkins.changed.connect(self.checkinsChanged.emit)

    def _on_spasm_change(self, change: SpasmChange) -> None:
        self.spasmsChanged.emit(change)

    def _on_checklist_change(self, change: object) -> None:
        self.checklistsChanged.emit(change)

    def reload(self) -> None:
        """Tell every view to redraw everything from the diary."""
        self.reloaded.emit()

    def detach(self) -> None:
        """Stop listening to the diary (before it closes); safe to call twice."""
        if self._detached:
            return
        self._detached = True
        self._diary.spasms.changed.disconnect(self._on_spasm_change)
        self._diary.checklists.changed.disconnect(self._on_checklist_change)
        self._diary.stretches.changed.disconnect(self.stretchesChanged.emit)
        self._diary.appointments.changed.disconnect(self.appointmentsChanged.emit)
        self._diary.checkins.changed.disconnect(self.checkinsChanged.emit)
