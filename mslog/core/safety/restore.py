"""Putting a backup back in place of the diary, keeping whatever it replaces."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mslog.core.clock import Clock
from mslog.core.i18n import Words
from mslog.core.safety import backup
from mslog.core.safety.backup import BackupError
from mslog.core.storage import failures, migrations, shape
from mslog.core.storage.database import DB_FILENAME


class Restoring(Words):
    """The translation context of putting a backup back in place of the diary."""


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
        raise NotADiaryError(
            Restoring.tr("{file} does not exist; your diary was not changed.").format(file=path)
        )
    try:
        if known_sound:
            problem = backup.check_header(path)
        else:
            problem = backup.check_file(path, cancelled=cancelled)
    except sqlite3.Error as exc:  # not reached, which is not damaged
        text = Restoring.tr("Could not read {file}: {reason}")
        raise BackupError(text.format(file=path, reason=failures.message(exc))) from exc
    if problem is not None:
        text = Restoring.tr(
            "{file} {problem}; your diary was not changed.",
            "{problem} says what is wrong with the file: “is empty (0 bytes)”"
        )  # fmt: skip
        raise NotADiaryError(text.format(file=path, problem=problem))
    # Whether the problem found below says only "damaged" (of a file marked as a diary),
    # not "not an MSLog diary": then the message adds that it is not a complete diary.
    damaged_only = False
    try:
        conn = backup.connect_read_only(path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            # The check every opening makes (MSLog's mark, the tables and columns of the
            # file's version); an empty database, which opening would take as a new diary,
            # holds nothing to restore.
            problem = backup.structure_problem(path, conn)
            mark = shape.header_application_id(path)
            damaged_only = problem is not None and (
                (version < 0 and shape.foreign(mark) is None)
                or (version > 0 and mark == shape.APPLICATION_ID)
            )
            if problem is None and version == 0:
                problem = Restoring.tr(
                    "is not an MSLog diary (it holds no diary at all)", "said of a file: “{file} …”"
                )
            entries = int(conn.execute("SELECT count(*) FROM spasm").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        problem = problem or Restoring.tr("is not an MSLog diary", "said of a file: “{file} …”")
        entries = 0
    if problem is not None:
        if damaged_only:
            text = Restoring.tr(
                "{file} {problem}, so it is not a complete MSLog diary; "
                "your diary was not changed.",
                "{problem} says what is wrong with the file: “is damaged (…)”"
            )  # fmt: skip
        else:
            text = Restoring.tr(
                "{file} {problem}; your diary was not changed.",
                "{problem} says what is wrong with the file: “is empty (0 bytes)”"
            )  # fmt: skip
        raise NotADiaryError(text.format(file=path, problem=problem))
    if version > migrations.LATEST_VERSION:
        raise BackupError(
            Restoring.tr(
                "{file} was saved by a newer version of MSLog; update MSLog to restore it. "
                "Your diary was not changed."
            ).format(file=path)
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
            damaged = (
                backup.check_file(path, quick=True)
                if path.exists()
                else Restoring.tr("is a broken link", "said of a file: “{file} …”")
            )
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
        text = Restoring.tr("Could not put the backup in place: {reason}")
        raise BackupError(text.format(reason=exc.strerror)) from exc
    except sqlite3.Error as exc:  # the diary could not be read to check it: left as it was
        text = Restoring.tr("Could not put the backup in place. {reason}")
        raise BackupError(text.format(reason=failures.message(exc))) from exc
    finally:
        incoming.unlink(missing_ok=True)
    return RestoreResult(source, safety, moved, entries)
