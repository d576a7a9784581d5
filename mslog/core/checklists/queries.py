"""Aggregates over diary days in SQL, by the day-start rule: adherence, habits, trial days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import SqliteDatabase

from mslog.core.checklists.model import LATE_AFTER
from mslog.core.days import DayRule

# These aggregates stay SQL rather than peewee's query builder: each is one query over a
# recursive calendar of days, with the version in force per day picked by a correlated
# subquery, and written as SQL the whole computation reads at once.


@dataclass(frozen=True)
class DoseCounts:
    """What became of one medication's doses, over a day or a range of days.

    Attributes:
        scheduled: Doses the schedule in force asked for.
        on_time: Taken no later than an hour after their time (early counts as on time).
        late: Taken more than an hour after their time.
        skipped: Marked as skipped.
        missing: Nothing recorded and more than an hour past their time.
        pending: Nothing recorded yet, not yet an hour past their time.
        as_needed: As-needed (unscheduled) doses taken.
    """

    medication_uuid: str
    name: str
    scheduled: int
    on_time: int
    late: int
    skipped: int
    missing: int
    pending: int
    as_needed: int

    @property
    def taken(self) -> int:
        """Scheduled doses taken, on time or late."""
        return self.on_time + self.late


@dataclass(frozen=True)
class DoseAdherence(DoseCounts):
    """One medication on one diary day."""

    day: date


@dataclass(frozen=True)
class AdherenceTotal(DoseCounts):
    """One medication over a range of days (the sums of its :class:`DoseAdherence` rows)."""

    def taken_share(self) -> float | None:
        """Return the share of doses already due that were taken (0-1), or None if none was."""
        due = self.scheduled - self.pending
        return self.taken / due if due else None


def totals(rows: list[DoseAdherence]) -> list[AdherenceTotal]:
    """Add up per-day adherence rows per medication, in the order first seen."""
    sums: dict[str, list] = {}
    for row in rows:
        entry = sums.setdefault(row.medication_uuid, [row.name, 0, 0, 0, 0, 0, 0, 0])
        for index, value in enumerate(
            (row.scheduled, row.on_time, row.late, row.skipped, row.missing, row.pending,
             row.as_needed),
            start=1,
        ):  # fmt: skip
            entry[index] += value
    return [AdherenceTotal(uuid, *values) for uuid, values in sums.items()]


@dataclass(frozen=True)
class HabitDay:
    """Habit completion on one diary day: habits done out of those listed."""

    day: date
    done: int
    listed: int


def _days_cte() -> str:
    return (
        "WITH RECURSIVE days(day) AS (SELECT ? UNION ALL "
        "SELECT date(day, '+1 day') FROM days WHERE day < ?)"
    )


def adherence(
    db: SqliteDatabase, rule: DayRule, first: date, last: date, now: datetime
) -> list[DoseAdherence]:
    """Return adherence per diary day and medication from ``first`` to ``last``.

    Scheduled doses come from the version in force on each day (latest entered
    wins a tie), with times before the day-start hour on the next calendar day.
    A medicine's doses are scheduled only from the diary day of its first recorded
    dose (taken, skipped or as needed): days before the person began recording doses
    are not counted as missing. Only days with scheduled or as-needed doses appear.
    """
    grace = f"'+{int(LATE_AFTER.total_seconds() // 60)} minutes'"
    taken_local = "datetime(d.taken_at + d.utc_offset * 60, 'unixepoch')"
    dose_day = rule.sql_day("taken_at", "utc_offset")
    low, _ = rule.epoch_window(first)
    _, high = rule.epoch_window(last)
    sql = f"""
        {_days_cte()},
        first_dose AS (
            SELECT medication_id AS med_id, min(CASE WHEN slot_local IS NULL THEN {dose_day}
                WHEN substr(slot_local, 12, 5) >= '{rule.start_hour:02d}:00'
                THEN substr(slot_local, 1, 10)
                ELSE date(substr(slot_local, 1, 10), '-1 day') END) AS day
            FROM dose GROUP BY medication_id
        ),
        in_force AS (
            SELECT days.day, m.id AS med_id, (
                SELECT v.id FROM medication_version v
                WHERE v.medication_id = m.id AND v.effective_from <= days.day
                ORDER BY v.effective_from DESC, v.id DESC LIMIT 1
            ) AS version_id
            FROM days CROSS JOIN medication m
        ),
        slots AS (
            SELECT f.day, f.med_id,
                CASE WHEN CAST(substr(t.time_of_day, 1, 2) AS INTEGER) >= {rule.start_hour}
                     THEN f.day ELSE date(f.day, '+1 day') END || ' ' || t.time_of_day
                    AS slot_local
            FROM in_force f
            JOIN first_dose fd ON fd.med_id = f.med_id AND f.day >= fd.day
            JOIN medication_version v ON v.id = f.version_id AND v.active = 1
                AND v.as_needed = 0
            JOIN medication_time t ON t.version_id = v.id
        ),
        scheduled AS (
            SELECT s.day, s.med_id, count(*) AS scheduled,
                coalesce(sum(d.status = 'taken'
                    AND {taken_local} <= datetime(s.slot_local, {grace})), 0) AS on_time,
                coalesce(sum(d.status = 'taken'
                    AND {taken_local} > datetime(s.slot_local, {grace})), 0) AS late,
                coalesce(sum(d.status = 'skipped'), 0) AS skipped,
                sum(d.id IS NULL AND datetime(s.slot_local, {grace}) < ?) AS missing,
                sum(d.id IS NULL AND datetime(s.slot_local, {grace}) >= ?) AS pending
            FROM slots s
            LEFT JOIN dose d ON d.medication_id = s.med_id AND d.slot_local = s.slot_local
            GROUP BY s.day, s.med_id
        ),
        extra AS (
            SELECT {dose_day} AS day, medication_id AS med_id, count(*) AS as_needed
            FROM dose
            WHERE slot_local IS NULL AND taken_at BETWEEN ? AND ?
                AND {dose_day} BETWEEN ? AND ?
            GROUP BY 1, 2
        ),
        keys AS (SELECT day, med_id FROM scheduled UNION SELECT day, med_id FROM extra)
        SELECT k.day, m.uuid, m.name, coalesce(s.scheduled, 0), coalesce(s.on_time, 0),
            coalesce(s.late, 0), coalesce(s.skipped, 0), coalesce(s.missing, 0),
            coalesce(s.pending, 0), coalesce(e.as_needed, 0)
        FROM keys k
        JOIN medication m ON m.id = k.med_id
        LEFT JOIN scheduled s ON s.day = k.day AND s.med_id = k.med_id
        LEFT JOIN extra e ON e.day = k.day AND e.med_id = k.med_id
        ORDER BY k.day, m.position, m.id
    """
    now_local = now.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S")
    params = (
        first.isoformat(),
        last.isoformat(),
        now_local,
        now_local,
        low,
        high,
        first.isoformat(),
        last.isoformat(),
    )
    # The row starts with the day, which the dataclass takes last (after its parent's fields).
    return [
        DoseAdherence(
            uuid,
            name,
            scheduled,
            on_time,
            late,
            skipped,
            missing,
            pending,
            as_needed,
            date.fromisoformat(day),
        )
        for (
            day,
            uuid,
            name,
            scheduled,
            on_time,
            late,
            skipped,
            missing,
            pending,
            as_needed,
        ) in db.execute_sql(sql, params)
    ]


def habit_completion(db: SqliteDatabase, rule: DayRule, first: date, last: date) -> list[HabitDay]:
    """Return, for every diary day from ``first`` to ``last``, habits done of those listed."""
    low, _ = rule.epoch_window(first)
    _, high = rule.epoch_window(last)
    sql = f"""
        {_days_cte()},
        ticks AS (
            SELECT DISTINCT {rule.sql_day("t.done_at", "t.utc_offset")} AS day, t.habit_id
            FROM habit_tick t WHERE t.done_at BETWEEN ? AND ?
        )
        SELECT days.day,
            count(DISTINCT CASE WHEN h.retired_on IS NULL OR days.day < h.retired_on
                           THEN h.id END),
            (SELECT count(*) FROM habit l WHERE l.retired_on IS NULL OR days.day < l.retired_on)
        FROM days
        LEFT JOIN ticks ON ticks.day = days.day
        LEFT JOIN habit h ON h.id = ticks.habit_id
        GROUP BY days.day ORDER BY days.day
    """
    rows = db.execute_sql(sql, (first.isoformat(), last.isoformat(), low, high))
    return [HabitDay(date.fromisoformat(day), done, listed) for day, done, listed in rows]


@dataclass(frozen=True)
class TrialDays:
    """What a self-experiment's days hold, each diary day by the day-start rule.

    Attributes:
        spasms: Spasms logged per day (days without any are left out).
        said: Days whose check-in says whether every spasm was logged (complete days).
        nrs: The check-in's spasticity score per day.
        ticked: Days on which the habit was ticked.
    """

    spasms: dict[date, int]
    said: set[date]
    nrs: dict[date, float]
    ticked: set[date]


def trial_days(
    db: SqliteDatabase, rule: DayRule, habit_uuid: str, first: date, last: date
) -> TrialDays:
    """Return spasms per day, complete days, NRS per day and the habit's ticked days."""
    low, _ = rule.epoch_window(first)
    _, high = rule.epoch_window(last)
    span = (first.isoformat(), last.isoformat())
    day = rule.sql_day("started_at", "utc_offset")
    spasms = {
        date.fromisoformat(d): n
        for d, n in db.execute_sql(
            f"SELECT {day} AS d, count(*) FROM spasm WHERE started_at BETWEEN ? AND ?"
            " GROUP BY d HAVING d BETWEEN ? AND ?",
            (low, high, *span),
        )
    }
    said: set[date] = set()
    nrs: dict[date, float] = {}
    for d, answer, score in db.execute_sql(
        "SELECT day, spasms, nrs FROM checkin WHERE day BETWEEN ? AND ?", span
    ):
        if answer is not None:
            said.add(date.fromisoformat(d))
        if score is not None:
            nrs[date.fromisoformat(d)] = float(score)
    tick_day = rule.sql_day("t.done_at", "t.utc_offset")
    ticked = {
        date.fromisoformat(d)
        for (d,) in db.execute_sql(
            f"SELECT DISTINCT {tick_day} AS d FROM habit_tick t JOIN habit h"
            " ON h.id = t.habit_id WHERE h.uuid = ? AND t.done_at BETWEEN ? AND ?",
            (habit_uuid, low, high),
        )
    }
    return TrialDays(spasms, said, nrs, ticked)
