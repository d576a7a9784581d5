"""Planned self-experiments (n-of-1): weeks with and without a habit, in a random order.

A trial is planned before it starts: weeks in a row, each either with the habit (A)
or without it (B), alternating, with the first week drawn at random (ABAB or BABA
for the usual four). At the end the weeks are compared with the same statistic as
the factor analysis (:func:`mslog.core.trends.insight.compare`): spasms per
complete day, each day counted by its *planned* week whether or not the plan was
kept that day (so a lapse cannot bias the comparison), with how often the plan was
followed according to the habit's ticks stated beside it.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from mslog.core.checklists import queries
from mslog.core.checklists.model import ChecklistChange, check_day
from mslog.core.checklists.part import ChecklistPart
from mslog.core.checklists.tables import ExperimentRow, HabitRow
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.formatting import fmt_day

if TYPE_CHECKING:
    from mslog.core.trends.insight import Comparison

WITH, WITHOUT = "A", "B"
MIN_WEEKS, MAX_WEEKS = 2, 12
WEEKS = 4  # "Try it for 4 weeks"
WEEK = 7
# How far ahead a trial may be planned to start.
LATEST_START = timedelta(days=28)
CAUTION = (
    "This is an association in your own diary, not proof: other things change from week "
    "to week too."
)


def check_pattern(value: Any) -> str:
    """Return a week pattern: 2 to 12 letters, A (with the habit) or B (without), both used."""
    if not isinstance(value, str) or not MIN_WEEKS <= len(value) <= MAX_WEEKS:
        raise ValidationError("pattern", f"must be {MIN_WEEKS} to {MAX_WEEKS} letters A or B")
    if set(value) - {WITH, WITHOUT}:
        raise ValidationError("pattern", f"uses only the letters A and B, not {value!r}")
    if set(value) != {WITH, WITHOUT}:
        raise ValidationError("pattern", "needs weeks both with (A) and without (B) the habit")
    return value


def alternating(weeks: int, rng: random.Random) -> str:
    """Return alternating weeks of the given number, the first one drawn at random."""
    if not isinstance(weeks, int) or weeks % 2 or not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise ValidationError("weeks", f"must be an even number from {MIN_WEEKS} to {MAX_WEEKS}")
    first, second = (WITH, WITHOUT) if rng.random() < 0.5 else (WITHOUT, WITH)
    return (first + second) * (weeks // 2)


def day_text(day: date) -> str:
    """Return ``Monday 2 March``."""
    return fmt_day(day)


@dataclass(frozen=True)
class Experiment:
    """A planned trial of one habit.

    Attributes:
        uuid: Stable identifier, kept through export and import.
        habit_uuid: The habit tried.
        habit_name: Its name.
        first_day: The diary day the first week starts.
        pattern: One letter a week: A with the habit, B without.
        stopped_on: The day it was stopped early (that day and later are not part of
            it), or None.
    """

    uuid: str
    habit_uuid: str
    habit_name: str
    first_day: date
    pattern: str
    stopped_on: date | None = None

    @property
    def weeks(self) -> int:
        """Number of weeks planned."""
        return len(self.pattern)

    @property
    def last_day(self) -> date:
        """The last day of the last planned week."""
        return self.first_day + timedelta(days=WEEK * self.weeks - 1)

    @property
    def ends_on(self) -> date:
        """The last day that belongs to the trial (the day before a stop, if stopped)."""
        if self.stopped_on is not None:
            return min(self.last_day, self.stopped_on - timedelta(days=1))
        return self.last_day

    def week_of(self, day: date) -> int | None:
        """Return the week (0 for the first) ``day`` falls in, or None outside the trial."""
        if not self.first_day <= day <= self.ends_on:
            return None
        return (day - self.first_day).days // WEEK

    def planned_with(self, day: date) -> bool | None:
        """Whether ``day``'s week is one with the habit (None outside the trial)."""
        week = self.week_of(day)
        return None if week is None else self.pattern[week] == WITH

    def is_over(self, today: date) -> bool:
        """Whether the trial has ended (run its course or been stopped)."""
        return self.stopped_on is not None or today > self.last_day

    def order_text(self) -> str:
        """Return ``with, without, with, without``."""
        return ", ".join("with" if week == WITH else "without" for week in self.pattern)

    def plan_line(self, day: date, today: date) -> str:
        """Return what the plan says for the week of ``day``, e.g. for the Checklists tab."""
        name = self.habit_name
        if self.stopped_on is not None and day >= self.stopped_on:
            return f"{name}: the trial was stopped on {day_text(self.stopped_on)}."
        if day < self.first_day:
            first = "with it" if self.pattern[0] == WITH else "without it"
            return (
                f"{name}: a {self.weeks}-week trial starts on {day_text(self.first_day)}, "
                f"the first week {first}."
            )
        week = self.week_of(day)
        if week is None:
            return f"{name}: the {self.weeks}-week trial ended on {day_text(self.last_day)}."
        this = "this week" if day == today or _same_week(self, day, today) else "that week"
        action = "do it" if self.pattern[week] == WITH else "skip it"
        return f"{name}: {action} {this} (week {week + 1} of {self.weeks})"


