"""The note of the diary file's last full check, and whether the file is unchanged since.

Opening a diary runs SQLite's ``quick_check`` over the whole file, so that a damaged
diary is moved aside before anything is written to it. That reads every page: on a diary
of many years it is most of what opening costs. Yet a file that MSLog closed cleanly, and
that nobody has touched since, cannot have become inconsistent on its own (SQLite writes
through its WAL, and a crash leaves that WAL behind). So each clean close leaves a note
beside the diary: the day of its last full check and the file's identity at close (inode,
size, modification time). :func:`last_checked` gives that day only when both hold:

* the file's identity is exactly as noted (a restore, an import, a copy from another
  computer or any other program's write changes it);
* no ``-wal`` file is beside it (a crash, or another MSLog still writing, leaves one).

Otherwise the file is checked completely before it is opened. With a day, how opening
uses it is :class:`~mslog.core.storage.database.Checks`'s choice: check now unless it was
today (the default), leave the day's check to a worker that every write waits for (the
window, :mod:`mslog.core.safety.daily`), or trust it for a few days (a command). Every
diary the window opens is thus checked once a day, and its daily backup made, by the
window's worker.

Anything unreadable in the note means a full check; the note is only ever a reason to
check less, never a reason to trust a file more than its header allows.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from mslog.platform.files import write_text_atomically

NOTE_SUFFIX = ".checked"


@dataclass(frozen=True)
class FileIdentity:
    """What changes when anything rewrites, replaces or appends to a file."""

    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        """Read ``path``'s identity (raises OSError if it cannot be read)."""
        st = path.stat()
        return cls(st.st_ino, st.st_size, st.st_mtime_ns)


def note_path(path: Path) -> Path:
    """Where the note for the diary file ``path`` lives (beside it, hidden)."""
    return path.with_name(f".{path.name}{NOTE_SUFFIX}")


def last_checked(path: Path) -> date | None:
    """The day ``path`` was last fully checked, if unchanged since MSLog closed it cleanly.

    None when there is no note, the note is unreadable, the file's identity differs from
    the note's, or a ``-wal`` file lies beside it: the file must then be checked now.
    """
    if Path(f"{path}-wal").exists():
        return None
    try:
        note = json.loads(note_path(path).read_text(encoding="utf-8"))
        noted = FileIdentity(int(note["inode"]), int(note["size"]), int(note["mtime_ns"]))
        checked_on = date.fromisoformat(note["checked_on"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        unchanged = noted == FileIdentity.of(path)
    except OSError:
        return None
    return checked_on if unchanged else None


def checked_today(path: Path, today: date) -> bool:
    """Whether ``path`` was fully checked on ``today`` and is unchanged since a clean close."""
    return last_checked(path) == today


def write_note(path: Path, checked_on: date) -> None:
    """Note, after a clean close, that ``path`` was fully checked on ``checked_on``.

    Never raises: without a note the next opening simply checks the whole file.
    """
    note = note_path(path)
    try:
        identity = FileIdentity.of(path)
        # A reader sees the old note or the new one, never half. Not synced to the disk:
        # a note lost in a power cut only means one more full check, and every close (each
        # `mslog log`, say) would otherwise wait for two more syncs.
        write_text_atomically(
            note,
            json.dumps({"checked_on": checked_on.isoformat(), **asdict(identity)}),
            durable=False,
        )
    except OSError:
        forget(path)


def forget(path: Path) -> None:
    """Remove the note, so the next opening checks the whole file; never raises."""
    with contextlib.suppress(OSError):
        note_path(path).unlink(missing_ok=True)
