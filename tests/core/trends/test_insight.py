"""The factor statistics on hand-computed series: counts, ratios, BH, ties and the verdicts."""

from __future__ import annotations

import pytest

from mslog.core.trends.insight import (
    MIN_DAYS,
    Factor,
    analyse,
    benjamini_hochberg,
    compare,
    t_p_value,
    t_quantile,
    verdict,
)


def series(pattern: list[tuple[int | None, bool | None]], nrs=None):
    """(count, exposed) per day from day 0; NRS optional per day."""
    return [
        (day, count, None if nrs is None else nrs[day], exposed)
        for day, (count, exposed) in enumerate(pattern)
    ]


def factor(rows, name="Heat", lag="same day") -> Factor:
    return Factor(name, "day factor", lag, "on days with heat", rows)


def test_rate_ratio_and_day_counts_on_a_tiny_diary():
    # 16 days with (3, 5, 3, 5 ...: mean 4) and 16 without (2 each: mean 2).
    pattern = [(3 + 2 * (d % 2), True) for d in range(16)] + [(2, False)] * 16
    result = compare(series(pattern))
    assert (result.days_with, result.days_without) == (16, 16)
    assert result.mean_with == 4.0
    assert result.mean_without == 2.0
    assert result.rate_ratio == 2.0
    assert result.enough
    assert result.low < 2.0 < result.high
    assert result.p is not None
    assert 0.0 <= result.p <= 1.0


def test_unknown_exposure_and_incomplete_days_are_left_out():
    pattern = (
        [(4, True)] * 14
        + [(100, None)] * 5  # exposure unknown: not counted on either side
        + [(None, True)] * 5  # day not complete: spasm count not known
        + [(1, False)] * 14
    )
    result = compare(series(pattern))
    assert (result.days_with, result.days_without) == (14, 14)
    assert (result.mean_with, result.mean_without) == (4.0, 1.0)
    assert result.rate_ratio == 4.0


def test_missing_calendar_days_are_unknown_not_zero():
    rows = [(d, 2, None, d % 2 == 0) for d in range(0, 60, 2)]  # every other day absent
    rows += [(d, 2, None, False) for d in range(60, 90)]
    result = compare(rows)
    assert (result.days_with, result.days_without) == (30, 30)
    assert result.rate_ratio == 1.0


def test_nrs_difference_uses_days_with_an_nrs_even_when_spasms_are_incomplete():
    pattern = [(None, True)] * 14 + [(None, False)] * 14
    nrs = [6.0] * 14 + [4.0] * 14
    result = compare(series(pattern, nrs))
    assert (result.nrs_days_with, result.nrs_days_without) == (14, 14)
    assert result.nrs_difference == 2.0
    assert result.nrs_low == result.nrs_high == 2.0  # identical days: no spread
    assert not result.enough  # no complete day: no spasm comparison
    assert result.rate_ratio is None


def test_not_enough_days_says_how_many_of_fourteen():
    pattern = [(5, True)] * 9 + [(2, False)] * 30
    result = compare(series(pattern))
    assert not result.enough
    assert (result.low, result.high, result.p) == (None, None, None)
    text, clear = verdict(factor([]), result, None)
    assert text == f"not enough days yet (9 of {MIN_DAYS})"
    assert not clear


def test_benjamini_hochberg_on_known_p_values():
    # Sorted 0.01, 0.03, 0.04, 0.20 (m = 4): 0.04, 0.06 -> 0.0533, 0.0533, 0.20.
    q = benjamini_hochberg([0.01, 0.04, 0.03, 0.20])
    assert q == pytest.approx([0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.20])
    assert benjamini_hochberg([0.02, 0.02]) == pytest.approx([0.02, 0.02])  # ties share a q
    assert benjamini_hochberg([0.5, 0.9, 0.9]) == pytest.approx([0.9, 0.9, 0.9])
    assert benjamini_hochberg([]) == []


