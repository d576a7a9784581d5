"""Self-experiments: planning in a random order, the weekly plan, stopping, undo and the result."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from mslog.core.checklists.experiments import Experiment, alternating
from mslog.core.diary import Diary
from mslog.core.errors import NotFoundError, ValidationError
from tests.helpers.stubs import LONDON, FakeClock

TODAY = date(2026, 3, 11)  # the clock fixture's Wednesday


def stored(diary: Diary) -> list[tuple]:
    return diary.db.execute_sql("SELECT first_day, pattern, stopped_on FROM experiment").fetchall()


@pytest.fixture
def stretch(diary: Diary) -> str:
    return diary.checklists.habits.add("Evening stretch").uuid


def test_the_order_is_drawn_by_the_rng_passed_in(diary: Diary, stretch: str):
    planned = diary.experiments.plan(stretch, rng=random.Random(3))
    assert planned.pattern == alternating(4, random.Random(3))
    assert planned.pattern in ("ABAB", "BABA")
    assert (planned.first_day, planned.last_day, planned.weeks) == (TODAY, date(2026, 4, 7), 4)
    assert stored(diary) == [("2026-03-11", planned.pattern, None)]
    # Both orders come up: the first week is not always the one with the habit.
    assert {alternating(4, random.Random(seed)) for seed in range(20)} == {"ABAB", "BABA"}


def test_planning_is_announced_to_the_checklists(diary: Diary, stretch: str):
    heard = []
    diary.checklists.changed.connect(heard.append)
    planned = diary.experiments.plan(stretch, rng=random.Random(0))
    assert [(c.what, c.action, c.uuid) for c in heard] == [("experiment", "planned", planned.uuid)]


@pytest.mark.parametrize(
    ("first_day", "weeks", "named"),
    [
        (TODAY - timedelta(days=1), 4, "first_day: a trial starts today or later"),
        (TODAY + timedelta(days=29), 4, "first_day: a trial starts within the next 4 weeks"),
        (datetime(2026, 3, 12, 9, 0), 4, "first_day: must be a date"),
        (TODAY, 3, "weeks: must be an even number from 2 to 12"),
        (TODAY, 14, "weeks: must be an even number"),
    ],
)
def test_bad_plans_name_the_problem_and_write_nothing(diary, stretch, first_day, weeks, named):
    with pytest.raises(ValidationError, match=named):
        diary.experiments.plan(stretch, first_day, weeks=weeks, rng=random.Random(0))
    assert stored(diary) == []


def test_an_unknown_or_removed_habit_is_refused(diary: Diary, stretch: str):
    with pytest.raises(NotFoundError):
        diary.experiments.plan("nope")
    diary.checklists.habits.retire(stretch)
    with pytest.raises(ValidationError, match="Evening stretch is no longer on the checklist"):
        diary.experiments.plan(stretch)
    assert stored(diary) == []


def test_one_trial_at_a_time(diary: Diary, stretch: str):
    diary.experiments.plan(stretch, rng=random.Random(0))
    bath = diary.checklists.habits.listed()[0].uuid
    with pytest.raises(ValidationError, match="runs until Tuesday 7 April; stop it first"):
        diary.experiments.plan(bath)
    assert len(stored(diary)) == 1


def test_the_plan_says_what_to_do_each_week(diary: Diary, stretch: str):
    planned = diary.experiments.plan(stretch, TODAY + timedelta(days=5), rng=random.Random(0))
    e = Experiment(planned.uuid, stretch, "Evening stretch", planned.first_day, "ABAB")
    first = planned.first_day
    assert e.plan_line(TODAY, TODAY) == (
        "Evening stretch: a 4-week trial starts on Monday 16 March, the first week with it."
    )
    assert e.plan_line(first, first) == "Evening stretch: do it this week (week 1 of 4)"
    assert e.plan_line(first + timedelta(days=7), first + timedelta(days=9)) == (
        "Evening stretch: skip it this week (week 2 of 4)"
    )
    assert e.plan_line(first + timedelta(days=15), first + timedelta(days=25)) == (
        "Evening stretch: do it that week (week 3 of 4)"
    )
    assert e.plan_line(first + timedelta(days=28), first + timedelta(days=28)) == (
        "Evening stretch: the 4-week trial ended on Sunday 12 April."
    )
    assert [e.planned_with(first + timedelta(days=d)) for d in (0, 6, 7, 13, 14, 27, 28)] == [
        True, True, False, False, True, False, None,
    ]  # fmt: skip


def test_stopping_early_ends_it_the_day_before_and_undo_restores_it(
    diary: Diary, stretch: str, clock: FakeClock
):
    experiments = diary.experiments
    planned = experiments.plan(stretch, rng=random.Random(0))
    clock.advance(days=10)
    stopped = experiments.stop(planned.uuid)
    assert stopped.stopped_on == date(2026, 3, 21)
    assert stopped.ends_on == date(2026, 3, 20)
    assert experiments.current() is None
    assert experiments.latest_ended() == stopped
    with pytest.raises(ValidationError, match="already over"):
        experiments.stop(planned.uuid)
    # Undo of the stop, then undo of the plan.
    assert experiments.put(planned.uuid, planned) == planned
    assert experiments.current() == planned
    experiments.put(planned.uuid, None)
    assert stored(diary) == []
    assert experiments.current() is None


def _day_at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def make_trial_diary(diary: Diary, clock: FakeClock, stretch: str, complete=lambda d: True):
    """Four weeks, ABAB: habit weeks have half the spasms and a lower NRS; two lapses."""
    planned = diary.experiments.plan(stretch, rng=random.Random(1))  # seed 1 draws ABAB
    experiment = Experiment(planned.uuid, stretch, "Evening stretch", TODAY, planned.pattern)
    clock.advance(days=28)
    with_week = [1, 2, 3, 2, 1, 3, 2]  # 2 a day
    without_week = [3, 5, 4, 4, 3, 5, 4]  # 4 a day
    for offset in range(28):
        day = TODAY + timedelta(days=offset)
        exposed = experiment.planned_with(day)
        count = (with_week if exposed else without_week)[offset % 7]
        for n in range(count):
            diary.spasms.log(started=_day_at(day, 9 + n))
        lapse = offset in (3, 10)  # a missed stretch in week 1, a stretch in week 2
        if exposed != lapse:
            diary.checklists.habits.tick(stretch, day)
        if complete(day):
            diary.checkins.update(day, spasms="all_logged", nrs=3 if exposed else 5)
    return planned


def test_the_result_compares_planned_weeks_with_the_factor_statistic(diary, stretch, clock):
    planned = make_trial_diary(diary, clock, stretch)
    assert planned.pattern == "ABAB"
    result = diary.experiments.result(planned.uuid)
    c = result.comparison
    assert (c.days_with, c.days_without) == (14, 14)
    assert (c.mean_with, c.mean_without, c.rate_ratio) == (2.0, 4.0, 0.5)
    assert c.low < 0.5 < c.high < 1.0
    assert c.nrs_difference == -2.0
    assert (result.planned_with, result.planned_without) == (14, 14)
    assert (result.followed_with, result.followed_without) == (13, 13)
    assert result.clear
    assert result.verdict == "fewer spasms in the weeks with it"
    lines = result.lines()
    assert lines[0] == (
        "Trial of Evening stretch, 4 weeks from Wednesday 11 March. Weeks in the order with, "
        "without, with, without (the order was drawn at random)."
    )
    assert lines[1].startswith("Based on 28 complete days of 28: 14 in the weeks with it and 14")
    assert "whether or not the plan was kept that day" in lines[1]
    assert lines[2] == (
        "The plan was followed on 26 of 28 days: Evening stretch was ticked on 13 of 14 days in "
        "the weeks with it, and not ticked on 13 of 14 days in the weeks without."
    )
    assert lines[3].startswith(
        "Spasms per complete day: 2.0 in the weeks with it, 4.0 in the weeks without; "
        "rate ratio 0.50 (95 % interval "
    )
    assert lines[4] == "Fewer spasms in the weeks with it."
    assert lines[5].startswith("Daily spasticity (0–10, from the check-in): 2.0 lower")
    assert "not proof" in lines[-1]
    assert not any(word in " ".join(lines) for word in ("should", "recommend", "caused"))


def test_days_not_complete_are_left_out_and_too_few_say_so(diary, stretch, clock):
    planned = make_trial_diary(diary, clock, stretch, complete=lambda d: (d - TODAY).days % 2 == 0)
    result = diary.experiments.result(planned.uuid)
    c = result.comparison
    assert c.days_with + c.days_without == 14
    assert not result.clear
    assert result.verdict.startswith("not enough complete days to compare: ")
    assert "14 of each are needed" in result.verdict
    assert result.lines()[1].startswith("Based on 14 complete days of 28:")
    # The plan's own days are still all counted for following it.
    assert result.planned_days == 28


def test_a_trial_stopped_early_compares_the_days_before_the_stop(diary, stretch, clock):
    planned = diary.experiments.plan(stretch, rng=random.Random(0))
    clock.advance(days=9)
    diary.experiments.stop(planned.uuid)
    result = diary.experiments.result(planned.uuid)
    assert result.last_day == date(2026, 3, 19)
    assert result.planned_days == 9
    assert result.lines()[0].startswith(
        "Trial of Evening stretch, stopped on Friday 20 March after 9 days."
    )
    assert result.verdict.startswith("not enough complete days")


def test_a_planned_trial_survives_export_and_import(diary: Diary, stretch, clock, tmp_path):
    from mslog.core.safety import export

    planned = diary.experiments.plan(stretch, rng=random.Random(0))
    path = export.write_json(diary.db, tmp_path / "e.json", clock.now())
    diary.experiments.put(planned.uuid, None)
    diary.safety.import_file(path)
    assert diary.experiments.get(planned.uuid) == planned
