"""Schema step 3: stretch sessions and what became of each step (frozen, plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase


def create_stretch_tables(db: SqliteDatabase) -> None:
    """Migration step: tables for stretch sessions and what became of each step."""
    # Plain SQL, not from models: a migration step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE stretch_session (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            routine_key TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            started_at INTEGER NOT NULL,      -- UTC, seconds since the epoch
            utc_offset INTEGER NOT NULL,      -- minutes east of UTC
            ended_at INTEGER,                 -- NULL while playing (or if MSLog crashed)
            active_s INTEGER NOT NULL DEFAULT 0 CHECK (active_s >= 0),
            outcome TEXT NOT NULL DEFAULT 'partial'
                CHECK (outcome IN ('completed', 'stopped', 'partial'))
        )"""
    )
    db.execute_sql("CREATE INDEX stretch_session_started_at ON stretch_session (started_at)")
    db.execute_sql(
        """
        CREATE TABLE stretch_step (
            session_id INTEGER NOT NULL REFERENCES stretch_session (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            exercise TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
            planned_s INTEGER NOT NULL CHECK (planned_s >= 0),
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'completed', 'skipped')),
            reason TEXT CHECK (reason IN ('pain', 'spasm', 'tired', 'other')),
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID"""
    )
