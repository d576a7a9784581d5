"""Per-day rollups of habit ticks, stretch sessions and doses (schema step 14), kept by triggers.

The habit, stretching and adherence lanes read each raw row's diary day (worked out from
its UTC epoch, its own offset and the day-start hour) on every redraw; over thirty years
that is tens of thousands of rows. These tables hold the same days already worked out:

* ``cache_habit_day``: ticks of one habit on one diary day;
* ``cache_stretch_day``: sessions completed and not, per diary day;
* ``cache_dose_day``: doses recorded for one medication on one diary day (a scheduled dose
  on its slot's diary day, an as-needed one on the day it was taken; a dose with no day,
  a malformed imported slot say, has no row), so a medication's first recorded dose is
  one index read.

Their diary day depends on the day-start hour, so like the spasm cells they are kept only
once built (``cache_trend_meta`` holds the hour), rebuilt with the cells by
:func:`mslog.core.trends.cache.rebuild` and checked by :func:`mslog.core.trends.cache.is_current`.
"""

from __future__ import annotations

from peewee import SqliteDatabase

# The helpers below write the step's triggers: like the step, they must never change.
BUILT = "EXISTS (SELECT 1 FROM cache_trend_meta)"
START = "(SELECT start_hour FROM cache_trend_meta WHERE id = 1)"


def _epoch_day(epoch: str, offset: str, start: str) -> str:
    # The diary day number of a moment, as mslog.core.trends.queries.sql_day_number.
    return f"(({epoch} + {offset} * 60 - 3600 * {start}) / 86400)"


def dose_day(row: str, start: str) -> str:
    """Return the SQL of a dose row's diary day number, NULL when it has none.

    Args:
        row: The dose row's name in the query (``NEW``, ``OLD``, ``dose``).
        start: SQL of the day-start hour.
    """
    slot = (
        f"CAST(julianday(substr({row}.slot_local, 1, 10)) - 2440587.5 AS INTEGER)"
        f" - (substr({row}.slot_local, 12, 5) < printf('%02d:00', {start}))"
    )
    taken = _epoch_day(f"{row}.taken_at", f"{row}.utc_offset", start)
    return f"(CASE WHEN {row}.slot_local IS NOT NULL THEN {slot} ELSE {taken} END)"


def _habit(row: str, sign: str) -> str:
    day = _epoch_day(f"{row}.done_at", f"{row}.utc_offset", START)
    return (
        "INSERT INTO cache_habit_day (day, habit_id, ticks)"
        f" SELECT {day}, {row}.habit_id, {sign}1 WHERE 1"
        " ON CONFLICT (day, habit_id) DO UPDATE SET ticks = ticks + excluded.ticks;"
        f" DELETE FROM cache_habit_day WHERE day = {day} AND habit_id = {row}.habit_id"
        " AND ticks = 0;"
    )


def _stretch(row: str, sign: str) -> str:
    day = _epoch_day(f"{row}.started_at", f"{row}.utc_offset", START)
    return (
        "INSERT INTO cache_stretch_day (day, completed, partial)"
        f" SELECT {day}, {sign}({row}.outcome = 'completed'),"
        f" {sign}({row}.outcome != 'completed') WHERE 1"
        " ON CONFLICT (day) DO UPDATE SET completed = completed + excluded.completed,"
        " partial = partial + excluded.partial;"
        f" DELETE FROM cache_stretch_day WHERE day = {day} AND completed = 0 AND partial = 0;"
    )


def _dose(row: str, sign: str) -> str:
    return (
        "INSERT INTO cache_dose_day (medication_id, day, count)"
        f" SELECT {row}.medication_id, d, {sign}1 FROM (SELECT {dose_day(row, START)} AS d)"
        " WHERE d IS NOT NULL"
        " ON CONFLICT (medication_id, day) DO UPDATE SET count = count + excluded.count;"
        f" DELETE FROM cache_dose_day WHERE medication_id = {row}.medication_id AND count = 0;"
    )


def _fill(db: SqliteDatabase, start: str) -> None:
    habit_day = _epoch_day("done_at", "utc_offset", start)
    db.execute_sql(
        f"INSERT INTO cache_habit_day SELECT {habit_day}, habit_id, count(*)"
        " FROM habit_tick GROUP BY 1, 2"
    )
    stretch_day = _epoch_day("started_at", "utc_offset", start)
    db.execute_sql(
        f"INSERT INTO cache_stretch_day SELECT {stretch_day}, sum(outcome = 'completed'),"
        " sum(outcome != 'completed') FROM stretch_session GROUP BY 1"
    )
    db.execute_sql(
        f"INSERT INTO cache_dose_day SELECT medication_id, {dose_day('dose', start)}, count(*)"
        f" FROM dose WHERE {dose_day('dose', start)} IS NOT NULL GROUP BY 1, 2"
    )


