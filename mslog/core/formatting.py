"""Formatters for values as MSLog shows them: one per kind of value."""

from __future__ import annotations

import math

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
