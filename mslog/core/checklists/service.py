"""The checklists: medications, doses and habits as parts, and the summaries that span them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from peewee import SqliteDatabase

from mslog.core.checklists import queries
from mslog.core.checklists.doses import Doses
from mslog.core.checklists.habits import Habits
from mslog.core.checklists.medications import Medications
from mslog.core.checklists.model import ChecklistChange, DayProgress
from mslog.core.checklists.side_effects import SideEffect, SideEffects
from mslog.core.checklists.treatments import Treatments
from mslog.core.clock import Clock
from mslog.core.days import DayRule
from mslog.core.events import Event


class Checklists:
    """Medications with versioned schedules, their doses, self-care habits and treatments.

    Each part does its own work and is used directly (``checklists.medications.add``,
    ``checklists.doses.mark_taken``, ``checklists.habits.tick``); this object builds them
    over one ``changed`` event and holds what spans them (the day's progress, adherence,
    habit completion).

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force (it may change while the app runs).

    Attributes:
        changed: Every committed change of a medication, dose, habit or tick.
        medications: The medication list and each one's prescription history.
        doses: Scheduled doses ticked taken or skipped, and as-needed doses.
        habits: The habit list and each day's ticks.
        treatments: Treatments that are events (injections, pump refills, physiotherapy).
        effects: Side effects noted on a day, for a medication or for one dose.
    """

    def __init__(self, db: SqliteDatabase, clock: Clock, rule: Callable[[], DayRule]) -> None:
        self._db = db
        self._clock = clock
        self._rule = rule
        self.changed: Event[ChecklistChange] = Event()
        self.medications = Medications(db, clock, rule, self.changed)
        self.doses = Doses(db, clock, rule, self.changed, self.medications)
        self.habits = Habits(db, clock, rule, self.changed)
        self.treatments = Treatments(db, clock, rule, self.changed)
        self.effects = SideEffects(db, clock, rule, self.changed)

    @property
    def rule(self) -> DayRule:
        """The diary-day rule in force."""
        return self._rule()

    def today(self) -> date:
        """Return today's diary day."""
        return self.rule.day_of(self._clock.now())

    # --- summaries ---

    def progress(self, day: date) -> DayProgress:
        """Return the day's progress at a glance."""
        doses = [d for d in self.doses.scheduled_on(day) if not d.off_schedule]
        listed = {h.uuid for h in self.habits.listed(day)}
        return DayProgress(
            doses_taken=sum(d.state == "taken" for d in doses),
            doses_skipped=sum(d.state == "skipped" for d in doses),
            doses_scheduled=len(doses),
            habits_done=sum(1 for u in self.habits.ticks_on(day) if u in listed),
            habits_listed=len(listed),
        )

    def adherence(self, first: date, last: date) -> list[queries.DoseAdherence]:
        """Return per-day, per-medication adherence (see :func:`queries.adherence`)."""
        return queries.adherence(self._db, self.rule, first, last, self._clock.now())

    def adherence_totals(self, first: date, last: date) -> list[queries.AdherenceTotal]:
        """Return adherence per medication over the whole range."""
        return queries.totals(self.adherence(first, last))

    def side_effects(self, first: date, last: date) -> list[SideEffect]:
        """Return the side effects noted from ``first`` to ``last``, per day and medication.

        Each says its day, the medication (None: the day as a whole), the dose time if it
        was put down to one, the chips and the person's words (``entry.describe()``:
        "Baclofen 20:00: drowsiness").
        """
        return self.effects.between(first, last)

    def habit_completion(self, first: date, last: date) -> list[queries.HabitDay]:
        """Return per-day habit completion (see :func:`queries.habit_completion`)."""
        return queries.habit_completion(self._db, self.rule, first, last)
