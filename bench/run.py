"""Run every MSLog benchmark and print one table of results against their baselines."""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

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

# The bare window plus what the plain way of writing MSLog's start-up costs in PySide6 itself
# (the Qt namespace and its enums, the Fusion style, QtNetwork for the single-instance check):
# MSLog against this one is what MSLog's own modules and widgets add. Reported, not a target.
BARE_WINDOW_PLAIN_QT = BARE_WINDOW.replace(
    "app = QApplication(sys.argv[:1])",
    "import PySide6.QtNetwork\n"
    "from PySide6.QtCore import Qt\n"
    "Qt.AlignmentFlag.AlignCenter\n"
    "app = QApplication(sys.argv[:1])\n"
    "app.setStyle('Fusion')",
)


class Launch(NamedTuple):
    """One child's run: wall-clock and CPU seconds to its first frame and to ready."""

    shown: float
    ready: float
    shown_cpu: float
    ready_cpu: float
    peak_mib: float


def _cpu_seconds(pid: int) -> float:
    """Return the CPU time a running process has had so far (all threads), or NaN.

    Read from Linux's schedstat (nanoseconds), so it can be taken at the moment a line
    arrives. Work elsewhere on the machine does not stretch it as it stretches wall-clock
    time, so ratios of it hold on a busy machine.
    """
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
        return (
            sum(
                int(Path(f"/proc/{pid}/task/{task}/schedstat").read_text().split()[0])
                for task in tasks
            )
            / 1e9
        )
    except (OSError, ValueError, IndexError):
        return float("nan")


def _spawn_until_shown(argv: list[str], env: dict[str, str]) -> Launch:
    """Run one child to its end.

    "Ready" is MSLOG_READY (the diary open and drawn); for the bare window, which has no
    diary, it is its first frame. Peak memory is over the whole run.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    nan = float("nan")
    shown = ready = shown_cpu = ready_cpu = nan
    for line in proc.stdout:
        if line.strip() == b"MSLOG_SHOWN":
            shown = time.perf_counter() - start
            shown_cpu = _cpu_seconds(proc.pid)
        elif line.strip() == b"MSLOG_READY":
            ready = time.perf_counter() - start
            ready_cpu = _cpu_seconds(proc.pid)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or math.isnan(shown):
        raise RuntimeError(f"{argv} failed with exit code {proc.returncode}")
    if math.isnan(ready):
        ready, ready_cpu = shown, shown_cpu
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    return Launch(shown, ready, shown_cpu, ready_cpu, usage.ru_maxrss * scale / (1024 * 1024))


DIARY_YEARS = (1, 10, 30)
FIRST_OF_DAY_RUNS = 5


def _as_if_yesterday(diary_dir: Path, *, backups: bool = False) -> None:
    """Make the next opening of a diary the first of a day: its check and backup are due.

    The note of the last whole-file check is dated yesterday (the file itself is untouched,
    so it still matches the note) and, unless ``backups``, the backups made today are moved
    out of the way. A command's first of a day keeps them: they stand for yesterday's, which
    a person using the window has (a command backs up itself only after a week without).
    """
    note = diary_dir / ".diary.sqlite3.checked"
    fields = json.loads(note.read_text(encoding="utf-8"))
    fields["checked_on"] = (date.today() - timedelta(days=1)).isoformat()
    note.write_text(json.dumps(fields), encoding="utf-8")
    if not backups:
        shutil.rmtree(diary_dir / "backups", ignore_errors=True)


SPASMS_A_YEAR = 20_000  # as bench/gen_diary.py's ten years of 200,000


def _diaries(
    folder: Path, env: dict[str, str], years: tuple[int, ...] = DIARY_YEARS
) -> dict[str, Path]:
    """Make an empty diary and ones of ``years`` years in ``folder``.

    Each is made by a child process: a child's peak memory starts from its parent's.
    """
    made = {"empty": folder / "empty"}  # made by the first launch, as a new person's is
    for count in years:
        made[f"{count}y"] = folder / f"{count}y"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "gen_diary.py"), str(made[f"{count}y"]),
             "--years", str(count), "--spasms", str(count * SPASMS_A_YEAR)],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return made


def _ratio_row(
    name: str, ours: float, base: float, target: str
) -> tuple[str, float, float, str, str]:
    """Return a table row: the measure, ours, the baseline, their ratio and the target."""
    return (name, ours, base, f"{ours / base:.2f}x", target)


def bench_startup(runs: int = 9) -> list[tuple[str, float, float, str, str]]:
    """Start-to-shown and start-to-ready of mslog, side by side with a bare PySide6 window.

    MSLog paints its window before opening the diary, so it is timed twice: to the first
    frame (against the bare window's first frame), and to "ready" (diary open, today's
    entries drawn, every menu working) on diaries of 1, 10 and 30 years against an empty
    one. Runs are interleaved so that drift on a shared machine hits them all alike; the
    medians are compared, in wall-clock time and in CPU time (which a busy machine does
    not stretch). Each diary has had its daily backup made already; the first start of a
    day, which also makes that backup, is timed on its own. Peak memory is reported.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["MSLOG_EXIT_WHEN_SHOWN"] = "1"
    # The children run this checkout's mslog, not whichever one is installed.
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    bare_argv = [sys.executable, "-c", BARE_WINDOW]
    plain_qt_argv = [sys.executable, "-c", BARE_WINDOW_PLAIN_QT]
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = str(Path(tmp) / "home")  # MSLog's own settings start fresh
        diaries = _diaries(Path(tmp), env)
        argv = {name: [sys.executable, "-m", "mslog", "--data-dir", str(path)]
                for name, path in diaries.items()}  # fmt: skip
        for command in argv.values():
            _spawn_until_shown(command, env)  # today's backup made, files in the page cache
        launches: dict[str, list[Launch]] = {"bare": [], "plain Qt": []}
        for _ in range(runs):
            launches["bare"].append(_spawn_until_shown(bare_argv, env))
            launches["plain Qt"].append(_spawn_until_shown(plain_qt_argv, env))
            for name, command in argv.items():
                launches.setdefault(name, []).append(_spawn_until_shown(command, env))
        for _ in range(FIRST_OF_DAY_RUNS):
            for name in ("empty", "10y", "30y"):
                _as_if_yesterday(diaries[name])
                launches.setdefault(f"first {name}", []).append(_spawn_until_shown(argv[name], env))

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(launch, field) for launch in launches[name])

    rows = []
    for cpu in ("", "_cpu"):
        unit = "CPU s" if cpu else "s"
        bare = median("bare", "shown" + cpu)
        for name in ("empty", "10y"):
            label = "empty diary" if name == "empty" else "10-year diary"
            rows.append(_ratio_row(f"start to shown, {label} ({unit})",
                                   median(name, "shown" + cpu), bare, "<= 1.5x"))  # fmt: skip
        plain_qt = median("plain Qt", "shown" + cpu)
        rows.append(_ratio_row(f"  bare + Qt enums, Fusion, QtNetwork ({unit})",
                               plain_qt, bare, "reported"))  # fmt: skip
        rows.append(_ratio_row(f"  MSLog (empty) vs that window ({unit})",
                               median("empty", "shown" + cpu), plain_qt, "reported"))  # fmt: skip
        empty = median("empty", "ready" + cpu)
        for years in DIARY_YEARS:
            target = "<= 1.2x" if years == 10 else "reported"
            rows.append(_ratio_row(f"start to ready, {years}-year ({unit})",
                                   median(f"{years}y", "ready" + cpu), empty, target))  # fmt: skip
        first_empty = median("first empty", "ready" + cpu)
        rows.append(_ratio_row(f"first start of a day, empty ({unit})",
                               first_empty, empty, "reported"))  # fmt: skip
        for years in (10, 30):
            rows.append(_ratio_row(f"first start of a day, {years}-year ({unit})",
                                   median(f"first {years}y", "ready" + cpu), first_empty,
                                   "<= 1.15x (vs empty's first)"))  # fmt: skip
    rows.append(_ratio_row("peak memory, empty diary (MiB)", median("empty", "peak_mib"),
                           median("bare", "peak_mib"), "reported"))  # fmt: skip
    rows.append(_ratio_row("peak memory, 10-year diary (MiB)", median("10y", "peak_mib"),
                           median("bare", "peak_mib"), "reported"))  # fmt: skip
    return rows


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


