"""Backups of the diary: online copies, verified, rotated, listed and restored."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from mslog.core.clock import Clock
from mslog.core.errors import CancelledError, MSLogError
from mslog.core.formatting import fmt_moment
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.storage import failures, migrations, shape
from mslog.platform.files import make_private_dir

BACKUP_DIRNAME = "backups"
KEEP_DAILY = 7  # the newest backup of each of the last 7 days that have one
KEEP_WEEKLY = 4  # then the newest of each of the 4 weeks before those
KEEP_RECENT = 3  # and always the newest few, so a safety copy made a minute ago stays

REASONS = ("daily", "manual", "before-migration", "before-import", "before-restore")
SAFETY_REASONS = ("before-migration", "before-import", "before-restore")
# diary-<local date-time>-<microseconds>-<sequence>-<reason>: the sequence, one more than the
# highest in the folder, is the order made, whatever the clock said.
_NAME = re.compile(r"^diary-(\d{8}-\d{6})-(\d{6})-(\d+)-([a-z]+(?:-[a-z]+)*)\.sqlite3$")
# The names of MSLog before the sequence: one per second and reason, then -2, -3 …
_OLD_NAME = re.compile(r"^diary-(\d{8}-\d{6})-([a-z]+(?:-[a-z]+)*?)(?:-(\d+))?\.sqlite3$")
SQLITE_HEADER = b"SQLite format 3\x00"
# A cancellable copy goes this many pages at a time, and its verification asks whether to
# stop every this many SQLite steps: small enough that quitting MSLog never waits long.
BACKUP_PAGES = 256
PROGRESS_STEPS = 10_000
# One backup at a time in this process (the daily one runs beside the window): two at once
# would race for the next name and rotate each other's files.
_one_at_a_time = threading.Lock()

# Safety copies this process made: rotation never removes them, so one a restore or an
# import just reported as kept is still there while this MSLog runs.
_safety_copies: set[Path] = set()


class Backups(Words):
    """The translation context of backups: their list, checks and errors."""


# Why a backup was made, as its list says (the reason is kept in its file name).
REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "manual": QT_TRANSLATE_NOOP("Backups", "made by you"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "before an update"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
}


class BackupError(MSLogError):
    """A backup could not be written, read or restored; the diary was not changed."""


class DiaryInUseError(MSLogError):
    """Another MSLog (window or command) has the diary open, so it cannot be replaced."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the person sees it in a list.

    Attributes:
        path: The file.
        made: When it was made (local wall-clock time, from its name).
        reason: Why: ``daily``, ``manual``, ``before-import`` …
        entries: How many spasm entries it holds, or None when it cannot be read.
        ok: Whether it passed an integrity check.
    """

    path: Path
    made: datetime
    reason: str
    entries: int | None
    ok: bool

    @property
    def label(self) -> str:
        """A line for lists: date, time, reason and entry count."""
        label = REASON_LABELS.get(self.reason)
        why = translate("Backups", label) if label else self.reason
        # Seconds too: backups made in one minute differ in little else.
        made = fmt_moment(self.made, year=True, seconds=True)
        if not self.ok:
            text = Backups.tr("{made} — {why} — damaged, cannot be used")
            return text.format(made=made, why=why)
        text = Backups.tr("{made} — {why} — %n entries", "", self.entries or 0)
        return text.format(made=made, why=why)


def backup_dir(data_dir: Path) -> Path:
    """Return the backups folder of a data folder (not created)."""
    return Path(data_dir) / BACKUP_DIRNAME


def _private(path: Path, mode: int) -> None:
    if os.name == "posix":
        path.chmod(mode)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def header_user_version(path: Path) -> int | None:
    """Read ``PRAGMA user_version`` straight from the file header, opening no connection."""
    with Path(path).open("rb") as handle:
        header = handle.read(100)
    if len(header) < 64 or header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """Open an SQLite file without any chance of writing to it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)


