"""The words of the buttons that step to the day before or after (Checklists, History).

One source for both tabs, so the two read alike in every language. The shortcut in a
tooltip is written as the language writes keys ("Alt+Links" in German), from Qt's words.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from mslog.core.i18n import Words

# The keys that step a day back and on, where the day-step buttons are.
BEFORE_KEYS = "Alt+Left"
AFTER_KEYS = "Alt+Right"


class DaySteps(Words):
    """The translation context of the day-step buttons."""


def day_before_text() -> str:
    """Return the button's words: "◀  Day before"."""
    return DaySteps.tr("◀  Day before")


def day_after_text() -> str:
    """Return the button's words: "Day after  ▶"."""
    return DaySteps.tr("Day after  ▶")


def day_before_name() -> str:
    """Return the button's accessible name: "Show the day before"."""
    return DaySteps.tr("Show the day before")


def day_after_name() -> str:
    """Return the button's accessible name: "Show the day after"."""
    return DaySteps.tr("Show the day after")


def keys_text(keys: str) -> str:
    """Return a shortcut ("Alt+Left") as the person's language writes it ("Alt+Links")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def with_keys(action: str, keys: str) -> str:
    """Return a tooltip: what a button does and its shortcut, "Show the day before (Alt+Left)"."""
    return DaySteps.tr("{action} ({keys})", "a button's name and its shortcut").format(
        action=action, keys=keys_text(keys)
    )
