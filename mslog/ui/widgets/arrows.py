"""The arrows on back and forward buttons, pointing the way the widget's layout reads."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def back_arrow(widget: QWidget) -> str:
    """Return the arrow for going back (to the day before, the step before)."""
    return "▶" if widget.isRightToLeft() else "◀"


def forward_arrow(widget: QWidget) -> str:
    """Return the arrow for going forward (to the day after, the next step)."""
    return "◀" if widget.isRightToLeft() else "▶"
