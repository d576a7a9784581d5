"""Undoable check-in actions: each puts back the exact check-in or factor list it replaced."""

from __future__ import annotations

from datetime import date

from mslog.core.checkin import CheckIn, CheckIns, DayFactor
from mslog.ui.checklists.commands import CallbackCommand, Say


def checkin_command(
    checkins: CheckIns,
    day: date,
    before: CheckIn | None,
    after: CheckIn | None,
    text: str,
    say: Say,
) -> CallbackCommand:
    """A day's check-in went from ``before`` (or none) to ``after``; undo puts back ``before``."""
    return CallbackCommand(
        text, lambda: checkins.put(day, before), lambda: checkins.put(day, after), say
    )


def add_factor_command(checkins: CheckIns, factor: DayFactor, say: Say) -> CallbackCommand:
    """The person added their own factor; undo takes it off the list again."""
    return CallbackCommand(
        f"adding {factor.name}",
        lambda: checkins.retire_factor(factor.uuid, checkins.today()),
        lambda: checkins.unretire_factor(factor.uuid),
        say,
    )


def rename_factor_command(
    checkins: CheckIns, uuid: str, old: str, new: str, say: Say
) -> CallbackCommand:
    """A factor was renamed; undo gives it its old name back."""
    return CallbackCommand(
        f"renaming {old} to {new}",
        lambda: checkins.rename_factor(uuid, old),
        lambda: checkins.rename_factor(uuid, new),
        say,
    )


def remove_factor_command(checkins: CheckIns, factor: DayFactor, say: Say) -> CallbackCommand:
    """A factor is no longer offered from today; undo offers it again."""
    return CallbackCommand(
        f"removal of {factor.name}",
        lambda: checkins.unretire_factor(factor.uuid),
        lambda: checkins.retire_factor(factor.uuid, factor.retired_on or checkins.today()),
        say,
    )
