"""Dose reminders on a fake clock: once, snooze, not after taken, one catch-up after suspend."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from mslog.core.checklists.reminders import ReminderPlanner
from mslog.core.diary import Diary
from tests.helpers.stubs import FakeClock

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def morning(clock: FakeClock) -> FakeClock:
    clock.set(datetime(2026, 3, 11, 7, 0))
    return clock


@pytest.fixture
def baclofen(diary: Diary, morning: FakeClock):
    return diary.checklists.medications.add(
        "Baclofen", times=["08:00", "14:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )


def test_a_reminder_fires_once_at_its_time(diary: Diary, morning: FakeClock, baclofen):
    planner = ReminderPlanner(diary.checklists, morning)
    assert planner.next_due() == datetime(2026, 3, 11, 8, 0, tzinfo=LONDON)
    assert planner.collect() is None
    morning.set(datetime(2026, 3, 11, 8, 0, 2))
    batch = planner.collect()
    assert batch is not None
    assert [r.text() for r in batch.reminders] == ["08:00 Baclofen 10 mg"]
    assert not batch.catch_up
    assert batch.title() == "Time for Baclofen 10 mg"
    assert planner.collect() is None
    assert planner.next_due() == datetime(2026, 3, 11, 14, 0, tzinfo=LONDON)


def test_a_dose_already_taken_never_reminds(diary: Diary, morning: FakeClock, baclofen):
    planner = ReminderPlanner(diary.checklists, morning)
    morning.set(datetime(2026, 3, 11, 7, 50))
    diary.checklists.doses.mark_taken(baclofen.uuid, "2026-03-11 08:00")
    assert planner.next_due() == datetime(2026, 3, 11, 14, 0, tzinfo=LONDON)
    morning.set(datetime(2026, 3, 11, 8, 1))
    assert planner.collect() is None


def test_snooze_brings_it_back_in_ten_minutes_unless_taken(
    diary: Diary, morning: FakeClock, baclofen
):
    planner = ReminderPlanner(diary.checklists, morning)
    morning.set(datetime(2026, 3, 11, 8, 0))
    [reminder] = planner.collect().reminders
    assert planner.snooze(reminder) == datetime(2026, 3, 11, 8, 10, tzinfo=LONDON)
    assert planner.next_due() == datetime(2026, 3, 11, 8, 10, tzinfo=LONDON)
    morning.set(datetime(2026, 3, 11, 8, 9))
    assert planner.collect() is None
    morning.set(datetime(2026, 3, 11, 8, 10))
    again = planner.collect()
    assert again.reminders == (reminder,)
    assert not again.catch_up

    planner.snooze(reminder)
    diary.checklists.doses.mark_taken(baclofen.uuid, reminder.slot_local)
    morning.set(datetime(2026, 3, 11, 8, 21))
    assert planner.collect() is None


def test_reminders_missed_during_suspend_come_as_one_summary(
    diary: Diary, morning: FakeClock, baclofen
):
    diary.checklists.medications.add("Tizanidine", times=["12:00"], starts=date(2026, 3, 1))
    planner = ReminderPlanner(diary.checklists, morning)
    morning.set(datetime(2026, 3, 11, 14, 20))  # the laptop slept from 07:00
    batch = planner.collect()
    assert [r.text() for r in batch.reminders] == [
        "08:00 Baclofen 10 mg",
        "12:00 Tizanidine",
        "14:00 Baclofen 10 mg",
    ]
    assert batch.catch_up
    assert batch.title() == "3 doses came due while MSLog was paused"
    assert planner.collect() is None


def test_reminders_can_be_switched_off_per_medication(diary: Diary, morning: FakeClock, baclofen):
    diary.checklists.medications.set_reminders(baclofen.uuid, False)
    planner = ReminderPlanner(diary.checklists, morning)
    assert planner.next_due() is None
    morning.set(datetime(2026, 3, 11, 8, 0))
    assert planner.collect() is None


def test_the_next_reminder_after_the_last_dose_is_tomorrow(
    diary: Diary, morning: FakeClock, baclofen
):
    morning.set(datetime(2026, 3, 11, 15, 0))
    planner = ReminderPlanner(diary.checklists, morning)
    assert planner.next_due() == datetime(2026, 3, 12, 8, 0, tzinfo=LONDON)


def test_a_night_dose_in_the_spring_gap_reminds_once_just_after(diary: Diary, clock: FakeClock):
    diary.checklists.medications.add("Clonazepam", times=["01:30"], starts=date(2026, 3, 1))
    clock.set(datetime(2026, 3, 28, 23, 0))
    planner = ReminderPlanner(diary.checklists, clock)
    due = planner.next_due()
    assert (f"{due:%H:%M}", due.utcoffset().total_seconds()) == ("02:30", 3600)
    clock.set(datetime(2026, 3, 29, 2, 30, tzinfo=LONDON))
    [reminder] = planner.collect().reminders
    assert reminder.slot_local == "2026-03-29 01:30"
    assert planner.collect() is None
