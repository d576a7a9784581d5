"""How the check-in names a day: "Tuesday 10 March", "today", "yesterday" (window and CLI)."""

from __future__ import annotations

from datetime import date, timedelta

from mslog.core.formatting import fmt_day


def day_in_words(day: date, *, year: bool = False) -> str:
    """Return "Tuesday 10 March" (or "Tuesday 10 March 2026"): how a check-in names a day."""
    return fmt_day(day, year=year)


def relative_day(day: date, today: date) -> str:
    """Return "today", "yesterday" or "on Tuesday 10 March"."""
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"on {day_in_words(day)}"


def question(day: date, today: date) -> str:
    """Return "How was today?", "How was yesterday?" or "How was Tuesday 10 March?"."""
    when = relative_day(day, today)
    return f"How was {when.removeprefix('on ')}?"
