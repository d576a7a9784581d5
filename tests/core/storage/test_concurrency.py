"""Another program writing the diary makes MSLog wait its turn, never fail with "locked"."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from mslog.core.diary import Diary
from mslog.core.safety.export import write_json
from tests.helpers.stubs import FakeClock

# Well inside the busy timeout (5 s): a CLI command's write takes far less.
HOLD_S = 1.0

# A second process takes the write lock, writes, and tells the test once it holds it.
_WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT OR REPLACE INTO preference (key, value) VALUES ('other_writer', ?)",
                 (str(time.time()),))
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
    conn.close()
    """
)


@contextmanager
def another_writer(path: Path) -> Iterator[subprocess.Popen]:
    """Run the body while another process holds the diary's write lock for ``HOLD_S``."""
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(HOLD_S)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "holding"
        yield writer
    finally:
        assert writer.wait(timeout=30) == 0
        assert writer.stdout is not None
        writer.stdout.close()


def test_edits_wait_for_another_writer_instead_of_failing(diary: Diary):
    spasm = diary.spasms.log(severity=2, note="before")
    habit = diary.checklists.habits.add("Walk")
    with another_writer(diary.db.path):
        # Each reads inside its transaction, then writes: the upgrade that used to fail at once.
        diary.spasms.update(spasm.uuid, note="edited while the terminal wrote")
    with another_writer(diary.db.path):
        diary.checklists.habits.rename(habit.uuid, "Walk outside")
    with another_writer(diary.db.path):
        diary.spasms.delete(spasm.uuid)
    assert diary.spasms.count() == 0
    assert "Walk outside" in [h.name for h in diary.checklists.habits.listed()]


def test_an_import_waits_for_another_writer(diary: Diary, tmp_path: Path):
    source_clock = FakeClock(datetime(2026, 3, 10, 9, 0))
    with Diary(tmp_path / "other", clock=source_clock) as other:
        for severity in (1, 2, 3):
            other.spasms.log(severity=severity, note=f"from the other diary {severity}")
        exported = write_json(other.db, tmp_path / "other.json", source_clock.now())
    with another_writer(diary.db.path):
        report = diary.safety.import_file(exported)
    assert report.added["spasm"] == 3
    assert diary.spasms.count() == 3


def test_write_transactions_take_the_write_lock_first(diary: Diary):
    # A deferred transaction that reads first cannot wait for the lock when it then writes.
    statements: list[str] = []
    diary.db.connection().set_trace_callback(statements.append)
    try:
        diary.spasms.log(severity=1)
    finally:
        diary.db.connection().set_trace_callback(None)
    assert statements[0] == "BEGIN IMMEDIATE"


def test_the_windows_edits_wait_for_another_writer(qapp, diary: Diary):
    from PySide6.QtGui import QUndoStack

    from mslog.ui.operations.spasms import SpasmOperations

    stack = QUndoStack()
    ops = SpasmOperations(diary.spasms, diary.clock, stack)
    logged = ops.log()
    assert logged.ok
    with another_writer(diary.db.path):
        moved = ops.move(logged.value.uuid, diary.clock.now() - timedelta(hours=1))
    assert moved.ok, moved.message
    with another_writer(diary.db.path):
        deleted = ops.delete(logged.value.uuid)
    assert deleted.ok, deleted.message
    with another_writer(diary.db.path):
        stack.undo()  # the delete's undo puts the entry back
    assert diary.spasms.count() == 1
