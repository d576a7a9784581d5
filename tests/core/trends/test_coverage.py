"""Coverage classified by day number matches a day-by-day reference on random diaries."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from mslog.core.checkin import CheckIn
from mslog.core.trends import DailySpasms, DateRange, day_from_number, day_number
from mslog.core.trends.coverage import coverage


def _reference(rng: DateRange, today: date, daily: DailySpasms, checkins: dict[date, CheckIn]):
    """Classify each day as a date, straight from the definition."""
    counts = {
        d: n
        for d, n in zip(daily.day, daily.count, strict=True)
        if rng.first <= day_from_number(d) <= rng.last
    }
    complete, partial, unknown = set(), set(), set()
    in_progress = False
    last = min(rng.last, today)
    day = rng.first
    while day <= rng.last:
        number = day_number(day)
        checkin = checkins.get(day)
        said = checkin.spasms if checkin is not None else None
        logged = counts.get(number, 0)
        if said == "all_logged" or (said == "none" and logged == 0):
            complete.add(number)
        elif day > last or day == today:
            in_progress = in_progress or day == today
        elif logged:
            partial.add(number)
        else:
            unknown.add(number)
        day += timedelta(days=1)
    return complete, partial, unknown, in_progress, counts


@pytest.mark.parametrize("seed", range(40))
def test_coverage_matches_the_reference(seed: int):
    rand = random.Random(seed)
    first = date(2020, 1, 1) + timedelta(days=rand.randrange(400))
    rng = DateRange(first, first + timedelta(days=rand.randrange(0, 120)))
    today = first + timedelta(days=rand.randrange(-5, 130))  # before, inside or after
    logged = sorted(
        rand.sample(
            range(day_number(first) - 10, day_number(rng.last) + 10),
            rand.randrange(min(60, rng.days + 20)),
        )
    )
    counts = [rand.randrange(1, 9) for _ in logged]
    none = [None] * len(logged)
    daily = DailySpasms(logged, counts, counts, none, none, counts)
    checkins = {
        first + timedelta(days=i): CheckIn(
            first + timedelta(days=i), spasms=rand.choice(["all_logged", "none", None])
        )
        for i in rand.sample(range(-3, rng.days + 3), rand.randrange(rng.days + 1))
    }
    got = coverage(rng, today, daily, checkins)
    complete, partial, unknown, in_progress, counts_in = _reference(rng, today, daily, checkins)
    assert got.complete == complete
    assert got.partial == partial
    assert got.unknown == unknown
    assert got.in_progress == in_progress
    assert got.counts == counts_in