def check_file(
    path: Path, *, quick: bool = False, cancelled: Callable[[], bool] | None = None
) -> str | None:
    """Return None if ``path`` is a sound SQLite file, else a short description of the fault.

    Never writes to the file.

    Args:
        path: The file.
        quick: SQLite's ``quick_check`` (every page, not every index entry).
        cancelled: Asked now and then during the check; once it answers True the check stops.

    Raises:
        CancelledError: ``cancelled`` said so: nothing was learnt about the file.
        sqlite3.Error: SQLite could not get at the file (a full disk, an I/O error, a
            lock): that says nothing about its contents, so it is not called damage.
    """
    path = Path(path)
    problem = check_header(path)
    if problem is not None:
        return problem
    try:
        conn = connect_read_only(path)
        try:
            if cancelled is not None:
                conn.set_progress_handler(lambda: int(cancelled()), PROGRESS_STEPS)
            rows = conn.execute(
                f"PRAGMA {'quick_check' if quick else 'integrity_check'}"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if cancelled is not None and cancelled():
            raise CancelledError(Backups.tr("The check was stopped part-way.")) from exc
        if failures.is_unavailable(exc):
            raise
        return Backups.tr("is damaged ({reason})", "said of a file: “{file} …”").format(reason=exc)
    if rows != [("ok",)]:
        reason = rows[0][0]
        return Backups.tr("is damaged ({reason})", "said of a file: “{file} …”").format(
            reason=reason
        )
    return None


def check_header(path: Path) -> str | None:
    """Return None if ``path`` looks like a whole SQLite file from its size and header alone.

    The cheap part of :func:`check_file`: it reads 100 bytes and no page of the database.
    """
    if path.is_dir():
        return Backups.tr("is a folder, not a diary file", "said of a file: “{file} …”")
    if not path.is_file():
        return Backups.tr("is not a regular file", "said of a file: “{file} …”")
    size = path.stat().st_size
    if size == 0:
        return Backups.tr("is empty (0 bytes)", "said of a file: “{file} …”")
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return Backups.tr("is not an SQLite database", "said of a file: “{file} …”")
    page_size = int.from_bytes(header[16:18], "big") if len(header) >= 18 else 0
    page_size = 65536 if page_size == 1 else page_size
    if len(header) < 100 or page_size < 512 or size % page_size:
        return Backups.tr("is truncated (cut off part-way)", "said of a file: “{file} …”")
    return None


def structure_problem(path: Path, conn: sqlite3.Connection) -> str | None:
    """What keeps the sound SQLite file ``path`` (open as ``conn``) from being an MSLog diary.

    None for a whole diary of any version up to this MSLog's (see
    :mod:`mslog.core.storage.shape`); a newer one is left to the caller, which knows its tables.
    """
    version = header_user_version(path) or 0
    mark = shape.header_application_id(path)
    if version > migrations.LATEST_VERSION:
        return shape.foreign(mark)
    return shape.problem(conn, version, mark)


def copy_database(
    source: sqlite3.Connection, dest: Path, cancelled: Callable[[], bool] | None = None
) -> Path:
    """Copy an open database to ``dest`` with SQLite's online backup API, verified and private.

    The copy is written beside ``dest`` first and renamed into place only once
    ``integrity_check`` passes, so ``dest`` is either the old file or a good copy.

    Args:
        source: The database to copy.
        dest: Where the copy goes.
        cancelled: Asked now and then while copying and verifying; once it answers True
            the copy stops and its partial file is removed.

    Raises:
        CancelledError: ``cancelled`` said so; ``dest`` is untouched.
        BackupError: The copy could not be written or did not verify.
    """
    dest = Path(dest)
    # An unpredictable name made with O_EXCL: beside a chosen --out (a shared folder, say) a
    # file or link planted under a known name would be written through.
    try:
        fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.partial-{os.getpid()}-")
    except OSError as exc:
        text = Backups.tr("Could not write the backup {file}: {reason}")
        raise BackupError(text.format(file=dest, reason=exc.strerror)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        target = sqlite3.connect(tmp)
        try:
            if cancelled is None:
                source.backup(target)
            else:
                stop = _stopper(cancelled)
                target.set_progress_handler(lambda: int(cancelled()), PROGRESS_STEPS)
                source.backup(target, pages=BACKUP_PAGES, progress=lambda *_: stop())
            # A copy of a WAL diary is WAL too; a standalone file reads more simply without it.
            target.execute("PRAGMA journal_mode = DELETE")
            rows = target.execute("PRAGMA integrity_check").fetchall()
        finally:
            target.close()
        if rows != [("ok",)]:
            raise BackupError(
                Backups.tr("The backup did not verify ({reason}).").format(reason=rows[0][0])
            )
        _private(tmp, 0o600)
        _fsync_file(tmp)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        if cancelled is not None and cancelled():
            raise CancelledError(Backups.tr("The backup was stopped part-way.")) from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        text = Backups.tr("Could not write the backup {file}: {reason}")
        raise BackupError(text.format(file=dest, reason=reason)) from exc
    except (BackupError, CancelledError):
        tmp.unlink(missing_ok=True)
        raise
    return dest


def _stopper(cancelled: Callable[[], bool]) -> Callable[[], None]:
    """A progress callback for SQLite's backup that stops it once ``cancelled()`` is True."""

    def stop() -> None:
        if cancelled():
            raise CancelledError(Backups.tr("The backup was stopped part-way."))

    return stop


def copy_file(path: Path, dest: Path, cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy a closed diary file to ``dest`` through the backup API (see :func:`copy_database`)."""
    try:
        source = connect_read_only(path)
    except sqlite3.Error as exc:
        raise BackupError(
            Backups.tr("Cannot read {file}: {reason}").format(file=path, reason=exc)
        ) from exc
    try:
        return copy_database(source, dest, cancelled)
    finally:
        source.close()


@dataclass(frozen=True)
class _Found:
    """A file MSLog named as a backup, with where it stands in the order made."""

    made: datetime
    reason: str
    order: tuple[int, int, datetime, int, int]
    path: Path
    sequence: int | None  # None for a name from before the sequence


def _parse(path: Path) -> _Found | None:
    match = _NAME.match(path.name)
    try:
        if match:
            made = datetime.strptime(f"{match.group(1)}-{match.group(2)}", "%Y%m%d-%H%M%S-%f")
            sequence = int(match.group(3))
            return _Found(made, match.group(4), (1, sequence, made, 0, 0), path, sequence)
        match = _OLD_NAME.match(path.name)
        if not match:
            return None
        made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        # Names from before the sequence came first; within one second the time each was
        # written (its modification time) orders different reasons.
        written = path.stat().st_mtime_ns
    except (ValueError, OSError):
        return None
    serial = int(match.group(3) or 0)
    return _Found(made, match.group(2), (0, 0, made, serial, written), path, None)


def _own_backups(data_dir: Path) -> list[_Found]:
    """Backups MSLog made in ``data_dir``, oldest first in the order made (others left alone)."""
    folder = backup_dir(data_dir)
    if folder.is_symlink() or not folder.is_dir():
        return []  # a link may lead to anyone's files: MSLog neither lists nor rotates them
    found = []
    for path in folder.iterdir():
        parsed = _parse(path)
        if parsed and path.is_file():
            found.append(parsed)
    return sorted(found, key=lambda item: (item.order, item.path.name))


def _next_sequence(folder: Path) -> int:
    numbers = (found.sequence for found in _own_backups(folder.parent))
    return 1 + max((n for n in numbers if n is not None), default=0)


def _place(incoming: Path, folder: Path, stamp: str, reason: str) -> Path:
    """Give a verified copy the next name in the order, never replacing another backup."""
    sequence = 0
    for _ in range(100):
        sequence = max(sequence + 1, _next_sequence(folder))
        dest = folder / f"diary-{stamp}-{sequence:06d}-{reason}.sqlite3"
        try:
            os.link(incoming, dest)
        except FileExistsError:
            continue  # another MSLog took this number a moment ago: take the next
        except OSError:  # no hard links here (a FAT-formatted stick, say)
            if dest.exists():
                continue
            os.replace(incoming, dest)
        else:
            incoming.unlink()
        _fsync_dir(folder)
        return dest
    raise OSError(0, "no free name for the backup")


def make_backup(
    data_dir: Path,
    clock: Clock,
    reason: str = "manual",
    *,
    source: sqlite3.Connection | None = None,
    source_path: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write a verified backup into ``<data_dir>/backups/`` and rotate old ones.

    Args:
        data_dir: The data folder.
        clock: Names the file after the local time.
        reason: One of :data:`REASONS`.
        source: An open connection to copy (the live diary); else ``source_path``.
        source_path: A diary file to copy when no connection is open.
        cancelled: Stops the copy part-way once it answers True (see :func:`copy_database`).

    Raises:
        CancelledError: ``cancelled`` said so; nothing was kept of the copy.
        BackupError: Nothing could be written; older backups are untouched.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if source is None and source_path is None:
        raise ValueError("give source or source_path")
    folder = backup_dir(data_dir)
    if folder.is_symlink():
        raise BackupError(
            Backups.tr(
                "The backups folder {folder} is a link to somewhere else, so MSLog saved no"
                " backup there: backups go only into a real folder inside the data folder."
                " Remove the link (MSLog makes the folder again), or point --data-dir elsewhere."
            ).format(folder=folder)
        )
    try:
        make_private_dir(folder)
    except OSError as exc:
        text = Backups.tr("Cannot create the backups folder {folder}: {reason}")
        raise BackupError(text.format(folder=folder, reason=exc.strerror)) from exc
    now = clock.now()
    incoming = folder / f".incoming-{os.getpid()}.sqlite3"
    with _one_at_a_time:
        if source is not None:
            copy_database(source, incoming, cancelled)
        elif source_path is not None:
            copy_file(source_path, incoming, cancelled)
        return _keep(incoming, folder, now, reason, data_dir)


def _keep(incoming: Path, folder: Path, now: datetime, reason: str, data_dir: Path) -> Path:
    """Name the verified copy ``incoming`` as the next backup, then rotate old ones."""
    try:
        dest = _place(incoming, folder, now.strftime("%Y%m%d-%H%M%S-%f"), reason)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        text = Backups.tr("Could not name the backup in {folder}: {reason}")
        raise BackupError(text.format(folder=folder, reason=exc.strerror)) from exc
    if reason in SAFETY_REASONS:
        _safety_copies.add(dest.resolve())
    rotate(data_dir, now=now.replace(tzinfo=None))
    return dest


def to_keep(days: list[tuple[datetime, Path]]) -> set[Path]:
    """Choose which backups rotation keeps, from (made, path) pairs in any order.

    The times are taken as right, so their order is the order made (see :func:`keep_in_order`).
    """
    return keep_in_order(sorted(days, key=lambda item: item[0]))


def keep_in_order(made: list[tuple[datetime, Path]]) -> set[Path]:
    """Choose which backups rotation keeps, from (named time, path) pairs oldest first.

    The newest few, then the newest of each of the last 7 days and of the 4 weeks before.
    A "day" is a run in the order made, not a calendar date: walking back from the
    newest, a day ends where the named date changes or the named time goes forward (the
    clock was set back between them), so a backup a wrong clock dated is never taken for
    one more of a day it did not belong to.
    """
    newest_first = made[::-1]
    keep = {path for _, path in newest_first[:KEEP_RECENT]}
    days = _runs(newest_first, lambda moment: moment.date())
    keep.update(day[0][1] for day in days[:KEEP_DAILY])
    weeks = _runs([day[0] for day in days[KEEP_DAILY:]], lambda moment: moment.isocalendar()[:2])
    keep.update(week[0][1] for week in weeks[:KEEP_WEEKLY])
    return keep


def _runs(
    newest_first: list[tuple[datetime, Path]], period: Callable[[datetime], object]
) -> list[list[tuple[datetime, Path]]]:
    """Split backups, newest first, where the period changes or the named time goes forward."""
    runs: list[list[tuple[datetime, Path]]] = []
    for moment, path in newest_first:
        if runs:
            newer = runs[-1][-1][0]
            if period(moment) == period(newer) and moment <= newer:
                runs[-1].append((moment, path))
                continue
        runs.append([(moment, path)])
    return runs


def rotate(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups beyond the last 7 daily and 4 weekly ones; return what was removed.

    Only files MSLog named itself are considered, and their own order, not the clock,
    says which are old (:func:`keep_in_order`). Never removed: the newest, a safety copy
    this process made, and, while the clock is behind any backup's name, anything not
    older than ``now`` by more than that error.

    Args:
        data_dir: The data folder.
        now: The clock's local time, naive.
    """
    found = _own_backups(data_dir)
    if not found:
        return []
    keep = keep_in_order([(item.made, item.path) for item in found])
    keep.add(found[-1].path)
    # A clock behind a backup already made was set back (or that one named by a clock
    # set forward: the names cannot tell which), so "now" may be wrong by that much.
    unsure_after = None
    if now is not None:
        error = max(item.made for item in found) - now
        unsure_after = now - error if error > timedelta(0) else None
    removed = []
    for item in found:
        if item.path in keep or item.path.resolve() in _safety_copies:
            continue
        if unsure_after is not None and item.made >= unsure_after:
            continue  # not known to be older than the clock's error
        try:
            item.path.unlink()
            removed.append(item.path)
        except OSError:
            pass  # a backup we cannot remove is harmless
    return removed


def inspect_backup(path: Path) -> tuple[bool, int | None]:
    """Return (passes a quick check and is a whole MSLog diary, number of spasm entries or None).

    Each backup had a full ``integrity_check`` when written; listing them only
    needs the quicker check, so the restore list opens fast.
    """
    try:
        if check_file(path, quick=True) is not None:
            return False, None
        conn = connect_read_only(path)
        try:
            if structure_problem(path, conn) is not None:
                return False, None
            entries = int(conn.execute("SELECT count(*) FROM spasm").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return False, None
    return True, entries


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Return the backups in ``<data_dir>/backups/``, newest first (in the order made), checked."""
    infos = []
    for item in reversed(_own_backups(data_dir)):
        ok, entries = inspect_backup(item.path)
        infos.append(
            BackupInfo(path=item.path, made=item.made, reason=item.reason, entries=entries, ok=ok)
        )
    return infos


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """Return the newest backup that passes its integrity check, if any."""
    return next((info for info in list_backups(data_dir) if info.ok), None)


def has_backup_on(data_dir: Path, day: date) -> bool:
    """Whether a backup was made on this local calendar day."""
    return any(item.made.date() == day for item in _own_backups(data_dir))


def has_backup_since(data_dir: Path, today: date, days: int) -> bool:
    """Whether a backup was made today or on one of the ``days - 1`` days before."""
    first = today - timedelta(days=days - 1)
    return any(first <= item.made.date() <= today for item in _own_backups(data_dir))


def sidecars(path: Path) -> list[Path]:
    """The WAL and shared-memory files SQLite keeps beside a database."""
    return [Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def move_aside(path: Path, clock: Clock, label: str = "damaged") -> Path:
    """Rename a diary file (and its WAL files) out of the way, never deleting anything.

    Returns:
        The new name of the file.

    Raises:
        OSError: The folder does not allow renaming.
    """
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    serial = 1
    while target.exists() or target.is_symlink():
        serial += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{serial}")
    # Sidecars first: a WAL left behind could be replayed into the next database.
    for extra in sidecars(path):
        if extra.exists():
            os.replace(extra, Path(f"{target}{extra.name[len(path.name) :]}"))
    os.replace(path, target)
    _fsync_dir(path.parent)
    return target


def move_back(moved: Path, path: Path) -> None:
    """Undo :func:`move_aside`: put a file (and its WAL files) back under its own name.

    Does nothing if something already took the name.
    """
    if path.exists() or path.is_symlink() or not (moved.exists() or moved.is_symlink()):
        return
    os.replace(moved, path)
    for extra in sidecars(path):
        kept = Path(f"{moved}{extra.name[len(path.name) :]}")
        if kept.exists() and not extra.exists():
            os.replace(kept, extra)


def claim_exclusive(path: Path) -> None:
    """Make sure no other connection has the diary open, leaving it a plain closed file.

    Leaving WAL mode needs every other connection closed, which makes it a
    reliable test; it also folds the WAL into the file before it is replaced.

    Raises:
        DiaryInUseError: Another MSLog has it open.
    """
    try:
        conn = sqlite3.connect(path, timeout=0.2)
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        raise DiaryInUseError(
            Backups.tr(
                "Your diary is open in another MSLog (a window or a command). "
                "Close it, then try again."
            )
        ) from exc
    if str(mode).lower() != "delete":
        raise DiaryInUseError(
            Backups.tr("Your diary is open in another MSLog. Close it, then try again.")
        )
