"""Coverage: complete, partial and unknown days, and what per-day figures rest on."""

from __future__ import annotations

from datetime import date, timedelta

from mslog.core.checkin import CheckIn
from mslog.core.trends import DailySpasms, DateRange, day_number
from mslog.core.trends.coverage import coverage

FIRST = date(2026, 3, 1)


def daily(counts: dict[int, int]) -> DailySpasms:
    days = sorted(counts)
    n = len(days)
    return DailySpasms(
        [day_number(FIRST) + d for d in days], [counts[d] for d in days], [0] * n, [None] * n,
        [None] * n, [0] * n,
    )  # fmt: skip


def test_days_are_complete_partial_or_unknown_and_today_waits():
    rng = DateRange(FIRST, FIRST + timedelta(days=9))  # 1-10 March, today the 10th
    checks = {
        FIRST: CheckIn(FIRST, spasms="all_logged"),
        FIRST + timedelta(days=1): CheckIn(FIRST + timedelta(days=1), spasms="none"),
        FIRST + timedelta(days=2): CheckIn(FIRST + timedelta(days=2), nrs=5),  # nothing said
    }
    cov = coverage(rng, rng.last, daily({0: 4, 2: 1, 3: 2, 9: 1}), checks)
    assert sorted(cov.complete) == [day_number(FIRST), day_number(FIRST) + 1]
    assert len(cov.partial) == 2  # the 3rd and 4th: spasms logged, not said complete
    assert len(cov.unknown) == 5  # 5th-9th: nothing logged, nothing said
    assert cov.in_progress
    assert cov.counted == 9
    # Fewer than 7 complete days: per-day rests on the complete and partial days (4, 0, 1, 2).
    assert not cov.uses_complete_days
    assert cov.per_day() == 7 / 4
    assert "may be missing" in cov.basis_text()


def test_seven_complete_days_are_the_basis_of_per_day_figures():
    rng = DateRange(FIRST, FIRST + timedelta(days=13))
    checks = {
        FIRST + timedelta(days=d): CheckIn(FIRST + timedelta(days=d), spasms="all_logged")
        for d in range(7)
    }
    cov = coverage(rng, rng.last + timedelta(days=5), daily({d: d for d in range(14)}), checks)
    assert cov.uses_complete_days
    assert cov.per_day() == sum(range(7)) / 7
    assert cov.basis_text() == "based on 7 of 14 days (complete days)"


def test_no_spasms_said_but_spasms_logged_is_not_trusted_as_complete():
    rng = DateRange(FIRST, FIRST)
    cov = coverage(
        rng, FIRST + timedelta(days=1), daily({0: 2}), {FIRST: CheckIn(FIRST, spasms="none")}
    )
    assert not cov.complete
    assert len(cov.partial) == 1
