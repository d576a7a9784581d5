"""Schema step 13: a stretch step stopped part-way is stored as ``partly`` (frozen, plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase


def allow_partly_done_steps(db: SqliteDatabase) -> None:
    """Rebuild ``stretch_step`` so its status may also be ``partly``."""
    # SQLite cannot change a CHECK in place: copy into a new table and swap it in.
    db.execute_sql(
        """
        CREATE TABLE stretch_step_new (
            session_id INTEGER NOT NULL REFERENCES stretch_session (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            exercise TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
            planned_s INTEGER NOT NULL CHECK (planned_s >= 0),
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'completed', 'skipped', 'partly')),
            reason TEXT CHECK (reason IN ('pain', 'spasm', 'tired', 'other')),
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID"""
    )
    db.execute_sql("INSERT INTO stretch_step_new SELECT * FROM stretch_step")
    db.execute_sql("DROP TABLE stretch_step")
    db.execute_sql("ALTER TABLE stretch_step_new RENAME TO stretch_step")
