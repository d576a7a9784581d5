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
    """Scheduled doses taken per diary day (only days with scheduled doses)."""

    day: list[int] = field(default_factory=list)
    scheduled: list[int] = field(default_factory=list)
    taken: list[int] = field(default_factory=list)

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
    if not trends.table_exists("stretch_session"):
        return None
    rule = trends.day_rule
    day = sql_day_number(rule, "started_at", "utc_offset")
    low, _ = rule.epoch_window(rng.first)
    _, high = rule.epoch_window(rng.last)
    rows = trends._rows(
        f"SELECT {day} AS d, sum(outcome = 'completed'), sum(outcome != 'completed')"
        " FROM stretch_session WHERE started_at BETWEEN ? AND ?"
        f" AND {day} BETWEEN ? AND ? GROUP BY d ORDER BY d",
        [low, high, day_number(rng.first), day_number(rng.last)],
    )
    if not rows:
        return StretchLane()
    days, completed, partial = (list(col) for col in zip(*rows, strict=True))
    return StretchLane(days, completed, partial)


def extra_lanes(diary, rng: DateRange) -> ExtraLanes:
    """Return every lane beyond spasms that this diary has data for."""
    return ExtraLanes(stretch=stretch_lane(diary.trends, rng))
