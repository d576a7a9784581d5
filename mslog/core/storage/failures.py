"""Telling a diary SQLite cannot reach (full disk, I/O error, locked) from a damaged one.

Only damage moves a diary aside. A full disk, a failing read, a lock or a missing
permission says nothing about the file's contents: the file stays where it is, and the
person is told what stopped MSLog and that nothing was lost.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from mslog.core.i18n import Words


class DiaryFile(Words):
    """The translation context of what stops MSLog reading or writing the diary file."""


# SQLite's primary result codes for "could not get at the file", as opposed to what it
# found inside it: PERM, BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN.
_UNAVAILABLE = {3, 5, 6, 7, 8, 10, 13, 14}
_SQLITE_FULL = 13
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Below this much free space, a failed write is put down to a full disk.
_NEARLY_FULL_BYTES = 1 << 20


def _codes(exc: BaseException | None) -> list[int]:
    """SQLite's primary result codes along ``exc``'s chain.

    Peewee wraps SQLite's errors, and a failed rollback (after SQLite has already undone the
    transaction itself, as it does when the disk is full) hides the cause behind it.
    """
    codes = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(exc, sqlite3.Error) and isinstance(code, int):
            codes.append(code & 0xFF)
        exc = exc.__cause__ or exc.__context__
    return codes


def is_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite or the system failing to get at the file, not damage in it."""
    if isinstance(exc, OSError):
        return True
    return any(code in _UNAVAILABLE for code in _codes(exc))


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """Whether ``exc`` failed for lack of space (said by SQLite or the system, or seen on disk)."""
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE:
        return True
    if _SQLITE_FULL in _codes(exc):
        return True
    if folder is not None and is_unavailable(exc):
        try:
            return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
        except OSError:
            return False
    return False


def message(exc: BaseException, folder: Path | None = None) -> str:
    """A calm sentence for a read or write that failed without damaging anything."""
    if is_disk_full(exc, folder):
        return DiaryFile.tr(
            "MSLog could not save to your diary: the disk is full. Nothing was lost and "
            "nothing was half-saved; free some space, then try again."
        )
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        detail = exc.strerror
    return DiaryFile.tr(
        "MSLog could not save to or read your diary ({reason}). Nothing was lost and "
        "nothing was half-saved. Check that the disk has free space and the data folder "
        "is writable, then try again."
    ).format(reason=detail)


def replaced_text_notice(count: int) -> str:
    """Say that ``count`` stored values were not valid text, and how they were shown.

    Read through :class:`mslog.core.storage.database.Database`, such a value is shown with
    its unreadable bytes replaced, so the rest of the diary is never hidden behind it.
    """
    return DiaryFile.tr(
        "%n values in your diary are not valid text (UTF-8), so "
        "the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, "
        "and the diary itself was not changed.",
        "",
        count,
    )
