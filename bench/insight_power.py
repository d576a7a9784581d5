"""False-positive rate and power of the factor analysis on simulated diaries (see bench/README.md).

Run: ``.venv/bin/python bench/insight_power.py [--seeds 1000] [--days 120]``; with
``--ten-years`` it times the analysis of the Trends tab on a generated ten-year diary instead.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mslog.core.trends import insight
from tests.helpers.simulated_diary import (
    PLANTED,
    Exposure,
    Generator,
    simulate,
)


def _excludes_one(comparison: insight.Comparison) -> bool:
    c = comparison
    return c.low is not None and c.high is not None and not c.low <= 1.0 <= c.high


def run(
    generator: Generator,
    seeds: int,
    effect: float,
    planted: Exposure = PLANTED,
    first_seed: int = 0,
) -> dict:
    """Return the measured rates over ``seeds`` simulated diaries."""
    null_tests = null_clear = null_raw = found = found_raw = 0
    started = time.perf_counter()
    for seed in range(first_seed, first_seed + seeds):
        # Null world: no exposure has any effect.
        sim = simulate(generator, seed)
        for finding in insight.analyse(sim.factors(generator.exposures)).findings:
            null_tests += 1
            null_clear += finding.clear
            null_raw += _excludes_one(finding.comparison)
        # Planted world: one more exposure multiplies the day's rate by ``effect``.
        sim = simulate(generator, seed + 1_000_000, planted=planted, effect=effect)
        analysis = insight.analyse(sim.factors((*generator.exposures, planted)))
        for finding in analysis.findings:
            if finding.factor.name == planted.name:
                found += finding.clear
                found_raw += _excludes_one(finding.comparison)
    elapsed = time.perf_counter() - started
    return {
        "false_positive_rate": null_clear / null_tests,
        "raw_interval_excludes_1": null_raw / null_tests,
        "power": found / seeds,
        "power_before_adjustment": found_raw / seeds,
        "ms_per_analysis": 1000 * elapsed / (2 * seeds),
        "factors_per_analysis": len(generator.exposures),
    }


def _ten_year_diary(out: Path) -> None:
    """Generate ten years (about 5 spasms a day) with a check-in on most days."""
    import random
    import sqlite3
    from datetime import date, timedelta

    from bench.gen_diary import generate
    from mslog.core.storage.database import DB_FILENAME

    generate(out, years=10, spasms=18_250, seed=1)
    rnd = random.Random(2)
    conn = sqlite3.connect(out / DB_FILENAME)
    factors = [row[0] for row in conn.execute("SELECT id FROM day_factor")]
    with conn:
        today = date(2026, 3, 11)
        for ago in range(1, 3650):
            if rnd.random() < 0.15:
                continue  # no check-in: unknown
            day = (today - timedelta(days=ago)).isoformat()
            cursor = conn.execute(
                "INSERT INTO checkin (uuid, day, nrs, spasms, created_at, updated_at)"
                " VALUES (lower(hex(randomblob(16))), ?, ?, ?, 0, 0)",
                (day, rnd.randint(2, 8), "all_logged" if rnd.random() < 0.85 else None),
            )
            for factor in factors:
                if rnd.random() < 0.2:
                    conn.execute(
                        "INSERT INTO checkin_factor VALUES (?, ?)", (cursor.lastrowid, factor)
                    )
    conn.close()


def time_ten_years() -> None:
    """Print how long the Trends tab's analysis takes on ten years, per range."""
    import tempfile
    from datetime import datetime, timezone

    from bench.gen_diary import _FixedClock
    from mslog.core.diary import Diary
    from mslog.core.trends import resolve_range
    from mslog.core.trends.page import TrendPage

    with tempfile.TemporaryDirectory() as tmp:
        _ten_year_diary(Path(tmp) / "diary")
        diary = Diary(
            Path(tmp) / "diary", clock=_FixedClock(datetime(2026, 3, 11, 20, tzinfo=timezone.utc))
        )
        try:
            today = diary.today()
            for key in ("30", "90", "365", "all"):
                rng = resolve_range(key, today, earliest=diary.trends.earliest_day())
                runs = []
                for _ in range(3):
                    started = time.perf_counter()
                    analysis = TrendPage.of(diary, rng).analysis
                    runs.append(time.perf_counter() - started)
                factors = len(analysis.findings)
                print(
                    f"  {key:>4} ({rng.days} days, {factors} factors, "
                    f"{len(analysis.tested)} tested): {1000 * min(runs):.0f} ms"
                    f" (slowest of 3: {1000 * max(runs):.0f} ms)"
                )
        finally:
            diary.close()


def main() -> None:
    """Print the rates for the default generator (and any overrides given)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--effect", type=float, default=1.5)
    parser.add_argument("--planted-persistence", type=float, default=PLANTED.persistence)
    parser.add_argument(
        "--block-days", type=int, default=insight.BLOCK_DAYS, help="1: no allowance for spells"
    )
    parser.add_argument("--ten-years", action="store_true", help="time a ten-year diary")
    parser.add_argument("--set", nargs="*", default=[], help="generator overrides, NAME=VALUE")
    args = parser.parse_args()
    if args.ten_years:
        time_ten_years()
        return
    insight.BLOCK_DAYS = args.block_days
    if args.block_days == 1:
        insight.SPELLS_PER_BLOCK = 0  # every day on its own: what a naive interval assumes
    overrides = {k: float(v) for k, v in (item.split("=") for item in args.set)}
    generator = dataclasses.replace(Generator(days=args.days), **overrides)
    print(generator)
    planted = dataclasses.replace(PLANTED, persistence=args.planted_persistence)
    print(f"planted: {planted}, effect {args.effect}x; seeds {args.seeds}")
    print(f"blocks of {insight.BLOCK_DAYS} days")
    for name, value in run(generator, args.seeds, args.effect, planted).items():
        print(f"  {name}: {value:.4f}" if isinstance(value, float) else f"  {name}: {value}")


if __name__ == "__main__":
    main()
