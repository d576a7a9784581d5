"""The checklists facade: one object over medications, doses and habits, as callers know it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from peewee import SqliteDatabase

from mslog.core.checklists import queries
from mslog.core.checklists.doses import Doses
from mslog.core.checklists.habits import Habits
from mslog.core.checklists.medications import Medications
from mslog.core.checklists.model import (
    ChecklistChange,
    DayProgress,
    DoseRecord,
    Habit,
    HabitTick,
    Medication,
    ScheduledDose,
)
from mslog.core.clock import Clock
from mslog.core.days import DayRule
from mslog.core.events import Event


class Checklists:
    """Medications with versioned schedules, their doses, and the daily self-care habits.

    Each part does its own work (:class:`Medications`, :class:`Doses`, :class:`Habits`);
    this facade keeps the one name the tab, the reminders, the command line and the
    tests use, and shares one ``changed`` event between the parts.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force (it may change while the app runs).
    """

    def __init__(self, db: SqliteDatabase, clock: Clock, rule: Callable[[], DayRule]) -> None:
        self._db = db
        self._clock = clock
        self._rule = rule
        self.changed: Event[ChecklistChange] = Event()
        self._medications = Medications(db, clock, rule, self.changed)
        self._doses = Doses(db, clock, rule, self.changed, self._medications)
        self._habits = Habits(db, clock, rule, self.changed)

    # --- days and slots ---

    @property
    def rule(self) -> DayRule:
        """The diary-day rule in force."""
        return self._rule()

    def today(self) -> date:
        """Return today's diary day."""
        return self.rule.day_of(self._clock.now())

    def slot_local(self, day: date, time_of_day: str) -> str:
        """Return the local date and time of a dose time on a diary day."""
        return self._doses.slot_local(day, time_of_day)

    def slot_moment(self, slot_local: str) -> datetime:
        """Return the aware moment of a local slot."""
        return self._doses.slot_moment(slot_local)

    def slot_day(self, slot_local: str) -> date:
        """Return the diary day a local slot belongs to."""
        return self._doses.slot_day(slot_local)

    # --- medications ---

    def all_medications(self) -> list[Medication]:
        """Return every medication ever added, stopped ones included, in list order."""
        return self._medications.all()

    def medications(self, day: date | None = None) -> list[Medication]:
        """Return the medications taken on ``day`` (default today)."""
        return self._medications.taken_on(day or self.today())

    def get_medication(self, uuid: str) -> Medication:
        """Return one medication with its history (see :meth:`Medications.get`)."""
        return self._medications.get(uuid)

    def add_medication(
        self,
        name: Any,
        *,
        times: Iterable[Any] | str = (),
        as_needed: bool = False,
        amount: Any = None,
        unit: Any = "",
        strength: Any = "",
        starts: date | None = None,
        reminders: bool = True,
    ) -> Medication:
        """Add a medication taken from ``starts`` (default today) and return it."""
        return self._medications.add(
            name,
            times=times,
            as_needed=as_needed,
            amount=amount,
            unit=unit,
            strength=strength,
            starts=starts,
            reminders=reminders,
        )

    def change_medication(
        self,
        uuid: str,
        *,
        effective_from: date,
        times: Iterable[Any] | str = (),
        as_needed: bool = False,
        amount: Any = None,
        unit: Any = "",
        strength: Any = "",
    ) -> Medication:
        """Record a new amount or schedule from ``effective_from``; earlier days keep theirs."""
        return self._medications.change(
            uuid,
            effective_from=effective_from,
            times=times,
            as_needed=as_needed,
            amount=amount,
            unit=unit,
            strength=strength,
        )

    def stop_medication(self, uuid: str, from_day: date) -> Medication:
        """Record that the medication is not taken from ``from_day`` on (history stays)."""
        return self._medications.stop(uuid, from_day)

    def rename_medication(self, uuid: str, name: Any) -> Medication:
        """Correct the name of a medication."""
        return self._medications.rename(uuid, name)

    def set_reminders(self, uuid: str, on: bool) -> Medication:
        """Switch reminders for one medication on or off."""
        return self._medications.set_reminders(uuid, on)

    # --- doses ---

    def doses_for_day(self, day: date) -> list[ScheduledDose]:
        """Return the day's scheduled doses in time order, each with what was recorded."""
        return self._doses.scheduled_on(day)

    def as_needed_for_day(self, day: date) -> list[DoseRecord]:
        """Return the as-needed doses taken on a diary day, in time order."""
        return self._doses.as_needed_on(day)

    def mark_taken(
        self, medication_uuid: str, slot_local: str, at: datetime | None = None
    ) -> DoseRecord:
        """Tick a scheduled dose as taken (see :meth:`Doses.mark_taken`)."""
        return self._doses.mark_taken(medication_uuid, slot_local, at)

    def mark_skipped(self, medication_uuid: str, slot_local: str, reason: Any = "") -> DoseRecord:
        """Record that a scheduled dose was skipped, with an optional reason."""
        return self._doses.mark_skipped(medication_uuid, slot_local, reason)

    def clear_dose(self, medication_uuid: str, slot_local: str) -> DoseRecord | None:
        """Untick a scheduled dose (back to open); return what was removed, for undo."""
        return self._doses.clear(medication_uuid, slot_local)

    def restore_dose(self, record: DoseRecord) -> DoseRecord:
        """Put back a dose record removed earlier (undo), replacing what is there now."""
        return self._doses.restore(record)

    def set_taken_time(self, dose_uuid: str, at: datetime) -> DoseRecord:
        """Correct when a taken dose was taken."""
        return self._doses.set_taken_time(dose_uuid, at)

    def log_as_needed(
        self, medication_uuid: str, at: datetime | None = None, amount: Any = None
    ) -> DoseRecord:
        """Record an as-needed (or extra) dose taken at ``at`` (default now)."""
        return self._doses.log_as_needed(medication_uuid, at, amount)

    def delete_dose(self, uuid: str) -> DoseRecord:
        """Remove a dose record; return it so :meth:`restore_dose` can undo."""
        return self._doses.delete(uuid)

    def get_dose(self, uuid: str) -> DoseRecord:
        """Return one dose record (see :meth:`Doses.get`)."""
        return self._doses.get(uuid)

    # --- habits ---

    def habits(self, day: date | None = None) -> list[Habit]:
        """Return the habits listed on ``day`` (default: every habit, retired ones too)."""
        return self._habits.listed(day)

    def get_habit(self, uuid: str) -> Habit:
        """Return one habit (see :meth:`Habits.get`)."""
        return self._habits.get(uuid)

    def add_habit(self, name: Any) -> Habit:
        """Add a habit at the end of the checklist."""
        return self._habits.add(name)

    def rename_habit(self, uuid: str, name: Any) -> Habit:
        """Rename a habit (its ticks stay with it)."""
        return self._habits.rename(uuid, name)

    def move_habit(self, uuid: str, step: int) -> Habit:
        """Move a habit up (negative ``step``) or down the checklist."""
        return self._habits.move(uuid, step)

    def retire_habit(self, uuid: str, from_day: date | None = None) -> Habit:
        """Take a habit off the checklist from ``from_day`` (default today); past ticks stay."""
        return self._habits.retire(uuid, from_day)

    def unretire_habit(self, uuid: str) -> Habit:
        """Put a retired habit back on the checklist."""
        return self._habits.unretire(uuid)

    def ticks_for_day(self, day: date) -> dict[str, HabitTick]:
        """Return the day's ticks by habit uuid (the first tick of a habit counts)."""
        return self._habits.ticks_on(day)

    def tick_habit(
        self,
        uuid: str,
        day: date | None = None,
        at: datetime | None = None,
        source: str = "manual",
    ) -> HabitTick:
        """Tick a habit done on a diary day (see :meth:`Habits.tick`)."""
        return self._habits.tick(uuid, day, at, source)

    def untick_habit(self, uuid: str, day: date) -> HabitTick | None:
        """Remove a habit's ticks on a day; return the one shown, for undo."""
        return self._habits.untick(uuid, day)

    def restore_tick(self, tick: HabitTick) -> HabitTick:
        """Put back a tick removed earlier (undo)."""
        return self._habits.restore_tick(tick)

    def tick_habit_for_stretch_session(self, ended: datetime) -> HabitTick | None:
        """Tick "Stretching" for the day a stretch session ended on (None if not listed)."""
        return self._habits.tick_for_stretch_session(ended)

    def follow_stretch_sessions(self, completed: Event[Any]) -> None:
        """Tick "Stretching" whenever ``completed`` announces a finished stretch session."""
        self._habits.follow_stretch_sessions(completed)

    # --- summaries ---

    def progress(self, day: date) -> DayProgress:
        """Return the day's progress at a glance."""
        doses = [d for d in self.doses_for_day(day) if not d.off_schedule]
        listed = {h.uuid for h in self.habits(day)}
        return DayProgress(
            doses_taken=sum(d.state == "taken" for d in doses),
            doses_skipped=sum(d.state == "skipped" for d in doses),
            doses_scheduled=len(doses),
            habits_done=sum(1 for u in self.ticks_for_day(day) if u in listed),
        )

    def adherence(self, first: date, last: date) -> list[queries.DoseAdherence]:
        """Return per-day, per-medication adherence (see :func:`queries.adherence`)."""
        return queries.adherence(self._db, self.rule, first, last, self._clock.now())

    def adherence_totals(self, first: date, last: date) -> list[queries.AdherenceTotal]:
        """Return adherence per medication over the whole range."""
        return queries.totals(self.adherence(first, last))

    def habit_completion(self, first: date, last: date) -> list[queries.HabitDay]:
        """Return per-day habit completion (see :func:`queries.habit_completion`)."""
        return queries.habit_completion(self._db, self.rule, first, last)
