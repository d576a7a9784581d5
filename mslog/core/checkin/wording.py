"""How the check-in names a day: "Tuesday 10 March", "today", "yesterday" (window and CLI)."""

from __future__ import annotations

from datetime import date, timedelta

from mslog.core.formatting import fmt_day
from mslog.core.i18n import Words


class DailyCheckin(Words):
    """The translation context of the check-in's own words (core and command line)."""


def day_in_words(day: date, *, year: bool = False) -> str:
    """Return "Tuesday 10 March" (or "Tuesday 10 March 2026"): how a check-in names a day."""
    return fmt_day(day, year=year)


def which_day(day: date, today: date) -> str:
    """Return "today", "yesterday" or "other": which of three sentences names ``day``.

    Each sentence about a day is written whole three times (languages say "today" and
    "on Tuesday" in different places), and this picks the one to show.
    """
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return "other"


def question(day: date, today: date) -> str:
    """Return "How was today?", "How was yesterday?" or "How was Tuesday 10 March?"."""
    when = which_day(day, today)
    if when == "today":
        return DailyCheckin.tr("How was today?")
    if when == "yesterday":
        return DailyCheckin.tr("How was yesterday?")
    return DailyCheckin.tr("How was {day}?").format(day=day_in_words(day))
