"""The trends' reads kept as SQL: two hour-wrapping rollup reads and the aggregates over diary days.

Every other read of the trends goes through peewee's query builder, the rollup tables'
(:mod:`mslog.core.trends.tables`) and the other features' tables alike. These stay SQL:

* Spasms per weekday × hour and per diary day × hour of day, because each cell's hour
  wraps around the day-start hour: a cell before it belongs to the next calendar day
  (for its weekday) and comes after the rest of its diary day (for the raster), and
  written as SQL that arithmetic on ``hour < start`` reads at once, where the query
  builder would spread it over operator overloads of the column objects.
* The aggregates over diary days of the other features' rows (each habit's first tick,
  the first stretch session; the lanes read those rows per day from
  :mod:`mslog.core.trends.activity`):
  each groups by, or takes the least of, a row's diary day worked out from its UTC
  epoch, its own UTC offset and the day-start hour (:func:`sql_day_number`). As SQL that
  day is one expression, the same text in the select, the where and the group by, which
  ``tests/core/trends/test_trends.py`` checks against :class:`~mslog.core.days.DayRule`; through
  the query builder it would be arithmetic on column objects, built again in each place.
* The medications' schedules, because each version's times are gathered with
  ``group_concat`` in a correlated subquery, one row per version.

Every function returns the rows as SQLite's cursor gives them: plain tuples.
"""

from __future__ import annotations

from peewee import SqliteDatabase

from mslog.core.days import DayRule


def sql_day_number(rule: DayRule, epoch_column: str, offset_column: str) -> str:
    """Return an SQL expression for a row's diary day as a day number since 1970-01-01.

    The same day as :meth:`DayRule.sql_day`, but integer arithmetic, which SQLite
    groups several times faster than ``date()`` strings. Valid for epochs after
    1970-01-02 (the spasm log refuses earlier ones).

    Args:
        rule: When a diary day starts.
        epoch_column: The column of the row's moment, UTC seconds since the epoch.
        offset_column: The column of the row's own UTC offset, minutes east of UTC.

    Returns:
        The expression, to be placed in a query as it is.
    """
    return f"(({epoch_column} + {offset_column} * 60 - {rule.start_hour * 3600}) / 86400)"


def weekday_hours(
    db: SqliteDatabase, start: int, blocks: tuple[int, int], edges: tuple[int, int, int, int]
) -> list[tuple]:
    """Return (weekday, local hour, spasms) over whole 32-day blocks and edge days.

    Args:
        db: The open diary database.
        start: The day-start hour the cells were built for.
        blocks: The first and last whole block (first > last for none).
        edges: Two inclusive ranges of diary day numbers read from the cells.

    Returns:
        Rows per weekday (0 Monday) and local hour 0-23 with any spasm; a weekday and
        hour may come twice (from the blocks and from the edges).
    """
    # 1970-01-01, day 0, was a Thursday (weekday 3 counting from Monday).
    return db.execute_sql(
        "SELECT weekday, hour, sum(count) FROM cache_trend_weekday_block"
        " WHERE block BETWEEN ? AND ? GROUP BY 1, 2"
        " UNION ALL"
        " SELECT (day + (hour < ?) + 3) % 7, hour, sum(count) FROM cache_trend_cell"
        " WHERE day BETWEEN ? AND ? OR day BETWEEN ? AND ? GROUP BY 1, 2",
        [*blocks, start, *edges],
    ).fetchall()


def block_hours(
    db: SqliteDatabase, start: int, blocks: tuple[int, int], edges: tuple[int, int, int, int]
) -> list[tuple]:
    """Return (block, hour within the diary day, spasms) over whole blocks and edge days.

    Args:
        db: The open diary database.
        start: The day-start hour the cells were built for.
        blocks: The first and last whole block (first > last for none).
        edges: Two inclusive ranges of diary day numbers read from the cells.

    Returns:
        One row per 32-day block and hour with any spasm; the hour runs from ``start`` to
        ``start + 23``, so a night stays together.
    """
    return db.execute_sql(
        "SELECT block, hour + 24 * (hour < ?), count FROM cache_trend_hour_block"
        " WHERE block BETWEEN ? AND ?"
        " UNION ALL"
        " SELECT day / 32, hour + 24 * (hour < ?), sum(count) FROM cache_trend_cell"
        " WHERE day BETWEEN ? AND ? OR day BETWEEN ? AND ? GROUP BY 1, 2",
        [start, *blocks, start, *edges],
    ).fetchall()


def diary_day_hours(db: SqliteDatabase, start: int, first: int, last: int) -> list[tuple]:
    """Return (diary day, hour within it, spasms, highest severity) of each cell in range.

    Args:
        db: The open diary database.
        start: The day-start hour the cells were built for.
        first: The first diary day number.
        last: The last diary day number.

    Returns:
        One row per cell; the hour runs from ``start`` to ``start + 23``, so a night
        stays together, and the highest severity is -1 when none is rated.
    """
    return db.execute_sql(
        "SELECT day, hour + 24 * (hour < ?), count, sev_max FROM cache_trend_cell"
        " WHERE day BETWEEN ? AND ?",
        [start, first, last],
    ).fetchall()


def habit_first_days(db: SqliteDatabase, rule: DayRule) -> list[tuple[str, str | None, int]]:
    """Return (name, built-in key, first diary day ticked) of each habit ever ticked.

    Args:
        db: The open diary database.
        rule: When a diary day starts.

    Returns:
        One row per habit with a tick; the key is None for one of the person's own.
    """
    day = sql_day_number(rule, "t.done_at", "t.utc_offset")
    return db.execute_sql(
        f"SELECT h.name, h.key, min({day}) FROM habit_tick t"
        " JOIN habit h ON h.id = t.habit_id GROUP BY h.id"
    ).fetchall()


def first_stretch_day(db: SqliteDatabase, rule: DayRule) -> int | None:
    """Return the diary day number of the first stretch session, or None when there is none.

    Args:
        db: The open diary database.
        rule: When a diary day starts.
    """
    # The least diary day, not the day of the least epoch: two sessions' own offsets
    # can order their days otherwise than their moments.
    day = sql_day_number(rule, "started_at", "utc_offset")
    return db.execute_sql(f"SELECT min({day}) FROM stretch_session").fetchone()[0]


def medication_versions(db: SqliteDatabase) -> list[tuple[int, str, int, str | None, str]]:
    """Return every version of every medication, with its times and the medication's name.

    Args:
        db: The open diary database.

    Returns:
        (medication id, first day ``YYYY-MM-DD``, 1 when it schedules doses (active and
        not as needed) else 0, its times ``HH:MM`` joined by spaces or None, medication
        name), ordered by medication, first day and version id.
    """
    return db.execute_sql(
        "SELECT v.medication_id, v.effective_from, v.active AND NOT v.as_needed,"
        " (SELECT group_concat(time_of_day, ' ') FROM medication_time WHERE version_id = v.id),"
        " m.name FROM medication_version v JOIN medication m ON m.id = v.medication_id"
        " ORDER BY v.medication_id, v.effective_from, v.id"
    ).fetchall()
