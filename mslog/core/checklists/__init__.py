"""Medication and self-care checklists: versioned schedules, doses, habits and reminders."""

from mslog.core.checklists.service import STRETCHING, ChecklistChange, Checklists

__all__ = ["STRETCHING", "ChecklistChange", "Checklists"]
