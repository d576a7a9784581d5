"""Exposures read from a hand-made diary: lags, unknown days, complete days, doses, day start."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from mslog.core.diary import Diary
from mslog.core.trends import DateRange
from mslog.core.trends.insight import KINDS, Analysis
from mslog.core.trends.page import TrendPage
from tests.helpers.stubs import LONDON

FEBRUARY = DateRange(date(2026, 2, 1), date(2026, 2, 28))  # today is 11 March


def feb(d: int) -> date:
    return date(2026, 2, d)


def log(diary: Diary, day: date, n: int, hour: int = 12, triggers=()) -> None:
    for k in range(n):
        moment = datetime(day.year, day.month, day.day, hour, 3 * k, tzinfo=LONDON)
        diary.spasms.log(started=moment, triggers=triggers)


def analysed(diary: Diary, rng: DateRange) -> Analysis:
    return TrendPage.of(diary, rng).analysis


def heat(diary: Diary) -> str:
    return diary.checkins.find_factor("heat").uuid


def by_name(analysis, name: str, lag: str = "same day"):
    return next(f for f in analysis.findings if f.factor.name == name and f.factor.lag == lag)


def hot_february(diary: Diary) -> None:
    """Heat on the even days (6 spasms each), not on the odd days (2 each); all complete."""
    for d in range(1, 29):
        hot = d % 2 == 0
        log(diary, feb(d), 6 if hot else 2)
        diary.checkins.update(
            feb(d),
            spasms="all_logged",
            nrs=6 if hot else 3,
            factors={heat(diary)} if hot else set(),
        )


def test_a_day_factor_is_compared_with_the_same_day(diary: Diary):
    hot_february(diary)
    analysis = analysed(diary, FEBRUARY)
    finding = by_name(analysis, "Hot weather or overheating")
    c = finding.comparison
    assert (c.days_with, c.days_without) == (14, 14)
    assert (c.mean_with, c.mean_without, c.rate_ratio) == (6.0, 2.0, 3.0)
    assert c.nrs_difference == 3.0
    assert finding.factor.kind == "day factor"
    assert finding.verdict == "more spasms on days with hot weather or overheating"
    assert analysis.complete_days == 28


def test_moving_the_day_start_hour_keeps_a_same_day_verdict(diary: Diary):
    hot_february(diary)  # every spasm at 12:00-13:30, well inside any diary day
    before = by_name(analysed(diary, FEBRUARY), "Hot weather or overheating")
    for hour in (0, 8, 11):
        diary.set_day_start_hour(hour)
        after = by_name(analysed(diary, FEBRUARY), "Hot weather or overheating")
        assert after.verdict == before.verdict
        assert after.comparison.rate_ratio == before.comparison.rate_ratio


def test_days_without_a_check_in_are_unknown_and_incomplete_days_are_left_out(diary: Diary):
    for d in range(1, 29):
        log(diary, feb(d), 3)
    # Check-ins on days 1-20 only; days 1-4 not said to be complete.
    for d in range(1, 21):
        complete = "all_logged" if d > 4 else None
        factors = {heat(diary)} if d % 2 else set()
        diary.checkins.update(feb(d), spasms=complete, nrs=4, factors=factors)
    c = by_name(analysed(diary, FEBRUARY), "Hot weather or overheating").comparison
    assert (c.days_with, c.days_without) == (8, 8)  # days 5-20: odd with, even without
    assert (c.nrs_days_with, c.nrs_days_without) == (10, 10)  # the NRS of days 1-4 counts


def test_a_habit_is_compared_with_the_next_day_and_the_same_day(diary: Diary):
    bath = diary.checklists.habits.add("Warm bath")
    for d in range(1, 29):
        log(diary, feb(d), 2)
        diary.checkins.update(feb(d), spasms="all_logged")
    for d in range(1, 11):  # done on 1-10 February
        diary.checklists.habits.tick(bath.uuid, feb(d), at=datetime(2026, 2, d, 20, tzinfo=LONDON))
    analysis = analysed(diary, FEBRUARY)
    after = by_name(analysis, "Warm bath", "next day").comparison
    # Next day: 2-11 Feb follow a bath; 12-28 follow none; 1 Feb follows 31 January,
    # before any habit was ticked, so it is unknown.
    assert (after.days_with, after.days_without) == (10, 17)
    same = by_name(analysis, "Warm bath", "same day").comparison
    assert (same.days_with, same.days_without) == (10, 18)
    assert by_name(analysis, "Warm bath", "next day").factor.when == (
        "on the day after days with warm bath"
    )


def test_doses_count_only_from_the_first_recorded_dose(diary: Diary):
    med = diary.checklists.medications.add("Baclofen", times=["08:00"], starts=feb(1))
    for d in range(1, 29):
        log(diary, feb(d), 2)
        diary.checkins.update(feb(d), spasms="all_logged")
    for d in range(5, 29):  # first recorded on 5 February; not recorded on 20-28
        if d < 20:
            diary.checklists.doses.mark_taken(med.uuid, f"2026-02-{d:02d} 08:00")
    analysis = analysed(diary, FEBRUARY)
    c = by_name(analysis, "Every scheduled dose of Baclofen taken").comparison
    assert (c.days_with, c.days_without) == (15, 9)  # 5-19 taken, 20-28 not; 1-4 unknown
    assert (
        by_name(analysis, "Every scheduled dose of Baclofen taken", "next day").comparison.days_with
        == 15
    )


def test_today_is_not_compared_until_it_is_over_or_complete(diary: Diary):
    today = diary.today()
    rng = DateRange(today - timedelta(days=2), today)
    log(diary, today, 1)
    exposures = TrendPage.of(diary, rng).exposures
    assert exposures.counts[max(exposures.days)] is None


def test_random_per_spasm_triggers_give_no_comparison_at_all(diary: Diary):
    """The complaint of issue 11: random triggers showed every one as 'more spasms'."""
    chooser = random.Random(11)
    triggers = ["heat", "stress", "fatigue", "cold", "full_bladder", "infection"]
    for d in range(1, 29):
        for _ in range(chooser.randint(0, 6)):
            log(diary, feb(d), 1, hour=chooser.randint(9, 21), triggers=[chooser.choice(triggers)])
        diary.checkins.update(feb(d), spasms="all_logged")
    analysis = analysed(diary, FEBRUARY)
    assert all(f.factor.kind in KINDS for f in analysis.findings)
    assert not analysis.clear
    # Nothing comes from the triggers: the check-in said no factor on any day.
    assert all(f.comparison.days_with == 0 for f in analysis.findings)


def test_a_factor_of_your_own_is_known_from_the_first_day_it_was_ticked(diary: Diary):
    for d in range(1, 29):
        log(diary, feb(d), 2)
        diary.checkins.update(feb(d), spasms="all_logged")
    caffeine = diary.checkins.add_factor("Caffeine")  # added on 11 February, say
    for d in range(11, 29):
        diary.checkins.set_factor(feb(d), caffeine.uuid, d % 3 == 0)
    c = by_name(analysed(diary, FEBRUARY), "Caffeine").comparison
    # 12 February is the first day ticked; 1-11 February are not "no", only unknown.
    assert (c.days_with, c.days_without) == (6, 11)  # 12, 15, ... 27 with; 13-28 others
    unticked = diary.checkins.add_factor("Cold feet")
    assert by_name(analysed(diary, FEBRUARY), unticked.name).comparison.days_without == 0


def test_a_habit_of_your_own_is_known_from_its_first_tick_a_built_in_one_from_any(diary: Diary):
    checklists = diary.checklists
    shower = next(h for h in checklists.habits.listed() if h.name == "Warm shower or bath")
    for d in range(1, 29):
        log(diary, feb(d), 2)
        diary.checkins.update(feb(d), spasms="all_logged")
    for d in range(5, 11):  # the checklist in use from 5 February
        checklists.habits.tick(shower.uuid, feb(d), at=datetime(2026, 2, d, 20, tzinfo=LONDON))
    yoga = checklists.habits.add("Yoga")
    for d in (15, 20, 25):
        checklists.habits.tick(yoga.uuid, feb(d), at=datetime(2026, 2, d, 20, tzinfo=LONDON))
    analysis = analysed(diary, FEBRUARY)
    built_in = by_name(analysis, "Warm shower or bath").comparison
    assert (built_in.days_with, built_in.days_without) == (6, 18)  # 5-10 with, 11-28 without
    own = by_name(analysis, "Yoga").comparison
    assert (own.days_with, own.days_without) == (3, 11)  # known from 15 February
