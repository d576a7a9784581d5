"""Trend lanes beyond spasms: stretching, medication adherence and habits, when they exist."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING

from peewee import fn

from mslog.core.checklists.tables import DoseRow, HabitRow, HabitTickRow, MedicationRow
from mslog.core.i18n import Words
from mslog.core.storage.models import StretchSessionRow
from mslog.core.trends import DateRange, Trends, day_number, queries
from mslog.core.trends.tables import DoseDayRow, DoseSlotRow, HabitDayRow, StretchDayRow

if TYPE_CHECKING:
    from mslog.core.checklists import Checklists


class MedicineMarkers(Words):
    """The translation context of the medication changes marked on the charts."""


@dataclass(frozen=True)
class StretchLane:
    """Stretch sessions per diary day (only days with any)."""

    day: list[int] = field(default_factory=list)
    completed: list[int] = field(default_factory=list)
    partial: list[int] = field(default_factory=list)

    @property
    def completed_days(self) -> set[int]:
        """Day numbers with at least one completed session."""
        return {d for d, n in zip(self.day, self.completed, strict=True) if n}


@dataclass(frozen=True)
class AdherenceLane:
    """Scheduled doses taken per diary day (only days with doses already due).

    A medicine's doses count from the diary day of its first recorded dose: days
    before the person began recording doses in MSLog are not counted as missed.

    Attributes:
        day: Day numbers.
        scheduled: Doses due that day (those not yet an hour past their time excluded).
        taken: Of those, taken (on time or late).
        by_medication: (name, taken, due, skipped, not recorded) over the whole range.
        untracked: Scheduled medicines with no dose recorded by the range's end.
    """

    day: list[int] = field(default_factory=list)
    scheduled: list[int] = field(default_factory=list)
    taken: list[int] = field(default_factory=list)
    by_medication: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    untracked: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """Doses due that were marked as skipped."""
        return sum(row[3] for row in self.by_medication)

    @property
    def not_recorded(self) -> int:
        """Doses due with nothing recorded (neither taken nor skipped)."""
        return sum(row[4] for row in self.by_medication)

    @property
    def percent(self) -> list[float]:
        """Share of scheduled doses taken each day, 0-100."""
        return [100.0 * t / s for t, s in zip(self.taken, self.scheduled, strict=True)]

    def overall(self) -> float | None:
        """Share of all scheduled doses taken, 0-100, or None."""
        total = sum(self.scheduled)
        return 100.0 * sum(self.taken) / total if total else None


@dataclass(frozen=True, eq=False)
class HabitLane:
    """Habits done per diary day (only days with any), and the days of each habit.

    The chart needs only the counts; the days of each habit (for the factor analysis and
    the report) are read when first asked for, or given at once.
    """

    day: list[int] = field(default_factory=list)
    done: list[int] = field(default_factory=list)
    given_by_habit: dict[str, set[int]] | None = field(default=None, repr=False)
    read_by_habit: Callable[[], dict[str, set[int]]] | None = field(
        default=None, repr=False, compare=False
    )

    @cached_property
    def by_habit(self) -> dict[str, set[int]]:
        """The diary days each habit was done, by the habit's name as stored."""
        if self.given_by_habit is not None:
            return self.given_by_habit
        return self.read_by_habit() if self.read_by_habit is not None else {}

    def __eq__(self, other: object) -> bool:
        """Equal when the days, the counts and the days of each habit are."""
        if not isinstance(other, HabitLane):
            return NotImplemented
        return (self.day, self.done, self.by_habit) == (other.day, other.done, other.by_habit)

    __hash__ = object.__hash__


@dataclass(frozen=True)
class ExtraLanes:
    """The lanes whose data exists in this diary, with their chart markers.

    A lane is None when its part of the diary does not exist yet.
    """

    stretch: StretchLane | None = None
    adherence: AdherenceLane | None = None
    habits: HabitLane | None = None
    markers: list[tuple[date, str]] = field(default_factory=list)
    medications: list[str] = field(default_factory=list)


