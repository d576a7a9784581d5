"""Schema step 10: treatment events (injections, pump refills, physiotherapy; frozen, plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase


def create_treatment_table(db: SqliteDatabase) -> None:
    """Create the table of treatments that are events rather than daily doses."""
    # Written as plain SQL, not from the model: a step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE treatment (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,                 -- diary day YYYY-MM-DD
            kind TEXT NOT NULL CHECK (kind IN ('botulinum_toxin', 'pump_refill',
                'pump_change', 'physiotherapy', 'other')),
            name TEXT NOT NULL DEFAULT '',     -- what an "other" treatment was
            sites TEXT NOT NULL DEFAULT '',    -- muscles or sites injected, as the person says
            rate TEXT NOT NULL DEFAULT '',     -- a pump's new rate, as the person says it
            next_refill TEXT,                  -- diary day a pump refill is next due, or NULL
            note TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute_sql("CREATE INDEX treatment_day ON treatment (day)")
