"""Putting a backup back in place of the diary, keeping whatever it replaces."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from peewee import SqliteDatabase

from mslog.core.clock import Clock
from mslog.core.safety import backup
from mslog.core.safety.backup import BackupError
from mslog.core.storage import failures, migrations
from mslog.core.storage.database import DB_FILENAME


class NotADiaryError(BackupError):
    """The file offered for a restore is not a whole MSLog diary; nothing was changed."""


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did.

    Attributes:
        restored_from: The backup now in use.
        safety_copy: A backup of the diary as it was just before, if it was readable.
        moved_aside: Where a damaged diary was moved, if it was damaged.
        entries: How many spasm entries the restored diary holds.
    """

    restored_from: Path
    safety_copy: Path | None
    moved_aside: Path | None
    entries: int


@cache
def expected_tables(version: int) -> dict[str, frozenset[str]]:
    """The tables, and their columns, of a diary at schema ``version``.

    Read from a diary built in memory by the same steps, so it can never disagree with
    what those steps make.
    """
    built = SqliteDatabase(":memory:")
    built.connect()
    try:
        for step in migrations.STEPS[:version]:
            step(built)
        return _tables(built.connection())
    finally:
        built.close()


def _tables(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    columns = "SELECT name FROM pragma_table_info(?)"
    return {name: frozenset(row[0] for row in conn.execute(columns, (name,))) for name in names}


def _missing(found: dict[str, frozenset[str]], version: int) -> str | None:
    """What a diary of ``version`` lacks, in a few words, or None if it has every part."""
    for table, columns in sorted(expected_tables(version).items()):
        if table not in found:
            return f"lacks the table {table}"
        absent = sorted(columns - found[table])
        if absent:
            return f"lacks the column {table}.{absent[0]}"
    return None


def check_restorable(path: Path) -> int:
    """Return the entry count of a backup fit to restore.

    Fit means sound, from this MSLog or an earlier one, and complete: every table and
    column its schema version has.

    Raises:
        NotADiaryError: It is missing, damaged, incomplete or not an MSLog diary.
        BackupError: It is from a newer MSLog.
    """
    path = Path(path)
    if not path.exists():
        raise NotADiaryError(f"{path} does not exist; your diary was not changed.")
    try:
        problem = backup.check_file(path)
    except sqlite3.Error as exc:  # not reached, which is not damaged
        raise BackupError(f"Could not read {path}: {failures.message(exc)}") from exc
    if problem is not None:
        raise NotADiaryError(f"{path} {problem}; your diary was not changed.")
    try:
        conn = backup.connect_read_only(path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            found = _tables(conn)
            expected = expected_tables(min(max(version, 0), migrations.LATEST_VERSION))
            # Not one table of a diary: another program's database, not a damaged diary.
            foreign = version <= 0 or not found or not expected.keys() & found.keys()
            problem = "is not an MSLog diary" if foreign else None
            if problem is None and version <= migrations.LATEST_VERSION:
                problem = _missing(found, version)
            # Then what opening would refuse too: another program's mark, a table too many.
            problem = problem or backup.structure_problem(path, conn)
            entries = int(conn.execute("SELECT count(*) FROM spasm").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        problem = problem or "is not an MSLog diary"
        entries = 0
    if problem is not None:
        what = "" if "MSLog diary" in problem else ", so it is not a complete MSLog diary"
        raise NotADiaryError(f"{path} {problem}{what}; your diary was not changed.")
    if version > migrations.LATEST_VERSION:
        raise BackupError(
            f"{path} was saved by a newer version of MSLog; update MSLog to restore it. "
            "Your diary was not changed."
        )
    return entries


def restore_backup(data_dir: Path, source: Path, clock: Clock) -> RestoreResult:
    """Replace the diary in ``data_dir`` (which must be closed) with the backup ``source``.

    The current diary is first backed up (or, if damaged, moved aside); the
    new file is verified beside the diary and swapped in with one atomic rename.

    Raises:
        BackupError: The backup is unusable or the swap failed; the diary is as it was.
        DiaryInUseError: Another MSLog has the diary open.
    """
    data_dir = Path(data_dir)
    source = Path(source).resolve()
    entries = check_restorable(source)
    path = data_dir / DB_FILENAME
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    safety: Path | None = None
    moved: Path | None = None
    damaged: str | None = None
    # Copied in first: rotating backups below must not be able to remove the source.
    # Named by process, so the next opening can tell one a killed restore left behind.
    incoming = data_dir / f".{DB_FILENAME}.restoring-{os.getpid()}"
    backup.copy_file(source, incoming)
    try:
        if path.exists() or path.is_symlink():
            damaged = backup.check_file(path, quick=True) if path.exists() else "is a broken link"
            if damaged is None:
                safety = backup.make_backup(data_dir, clock, "before-restore", source_path=path)
                backup.claim_exclusive(path)
                Path(f"{path}-shm").unlink(missing_ok=True)  # an index only, never data
                for extra in backup.sidecars(path):
                    if extra.exists():
                        backup.move_aside(extra, clock, "stale")
            else:
                moved = backup.move_aside(path, clock)
        os.replace(incoming, path)
    except OSError as exc:
        raise BackupError(f"Could not put the backup in place: {exc.strerror}") from exc
    except sqlite3.Error as exc:  # the diary could not be read to check it: left as it was
        raise BackupError(f"Could not put the backup in place. {failures.message(exc)}") from exc
    finally:
        incoming.unlink(missing_ok=True)
    return RestoreResult(source, safety, moved, entries)
