"""Formatters for values as MSLog shows them: one per kind of value, in the person's language."""

from __future__ import annotations

import functools
import math
import re
from datetime import date, datetime, timedelta
from typing import Protocol

from mslog.core import vocab
from mslog.core.i18n import Words


class Formatting(Words):
    """The translation context of the formatters' words and date patterns."""


class DisplayLocale(Protocol):
    """How dates and numbers are written in one language (the window's is QLocale's)."""

    def date(self, day: date, pattern: str) -> str:
        """Return ``day`` written with a QLocale date ``pattern`` (``dddd d MMMM yyyy``)."""
        ...

    def number(self, value: float, digits: int) -> str:
        """Return ``value`` with ``digits`` decimals and the language's decimal sign."""
        ...


# English names, not strftime's: %A follows the C library's locale, and %-d fails on Windows.
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
_PATTERN = re.compile(r"'[^']*'|d{1,4}|M{1,4}|yyyy|yy")


@functools.lru_cache(maxsize=64)
def _parts(pattern: str) -> tuple[tuple[bool, str], ...]:
    """Split a date pattern into (is a field, text): its fields and its literal text."""
    parts: list[tuple[bool, str]] = []
    at = 0
    for match in _PATTERN.finditer(pattern):
        token = match.group()
        parts.append((False, pattern[at : match.start()]))
        parts.append((False, token[1:-1]) if token.startswith("'") else (True, token))
        at = match.end()
    parts.append((False, pattern[at:]))
    return tuple(part for part in parts if part[1])


class EnglishLocale:
    """MSLog's English without Qt: QLocale("en")'s output for the patterns used here."""

    def date(self, day: date, pattern: str) -> str:
        """Return ``day`` written with ``pattern`` (QLocale's letters: d, M, y; '…' literal)."""
        weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
        fields = {
            "d": str(day.day),
            "dd": f"{day.day:02d}",
            "ddd": weekday[:3],
            "dddd": weekday,
            "M": str(day.month),
            "MM": f"{day.month:02d}",
            "MMM": month[:3],
            "MMMM": month,
            "yy": f"{day.year % 100:02d}",
            "yyyy": str(day.year),
        }
        return "".join(fields[text] if field else text for field, text in _parts(pattern))

    def number(self, value: float, digits: int) -> str:
        """Return ``value`` with ``digits`` decimals and a point."""
        return f"{value:.{digits}f}"


_locale: DisplayLocale = EnglishLocale()


def install_locale(locale: DisplayLocale | None) -> None:
    """Write dates and numbers the way of ``locale`` from now on (None: English again).

    The window and the command line install QLocale's for the language chosen
    (``mslog/platform/language.py``); tests and the English command line keep English.
    """
    global _locale
    _locale = locale or EnglishLocale()


def installed_locale() -> DisplayLocale:
    """Return the way dates and numbers are written now (to put it back after a change)."""
    return _locale


def weekday_name(weekday: int, *, short: bool = False) -> str:
    """Return the name of a weekday (0 is Monday): ``Monday``, or ``short``: ``Mon``."""
    return _locale.date(date(2024, 1, 1) + timedelta(days=weekday), "ddd" if short else "dddd")


def month_name(month: int, *, short: bool = False) -> str:
    """Return the name of a month (1 is January): ``March``, or ``short``: ``Mar``."""
    return _locale.date(date(2024, month, 1), "MMM" if short else "MMMM")


def fmt_number(value: float | None, digits: int = 1) -> str:
    """Return a number with ``digits`` decimals, or an en dash for none (never "-0.0")."""
    if value is None:
        return "–"
    return _locale.number(round(value, digits) + 0.0, digits)  # + 0.0: no -0.0


