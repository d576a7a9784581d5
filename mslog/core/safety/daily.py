"""The day's whole-file check and daily backup of the open diary, on a worker thread.

The window opens a diary with :attr:`~mslog.core.storage.database.Checks.IN_BACKGROUND`
and, once it is ready, hands this work to a thread of its own, so a diary of many years
opens as fast as a new one even on the first opening of a day:

1. SQLite's ``quick_check`` reads every page through a read-only connection of its own.
   Until it has passed, any write on the diary's connection waits for it (and after it
   found damage, none is made), so a damaged file is never written to.
2. The daily backup copies a snapshot of the diary (WAL readers never block the writer)
   and verifies the copy with ``integrity_check`` before naming it.

Only one runs at a time (backups take a lock), and closing the diary cancels it: the
check then stays due (the next opening runs it) and a partial copy is removed. A process
killed part-way leaves a partial copy that the next opening clears
(:mod:`mslog.core.safety.leftovers`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mslog.core.errors import CancelledError, DamageFoundError
from mslog.core.safety import backup
from mslog.core.storage import failures

if TYPE_CHECKING:
    from mslog.core.storage.database import Database


@dataclass(frozen=True)
class DailyResult:
    """What the day's safety work found and made.

    Attributes:
        damage: What the check found wrong with the diary file, or None if it is sound
            (or was not checked).
        backup: The daily backup made, if one was.
        backup_error: Why the daily backup could not be made, if it could not.
        cancelled: The work was stopped part-way (the diary was closed).
    """

    damage: str | None = None
    backup: Path | None = None
    backup_error: str | None = None
    cancelled: bool = False


class DailySafety:
    """Runs the day's check and backup of one open diary on a worker thread.

    Args:
        db: The open database; its ``check_due`` and ``backup_due`` say what is left.
        done: Called on the worker thread with the result (not after :meth:`cancel`).
    """

    def __init__(self, db: Database, done: Callable[[DailyResult], object]) -> None:
        self._db = db
        self._done = done
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name="mslog-daily-safety", daemon=True)

    def start(self) -> None:
        """Begin the work."""
        self._thread.start()

    def cancel(self) -> None:
        """Stop the work part-way and wait until it has stopped."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def run(self) -> DailyResult:
        """Do the work on the calling thread and return what it found and made."""
        db = self._db
        try:
            db.ensure_checked(cancelled=self._stop.is_set)
        except DamageFoundError as exc:
            return DailyResult(damage=exc.problem)
        except CancelledError:
            return DailyResult(cancelled=True)
        except sqlite3.Error as exc:
            # Not reached (an I/O error, say): that says nothing of the contents, and the
            # diary's own connection meets the same fault as it writes.
            return DailyResult(backup_error=failures.message(exc, db.data_dir))
        if not db.backup_due:
            return DailyResult()
        try:
            made = backup.make_backup(
                db.data_dir, db.clock, "daily", source_path=db.path, cancelled=self._stop.is_set
            )
        except CancelledError:
            return DailyResult(cancelled=True)
        except (backup.BackupError, OSError) as exc:
            return DailyResult(backup_error=str(exc))
        db.backup_due = False
        return DailyResult(backup=made)

    def _work(self) -> None:
        result = self.run()
        if not self._stop.is_set():
            self._done(result)