def _same_week(experiment: Experiment, day: date, other: date) -> bool:
    week = experiment.week_of(day)
    return week is not None and week == experiment.week_of(other)


@dataclass(frozen=True)
class TrialResult:
    """The comparison at the end of a trial.

    Attributes:
        experiment: The trial.
        last_day: The last day compared (the trial's end, or yesterday while it runs).
        planned_with: Days of the weeks with the habit, up to ``last_day``.
        planned_without: Days of the weeks without it.
        followed_with: Days of the weeks with it on which the habit was ticked.
        followed_without: Days of the weeks without it on which it was not ticked.
        comparison: Spasms per complete day by planned week (the factor statistic).
        verdict: The comparison in words.
        clear: Whether the difference stood out (interval excludes 1, p < 10 %).
    """

    experiment: Experiment
    last_day: date
    planned_with: int
    planned_without: int
    followed_with: int
    followed_without: int
    comparison: Comparison
    verdict: str
    clear: bool

    @property
    def planned_days(self) -> int:
        """Days of the trial compared."""
        return self.planned_with + self.planned_without

    def lines(self) -> list[str]:
        """Return the result as plain sentences, what it rests on first."""
        from mslog.core.formatting import fmt_number
        from mslog.core.trends.insight import MIN_DAYS

        e, c = self.experiment, self.comparison
        name = e.habit_name
        if e.stopped_on is not None:
            when = f"stopped on {day_text(e.stopped_on)} after {self.planned_days} days"
        else:
            when = f"{e.weeks} weeks from {day_text(e.first_day)}"
        lines = [
            f"Trial of {name}, {when}. Weeks in the order {e.order_text()} "
            "(the order was drawn at random).",
            f"Based on {c.days_with + c.days_without} complete days of {self.planned_days}: "
            f"{c.days_with} in the weeks with it and {c.days_without} in the weeks without. "
            "Each day counts by its planned week, whether or not the plan was kept that day.",
            f"The plan was followed on {self.followed_with + self.followed_without} of "
            f"{self.planned_days} days: {name} was ticked on {self.followed_with} of "
            f"{self.planned_with} days in the weeks with it, and not ticked on "
            f"{self.followed_without} of {self.planned_without} days in the weeks without.",
        ]
        if c.mean_with is not None and c.mean_without is not None:
            spasms = (
                f"Spasms per complete day: {fmt_number(c.mean_with)} in the weeks with it, "
                f"{fmt_number(c.mean_without)} in the weeks without"
            )
            if c.rate_ratio is not None and c.low is not None and c.high is not None:
                spasms += (
                    f"; rate ratio {fmt_number(c.rate_ratio, 2)} (95 % interval "
                    f"{fmt_number(c.low, 2)} to {fmt_number(c.high, 2)})"
                )
            lines.append(spasms + ".")
        lines.append(self.verdict[0].upper() + self.verdict[1:] + ".")
        if c.nrs_difference is not None and c.nrs_low is not None and c.nrs_high is not None:
            if c.nrs_low <= 0 <= c.nrs_high:
                words = "no clear difference between the weeks"
            else:
                way = "lower" if c.nrs_difference < 0 else "higher"
                words = f"{fmt_number(abs(c.nrs_difference))} {way} in the weeks with it"
            lines.append(
                f"Daily spasticity (0–10, from the check-in): {words} (difference "
                f"{c.nrs_difference:+.1f}, 95 % interval {c.nrs_low:+.1f} to {c.nrs_high:+.1f})."
            )
        else:
            lines.append(
                "Daily spasticity (0–10, from the check-in): not enough check-ins to compare "
                f"({c.nrs_days_with} days with it, {c.nrs_days_without} without; "
                f"{MIN_DAYS} of each are needed)."
            )
        lines.append(
            CAUTION + " The interval comes from redrawing whole weeks at random, the same "
            "method as the factors on the Trends tab."
        )
        return lines