def stretch_lane(trends: Trends, rng: DateRange) -> StretchLane | None:
    """Return stretch sessions per day, or None when the diary has no stretch sessions table."""
    if not trends.table_has_rows(StretchSessionRow):
        return None  # no lane until the person has stretched with MSLog
    trends._ensure()  # the per-day table is checked with the other aggregates
    t = StretchDayRow
    rows = trends._select(
        t.select(t.day, t.completed, t.partial)
        .where(t.day.between(day_number(rng.first), day_number(rng.last)))
        .order_by(t.day)
    )
    if not rows:
        return StretchLane()
    days, completed, partial = (list(col) for col in zip(*rows, strict=True))
    return StretchLane(days, completed, partial)


def habit_lane(trends: Trends, rng: DateRange) -> HabitLane | None:
    """Return habits done per day, or None until the person has ticked a habit."""
    if not trends.table_has_rows(HabitTickRow):
        return None
    trends._ensure()
    t = HabitDayRow
    in_range = t.day.between(day_number(rng.first), day_number(rng.last)) & t.habit_id.in_(
        HabitRow.select(HabitRow.id)
    )
    # The habits done each day, counted by SQLite: one row a day for the chart.
    rows = trends._select(
        t.select(t.day, fn.COUNT(t.habit_id)).where(in_range).group_by(t.day).order_by(t.day)
    )

    def read_by_habit() -> dict[str, set[int]]:
        names = dict(trends._select(HabitRow.select(HabitRow.id, HabitRow.name)))
        by_habit: dict[str, set[int]] = {}
        for habit, number in trends._select(t.select(t.habit_id, t.day).where(in_range)):
            by_habit.setdefault(names[habit], set()).add(number)
        return by_habit

    days, done = [list(column) for column in zip(*rows, strict=True)] if rows else ([], [])
    return HabitLane(days, done, read_by_habit=read_by_habit)


GRACE_MINUTES = 60  # a dose not yet an hour past its time is not counted as due


Schedules = dict[int, list[tuple[date, list[str]]]]


def medication_schedules(trends: Trends) -> tuple[Schedules, dict[int, str]]:
    """Return each medication's versions and its name, as the dose figures read them.

    Returns:
        Per medication id, (first day, scheduled times) of each version in order (no
        times while stopped or as needed; a same-day correction replaces its twin),
        and the medications' names by id.
    """
    versions = queries.medication_versions(trends._db)
    by_med: Schedules = {}
    names: dict[int, str] = {}
    for med, effective, scheduled, times, name in versions:
        names[med] = name
        entries = by_med.setdefault(med, [])
        day = date.fromisoformat(effective)
        if entries and entries[-1][0] == day:
            entries.pop()  # a same-day correction replaces its twin
        entries.append((day, sorted(times.split()) if scheduled and times else []))
    return by_med, names


def scheduled_doses(
    trends: Trends, med: int, low: int, high: int, times: list[str]
) -> Iterator[tuple[int, int, int]]:
    """Yield (diary day, taken, recorded) of ``med``'s doses at ``times`` on days ``low``-``high``.

    The slot table is indexed by (medication, calendar day, time), so each group of
    times is one index range, already in day order; a slot before the day-start hour
    belongs to the diary day before its calendar day.
    """
    early_before = f"{trends.day_rule.start_hour:02d}:00"
    slot = DoseSlotRow
    for group, shift in (
        ([t for t in times if t >= early_before], 0),
        ([t for t in times if t < early_before], 1),
    ):
        if not group:
            continue
        for calendar_day, took, recorded in trends._select(
            slot.select(slot.day, fn.SUM(slot.taken), fn.COUNT(slot.dose_id))
            .where(
                (slot.medication_id == med)
                & slot.day.between(low + shift, high + shift)
                & slot.time.in_(group)
            )
            .group_by(slot.day)
        ):
            yield calendar_day - shift, took, recorded


