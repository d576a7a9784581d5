"""Every feature's operations for one open diary, built once by the window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.diary import Diary
from mslog.ui.operations import Operations
from mslog.ui.operations.appointments import AppointmentOperations
from mslog.ui.operations.checkin import CheckinOperations
from mslog.ui.operations.checklists import ChecklistOperations
from mslog.ui.operations.experiments import ExperimentOperations
from mslog.ui.operations.medications import MedicationOperations
from mslog.ui.operations.self_ratings import SelfRatingOperations
from mslog.ui.operations.spasms import SpasmOperations
from mslog.ui.operations.stretches import StretchOperations
from mslog.ui.operations.treatments import TreatmentOperations


class DiaryOperations(QObject):
    """The operations the window's screens share, all on the window's one undo stack.

    Args:
        diary: The open diary.
        undo_stack: The window's undo stack.

    Attributes:
        spasms: Logging, moving and deleting spasms (the Log tab, the tray).
        checklists: Ticking doses and habits, editing the habit list (the Checklists tab,
            the reminder banner).
        medications: Adding, changing and stopping medications (the Checklists tab).
        checkin: Answering the daily check-in and changing its factors (its dialog).
        experiments: Planning and stopping self-experiments (the Checklists tab).
        appointments: Recording and removing appointments (the Trends tab).
        self_ratings: Saving the self-rated Penn and Snow answers (the Trends tab).
        treatments: Recording, changing and removing treatment events (the Checklists tab).
        stretches: Removing a stretch session played (the History tab).
    """

    def __init__(self, diary: Diary, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.spasms = SpasmOperations(
            diary.spasms, diary.clock, undo_stack, self, day_rule=lambda: diary.day_rule
        )
        self.checklists = ChecklistOperations(diary.checklists, undo_stack, self)
        self.medications = MedicationOperations(diary.checklists.medications, undo_stack, self)
        self.checkin = CheckinOperations(diary.checkins, undo_stack, self)
        self.experiments = ExperimentOperations(diary.experiments, undo_stack, self)
        self.appointments = AppointmentOperations(diary.appointments, undo_stack, self)
        self.self_ratings = SelfRatingOperations(diary.self_ratings, undo_stack, self)
        self.treatments = TreatmentOperations(diary.checklists.treatments, undo_stack, self)
        self.stretches = StretchOperations(diary.stretches, undo_stack, self)

    def each(self) -> list[Operations]:
        """Return every feature's operations (to hear all that they say)."""
        return [
            self.spasms,
            self.checklists,
            self.medications,
            self.checkin,
            self.experiments,
            self.appointments,
            self.self_ratings,
            self.treatments,
            self.stretches,
        ]
