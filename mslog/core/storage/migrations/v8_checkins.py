"""Schema step 8: check-ins, day factors, self-ratings and self-experiments (frozen, plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase

from mslog.core.checkin.factors import DEFAULT_FACTORS


def create_checkin_tables(db: SqliteDatabase) -> None:
    """Create the check-in tables and the default day factors."""
    # Written as plain SQL, not from the models: a step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE checkin (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL UNIQUE,          -- diary day YYYY-MM-DD
            nrs INTEGER CHECK (nrs BETWEEN 0 AND 10),
            nights_woken INTEGER CHECK (nights_woken BETWEEN 0 AND 3),  -- 3: three or more
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            sleep TEXT CHECK (sleep IN ('good', 'fair', 'poor')),
            spasms TEXT CHECK (spasms IN ('all_logged', 'none')),  -- NULL: not said
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute_sql(
        """
        CREATE TABLE day_factor (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            key TEXT UNIQUE,                   -- built-in factors only
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            retired_on TEXT                    -- diary day from which it is no longer offered
        )"""
    )
    # A row means "yes" on that day; a check-in without it means "no".
    db.execute_sql(
        """
        CREATE TABLE checkin_factor (
            checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
            factor_id INTEGER NOT NULL REFERENCES day_factor (id) ON DELETE CASCADE,
            PRIMARY KEY (checkin_id, factor_id)
        ) WITHOUT ROWID"""
    )
    db.execute_sql("CREATE INDEX checkin_factor_factor ON checkin_factor (factor_id)")
    # A planned n-of-1 trial: weeks with and without a habit, in a set order.
    db.execute_sql(
        """
        CREATE TABLE experiment (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            habit_id INTEGER NOT NULL REFERENCES habit (id) ON DELETE CASCADE,
            first_day TEXT NOT NULL,           -- diary day the first week starts
            pattern TEXT NOT NULL CHECK (length(pattern) BETWEEN 2 AND 12
                AND pattern NOT GLOB '*[^AB]*'),  -- a week each: A with the habit, B without
            created_at INTEGER NOT NULL,
            stopped_on TEXT                    -- diary day it was stopped early, or NULL
        )"""
    )
    # The person's own answers to the Penn and Snow scales, asked before an appointment.
    db.execute_sql(
        """
        CREATE TABLE self_rating (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,                 -- diary day answered
            penn_frequency INTEGER CHECK (penn_frequency BETWEEN 0 AND 4),
            penn_severity INTEGER CHECK (penn_severity BETWEEN 1 AND 3),  -- NULL when no spasms
            snow INTEGER CHECK (snow BETWEEN 1 AND 5),
            created_at INTEGER NOT NULL
        )"""
    )
    db.execute_sql("CREATE INDEX self_rating_day ON self_rating (day)")
    for position, (key, name) in enumerate(DEFAULT_FACTORS):
        db.execute_sql(
            "INSERT INTO day_factor (uuid, key, name, position) "
            "VALUES (lower(hex(randomblob(16))), ?, ?, ?)",
            (key, name, position),
        )
