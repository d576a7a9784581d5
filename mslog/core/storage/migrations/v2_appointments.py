"""Schema step 2: appointments, their questions note and the trend index (frozen, plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase


def add_appointments_and_trend_index(db: SqliteDatabase) -> None:
    """Create the appointment tables and an index covering the trend aggregates."""
    # Plain SQL, never derived from models: a step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE appointment (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,               -- YYYY-MM-DD, the appointment's local date
            clinician TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute_sql("CREATE INDEX appointment_day ON appointment (day)")
    # One row only: the person's own "questions for my appointment".
    db.execute_sql(
        """
        CREATE TABLE appointment_questions (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            text TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL
        )"""
    )
    # Trend queries read only these columns: the index covers them, so a ten-year
    # aggregate scans the small index instead of the wide table.
    db.execute_sql("CREATE INDEX spasm_trend ON spasm (started_at, utc_offset, severity)")
