"""Days with and without a factor compared on complete days, with intervals that allow for spells.

Spasm counts run in spells: a bad week is followed by more bad days, and exposures
such as hot weather come in spells too. Comparing days as if each were independent
finds "effects" in pure noise. Here the interval comes from a moving-block bootstrap:
the diary is redrawn as stretches of consecutive days (a week, or three of the
exposure's usual spells when that is longer), each starting on a day chosen at
random (each day keeping its own count and exposure), and the spread of the rate
ratio over all such redraws gives its 95 % interval (that spread is
computed exactly, by the delta method, rather than by making redraws, so the same
diary always gives the same interval). Many factors tested at once are then adjusted
with Benjamini-Hochberg at 10 %.

numpy is imported only when a comparison is made (it comes with pyqtgraph).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate

MIN_DAYS = 14  # days needed on each side before a comparison is shown
BLOCK_DAYS = 7  # shortest block of the bootstrap, in calendar days
SPELLS_PER_BLOCK = 3  # a block holds at least this many of the exposure's usual spells
FDR = 0.10  # Benjamini-Hochberg false discovery rate
# Keys (stored in a finding, written as they are in ``mslog insights --json``); what a
# person reads is their label, in KIND_LABELS and LAG_LABELS.
KINDS = ("day factor", "habit", "stretching", "doses")
LAGS = ("same day", "next day")
KIND_LABELS = {
    "day factor": QT_TRANSLATE_NOOP("FactorAnalysis", "day factor"),
    "habit": QT_TRANSLATE_NOOP("FactorAnalysis", "habit"),
    "stretching": QT_TRANSLATE_NOOP("FactorAnalysis", "stretching"),
    "doses": QT_TRANSLATE_NOOP("FactorAnalysis", "doses"),
}
LAG_LABELS = {
    "same day": QT_TRANSLATE_NOOP("FactorAnalysis", "same day"),
    "next day": QT_TRANSLATE_NOOP("FactorAnalysis", "next day"),
}


class FactorAnalysis(Words):
    """The translation context of the factor analysis in words (Trends, the report, the CLI)."""


# English; an analysis carries it in the person's language (translated where it is made).
METHOD = QT_TRANSLATE_NOOP(
    "FactorAnalysis",
    "Spasms per complete day on days with and without each factor, as a rate ratio; "
    "its 95\u00a0% interval comes from how much stretches of a week or more of the diary vary "
    "(a block bootstrap), so runs of good and bad days are not mistaken for an effect, "
    "and the many factors are adjusted together (Benjamini-Hochberg, 10\u00a0%). "
    "Weekdays and seasons are not adjusted for.",
)

Day = tuple[int, "int | None", "float | None", "bool | None"]


@dataclass(frozen=True)
class Comparison:
    """One exposure against its absence, on complete days only.

    Attributes:
        days_with: Complete days with the exposure known to be present.
        days_without: Complete days with it known to be absent.
        mean_with: Spasms per complete day with it, or None.
        mean_without: Spasms per complete day without it, or None.
        rate_ratio: ``mean_with / mean_without``, or None when it cannot be formed.
        low: Lower end of its 95 % interval (allowing for runs of days), or None.
        high: Upper end, or None.
        p: Two-sided p value for "no difference", or None.
        nrs_days_with: Days with a check-in NRS and the exposure present.
        nrs_days_without: Days with a check-in NRS and the exposure absent.
        nrs_difference: Mean NRS with minus without, or None.
        nrs_low: Lower end of its 95 % interval, or None.
        nrs_high: Upper end, or None.
        enough: Whether both sides have at least :data:`MIN_DAYS` complete days.
    """

    days_with: int
    days_without: int
    mean_with: float | None
    mean_without: float | None
    rate_ratio: float | None
    low: float | None
    high: float | None
    p: float | None
    nrs_days_with: int
    nrs_days_without: int
    nrs_difference: float | None
    nrs_low: float | None
    nrs_high: float | None
    enough: bool


@dataclass(frozen=True)
class Factor:
    """One exposure with its aligned day series.

    Attributes:
        name: What the person calls it, e.g. ``Hot weather or overheating``.
        kind: One of :data:`KINDS` (a key; its words are in :data:`KIND_LABELS`).
        lag: One of :data:`LAGS`: whether the exposure is set against the same day's
            spasms or the next day's.
        when: The days compared, for the verdict, e.g. ``on days with hot weather``.
        series: (day number, spasms or None, NRS or None, exposed or None) per outcome
            day, in day order; spasms None when the day is not complete, exposed None
            when it is not known.
    """

    name: str
    kind: str
    lag: str
    when: str
    series: Sequence[Day] = field(repr=False)


@dataclass(frozen=True)
class Finding:
    """The result for one factor.

    Attributes:
        factor: The factor compared.
        comparison: The numbers.
        q: Benjamini-Hochberg adjusted p value among the factors tested, or None.
        verdict: What the numbers say, in words.
        clear: Whether the association stood out (interval excludes 1 and q < 10 %).
    """

    factor: Factor
    comparison: Comparison
    q: float | None
    verdict: str
    clear: bool


@dataclass(frozen=True)
class Analysis:
    """Every factor's finding over a range.

    Attributes:
        findings: Clear associations first, then the rest tested, then those without
            enough days.
        complete_days: Complete days in the range (the spasm comparison rests on them).
        days: Days of the range that are over (today counts once it is complete).
        method: The method in one plain sentence.
    """

    findings: list[Finding]
    complete_days: int
    days: int = 0
    method: str = METHOD

    @property
    def tested(self) -> list[Finding]:
        """Findings with enough days on both sides."""
        return [f for f in self.findings if f.comparison.enough]

    @property
    def clear(self) -> list[Finding]:
        """Findings whose association stood out."""
        return [f for f in self.findings if f.clear]

    def none_stood_out(self) -> str:
        """One line saying that nothing stood out, with how much was tested."""
        tested = len(self.tested)
        if not tested:
            text = FactorAnalysis.tr(
                "No factor has {needed} complete days with it and {needed} without it yet "
                "(%n complete days).",
                "",
                self.complete_days,
            )
            return text.format(needed=MIN_DAYS)
        text = FactorAnalysis.tr(
            "No factor stood out: %n factors tested on {complete} complete days, none with a "
            "clear difference.",
            "",
            tested,
        )
        return text.format(complete=self.complete_days)


# --- one comparison ----------------------------------------------------------


def _dense(series: Sequence[Day]) -> list[Day]:
    """Return the series with a placeholder for every missing calendar day between."""
    if not series:
        return []
    if series[-1][0] - series[0][0] == len(series) - 1:
        return list(series)  # already one row per day, in day order
    by_day = {day: (day, count, nrs, exposed) for day, count, nrs, exposed in series}
    first, last = min(by_day), max(by_day)
    return [by_day.get(d, (d, None, None, None)) for d in range(first, last + 1)]


def _redrawn_covariance(columns, length: int):
    """Return the covariance of the column totals over every block-bootstrap redraw.

    A redraw puts together ``B`` blocks of :data:`BLOCK_DAYS` days (the last cut short
    so it is as long as the series), each starting on a day drawn at random, wrapping
    round at the end. The totals of a redraw are then sums of independent block sums,
    so their covariance over all possible redraws is exact: ``B - 1`` times that of
    the full blocks plus that of the last, short one. No redraw is actually made, so
    the interval is the same every time and costs one pass over the days.
    """
    import numpy as np

    days = columns.shape[1]
    blocks = -(-days // length)
    tail = days - (blocks - 1) * length
    wrapped = np.concatenate([columns, columns[:, : length - 1]], axis=1)
    prefix = np.concatenate([np.zeros((len(columns), 1)), np.cumsum(wrapped, axis=1)], axis=1)
    starts = np.arange(days)
    full = prefix[:, starts + length] - prefix[:, starts]
    cut = prefix[:, starts + tail] - prefix[:, starts]
    return (blocks - 1) * np.cov(full, bias=True) + np.cov(cut, bias=True)


def block_days(exposed) -> int:
    """Return the block length for an exposure: a week, or three of its spells if longer.

    Blocks must be long enough to hold a typical spell of the exposure, or days in one
    spell would be counted as if they were separate chances.
    """
    import numpy as np

    present = np.nan_to_num(exposed, nan=0.0) == 1.0
    starts = int(present[0]) + int(np.sum(present[1:] & ~present[:-1]))
    if not starts:
        return BLOCK_DAYS
    spell = float(present.sum()) / starts
    # At least four blocks, or there is too little to estimate a spread from.
    return max(BLOCK_DAYS, min(math.ceil(SPELLS_PER_BLOCK * spell), len(exposed) // 4))


def _spread(gradient, cov) -> float | None:
    """Return the standard error of a smooth function of totals (delta method)."""
    variance = float(gradient @ cov @ gradient)
    if not math.isfinite(variance):
        return None
    sd = math.sqrt(max(variance, 0.0))
    return 0.0 if sd < 1e-6 else sd  # rounding error of identical days


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """Return the regularised incomplete beta function I_x(a, b) (continued fraction)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    if x > (a + 1.0) / (a + b + 2.0):  # the fraction converges fast only on this side
        return 1.0 - _incomplete_beta(b, a, 1.0 - x)
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
    front = math.exp(log_front + a * math.log(x) + b * math.log1p(-x)) / a
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < 1e-12:
            break
    return front * result


