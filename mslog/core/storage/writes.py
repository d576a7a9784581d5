"""Which tables each write touched, counted in the diary itself, so every MSLog can tell.

Every statement the database runs passes :meth:`TableWrites.wrote`; as a transaction
commits, its statements per table are added to :data:`TABLE` in the same transaction
(:meth:`TableWrites.pending`, :func:`add_sql`). A reader compares two marks (:class:`Mark`,
:func:`changed`) to learn which tables were written since, by this program or by another
MSLog (a command in a terminal, the hotkey's ``mslog log``). A write that cannot be named is
counted as :data:`UNNAMED`, and a commit by another program that counted nothing (another
SQLite tool) shows only in ``PRAGMA data_version``: either way, anything may have changed.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peewee import IntegerField, TextField

from mslog.core.storage.models import BaseModel

if TYPE_CHECKING:
    from peewee import SqliteDatabase

TABLE = "cache_write_count"
COUNTED_FROM = 15  # the schema step that made it
UNNAMED = "*"  # rows changed by statements whose table could not be told

# The table a statement writes to: INSERT, REPLACE, UPDATE and DELETE, as peewee and the
# services write them ("INSERT INTO \"spasm\" ...", "UPDATE OR IGNORE dose ...").
_WRITE = re.compile(
    r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


class WriteCountRow(BaseModel):
    """How many committed statements wrote to one table (SQL of :func:`add_sql` keeps it)."""

    tbl = TextField(primary_key=True)
    count = IntegerField()

    class Meta:
        table_name = TABLE
        without_rowid = True


def table_written(sql: str) -> str | None:
    """Return the table ``sql`` writes to, or None for a statement that names none."""
    match = _WRITE.match(sql)
    return match.group(1).lower() if match else None


def add_sql(tables: int) -> str:
    """Return the statement adding the counts of ``tables`` tables (``tbl, count`` pairs)."""
    values = ", ".join("(?, ?)" for _ in range(tables))
    return (
        f"INSERT INTO {TABLE} (tbl, count) VALUES {values}"
        " ON CONFLICT (tbl) DO UPDATE SET count = count + excluded.count"
    )


@dataclass(frozen=True)
class Mark:
    """Where the diary's writes stand, as one connection sees them (see :func:`mark`)."""

    connection: sqlite3.Connection
    data_version: int  # SQLite's: moves with every other connection's commit
    counts: Mapping[str, int]  # the diary's counts: every MSLog's committed writes
    own: Mapping[str, int]  # the part of them this connection committed
    settled: bool  # False while this connection changed rows it has not counted


@dataclass
class _Connection:
    """One connection's writes: those not yet committed, and its committed ones."""

    base: int  # SQLite's count of rows changed when the last transaction ended
    pending: dict[str, int]  # statements per table since then
    named: int = 0  # rows those statements changed (triggers' rows included)
    committed: dict[str, int] | None = None


class TableWrites:
    """Counts each connection's writes by table until they commit, and what it committed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: dict[int, _Connection] = {}  # by id() of the connection

    def opened(self, connection: sqlite3.Connection) -> None:
        """Start counting for a new connection (one may take a closed one's id)."""
        with self._lock:
            self._connections[id(connection)] = _Connection(connection.total_changes, {})

    def _of(self, connection: sqlite3.Connection) -> _Connection:
        state = self._connections.get(id(connection))
        if state is None:
            state = self._connections[id(connection)] = _Connection(connection.total_changes, {})
        return state

    def wrote(self, connection: sqlite3.Connection, table: str, rows: int) -> None:
        """Note that a statement on ``connection`` wrote to ``table``, changing ``rows`` rows."""
        with self._lock:
            state = self._of(connection)
            state.pending[table] = state.pending.get(table, 0) + 1
            state.named += rows

    def pending(self, connection: sqlite3.Connection) -> dict[str, int]:
        """Return the counts ``connection``'s transaction is to add as it commits.

        Rows SQLite changed beyond those of named statements (a statement whose table this
        cannot tell, a write straight on the connection) add one :data:`UNNAMED`.
        """
        with self._lock:
            state = self._of(connection)
            counts = dict(state.pending)
            if connection.total_changes - state.base != state.named:
                counts[UNNAMED] = counts.get(UNNAMED, 0) + 1
            return counts

    def ended(self, connection: sqlite3.Connection, committed: Mapping[str, int]) -> None:
        """Note that ``connection``'s transaction ended, adding ``committed`` (none if undone)."""
        with self._lock:
            state = self._of(connection)
            own = dict(state.committed or {})
            for table, n in committed.items():
                own[table] = own.get(table, 0) + n
            self._connections[id(connection)] = _Connection(connection.total_changes, {}, 0, own)

    def committed(self, connection: sqlite3.Connection) -> dict[str, int]:
        """Return what ``connection`` has committed, per table (no query: this program's own)."""
        with self._lock:
            return dict(self._of(connection).committed or {})

    def mark(self, db: SqliteDatabase) -> Mark:
        """Return where the writes stand now, read on ``db``'s connection of this thread."""
        connection = db.connection()
        version = int(connection.execute("PRAGMA data_version").fetchone()[0])
        counts = dict(connection.execute(f"SELECT tbl, count FROM {TABLE}").fetchall())
        with self._lock:
            state = self._of(connection)
            settled = not state.pending and connection.total_changes == state.base
            return Mark(connection, version, counts, dict(state.committed or {}), settled)


def changed(since: Mark, now: Mark) -> frozenset[str] | None:
    """Return the tables written to between two marks of one connection.

    Returns:
        The tables (none when nothing was written), or None when that cannot be told: a
        reopened connection, a write that could not be named, a write to a derived table
        (a rebuild), or another program's commit that counted nothing.
    """
    if now.connection is not since.connection or not now.settled:
        return None
    tables: set[str] = set()
    others = False  # whether another connection's counted writes explain its commits
    for table in since.counts.keys() | now.counts.keys():
        added = now.counts.get(table, 0) - since.counts.get(table, 0)
        if added:
            tables.add(table)
            others |= added > now.own.get(table, 0) - since.own.get(table, 0)
    if UNNAMED in tables or any(table.startswith("cache_") for table in tables):
        return None
    if now.data_version != since.data_version and not others:
        return None
    return frozenset(tables)
