"""Killing MSLog part-way through a large import leaves all of it or none, and loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.safety import export
from mslog.core.storage.database import DB_FILENAME

ENTRIES = 20_000
# Where the kill falls, in thousandths of the import's progress bar (the first half reads
# and checks the file, the second writes it).
KILL_AT = (50, 400, 600, 800, 950)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

CHILD = r"""
import sys
from pathlib import Path
from mslog.core.diary import Diary

def progress(done, total):
    sys.stdout.write(f"p {done}\n")
    sys.stdout.flush()

with Diary(Path(sys.argv[1])) as diary:
    diary.safety.import_file(Path(sys.argv[2]), progress=progress)
sys.stdout.write("done\n")
sys.stdout.flush()
"""


def big_export(tmp_path: Path, clock, entries: int = ENTRIES) -> tuple[Path, set[str]]:
    """A JSON export of ``entries`` spasms, each with a trigger and a location."""
    source = tmp_path / "source"
    Diary(source, clock=clock).close()
    conn = sqlite3.connect(source / DB_FILENAME)
    start = 1_700_000_000  # November 2023: in the past for any clock the child runs with
    uuids = [str(uuid.UUID(int=n + 1, version=4)) for n in range(entries)]
    with conn:
        conn.executemany(
            "INSERT INTO spasm (id, uuid, started_at, utc_offset, severity, kind, note,"
            " created_at, updated_at) VALUES (?, ?, ?, 60, ?, NULL, '', ?, ?)",
            [
                (n + 1, u, start + 600 * n, n % 11, start + 600 * n, start + 600 * n)
                for n, u in enumerate(uuids)
            ],
        )
        conn.executemany(
            "INSERT INTO spasm_trigger (spasm_id, trigger) VALUES (?, 'heat')",
            [(n + 1,) for n in range(entries)],
        )
        conn.executemany(
            "INSERT INTO spasm_location (spasm_id, location) VALUES (?, 'back')",
            [(n + 1,) for n in range(entries)],
        )
    conn.close()
    out = tmp_path / "big.json"
    with Diary(source, clock=clock) as diary:
        export.write_json(diary.db, out, clock.now())
    return out, set(uuids)


def _uuids(data_dir: Path) -> set[str]:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        found = {u for (u,) in conn.execute("SELECT uuid FROM spasm")}
        # Every imported entry is whole: its trigger and its location came with it.
        for child in ("spasm_trigger", "spasm_location"):
            (orphans,) = conn.execute(
                f"SELECT count(*) FROM spasm s WHERE NOT EXISTS"
                f" (SELECT 1 FROM {child} c WHERE c.spasm_id = s.id)"
            ).fetchone()
            assert orphans == 0, child
        return found
    finally:
        conn.close()


def _import_killed_at(data_dir: Path, path: Path, at: int) -> bool:
    """Run an import in a child and SIGKILL it once its progress reaches ``at``.

    Returns whether the child was killed (False: it finished first).
    """
    root = Path(__file__).parents[3]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), str(path)],
        stdout=subprocess.PIPE,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert child.stdout is not None
    killed = False
    try:
        for raw in child.stdout:
            line = raw.decode()
            if line.startswith("p ") and int(line.split()[1]) >= at:
                os.kill(child.pid, signal.SIGKILL)
                killed = True
                break
    finally:
        child.wait(timeout=60)
        child.stdout.close()
    return killed


def test_a_killed_import_leaves_all_or_nothing_and_loses_nothing(tmp_path, data_dir, clock):
    path, imported = big_export(tmp_path, clock)
    with Diary(data_dir, clock=clock) as diary:
        for severity in range(5):
            diary.spasms.log(severity=severity, triggers=["heat"], locations=["back"])
    before = _uuids(data_dir)
    assert len(before) == 5
    kills = 0
    for at in KILL_AT:
        kills += _import_killed_at(data_dir, path, at)
        found = _uuids(data_dir)
        assert before <= found, "an entry that was there before was lost"
        assert found in (before, before | imported), f"part of the import stayed ({at})"
        with Diary(data_dir, clock=clock) as diary:  # opens cleanly, checks and all
            assert diary.spasms.count() == len(found)
        if found != before:
            break  # killed after the commit: all of it is in
    print(f"{kills} kills")
    assert kills >= 3
    # Run to the end, the import adds everything (or finds it already there).
    assert not _import_killed_at(data_dir, path, 10_000)
    assert _uuids(data_dir) == before | imported
