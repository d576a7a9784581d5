"""What one diary day holds, read through each feature's own service (no SQL of its own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mslog.core.checkin.service import CheckIn
    from mslog.core.checklists.model import DoseRecord, Habit, HabitTick, ScheduledDose
    from mslog.core.checklists.side_effects import SideEffect
    from mslog.core.checklists.treatments import Treatment
    from mslog.core.diary import Diary
    from mslog.core.routines.sessions import StretchSession
    from mslog.core.spasms.log import Spasm


@dataclass(frozen=True)
class HabitOfDay:
    """A habit listed on the day (or ticked on it), with its tick if it was done."""

    habit: Habit
    tick: HabitTick | None


@dataclass(frozen=True)
class DayEntries:
    """Everything the diary holds for one day, each kind in time order.

    Attributes:
        day: The diary day.
        spasms: The spasms logged, oldest first.
        doses: The doses the day's schedule asked for, each with what was recorded.
        as_needed: The as-needed doses taken, oldest first.
        as_needed_names: The medication name of each as-needed dose, by its uuid.
        habits: The habits listed that day (and any ticked then removed), with their ticks.
        checkin: The day's check-in, or None.
        sessions: The stretch sessions started that day, oldest first.
        treatments: The treatment events of the day.
        side_effects: The side effects noted for the day.
    """

    day: date
    spasms: tuple[Spasm, ...] = ()
    doses: tuple[ScheduledDose, ...] = ()
    as_needed: tuple[DoseRecord, ...] = ()
    as_needed_names: tuple[tuple[str, str], ...] = ()
    habits: tuple[HabitOfDay, ...] = ()
    checkin: CheckIn | None = None
    sessions: tuple[StretchSession, ...] = ()
    treatments: tuple[Treatment, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all was recorded that day (an open dose is not a record)."""
        return not (
            self.spasms
            or any(d.record is not None for d in self.doses)
            or self.as_needed
            or any(h.tick is not None for h in self.habits)
            or (self.checkin is not None and not self.checkin.is_empty)
            or self.sessions
            or self.treatments
            or self.side_effects
        )


def what_day_holds(diary: Diary, day: date) -> DayEntries:
    """Return everything recorded for diary day ``day``."""
    rule = diary.day_rule
    checklists = diary.checklists
    ticks = checklists.habits.ticks_on(day)
    habits = [
        HabitOfDay(habit, ticks.get(habit.uuid))
        for habit in checklists.habits.listed(None)
        if habit.listed_on(day) or habit.uuid in ticks
    ]
    as_needed = checklists.doses.as_needed_on(day)
    names = {}
    for record in as_needed:
        names[record.uuid] = checklists.medications.get(record.medication_uuid).name
    return DayEntries(
        day=day,
        spasms=tuple(diary.spasms.between(day, day, rule)),
        doses=tuple(checklists.doses.scheduled_on(day)),
        as_needed=tuple(as_needed),
        as_needed_names=tuple(names.items()),
        habits=tuple(habits),
        checkin=diary.checkins.get(day),
        sessions=tuple(diary.stretches.between(day, day, rule)),
        treatments=tuple(checklists.treatments.between(day, day)),
        side_effects=tuple(checklists.effects.on_day(day)),
    )


def days_with_entries(diary: Diary, first: date, last: date) -> set[date]:
    """Return the diary days from ``first`` to ``last`` that hold any record (for a calendar)."""
    rule = diary.day_rule
    checklists = diary.checklists
    days = {rule.day_of(s.started) for s in diary.spasms.between(first, last, rule)}
    for record in checklists.doses.between(first, last):
        if record.slot_local is not None:
            days.add(checklists.doses.slot_day(record.slot_local))
        elif record.taken is not None:
            days.add(rule.day_of(record.taken))
    days |= {h.day for h in checklists.habit_completion(first, last) if h.done}
    days |= {d for d, c in diary.checkins.between(first, last).items() if not c.is_empty}
    days |= {rule.day_of(s.started) for s in diary.stretches.between(first, last, rule)}
    days |= {t.day for t in checklists.treatments.between(first, last)}
    days |= {e.day for e in checklists.effects.between(first, last)}
    return {d for d in days if first <= d <= last}
