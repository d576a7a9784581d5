"""The diary's one database object: location, permissions, pragmas, schema and file swaps."""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase

from mslog.core.clock import Clock, SystemClock
from mslog.core.errors import (
    DamageFoundError,
    DiaryDamagedError,
    DiaryOpenError,
    DiaryReadOnlyError,
    SchemaTooNewError,
)
from mslog.core.safety import backup, leftovers
from mslog.core.storage import checked, failures, migrations, models, shape, writes
from mslog.core.storage.failures import DiaryFile
from mslog.core.storage.writes import TableWrites, table_written
from mslog.platform.files import make_private_dir

if TYPE_CHECKING:
    from mslog.core.safety.daily import DailyResult, DailySafety

DB_FILENAME = "diary.sqlite3"
T = TypeVar("T")

# The diaries open in this process, oldest first. The models follow the newest one; a
# process works on one diary at a time (the window, or one command).
_open_diaries: list[Database] = []

# A diary writes little and must never lose an acknowledged entry: FULL sync.
# The busy timeout lets the command line write while the window is open.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,
    "busy_timeout": 5000,
}
# Every transaction takes the write lock as it begins. One that began deferred, read, and
# then wrote while another program held the lock failed at once with "database is locked"
# (its snapshot was stale by the time the lock came free), instead of waiting its turn.
LOCK_TYPE = "IMMEDIATE"
# A command trusts a file MSLog closed cleanly, untouched since, for this many days after
# its last whole-file check (and backup); then it checks and backs up as it opens.
TRUST_DAYS = 7
# Statements that only read: they never wait for the day's check.
_READS = ("SELECT", "PRAGMA", "EXPLAIN")


class Checks(enum.Enum):
    """When opening a diary checks the whole file and makes the day's backup.

    Whatever the choice, a file that anything but MSLog's clean close may have changed (a
    crash, another program, a restore, a copy) is checked completely before it is opened,
    and a damaged one is never written to.
    """

    AT_OPEN = "at-open"
    """The first opening of a day checks the whole file and backs it up before it returns."""
    IN_BACKGROUND = "in-background"
    """Both are left to :meth:`Database.start_daily_safety` (the window runs them beside
    itself once it is ready); any write waits until the day's check has passed."""
    TRUSTED = "trusted"
    """For a command: a file untouched since a checked clean close in the last
    :data:`TRUST_DAYS` days is opened unchecked, and the day's backup is left to the window."""


def prepare_data_dir(data_dir: Path) -> Path:
    """Create the data folder if needed, private (0700 on POSIX).

    A folder that already exists keeps its permissions: it may be shared on purpose
    (``--data-dir /tmp`` must not take the sticky bit from everyone's temporary folder).
    The diary's own files are private whatever the folder.
    """
    data_dir = Path(data_dir)
    try:
        make_private_dir(data_dir, parents=True)
    except OSError as exc:
        text = DiaryFile.tr("Cannot use the data folder {folder}: {reason}")
        raise DiaryOpenError(text.format(folder=data_dir, reason=exc.strerror)) from exc
    if not data_dir.is_dir():
        raise DiaryOpenError(
            DiaryFile.tr("The data folder {folder} is not a folder.").format(folder=data_dir)
        )
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
            DiaryFile.tr(
                "{file} is not a readable MSLog diary ({reason}). It has not been changed."
            ).format(file=path, reason=exc)
        ) from exc


