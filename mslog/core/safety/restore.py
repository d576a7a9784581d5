"""Putting a backup back in place of the diary, keeping whatever it replaces."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


def check_restorable(
    path: Path, cancelled: Callable[[], bool] | None = None, *, known_sound: bool = False
) -> int:
    """Return the entry count of a backup fit to restore.

    Fit means sound, from this MSLog or an earlier one, and complete: every table and
    column its schema version has. Any thread may run it: it reads the backup through a
    connection of its own and writes nothing.

    Args:
        path: The backup.
        cancelled: Asked now and then during the whole-file check; True stops it.
        known_sound: The whole-file check passed just before (on a worker thread, say),
            so only the cheap checks are made again. The copy a restore makes of it is
            verified whole anyway.

    Raises:
        NotADiaryError: It is missing, damaged, incomplete or not an MSLog diary.
        BackupError: It is from a newer MSLog.
        CancelledError: ``cancelled`` said so; nothing was changed.
    """
    path = Path(path)
    if not path.exists():
        raise NotADiaryError(f"{path} does not exist; your diary was not changed.")
    try:
        if known_sound:
            problem = backup.check_header(path)
        else:
            problem = backup.check_file(path, cancelled=cancelled)
    except sqlite3.Error as exc:  # not reached, which is not damaged
        raise BackupError(f"Could not read {path}: {failures.message(exc)}") from exc
    if problem is not None:
        raise NotADiaryError(f"{path} {problem}; your diary was not changed.")
    try:
        conn = backup.connect_read_only(path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            # The check every opening makes (MSLog's mark, the tables and columns of the
            # file's version); an empty database, which opening would take as a new diary,
            # holds nothing to restore.
            problem = backup.structure_problem(path, conn)
            if problem is None and version == 0:
                problem = "is not an MSLog diary (it holds no diary at all)"
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


def restore_backup(
    data_dir: Path, source: Path, clock: Clock, *, known_sound: bool = False
) -> RestoreResult:
    """Replace the diary in ``data_dir`` (which must be closed) with the backup ``source``.

    The current diary is first backed up (or, if damaged, moved aside); the
    new file is verified beside the diary and swapped in with one atomic rename.
    ``known_sound`` is as for :func:`check_restorable`.

    Raises:
        BackupError: The backup is unusable or the swap failed; the diary is as it was.
        DiaryInUseError: Another MSLog has the diary open.
    """
    data_dir = Path(data_dir)
    source = Path(source).resolve()
    entries = check_restorable(source, known_sound=known_sound)
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