def fmt_duration(seconds: float | None) -> str:
    """Return how long something lasted in short words: ``45 s``, ``2 min 30 s``, ``1 h 5 min``.

    Rounded to the second; past an hour the seconds are left out. None (not said) is empty.
    """
    if seconds is None:
        return ""
    whole = max(0, round(seconds))
    if whole < 60:
        return Formatting.tr("{s} s").format(s=whole)
    minutes, rest = divmod(whole, 60)
    if minutes < 60:
        if rest:
            return Formatting.tr("{min} min {s} s").format(min=minutes, s=rest)
        return Formatting.tr("{min} min").format(min=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return Formatting.tr("{h} h {min} min").format(h=hours, min=minutes)
    return Formatting.tr("{h} h").format(h=hours)


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
    return vocab.type_label(kind, short=True)


# Hours (local) that make a time of the day before "last night" rather than "yesterday".
NIGHT_FROM, NIGHT_UNTIL = 21, 6


def fmt_day(day: date, *, year: bool = False) -> str:
    """Return a diary day as ``Monday 30 November`` (with ``year``: ``Monday 30 November 2026``).

    Every date a person reads goes through this module (never strftime's ``%a``/``%b``, which
    follow the C library's locale, nor ``%-d``, which Windows refuses). The patterns are
    QLocale's and translatable: German writes ``Montag, 30. November``.
    """
    if year:
        pattern = Formatting.tr("dddd d MMMM yyyy", "date pattern: weekday, day, month, year")
    else:
        pattern = Formatting.tr("dddd d MMMM", "date pattern: weekday, day, month")
    return _locale.date(day, pattern)


def fmt_date(day: date, *, weekday: bool = False, year: bool = True, full: bool = False) -> str:
    """Return a date in short words: ``11 Mar 2026`` (``weekday``: ``Wed 11 Mar 2026``).

    The short form for lists, charts and the report (``full``: the month's whole name, as in
    a sentence: ``from 12 March``); :func:`fmt_day` is the heading's form.
    """
    if full and year:
        pattern = Formatting.tr("d MMMM yyyy", "date pattern: day, month's name, year")
    elif full:
        pattern = Formatting.tr("d MMMM", "date pattern: day, month's name")
    elif year:
        pattern = Formatting.tr("d MMM yyyy", "date pattern: day, short month, year")
    else:
        pattern = Formatting.tr("d MMM", "date pattern: day, short month")
    if weekday:
        # Patterns compose (they are not sentences): German puts a comma after the weekday.
        outer = Formatting.tr("ddd {date}", "date pattern: short weekday, then a date")
        pattern = outer.format(date=pattern)
    return _locale.date(day, pattern)


def fmt_moment(
    moment: datetime, *, weekday: bool = True, year: bool = False, seconds: bool = False
) -> str:
    """Return a date and clock time: ``Wed 11 Mar, 14:30`` (options as :func:`fmt_date`)."""
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return Formatting.tr("{date}, {time}", "a date and a clock time").format(
        date=fmt_date(moment.date(), weekday=weekday, year=year), time=clock
    )


def fmt_month(day: date) -> str:
    """Return the month of ``day`` in short words: ``Mar 2026`` (a chart's axis)."""
    return _locale.date(day, Formatting.tr("MMM yyyy", "date pattern: month, year"))


def fmt_day_relative(day: date, today: date) -> str:
    """Return ``Today``, ``Yesterday`` or the day in words: the heading of a day shown."""
    if day == today:
        return Formatting.tr("Today")
    if day == today - timedelta(days=1):
        return Formatting.tr("Yesterday")
    return fmt_day(day, year=day.year != today.year)


def fmt_saved_in_diary(started: datetime, day: date, today: date) -> str:
    """Return what to say after an entry at ``started`` went into diary day ``day``.

    ``Saved 14:30`` for today; ``Saved 02:40, last night — in Monday's diary`` for a night
    of the day before; ``Saved 18:10 — in Saturday 28 November's diary`` further back. A
    time logged for an earlier moment vanishes from today's list: this says where it went.
    """
    at = f"{started:%H:%M}"
    if day == today:
        return Formatting.tr("Saved {time}").format(time=at)
    if day == today - timedelta(days=1):
        weekday = weekday_name(day.weekday())
        if started.hour >= NIGHT_FROM or started.hour < NIGHT_UNTIL:
            text = Formatting.tr("Saved {time}, last night — in {weekday}'s diary")
        else:
            text = Formatting.tr("Saved {time}, yesterday — in {weekday}'s diary")
        return text.format(time=at, weekday=weekday)
    text = Formatting.tr("Saved {time} — in {day}'s diary")
    return text.format(time=at, day=fmt_day(day, year=day.year != today.year))
