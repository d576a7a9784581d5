"""Simulated diaries: spasm counts that run in spells, and exposures with or without an effect.

The generator is meant to be as awkward as a real diary for a naive comparison:

* the day's spasm rate follows a latent AR(1) process on the log scale (bad spells
  last days), and each day's count is negative binomial around that rate, so the
  variance is well above the mean;
* exposures are two-state Markov chains: some come in spells lasting days (like heat
  waves), others flip from day to day (like stress);
* by default no exposure has any effect; ``effect`` multiplies the rate on the days
  one exposure is present (same day), or on the next day for a next-day exposure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from mslog.core.trends.insight import Factor


@dataclass(frozen=True)
class Exposure:
    """How one simulated exposure behaves.

    Attributes:
        name: Its name.
        prevalence: Share of days it is present, in the long run.
        persistence: Chance it is present tomorrow given present today (>= prevalence;
            equal to it means no spells).
        lag: "same day" or "next day".
    """

    name: str
    prevalence: float
    persistence: float
    lag: str = "same day"


# A handful like a real check-in: two in spells, the rest flipping day to day.
NULL_EXPOSURES = (
    Exposure("heat", 0.30, 0.75),
    Exposure("infection", 0.25, 0.85),
    Exposure("stress", 0.35, 0.45),
    Exposure("poor sleep", 0.30, 0.40),
    Exposure("stretch", 0.50, 0.65, "next day"),
)
# The planted exposure flips from day to day (like a habit done on some days); a
# planted exposure in spells is harder to detect (see bench/README.md).
PLANTED = Exposure("planted", 0.5, 0.5)


@dataclass(frozen=True)
class Generator:
    """Parameters of the simulated diary (defaults chosen to look like real ones).

    Attributes:
        days: Calendar days simulated.
        mean: Mean spasms per day (before any effect).
        sigma: Standard deviation of the latent log rate.
        phi: Day-to-day autocorrelation of the latent log rate.
        shape: Negative binomial shape of the daily count around the latent rate
            (smaller is more over-dispersed).
        complete: Share of days marked complete (the rest are not compared).
    """

    days: int = 120
    mean: float = 6.0
    sigma: float = 0.4
    phi: float = 0.7
    shape: float = 10.0
    complete: float = 1.0
    exposures: tuple[Exposure, ...] = field(default=NULL_EXPOSURES)


@dataclass(frozen=True)
class Simulated:
    """A simulated diary: counts (None when not complete), NRS and exposures per day."""

    counts: list[int | None]
    nrs: list[float | None]
    exposed: dict[str, list[bool]]
    rates: list[float]

    def factors(self, exposures: tuple[Exposure, ...]) -> list[Factor]:
        """Return the factors for :func:`mslog.core.trends.insight.analyse`."""
        found = []
        for exposure in exposures:
            present = self.exposed[exposure.name]
            shift = 1 if exposure.lag == "next day" else 0
            series = [
                (
                    day,
                    self.counts[day],
                    self.nrs[day],
                    present[day - shift] if day >= shift else None,
                )
                for day in range(len(self.counts))
            ]
            found.append(
                Factor(exposure.name, "day factor", exposure.lag, f"with {exposure.name}", series)
            )
        return found


def _markov(rng, days: int, prevalence: float, persistence: float) -> list[bool]:
    # Leaving "present" at 1 - persistence; entering at a rate that keeps the prevalence.
    enter = prevalence * (1 - persistence) / (1 - prevalence)
    state = rng.random() < prevalence
    out = []
    for _ in range(days):
        out.append(bool(state))
        state = rng.random() < (persistence if state else enter)
    return out


def simulate(
    generator: Generator,
    seed: int,
    *,
    planted: Exposure | None = None,
    effect: float = 1.0,
) -> Simulated:
    """Return one simulated diary.

    Args:
        generator: The parameters.
        seed: Random seed.
        planted: An extra exposure that changes the rate by ``effect``.
        effect: Rate multiplier on days the planted exposure acts (1.0: none).
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    days = generator.days
    exposures = generator.exposures + ((planted,) if planted else ())
    exposed = {e.name: _markov(rng, days, e.prevalence, e.persistence) for e in exposures}
    innovation = generator.sigma * math.sqrt(1 - generator.phi**2)
    latent = rng.normal(0.0, generator.sigma)
    rates, counts, nrs = [], [], []
    for day in range(days):
        if day:
            latent = generator.phi * latent + rng.normal(0.0, innovation)
        rate = generator.mean * math.exp(latent - generator.sigma**2 / 2)
        if planted is not None:
            shift = 1 if planted.lag == "next day" else 0
            if day >= shift and exposed[planted.name][day - shift]:
                rate *= effect
        rates.append(rate)
        # Negative binomial as a gamma-mixed Poisson.
        count = int(rng.poisson(rng.gamma(generator.shape, rate / generator.shape)))
        known = rng.random() < generator.complete
        counts.append(count if known else None)
        # The check-in NRS follows the day's rate loosely.
        score = round(2 + 1.2 * math.log1p(rate) + rng.normal(0.0, 1.0))
        nrs.append(float(min(10, max(0, score))))
    return Simulated(counts, nrs, exposed, rates)
