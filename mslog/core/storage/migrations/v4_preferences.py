"""Schema step 4: the diary-wide preferences (frozen, plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase


def create_preference_table(db: SqliteDatabase) -> None:
    """Migration step: a small key/value table for diary-wide settings."""
    db.execute_sql(
        """
        CREATE TABLE preference (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID"""
    )
