"""Schema step 15: the diary counts its writes per table, for every MSLog to see (plain SQL)."""

from __future__ import annotations

from peewee import SqliteDatabase


def create_write_counts(db: SqliteDatabase) -> None:
    """Create ``cache_write_count``: statements committed that wrote to each table.

    Derived bookkeeping like the other ``cache_`` tables (neither exported nor imported):
    see :mod:`mslog.core.storage.writes`.
    """
    db.execute_sql(
        "CREATE TABLE cache_write_count (tbl TEXT NOT NULL PRIMARY KEY, count INTEGER NOT NULL)"
        " WITHOUT ROWID"
    )
