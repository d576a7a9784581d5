"""Damage a diary file in place as a failing disk would, for the tests of the day's check."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

PAGE = 4096


def rot_a_page(path: Path) -> None:
    """Overwrite a page of spasm entries in place, keeping the file's size and times.

    The file's identity (inode, size, modification time) stays as MSLog noted it, so only
    a whole-file check can find the damage.
    """
    info = path.stat()
    conn = sqlite3.connect(path)
    try:
        pages = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'spasm' AND pagetype = 'leaf' ORDER BY pageno"
        ).fetchall()
    finally:
        conn.close()
    offset = (pages[len(pages) // 2][0] - 1) * PAGE
    data = bytearray(path.read_bytes())
    data[offset : offset + PAGE] = b"\x07" + random.Random(1).randbytes(PAGE - 1)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