def create_activity_rollups(db: SqliteDatabase) -> None:
    """Migration step 14: habit ticks, stretch sessions and doses per diary day, with triggers."""
    # Plain SQL, never derived from code that may change: a step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE cache_habit_day (
            day INTEGER NOT NULL,       -- diary day, days since 1970-01-01
            habit_id INTEGER NOT NULL,  -- habit.id
            ticks INTEGER NOT NULL,
            PRIMARY KEY (day, habit_id)
        ) WITHOUT ROWID"""
    )
    db.execute_sql(
        """
        CREATE TABLE cache_stretch_day (
            day INTEGER PRIMARY KEY,    -- diary day, days since 1970-01-01
            completed INTEGER NOT NULL, -- sessions completed
            partial INTEGER NOT NULL    -- sessions stopped or partial
        )"""
    )
    db.execute_sql(
        """
        CREATE TABLE cache_dose_day (
            medication_id INTEGER NOT NULL,  -- medication.id
            day INTEGER NOT NULL,            -- diary day of the doses
            count INTEGER NOT NULL,
            PRIMARY KEY (medication_id, day)
        ) WITHOUT ROWID"""
    )
    triggers = {
        "cache_habit_day_ai": f"AFTER INSERT ON habit_tick WHEN {BUILT} BEGIN {_habit('NEW', '')}",
        "cache_habit_day_au": (
            f"AFTER UPDATE OF habit_id, done_at, utc_offset ON habit_tick WHEN {BUILT} BEGIN"
            f" {_habit('OLD', '-')} {_habit('NEW', '')}"
        ),
        "cache_habit_day_ad": f"AFTER DELETE ON habit_tick WHEN {BUILT} BEGIN {_habit('OLD', '-')}",
        "cache_stretch_day_ai": (
            f"AFTER INSERT ON stretch_session WHEN {BUILT} BEGIN {_stretch('NEW', '')}"
        ),
        "cache_stretch_day_au": (
            f"AFTER UPDATE OF started_at, utc_offset, outcome ON stretch_session WHEN {BUILT}"
            f" BEGIN {_stretch('OLD', '-')} {_stretch('NEW', '')}"
        ),
        "cache_stretch_day_ad": (
            f"AFTER DELETE ON stretch_session WHEN {BUILT} BEGIN {_stretch('OLD', '-')}"
        ),
        "cache_dose_day_ai": f"AFTER INSERT ON dose WHEN {BUILT} BEGIN {_dose('NEW', '')}",
        "cache_dose_day_au": (
            "AFTER UPDATE OF medication_id, slot_local, taken_at, utc_offset ON dose"
            f" WHEN {BUILT} BEGIN {_dose('OLD', '-')} {_dose('NEW', '')}"
        ),
        "cache_dose_day_ad": f"AFTER DELETE ON dose WHEN {BUILT} BEGIN {_dose('OLD', '-')}",
    }
    for name, body in triggers.items():
        db.execute_sql(f"CREATE TRIGGER {name} {body} END")
    # Filled for the hour the cells were built for; otherwise their first build fills it.
    if db.execute_sql(f"SELECT {BUILT}").fetchone()[0]:
        _fill(db, START)


def fill(db: SqliteDatabase, start_hour: int) -> None:
    """Recompute the tables from the raw rows for ``start_hour`` (inside a rebuild)."""
    for table in ("cache_habit_day", "cache_stretch_day", "cache_dose_day"):
        db.execute_sql(f"DELETE FROM {table}")
    _fill(db, str(int(start_hour)))


def is_current(db: SqliteDatabase, start_hour: int) -> bool:
    """Return whether the tables count every tick, session and dose with a day."""
    has_day = dose_day("dose", str(int(start_hour)))
    row = db.execute_sql(
        "SELECT (SELECT count(*) FROM habit_tick),"
        " (SELECT coalesce(sum(ticks), 0) FROM cache_habit_day),"
        " (SELECT count(*) FROM stretch_session),"
        " (SELECT coalesce(sum(completed + partial), 0) FROM cache_stretch_day),"
        f" (SELECT count(*) FROM dose WHERE {has_day} IS NOT NULL),"
        " (SELECT coalesce(sum(count), 0) FROM cache_dose_day)"
    ).fetchone()
    ticks, ticked, sessions, stretched, doses, dosed = row
    return ticks == ticked and sessions == stretched and doses == dosed
