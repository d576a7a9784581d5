"""Opening the diary database: location, permissions, pragmas and schema version."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peewee import Model, SqliteDatabase

from mslog.core import migrations
from mslog.core.errors import DiaryOpenError, SchemaTooNewError

DB_FILENAME = "diary.sqlite3"

# A diary writes little and must never lose an acknowledged entry: FULL sync.
# The busy timeout lets the command line write while the window is open.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,
    "busy_timeout": 5000,
}

database = SqliteDatabase(None)


class BaseModel(Model):
    """Base of every table model; bound to the late-opened :data:`database`."""

    class Meta:
        database = database
        legacy_table_names = False


def prepare_data_dir(data_dir: Path) -> Path:
    """Create the data folder if needed and keep it private (0700 on POSIX)."""
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            data_dir.chmod(0o700)
    except OSError as exc:
        raise DiaryOpenError(f"Cannot use the data folder {data_dir}: {exc.strerror}") from exc
    if not data_dir.is_dir():
        raise DiaryOpenError(f"The data folder {data_dir} is not a folder.")
    return data_dir


def read_schema_version(path: Path) -> int:
    """Read ``PRAGMA user_version`` without writing anything to the file."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DiaryOpenError(
            f"{path} is not a readable MSLog diary ({exc}). It has not been changed."
        ) from exc


def open_database(data_dir: Path) -> SqliteDatabase:
    """Open (creating if needed) the diary in ``data_dir`` and bring its schema up to date.

    Raises:
        SchemaTooNewError: The file comes from a newer MSLog; it is not touched.
        DiaryOpenError: The folder or file cannot be used; nothing is written.
    """
    data_dir = prepare_data_dir(data_dir)
    path = data_dir / DB_FILENAME
    if path.exists():
        found = read_schema_version(path)
        if found > migrations.LATEST_VERSION:
            raise SchemaTooNewError(found, migrations.LATEST_VERSION)
    else:
        try:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise DiaryOpenError(f"Cannot create {path}: {exc.strerror}") from exc
    if os.name == "posix":
        path.chmod(0o600)
    close_database()
    database.init(str(path), pragmas=PRAGMAS)
    database.connect()
    migrations.migrate(database)
    return database


def close_database() -> None:
    """Close the diary connection if one is open."""
    if database.database is not None and not database.is_closed():
        database.close()
