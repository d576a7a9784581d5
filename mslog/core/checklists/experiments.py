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
from mslog.core.checklists.model import ChecklistChange, check_day, habit_label
from mslog.core.checklists.part import ChecklistPart
from mslog.core.checklists.tables import ExperimentRow, HabitRow
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.formatting import fmt_day, fmt_number
from mslog.core.i18n import Words

if TYPE_CHECKING:
    from mslog.core.trends.insight import Comparison

WITH, WITHOUT = "A", "B"
MIN_WEEKS, MAX_WEEKS = 2, 12
WEEKS = 4  # "Try it for 4 weeks"
WEEK = 7
# How far ahead a trial may be planned to start.
LATEST_START = timedelta(days=28)


class Trial(Words):
    """The translation context of the self-experiments' sentences."""


def caution() -> str:
    """Return the caution every trial's result carries, in the person's language."""
    return Trial.tr(
        "This is an association in your own diary, not proof: other things change from week "
        "to week too."
    )


def check_pattern(value: Any) -> str:
    """Return a week pattern: 2 to 12 letters, A (with the habit) or B (without), both used."""
    if not isinstance(value, str) or not MIN_WEEKS <= len(value) <= MAX_WEEKS:
        raise ValidationError(
            "pattern",
            Trial.tr("must be {low} to {high} letters A or B").format(
                low=MIN_WEEKS, high=MAX_WEEKS
            ),
        )
    if set(value) - {WITH, WITHOUT}:
        raise ValidationError(
            "pattern",
            Trial.tr("uses only the letters A and B, not {value}").format(value=repr(value)),
        )
    if set(value) != {WITH, WITHOUT}:
        raise ValidationError(
            "pattern", Trial.tr("needs weeks both with (A) and without (B) the habit")
        )
    return value


def alternating(weeks: int, rng: random.Random) -> str:
    """Return alternating weeks of the given number, the first one drawn at random."""
    if not isinstance(weeks, int) or weeks % 2 or not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise ValidationError(
            "weeks",
            Trial.tr("must be an even number from {low} to {high}").format(
                low=MIN_WEEKS, high=MAX_WEEKS
            ),
        )
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
        with_it, without_it = Trial.tr("with", "a week with the habit"), Trial.tr("without")
        weeks = (with_it if week == WITH else without_it for week in self.pattern)
        return Trial.tr(", ", "between the weeks of a trial").join(weeks)

    @property
    def habit_label(self) -> str:
        """The habit's name as shown (a built-in habit's in the person's language)."""
        return habit_label(self.habit_name)

    def plan_line(self, day: date, today: date) -> str:
        """Return what the plan says for the week of ``day``, e.g. for the Checklists tab."""
        name = self.habit_label
        if self.stopped_on is not None and day >= self.stopped_on:
            return Trial.tr("{name}: the trial was stopped on {day}.").format(
                name=name, day=day_text(self.stopped_on)
            )
        if day < self.first_day:
            if self.pattern[0] == WITH:
                text = Trial.tr(
                    "{name}: a %n-week trial starts on {day}, the first week with it.",
                    "",
                    self.weeks,
                )
            else:
                text = Trial.tr(
                    "{name}: a %n-week trial starts on {day}, the first week without it.",
                    "",
                    self.weeks,
                )
            return text.format(name=name, day=day_text(self.first_day))
        week = self.week_of(day)
        if week is None:
            return Trial.tr("{name}: the %n-week trial ended on {day}.", "", self.weeks).format(
                name=name, day=day_text(self.last_day)
            )
        this = day == today or _same_week(self, day, today)
        if self.pattern[week] == WITH:
            if this:
                text = Trial.tr("{name}: do it this week (week {week} of {weeks})")
            else:
                text = Trial.tr("{name}: do it that week (week {week} of {weeks})")
        elif this:
            text = Trial.tr("{name}: skip it this week (week {week} of {weeks})")
        else:
            text = Trial.tr("{name}: skip it that week (week {week} of {weeks})")
        return text.format(name=name, week=week + 1, weeks=self.weeks)


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
        name = e.habit_label
        order = e.order_text()
        if e.stopped_on is not None:
            first = Trial.tr(
                "Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} "
                "(the order was drawn at random).",
                "",
                self.planned_days,
            ).format(name=name, day=day_text(e.stopped_on), order=order)
        else:
            first = Trial.tr(
                "Trial of {name}, %n weeks from {day}. Weeks in the order {order} "
                "(the order was drawn at random).",
                "",
                e.weeks,
            ).format(name=name, day=day_text(e.first_day), order=order)
        lines = [
            first,
            Trial.tr(
                "Based on {complete} complete days of %n: {with_it} in the weeks with it and "
                "{without_it} in the weeks without. Each day counts by its planned week, "
                "whether or not the plan was kept that day.",
                "",
                self.planned_days,
            ).format(
                complete=c.days_with + c.days_without,
                with_it=c.days_with,
                without_it=c.days_without,
            ),
            Trial.tr(
                "The plan was followed on {followed} of %n days: {name} was ticked on "
                "{ticked} of {days_with} days in the weeks with it, and not ticked on "
                "{unticked} of {days_without} days in the weeks without.",
                "",
                self.planned_days,
            ).format(
                followed=self.followed_with + self.followed_without,
                name=name,
                ticked=self.followed_with,
                days_with=self.planned_with,
                unticked=self.followed_without,
                days_without=self.planned_without,
            ),
        ]
        if c.mean_with is not None and c.mean_without is not None:
            means = {"with_it": fmt_number(c.mean_with), "without_it": fmt_number(c.mean_without)}
            if c.rate_ratio is not None and c.low is not None and c.high is not None:
                spasms = Trial.tr(
                    "Spasms per complete day: {with_it} in the weeks with it, {without_it} in "
                    "the weeks without; rate ratio {ratio} (95 % interval {low} to {high})."
                ).format(
                    **means,
                    ratio=fmt_number(c.rate_ratio, 2),
                    low=fmt_number(c.low, 2),
                    high=fmt_number(c.high, 2),
                )
            else:
                spasms = Trial.tr(
                    "Spasms per complete day: {with_it} in the weeks with it, {without_it} in "
                    "the weeks without."
                ).format(**means)
            lines.append(spasms)
        lines.append(
            Trial.tr("{verdict}.").format(verdict=self.verdict[0].upper() + self.verdict[1:])
        )
        if c.nrs_difference is not None and c.nrs_low is not None and c.nrs_high is not None:
            numbers = {
                "difference": _signed(c.nrs_difference),
                "low": _signed(c.nrs_low),
                "high": _signed(c.nrs_high),
            }
            if c.nrs_low <= 0 <= c.nrs_high:
                text = Trial.tr(
                    "Daily spasticity (0–10, from the check-in): no clear difference between "
                    "the weeks (difference {difference}, 95 % interval {low} to {high})."
                )
            elif c.nrs_difference < 0:
                text = Trial.tr(
                    "Daily spasticity (0–10, from the check-in): {amount} lower in the weeks "
                    "with it (difference {difference}, 95 % interval {low} to {high})."
                )
            else:
                text = Trial.tr(
                    "Daily spasticity (0–10, from the check-in): {amount} higher in the weeks "
                    "with it (difference {difference}, 95 % interval {low} to {high})."
                )
            lines.append(text.format(amount=fmt_number(abs(c.nrs_difference)), **numbers))
        else:
            lines.append(
                Trial.tr(
                    "Daily spasticity (0–10, from the check-in): not enough check-ins to "
                    "compare ({days_with} days with it, {days_without} without; {needed} of "
                    "each are needed)."
                ).format(
                    days_with=c.nrs_days_with, days_without=c.nrs_days_without, needed=MIN_DAYS
                )
            )
        lines.append(
            Trial.tr(
                "{caution} The interval comes from redrawing whole weeks at random, the same "
                "method as the factors on the Trends tab."
            ).format(caution=caution())
        )
        return lines


