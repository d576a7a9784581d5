"""The diary: one open database with the services that read and write it."""

from __future__ import annotations

from pathlib import Path

from mslog.core.appointments import Appointments
from mslog.core.checklists import Checklists
from mslog.core.clock import Clock, SystemClock
from mslog.core.days import DayRule
from mslog.core.db import DB_FILENAME, close_database, open_database
from mslog.core.preferences import Preferences
from mslog.core.routines.sessions import StretchLog
from mslog.core.safety import DataSafety
from mslog.core.spasms import SpasmLog
from mslog.core.trends import Trends


class Diary:
    """Everything MSLog stores, opened from one data folder.

    Args:
        data_dir: The folder holding the database (created if missing).
        clock: Where "now" comes from.
        day_rule: When a diary day starts (default: the diary's stored preference).
    """

    def __init__(
        self,
        data_dir: Path,
        clock: Clock | None = None,
        day_rule: DayRule | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.clock: Clock = clock or SystemClock()
        self.db = open_database(self.data_dir, self.clock)
        self.preferences = Preferences(self.db)
        self.day_rule = day_rule or self.preferences.day_rule()
        self.spasms = SpasmLog(self.db, self.clock)
        self.safety = DataSafety(self)
        self.stretches = StretchLog(self.db, self.clock)
        self.appointments = Appointments(self.db, self.clock)
        self.trends = Trends(self.db, lambda: self.day_rule)
        self.checklists = Checklists(self.db, self.clock, lambda: self.day_rule)
        self.checklists.follow_stretch_sessions(self.stretches.completed)

    @property
    def path(self) -> Path:
        """The database file."""
        return self.data_dir / DB_FILENAME

    def today(self):
        """Return today's diary day."""
        return self.day_rule.day_of(self.clock.now())

    def set_day_start_hour(self, hour: int) -> None:
        """Store the hour a diary day starts at (validated) and use it from now on."""
        self.day_rule = DayRule(self.preferences.set_day_start_hour(hour))

    def close(self) -> None:
        """Close the database."""
        close_database()