def _run_command(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run a command to its end; return its wall-clock and CPU seconds."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv} failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def bench_cli_log(runs: int = 9) -> list[tuple[str, float, float, str, str]]:
    """`mslog log` (the hotkey's command) on diaries of 10 and 30 years against an empty one.

    Timed to the end of the process (it prints "Saved" just before), interleaved, on the
    second and later opening of a day and on the first.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = str(Path(tmp) / "home")
        diaries = _diaries(Path(tmp), env, years=(10, 30))
        argv = {name: [sys.executable, "-m", "mslog", "--data-dir", str(path), "log"]
                for name, path in diaries.items()}  # fmt: skip
        for command in argv.values():
            _run_command(command, env)  # the page cache warm, as for the window
        times: dict[str, list[tuple[float, float]]] = {}
        for _ in range(runs):
            for name, command in argv.items():
                times.setdefault(name, []).append(_run_command(command, env))
            for name, command in argv.items():
                _as_if_yesterday(diaries[name], backups=True)
                times.setdefault(f"first {name}", []).append(_run_command(command, env))
    rows = []
    for index, unit in ((0, "s"), (1, "CPU s")):

        def median(name: str, i: int = index) -> float:
            return statistics.median(t[i] for t in times[name])

        for kind in ("", "first "):
            for years in (10, 30):
                label = "first of a day, " if kind else ""
                rows.append(_ratio_row(f"mslog log, {label}{years}-year ({unit})",
                                       median(f"{kind}{years}y"), median(f"{kind}empty"),
                                       "<= 1.15x"))  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks (all, or only startup, quick-log or cli-log) and print the table."""
    only = set(sys.argv[1:] if argv is None else argv)
    rows = []
    if not only or "startup" in only:
        rows += bench_startup()
    if not only or "quick-log" in only:
        rows += bench_quick_log()
    if not only or "cli-log" in only:
        rows += bench_cli_log()
    for extra in ("routine_drift", "trends") if not only else ():
        script = ROOT / "bench" / f"{extra}.py"
        if script.exists():
            print(f"\n== bench/{extra}.py ==")
            subprocess.run([sys.executable, str(script)], check=False)
    print()
    print(f"{'measure':42} {'MSLog':>10} {'baseline':>10} {'ratio':>8}  target")
    for name, ours, base, ratio, target in rows:
        print(f"{name:42} {ours:10.3f} {base:10.3f} {ratio:>8}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
