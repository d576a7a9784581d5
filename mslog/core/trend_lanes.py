"""Trend lanes beyond spasms: stretching, medication adherence and habits, when they exist."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mslog.core.trends import DateRange, Trends, day_number, sql_day_number


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

    Attributes:
        day: Day numbers.
        scheduled: Doses due that day (those not yet an hour past their time excluded).
        taken: Of those, taken (on time or late).
        by_medication: (name, taken, due, skipped, missed) over the whole range.
    """

    day: list[int] = field(default_factory=list)
    scheduled: list[int] = field(default_factory=list)
    taken: list[int] = field(default_factory=list)
    by_medication: list[tuple[str, int, int, int, int]] = field(default_factory=list)

    @property
    def percent(self) -> list[float]:
        """Share of scheduled doses taken each day, 0-100."""
        return [100.0 * t / s for t, s in zip(self.taken, self.scheduled, strict=True)]

    def overall(self) -> float | None:
        """Share of all scheduled doses taken, 0-100, or None."""
        total = sum(self.scheduled)
        return 100.0 * sum(self.taken) / total if total else None


@dataclass(frozen=True)
class HabitLane:
    """Habits done per diary day (only days with any)."""

    day: list[int] = field(default_factory=list)
    done: list[int] = field(default_factory=list)
    by_habit: dict[str, set[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class ExtraLanes:
    """The lanes whose data exists in this diary, with their chart markers and factors.

    A lane is None when its part of the diary does not exist yet.
    """

    stretch: StretchLane | None = None
    adherence: AdherenceLane | None = None
    habits: HabitLane | None = None
    markers: list[tuple[date, str]] = field(default_factory=list)
    medications: list[str] = field(default_factory=list)

    @property
    def factors(self) -> list[tuple[str, str, set[int]]]:
        """(kind, label, day numbers) of factors for next-day comparisons."""
        found: list[tuple[str, str, set[int]]] = []
        if self.stretch is not None:
            found.append(("stretch", "Completed stretch session", self.stretch.completed_days))
        if self.habits is not None:
            found += [("habit", name, days) for name, days in sorted(self.habits.by_habit.items())]
        return found


def stretch_lane(trends: Trends, rng: DateRange) -> StretchLane | None:
    """Return stretch sessions per day, or None when the diary has no stretch sessions table."""
    if not trends.table_has_rows("stretch_session"):
        return None  # no lane until the person has stretched with MSLog
    day, where, params = _day_where(trends, rng, "started_at", "utc_offset")
    rows = trends._rows(
        f"SELECT {day} AS d, sum(outcome = 'completed'), sum(outcome != 'completed')"
        f" FROM stretch_session WHERE {where} GROUP BY d ORDER BY d",
        params,
    )
    if not rows:
        return StretchLane()
    days, completed, partial = (list(col) for col in zip(*rows, strict=True))
    return StretchLane(days, completed, partial)


def _day_where(trends: Trends, rng: DateRange, epoch: str, offset: str) -> tuple[str, str, list]:
    rule = trends.day_rule
    day = sql_day_number(rule, epoch, offset)
    low, _ = rule.epoch_window(rng.first)
    _, high = rule.epoch_window(rng.last)
    return (
        day,
        f"{epoch} BETWEEN ? AND ? AND {day} BETWEEN ? AND ?",
        [low, high, day_number(rng.first), day_number(rng.last)],
    )


def habit_lane(trends: Trends, rng: DateRange) -> HabitLane | None:
    """Return habits done per day, or None until the person has ticked a habit."""
    if not trends.table_has_rows("habit_tick"):
        return None
    day, where, params = _day_where(trends, rng, "t.done_at", "t.utc_offset")
    rows = trends._rows(
        f"SELECT {day} AS d, count(DISTINCT t.habit_id) FROM habit_tick t WHERE {where}"
        " GROUP BY d ORDER BY d",
        params,
    )
    by_habit: dict[str, set[int]] = {}
    for name, number in trends._rows(
        f"SELECT DISTINCT h.name, {day} FROM habit_tick t JOIN habit h ON h.id = t.habit_id"
        f" WHERE {where}",
        params,
    ):
        by_habit.setdefault(name, set()).add(number)
    if not rows:
        return HabitLane(by_habit=by_habit)
    days, done = (list(col) for col in zip(*rows, strict=True))
    return HabitLane(days, done, by_habit)


def medication_lanes(
    diary, rng: DateRange
) -> tuple[AdherenceLane | None, list[tuple[date, str]], list[str]]:
    """Return adherence per day, medication changes in the range and what is taken now.

    Everything is empty until the person has added a medication.
    """
    checklists = getattr(diary, "checklists", None)
    if checklists is None or not diary.trends.table_has_rows("medication"):
        return None, [], []
    from mslog.core.checklists.queries import adherence

    per_day: dict[int, list[int]] = {}
    per_med: dict[str, list[int]] = {}
    for row in adherence(diary.db, diary.day_rule, rng.first, rng.last, diary.clock.now()):
        due = row.scheduled - row.pending
        if due <= 0:
            continue
        totals = per_day.setdefault(day_number(row.day), [0, 0])
        totals[0] += due
        totals[1] += row.taken
        med = per_med.setdefault(row.name, [0, 0, 0, 0])
        med[0] += row.taken
        med[1] += due
        med[2] += row.skipped
        med[3] += row.missing
    days = sorted(per_day)
    lane = AdherenceLane(
        days,
        [per_day[d][0] for d in days],
        [per_day[d][1] for d in days],
        [(name, *totals) for name, totals in per_med.items()],
    )
    markers: list[tuple[date, str]] = []
    current: list[str] = []
    for medication in checklists.all_medications():
        for index, version in enumerate(medication.effective_versions()):
            if not rng.first <= version.effective_from <= rng.last:
                continue
            if not version.active:
                label = f"{medication.name} stopped"
            elif index == 0:
                label = f"{medication.name} started, {version.summary()}"
            else:
                label = f"{medication.name} {version.summary()}"
            markers.append((version.effective_from, label))
        in_force = medication.version_on(rng.last)
        if in_force is not None and in_force.active:
            current.append(f"{medication.name} {in_force.summary()}".strip())
    markers.sort()
    return lane, markers, current


def extra_lanes(diary, rng: DateRange) -> ExtraLanes:
    """Return every lane beyond spasms that this diary has data for."""
    adherence, markers, medications = medication_lanes(diary, rng)
    return ExtraLanes(
        stretch=stretch_lane(diary.trends, rng),
        adherence=adherence,
        habits=habit_lane(diary.trends, rng),
        markers=markers,
        medications=medications,
    )
