"""Ordered schema steps, applied in one transaction each, tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import SqliteDatabase

Step = Callable[["SqliteDatabase"], None]


def _step(module: str, name: str) -> Step:
    """A step kept in its own module, imported only when a diary needs it.

    Opening an up-to-date diary (every day but the first) then loads none of them.
    """

    def run(db: SqliteDatabase) -> None:
        getattr(importlib.import_module(module), name)(db)

    run.__name__ = run.__qualname__ = name
    return run


_HERE = __name__
# The rollup steps (6, 7, 12) stay beside the trigger SQL they share with the rebuild in
# trends/, and step 5 beside the default habits in checklists/; the rest live here.
STEPS: list[Step] = [
    _step(f"{_HERE}.v1_spasms", "create_spasm_tables"),
    _step(f"{_HERE}.v2_appointments", "add_appointments_and_trend_index"),
    _step(f"{_HERE}.v3_stretch_sessions", "create_stretch_tables"),
    _step(f"{_HERE}.v4_preferences", "create_preference_table"),
    _step("mslog.core.checklists.schema", "create_checklist_tables"),
    _step("mslog.core.trends.cache", "create_trend_cache"),
    _step("mslog.core.trends.rollup", "create_trend_rollups"),
    _step(f"{_HERE}.v8_checkins", "create_checkin_tables"),
    _step(f"{_HERE}.v9_application_id", "mark_as_mslog_diary"),
    _step(f"{_HERE}.v10_treatments", "create_treatment_table"),
    _step(f"{_HERE}.v11_dose_details", "add_dose_details"),
    _step("mslog.core.trends.rollup", "create_weekday_rollup"),
    _step(f"{_HERE}.v13_partly_done_steps", "allow_partly_done_steps"),
    _step("mslog.core.trends.activity", "create_activity_rollups"),
    _step(f"{_HERE}.v15_write_counts", "create_write_counts"),
]
LATEST_VERSION = len(STEPS)


def schema_version(db: SqliteDatabase) -> int:
    """Return the schema version stored in the open database."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: SqliteDatabase, target: int | None = None) -> list[int]:
    """Apply every step the database lacks, up to ``target`` (the latest); return those applied.

    Each step and its version bump commit together, so a crash leaves the
    database at a whole version.
    """
    applied = []
    current = schema_version(db)
    for version in range(current + 1, (LATEST_VERSION if target is None else target) + 1):
        with db.atomic():
            STEPS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied
