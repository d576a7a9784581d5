"""Ordered schema steps, applied in one transaction each, tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import SqliteDatabase

Step = Callable[["SqliteDatabase"], None]


def _step(module: str, name: str) -> Step:
    """A step kept in its feature's module, imported only when a diary needs it.

    Opening an up-to-date diary (every day but the first) then loads none of them.
    """

    def run(db: SqliteDatabase) -> None:
        getattr(importlib.import_module(module), name)(db)

    run.__name__ = run.__qualname__ = name
    return run


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


STEPS: list[Step] = [
    _v1_spasms,
    _step("mslog.core.trends.schema", "add_appointments_and_trend_index"),
    _step("mslog.core.routines.sessions", "create_stretch_tables"),
    _step("mslog.core.preferences", "create_preference_table"),
    _step("mslog.core.checklists.schema", "create_checklist_tables"),
    _step("mslog.core.trends.cache", "create_trend_cache"),
    _step("mslog.core.trends.rollup", "create_trend_rollups"),
    _step("mslog.core.checkin.schema", "create_checkin_tables"),
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
