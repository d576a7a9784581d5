"""Formatters for numbers as MSLog shows them: one per kind of value."""

from __future__ import annotations


def fmt_number(value: float | None, digits: int = 1) -> str:
    """Return a number with ``digits`` decimals, or an en dash for none."""
    return "–" if value is None else f"{value:.{digits}f}"
