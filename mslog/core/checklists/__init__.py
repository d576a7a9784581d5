"""Medication and self-care checklists: versioned schedules, doses, habits and reminders."""

from mslog.core.checklists.habits import STRETCHING
from mslog.core.checklists.model import ChecklistChange
from mslog.core.checklists.service import Checklists

__all__ = ["STRETCHING", "ChecklistChange", "Checklists"]
