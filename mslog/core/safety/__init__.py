"""The diary's data-safety service: back up now, list and restore backups, import a file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mslog.core.events import Event
from mslog.core.progress import CancelFn, ProgressFn
from mslog.core.safety import backup
from mslog.core.safety.backup import BackupInfo

if TYPE_CHECKING:
    # Restore and import load when used: the open window needs neither.
    from mslog.core.diary import Diary
    from mslog.core.safety.importer import CheckedImport, ImportReport
    from mslog.core.safety.restore import RestoreResult


class DataSafety:
    """Backups, restore and import for one open diary.

    Attributes:
        reloaded: Fires (with a short reason) after the diary's content changed
            wholesale — a restore, an import, or a write by another MSLog — so
            every view redraws.
    """

    def __init__(self, diary: Diary) -> None:
        self._diary = diary
        self.reloaded: Event[str] = Event()

    @property
    def backup_dir(self) -> Path:
        """The folder holding the rotating backups."""
        return backup.backup_dir(self._diary.data_dir)

    def backup_now(self, out: Path | None = None, reason: str = "manual") -> Path:
        """Write a verified backup (into the backups folder, or to ``out``) and return its path.

        Raises:
            BackupError: It could not be written; nothing else changed.
        """
        source = self._diary.db.connection()
        if out is not None:
            out = Path(out)
            if out.is_dir():
                out = out / f"mslog-{self._diary.clock.now():%Y%m%d-%H%M%S}.sqlite3"
            return backup.copy_database(source, out)
        return backup.make_backup(self._diary.data_dir, self._diary.clock, reason, source=source)

    def list_backups(self) -> list[BackupInfo]:
        """The rotating backups, newest first, each checked."""
        return backup.list_backups(self._diary.data_dir)

    def restore(self, path: Path, known_sound: bool = False) -> RestoreResult:
        """Replace the diary with the backup at ``path`` and reopen it.

        The diary is closed while the file is swapped and always reopened, so
        on failure it is back as it was.

        Args:
            path: The backup.
            known_sound: :func:`~mslog.core.safety.restore.check_restorable` has just
                checked the whole backup (on a worker thread), so it is not read twice.
        """
        from mslog.core.safety.restore import restore_backup

        diary = self._diary
        result = diary.db.swap_file(
            lambda: restore_backup(diary.data_dir, Path(path), diary.clock, known_sound=known_sound)
        )
        self.reloaded.emit("restored")
        return result

    def import_file(
        self,
        path: Path,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
        checked: CheckedImport | None = None,
    ) -> ImportReport:
        """Import a JSON export: checked completely, backed up, then applied all or nothing.

        Args:
            path: The export file.
            progress: Called with (done, total) as the file is checked, then written.
            cancelled: Asked now and then; True stops the import with nothing imported.
            checked: As for :meth:`import_quietly`.

        Raises:
            ImportFileError: The file is unusable (nothing changed).
            BackupError: The safety backup failed (nothing imported).
            CancelledError: The person cancelled (nothing imported).
        """
        report = self.import_quietly(path, progress, cancelled, checked)
        self.announce_import(report)
        return report

    def import_quietly(
        self,
        path: Path,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
        checked: CheckedImport | None = None,
    ) -> ImportReport:
        """Import as :meth:`import_file` does, without telling the views.

        Any thread may run it (it uses that thread's own connection to the diary); the
        window's thread then calls :meth:`announce_import`.

        Args:
            path: The export file.
            progress: Called with (done, total): the first half checks, the second writes.
            cancelled: Asked now and then; True stops the import with nothing imported.
            checked: What :func:`importer.check_path` found in the file beforehand; used
                instead of checking it again when the diary has the schema it was checked
                against.

        Raises:
            ImportFileError: The file is unusable (nothing changed).
            BackupError: The safety backup failed (nothing imported).
            CancelledError: The person cancelled (nothing imported).
        """
        from mslog.core.safety import importer
        from mslog.core.storage import migrations

        reading, writing = _halves(progress)
        db = self._diary.db
        schema = importer.describe_schema(db)
        version = migrations.schema_version(db)
        if checked is not None and checked.schema_version == version:
            rows = checked.rows
        else:
            now = self._diary.clock.now()
            rows = importer.check_file(
                Path(path), schema, version, now, reading, cancelled, self._diary.data_dir
            )
        if any(found.rows for found in rows.values()):
            self.backup_now(reason="before-import")
        return importer.apply(db, schema, rows, writing, cancelled)

    def announce_import(self, report: ImportReport) -> None:
        """Tell every view that an import changed the diary, if it added anything."""
        if any(report.added.values()):
            self.reloaded.emit("imported")


def _halves(progress: ProgressFn | None) -> tuple[ProgressFn | None, ProgressFn | None]:
    """Report two steps of work as the first and the second half of one bar."""
    if progress is None:
        return None, None
    report = progress

    def first(done: int, total: int) -> None:
        report(500 * done // max(total, 1), 1000)

    def second(done: int, total: int) -> None:
        report(500 + 500 * done // max(total, 1), 1000)

    return first, second


def is_storage_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite failing to read or write (disk full, read-only, locked …)."""
    import sqlite3

    from peewee import DatabaseError

    return isinstance(exc, (sqlite3.Error, DatabaseError))


def storage_message(exc: BaseException) -> str:
    """A calm sentence for a failed read or write (a full disk is named as such)."""
    from mslog.core.storage import failures

    return failures.message(exc)
