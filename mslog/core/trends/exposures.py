"""The exposures the factor analysis compares: check-ins, habits, stretching and doses.

Never from the trigger marked on a spasm: a trigger exists only on a day with a
spasm, so "days with heat" would all be spasm days and any comparison would be
made up. A per-spasm trigger stays a count of spasms, nothing more.

Each exposure is known only where the diary can say yes or no: a day factor on days
with a check-in that offered it (one of the person's own from the first day it was
ticked), a habit from the first day any habit was ticked, stretching from the first
stretch session, a medicine's doses from its first recorded dose. Spasms are
compared only on complete days. Today's habits, stretching and doses are not over
yet, so they are not known until tomorrow.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from peewee import fn

from mslog.core.checkin import CheckIn, DayFactor
from mslog.core.checkin.factors import DayFactorRow
from mslog.core.checkin.tables import CheckInFactorRow, CheckInRow
from mslog.core.checklists.model import habit_label
from mslog.core.checklists.tables import HabitRow, MedicationRow
from mslog.core.i18n import Words
from mslog.core.trends import DateRange, Trends, day_from_number, day_number, queries
from mslog.core.trends.coverage import Coverage
from mslog.core.trends.insight import Factor
from mslog.core.trends.lanes import (
    first_dose_days,
    habit_lane,
    medication_schedules,
    schedule_spans,
    scheduled_doses,
    stretch_lane,
)

SAME_DAY, NEXT_DAY = "same day", "next day"


class Factors(Words):
    """The translation context of the factors' names and the days they compare."""


def _lower_first(name: str) -> str:
    """``Hot weather`` → ``hot weather``, leaving ``UTI`` or ``Baclofen`` alone.

    Only in languages that write a name in lower case inside a sentence (German keeps
    its nouns' capitals): the catalogue says which.
    """
    keep = Factors.tr("lower", "a factor's name in a sentence: 'lower' or 'keep' (German)")
    words = name.split()
    if keep == "keep" or not words or len(words[0]) < 2 or not words[0][1:].islower():
        return name
    return name[0].lower() + name[1:]


def _days_with(name: str) -> tuple[str, str]:
    """The days compared for a day factor or habit: the same day's and the next day's."""
    factor = _lower_first(name)
    return (
        Factors.tr("on days with {factor}").format(factor=factor),
        Factors.tr("on the day after days with {factor}").format(factor=factor),
    )


