"""The diary of every day: what one day holds, which days hold anything, and note search."""

from mslog.core.history.day import DayEntries, HabitOfDay, days_with_entries, what_day_holds
from mslog.core.history.search import NoteHit, SearchResult, search_notes

__all__ = [
    "DayEntries",
    "HabitOfDay",
    "NoteHit",
    "SearchResult",
    "days_with_entries",
    "search_notes",
    "what_day_holds",
]
