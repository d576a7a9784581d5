"""Migration step for medications, dose records, habits and habit ticks (plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase

from mslog.core.i18n import QT_TRANSLATE_NOOP

# (key, name) of the habits a new diary starts with; the key survives renaming. The diary
# keeps the English name; it is shown in the person's language until the person renames
# it (:func:`mslog.core.checklists.model.habit_label`).
DEFAULT_HABITS: list[tuple[str, str]] = [
    ("warm_bath", QT_TRANSLATE_NOOP("habits", "Warm shower or bath")),
    ("heating_pad", QT_TRANSLATE_NOOP("habits", "Heating pad")),
    ("massage", QT_TRANSLATE_NOOP("habits", "Massage")),
    ("cold_pack", QT_TRANSLATE_NOOP("habits", "Cold pack")),
    ("stretching", QT_TRANSLATE_NOOP("habits", "Stretching")),
    ("water", QT_TRANSLATE_NOOP("habits", "Drink water")),
]


def create_checklist_tables(db: SqliteDatabase) -> None:
    """Create the checklist tables and the default habits."""
    # Written as plain SQL, not from the models: a step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE medication (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            reminders INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL
        )"""
    )
    # A change of amount or schedule is a new row; rows are never updated.
    db.execute_sql(
        """
        CREATE TABLE medication_version (
            id INTEGER PRIMARY KEY,
            medication_id INTEGER NOT NULL REFERENCES medication (id) ON DELETE CASCADE,
            effective_from TEXT NOT NULL,      -- diary day YYYY-MM-DD
            active INTEGER NOT NULL DEFAULT 1, -- 0: stopped from effective_from
            strength TEXT NOT NULL DEFAULT '',
            amount REAL CHECK (amount IS NULL OR amount > 0),
            unit TEXT NOT NULL DEFAULT '',
            as_needed INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL
        )"""
    )
    db.execute_sql(
        "CREATE INDEX medication_version_in_force "
        "ON medication_version (medication_id, effective_from, id)"
    )
    db.execute_sql(
        """
        CREATE TABLE medication_time (
            version_id INTEGER NOT NULL REFERENCES medication_version (id) ON DELETE CASCADE,
            time_of_day TEXT NOT NULL,         -- local HH:MM
            PRIMARY KEY (version_id, time_of_day)
        ) WITHOUT ROWID"""
    )
    db.execute_sql(
        """
        CREATE TABLE dose (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            medication_id INTEGER NOT NULL REFERENCES medication (id) ON DELETE CASCADE,
            slot_local TEXT,                   -- local 'YYYY-MM-DD HH:MM'; NULL: as needed
            status TEXT NOT NULL CHECK (status IN ('taken', 'skipped')),
            taken_at INTEGER,                  -- UTC epoch seconds, when taken
            utc_offset INTEGER,                -- minutes east of UTC at taken_at
            amount REAL CHECK (amount IS NULL OR amount > 0),
            reason TEXT NOT NULL DEFAULT '',
            recorded_at INTEGER NOT NULL,
            entered_later INTEGER NOT NULL DEFAULT 0,
            CHECK (status = 'skipped' OR taken_at IS NOT NULL),
            CHECK (status = 'taken' OR slot_local IS NOT NULL),
            UNIQUE (medication_id, slot_local)
        )"""
    )
    db.execute_sql("CREATE INDEX dose_taken_at ON dose (taken_at)")
    db.execute_sql(
        """
        CREATE TABLE habit (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            key TEXT UNIQUE,                   -- built-in habits only
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            retired_on TEXT                    -- diary day from which it is no longer listed
        )"""
    )
    db.execute_sql(
        """
        CREATE TABLE habit_tick (
            id INTEGER PRIMARY KEY,
            habit_id INTEGER NOT NULL REFERENCES habit (id) ON DELETE CASCADE,
            done_at INTEGER NOT NULL,          -- UTC epoch seconds
            utc_offset INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            entered_later INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL DEFAULT 'manual'
        )"""
    )
    db.execute_sql("CREATE INDEX habit_tick_done_at ON habit_tick (done_at)")
    for position, (key, name) in enumerate(DEFAULT_HABITS):
        db.execute_sql(
            "INSERT INTO habit (uuid, key, name, position) "
            "VALUES (lower(hex(randomblob(16))), ?, ?, ?)",
            (key, name, position),
        )
