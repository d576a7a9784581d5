"""The lanes' per-day reads straight from the raw rows, the activity rollups' reference."""

from __future__ import annotations

from collections import Counter

from peewee import SqliteDatabase

from mslog.core.checklists.tables import HabitRow, HabitTickRow
from mslog.core.days import DayRule
from mslog.core.storage.models import StretchSessionRow
from mslog.core.trends import DateRange, Trends, day_number
from mslog.core.trends.lanes import HabitLane, StretchLane
from mslog.core.trends.queries import sql_day_number

# The SQL the lanes read before schema step 14, kept as it was so the reference stays the same.


def stretch_days(
    db: SqliteDatabase, rule: DayRule, first: int, last: int, epochs: tuple[int, int]
) -> list[tuple[int, int, int]]:
    """Return (diary day, sessions completed, sessions not) of each day with a stretch session.

    Args:
        db: The open diary database.
        rule: When a diary day starts.
        first: The first diary day number.
        last: The last diary day number.
        epochs: A UTC epoch range surely holding every moment of those days
            (:meth:`DayRule.epoch_window`), so the index on ``started_at`` narrows the scan.

    Returns:
        One row per day of ``first``-``last`` with a session, in day order.
    """
    day = sql_day_number(rule, "started_at", "utc_offset")
    return db.execute_sql(
        f"SELECT {day} AS d, sum(outcome = 'completed'), sum(outcome != 'completed')"
        f" FROM stretch_session WHERE started_at BETWEEN ? AND ? AND {day} BETWEEN ? AND ?"
        " GROUP BY d ORDER BY d",
        [*epochs, first, last],
    ).fetchall()


def habit_days(
    db: SqliteDatabase, rule: DayRule, first: int, last: int, epochs: tuple[int, int]
) -> list[tuple[int, int]]:
    """Return (habit id, diary day) of each day a habit on the list was ticked.

    Args:
        db: The open diary database.
        rule: When a diary day starts.
        first: The first diary day number.
        last: The last diary day number.
        epochs: A UTC epoch range surely holding every moment of those days
            (:meth:`DayRule.epoch_window`), so the index on ``done_at`` narrows the scan.

    Returns:
        Each habit once per day of ``first``-``last`` (ticking twice counts once), in no
        particular order.
    """
    day = sql_day_number(rule, "t.done_at", "t.utc_offset")
    return db.execute_sql(
        f"SELECT DISTINCT t.habit_id, {day} FROM habit_tick t"
        f" WHERE t.done_at BETWEEN ? AND ? AND {day} BETWEEN ? AND ?"
        " AND t.habit_id IN (SELECT id FROM habit)",
        [*epochs, first, last],
    ).fetchall()


def first_dose_days(db: SqliteDatabase, rule: DayRule) -> list[tuple[int, int | None]]:
    """Return (medication id, diary day number of its first recorded dose) per medication.

    A scheduled dose belongs to its slot's diary day (a slot before the day-start hour
    to the day before its calendar day); an as-needed one to the day it was taken.

    Args:
        db: The open diary database.
        rule: When a diary day starts.

    Returns:
        One row per medication with a dose; the day is None when no dose has a day
        (a malformed imported slot, say).
    """
    slot_day = (
        "CAST(julianday(substr(slot_local, 1, 10)) - 2440587.5 AS INTEGER)"
        f" - (substr(slot_local, 12, 5) < '{rule.start_hour:02d}:00')"
    )
    taken_day = sql_day_number(rule, "taken_at", "utc_offset")
    return db.execute_sql(
        f"SELECT medication_id, min(CASE WHEN slot_local IS NOT NULL THEN {slot_day}"
        f" ELSE {taken_day} END) FROM dose GROUP BY medication_id"
    ).fetchall()


def _days(trends: Trends, rng: DateRange) -> tuple[int, int, tuple[int, int]]:
    rule = trends.day_rule
    low, _ = rule.epoch_window(rng.first)
    _, high = rule.epoch_window(rng.last)
    return day_number(rng.first), day_number(rng.last), (low, high)


def direct_stretch_lane(trends: Trends, rng: DateRange) -> StretchLane | None:
    """Return the stretch lane computed from every session's own diary day."""
    if not trends.table_has_rows(StretchSessionRow):
        return None
    rows = stretch_days(trends._db, trends.day_rule, *_days(trends, rng))
    if not rows:
        return StretchLane()
    days, completed, partial = (list(col) for col in zip(*rows, strict=True))
    return StretchLane(days, completed, partial)


def direct_habit_lane(trends: Trends, rng: DateRange) -> HabitLane | None:
    """Return the habit lane computed from every tick's own diary day."""
    if not trends.table_has_rows(HabitTickRow):
        return None
    names = dict(trends._select(HabitRow.select(HabitRow.id, HabitRow.name)))
    rows = habit_days(trends._db, trends.day_rule, *_days(trends, rng))
    per_day = Counter(number for _, number in rows)
    by_habit: dict[str, set[int]] = {}
    for habit, number in rows:
        by_habit.setdefault(names[habit], set()).add(number)
    days = sorted(per_day)
    return HabitLane(days, [per_day[d] for d in days], given_by_habit=by_habit)


def direct_first_dose_days(trends: Trends) -> dict[int, int]:
    """Return each medication's first dose day computed from every dose's own diary day."""
    rows = first_dose_days(trends._db, trends.day_rule)
    return {med: day for med, day in rows if day is not None}