@dataclass(frozen=True)
class ScheduledCounts:
    """Scheduled doses per day of a range, before the last day or two's are settled.

    What :func:`adherence_lane` reads from the diary, apart from the moment: which of the
    latest doses are not due yet depends on the clock, and is settled from these in
    a moment (see :func:`adherence_lane`).

    Attributes:
        due: Doses scheduled each day of the range (index 0 is its first day).
        taken: Of those, taken.
        per_med_due: Doses scheduled per medication id over the range.
        per_med: [taken, skipped] per medication id.
        schedules: Each medication's schedule versions (see :func:`medication_schedules`).
        names: The medications' names by id.
        first_dose: The diary day number of each medication's first recorded dose.
        untracked: Scheduled medicines with no dose recorded by the range's end.
    """

    due: list[int]
    taken: list[int]
    per_med_due: dict[int, int]
    per_med: dict[int, list[int]]
    schedules: Schedules
    names: dict[int, str]
    first_dose: dict[int, int]
    untracked: list[str]


def scheduled_counts(trends: Trends, rng: DateRange) -> ScheduledCounts:
    """Return the scheduled doses and those taken per day of ``rng``, in a few queries."""
    trends._ensure()  # the dose slots table is checked with the other aggregates
    by_med, names = medication_schedules(trends)
    first, last = day_number(rng.first), day_number(rng.last)
    first_dose = first_dose_days(trends)
    # Per day of the range (index 0 is rng.first): doses due and scheduled doses taken.
    steps = [0] * (rng.days + 1)  # change of the doses due from the day before
    taken = [0] * rng.days
    per_med_due: dict[int, int] = {}
    per_med: dict[int, list[int]] = {}  # med -> [taken, skipped]
    for med, (low, high, times) in schedule_spans(by_med, first, last):
        low = max(low, first_dose.get(med, last + 1))  # not missed before the first record
        if low > high:
            continue
        per_med_due[med] = per_med_due.get(med, 0) + (high - low + 1) * len(times)
        steps[low - first] += len(times)  # due from low to high, summed below
        steps[high - first + 1] -= len(times)
        # Doses recorded against a slot of the schedule in force on their day.
        totals = per_med.setdefault(med, [0, 0])
        for number, took, recorded in scheduled_doses(trends, med, low, high, times):
            taken[number - first] += took
            totals[0] += took
            totals[1] += recorded - took
    scheduled_meds = {med for med, _ in schedule_spans(by_med, first, last)}
    untracked = sorted(names[med] for med in scheduled_meds if first_dose.get(med, last + 1) > last)
    return ScheduledCounts(
        list(accumulate(steps[:-1])),
        taken,
        per_med_due,
        per_med,
        by_med,
        names,
        first_dose,
        untracked,
    )


def adherence_lane(
    trends: Trends, rng: DateRange, now: datetime, counts: ScheduledCounts | None = None
) -> AdherenceLane:
    """Return scheduled doses due and taken per diary day, as of ``now``.

    The same counts as :func:`mslog.core.checklists.queries.adherence` (doses due are
    the scheduled ones, less those not yet an hour past their time with nothing
    recorded at ``now``), but grouped per day rather than per day and medication,
    which keeps a ten-year range fast.

    Args:
        trends: The trend aggregates.
        rng: The days shown.
        now: The moment: which of the latest doses are due yet.
        counts: ``rng``'s :func:`scheduled_counts`, read before (they do not depend on
            the moment); read now when not given.
    """
    counts = counts if counts is not None else scheduled_counts(trends, rng)
    rule = trends.day_rule
    start = rule.start_hour
    now_local = now.replace(tzinfo=None)
    first, last = day_number(rng.first), day_number(rng.last)
    first_dose, taken = counts.first_dose, counts.taken
    due = list(counts.due)
    per_med_due = dict(counts.per_med_due)
    per_med = counts.per_med
    names = counts.names
    today = rule.day_of(now_local)
    since = f"{(today - timedelta(days=1)).isoformat()} {start:02d}:00"
    recorded_slots = set(
        trends._select(
            DoseRow.select(DoseRow.medication_id, DoseRow.slot_local).where(
                DoseRow.slot_local >= since
            )
        )
    )
    # Slots of the last day or two not yet an hour past, with nothing recorded, are not due.
    for med, entries in counts.schedules.items():
        for day in (today - timedelta(days=1), today):
            if not rng.first <= day <= rng.last or day_number(day) < first_dose.get(med, last + 1):
                continue
            times = next((t for begins, t in reversed(entries) if begins <= day), [])
            for time_of_day in times:
                calendar = day if int(time_of_day[:2]) >= start else day + timedelta(days=1)
                slot = f"{calendar.isoformat()} {time_of_day}"
                moment = datetime.fromisoformat(slot) + timedelta(minutes=GRACE_MINUTES)
                if moment >= now_local and (med, slot) not in recorded_slots:
                    due[day_number(day) - first] -= 1
                    per_med_due[med] -= 1
    days = [i for i, n in enumerate(due) if n > 0]
    return AdherenceLane(
        [first + i for i in days],
        [due[i] for i in days],
        [taken[i] for i in days],
        [
            (names[med], per_med[med][0], n, per_med[med][1], n - per_med[med][0] - per_med[med][1])
            for med, n in per_med_due.items()
            if n > 0
        ],
        counts.untracked,
    )


