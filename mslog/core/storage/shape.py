"""MSLog's mark and the tables and columns a diary of each version has, checked cheaply at opening.

A file can be sound to SQLite and still not be a diary MSLog can use: a table dropped by
another tool, a format number no MSLog wrote, another program's database. Opening reads
only ``sqlite_master`` and ``PRAGMA table_info`` (no row of any table) and compares them
with what the schema steps make, so the check costs the same on a diary of ten years as on
a new one. The shape of the latest version is written out below, so opening an up-to-date
diary runs no schema step; an older version's shape comes from running its steps on an
empty database in memory (only when that diary is about to be updated anyway).
``tests/core/storage/test_shape.py`` keeps :data:`LATEST` equal to a new diary.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mslog.core.storage.failures import DiaryFile

# "MSLG" in ASCII, written into every diary's header by schema step 9 (and so at creation).
APPLICATION_ID = 0x4D534C47
MARKED_FROM = 9  # the first version whose diaries all carry the mark
SHAPE_VERSION = 15  # the version :data:`LATEST` describes

# Table name -> its columns in order: "name TYPE [NOT NULL] [PKn]" (PKn: n-th primary key part).
Shape = dict[str, tuple[str, ...]]

_SHAPE_SQL = (
    'SELECT m.name, p.name, p.type, p."notnull", p.pk'
    " FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p"
    " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"
)

LATEST: Shape = {
    "appointment": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "day TEXT NOT NULL",
        "clinician TEXT NOT NULL",
        "note TEXT NOT NULL",
        "created_at INTEGER NOT NULL",
        "updated_at INTEGER NOT NULL",
    ),
    "appointment_questions": (
        "id INTEGER PK1",
        "text TEXT NOT NULL",
        "updated_at INTEGER NOT NULL",
    ),
    "cache_dose_day": (
        "medication_id INTEGER NOT NULL PK1",
        "day INTEGER NOT NULL PK2",
        "count INTEGER NOT NULL",
    ),
    "cache_dose_slot": (
        "dose_id INTEGER PK1",
        "medication_id INTEGER NOT NULL",
        "day INTEGER",
        "time TEXT NOT NULL",
        "taken INTEGER NOT NULL",
    ),
    "cache_habit_day": (
        "day INTEGER NOT NULL PK1",
        "habit_id INTEGER NOT NULL PK2",
        "ticks INTEGER NOT NULL",
    ),
    "cache_stretch_day": (
        "day INTEGER PK1",
        "completed INTEGER NOT NULL",
        "partial INTEGER NOT NULL",
    ),
    "cache_trend_cell": (
        "day INTEGER NOT NULL PK1",
        "hour INTEGER NOT NULL PK2",
        "count INTEGER NOT NULL",
        "rated INTEGER NOT NULL",
        "sev_sum INTEGER NOT NULL",
        "sev_max INTEGER NOT NULL",
    ),
    "cache_trend_day": (
        "day INTEGER PK1",
        "count INTEGER NOT NULL",
        "rated INTEGER NOT NULL",
        "sev_sum INTEGER NOT NULL",
        "sev_max INTEGER NOT NULL",
    ),
    "cache_trend_hour_block": (
        "block INTEGER NOT NULL PK1",
        "hour INTEGER NOT NULL PK2",
        "count INTEGER NOT NULL",
    ),
    "cache_trend_weekday_block": (
        "block INTEGER NOT NULL PK1",
        "weekday INTEGER NOT NULL PK2",
        "hour INTEGER NOT NULL PK3",
        "count INTEGER NOT NULL",
    ),
    "cache_trend_meta": (
        "id INTEGER PK1",
        "start_hour INTEGER NOT NULL",
    ),
    "cache_trend_tag": (
        "day INTEGER NOT NULL PK1",
        "kind TEXT NOT NULL PK2",
        "key TEXT NOT NULL PK3",
        "count INTEGER NOT NULL",
    ),
    "cache_trend_tag_block": (
        "block INTEGER NOT NULL PK1",
        "kind TEXT NOT NULL PK2",
        "key TEXT NOT NULL PK3",
        "count INTEGER NOT NULL",
    ),
    "cache_write_count": (
        "tbl TEXT NOT NULL PK1",
        "count INTEGER NOT NULL",
    ),
    "checkin": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "day TEXT NOT NULL",
        "nrs INTEGER",
        "nights_woken INTEGER",
        "pain INTEGER",
        "sleep TEXT",
        "spasms TEXT",
        "created_at INTEGER NOT NULL",
        "updated_at INTEGER NOT NULL",
    ),
    "checkin_factor": (
        "checkin_id INTEGER NOT NULL PK1",
        "factor_id INTEGER NOT NULL PK2",
    ),
    "day_factor": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "key TEXT",
        "name TEXT NOT NULL",
        "position INTEGER NOT NULL",
        "retired_on TEXT",
    ),
    "dose": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "medication_id INTEGER NOT NULL",
        "slot_local TEXT",
        "status TEXT NOT NULL",
        "taken_at INTEGER",
        "utc_offset INTEGER",
        "amount REAL",
        "reason TEXT NOT NULL",
        "recorded_at INTEGER NOT NULL",
        "entered_later INTEGER NOT NULL",
    ),
    "experiment": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "habit_id INTEGER NOT NULL",
        "first_day TEXT NOT NULL",
        "pattern TEXT NOT NULL",
        "created_at INTEGER NOT NULL",
        "stopped_on TEXT",
    ),
    "habit": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "key TEXT",
        "name TEXT NOT NULL",
        "position INTEGER NOT NULL",
        "retired_on TEXT",
    ),
    "habit_tick": (
        "id INTEGER PK1",
        "habit_id INTEGER NOT NULL",
        "done_at INTEGER NOT NULL",
        "utc_offset INTEGER NOT NULL",
        "recorded_at INTEGER NOT NULL",
        "entered_later INTEGER NOT NULL",
        "source TEXT NOT NULL",
    ),
    "medication": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "name TEXT NOT NULL",
        "reminders INTEGER NOT NULL",
        "position INTEGER NOT NULL",
        "created_at INTEGER NOT NULL",
    ),
    "medication_time": (
        "version_id INTEGER NOT NULL PK1",
        "time_of_day TEXT NOT NULL PK2",
        "amount REAL",
    ),
    "medication_version": (
        "id INTEGER PK1",
        "medication_id INTEGER NOT NULL",
        "effective_from TEXT NOT NULL",
        "active INTEGER NOT NULL",
        "strength TEXT NOT NULL",
        "amount REAL",
        "unit TEXT NOT NULL",
        "as_needed INTEGER NOT NULL",
        "created_at INTEGER NOT NULL",
    ),
    "preference": (
        "key TEXT NOT NULL PK1",
        "value TEXT NOT NULL",
    ),
    "self_rating": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "day TEXT NOT NULL",
        "penn_frequency INTEGER",
        "penn_severity INTEGER",
        "snow INTEGER",
        "created_at INTEGER NOT NULL",
    ),
    "side_effect": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "day TEXT NOT NULL",
        "medication_id INTEGER",
        "slot_local TEXT",
        "kinds TEXT NOT NULL",
        "note TEXT NOT NULL",
        "recorded_at INTEGER NOT NULL",
    ),
    "spasm": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "started_at INTEGER NOT NULL",
        "utc_offset INTEGER NOT NULL",
        "severity INTEGER",
        "kind TEXT",
        "duration_s INTEGER",
        "note TEXT NOT NULL",
        "created_at INTEGER NOT NULL",
        "updated_at INTEGER NOT NULL",
    ),
    "spasm_location": (
        "spasm_id INTEGER NOT NULL PK1",
        "location TEXT NOT NULL PK2",
    ),
    "spasm_trigger": (
        "spasm_id INTEGER NOT NULL PK1",
        "trigger TEXT NOT NULL PK2",
    ),
    "stretch_session": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "routine_key TEXT NOT NULL",
        "routine_name TEXT NOT NULL",
        "started_at INTEGER NOT NULL",
        "utc_offset INTEGER NOT NULL",
        "ended_at INTEGER",
        "active_s INTEGER NOT NULL",
        "outcome TEXT NOT NULL",
    ),
    "stretch_step": (
        "session_id INTEGER NOT NULL PK1",
        "position INTEGER NOT NULL PK2",
        "exercise TEXT NOT NULL",
        "side TEXT NOT NULL",
        "planned_s INTEGER NOT NULL",
        "status TEXT NOT NULL",
        "reason TEXT",
    ),
    "treatment": (
        "id INTEGER PK1",
        "uuid TEXT NOT NULL",
        "day TEXT NOT NULL",
        "kind TEXT NOT NULL",
        "name TEXT NOT NULL",
        "sites TEXT NOT NULL",
        "rate TEXT NOT NULL",
        "next_refill TEXT",
        "note TEXT NOT NULL",
        "created_at INTEGER NOT NULL",
        "updated_at INTEGER NOT NULL",
    ),
}


def read(conn: sqlite3.Connection) -> Shape:
    """The tables and columns of an open database (SQLite's own tables left out)."""
    found: dict[str, list[str]] = {}
    for table, name, kind, not_null, pk in conn.execute(_SHAPE_SQL):
        column = f"{name} {kind}" if kind else name
        column += " NOT NULL" if not_null else ""
        column += f" PK{pk}" if pk else ""
        found.setdefault(table, []).append(column)
    return {table: tuple(columns) for table, columns in found.items()}


def expected(version: int) -> Shape:
    """The shape of a diary at ``version``, as the schema steps up to it make it."""
    if version == SHAPE_VERSION:
        return LATEST
    from peewee import SqliteDatabase

    from mslog.core.storage import migrations

    fresh = SqliteDatabase(":memory:")
    fresh.connect()
    try:
        migrations.migrate(fresh, target=version)
        return read(fresh.connection())
    finally:
        fresh.close()


def header_application_id(path: Path) -> int:
    """``PRAGMA application_id`` read from the file header (0 when unset or not SQLite's)."""
    with Path(path).open("rb") as handle:
        header = handle.read(72)
    if len(header) < 72 or not header.startswith(b"SQLite format 3\x00"):
        return 0
    return int.from_bytes(header[68:72], "big", signed=False)


def foreign(mark: int) -> str | None:
    """Describe a file whose ``application_id`` is ``mark`` if another program's, else None."""
    if mark in (0, APPLICATION_ID):
        return None
    return DiaryFile.tr(
        "is not an MSLog diary (another program marked it as its own: id {mark})",
        "said of a file: “{file} …”"
    ).format(mark=f"{mark:#010x}")  # fmt: skip


def problem(conn: sqlite3.Connection, version: int, mark: int) -> str | None:
    """Return None if the open database is an MSLog diary of ``version``, else what is wrong.

    Args:
        conn: The file, opened read-only.
        version: Its ``user_version`` (0 to the latest).
        mark: Its ``application_id``.
    """
    if foreign(mark):
        return foreign(mark)
    if version < 0:
        return DiaryFile.tr(
            "is damaged (its format number {version} is not one MSLog ever wrote)",
            "said of a file: “{file} …”"
        ).format(version=version)  # fmt: skip
    found = read(conn)
    if version == 0:
        # An empty database (no table at all) holds nothing to lose: it becomes the diary.
        return (
            DiaryFile.tr("is not an MSLog diary", "said of a file: “{file} …”") if found else None
        )
    if mark == 0 and version >= MARKED_FROM:
        return DiaryFile.tr(
            "is not an MSLog diary (it lacks the mark every MSLog diary of its format has)",
            "said of a file: “{file} …”"
        )  # fmt: skip
    difference = _difference(expected(version), found)
    if difference is None:
        return None
    if mark == APPLICATION_ID:
        return DiaryFile.tr("is damaged ({reason})", "said of a file: “{file} …”").format(
            reason=difference
        )
    return DiaryFile.tr(
        "is not an MSLog diary, or is a damaged one ({reason})", "said of a file: “{file} …”"
    ).format(reason=difference)


def _difference(want: Shape, found: Shape) -> str | None:
    missing = sorted(set(want) - set(found))
    if missing:
        if len(missing) == 1:
            return DiaryFile.tr("its table {table} is missing").format(table=missing[0])
        return DiaryFile.tr("its tables {tables} are missing").format(tables=", ".join(missing))
    extra = sorted(set(found) - set(want))
    if extra:
        return DiaryFile.tr("it holds a table MSLog never makes: {tables}").format(
            tables=", ".join(extra)
        )
    for table, columns in want.items():
        if found[table] != columns:
            text = DiaryFile.tr("the columns of its table {table} are not the ones MSLog makes")
            return text.format(table=table)
    return None