class Database(SqliteDatabase):
    """The diary's one database: opened from a data folder, its file swapped under the same object.

    Every service receives this object; the models reach it through
    :data:`mslog.core.storage.models.database_proxy`, which it takes over on opening.
    Restore replaces the file with :meth:`swap_file`, so whoever holds the object
    reads the new file afterwards.

    Args:
        data_dir: The folder holding the diary (created if missing, kept private).
        clock: Where "now" comes from (backup names, the daily backup).

    Raises:
        SchemaTooNewError: The file comes from a newer MSLog; it is not touched.
        DiaryDamagedError: The file is damaged; it was moved aside (see ``moved_to``).
        DiaryReadOnlyError: The folder or file cannot be written; nothing changed.
        DiaryOpenError: The folder cannot be used; nothing is written.
    """

    def __init__(
        self, data_dir: Path, clock: Clock | None = None, checks: Checks = Checks.AT_OPEN
    ) -> None:
        super().__init__(None, pragmas=PRAGMAS, lock_type=LOCK_TYPE)
        self.data_dir = Path(data_dir)
        self.clock: Clock = clock or SystemClock()
        self.path = self.data_dir / DB_FILENAME
        self.checks = checks
        self._checked_on: date | None = None
        # The day's whole-file check, when it is left until after opening (IN_BACKGROUND).
        self.check_due = False
        self.backup_due = False
        self.damage: str | None = None  # what that check found, if anything
        self._check_lock = threading.Lock()
        self._daily: DailySafety | None = None
        self.undecodable = 0  # values read that were not valid UTF-8 (see _text)
        self.writes = TableWrites()  # which tables each connection wrote to (see execute_sql)
        self._counting = False  # whether commits add to the diary's write counts (see commit)
        self._open()

    def _initialize_connection(self, conn: sqlite3.Connection) -> None:
        """Read every text through :meth:`_text`, so one bad value cannot hide the rest."""
        conn.text_factory = self._text
        self.writes.opened(conn)

    def _text(self, raw: bytes) -> str:
        """Decode a stored text; bytes that are not UTF-8 become U+FFFD and are counted.

        SQLite stores whatever bytes it is given (another program, a damaged page); the
        default decoding would fail the whole read, so one bad note would hide the diary.
        """
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.undecodable += 1
            return raw.decode("utf-8", "replace")

    def _open(self) -> None:
        """Open (creating if needed) the diary file and bring its schema up to date.

        A file that is damaged or not a diary is never written to: it is moved
        aside under a dated name. SQLite checks the whole file first, unless it was
        checked today and is unchanged since MSLog closed it cleanly (see
        :mod:`mslog.core.storage.checked`). Before a schema update a backup is made, and
        once a day the first opening makes a daily backup.
        """
        self._checked_on = None
        self.check_due = self.backup_due = False
        self.damage = None
        data_dir = prepare_data_dir(self.data_dir)
        path = self.path
        _check_writable(data_dir)
        # Each is a whole copy of the diary: a killed backup or restore must not leave them.
        leftovers.clear_leftovers(data_dir, DB_FILENAME)
        today = self.clock.now().date()
        existed = path.exists() or path.is_symlink()
        last_checked: date | None = None
        if existed:
            last_checked = checked.last_checked(path)
            full = self._check_at_open(last_checked, today)
            version = _check_existing(path, self.clock, full=full)
            if full:
                last_checked = today
            if 0 < version < migrations.LATEST_VERSION:
                try:
                    backup.make_backup(data_dir, self.clock, "before-migration", source_path=path)
                except backup.BackupError as exc:
                    raise DiaryOpenError(
                        DiaryFile.tr(
                            "MSLog needs to update your diary's format but could not save a "
                            "safety copy first, so nothing was changed. {reason}"
                        ).format(reason=exc)
                    ) from exc
        else:
            _create_fresh(path, self.clock)
        if os.name == "posix":
            path.chmod(0o600)
        self.init(str(path), pragmas=PRAGMAS)
        self._counting = False  # until the schema has the table of counts
        try:
            self.connect()
            _open_diaries.append(self)
            models.database_proxy.initialize(self)
            migrations.migrate(self)
            self._counting = migrations.schema_version(self) >= writes.COUNTED_FROM
        except BaseException as exc:
            self.close()  # a step failed and rolled back: leave no connection behind
            if isinstance(exc, (sqlite3.Error, PeeweeDatabaseError)) and failures.is_unavailable(
                exc
            ):
                # A full disk, say: the file is as it was, and stays where it is.
                raise DiaryOpenError(failures.message(exc, data_dir)) from exc
            raise
        checked.forget(path)  # until a clean close notes it again
        self._checked_on = last_checked if existed else today
        if not existed:
            return
        if self.checks is Checks.AT_OPEN:
            self.daily_backup()
        elif self.checks is Checks.IN_BACKGROUND:
            self.check_due = last_checked != today
            self.backup_due = not backup.has_backup_on(data_dir, today)
        elif last_checked == today or not backup.has_backup_since(data_dir, today, TRUST_DAYS):
            self.daily_backup()

    def _check_at_open(self, last_checked: date | None, today: date) -> bool:
        """Whether opening must check the whole file before going on (see :class:`Checks`)."""
        if last_checked is None:
            return True  # changed since MSLog's clean close, or never noted
        version = backup.header_user_version(self.path) or 0
        if 0 < version < migrations.LATEST_VERSION:
            return True  # a schema update writes at once: only to a file checked now
        if self.checks is Checks.AT_OPEN:
            return last_checked != today
        if self.checks is Checks.TRUSTED:
            return (today - last_checked).days >= TRUST_DAYS or last_checked > today
        return False

    def ensure_checked(self, cancelled: Callable[[], bool] | None = None) -> None:
        """Run the day's whole-file check now if it is still due; wait if it is running.

        Args:
            cancelled: Stops the check part-way once it answers True (it stays due).

        Raises:
            DamageFoundError: The check found the file damaged (now or before).
            CancelledError: ``cancelled`` said so.
        """
        if self.check_due:
            with self._check_lock:
                if self.check_due:
                    problem = backup.check_file(self.path, quick=True, cancelled=cancelled)
                    if problem is None:
                        self._checked_on = self.clock.now().date()
                    else:
                        self.damage = problem
                        checked.forget(self.path)
                    self.check_due = False
        if self.damage is not None:
            raise DamageFoundError(self.path, self.damage)

    def start_daily_safety(self, done: Callable[[DailyResult], object]) -> bool:
        """Start the day's check and backup on a worker thread, if either is due.

        Args:
            done: Called on the worker thread with what was found and made.

        Returns:
            Whether work was started (False when nothing is due or it already runs).
        """
        from mslog.core.safety.daily import DailySafety

        if not (self.check_due or self.backup_due) or self._daily is not None:
            return False
        self._daily = DailySafety(self, done)
        self._daily.start()
        return True

    def begin(self, lock_type: str | None = None) -> None:
        """Begin a transaction, once the day's check has passed (see :meth:`ensure_checked`)."""
        if self.check_due or self.damage is not None:
            self.ensure_checked()
        super().begin(lock_type)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        """Run a statement; one that may write waits for the day's check (see :meth:`begin`).

        A write is counted against its table in :attr:`writes` and committed with its
        count (see :meth:`commit`), so kept figures here and in other MSLogs can tell what
        to read again. A write outside a transaction gets one of its own for that.
        """
        if (self.check_due or self.damage is not None) and not sql.lstrip().upper().startswith(
            _READS
        ):
            self.ensure_checked()
        table = table_written(sql)
        if table is None:
            return super().execute_sql(sql, params)
        connection = self.connection()
        if self._counting and not connection.in_transaction:
            with self.atomic():
                return self.execute_sql(sql, params)
        before = connection.total_changes
        try:
            return super().execute_sql(sql, params)
        finally:
            self.writes.wrote(connection, table, connection.total_changes - before)

    def commit(self) -> None:
        """Commit, adding the transaction's writes per table to the diary's counts first."""
        if not self._counting or self.is_closed():
            super().commit()
            return
        connection = self.connection()
        counts = self.writes.pending(connection)
        if counts:
            params = [value for pair in counts.items() for value in pair]
            super().execute_sql(writes.add_sql(len(counts)), params)
        super().commit()
        self.writes.ended(connection, counts)

    def rollback(self) -> None:
        """Undo the transaction, and its writes' counts with it."""
        super().rollback()
        if not self.is_closed():
            self.writes.ended(self.connection(), {})

    def swap_file(self, replace: Callable[[], T]) -> T:
        """Close the file, let ``replace`` put another in its place, and open it again.

        The diary is reopened whatever happens, with every check of a first opening,
        so on failure it is back as it was; the object stays the same throughout.

        Returns:
            What ``replace`` returned.
        """
        self.close()
        try:
            return replace()
        finally:
            self._open()

    def close_thread_connection(self) -> None:
        """Close the calling worker thread's own connection; the diary stays open.

        Each thread reads and writes through a connection of its own (peewee keeps one
        per thread); long work on a worker thread (an export, an import) closes its
        connection when it ends. Not for the window's thread: that is :meth:`close`.
        """
        if not self.is_closed():
            SqliteDatabase.close(self)

    def daily_backup(self) -> Path | None:
        """Back up the open diary unless a backup was already made today; never raises."""
        try:
            if backup.has_backup_on(self.data_dir, self.clock.now().date()):
                return None
            return backup.make_backup(self.data_dir, self.clock, "daily", source=self.connection())
        except (backup.BackupError, OSError, sqlite3.Error, PeeweeDatabaseError):
            return None  # a missed daily backup must not stop the diary opening

    def close(self) -> bool:
        """Close the connection if one is open; return whether one was.

        A clean close notes the day of the file's last full check, so that the next
        opening today can skip it while the file stays exactly as it was left.
        """
        if self._daily is not None:
            self._daily.cancel()  # a copy part-way is removed; the check stays due
            self._daily = None
        if self.is_closed():
            return False
        closed = bool(super().close())
        _open_diaries[:] = [db for db in _open_diaries if db is not self]
        if models.database_proxy.obj is self and _open_diaries:
            # A second diary opened and closed (a test, an import's source) hands the models back.
            models.database_proxy.initialize(_open_diaries[-1])
        if self._checked_on is not None and self.damage is None:
            checked.write_note(self.path, self._checked_on)
        self._checked_on = None
        return closed