class Exposures:
    """The outcomes and exposures of one range of a diary.

    Args:
        trends: The trend aggregates (and the diary's tables they read).
        factors: The day factors a person can tick, retired ones too.
        rng: The days whose spasms are compared (a next-day exposure may come from the
            day before the first).
        today: Today's diary day (what is done today is known only tomorrow).
        checkins: The check-ins by day, from the day before ``rng`` to its last.
        coverage: Which days of ``rng`` are complete.
    """

    def __init__(
        self,
        trends: Trends,
        factors: Sequence[DayFactor],
        rng: DateRange,
        today: date,
        checkins: Mapping[date, CheckIn],
        coverage: Coverage,
    ) -> None:
        self._trends = trends
        self._factors = factors
        self.range = rng
        self.today = today
        self.checkins = checkins
        self.coverage = coverage
        first, last = day_number(rng.first), day_number(rng.last)
        self.days = list(range(first, last + 1))
        complete = self.coverage.complete
        self.counts: dict[int, int | None] = {
            d: self.coverage.counts.get(d, 0) if d in complete else None for d in self.days
        }
        self.nrs: dict[int, float | None] = {}
        for d in self.days:
            checkin = self.checkins.get(day_from_number(d))
            self.nrs[d] = None if checkin is None or checkin.nrs is None else float(checkin.nrs)
        self._counts = [self.counts[d] for d in self.days]
        self._nrs = [self.nrs[d] for d in self.days]
        # Exposure days run from the day before the range (for next-day factors).
        self.exposure_days = range(first - 1, last + 1)
        self._today = day_number(self.today)

    def _over(self, day: int) -> bool:
        """Whether ``day`` is over, so what was done on it is known."""
        return day < self._today

    def _factor(self, name: str, kind: str, lag: str, when: tuple[str, str], exposure) -> Factor:
        """One factor; ``when``: the days compared in words, the same day's and the next's."""
        shift = 1 if lag == NEXT_DAY else 0
        first = self.days[0] - shift
        exposed = map(exposure.get, range(first, first + len(self.days)))
        series = list(zip(self.days, self._counts, self._nrs, exposed, strict=True))
        return Factor(name, kind, lag, when[shift], series)

    # --- each kind ---

    def day_factors(self) -> list[Factor]:
        """Check-in day factors, same day: yes, no, or unknown on a day without a check-in.

        The built-in factors are on every check-in. One of the person's own was added on
        some day MSLog does not record, and a check-in from before it was added does not
        mean "no": such a factor is known from the first day it was ticked.
        """
        f, cf, c = DayFactorRow, CheckInFactorRow, CheckInRow
        first_ticked = dict(
            self._trends._select(
                f.select(f.uuid, fn.MIN(c.day))
                .join(cf, on=cf.factor == f.id)
                .join(c, on=c.id == cf.checkin)
                .where(f.key.is_null())
                .group_by(f.uuid)
            )
        )
        found = []
        for factor in self._factors:
            since = self.range.first
            if factor.key is None:
                ticked = first_ticked.get(factor.uuid)
                since = max(since, date.fromisoformat(ticked)) if ticked else date.max
            exposure: dict[int, bool | None] = {
                day_number(day): factor.uuid in checkin.factors
                for day, checkin in self.checkins.items()
                if day >= since and factor.listed_on(day)
            }
            if not any(exposure.values()) and not factor.listed_on(self.range.last):
                continue  # removed before these days and never ticked in them
            when = _days_with(factor.label)  # a built-in factor in the person's language
            found.append(self._factor(factor.label, "day factor", SAME_DAY, when, exposure))
        return found

    def habits(self) -> list[Factor]:
        """Self-care habits, the next day and the same day."""
        trends = self._trends
        before = DateRange(self.range.first - timedelta(days=1), self.range.last)
        lane = habit_lane(trends, before)
        if lane is None:
            return []
        # A built-in habit is known from the first day any habit was ticked (the list was
        # in use); one of the person's own from its own first tick (its start is not kept).
        first: dict[str, tuple[str | None, int]] = {
            name: (key, began)
            for name, key, began in queries.habit_first_days(trends._db, trends.day_rule)
        }
        any_began = min((began for _, began in first.values()), default=None)
        retired = {
            name: date.fromisoformat(until)
            for name, until in trends._select(
                HabitRow.select(HabitRow.name, HabitRow.retired_on).where(
                    HabitRow.retired_on.is_null(False)
                )
            )
        }
        found = []
        for name, done in sorted(lane.by_habit.items()):
            until = retired.get(name)
            key, own_began = first.get(name, (None, None))
            began = own_began if key is None else any_began
            exposure = {
                d: d in done
                for d in self.exposure_days
                if began is not None
                and d >= began
                and self._over(d)
                and (until is None or day_from_number(d) < until)
            }
            shown = habit_label(name)  # a built-in habit in the person's language
            when = _days_with(shown)
            for lag in (NEXT_DAY, SAME_DAY):
                found.append(self._factor(shown, "habit", lag, when, exposure))
        return found

    def stretching(self) -> list[Factor]:
        """Days with a completed stretch session, the next day and the same day."""
        trends = self._trends
        lane = stretch_lane(
            trends, DateRange(self.range.first - timedelta(days=1), self.range.last)
        )
        if lane is None:
            return []
        began = queries.first_stretch_day(trends._db, trends.day_rule)
        done = lane.completed_days
        exposure = {
            d: d in done
            for d in self.exposure_days
            if began is not None and d >= began and self._over(d)
        }
        name = Factors.tr("Completed stretch session")
        when = (
            Factors.tr("on days with a completed stretch"),
            Factors.tr("on the day after days with a completed stretch"),
        )
        return [
            self._factor(name, "stretching", lag, when, exposure) for lag in (NEXT_DAY, SAME_DAY)
        ]

    def doses(self) -> list[Factor]:
        """Every scheduled dose of a medicine recorded as taken, or not, from its first dose.

        The schedules, the first dose and the doses taken are read as the adherence
        lane reads them, so the two count the same doses.
        """
        trends = self._trends
        if not trends.table_has_rows(MedicationRow):
            return []
        trends._ensure()  # the dose slots are kept with the other aggregates
        by_med, names = medication_schedules(trends)
        first_dose = first_dose_days(trends)
        first, last = self.exposure_days.start, self.exposure_days.stop - 1
        due: dict[int, dict[int, int]] = {}
        taken: dict[int, dict[int, int]] = {}
        for med, (low, high, times) in schedule_spans(by_med, first, last):
            med_due = due.setdefault(med, {})
            med_taken = taken.setdefault(med, {})
            for d in range(low, high + 1):
                med_due[d] = med_due.get(d, 0) + len(times)
            for day, took, _ in scheduled_doses(trends, med, low, high, times):
                med_taken[day] = med_taken.get(day, 0) + took
        found = []
        for med in sorted(due, key=lambda m: names[m].casefold()):
            if med not in first_dose:
                continue  # never recorded: nothing to say yes or no from
            exposure = {
                d: taken[med].get(d, 0) >= n
                for d, n in due[med].items()
                if n > 0 and d >= first_dose[med] and self._over(d)
            }
            medicine = names[med]
            name = Factors.tr("Every scheduled dose of {medicine} taken").format(medicine=medicine)
            when = (
                Factors.tr(
                    "on days every scheduled dose of {medicine} was recorded as taken"
                ).format(medicine=medicine),
                Factors.tr(
                    "on the day after days every scheduled dose of {medicine} was recorded as taken"
                ).format(medicine=medicine),
            )
            for lag in (SAME_DAY, NEXT_DAY):
                found.append(self._factor(name, "doses", lag, when, exposure))
        return found

    def factors(self) -> list[Factor]:
        """Every exposure of the range, each distinct series once.

        A stretch session ticks the stretching habit, so the two are often the same
        days: testing both would count one comparison twice.
        """
        found: list[Factor] = []
        seen: set[tuple] = set()
        for factor in self.stretching() + self.day_factors() + self.habits() + self.doses():
            key = (factor.lag, tuple(row[3] for row in factor.series))
            if any(row[3] for row in factor.series) and key in seen:
                continue
            seen.add(key)
            found.append(factor)
        return found
