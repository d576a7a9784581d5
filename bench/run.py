"""Run every MSLog benchmark and print one table of results against their baselines."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# "Shown" is the first paint of the window, for both (as MSLog's MSLOG_EXIT_WHEN_SHOWN does).
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            print("MSLOG_SHOWN", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
first = FirstPaint()
window.installEventFilter(first)
window.show()
app.exec()
"""


def _spawn_until_shown(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run one child to its end.

    Returns:
        Seconds from spawn to its first frame ("MSLOG_SHOWN"), seconds to ready
        ("MSLOG_READY", the diary open and drawn; the first frame for the bare window),
        and its peak RSS over the whole run in MiB.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    shown = ready = float("nan")
    for line in proc.stdout:
        if line.strip() == b"MSLOG_SHOWN":
            shown = time.perf_counter() - start
        elif line.strip() == b"MSLOG_READY":
            ready = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or shown != shown:
        raise RuntimeError(f"{argv} failed with exit code {proc.returncode}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    return shown, ready if ready == ready else shown, usage.ru_maxrss * scale / (1024 * 1024)


def bench_startup(runs: int = 7) -> list[tuple[str, float, float, str, str]]:
    """Start-to-shown time and peak memory of mslog vs a bare PySide6 window.

    MSLog paints its window before opening the diary, so it is timed twice: to the first
    frame, and to "ready" (diary open, today's entries drawn, every menu working). Its
    peak memory is over the whole run, diary included.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    ours: list[tuple[float, float, float]] = []
    bare: list[tuple[float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        env["MSLOG_DATA_DIR"] = tmp
        env["MSLOG_EXIT_WHEN_SHOWN"] = "1"
        _spawn_until_shown([sys.executable, "-m", "mslog"], env)  # creates the diary
        for _ in range(runs):  # interleaved so drift hits both alike
            ours.append(_spawn_until_shown([sys.executable, "-m", "mslog"], env))
            bare.append(_spawn_until_shown([sys.executable, "-c", BARE_WINDOW], env))
    shown, ready, mem = (statistics.median(run[i] for run in ours) for i in range(3))
    bare_shown, _, bare_mem = (statistics.median(run[i] for run in bare) for i in range(3))
    return [
        ("start to shown (s)", shown, bare_shown, f"{shown / bare_shown:.2f}x", "<= 1.3x"),
        ("start to ready (s)", ready, bare_shown, f"{ready / bare_shown:.2f}x", "reported"),
        ("peak memory (MiB)", mem, bare_mem, f"{mem / bare_mem:.2f}x", "<= 1.3x"),
    ]


def bench_quick_log(runs: int = 200) -> list[tuple[str, float, float, str, str]]:
    """Click-to-committed time of the big button vs a raw sqlite3 insert+commit."""
    import sqlite3
    import uuid

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mslog.core.diary import Diary
    from mslog.ui.main_window import MainWindow
    from mslog.ui.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        diary = Diary(Path(tmp) / "app")
        window = MainWindow(diary)
        window.show()
        app.processEvents()
        raw = sqlite3.connect(Path(tmp) / "raw.sqlite3", isolation_level=None)
        for pragma in ("journal_mode=wal", "synchronous=2", "foreign_keys=1", "busy_timeout=5000"):
            raw.execute(f"PRAGMA {pragma}")
        # The same tables, indexes and triggers as the diary: the ratio is then what MSLog's
        # code adds to the very same write, not the cost of the diary's indexes.
        schema = diary.db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
            " ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid"
        ).fetchall()
        for (statement,) in schema:
            raw.execute(statement)
        committed_at: list[float] = []
        # Connected before the window's own listener: fires the moment the commit returns.
        listeners = diary.spasms.changed._callbacks
        listeners.insert(0, lambda _change: committed_at.append(time.perf_counter()))
        commit_times, redraw_times, raw_times = [], [], []
        for _ in range(runs):
            start = time.perf_counter()
            window.log_tab.log_button.click()
            end = time.perf_counter()
            commit_times.append(committed_at[-1] - start)
            redraw_times.append(end - start)
            start = time.perf_counter()
            now = int(time.time())
            raw.execute("BEGIN")
            raw.execute(
                "INSERT INTO spasm (uuid, started_at, utc_offset, severity, kind, duration_s,"
                " note, created_at, updated_at) VALUES (?, ?, 0, NULL, NULL, NULL, '', ?, ?)",
                (str(uuid.uuid4()), now, now, now),
            )
            raw.execute("COMMIT")
            raw_times.append(time.perf_counter() - start)
            app.processEvents()
        window.close()
        diary.close()
        raw.close()
    t_commit = statistics.median(commit_times) * 1000
    t_redraw = statistics.median(redraw_times) * 1000
    t_raw = statistics.median(raw_times) * 1000
    return [
        ("quick log click->committed (ms)", t_commit, t_raw, f"{t_commit / t_raw:.2f}x",
         "<= 1.5x, < 16 ms"),
        ("quick log click->redrawn (ms)", t_redraw, t_raw, f"{t_redraw / t_raw:.2f}x",
         "< 16 ms (one frame)"),
    ]  # fmt: skip


def main() -> int:
    """Run the benchmarks and print the table."""
    rows = []
    rows += bench_startup()
    rows += bench_quick_log()
    for extra in ("routine_drift", "trends"):
        script = ROOT / "bench" / f"{extra}.py"
        if script.exists():
            print(f"\n== bench/{extra}.py ==")
            subprocess.run([sys.executable, str(script)], check=False)
    print()
    print(f"{'measure':34} {'MSLog':>10} {'baseline':>10} {'ratio':>8}  target")
    for name, ours, base, ratio, target in rows:
        print(f"{name:34} {ours:10.3f} {base:10.3f} {ratio:>8}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
