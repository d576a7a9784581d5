"""Formatters for values as MSLog shows them: one per kind of value."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

from mslog.core import vocab


def fmt_number(value: float | None, digits: int = 1) -> str:
    """Return a number with ``digits`` decimals, or an en dash for none (never "-0.0")."""
    if value is None:
        return "–"
    return f"{round(value, digits) + 0.0:.{digits}f}"  # + 0.0 turns a rounded -0.0 into 0.0


def fmt_duration(seconds: float | None) -> str:
    """Return how long something lasted in short words: ``45 s``, ``2 min 30 s``, ``1 h 5 min``.

    Rounded to the second; past an hour the seconds are left out. None (not said) is empty.
    """
    if seconds is None:
        return ""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min" + (f" {rest} s" if rest else "")
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h" + (f" {minutes} min" if minutes else "")


def fmt_countdown(seconds: float) -> str:
    """Return ``m:ss`` for time left or a routine's length, rounded up as countdowns are."""
    # The allowance keeps a float sum of whole seconds (30.000000001) at 0:30, not 0:31.
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def short_type_label(kind: str | None) -> str:
    """Return a spasm type's label without its explanation (``Flexor``); empty for none.

    A key MSLog does not know (from a newer version, say) is shown as it is stored.
    """
    if not kind:
        return ""
    return vocab.TYPE_LABELS.get(kind, kind).split(" (")[0]


# English names, not strftime's: %A follows the C library's locale, and the diary's words
# must read the same whatever the desktop's locale is.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Hours (local) that make a time of the day before "last night" rather than "yesterday".
NIGHT_FROM, NIGHT_UNTIL = 21, 6


def fmt_day(day: date, *, year: bool = False) -> str:
    """Return a diary day as ``Monday 30 November`` (with ``year``: ``Monday 30 November 2026``).

    Every date a person reads goes through this module (never strftime's ``%a``/``%b``, which
    follow the C library's locale, nor ``%-d``, which Windows refuses).
    """
    words = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return f"{words} {day.year}" if year else words


def fmt_date(day: date, *, weekday: bool = False, year: bool = True, full: bool = False) -> str:
    """Return a date in short words: ``11 Mar 2026`` (``weekday``: ``Wed 11 Mar 2026``).

    The short form for lists, charts and the report (``full``: the month's whole name, as in
    a sentence: ``from 12 March``); :func:`fmt_day` is the heading's form.
    """
    month = MONTHS[day.month - 1]
    words = f"{day.day} {month if full else month[:3]}"
    if year:
        words += f" {day.year}"
    return f"{WEEKDAYS[day.weekday()][:3]} {words}" if weekday else words


def fmt_moment(
    moment: datetime, *, weekday: bool = True, year: bool = False, seconds: bool = False
) -> str:
    """Return a date and clock time: ``Wed 11 Mar, 14:30`` (options as :func:`fmt_date`)."""
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return f"{fmt_date(moment.date(), weekday=weekday, year=year)}, {clock}"


def fmt_month(day: date) -> str:
    """Return the month of ``day`` in short words: ``Mar 2026`` (a chart's axis)."""
    return f"{MONTHS[day.month - 1][:3]} {day.year}"


def fmt_day_relative(day: date, today: date) -> str:
    """Return ``Today``, ``Yesterday`` or the day in words: the heading of a day shown."""
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    return fmt_day(day, year=day.year != today.year)


def fmt_saved_in_diary(started: datetime, day: date, today: date) -> str:
    """Return what to say after an entry at ``started`` went into diary day ``day``.

    ``Saved 14:30`` for today; ``Saved 02:40, last night — in Monday's diary`` for a night
    of the day before; ``Saved 18:10 — in Saturday 28 November's diary`` further back. A
    time logged for an earlier moment vanishes from today's list: this says where it went.
    """
    at = f"{started:%H:%M}"
    if day == today:
        return f"Saved {at}"
    if day == today - timedelta(days=1):
        night = started.hour >= NIGHT_FROM or started.hour < NIGHT_UNTIL
        when = "last night" if night else "yesterday"
        return f"Saved {at}, {when} — in {WEEKDAYS[day.weekday()]}'s diary"
    return f"Saved {at} — in {fmt_day(day, year=day.year != today.year)}'s diary"
