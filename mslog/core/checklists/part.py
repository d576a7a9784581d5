"""The one base of the checklists' parts: database, clock, day rule and change event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from peewee import SqliteDatabase

from mslog.core.checklists.model import ChecklistChange
from mslog.core.clock import Clock
from mslog.core.days import DayRule
from mslog.core.events import Event


class ChecklistPart:
    """What medications, doses, habits and experiments are each built from.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force (it may change while the app runs).
        changed: The checklists' one change event, where committed changes are announced.
    """

    def __init__(
        self,
        db: SqliteDatabase,
        clock: Clock,
        rule: Callable[[], DayRule],
        changed: Event[ChecklistChange],
    ) -> None:
        self._db = db
        self._clock = clock
        self._rule = rule
        self._changed = changed

    def today(self) -> date:
        """Return today's diary day."""
        return self._rule().day_of(self._clock.now())

    def _stamp(self) -> int:
        """Return now as epoch seconds, as the tables record when a row was written."""
        return int(self._clock.now().timestamp())
