"""The diary: one open database with the services that read and write it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from mslog.core.clock import Clock, SystemClock
from mslog.core.days import DayRule
from mslog.core.preferences import Preferences
from mslog.core.spasms.log import SpasmLog
from mslog.core.storage.database import Checks, Database

if TYPE_CHECKING:
    from mslog.core.appointments import Appointments
    from mslog.core.checkin import CheckIns
    from mslog.core.checkin.self_ratings import SelfRatings
    from mslog.core.checklists import Checklists
    from mslog.core.checklists.experiments import Experiments
    from mslog.core.routines.sessions import StretchLog
    from mslog.core.safety import DataSafety
    from mslog.core.trends import Trends


class Diary:
    """Everything MSLog stores, opened from one data folder.

    The spasm log is ready at once; the other services load on first use, so opening
    the diary (and the window behind the big button) pays only for what is used.

    Args:
        data_dir: The folder holding the database (created if missing).
        clock: Where "now" comes from.
        day_rule: When a diary day starts (default: the diary's stored preference).
        checks: When the whole file is checked and backed up (see
            :class:`~mslog.core.storage.database.Checks`).
    """

    def __init__(
        self,
        data_dir: Path,
        clock: Clock | None = None,
        day_rule: DayRule | None = None,
        checks: Checks = Checks.AT_OPEN,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.clock: Clock = clock or SystemClock()
        self.db = Database(self.data_dir, self.clock, checks)
        self.preferences = Preferences(self.db)
        self.day_rule = day_rule or self.preferences.day_rule()
        self.spasms = SpasmLog(self.db, self.clock)

    @cached_property
    def safety(self) -> DataSafety:
        """Backups, restore and import."""
        from mslog.core.safety import DataSafety

        return DataSafety(self)

    @cached_property
    def stretches(self) -> StretchLog:
        """Stretch sessions; a finished one ticks the "Stretching" habit."""
        from mslog.core.routines.sessions import StretchLog

        log = StretchLog(self.db, self.clock)
        self.checklists.habits.follow_stretch_sessions(log.completed)
        return log

    @cached_property
    def appointments(self) -> Appointments:
        """Appointments and the questions for the next one."""
        from mslog.core.appointments import Appointments

        return Appointments(self.db, self.clock)

    @cached_property
    def trends(self) -> Trends:
        """Aggregates for the Trends tab and the report."""
        from mslog.core.trends import Trends

        return Trends(self.db, lambda: self.day_rule)

    @cached_property
    def checkins(self) -> CheckIns:
        """Daily check-ins and the day factors they tick."""
        from mslog.core.checkin import CheckIns

        return CheckIns(self.db, self.clock, lambda: self.day_rule, self.preferences)

    @cached_property
    def self_ratings(self) -> SelfRatings:
        """Self-rated Penn and Snow answers (announced on the check-ins' event)."""
        from mslog.core.checkin.self_ratings import SelfRatings

        return SelfRatings(self.db, self.clock, lambda: self.day_rule, self.checkins.changed)

    @cached_property
    def checklists(self) -> Checklists:
        """Medications, doses and self-care habits."""
        from mslog.core.checklists import Checklists

        return Checklists(self.db, self.clock, lambda: self.day_rule)

    @cached_property
    def experiments(self) -> Experiments:
        """Planned self-experiments: weeks with and without a habit."""
        from mslog.core.checklists.experiments import Experiments

        return Experiments(self.db, self.clock, lambda: self.day_rule, self.checklists.changed)

    @property
    def path(self) -> Path:
        """The database file."""
        return self.db.path

    def today(self):
        """Return today's diary day."""
        return self.day_rule.day_of(self.clock.now())

    def set_day_start_hour(self, hour: int) -> None:
        """Store the hour a diary day starts at (validated) and use it from now on."""
        self.day_rule = DayRule(self.preferences.set_day_start_hour(hour))

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> Diary:
        """Use the diary in a ``with`` block, which closes it at the end."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the diary."""
        self.close()
