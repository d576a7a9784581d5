"""Schema step 9: mark the file as an MSLog diary with ``PRAGMA application_id`` (frozen)."""

from __future__ import annotations

from peewee import SqliteDatabase


def mark_as_mslog_diary(db: SqliteDatabase) -> None:
    """Write MSLog's mark into the file header (0x4D534C47, "MSLG" in ASCII).

    The value is :data:`mslog.core.storage.shape.APPLICATION_ID`, repeated here because a
    shipped step never changes. Opening refuses a file carrying another program's mark, and
    an unmarked one unless its tables are exactly an older MSLog diary's (which this step
    then marks).
    """
    db.execute_sql("PRAGMA application_id = 1297304647")
