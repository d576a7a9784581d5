"""When to remind of the next baclofen pump refill: a few days before, on the day, and after."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from mslog.core.checklists.treatments import RefillDue, Treatments
from mslog.core.clock import Clock

# Reminded a week, three days and a day before, on the day, then each day until recorded
# (up to a week: by then the person knows, and the Treatments card still says it).
DAYS_BEFORE = (7, 3, 1, 0)
DAYS_AFTER = 7
# The time of day the reminder comes: after waking, in time to call the clinic.
REMIND_AT = time(9, 0)
# How far ahead the Treatments card shows the coming refill.
SHOWN_AHEAD = 14


def reminded_on(due: RefillDue, day: date) -> bool:
    """Return whether a reminder of ``due`` comes on ``day``."""
    left = due.days_left(day)
    return left in DAYS_BEFORE or -DAYS_AFTER <= left < 0


def shown_on(due: RefillDue, day: date) -> bool:
    """Return whether the Treatments card mentions ``due`` on ``day``."""
    return due.days_left(day) <= SHOWN_AHEAD


class RefillReminderPlanner:
    """Decides when the pump refill reminder is due; has no timer of its own.

    It answers the same two questions as the dose planner
    (:class:`mslog.core.checklists.reminders.ReminderPlanner`), so the window's one
    reminder timer waits for it too: :meth:`next_due` says when to wake and
    :meth:`collect` returns the refill to remind of, once a day.

    Args:
        treatments: The treatment record.
        clock: Where "now" comes from.
    """

    def __init__(self, treatments: Treatments, clock: Clock) -> None:
        self._treatments = treatments
        self._clock = clock
        self._raised: set[date] = set()  # days whose reminder has been given

    def _moment(self, day: date) -> datetime:
        return self._clock.localize(datetime.combine(day, REMIND_AT))

    def next_due(self) -> datetime | None:
        """Return when the next reminder is due (maybe already passed), or None."""
        due = self._treatments.refill_due()
        if due is None:
            return None
        today = self._treatments.today()
        for offset in range(max(DAYS_BEFORE) + 1):
            day = today + timedelta(days=offset)
            if day not in self._raised and reminded_on(due, day):
                return self._moment(day)
        return None

    def collect(self) -> RefillDue | None:
        """Return the refill to remind of now (once a day), or None."""
        due = self._treatments.refill_due()
        today = self._treatments.today()
        if due is None or today in self._raised or not reminded_on(due, today):
            return None
        if self._clock.now() < self._moment(today):
            return None
        self._raised.add(today)
        return due
