"""The diary day: a day starts at a set hour so a 01:30 spasm belongs to the evening before."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

DEFAULT_DAY_START_HOUR = 4


@dataclass(frozen=True)
class DayRule:
    """Maps moments to diary days.

    Attributes:
        start_hour: Local hour (0-23) at which a new diary day begins.
    """

    start_hour: int = DEFAULT_DAY_START_HOUR

    def __post_init__(self) -> None:
        if not 0 <= self.start_hour <= 23:
            raise ValueError("day start hour must be from 0 to 23")

    def day_of(self, local: datetime) -> date:
        """Return the diary day a local wall-clock time belongs to."""
        return (local - timedelta(hours=self.start_hour)).date()

    def sql_day(self, epoch_column: str, offset_column: str) -> str:
        """Return an SQL expression giving the diary day (``YYYY-MM-DD``) of a row.

        The row's own UTC offset is used, so travel and DST keep local days true.
        """
        shift = f"{epoch_column} + {offset_column} * 60 - {self.start_hour * 3600}"
        return f"date({shift}, 'unixepoch')"

    def epoch_window(self, day: date) -> tuple[int, int]:
        """Return a UTC epoch range surely containing every moment of ``day``.

        Offsets range from -12:00 to +14:00, so the window is padded by those;
        callers filter exactly with :meth:`sql_day`. This lets an index on the
        epoch column narrow the search.
        """
        start = datetime(day.year, day.month, day.day, self.start_hour)
        naive_epoch = int((start - datetime(1970, 1, 1)).total_seconds())
        return naive_epoch - 14 * 3600, naive_epoch + 24 * 3600 + 12 * 3600