def first_dose_days(trends: Trends) -> dict[int, int]:
    """Return, per medication, the diary day number of its first recorded dose.

    A scheduled dose belongs to its slot's diary day (a slot before the day-start
    hour to the day before); an as-needed one to the day it was taken.
    """
    trends._ensure()  # the per-day doses are checked with the other aggregates
    d = DoseDayRow.alias()
    first = d.select(fn.MIN(d.day)).where(d.medication_id == MedicationRow.id)
    rows = trends._select(MedicationRow.select(MedicationRow.id, first))
    return {med: day for med, day in rows if day is not None}


def schedule_spans(
    by_med: Schedules, first: int, last: int
) -> list[tuple[int, tuple[int, int, list[str]]]]:
    """Return (med, (first day, last day, times)) of each schedule within ``first``-``last``.

    Day numbers are inclusive; consecutive versions with the same times (a change of
    amount only) are one span.
    """
    spans: list[tuple[int, tuple[int, int, list[str]]]] = []
    for med, entries in by_med.items():
        merged: list[list] = []  # [begins, ends (exclusive) or None, times]
        for index, (begins, times) in enumerate(entries):
            ends = day_number(entries[index + 1][0]) if index + 1 < len(entries) else None
            if not times:
                continue
            if merged and merged[-1][2] == times and merged[-1][1] == day_number(begins):
                merged[-1][1] = ends
            else:
                merged.append([day_number(begins), ends, times])
        for begins, ends, times in merged:
            low = max(begins, first)
            high = last if ends is None else min(ends - 1, last)
            if low <= high:
                spans.append((med, (low, high, times)))
    return spans


def medicine_markers(
    trends: Trends, checklists: Checklists, rng: DateRange
) -> tuple[list[tuple[date, str]], list[str]]:
    """Return the medication changes in the range (day, label) and what is taken at its end."""
    if not trends.table_has_rows(MedicationRow):
        return [], []
    markers: list[tuple[date, str]] = []
    current: list[str] = []
    for medication in checklists.medications.all():
        for index, version in enumerate(medication.effective_versions()):
            if not rng.first <= version.effective_from <= rng.last:
                continue
            if not version.active:
                label = MedicineMarkers.tr("{medicine} stopped")
            elif index == 0:
                label = MedicineMarkers.tr("{medicine} started, {dose}")
            else:
                label = MedicineMarkers.tr("{medicine} {dose}", "a medicine and its new dose")
            label = label.format(medicine=medication.name, dose=version.summary())
            markers.append((version.effective_from, label))
        in_force = medication.version_on(rng.last)
        if in_force is not None and in_force.active:
            current.append(f"{medication.name} {in_force.summary()}".strip())
    markers.sort()
    return markers, current
