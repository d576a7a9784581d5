"""Ordered schema steps, applied in one transaction each, tracked by ``PRAGMA user_version``."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from mslog.core.checklists.schema import create_checklist_tables
from mslog.core.preferences import create_preference_table
from mslog.core.routines.sessions import create_stretch_tables
from mslog.core.trend_cache import create_trend_cache
from mslog.core.trend_rollup import create_trend_rollups
from mslog.core.trends_schema import add_appointments_and_trend_index


def _v1_spasms(db: SqliteDatabase) -> None:
    # Written as plain SQL, not from the models: a step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE spasm (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            started_at INTEGER NOT NULL,      -- UTC, seconds since the epoch
            utc_offset INTEGER NOT NULL,      -- minutes east of UTC where it happened
            severity INTEGER CHECK (severity BETWEEN 0 AND 10),
            kind TEXT,
            duration_s INTEGER CHECK (duration_s BETWEEN 0 AND 86400),
            note TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute_sql("CREATE INDEX spasm_started_at ON spasm (started_at)")
    for table, column in (("spasm_location", "location"), ("spasm_trigger", "trigger")):
        db.execute_sql(
            f"""
            CREATE TABLE {table} (
                spasm_id INTEGER NOT NULL REFERENCES spasm (id) ON DELETE CASCADE,
                {column} TEXT NOT NULL,
                PRIMARY KEY (spasm_id, {column})
            ) WITHOUT ROWID"""
        )
        db.execute_sql(f"CREATE INDEX {table}_{column} ON {table} ({column})")


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _v1_spasms,
    add_appointments_and_trend_index,
    create_stretch_tables,
    create_preference_table,
    create_checklist_tables,
    create_trend_cache,
    create_trend_rollups,
]
LATEST_VERSION = len(STEPS)


def schema_version(db: SqliteDatabase) -> int:
    """Return the schema version stored in the open database."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: SqliteDatabase) -> list[int]:
    """Apply every step the database lacks; return the versions applied.

    Each step and its version bump commit together, so a crash leaves the
    database at a whole version.
    """
    applied = []
    current = schema_version(db)
    for version in range(current + 1, LATEST_VERSION + 1):
        with db.atomic():
            STEPS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied
