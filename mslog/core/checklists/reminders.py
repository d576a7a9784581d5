"""When dose reminders are due: the next one to wait for, what is due now, snoozes, catch-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from mslog.core.checklists.model import Checklist
from mslog.core.checklists.service import Checklists
from mslog.core.clock import Clock

SNOOZE = timedelta(minutes=10)
# A reminder noticed later than this after its time was missed (sleep, suspend, busy machine).
CATCH_UP_AFTER = timedelta(minutes=5)
# Reminders older than this are not raised at all: the Checklists tab shows them as late.
LOOKBACK = timedelta(hours=12)


@dataclass(frozen=True)
class Reminder:
    """A scheduled dose to remind about.

    Attributes:
        medication_uuid: The medication.
        label: "Baclofen 10 mg".
        time_of_day: Its prescribed time ("08:00").
        slot_local: Its local date and time, identifying the dose.
        due: When it is due, aware.
    """

    medication_uuid: str
    label: str
    time_of_day: str
    slot_local: str
    due: datetime

    @property
    def key(self) -> tuple[str, str]:
        """Identifies the dose: medication and slot."""
        return (self.medication_uuid, self.slot_local)

    def text(self) -> str:
        """Return "08:00 Baclofen 10 mg"."""
        return f"{self.time_of_day} {self.label}"


@dataclass(frozen=True)
class ReminderBatch:
    """Reminders raised together: one notification, however many doses.

    Attributes:
        reminders: The doses, in time order.
        catch_up: They were missed while MSLog could not run (sleep or suspend).
    """

    reminders: tuple[Reminder, ...]
    catch_up: bool = False

    def title(self) -> str:
        """Return the notification title."""
        count = len(self.reminders)
        if self.catch_up:
            return Checklist.tr("%n doses came due while MSLog was paused", "", count)
        if count == 1:
            return Checklist.tr("Time for {dose}").format(dose=self.reminders[0].label)
        return Checklist.tr("%n doses are due", "", count)

    def text(self) -> str:
        """Return the notification body: the doses, one a line."""
        lines = [r.text() for r in self.reminders]
        lines.append(Checklist.tr("Tick them in MSLog when taken, or snooze."))
        return "\n".join(lines)


class ReminderPlanner:
    """Decides which dose reminders are due; has no timer of its own.

    A driver asks :meth:`next_due` when to wake, then calls :meth:`collect` at
    (or after) that time. Each dose is raised once; a dose already ticked or
    skipped is never raised; reminders found late (after a suspend) come as a
    single catch-up batch.

    Args:
        checklists: The checklists service.
        clock: Where "now" comes from.
    """

    def __init__(self, checklists: Checklists, clock: Clock) -> None:
        self._checklists = checklists
        self._clock = clock
        # Doses due after this moment have not been raised yet.
        self._since = clock.now() - timedelta(minutes=1)
        self._snoozed: dict[tuple[str, str], tuple[Reminder, datetime]] = {}

    def open_reminders(self, after: datetime, until: datetime) -> list[Reminder]:
        """Return open doses with reminders on, due in ``(after, until]``, in time order."""
        rule = self._checklists.rule
        day = rule.day_of(after) - timedelta(days=1)
        last = rule.day_of(until) + timedelta(days=1)
        found = []
        while day <= last:
            for dose in self._checklists.doses.scheduled_on(day):
                if (
                    dose.record is None
                    and not dose.off_schedule
                    and dose.medication.reminders
                    and after < dose.due <= until
                ):
                    found.append(
                        Reminder(
                            dose.medication.uuid,
                            dose.label,
                            dose.time_of_day,
                            dose.slot_local,
                            dose.due,
                        )
                    )
            day += timedelta(days=1)
        return sorted(found, key=lambda r: (r.due, r.label))

    def next_due(self) -> datetime | None:
        """Return when the next reminder (or snooze) is due, or None if none is coming."""
        times = [until for _, until in self._snoozed.values()]
        start = self._since
        # Two days ahead always reaches tomorrow's first dose.
        upcoming = self.open_reminders(start, max(start, self._clock.now()) + timedelta(days=2))
        if upcoming:
            times.append(upcoming[0].due)
        return min(times) if times else None

    def collect(self) -> ReminderBatch | None:
        """Return the reminders due by now that were not raised yet, or None.

        Doses ticked or skipped in the meantime (even while snoozed) are dropped.
        """
        now = self._clock.now()
        after = max(self._since, now - LOOKBACK)
        fresh = self.open_reminders(after, now) if now > after else []
        self._since = max(self._since, now)
        woken = []
        for key, (reminder, until) in list(self._snoozed.items()):
            if until <= now:
                del self._snoozed[key]
                woken.append((reminder, until))
        still_open = {r.key for r in self.open_reminders(now - 2 * LOOKBACK, now)}
        due = [r for r in fresh if r.key not in self._snoozed]
        due += [r for r, _ in woken if r.key in still_open and r.key not in {d.key for d in due}]
        if not due:
            return None
        missed = any(now - r.due > CATCH_UP_AFTER for r in fresh)
        missed = missed or any(now - until > CATCH_UP_AFTER for _, until in woken)
        return ReminderBatch(tuple(sorted(due, key=lambda r: (r.due, r.label))), missed)

    def snooze(self, reminder: Reminder, delay: timedelta = SNOOZE) -> datetime:
        """Raise ``reminder`` again after ``delay``; return when."""
        until = self._clock.now() + delay
        self._snoozed[reminder.key] = (reminder, until)
        return until

    def forget(self, reminder: Reminder) -> None:
        """Drop any snooze of ``reminder`` (it was ticked or skipped)."""
        self._snoozed.pop(reminder.key, None)
