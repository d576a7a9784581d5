"""Second-level trend aggregates: spasms per day, per 32-day block × hour, and dose slots.

The per-hour cells of :mod:`mslog.core.trends.cache` hold ten years in ~35,000 rows;
a range of "all" read from them still groups every row. These tables, kept by
SQLite triggers on the cells and on ``dose`` inside the writer's own transaction,
hold what a range redraw reads already grouped:

* ``cache_trend_day``: spasms per diary day (one row a day);
* ``cache_trend_hour_block``: spasms per local hour in each 32-day block, so the
  busiest hour of a long range reads whole blocks and only its edge days;
* ``cache_dose_slot``: each scheduled dose as its calendar day number, slot time and
  whether it was taken, indexed for the adherence lane. It does not depend on the
  day-start hour, so it stays valid when that hour changes;
* ``cache_trend_weekday_block`` (schema step 12): spasms per weekday × local hour in each
  32-day block, so the weekday × hour heatmap of a long range reads whole blocks too.

Like the cells they are derived data: :func:`mslog.core.trends.cache.rebuild`
recomputes them and :func:`mslog.core.trends.cache.is_current` checks their totals.
"""

from __future__ import annotations

from peewee import SqliteDatabase

BUILT = "EXISTS (SELECT 1 FROM cache_trend_meta)"
# Calendar day number (days since 1970-01-01) of a 'YYYY-MM-DD HH:MM' slot; NULL if
# it is not a date, so a malformed imported slot is never counted (and never fails).
SLOT_DAY = "CAST(julianday(substr({}.slot_local, 1, 10)) - 2440587.5 AS INTEGER)"


# The helpers below write the steps' triggers: like the steps, they must never change.
START = "(SELECT start_hour FROM cache_trend_meta WHERE id = 1)"
# The weekday (0 Monday) of a cell's local calendar day: an hour before the day-start hour
# belongs to the diary day before it. Day 0, 1970-01-01, was a Thursday.
WEEKDAY = "(({row}.day + ({row}.hour < {start}) + 3) % 7)"


def _day_refresh(day: str) -> str:
    # Recompute one day's row from its (at most 24) cells; no cells, no row.
    return (
        f"DELETE FROM cache_trend_day WHERE day = {day};"
        " INSERT INTO cache_trend_day (day, count, rated, sev_sum, sev_max)"
        " SELECT day, sum(count), sum(rated), sum(sev_sum), max(sev_max)"
        f" FROM cache_trend_cell WHERE day = {day} GROUP BY day;"
    )


def _hour_add(row: str, sign: str) -> str:
    return (
        "INSERT INTO cache_trend_hour_block (block, hour, count)"
        f" VALUES ({row}.day / 32, {row}.hour, {sign}{row}.count)"
        " ON CONFLICT (block, hour) DO UPDATE SET count = count + excluded.count;"
        f" DELETE FROM cache_trend_hour_block WHERE block = {row}.day / 32"
        f" AND hour = {row}.hour AND count = 0;"
    )


def _weekday_add(row: str, sign: str) -> str:
    weekday = WEEKDAY.format(row=row, start=START)
    return (
        "INSERT INTO cache_trend_weekday_block (block, weekday, hour, count)"
        f" VALUES ({row}.day / 32, {weekday}, {row}.hour, {sign}{row}.count)"
        " ON CONFLICT (block, weekday, hour) DO UPDATE SET count = count + excluded.count;"
        f" DELETE FROM cache_trend_weekday_block WHERE block = {row}.day / 32"
        f" AND weekday = {weekday} AND hour = {row}.hour AND count = 0;"
    )


def _fill_weekdays(db: SqliteDatabase, start: str) -> None:
    db.execute_sql(
        "INSERT INTO cache_trend_weekday_block SELECT day / 32,"
        f" {WEEKDAY.format(row='cache_trend_cell', start=start)}, hour, sum(count)"
        " FROM cache_trend_cell GROUP BY 1, 2, 3"
    )


def create_weekday_rollup(db: SqliteDatabase) -> None:
    """Migration step 12: spasms per 32-day block × weekday × hour, with its triggers."""
    db.execute_sql(
        """
        CREATE TABLE cache_trend_weekday_block (
            block INTEGER NOT NULL,     -- diary day / 32
            weekday INTEGER NOT NULL,   -- of the local calendar day, 0 Monday
            hour INTEGER NOT NULL,      -- local hour of day, 0-23
            count INTEGER NOT NULL,
            PRIMARY KEY (block, weekday, hour)
        ) WITHOUT ROWID"""
    )
    triggers = {
        "cache_trend_weekday_ai": (
            f"AFTER INSERT ON cache_trend_cell WHEN {BUILT} BEGIN {_weekday_add('NEW', '')}"
        ),
        "cache_trend_weekday_au": (
            f"AFTER UPDATE ON cache_trend_cell WHEN {BUILT} BEGIN"
            f" {_weekday_add('OLD', '-')} {_weekday_add('NEW', '')}"
        ),
        "cache_trend_weekday_ad": (
            f"AFTER DELETE ON cache_trend_cell WHEN {BUILT} BEGIN {_weekday_add('OLD', '-')}"
        ),
    }
    for name, body in triggers.items():
        db.execute_sql(f"CREATE TRIGGER {name} {body} END")
    # Filled from the cells when they are built; otherwise their first build fills it.
    if db.execute_sql(f"SELECT {BUILT}").fetchone()[0]:
        _fill_weekdays(db, START)


