"""What one diary day holds, and which days of a month hold anything."""

from __future__ import annotations

from datetime import date, datetime

from mslog.core.diary import Diary
from mslog.core.history import days_with_entries, what_day_holds
from mslog.core.routines.schema import Routine, Step
from tests.helpers.stubs import FakeClock

ROUTINE = Routine(
    key="bundled/test", name="Test routine", steps=(Step("calf_stretch", "left", duration_s=30),)
)
TUESDAY, WEDNESDAY = date(2026, 3, 10), date(2026, 3, 11)


def test_a_day_holds_every_kind_of_entry(diary: Diary, clock: FakeClock):
    checklists = diary.checklists
    med = checklists.medications.add(
        "Baclofen", times=["08:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    prn = checklists.medications.add(
        "Diazepam", as_needed=True, amount=2, unit="mg", starts=date(2026, 3, 1)
    )
    (habit,) = [h for h in checklists.habits.listed(TUESDAY) if h.key == "stretching"] or [
        checklists.habits.add("Stretching")
    ]
    clock.set(datetime(2026, 3, 10, 9, 0))
    checklists.doses.mark_taken(med.uuid, checklists.doses.slot_local(TUESDAY, "08:00"))
    checklists.doses.log_as_needed(prn.uuid)
    checklists.habits.tick(habit.uuid, TUESDAY)
    diary.spasms.log(severity=5, note="on the stairs")
    diary.checkins.update(TUESDAY, nrs=4)
    diary.stretches.begin(ROUTINE)
    checklists.treatments.add("physiotherapy", TUESDAY, note="new exercises")
    clock.set(datetime(2026, 3, 11, 2, 40))  # the night after: still Tuesday's diary
    diary.spasms.log(severity=7)
    clock.set(datetime(2026, 3, 11, 14, 30))
    diary.spasms.log()  # Wednesday's

    held = what_day_holds(diary, TUESDAY)
    assert [f"{s.started:%d %H:%M}" for s in held.spasms] == ["10 09:00", "11 02:40"]
    assert [(d.time_of_day, d.state) for d in held.doses] == [("08:00", "taken")]
    assert dict(held.as_needed_names) == {held.as_needed[0].uuid: "Diazepam"}
    assert [h.habit.uuid for h in held.habits if h.tick] == [habit.uuid]
    assert held.checkin is not None
    assert held.checkin.nrs == 4
    assert [s.routine_name for s in held.sessions] == ["Test routine"]
    assert [t.note for t in held.treatments] == ["new exercises"]
    assert not held.is_empty
    assert len(what_day_holds(diary, WEDNESDAY).spasms) == 1


def test_an_empty_day_is_empty_even_with_doses_due(diary: Diary):
    diary.checklists.medications.add("Baclofen", times=["08:00"], amount=10, unit="mg")
    held = what_day_holds(diary, WEDNESDAY)
    assert [d.state for d in held.doses] == ["open"]
    assert held.is_empty


def test_the_calendar_marks_the_days_with_entries(diary: Diary, clock: FakeClock):
    diary.spasms.log(started=clock.localize(datetime(2026, 3, 2, 10, 0)))
    diary.checklists.treatments.add("physiotherapy", date(2026, 3, 5))
    diary.checkins.update(date(2026, 3, 7), pain=3)
    assert days_with_entries(diary, date(2026, 3, 1), date(2026, 3, 31)) == {
        date(2026, 3, 2),
        date(2026, 3, 5),
        date(2026, 3, 7),
    }
    assert days_with_entries(diary, date(2026, 3, 3), date(2026, 3, 6)) == {date(2026, 3, 5)}
