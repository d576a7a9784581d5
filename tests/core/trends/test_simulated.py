"""Validation by simulation: no invented patterns in noise, and a real 1.5x effect found."""

from __future__ import annotations

import itertools

from mslog.core.trends.insight import analyse, compare
from tests.helpers.simulated_diary import NULL_EXPOSURES, PLANTED, Generator, simulate

SEEDS = range(150)  # bench/insight_power.py runs 1000 and more settings


def test_exposures_with_no_effect_read_no_clear_difference():
    generator = Generator()
    verdicts = []
    for seed in SEEDS:
        sim = simulate(generator, seed)
        verdicts += [f.clear for f in analyse(sim.factors(NULL_EXPOSURES)).findings]
    assert len(verdicts) == len(SEEDS) * len(NULL_EXPOSURES)
    false_positive_rate = sum(verdicts) / len(verdicts)
    assert false_positive_rate <= 0.05


def test_a_planted_one_and_a_half_times_effect_is_found_over_120_complete_days():
    generator = Generator(days=120)
    found = 0
    for seed in SEEDS:
        sim = simulate(generator, 10_000 + seed, planted=PLANTED, effect=1.5)
        analysis = analyse(sim.factors((*NULL_EXPOSURES, PLANTED)))
        (planted,) = [f for f in analysis.findings if f.factor.name == PLANTED.name]
        found += planted.clear and planted.verdict == "more spasms with planted"
    assert found / len(SEEDS) >= 0.80


def test_the_simulated_counts_look_like_a_diary():
    sim = simulate(Generator(days=2000), 1)
    counts = [c for c in sim.counts if c is not None]
    mean = sum(counts) / len(counts)
    variance = sum((c - mean) ** 2 for c in counts) / (len(counts) - 1)
    assert 5 <= mean <= 7
    assert variance > 2 * mean  # over-dispersed
    pairs = list(itertools.pairwise(counts))
    lag1 = sum((a - mean) * (b - mean) for a, b in pairs) / (len(pairs) * variance)
    assert lag1 > 0.15  # spells: a bad day is followed by more bad days
    heat = sim.exposed["heat"]
    spells = sum(1 for a, b in itertools.pairwise(heat) if b and not a)
    assert sum(heat) / max(spells, 1) >= 3  # heat spells last days


def test_incomplete_days_are_not_compared():
    sim = simulate(Generator(days=120, complete=0.5), 3)
    factor = sim.factors(NULL_EXPOSURES)[0]
    c = compare(factor.series)
    known = [row for row in factor.series if row[1] is not None and row[3] is not None]
    assert c.days_with + c.days_without == len(known) < 120
