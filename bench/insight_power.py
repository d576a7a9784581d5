"""False-positive rate and power of the factor analysis on simulated diaries (see bench/README.md).

Run: ``PYTHONPATH=. .venv/bin/python bench/insight_power.py [--seeds 1000] [--days 120]``.
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
        for finding in insight.analyse(sim.factors(generator.exposures), seed=seed).findings:
            null_tests += 1
            null_clear += finding.clear
            null_raw += _excludes_one(finding.comparison)
        # Planted world: one more exposure multiplies the day's rate by ``effect``.
        sim = simulate(generator, seed + 1_000_000, planted=planted, effect=effect)
        analysis = insight.analyse(sim.factors((*generator.exposures, planted)), seed=seed)
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


def main() -> None:
    """Print the rates for the default generator (and any overrides given)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--effect", type=float, default=1.5)
    parser.add_argument("--planted-persistence", type=float, default=PLANTED.persistence)
    parser.add_argument("--set", nargs="*", default=[], help="generator overrides, NAME=VALUE")
    args = parser.parse_args()
    overrides = {k: float(v) for k, v in (item.split("=") for item in args.set)}
    generator = dataclasses.replace(Generator(days=args.days), **overrides)
    print(generator)
    planted = dataclasses.replace(PLANTED, persistence=args.planted_persistence)
    print(f"planted: {planted}, effect {args.effect}x; seeds {args.seeds}")
    for name, value in run(generator, args.seeds, args.effect, planted).items():
        print(f"  {name}: {value:.4f}" if isinstance(value, float) else f"  {name}: {value}")


if __name__ == "__main__":
    main()