def _signed(value: float) -> str:
    """Return ``value`` with one decimal and its sign always written: ``+0.5``, ``-1.2``."""
    return ("-" if value < 0 else "+") + fmt_number(abs(value))


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
        raise NotFoundError(Trial.tr("No self-experiment with id {uuid}").format(uuid=uuid))

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
            raise ValidationError("first_day", Trial.tr("a trial starts today or later"))
        if first_day > today + LATEST_START:
            raise ValidationError("first_day", Trial.tr("a trial starts within the next 4 weeks"))
        habit = self._habit(habit_uuid)
        if habit.retired_on is not None and date.fromisoformat(habit.retired_on) <= first_day:
            raise ValidationError(
                "habit",
                Trial.tr("{name} is no longer on the checklist").format(
                    name=habit_label(habit.name)
                ),
            )
        running = self.current(today)
        if running is not None:
            raise ValidationError(
                "habit",
                Trial.tr(
                    "the trial of {name} runs until {day}; stop it first to plan another"
                ).format(name=running.habit_label, day=day_text(running.ends_on)),
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
            raise ValidationError(
                "trial",
                Trial.tr("the trial of {name} is already over").format(name=experiment.habit_label),
            )
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
            raise ValidationError("trial", Trial.tr("the trial to restore has another id"))
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
            text = Trial.tr(
                "not enough complete days to compare: {days_with} in the weeks with it and "
                "{days_without} without; {needed} of each are needed"
            ).format(
                days_with=comparison.days_with,
                days_without=comparison.days_without,
                needed=MIN_DAYS,
            )
            clear = False
        else:
            factor = Factor(experiment.habit_name, "habit", "same day", "in the weeks with it", ())
            _words, clear = verdict(factor, comparison, comparison.p)
            text = _verdict(comparison, clear)
        return TrialResult(
            experiment, last, planned[True], planned[False], followed[True], followed[False],
            comparison, text, clear,
        )  # fmt: skip

    # --- internals ---

    def _habit(self, uuid: str) -> HabitRow:
        row = HabitRow.get_or_none(HabitRow.uuid == uuid)
        if row is None:
            raise NotFoundError(Trial.tr("No habit with id {uuid}").format(uuid=uuid))
        return row

    def _announce(self, action: str, uuid: str) -> None:
        self._changed.emit(ChecklistChange("experiment", action, uuid))


def _verdict(comparison: Comparison, clear: bool) -> str:
    """Return the trial's verdict in words, as the factor analysis words it for a factor."""
    if comparison.rate_ratio is None or comparison.low is None or comparison.high is None:
        return Trial.tr("too few spasms on these days to compare")
    if not clear:
        return Trial.tr("no clear difference")
    if comparison.rate_ratio > 1:
        return Trial.tr("more spasms in the weeks with it")
    return Trial.tr("fewer spasms in the weeks with it")