def _check_writable(data_dir: Path) -> None:
    """Fail early, before touching anything, if the data folder cannot be written."""
    # A fresh, unpredictable name: a window and a command may open the diary at once, and
    # in a shared folder a link planted under a known name would be opened for writing.
    try:
        fd, probe = tempfile.mkstemp(dir=data_dir, prefix=".mslog-write-test-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DiaryReadOnlyError(
            DiaryFile.tr(
                "MSLog cannot save in the folder {folder} ({reason}). Nothing was changed. "
                "Check that the folder is writable and the disk is not full."
            ).format(folder=data_dir, reason=exc.strerror)
        ) from exc


def _check_existing(path: Path, clock: Clock, *, full: bool = True) -> int:
    """Return the schema version of a sound diary file; deal with anything else.

    Args:
        path: The diary file.
        clock: Dates the name of a file moved aside.
        full: Run SQLite's check of every page; otherwise only the header and size are
            checked (for a file unchanged since a checked, clean close).

    Raises:
        SchemaTooNewError: A newer MSLog wrote it (left untouched).
        DiaryDamagedError: It is damaged or not a diary (moved aside).
        DiaryReadOnlyError: The file cannot be written.
    """
    # The version comes from the header alone, so a newer diary is not even opened.
    version = backup.header_user_version(path) if path.is_file() else None
    mark = shape.header_application_id(path) if path.is_file() else 0
    problem: str | None = shape.foreign(mark)
    if problem is None and version is not None and version > migrations.LATEST_VERSION:
        raise SchemaTooNewError(version, migrations.LATEST_VERSION)
    try:
        problem = problem or _file_problem(path, full=full)
    except (OSError, sqlite3.Error) as exc:
        if not failures.is_unavailable(exc):
            raise
        # A file SQLite could not reach (a full disk, say) is not damaged: it stays in place.
        raise DiaryOpenError(failures.message(exc, path.parent)) from exc
    if problem is not None:
        try:
            moved: Path | None = backup.move_aside(path, clock)
        except OSError:
            moved = None
        raise DiaryDamagedError(path, moved, problem)
    try:
        with path.open("r+b"):
            pass
    except OSError as exc:
        raise DiaryReadOnlyError(
            DiaryFile.tr(
                "MSLog cannot save to your diary file {file} ({reason}). Nothing was changed."
            ).format(file=path, reason=exc.strerror)
        ) from exc
    return version or 0