def test_student_t_matches_tables():
    assert t_quantile(16) == pytest.approx(2.1199, abs=1e-4)
    assert t_quantile(10**6) == pytest.approx(1.95996, abs=1e-4)
    assert t_p_value(2.0, 10) == pytest.approx(0.07339, abs=1e-4)


def test_a_clear_difference_is_worded_as_an_association():
    pattern = [(8 + d % 3, True) for d in range(28)] + [(3 + d % 3, False) for d in range(28)]
    analysis = analyse([factor(series(pattern))])
    (finding,) = analysis.findings
    assert finding.clear
    assert finding.verdict == "more spasms on days with heat"
    assert finding.q == finding.comparison.p  # one factor tested: q is p
    fewer = [(3 + d % 3, True) for d in range(28)] + [(8 + d % 3, False) for d in range(28)]
    assert analyse([factor(series(fewer))]).findings[0].verdict == "fewer spasms on days with heat"


def test_an_interval_that_includes_one_reads_no_clear_difference():
    # Same counts with and without, spread over the weeks.
    pattern = [((d * 7) % 5, d % 3 == 0) for d in range(90)]
    (finding,) = analyse([factor(series(pattern))]).findings
    c = finding.comparison
    assert c.low <= 1.0 <= c.high
    assert finding.verdict == "no clear difference"
    assert not finding.clear


def test_the_same_diary_gives_the_same_numbers_every_time():
    pattern = [((d * 7) % 5 + (d // 10) % 3, d % 4 == 0) for d in range(120)]
    first = compare(series(pattern))
    assert compare(series(pattern)) == first
    assert analyse([factor(series(pattern))]) == analyse([factor(series(pattern))])


def test_a_side_with_no_spasms_at_all_cannot_be_compared():
    pattern = [(0, True)] * 20 + [(0, False)] * 20
    (finding,) = analyse([factor(series(pattern))]).findings
    assert finding.comparison.rate_ratio is None
    assert finding.verdict == "too few spasms on these days to compare"


def test_many_factors_are_adjusted_together_and_ordered_clear_first():
    strong = [(8 + d % 3, d < 28) if d < 28 else (3 + d % 3, False) for d in range(56)]
    null = [((d * 7) % 5 + 3, d % 3 == 0) for d in range(56)]
    short = [(4, d < 5) for d in range(56)]
    analysis = analyse(
        [factor(series(null), "Stress"), factor(series(short), "Period"), factor(series(strong))]
    )
    assert [f.factor.name for f in analysis.findings] == ["Heat", "Stress", "Period"]
    assert [f.factor.name for f in analysis.tested] == ["Heat", "Stress"]
    assert analysis.findings[2].q is None  # not tested: not counted in the adjustment
    assert analysis.complete_days == 56
    assert "Benjamini-Hochberg" in analysis.method


def test_the_none_stood_out_line_says_how_much_was_tested():
    null = [((d * 7) % 5 + 3, d % 3 == 0) for d in range(56)]
    analysis = analyse([factor(series(null)), factor(series(null), "Stress")])
    assert analysis.none_stood_out() == (
        "No factor stood out: 2 factors tested on 56 complete days, none with a clear difference."
    )
    empty = analyse([factor(series([(1, False)] * 20))])
    assert "No factor has 14 complete days with it and 14 without it yet" in empty.none_stood_out()


def test_blocks_are_a_week_or_three_spells_of_the_exposure():
    import numpy as np

    from mslog.core.trends.insight import block_days

    every_other_day = np.array([d % 2 for d in range(60)], dtype=float)
    assert block_days(every_other_day) == 7
    ten_day_spells = np.array([(d // 10) % 2 for d in range(120)], dtype=float)
    assert block_days(ten_day_spells) == 30
    assert block_days(ten_day_spells[:60]) == 15  # at least four blocks
    unknown_between = np.array([1.0, np.nan, 1.0, 0.0] * 10)
    assert block_days(unknown_between) == 7
    assert block_days(np.zeros(20)) == 7