def _slot_add(row: str) -> str:
    return (
        "INSERT INTO cache_dose_slot (dose_id, medication_id, day, time, taken)"
        f" SELECT {row}.id, {row}.medication_id, {SLOT_DAY.format(row)},"
        f" substr({row}.slot_local, 12, 5), {row}.status = 'taken'"
        f" WHERE {row}.slot_local IS NOT NULL;"
    )


def create_trend_rollups(db: SqliteDatabase) -> None:
    """Migration step: per-day, per-block-hour and dose-slot tables with their triggers."""
    # Plain SQL, never derived from code that may change: a step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE cache_trend_day (
            day INTEGER PRIMARY KEY,    -- diary day, days since 1970-01-01
            count INTEGER NOT NULL,
            rated INTEGER NOT NULL,
            sev_sum INTEGER NOT NULL,
            sev_max INTEGER NOT NULL    -- -1 when none is rated
        )"""
    )
    db.execute_sql(
        """
        CREATE TABLE cache_trend_hour_block (
            block INTEGER NOT NULL,     -- diary day / 32
            hour INTEGER NOT NULL,      -- local hour of day, 0-23
            count INTEGER NOT NULL,
            PRIMARY KEY (block, hour)
        ) WITHOUT ROWID"""
    )
    db.execute_sql(
        """
        CREATE TABLE cache_dose_slot (
            dose_id INTEGER PRIMARY KEY,  -- dose.id
            medication_id INTEGER NOT NULL,
            day INTEGER,                  -- calendar day of the slot, days since 1970-01-01
            time TEXT NOT NULL,           -- slot time 'HH:MM'
            taken INTEGER NOT NULL        -- 1 taken, 0 skipped
        )"""
    )
    db.execute_sql(
        "CREATE INDEX cache_dose_slot_day ON cache_dose_slot (medication_id, day, time, taken)"
    )
    triggers = {
        "cache_trend_cell_ai": (
            f"AFTER INSERT ON cache_trend_cell WHEN {BUILT} BEGIN"
            f" {_day_refresh('NEW.day')} {_hour_add('NEW', '')}"
        ),
        "cache_trend_cell_au": (
            f"AFTER UPDATE ON cache_trend_cell WHEN {BUILT} BEGIN"
            f" {_day_refresh('OLD.day')} {_day_refresh('NEW.day')}"
            f" {_hour_add('OLD', '-')} {_hour_add('NEW', '')}"
        ),
        "cache_trend_cell_ad": (
            f"AFTER DELETE ON cache_trend_cell WHEN {BUILT} BEGIN"
            f" {_day_refresh('OLD.day')} {_hour_add('OLD', '-')}"
        ),
        "cache_dose_slot_ai": f"AFTER INSERT ON dose BEGIN {_slot_add('NEW')}",
        "cache_dose_slot_au": (
            "AFTER UPDATE OF id, medication_id, slot_local, status ON dose BEGIN"
            f" DELETE FROM cache_dose_slot WHERE dose_id = OLD.id; {_slot_add('NEW')}"
        ),
        "cache_dose_slot_ad": (
            "AFTER DELETE ON dose BEGIN DELETE FROM cache_dose_slot WHERE dose_id = OLD.id;"
        ),
    }
    for name, body in triggers.items():
        db.execute_sql(f"CREATE TRIGGER {name} {body} END")
    # Filled here from what exists, so an existing diary needs no rebuild.
    db.execute_sql(
        "INSERT INTO cache_trend_day SELECT day, sum(count), sum(rated), sum(sev_sum),"
        " max(sev_max) FROM cache_trend_cell GROUP BY day"
    )
    db.execute_sql(
        "INSERT INTO cache_trend_hour_block SELECT day / 32, hour, sum(count)"
        " FROM cache_trend_cell GROUP BY 1, 2"
    )
    db.execute_sql(
        "INSERT INTO cache_dose_slot SELECT id, medication_id,"
        " CAST(julianday(substr(slot_local, 1, 10)) - 2440587.5 AS INTEGER),"
        " substr(slot_local, 12, 5), status = 'taken' FROM dose WHERE slot_local IS NOT NULL"
    )


def fill(db: SqliteDatabase, start_hour: int) -> None:
    """Recompute the tables from the cells and the dose records (inside a rebuild)."""
    db.execute_sql("DELETE FROM cache_trend_day")
    db.execute_sql("DELETE FROM cache_trend_hour_block")
    db.execute_sql("DELETE FROM cache_trend_weekday_block")
    db.execute_sql("DELETE FROM cache_dose_slot")
    _fill_weekdays(db, str(int(start_hour)))
    db.execute_sql(
        "INSERT INTO cache_trend_day SELECT day, sum(count), sum(rated), sum(sev_sum),"
        " max(sev_max) FROM cache_trend_cell GROUP BY day"
    )
    db.execute_sql(
        "INSERT INTO cache_trend_hour_block SELECT day / 32, hour, sum(count)"
        " FROM cache_trend_cell GROUP BY 1, 2"
    )
    db.execute_sql(
        f"INSERT INTO cache_dose_slot SELECT id, medication_id, {SLOT_DAY.format('dose')},"
        " substr(slot_local, 12, 5), status = 'taken' FROM dose WHERE slot_local IS NOT NULL"
    )


def totals_sql() -> str:
    """Return SQL selecting the totals :func:`mslog.core.trends.cache.is_current` compares."""
    return (
        "(SELECT coalesce(sum(count), 0) FROM cache_trend_day),"
        " (SELECT coalesce(sum(count), 0) FROM cache_trend_hour_block),"
        " (SELECT coalesce(sum(count), 0) FROM cache_trend_weekday_block),"
        " (SELECT count(*) FROM dose WHERE slot_local IS NOT NULL),"
        " (SELECT count(*) FROM cache_dose_slot)"
    )
