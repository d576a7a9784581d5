"""Which tables this program wrote to since a moment: what kept figures must read again."""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass, field

# The table a statement writes to: INSERT, REPLACE, UPDATE and DELETE, as peewee and the
# services write them ("INSERT INTO \"spasm\" ...", "UPDATE OR IGNORE dose ...").
_WRITE = re.compile(
    r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def table_written(sql: str) -> str | None:
    """Return the table ``sql`` writes to, or None for a statement that names none."""
    match = _WRITE.match(sql)
    return match.group(1).lower() if match else None


@dataclass(frozen=True)
class Mark:
    """The writes of one connection up to a moment (see :meth:`TableWrites.mark`)."""

    connection: int  # id() of the connection
    total_changes: int  # SQLite's count of rows it changed, triggers' included
    named: int  # of those, rows changed by statements whose table was named
    per_table: dict[str, int] = field(default_factory=dict)


class TableWrites:
    """Counts each connection's writes by table, and notices writes it cannot name.

    Every statement the database runs passes :meth:`wrote`; a row changed some other way
    (a statement whose table this cannot tell, a write straight on the connection) makes
    SQLite's own count run ahead of the named ones, and :meth:`changed` then says that
    anything may have changed. Another program's writes are not seen here at all: a
    reader also compares ``PRAGMA data_version``.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._per_table: dict[str, int] = {}
        self._named: dict[int, int] = {}  # id(connection) -> rows changed by named writes

    def wrote(self, connection: sqlite3.Connection, table: str, rows: int) -> None:
        """Note that a statement on ``connection`` wrote to ``table``, changing ``rows`` rows."""
        with self._lock:
            self._per_table[table] = self._per_table.get(table, 0) + 1
            self._named[id(connection)] = self._named.get(id(connection), 0) + rows

    def mark(self, connection: sqlite3.Connection) -> Mark:
        """Return where ``connection``'s writes stand now."""
        with self._lock:
            return Mark(
                id(connection),
                connection.total_changes,
                self._named.get(id(connection), 0),
                dict(self._per_table),
            )

    def changed(self, since: Mark, connection: sqlite3.Connection) -> frozenset[str] | None:
        """Return the tables written to on ``connection`` since ``since``.

        Returns:
            The tables (none when nothing was written), or None when that cannot be told:
            another connection, or rows changed by a write this could not name.
        """
        now = self.mark(connection)
        if now.connection != since.connection:
            return None
        if now.total_changes - since.total_changes != now.named - since.named:
            return None
        return frozenset(
            table for table, n in now.per_table.items() if since.per_table.get(table, 0) != n
        )
