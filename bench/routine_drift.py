"""Stretch player in real time: no drift with a stalling event loop, little CPU, none paused.

Plays a 60-second routine in the real Stretch tab on the real clock while a timer blocks
the event loop for 250 ms every 2 s, then pauses for 10 s. Prints one table. Takes ~75 s.
Usage: ``python bench/routine_drift.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mslog.core.diary import Diary  # noqa: E402
from mslog.core.routines.player import State  # noqa: E402
from mslog.core.routines.schema import Routine, Step, total_seconds  # noqa: E402
from mslog.ui.routines.tab import REFRESH_MS, StretchTab  # noqa: E402
from mslog.ui.style import apply_style  # noqa: E402

KEY = "custom/sixty"
BLOCK_S = 0.25
BLOCK_EVERY_MS = 2000
PAUSE_S = 10.0

# 5 s get-ready + 20 + 5 (switch) + 20 + 10 (5 reps at 2 s) = 60 s.
ROUTINE = Routine(
    key="bench/sixty",
    name="Sixty seconds",
    steps=(
        Step("calf_stretch", "left", duration_s=20, rest_s=5),
        Step("calf_stretch", "right", duration_s=20),
        Step("foot_pumps", "both", reps=5, pace_s=2),
    ),
)


class Silent:
    """No sound device in a benchmark."""

    def play(self, name: str) -> None:
        """Play nothing."""

    def say(self, text: str) -> None:
        """Say nothing."""


def run() -> list[tuple[str, float, str, str]]:
    """Play the routine, then pause; return (measure, value, budget, verdict) rows."""
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    planned = total_seconds(ROUTINE, 5)
    with tempfile.TemporaryDirectory() as tmp:
        diary = Diary(Path(tmp) / "diary")
        (diary.data_dir / "routines").mkdir()
        (diary.data_dir / "routines" / "sixty.json").write_text(json.dumps(ROUTINE.to_json()))
        tab = StretchTab(diary, sound_factory=Silent, voice_factory=Silent)
        tab.resize(1280, 800)
        tab.show()
        app.processEvents()

        redraws = [0]
        original = tab.refresh_player

        def counted() -> None:
            redraws[0] += 1
            original()

        tab.timer.timeout.disconnect(original)
        tab.timer.timeout.connect(counted)

        blocker = QTimer()
        blocker.setInterval(BLOCK_EVERY_MS)
        blocker.timeout.connect(lambda: time.sleep(BLOCK_S))  # a stalled event loop
        finished: dict[str, float] = {}

        def on_done(_result) -> None:
            finished["wall"] = time.monotonic()
            finished["cpu"] = time.process_time()
            app.quit()

        started_wall = time.monotonic()
        started_cpu = time.process_time()
        QTimer.singleShot(BLOCK_EVERY_MS // 2, blocker.start)  # blocks at 1 s, 3 s, ... 59 s
        tab.start(KEY)
        tab.player.done.connect(on_done)
        app.exec()
        blocker.stop()
        result = tab.result
        noticed = finished["wall"] - started_wall
        running_cpu = finished["cpu"] - started_cpu
        running_redraws = redraws[0]

        # Paused: the timer stops, so nothing at all should run.
        tab.start(KEY)
        tab.player.pause()
        assert tab.player.state is State.PAUSED
        redraws[0] = 0
        pause_wall, pause_cpu = time.monotonic(), time.process_time()
        QTimer.singleShot(int(PAUSE_S * 1000), app.quit)
        app.exec()
        paused_cpu = time.process_time() - pause_cpu
        paused_wall = time.monotonic() - pause_wall
        paused_timer = tab.timer.isActive()
        tab.shutdown()
        diary.close()

    blocked = (planned - 1) // (BLOCK_EVERY_MS / 1000) + 1
    cpu_running = 100 * running_cpu / noticed
    cpu_paused = 100 * paused_cpu / paused_wall
    interval = REFRESH_MS / 1000
    rows = [
        ("planned session (s)", planned, "60", "ok" if planned == 60 else "CHECK"),
        ("event loop blocked (s, total)", blocked * BLOCK_S, "-", "-"),
        (
            "session time recorded (s)",
            result.active_s,
            "60 +/- 0.001",
            "ok" if abs(result.active_s - planned) < 0.001 else "DRIFT",
        ),
        (
            "end noticed after (s)",
            noticed,
            f"60 + {interval:.3f}",
            "ok" if planned <= noticed <= planned + interval + 0.005 else "LATE",
        ),
        (
            "redraws per second, running",
            running_redraws / noticed,
            "<= 31",
            "ok" if running_redraws / noticed <= 31 else "BUSY",
        ),
        ("CPU running (% of a core)", cpu_running, "< 10 %", "ok" if cpu_running < 10 else "HIGH"),
        ("redraws while paused", float(redraws[0]), "0", "ok" if redraws[0] == 0 else "BUSY"),
        (
            "CPU paused (% of a core)",
            cpu_paused,
            "< 0.5 %",
            "ok" if cpu_paused < 0.5 and not paused_timer else "BUSY",
        ),
    ]
    return rows


def main() -> int:
    """Print the table."""
    rows = run()
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>10}  {'budget':>14}  verdict")
    for name, value, budget, verdict in rows:
        print(f"{name:<{width}}  {value:>10.3f}  {budget:>14}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
