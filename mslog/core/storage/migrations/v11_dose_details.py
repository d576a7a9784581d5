"""Schema step 11: an amount per dose time, and side effects noted (frozen, plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase


def add_dose_details(db: SqliteDatabase) -> None:
    """Give each scheduled time an optional amount, and create the side-effect table."""
    # Written as plain SQL, not from the models: a step must stay what it was.
    # NULL: the time takes its version's amount (every time did before this step).
    db.execute_sql(
        "ALTER TABLE medication_time ADD COLUMN amount REAL CHECK (amount IS NULL OR amount > 0)"
    )
    # A side effect is noted for a diary day, for one medication or the day in general, and
    # for one scheduled dose of it when slot_local is set. The dose is named by its slot, not
    # by its row, so unticking and ticking a dose again keeps the note.
    db.execute_sql(
        """
        CREATE TABLE side_effect (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,                 -- diary day YYYY-MM-DD
            medication_id INTEGER REFERENCES medication (id) ON DELETE CASCADE,
            slot_local TEXT,                   -- local 'YYYY-MM-DD HH:MM' of the dose, or NULL
            kinds TEXT NOT NULL DEFAULT '',    -- chips, comma-separated: drowsiness,nausea
            note TEXT NOT NULL DEFAULT '',
            recorded_at INTEGER NOT NULL,
            CHECK (kinds <> '' OR note <> ''),
            CHECK (slot_local IS NULL OR medication_id IS NOT NULL)
        )"""
    )
    db.execute_sql("CREATE INDEX side_effect_day ON side_effect (day)")
