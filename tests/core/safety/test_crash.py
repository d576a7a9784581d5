"""Killing MSLog mid-save never loses an acknowledged entry nor damages the diary."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mslog.core.storage.database import DB_FILENAME

KILLS = 200

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def test_sigkill_at_random_moments_loses_no_acknowledged_entry(data_dir: Path):
    helper = Path(__file__).parents[2] / "helpers" / "crash_logger.py"
    root = Path(__file__).parents[3]
    server = subprocess.Popen(
        [sys.executable, str(helper), str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert server.stdin is not None
    assert server.stdout is not None
    rng = random.Random(6)
    acknowledged: list[str] = []
    killed_while_saving = 0
    try:
        for _ in range(KILLS):
            server.stdin.write(b"fork\n")
            server.stdin.flush()
            first = server.stdout.readline().decode()
            assert first.startswith("pid "), first
            pid = int(first.split()[1])
            acks_now = 0
            if rng.random() < 0.8:
                # Mostly mid-logging: wait for the first save, then a random moment later.
                line = server.stdout.readline().decode()
                assert line.startswith("ack "), line
                acknowledged.append(line.split()[1])
                acks_now += 1
            # Otherwise anywhere in opening (checks, migrations, the daily backup).
            time.sleep(rng.uniform(0, 0.01))
            os.kill(pid, signal.SIGKILL)
            while (line := server.stdout.readline().decode()) != "dead\n":
                assert line.startswith("ack "), line
                acknowledged.append(line.split()[1])
                acks_now += 1
            killed_while_saving += acks_now > 0
            _check(data_dir, acknowledged)
    finally:
        server.stdin.close()
        server.wait(timeout=10)
        server.stdout.close()
    print(f"{KILLS} kills, {killed_while_saving} mid-logging, {len(acknowledged)} acks")
    assert killed_while_saving > KILLS // 2


def _check(data_dir: Path, acknowledged: list[str]) -> None:
    path = data_dir / DB_FILENAME
    if not acknowledged and not path.exists():
        return  # killed before the first diary was even created
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {u for (u,) in conn.execute("SELECT uuid FROM spasm")}
        missing = set(acknowledged) - stored
        assert not missing, f"{len(missing)} acknowledged entries lost"
        # Every saved entry is whole: its trigger row committed with it.
        assert (
            conn.execute(
                "SELECT count(*) FROM spasm s WHERE NOT EXISTS"
                " (SELECT 1 FROM spasm_trigger t WHERE t.spasm_id = s.id)"
            ).fetchone()[0]
            == 0
        )
    finally:
        conn.close()
