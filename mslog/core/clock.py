"""Clocks: the one place the domain learns what time it is."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    """Where "now" comes from; injected so dates and timers are testable."""

    def now(self) -> datetime:
        """Return the current time as an aware datetime in local time."""

    def localize(self, naive: datetime) -> datetime:
        """Attach the local time zone to a naive wall-clock time."""

    def monotonic(self) -> float:
        """Return seconds from an arbitrary, never-decreasing origin."""


class SystemClock:
    """The real clock, in the computer's own time zone."""

    def now(self) -> datetime:
        """Return the current local time, aware."""
        return datetime.now().astimezone()

    def localize(self, naive: datetime) -> datetime:
        """Interpret a naive time as local wall-clock time."""
        return naive.astimezone()

    def monotonic(self) -> float:
        """Return :func:`time.monotonic`."""
        return time.monotonic()


def to_epoch_and_offset(moment: datetime) -> tuple[int, int]:
    """Split an aware datetime into UTC epoch seconds and its UTC offset in minutes."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time zone is required")
    offset = moment.utcoffset()
    assert offset is not None
    return int(moment.timestamp()), int(offset.total_seconds() // 60)


def from_epoch_and_offset(epoch: int, offset_minutes: int) -> datetime:
    """Rebuild the wall-clock time a moment had where it was recorded."""
    tz = timezone(timedelta(minutes=offset_minutes))
    return datetime.fromtimestamp(epoch, tz)
