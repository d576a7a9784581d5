"""The check-in reminder planner: due at the chosen time, once, never for a day that is done."""

from __future__ import annotations

from datetime import date, datetime

from mslog.core.checkin.reminder import CheckinReminderPlanner
from mslog.core.diary import Diary
from tests.helpers.stubs import LONDON, FakeClock

WEDNESDAY = date(2026, 3, 11)


def at(hour: int, minute: int = 0, day: date = WEDNESDAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def test_due_at_21_00_once(diary: Diary, clock: FakeClock):
    planner = CheckinReminderPlanner(diary.checkins, clock)
    assert planner.next_due() == at(21)
    assert planner.collect() is None  # 14:30: nothing yet
    clock.set(at(21, 0))
    assert planner.collect() == WEDNESDAY
    assert planner.collect() is None  # raised once
    assert planner.next_due() == at(21, day=date(2026, 3, 12))


def test_no_reminder_once_the_day_is_done(diary: Diary, clock: FakeClock):
    planner = CheckinReminderPlanner(diary.checkins, clock)
    diary.checkins.update(WEDNESDAY, nrs=3)
    assert planner.next_due() == at(21)  # started, not done: still asked
    diary.checkins.update(WEDNESDAY, spasms="none")
    assert planner.next_due() == at(21, day=date(2026, 3, 12))
    clock.set(at(21, 5))
    assert planner.collect() is None


def test_the_chosen_time_is_used(diary: Diary, clock: FakeClock):
    diary.checkins.set_reminder_time("19:30")
    planner = CheckinReminderPlanner(diary.checkins, clock)
    assert planner.next_due() == at(19, 30)


def test_a_snooze_asks_again_unless_done_meanwhile(diary: Diary, clock: FakeClock):
    planner = CheckinReminderPlanner(diary.checkins, clock)
    clock.set(at(21))
    assert planner.collect() == WEDNESDAY
    assert planner.snooze(WEDNESDAY) == at(21, 10)
    assert planner.next_due() == at(21, 10)
    clock.set(at(21, 10))
    assert planner.collect() == WEDNESDAY
    planner.snooze(WEDNESDAY)
    diary.checkins.update(WEDNESDAY, spasms="all_logged")
    clock.set(at(21, 20))
    assert planner.collect() is None
