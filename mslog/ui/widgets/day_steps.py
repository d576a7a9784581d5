"""The buttons that step to the day before or after (Checklists, History, the check-in).

One source for all three, so they read and answer alike in every language: the same words,
names and keys (Alt+Left, Alt+Right). The shortcut in a tooltip is written as the language
writes keys ("Alt+Links" in German), from Qt's words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

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


def day_step_buttons(
    owner: QWidget, step: Callable[[int], None]
) -> tuple[QPushButton, QPushButton]:
    """Return the "◀  Day before" and "Day after  ▶" buttons of ``owner``.

    Args:
        owner: The tab or dialog they step through: Alt+Left and Alt+Right press them
            anywhere inside it (nothing while a button is disabled).
        step: Called with -1 or 1, the days to move.
    """
    buttons = []
    for text, name, keys, days in (
        (day_before_text(), day_before_name(), BEFORE_KEYS, -1),
        (day_after_text(), day_after_name(), AFTER_KEYS, 1),
    ):
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(with_keys(name, keys))
        button.clicked.connect(lambda _=False, days=days: step(days))
        shortcut = QShortcut(QKeySequence(keys), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(button.click)  # a disabled button does not click
        buttons.append(button)
    return buttons[0], buttons[1]
