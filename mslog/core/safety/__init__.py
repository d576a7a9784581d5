"""The diary's data-safety service: back up now, list and restore backups, import a file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mslog.core.events import Event
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

    def restore(self, path: Path) -> RestoreResult:
        """Replace the diary with the backup at ``path`` and reopen it.

        The diary is closed while the file is swapped and always reopened, so
        on failure it is back as it was.
        """
        from mslog.core.safety.restore import restore_backup

        diary = self._diary
        result = diary.db.swap_file(lambda: restore_backup(diary.data_dir, Path(path), diary.clock))
        self.reloaded.emit("restored")
        return result

    def import_file(self, path: Path) -> ImportReport:
        """Import a JSON export: checked completely, backed up, then applied all or nothing.

        Raises:
            ImportFileError: The file is unusable (nothing changed).
            BackupError: The safety backup failed (nothing imported).
        """
        from mslog.core.safety import importer

        return self.import_data(importer.read_file(Path(path)))

    def import_data(self, data: object, checked: CheckedImport | None = None) -> ImportReport:
        """Import an export already read with :func:`importer.read_file` (as :meth:`import_file`).

        Args:
            data: The parsed file.
            checked: What :func:`importer.check_data` found in it beforehand; used instead of
                checking it again when the diary has the schema it was checked against.

        Raises:
            ImportFileError: The data is unusable (nothing changed).
            BackupError: The safety backup failed (nothing imported).
        """
        from mslog.core.safety import importer
        from mslog.core.storage import migrations

        db = self._diary.db
        schema = importer.describe_schema(db)
        version = migrations.schema_version(db)
        if checked is not None and checked.schema_version == version:
            rows = checked.rows
        else:
            rows = importer.validate(data, schema, version, self._diary.clock.now())
        if any(rows.values()):
            self.backup_now(reason="before-import")
        report = importer.apply(db, schema, rows)
        if any(report.added.values()):
            self.reloaded.emit("imported")
        return report


def is_storage_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite failing to read or write (disk full, read-only, locked …)."""
    import sqlite3

    from peewee import DatabaseError

    return isinstance(exc, (sqlite3.Error, DatabaseError))


def storage_message(exc: BaseException) -> str:
    """A calm sentence for a failed read or write (a full disk is named as such)."""
    from mslog.core.storage import failures

    return failures.message(exc)
