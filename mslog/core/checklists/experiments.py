"""Planned self-experiments (n-of-1): weeks with and without a habit, in a random order."""

from __future__ import annotations

from typing import Any

from mslog.core.errors import ValidationError

WITH, WITHOUT = "A", "B"
MIN_WEEKS, MAX_WEEKS = 2, 12


def check_pattern(value: Any) -> str:
    """Return a week pattern: 2 to 12 letters, A (with the habit) or B (without), both used."""
    if not isinstance(value, str) or not MIN_WEEKS <= len(value) <= MAX_WEEKS:
        raise ValidationError("pattern", f"must be {MIN_WEEKS} to {MAX_WEEKS} letters A or B")
    if set(value) - {WITH, WITHOUT}:
        raise ValidationError("pattern", f"uses only the letters A and B, not {value!r}")
    if set(value) != {WITH, WITHOUT}:
        raise ValidationError("pattern", "needs weeks both with (A) and without (B) the habit")
    return value
