"""Per-day aggregates of the spasm log, kept current by SQLite triggers, for fast trends.

Ten years of spasms are ~200,000 rows; grouping them by diary day takes a noticeable
fraction of a second, too slow to redraw a chart as the range changes. These tables
hold the same numbers already grouped, one row per diary day × local hour, and per
day × trigger, location and type (rolled up again per 32-day block), so any range is
read from a few thousand rows.

* Triggers on ``spasm``, ``spasm_trigger`` and ``spasm_location`` keep them current
  for every writer (the window, the command line, import), inside the writer's own
  transaction, so they can never disagree after a commit.
* They are built on first use for the diary's day-start hour (stored in
  ``cache_trend_meta``) and rebuilt when that hour changes, or should a count ever
  disagree with the log.
* They are derived data: the JSON export leaves ``cache_*`` tables out.
* They are read through their models (:mod:`mslog.core.trends.tables`); the SQL here
  creates, rebuilds and checks them.
* :mod:`mslog.core.trends.rollup` groups the cells again per day and per block × hour
  (and keeps the dose slots the adherence lane reads); rebuilt and checked with them.
* :mod:`mslog.core.trends.activity` keeps habit ticks, stretch sessions and doses per
  diary day for the other lanes; rebuilt and checked with them too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from peewee import SqliteDatabase

from mslog.core.trends import activity, rollup

START = "(SELECT start_hour FROM cache_trend_meta WHERE id = 1)"


def _day(row: str, start: str = START) -> str:
    return f"(({row}.started_at + {row}.utc_offset * 60 - 3600 * {start}) / 86400)"


def _hour(row: str) -> str:
    return f"((({row}.started_at + {row}.utc_offset * 60) % 86400) / 3600)"


BLOCK = 32  # days per block of the rollup table


def _units() -> tuple[tuple[str, str, Callable[[str], str]], ...]:
    # Each tag count is kept per day and per 32-day block (a long range reads the blocks).
    return (
        ("cache_trend_tag", "day", lambda e: e),
        ("cache_trend_tag_block", "block", lambda e: f"({e} / {BLOCK})"),
    )


def _tag_add(day: str, kind: str, key: str, source: str = "", where: str = "1") -> str:
    return "\n".join(
        f"INSERT INTO {table} ({col}, kind, key, count) SELECT {wrap(day)}, {kind}, {key}, 1"
        f" {source} WHERE {where}"
        f" ON CONFLICT ({col}, kind, key) DO UPDATE SET count = count + 1;"
        for table, col, wrap in _units()
    )


def _tag_sub(day: str, kind: str, key_test: str) -> str:
    return "\n".join(
        f"UPDATE {table} SET count = count - 1 WHERE {col} = {wrap(day)} AND kind = {kind}"
        f" AND key {key_test}; DELETE FROM {table} WHERE {col} = {wrap(day)} AND count <= 0;"
        for table, col, wrap in _units()
    )


def _cell_removed(row: str) -> str:
    # Take one spasm out of its cell; the highest severity is read again from the log.
    return f"""
        UPDATE cache_trend_cell SET count = count - 1,
            rated = rated - ({row}.severity IS NOT NULL),
            sev_sum = sev_sum - coalesce({row}.severity, 0),
            sev_max = (SELECT coalesce(max(s.severity), -1) FROM spasm s
                       WHERE s.started_at BETWEEN {row}.started_at - 100000
                             AND {row}.started_at + 100000
                         AND {_day("s")} = {_day(row)} AND {_hour("s")} = {_hour(row)})
        WHERE day = {_day(row)} AND hour = {_hour(row)};
        DELETE FROM cache_trend_cell WHERE day = {_day(row)} AND hour = {_hour(row)} AND count <= 0;
        {_tag_sub(_day(row), "'type'", f"= {row}.kind")}
    """


def _cell_added(row: str) -> str:
    return f"""
        INSERT INTO cache_trend_cell (day, hour, count, rated, sev_sum, sev_max)
        SELECT {_day(row)}, {_hour(row)}, 1, {row}.severity IS NOT NULL,
            coalesce({row}.severity, 0), coalesce({row}.severity, -1) WHERE 1
        ON CONFLICT (day, hour) DO UPDATE SET count = count + 1,
            rated = rated + excluded.rated, sev_sum = sev_sum + excluded.sev_sum,
            sev_max = max(sev_max, excluded.sev_max);
        {_tag_add(_day(row), "'type'", f"{row}.kind", where=f"{row}.kind IS NOT NULL")}
    """


def _children(row: str, sign: str) -> str:
    # Move the spasm's triggers and locations with it (sign "-": out of its day).
    parts = []
    for table, column, kind in (("spasm_trigger", "trigger", "trigger"),
                                ("spasm_location", "location", "location")):  # fmt: skip
        if sign == "-":
            test = f"IN (SELECT {column} FROM {table} WHERE spasm_id = {row}.id)"
            parts.append(_tag_sub(_day(row), f"'{kind}'", test))
        else:
            parts.append(
                _tag_add(_day(row), f"'{kind}'", column, f"FROM {table}", f"spasm_id = {row}.id")
            )
    return "\n".join(parts)


def create_trend_cache(db: SqliteDatabase) -> None:
    """Migration step: the aggregate tables and the triggers that keep them current."""
    # Plain SQL, never derived from code that may change: a step must stay what it was.
    db.execute_sql(
        "CREATE TABLE cache_trend_meta ("
        " id INTEGER PRIMARY KEY CHECK (id = 1), start_hour INTEGER NOT NULL)"
    )
    db.execute_sql(
        """
        CREATE TABLE cache_trend_cell (
            day INTEGER NOT NULL,       -- diary day, days since 1970-01-01
            hour INTEGER NOT NULL,      -- local hour of day, 0-23
            count INTEGER NOT NULL,
            rated INTEGER NOT NULL,     -- how many have a severity
            sev_sum INTEGER NOT NULL,
            sev_max INTEGER NOT NULL,   -- -1 when none is rated
            PRIMARY KEY (day, hour)
        ) WITHOUT ROWID"""
    )
    db.execute_sql(
        """
        CREATE TABLE cache_trend_tag (
            day INTEGER NOT NULL,
            kind TEXT NOT NULL,         -- 'trigger', 'location' or 'type'
            key TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, kind, key)
        ) WITHOUT ROWID"""
    )
    db.execute_sql(
        """
        CREATE TABLE cache_trend_tag_block (
            block INTEGER NOT NULL,     -- day / 32
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (block, kind, key)
        ) WITHOUT ROWID"""
    )
    built = "EXISTS (SELECT 1 FROM cache_trend_meta)"
    watched = "started_at, utc_offset, severity, kind"
    triggers = {
        "cache_trend_spasm_ai": f"AFTER INSERT ON spasm WHEN {built} BEGIN {_cell_added('NEW')}",
        "cache_trend_spasm_bd": (
            f"BEFORE DELETE ON spasm WHEN {built} BEGIN {_children('OLD', '-')}"
        ),
        "cache_trend_spasm_ad": f"AFTER DELETE ON spasm WHEN {built} BEGIN {_cell_removed('OLD')}",
        "cache_trend_spasm_bu": (
            f"BEFORE UPDATE OF {watched} ON spasm WHEN {built} BEGIN {_children('OLD', '-')}"
        ),
        "cache_trend_spasm_au": (
            f"AFTER UPDATE OF {watched} ON spasm WHEN {built} BEGIN {_cell_removed('OLD')}"
            f" {_cell_added('NEW')} {_children('NEW', '+')}"
        ),
    }
    for table, column, kind in (("spasm_trigger", "trigger", "trigger"),
                                ("spasm_location", "location", "location")):  # fmt: skip
        parent = "(SELECT s.started_at, s.utc_offset FROM spasm s WHERE s.id = {}.spasm_id) p"
        triggers[f"cache_trend_{kind}_ai"] = (
            f"AFTER INSERT ON {table} WHEN {built} BEGIN"
            f" {_tag_add(_day('p'), repr(kind), f'NEW.{column}', 'FROM ' + parent.format('NEW'))}"
        )
        # When the spasm itself is deleted its BEFORE DELETE trigger has done this.
        day = f"(SELECT {_day('p')} FROM {parent.format('OLD')})"
        triggers[f"cache_trend_{kind}_ad"] = (
            f"AFTER DELETE ON {table} WHEN {built}"
            " AND EXISTS (SELECT 1 FROM spasm WHERE id = OLD.spasm_id) BEGIN"
            f" {_tag_sub(day, repr(kind), f'= OLD.{column}')}"
        )
    for name, body in triggers.items():
        db.execute_sql(f"CREATE TRIGGER {name} {body} END")


def rebuild(db: SqliteDatabase, start_hour: int) -> None:
    """Recompute every aggregate from the log for a day starting at ``start_hour``."""
    start = str(int(start_hour))
    with db.atomic():
        # Without the meta row the triggers on the cells stand still: the per-day and
        # per-block tables are filled once at the end rather than cell by cell.
        db.execute_sql("DELETE FROM cache_trend_meta")
        db.execute_sql("DELETE FROM cache_trend_cell")
        db.execute_sql("DELETE FROM cache_trend_tag")
        db.execute_sql("DELETE FROM cache_trend_tag_block")
        db.execute_sql(
            f"INSERT INTO cache_trend_cell SELECT {_day('s', start)}, {_hour('s')}, count(*),"
            " count(s.severity), coalesce(sum(s.severity), 0), coalesce(max(s.severity), -1)"
            " FROM spasm s GROUP BY 1, 2"
        )
        db.execute_sql(
            f"INSERT INTO cache_trend_tag SELECT {_day('s', start)}, 'type', s.kind, count(*)"
            " FROM spasm s WHERE s.kind IS NOT NULL GROUP BY 1, 3"
        )
        for table, column, kind in (("spasm_trigger", "trigger", "trigger"),
                                    ("spasm_location", "location", "location")):  # fmt: skip
            db.execute_sql(
                f"INSERT INTO cache_trend_tag SELECT {_day('s', start)}, '{kind}', c.{column},"
                f" count(*) FROM spasm s JOIN {table} c ON c.spasm_id = s.id GROUP BY 1, 3"
            )
        _rollup(db)
        rollup.fill(db, start_hour)
        activity.fill(db, start_hour)
        db.execute_sql(
            "INSERT INTO cache_trend_meta (id, start_hour) VALUES (1, ?)", (int(start_hour),)
        )


def _rollup(db: SqliteDatabase) -> None:
    db.execute_sql(
        f"INSERT INTO cache_trend_tag_block SELECT day / {BLOCK}, kind, key, sum(count)"
        " FROM cache_trend_tag GROUP BY 1, 2, 3"
    )


def _triggers(db: SqliteDatabase) -> list[tuple[str, str, str]]:
    """The aggregates' triggers: (name, the table they follow, their SQL)."""
    return db.execute_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND name LIKE 'cache!_%' ESCAPE '!' ORDER BY name"
    ).fetchall()