def t_p_value(t: float, df: float) -> float:
    """Return the two-sided p value of ``t`` on Student's t distribution with ``df``."""
    return _incomplete_beta(df / 2.0, 0.5, df / (df + t * t))


@functools.lru_cache(maxsize=64)
def t_quantile(df: float, p_two_sided: float = 0.05) -> float:
    """Return the t value whose two-sided p value is ``p_two_sided`` (by bisection)."""
    low, high = 0.0, 100.0
    for _ in range(80):
        middle = (low + high) / 2
        if t_p_value(middle, df) > p_two_sided:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def compare(series: Sequence[Day]) -> Comparison:
    """Compare complete days with and without an exposure.

    Args:
        series: (day number, spasms or None, NRS or None, exposed or None) per day in
            day order; spasms None for a day that is not complete, exposed None when
            the exposure is not known that day. Missing calendar days are unknown.

    Returns:
        The comparison; its interval and p value are None without enough days.
    """
    import numpy as np

    rows = _dense(series)

    def column(index: int) -> np.ndarray:
        return np.array([np.nan if r[index] is None else r[index] for r in rows], dtype=float)

    counts, nrs, exposed = column(1), column(2), column(3)
    on, off = exposed == 1.0, exposed == 0.0
    counted, rated = ~np.isnan(counts), ~np.isnan(nrs)
    sides = np.array([counted & on, counted & off, rated & on, rated & off], dtype=float)
    values = np.array(
        [np.where(counted & on, counts, 0.0), np.where(counted & off, counts, 0.0),
         np.where(rated & on, nrs, 0.0), np.where(rated & off, nrs, 0.0)]
    )  # fmt: skip
    n_with, n_without, nrs_n_with, nrs_n_without = (int(n) for n in sides.sum(axis=1))
    total_with, total_without, nrs_total_with, nrs_total_without = (
        float(t) for t in values.sum(axis=1)
    )
    mean_with = total_with / n_with if n_with else None
    mean_without = total_without / n_without if n_without else None
    ratio = mean_with / mean_without if mean_with is not None and mean_without else None
    enough = n_with >= MIN_DAYS and n_without >= MIN_DAYS
    nrs_enough = nrs_n_with >= MIN_DAYS and nrs_n_without >= MIN_DAYS
    low = high = p = None
    nrs_low = nrs_high = nrs_difference = None
    if nrs_enough:
        nrs_difference = nrs_total_with / nrs_n_with - nrs_total_without / nrs_n_without
    if enough or nrs_enough:
        length = block_days(exposed)
        blocks = -(-len(rows) // length)
        # The spread is estimated from a few dozen weeks; Student's t with one degree of
        # freedom fewer than the weeks allows for that estimate's own error.
        df = max(1, blocks - 1)
        critical = t_quantile(df)
        # Totals in this order: spasms with, without, days with, without; then the same
        # for the NRS.
        totals = np.concatenate([values[:2], sides[:2], values[2:], sides[2:]])
        cov = _redrawn_covariance(totals, length)
        if enough and ratio:
            sw, so, nw, no = totals[:4].sum(axis=1)
            gradient = np.array([1 / sw, -1 / so, -1 / nw, 1 / no])  # of log(sw no / nw so)
            se = _spread(gradient, cov[:4, :4])
            if se is not None:
                centre = math.log(ratio)
                low, high = (
                    (math.exp(centre - critical * se), math.exp(centre + critical * se))
                    if se > 0
                    else (ratio, ratio)
                )
                # Identical days on each side leave no spread: the ratio is exact.
                p = t_p_value(centre / se, df) if se > 0 else float(centre == 0)
        if nrs_difference is not None:
            tw, to, kw, ko = totals[4:].sum(axis=1)
            gradient = np.array([1 / kw, -1 / ko, -tw / kw**2, to / ko**2])  # of tw/kw - to/ko
            se = _spread(gradient, cov[4:, 4:])
            if se is not None:
                nrs_low = nrs_difference - critical * se
                nrs_high = nrs_difference + critical * se
    return Comparison(
        days_with=n_with,
        days_without=n_without,
        mean_with=mean_with,
        mean_without=mean_without,
        rate_ratio=ratio if mean_without else None,
        low=low,
        high=high,
        p=p,
        nrs_days_with=nrs_n_with,
        nrs_days_without=nrs_n_without,
        nrs_difference=nrs_difference,
        nrs_low=nrs_low,
        nrs_high=nrs_high,
        enough=enough,
    )


# --- many factors ------------------------------------------------------------


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Return Benjamini-Hochberg adjusted p values (q values), in the order given."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):  # from the largest p down, keeping q monotone
        index = order[rank - 1]
        running = min(running, p_values[index] * m / rank)
        adjusted[index] = min(running, 1.0)
    return adjusted


def verdict(factor: Factor, comparison: Comparison, q: float | None) -> tuple[str, bool]:
    """Return the verdict in words and whether the association stood out."""
    if not comparison.enough:
        fewest = min(comparison.days_with, comparison.days_without)
        text = FactorAnalysis.tr("not enough days yet ({days} of {needed})")
        return text.format(days=fewest, needed=MIN_DAYS), False
    if comparison.rate_ratio is None or comparison.low is None or comparison.high is None:
        return FactorAnalysis.tr("too few spasms on these days to compare"), False
    if comparison.low <= 1.0 <= comparison.high or q is None or q >= FDR:
        return FactorAnalysis.tr("no clear difference"), False
    if comparison.rate_ratio > 1:
        text = FactorAnalysis.tr("more spasms {when}", "when: e.g. 'on days with stress'")
    else:
        text = FactorAnalysis.tr("fewer spasms {when}", "when: e.g. 'on days with stress'")
    return text.format(when=factor.when), True


def analyse(
    factors: Sequence[Factor],
    *,
    complete_days: int | None = None,
    days: int | None = None,
) -> Analysis:
    """Compare every factor and adjust for testing them all at once.

    Args:
        factors: The exposures with their aligned series.
        complete_days: Complete days of the range (default: those in the series).
        days: Days of the range that are over (default: the days of the series).

    Returns:
        The findings, clear associations first.
    """
    comparisons = []
    complete: set[int] = set()
    for factor in factors:
        rows = _dense(factor.series)
        if complete_days is None:
            complete.update(day for day, count, _, _ in rows if count is not None)
        comparisons.append(compare(rows))
    tested = {i: c.p for i, c in enumerate(comparisons) if c.enough and c.p is not None}
    q_values: dict[int, float] = dict(
        zip(tested, benjamini_hochberg(list(tested.values())), strict=True)
    )
    findings = []
    for index, (factor, comparison) in enumerate(zip(factors, comparisons, strict=True)):
        q = q_values.get(index)
        text, clear = verdict(factor, comparison, q)
        findings.append(Finding(factor, comparison, q, text, clear))

    def order(finding: Finding) -> tuple:
        c = finding.comparison
        strength = abs(math.log(c.rate_ratio)) if c.rate_ratio else 0.0
        return (not finding.clear, not c.enough, -strength, finding.factor.name)

    findings.sort(key=order)
    return Analysis(
        findings,
        len(complete) if complete_days is None else complete_days,
        max((len(_dense(f.series)) for f in factors), default=0) if days is None else days,
        translate("FactorAnalysis", METHOD),
    )
