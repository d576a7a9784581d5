"""Files written whole and private: a fresh temporary beside the target, renamed into place."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

# Diary contents are health data: nobody but their owner reads what MSLog writes.
PRIVATE = 0o600


def write_atomically(
    path: Path, data: bytes, mode: int | None = None, *, durable: bool = True
) -> Path:
    """Write ``data`` to ``path`` so that it is the old file or the whole new one, never half.

    Args:
        path: The file to write.
        data: Its whole contents.
        mode: Its permissions (see :func:`writing_atomically`).
        durable: Sync the file and its folder to the disk before returning. Only a file
            whose loss in a power cut costs nothing may skip it.

    Returns:
        ``path``.

    Raises:
        OSError: Nothing was written (no temporary is left behind).
    """
    with writing_atomically(path, mode, durable=durable) as handle:
        handle.write(data)
    return Path(path)


@contextmanager
def writing_atomically(
    path: Path, mode: int | None = None, *, durable: bool = True
) -> Iterator[BinaryIO]:
    """Give a file to write ``path`` piece by piece; it appears whole when the block ends.

    The temporary is made by :func:`tempfile.mkstemp` in the target's folder: an
    unpredictable name created with ``O_EXCL`` (and ``O_NOFOLLOW`` where there is one), so
    a file or link someone else planted beside the target is never written through. The
    rename replaces a link at ``path`` itself, never the file it points to. An exception
    in the block (a cancel, a full disk) removes the temporary and leaves ``path`` as it was.

    Args:
        path: The file to write.
        mode: Its permissions. By default a new file is private (0600) and a file of the
            same user being replaced keeps the permissions its owner gave it.
        durable: Sync the file and its folder to the disk before the block ends.

    Raises:
        OSError: Nothing was written (no temporary is left behind).
    """
    path = Path(path)
    if mode is None:
        mode = _kept_mode(path)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if os.name == "posix" and mode != PRIVATE:
                os.fchmod(handle.fileno(), mode)  # mkstemp made it 0600
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        _fsync_dir(path.parent)


def write_text_atomically(
    path: Path, text: str, mode: int | None = None, *, durable: bool = True
) -> Path:
    """Write ``text`` as UTF-8 with :func:`write_atomically`."""
    return write_atomically(path, text.encode("utf-8"), mode, durable=durable)


def _kept_mode(path: Path) -> int:
    """The mode a file replacing ``path`` gets: the owner's own choice if it is theirs."""
    if os.name != "posix":
        return PRIVATE
    try:
        found = path.lstat()
    except OSError:
        return PRIVATE
    if stat.S_ISREG(found.st_mode) and found.st_uid == os.getuid():
        return stat.S_IMODE(found.st_mode)
    return PRIVATE


def _fsync_dir(folder: Path) -> None:
    # The rename itself reaches the disk only once the folder is synced.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(fd)


def make_private_dir(path: Path, *, parents: bool = False) -> bool:
    """Create the folder ``path`` private (0700 on POSIX); return whether it was created.

    A folder that is already there is left exactly as it is: only a folder MSLog creates
    gets its mode set, so a shared folder chosen on purpose keeps its permissions.

    Raises:
        OSError: The folder could not be created (``FileExistsError`` when a file is there).
    """
    path = Path(path)
    if path.is_dir():
        return False
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        if path.is_dir():
            return False  # another MSLog made it at the same moment
        raise
    if os.name == "posix":
        path.chmod(0o700)  # a umask can only take bits away; this puts the owner's back
    return True
