"""Test doubles: a clock that only moves when told to."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


class FakeClock:
    """A :class:`mslog.core.clock.Clock` whose time is set and advanced by the test.

    Args:
        start: The initial local time; naive values are read in ``tz``.
        tz: The time zone "local" time is in.
    """

    def __init__(self, start: datetime, tz: ZoneInfo = LONDON) -> None:
        self.tz = tz
        self._now = start if start.tzinfo else start.replace(tzinfo=tz)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        """Return the current fake local time."""
        return self._now.astimezone(self.tz)

    def localize(self, naive: datetime) -> datetime:
        """Read a naive wall-clock time in the fake time zone."""
        return naive.replace(tzinfo=self.tz)

    def monotonic(self) -> float:
        """Return fake monotonic seconds."""
        return self._monotonic

    def advance(self, seconds: float = 0, **kwargs: float) -> None:
        """Move time forward by ``seconds`` (or ``timedelta`` keyword arguments)."""
        step = timedelta(seconds=seconds, **kwargs)
        self._now = self._now + step
        self._monotonic += step.total_seconds()

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (naive values are read in the fake zone)."""
        moment = moment if moment.tzinfo else moment.replace(tzinfo=self.tz)
        self._monotonic += max(0.0, (moment - self._now).total_seconds())
        self._now = moment