def _file_problem(path: Path, *, full: bool) -> str | None:
    """What is wrong with the diary file, as SQLite finds it, then its mark and tables."""
    if not path.exists():
        return DiaryFile.tr("is a broken link", "said of a file: “{file} …”")
    problem = backup.check_file(path, quick=True) if full else backup.check_header(path)
    return problem or _structure_problem(path)


def _structure_problem(path: Path) -> str | None:
    """What keeps the sound file ``path`` from being an MSLog diary (its mark, its tables)."""
    conn = backup.connect_read_only(path)
    try:
        return backup.structure_problem(path, conn)
    except sqlite3.DatabaseError as exc:
        if failures.is_unavailable(exc):
            raise
        return DiaryFile.tr("is damaged ({reason})", "said of a file: “{file} …”").format(
            reason=exc
        )
    finally:
        conn.close()


def _create_fresh(path: Path, clock: Clock) -> None:
    """Create a new diary beside ``path`` and rename it into place once complete.

    A crash part-way leaves no half-made diary behind, so an empty or
    truncated ``diary.sqlite3`` can only come from outside and is treated as damage.
    """
    for orphan in backup.sidecars(path):
        if orphan.exists():  # a WAL without its database must never be replayed into a new one
            backup.move_aside(orphan, clock, "orphan")
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    try:
        for leftover in (tmp, *backup.sidecars(tmp)):
            leftover.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        # Built with a rollback journal, not a WAL: each step then lands in the file itself
        # or fails there, and no content can be left behind in a WAL that was never folded
        # in (a full disk did that). The diary turns to WAL when it is first opened.
        fresh = SqliteDatabase(
            str(tmp), pragmas={**PRAGMAS, "journal_mode": "delete"}, lock_type=LOCK_TYPE
        )
        fresh.connect()
        try:
            migrations.migrate(fresh)
        finally:
            fresh.close()
        if backup.header_user_version(tmp) != migrations.LATEST_VERSION or any(
            extra.exists() for extra in backup.sidecars(tmp)
        ):
            raise OSError(errno.EIO, DiaryFile.tr("the new diary was not written completely"))
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)  # never replaces: another MSLog may have just created one
        except FileExistsError:
            pass
        except OSError:  # no hard links here (a FAT-formatted stick, say)
            if not path.exists():
                os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    except (OSError, sqlite3.Error, PeeweeDatabaseError) as exc:
        for leftover in (tmp, *backup.sidecars(tmp)):
            leftover.unlink(missing_ok=True)
        if failures.is_disk_full(exc, path.parent):
            raise DiaryOpenError(
                DiaryFile.tr(
                    "MSLog could not create a new diary at {file}: the disk is full. Nothing "
                    "was half-made and nothing was lost; free some space, then start MSLog again."
                ).format(file=path)
            ) from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        text = DiaryFile.tr("Cannot create a new diary at {file}: {reason}")
        raise DiaryOpenError(text.format(file=path, reason=reason)) from exc
