"""Schema step 1: the spasm log (frozen, plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase


def create_spasm_tables(db: SqliteDatabase) -> None:
    """Create the spasm log: entries, their body locations and their triggers."""
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
