"""Clearing the temporary diary copies a killed backup, restore or new diary left behind."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from mslog.core.safety.backup import BACKUP_DIRNAME

# A copy being written changes at least this often (SQLite writes it page by page), so one
# untouched this long, whose process has ended, is no longer anyone's.
STALE_AFTER_S = 60
# Untouched this long it is nobody's, even if its process number now names another program.
OLD_AFTER_S = 24 * 3600
_SIDECAR = r"(?:-wal|-shm|-journal)?"
# A partial copy is named .<file>.partial-<pid>-<random> (by mkstemp), or, by earlier
# versions, .<file>.partial-<pid>.
_PARTIAL = rf"\.partial-(\d+)(?:-[A-Za-z0-9_]+)?{_SIDECAR}"


def _patterns(db_name: str) -> dict[str, list[re.Pattern[str]]]:
    name = re.escape(db_name)
    return {
        "": [
            re.compile(rf"^\.{name}\.new-(\d+){_SIDECAR}$"),  # a new diary being made
            re.compile(rf"^\.{name}\.restoring(?:-(\d+))?{_SIDECAR}$"),  # a backup coming in
            re.compile(rf"^\.\.{name}\.restoring(?:-\d+)?{_PARTIAL}$"),
            re.compile(r"^\.mslog-write-test-[A-Za-z0-9_]+$"),  # no process number: by age
        ],
        BACKUP_DIRNAME: [
            re.compile(rf"^\.diary-[0-9a-z-]+\.sqlite3{_PARTIAL}$"),
            re.compile(rf"^\.incoming-(\d+)\.sqlite3{_SIDECAR}$"),
            re.compile(rf"^\.\.incoming-\d+\.sqlite3{_PARTIAL}$"),
        ],
    }


def _running(pid: int) -> bool:
    """Whether a process with this number runs (assumed so when it cannot be asked)."""
    if os.name != "posix" or pid == os.getpid():
        return True  # on Windows signal 0 would end the process: the file's age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process, say
    return True


def clear_leftovers(data_dir: Path, db_name: str) -> list[Path]:
    """Remove stale temporary copies of the diary from the data and backups folders.

    Only names MSLog gives its temporaries are considered, and only those no running
    MSLog can be writing: their process has ended and they are untouched for a minute,
    or they are untouched for a day. Never raises.

    Returns:
        What was removed.
    """
    # File times come from the computer's clock, so ages are measured against it too.
    now = time.time()
    removed = []
    for folder_name, patterns in _patterns(db_name).items():
        folder = Path(data_dir) / folder_name if folder_name else Path(data_dir)
        try:
            names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(".")]
        except OSError:
            continue
        for name in names:
            match = next((m for p in patterns if (m := p.match(name))), None)
            if match is None:
                continue
            path = folder / name
            try:
                info = path.lstat()
                age = now - info.st_mtime
                pid = match.group(1) if match.re.groups else None
                ended = pid is not None and not _running(int(pid))
                if (ended and age >= STALE_AFTER_S) or age >= OLD_AFTER_S:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # gone already, or not ours to remove
    return removed