def followed_tables(db: SqliteDatabase) -> set[str]:
    """The diary's tables whose every write the aggregates' triggers follow."""
    return {table for _, table, _ in _triggers(db) if not table.startswith("cache_")}


@contextlib.contextmanager
def stood_down(db: SqliteDatabase) -> Iterator[None]:
    """Keep no aggregate current while a bulk write runs, and bring them up to date after.

    Each row written fires the triggers (and while the aggregates are not built yet each
    still asks whether they are): a large import spent about a quarter of its time there.
    The triggers are dropped and afterwards made again as they were; aggregates that were
    built are rebuilt from the whole log (by the writer, so a window never waits for it),
    and ones not built yet stay so (Trends builds them at its first look). Only inside a
    transaction: a failure or a cancel brings back the triggers with everything else.
    """
    triggers = _triggers(db)
    row = db.execute_sql("SELECT start_hour FROM cache_trend_meta WHERE id = 1").fetchone()
    for name, _, _ in triggers:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for _, _, sql in triggers:
        db.execute_sql(sql)
    if row is not None:
        rebuild(db, row[0])
    else:
        # Nothing to keep; said as a write to them, so a look on this connection checks.
        db.execute_sql("DELETE FROM cache_trend_meta")


def is_current(db: SqliteDatabase, start_hour: int) -> bool:
    """Return whether the aggregates exist for ``start_hour`` and match the log's counts."""
    row = db.execute_sql(
        "SELECT (SELECT start_hour FROM cache_trend_meta WHERE id = 1),"
        " (SELECT count(*) FROM spasm), (SELECT coalesce(sum(count), 0) FROM cache_trend_cell),"
        " (SELECT count(*) FROM spasm_trigger),"
        " (SELECT coalesce(sum(count), 0) FROM cache_trend_tag WHERE kind = 'trigger'),"
        " (SELECT coalesce(sum(count), 0) FROM cache_trend_tag_block WHERE kind = 'trigger'),"
        f" {rollup.totals_sql()}"
    ).fetchone()
    meta, spasms, cells, triggers, tagged, blocks, days, hours, weekdays, doses, slots = row
    return (
        meta == start_hour
        and spasms == cells == days == hours == weekdays
        and triggers == tagged == blocks
        and doses == slots
        and activity.is_current(db, start_hour)
    )
