"""Trends speed on a long diary: "all" redraw vs raw SQL, Time-of-day page, report, first open.

Usage: ``python bench/trends.py [DATA_DIR]`` (a diary made by ``bench/gen_diary.py``;
one is generated in a temporary folder when none is given). Prints one table.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gen_diary import _FixedClock, generate  # noqa: E402

NOW = datetime(2026, 3, 11, 20, 0, tzinfo=timezone.utc)


def _ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def raw_sql_all(diary, rng) -> None:
    """The aggregate queries a range redraw needs, with nothing drawn."""
    from mslog.core.trends.page import TrendPage

    page = TrendPage.of(diary, rng)
    _ = page.figures, page.lanes  # what TrendsView.refresh reads for its cards
    if page.previous.figures.in_diary:
        _ = page.previous.lanes
    diary.self_ratings.latest(rng.first, rng.last)


def direct_sql_all(diary, rng) -> None:
    """The spasm aggregates computed from the log itself, without the cache tables."""
    from tests.helpers.direct_trends import DirectTrends

    direct = DirectTrends(diary.db, lambda: diary.day_rule)
    direct.daily(rng)
    direct.heatmap(rng)
    direct.breakdown(rng)


def run(data_dir: Path) -> list[tuple[str, float, str, str]]:
    """Return (measure, milliseconds, budget, verdict) rows."""
    from PySide6.QtWidgets import QApplication

    from mslog.core.diary import Diary
    from mslog.core.trends import DateRange, resolve_range

    rows: list[tuple[str, float, str, str]] = []
    diary = Diary(data_dir, clock=_FixedClock(NOW))
    from mslog.core.trends import cache

    started = time.perf_counter()
    cache.rebuild(diary.db, diary.day_rule.start_hour)  # as on first use
    rows.append(("aggregate tables built (once per diary, or new day-start hour)",
                 (time.perf_counter() - started) * 1000, "-", "reported"))  # fmt: skip
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from mslog.ui.main_window import MainWindow
    from mslog.ui.style import apply_style

    apply_style(app)
    window = MainWindow(diary)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    assert "pyqtgraph" not in sys.modules, "pyqtgraph must not load before Trends opens"
    started = time.perf_counter()
    window.tabs.setCurrentWidget(window.trends_tab)
    app.processEvents()
    view = window.trends_tab.content
    view.lanes.widget.viewport().repaint()
    first_open = (time.perf_counter() - started) * 1000
    rng = resolve_range("all", diary.today(), earliest=diary.trends.earliest_day())

    cpu: list[float] = []

    def switch_to_all() -> float:
        """Switch to "all" after a spasm was logged: the spasm parts of the range read again."""
        view.set_range("30")
        app.processEvents()
        # An entry logged and taken back, as a person's day changes the diary between
        # looks: the spasm figures are out of date, the range's spasms are read again.
        diary.spasms.delete(diary.spasms.log().uuid)
        app.processEvents()
        started, cpu_started = time.perf_counter(), time.process_time()
        view.set_range("all")
        view.lanes.widget.viewport().repaint()  # paint every lane now
        cpu.append((time.process_time() - cpu_started) * 1000)
        return (time.perf_counter() - started) * 1000

    def switch_cpu_after(change: Callable[[], object]) -> float:
        """CPU time of switching to "all" after ``change`` (made while "30" is shown)."""
        view.set_range("30")
        app.processEvents()
        change()
        app.processEvents()
        cpu_started = time.process_time()
        view.set_range("all")
        view.lanes.widget.viewport().repaint()
        return (time.process_time() - cpu_started) * 1000

    medication = diary.checklists.medications.all()[0]
    slot = diary.checklists.doses.slot_local(diary.today() - timedelta(days=1), "21:00")

    def dose_ticked() -> None:
        """A dose marked skipped and back to taken: the lanes are read again, not the spasms."""
        diary.checklists.doses.mark_skipped(medication.uuid, slot)
        diary.checklists.doses.mark_taken(medication.uuid, slot)

    def a_minute_later() -> None:
        """Nothing written, the clock a minute on: which doses are due is read again."""
        diary.clock._now += timedelta(minutes=1)  # type: ignore[attr-defined]

    def another_mslog_wrote() -> None:
        """A spasm logged and taken back by another MSLog (the hotkey's ``mslog log``)."""
        from mslog.core.diary import Diary
        from mslog.core.storage.database import Checks

        other = Diary(diary.db.data_dir, clock=diary.clock, checks=Checks.TRUSTED)
        try:
            other.spasms.delete(other.spasms.log().uuid)
        finally:
            other.close()

    def another_program_wrote() -> None:
        """A spasm note changed by another SQLite tool, which counts nothing: all read again."""
        import sqlite3

        other = sqlite3.connect(diary.db.database)
        last = "(SELECT MAX(id) FROM spasm)"
        with other:  # a change, then its undoing (a write that changes nothing is not seen)
            other.execute(f"UPDATE spasm SET note = COALESCE(note, '') || '.' WHERE id = {last}")
        with other:
            other.execute(
                f"UPDATE spasm SET note = substr(note, 1, length(note) - 1) WHERE id = {last}"
            )
        other.close()

    after: dict[str, list[float]] = {"dose": [], "minute": [], "mslog": [], "tool": []}
    for _ in range(7):
        after["dose"].append(switch_cpu_after(dose_ticked))
        after["minute"].append(switch_cpu_after(a_minute_later))
        after["mslog"].append(switch_cpu_after(another_mslog_wrote))
        after["tool"].append(switch_cpu_after(another_program_wrote))
    dose_cpu, minute_cpu, mslog_cpu, other_cpu = (statistics.median(v) for v in after.values())

    warm_cpu: list[float] = []

    def switch_back_to_all() -> float:
        """Switch to "all" again with nothing changed since: its kept page is drawn."""
        view.set_range("30")
        app.processEvents()
        started, cpu_started = time.perf_counter(), time.process_time()
        view.set_range("all")
        view.lanes.widget.viewport().repaint()
        warm_cpu.append((time.process_time() - cpu_started) * 1000)
        return (time.perf_counter() - started) * 1000

    def raw_cpu(action: Callable[[], object]) -> float:
        started = time.process_time()
        action()
        return (time.process_time() - started) * 1000

    switch_to_all()  # warm-up
    cpu.clear()
    switches, raws, raw_cpus, warms = [], [], [], []
    for _ in range(9):  # interleaved, so load from other programs hits both alike
        switches.append(switch_to_all())
        warms.append(switch_back_to_all())
        raws.append(_ms(lambda: raw_sql_all(diary, rng), runs=1))
        raw_cpus.append(raw_cpu(lambda: raw_sql_all(diary, rng)))
    switch, raw = statistics.median(switches), statistics.median(raws)
    switch_cpu, raw_sql_cpu = statistics.median(cpu), statistics.median(raw_cpus)
    warm, warm_cpu_ms = statistics.median(warms), statistics.median(warm_cpu)

    def time_of_day_page() -> float:
        """The Time-of-day page drawn for "all" (its range already read)."""
        window.trends_tab.content.pages.setCurrentIndex(0)
        view.set_range("30")
        diary.spasms.delete(diary.spasms.log().uuid)  # the range is read afresh
        view.set_range("all")
        app.processEvents()
        started = time.perf_counter()
        view.pages.setCurrentIndex(1)
        view.timeofday.widget.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    def time_of_day_sql() -> None:
        from mslog.core.trends.page import TrendPage

        page = TrendPage.of(diary, rng)
        _ = page.raster, page.heatmap, page.appointments

    time_of_day_page()  # warm-up
    tods, tod_raws = [], []
    for _ in range(7):
        tods.append(time_of_day_page())
        tod_raws.append(_ms(time_of_day_sql, runs=1))
    view.pages.setCurrentIndex(0)
    tod, tod_raw = statistics.median(tods), statistics.median(tod_raws)
    direct = _ms(lambda: direct_sql_all(diary, rng), runs=3)
    year = DateRange(diary.today() - timedelta(days=364), diary.today())

    def report() -> None:
        from mslog.core.report import build_report
        from mslog.report_pdf import write_pdf

        with tempfile.TemporaryDirectory() as tmp:
            write_pdf(build_report(diary, year), Path(tmp) / "r.pdf")

    report_ms = _ms(report, runs=3)
    lanes = ", ".join(view.lanes.visible_lanes())
    rows += [
        (f"switch to 'all' ({rng.days} days) after a spasm logged, lanes [{lanes}] + cards", switch,
         "<= 100 ms", "ok" if switch <= 100 else "OVER"),
        ("raw SQL aggregates for that redraw (no drawing)", raw, "-", ""),
        ("redraw / raw SQL", switch / raw, "<= 3x", "ok" if switch <= 3 * raw else "OVER"),
        ("  the same redraw, CPU time", switch_cpu, "-", "reported"),
        ("  after a dose ticked instead (CPU; the lanes read again)", dose_cpu, "<= 100 ms",
         "ok" if dose_cpu <= 100 else "OVER"),
        ("  a minute later, nothing written (CPU; which doses are due)", minute_cpu, "<= 100 ms",
         "ok" if minute_cpu <= 100 else "OVER"),
        ("  after another MSLog logged (CPU; the spasm parts read again)", mslog_cpu,
         "<= 100 ms", "ok" if mslog_cpu <= 100 else "OVER"),
        ("  after another SQLite tool wrote (CPU; everything read and checked)", other_cpu,
         "<= 100 ms", "ok" if other_cpu <= 100 else "OVER"),
        ("switch back to 'all', nothing changed since (its page kept)", warm, "-", "reported"),
        ("  the same, CPU time", warm_cpu_ms, "-", "reported"),
        ("  raw SQL aggregates, CPU time", raw_sql_cpu, "-", "reported"),
        ("Time-of-day page drawn for 'all'", tod, "<= 150 ms", "ok" if tod <= 150 else "OVER"),
        ("  its raw aggregates (raster, heatmap, appointments)", tod_raw, "-", ""),
        ("same spasm aggregates straight from the log (no cache tables)", direct, "-",
         "reference"),
        ("report PDF for one year", report_ms, "<= 2000 ms",
         "ok" if report_ms <= 2000 else "OVER"),
        ("first Trends open (imports pyqtgraph, builds charts, 30 days)", first_open, "-",
         "reported"),
    ]  # fmt: skip
    window.close()
    diary.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the table."""
    argv = sys.argv[1:] if argv is None else argv
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(argv[0]) if argv else Path(tmp) / "diary"
        if not argv:
            counts = generate(data_dir)
            print("generated: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        rows = run(data_dir)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>10}  {'budget':>10}  verdict")
    for name, value, budget, verdict in rows:
        unit = "x" if name.startswith("redraw /") else "ms"
        print(f"{name:<{width}}  {value:>8.1f}{unit:>2}  {budget:>10}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
