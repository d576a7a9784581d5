"""The rollup reads kept as SQL: spasms per weekday × hour and per diary day × hour of day.

Every other read of the rollup tables (:mod:`mslog.core.trends.tables`) goes through
peewee's query builder. These two stay SQL because each cell's hour wraps around the
day-start hour: a cell before it belongs to the next calendar day (for its weekday) and
comes after the rest of its diary day (for the raster), and written as SQL that arithmetic
on ``hour < start`` reads at once, where the query builder would spread it over operator
overloads of the column objects.
"""

from __future__ import annotations

from peewee import SqliteDatabase


def weekday_hours(db: SqliteDatabase, start: int, first: int, last: int) -> list[tuple]:
    """Return (weekday, local hour, spasms) of the cells of diary days ``first``-``last``.

    Args:
        db: The open diary database.
        start: The day-start hour the cells were built for.
        first: The first diary day number.
        last: The last diary day number.

    Returns:
        One row per weekday (0 Monday) and local hour 0-23 that has any spasm.
    """
    # 1970-01-01, day 0, was a Thursday (weekday 3 counting from Monday).
    return db.execute_sql(
        "SELECT (day + (hour < ?) + 3) % 7 AS wd, hour, sum(count) FROM cache_trend_cell"
        " WHERE day BETWEEN ? AND ? GROUP BY wd, hour",
        [start, first, last],
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