class Experiments(ChecklistPart):
    """Plans, stops and reads self-experiments; changes are announced on ``changed``.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force.
        changed: The checklists' change event (a trial shows in the Checklists tab).
    """

    # --- reading ---

    def all(self) -> list[Experiment]:
        """Return every trial, the newest first."""
        rows = (
            ExperimentRow.select(ExperimentRow, HabitRow.uuid, HabitRow.name)
            .join(HabitRow)
            .order_by(ExperimentRow.first_day.desc(), ExperimentRow.id.desc())
        )
        return [
            Experiment(row.uuid, row.habit.uuid, row.habit.name, date.fromisoformat(row.first_day),
                       row.pattern, date.fromisoformat(row.stopped_on) if row.stopped_on else None)
            for row in rows
        ]  # fmt: skip

    def get(self, uuid: str) -> Experiment:
        """Return one trial.

        Raises:
            NotFoundError: No such trial.
        """
        for experiment in self.all():
            if experiment.uuid == uuid:
                return experiment
        raise NotFoundError(f"No self-experiment with id {uuid}")

    def current(self, day: date | None = None) -> Experiment | None:
        """Return the trial running on ``day`` (default today) or planned after it, if any."""
        day = day or self.today()
        for experiment in self.all():
            if day <= experiment.ends_on and (
                experiment.stopped_on is None or day < experiment.stopped_on
            ):
                return experiment
        return None

    def latest_ended(self, today: date | None = None) -> Experiment | None:
        """Return the most recent trial that is over (its result can be read), if any."""
        today = today or self.today()
        ended = [e for e in self.all() if e.is_over(today) and e.ends_on >= e.first_day]
        return max(ended, key=lambda e: e.ends_on, default=None)

    # --- writing ---

    def plan(
        self,
        habit_uuid: str,
        first_day: date | None = None,
        *,
        weeks: int = WEEKS,
        rng: random.Random | None = None,
    ) -> Experiment:
        """Plan a trial of a habit: alternating weeks with and without it, in a random order.

        Args:
            habit_uuid: The habit to try.
            first_day: The day the first week starts (default today; not in the past).
            weeks: Even number of weeks (default 4).
            rng: Source of the random order (tests pass a seeded one).

        Raises:
            ValidationError: Nothing was written.
            NotFoundError: No such habit.
        """
        today = self.today()
        first_day = check_day("first_day", first_day or today)
        if first_day < today:
            raise ValidationError("first_day", "a trial starts today or later")
        if first_day > today + LATEST_START:
            raise ValidationError("first_day", "a trial starts within the next 4 weeks")
        habit = self._habit(habit_uuid)
        if habit.retired_on is not None and date.fromisoformat(habit.retired_on) <= first_day:
            raise ValidationError("habit", f"{habit.name} is no longer on the checklist")
        running = self.current(today)
        if running is not None:
            raise ValidationError(
                "habit",
                f"the trial of {running.habit_name} runs until {day_text(running.ends_on)}; "
                "stop it first to plan another",
            )
        pattern = check_pattern(alternating(weeks, rng or random.SystemRandom()))
        uuid = str(uuidlib.uuid4())
        with self._db.atomic():
            ExperimentRow.insert(
                uuid=uuid,
                habit=habit.id,
                first_day=first_day.isoformat(),
                pattern=pattern,
                created_at=self._stamp(),
            ).execute()
        self._announce("planned", uuid)
        return self.get(uuid)

    def stop(self, uuid: str) -> Experiment:
        """Stop a trial early from today; the days before stay part of it."""
        experiment = self.get(uuid)
        today = self.today()
        if experiment.is_over(today):
            raise ValidationError("trial", f"the trial of {experiment.habit_name} is already over")
        with self._db.atomic():
            ExperimentRow.update(stopped_on=today.isoformat()).where(
                ExperimentRow.uuid == uuid
            ).execute()
        self._announce("stopped", uuid)
        return self.get(uuid)

    def put(self, uuid: str, experiment: Experiment | None) -> Experiment | None:
        """Make the trial ``uuid`` exactly ``experiment`` (None removes it); used by undo."""
        if experiment is None:
            with self._db.atomic():
                ExperimentRow.delete().where(ExperimentRow.uuid == uuid).execute()
            self._announce("removed", uuid)
            return None
        if experiment.uuid != uuid:
            raise ValidationError("trial", "the trial to restore has another id")
        check_pattern(experiment.pattern)
        habit = self._habit(experiment.habit_uuid)
        stopped = experiment.stopped_on.isoformat() if experiment.stopped_on else None
        with self._db.atomic():
            ExperimentRow.insert(
                uuid=uuid,
                habit=habit.id,
                first_day=experiment.first_day.isoformat(),
                pattern=experiment.pattern,
                created_at=self._stamp(),
                stopped_on=stopped,
            ).on_conflict(
                conflict_target=[ExperimentRow.uuid],
                preserve=[
                    ExperimentRow.habit,
                    ExperimentRow.first_day,
                    ExperimentRow.pattern,
                    ExperimentRow.stopped_on,
                ],
            ).execute()
        self._announce("restored", uuid)
        return self.get(uuid)

    # --- the result ---

    def result(self, uuid: str) -> TrialResult:
        """Compare the weeks with and without the habit on complete days.

        Days up to the trial's end (or yesterday while it runs) are used; a day is
        exposed when its planned week is one with the habit.
        """
        from mslog.core.trends import day_number
        from mslog.core.trends.insight import MIN_DAYS, Factor, compare, verdict

        experiment = self.get(uuid)
        today = self.today()
        last = min(experiment.ends_on, today if experiment.is_over(today) else today - timedelta(1))
        first = experiment.first_day
        days = queries.trial_days(self._db, self._rule(), experiment.habit_uuid, first, last)
        series = []
        planned = {True: 0, False: 0}
        followed = {True: 0, False: 0}
        day = first
        while day <= last:
            exposed = bool(experiment.planned_with(day))
            planned[exposed] += 1
            followed[exposed] += (day in days.ticked) == exposed
            count = days.spasms.get(day, 0) if day in days.said else None
            series.append((day_number(day), count, days.nrs.get(day), exposed))
            day += timedelta(days=1)
        comparison = compare(series)
        if not comparison.enough:
            text = (
                f"not enough complete days to compare: {comparison.days_with} in the weeks "
                f"with it and {comparison.days_without} without; {MIN_DAYS} of each are needed"
            )
            clear = False
        else:
            factor = Factor(experiment.habit_name, "habit", "same day", "in the weeks with it", ())
            text, clear = verdict(factor, comparison, comparison.p)
        return TrialResult(
            experiment, last, planned[True], planned[False], followed[True], followed[False],
            comparison, text, clear,
        )  # fmt: skip

    # --- internals ---

    def _habit(self, uuid: str) -> HabitRow:
        row = HabitRow.get_or_none(HabitRow.uuid == uuid)
        if row is None:
            raise NotFoundError(f"No habit with id {uuid}")
        return row

    def _announce(self, action: str, uuid: str) -> None:
        self._changed.emit(ChecklistChange("experiment", action, uuid))
