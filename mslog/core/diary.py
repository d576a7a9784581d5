"""The diary: one open database with the services that read and write it."""

from __future__ import annotations

from pathlib import Path

from mslog.core.appointments import Appointments
from mslog.core.clock import Clock, SystemClock
from mslog.core.days import DayRule
from mslog.core.db import DB_FILENAME, close_database, open_database
from mslog.core.routines.sessions import StretchLog
from mslog.core.safety import DataSafety
from mslog.core.spasms import SpasmLog
from mslog.core.trends import Trends


class Diary:
    """Everything MSLog stores, opened from one data folder.

    Args:
        data_dir: The folder holding the database (created if missing).
        clock: Where "now" comes from.
        day_rule: When a diary day starts.
    """

    def __init__(
        self,
        data_dir: Path,
        clock: Clock | None = None,
        day_rule: DayRule | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.clock: Clock = clock or SystemClock()
        self.day_rule = day_rule or DayRule()
        self.db = open_database(self.data_dir, self.clock)
        self.spasms = SpasmLog(self.db, self.clock)
        self.safety = DataSafety(self)
        self.stretches = StretchLog(self.db, self.clock)
        self.appointments = Appointments(self.db, self.clock)
        self.trends = Trends(self.db, self.day_rule)

    @property
    def path(self) -> Path:
        """The database file."""
        return self.data_dir / DB_FILENAME

    def today(self):
        """Return today's diary day."""
        return self.day_rule.day_of(self.clock.now())

    def close(self) -> None:
        """Close the database."""
        close_database()
