"""When to ask for the daily check-in: the next reminder to wait for, what is due, snoozes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mslog.core.checkin.service import CheckIns
from mslog.core.checklists.reminders import LOOKBACK, SNOOZE
from mslog.core.clock import Clock


class CheckinReminderPlanner:
    """Decides when the check-in reminder is due; has no timer of its own.

    It answers the same two questions as the dose planner
    (:class:`mslog.core.checklists.reminders.ReminderPlanner`), so the window's one
    reminder timer waits for both: :meth:`next_due` says when to wake and
    :meth:`collect` returns the day to ask about, once. A day whose check-in is done
    (its spasm log said to be complete) is never asked about.

    Args:
        checkins: The check-in service.
        clock: Where "now" comes from.
    """

    def __init__(self, checkins: CheckIns, clock: Clock) -> None:
        self._checkins = checkins
        self._clock = clock
        # Reminders due after this moment have not been raised yet.
        self._since = clock.now() - timedelta(minutes=1)
        self._snoozed: tuple[date, datetime] | None = None

    def done(self, day: date) -> bool:
        """Return whether ``day``'s check-in is done (the day's spasm log is complete)."""
        checkin = self._checkins.get(day)
        return checkin is not None and checkin.complete

    def _moments(self, after: datetime, until: datetime) -> list[tuple[date, datetime]]:
        """Return (day, moment) of the reminders in ``(after, until]`` for days not done."""
        today = self._checkins.today()
        found = []
        for offset in range(-2, 3):
            day = today + timedelta(days=offset)
            moment = self._checkins.reminder_moment(day)
            if after < moment <= until and day <= today and not self.done(day):
                found.append((day, moment))
        return found

    def next_due(self) -> datetime | None:
        """Return when the next reminder (or snooze) is due, or None if none is coming."""
        times = []
        if self._snoozed is not None and not self.done(self._snoozed[0]):
            times.append(self._snoozed[1])
        today = self._checkins.today()
        for day in (today, today + timedelta(days=1)):
            moment = self._checkins.reminder_moment(day)
            if moment > self._since and not self.done(day):
                times.append(moment)
                break
        return min(times) if times else None

    def collect(self) -> date | None:
        """Return the day to ask about now (raised once), or None."""
        now = self._clock.now()
        after = max(self._since, now - LOOKBACK)
        fresh = self._moments(after, now) if now > after else []
        self._since = max(self._since, now)
        if self._snoozed is not None and self._snoozed[1] <= now:
            day, _ = self._snoozed
            self._snoozed = None
            if not self.done(day):
                fresh.append((day, now))
        if not fresh:
            return None
        return max(day for day, _ in fresh)

    def snooze(self, day: date, delay: timedelta = SNOOZE) -> datetime:
        """Ask about ``day`` again after ``delay``; return when."""
        until = self._clock.now() + delay
        self._snoozed = (day, until)
        return until

    def forget(self) -> None:
        """Drop any snooze (the check-in was opened or done)."""
        self._snoozed = None
