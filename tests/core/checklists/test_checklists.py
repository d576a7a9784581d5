"""Medications with versioned schedules, doses across day-start and DST, habits, adherence."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from mslog.core.checklists.model import COMMON_MEDICATIONS
from mslog.core.diary import Diary
from mslog.core.errors import ValidationError
from tests.helpers.stubs import FakeClock

LONDON = ZoneInfo("Europe/London")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def count(diary: Diary, table: str) -> int:
    return diary.db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


# --- medications and versions ---------------------------------------------


def test_a_change_of_amount_is_a_new_version_and_the_past_keeps_the_old_one(diary: Diary):
    meds = diary.checklists
    baclofen = meds.medications.add(
        "Baclofen", times=["08:00", "14:00", "20:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    meds.doses.mark_taken(baclofen.uuid, "2026-03-10 08:00", at(2026, 3, 10, 8, 5))

    changed = meds.medications.change(
        baclofen.uuid,
        effective_from=date(2026, 3, 12),
        times="8:00, 14:00, 20:00",
        amount=15,
        unit="mg",
    )

    assert changed.history_text() == "Baclofen 10 mg ×3 → 15 mg ×3 from 12 March"
    assert [d.label for d in meds.doses.scheduled_on(date(2026, 3, 11))] == ["Baclofen 10 mg"] * 3
    assert [d.label for d in meds.doses.scheduled_on(date(2026, 3, 12))] == ["Baclofen 15 mg"] * 3
    assert meds.doses.scheduled_on(date(2026, 3, 10))[0].state == "taken"
    assert count(diary, "medication_version") == 2


def test_a_same_day_correction_replaces_its_twin_but_both_are_kept(diary: Diary):
    meds = diary.checklists
    med = meds.medications.add("Tizanidine", times=["08:00"], amount=2, unit="mg")
    meds.medications.change(med.uuid, effective_from=date(2026, 3, 20), times=["08:00"], amount=4)
    med = meds.medications.change(
        med.uuid, effective_from=date(2026, 3, 20), times=["08:00", "20:00"], amount=4, unit="mg"
    )
    assert len(med.versions) == 3
    assert med.history_text() == "Tizanidine 2 mg ×1 → 4 mg ×2 from 20 March"
    assert len(meds.doses.scheduled_on(date(2026, 3, 20))) == 2


def test_stopping_keeps_the_history_and_ends_the_doses(diary: Diary):
    meds = diary.checklists
    med = meds.medications.add("Gabapentin", times=["09:00"], starts=date(2026, 3, 1))
    med = meds.medications.stop(med.uuid, date(2026, 3, 11))
    assert med.history_text() == "Gabapentin ×1 → stopped from 11 March"
    assert meds.doses.scheduled_on(date(2026, 3, 10))
    assert meds.doses.scheduled_on(date(2026, 3, 11)) == []
    assert meds.medications.taken_on(date(2026, 3, 11)) == []
    assert [m.name for m in meds.medications.all()] == ["Gabapentin"]
    with pytest.raises(ValidationError) as err:
        meds.medications.stop(med.uuid, date(2026, 2, 1))
    assert err.value.field == "from_day"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": "  ", "times": ["08:00"]}, "name"),
        ({"name": "Baclofen", "times": ["08:00"], "amount": 0}, "amount"),
        ({"name": "Baclofen", "times": ["08:00"], "amount": -5}, "amount"),
        ({"name": "Baclofen", "times": ["08:00"], "amount": float("nan")}, "amount"),
        ({"name": "Baclofen", "times": ["08:00", "8:00"]}, "times"),
        ({"name": "Baclofen", "times": ["24:00"]}, "times"),
        ({"name": "Baclofen", "times": ["07:60"]}, "times"),
        ({"name": "Baclofen", "times": ["soon"]}, "times"),
        ({"name": "Baclofen", "times": []}, "times"),
        ({"name": "Baclofen", "times": ["08:00"], "as_needed": True}, "times"),
    ],
)
def test_bad_medications_name_the_field_and_save_nothing(diary: Diary, kwargs, field):
    with pytest.raises(ValidationError) as err:
        diary.checklists.medications.add(**kwargs)
    assert err.value.field == field
    assert count(diary, "medication") == 0
    assert count(diary, "medication_version") == 0


def test_any_name_is_allowed_and_duplicates_are_refused(diary: Diary):
    assert "Baclofen" in COMMON_MEDICATIONS
    diary.checklists.medications.add("Dr Smith's cream", as_needed=True)
    with pytest.raises(ValidationError) as err:
        diary.checklists.medications.add("dr smith's  CREAM", as_needed=True)
    assert err.value.field == "name"


# --- doses across the day-start boundary and DST ---------------------------


def test_a_night_dose_belongs_to_the_evening_before(diary: Diary, clock: FakeClock):
    meds = diary.checklists
    med = meds.medications.add("Diazepam", times=["23:00", "01:30"], starts=date(2026, 3, 1))
    doses = meds.doses.scheduled_on(date(2026, 3, 11))
    assert [d.slot_local for d in doses] == ["2026-03-11 23:00", "2026-03-12 01:30"]
    assert doses[1].due == at(2026, 3, 12, 1, 30)

    clock.set(datetime(2026, 3, 12, 1, 40))
    meds.doses.mark_taken(med.uuid, "2026-03-12 01:30")
    assert meds.today() == date(2026, 3, 11)
    assert meds.progress(date(2026, 3, 11)).doses_taken == 1
    [row] = meds.adherence(date(2026, 3, 11), date(2026, 3, 11))
    assert (row.scheduled, row.on_time) == (2, 1)


def test_the_day_start_hour_is_a_shared_preference(diary: Diary, clock: FakeClock):
    meds = diary.checklists
    meds.medications.add("Diazepam", times=["01:30"], starts=date(2026, 3, 1))
    diary.set_day_start_hour(0)
    assert meds.doses.scheduled_on(date(2026, 3, 11))[0].slot_local == "2026-03-11 01:30"
    with pytest.raises(ValidationError) as err:
        diary.set_day_start_hour(24)
    assert err.value.field == "day_start_hour"
    assert diary.preferences.day_start_hour() == 0
    diary.close()
    with Diary(diary.data_dir, clock=clock) as reopened:
        assert reopened.day_rule.start_hour == 0


def test_daily_doses_keep_their_wall_clock_time_across_the_spring_change(diary: Diary):
    meds = diary.checklists
    meds.medications.add("Baclofen", times=["08:00", "01:30"], starts=date(2026, 3, 1))
    before = {d.time_of_day: d.due for d in meds.doses.scheduled_on(date(2026, 3, 28))}
    after = {d.time_of_day: d.due for d in meds.doses.scheduled_on(date(2026, 3, 29))}
    assert before["08:00"].utcoffset() == timedelta(0)
    assert after["08:00"].utcoffset() == timedelta(hours=1)
    assert after["08:00"].timestamp() - before["08:00"].timestamp() == 23 * 3600
    # 01:30 on 29 March does not exist in London: the dose falls due at 02:30 BST.
    utc = before["01:30"].astimezone(timezone.utc)
    assert utc == datetime(2026, 3, 29, 1, 30, tzinfo=timezone.utc)
    assert f"{before['01:30']:%H:%M}" == "02:30"


def test_the_autumn_change_gives_the_night_dose_once(diary: Diary, clock: FakeClock):
    meds = diary.checklists
    med = meds.medications.add("Clonazepam", times=["01:30"], starts=date(2026, 10, 1))
    doses = meds.doses.scheduled_on(date(2026, 10, 24))
    assert len(doses) == 1
    assert doses[0].due.utcoffset() == timedelta(hours=1)  # the first 01:30, still BST
    clock.set(datetime(2026, 10, 25, 9, 0))
    meds.doses.mark_taken(med.uuid, doses[0].slot_local, at(2026, 10, 25, 1, 45))
    [row] = meds.adherence(date(2026, 10, 24), date(2026, 10, 24))
    assert (row.day, row.scheduled, row.on_time) == (date(2026, 10, 24), 1, 1)


# --- dose records ------------------------------------------------------------


def test_taken_skipped_unticked_and_undone(diary: Diary, clock: FakeClock):
    meds = diary.checklists
    med = meds.medications.add("Baclofen", times=["08:00", "14:00"], amount=10, unit="mg")
    today = meds.today()
    taken = meds.doses.mark_taken(med.uuid, "2026-03-11 14:00")
    assert taken.taken == clock.now()
    assert not taken.entered_later
    skipped = meds.doses.mark_skipped(med.uuid, "2026-03-11 08:00", "Felt too drowsy")
    assert skipped.reason == "Felt too drowsy"
    assert meds.progress(today).text() == "1 of 2 doses taken · 1 skipped · 0 of 6 habits done"

    removed = meds.doses.clear(med.uuid, "2026-03-11 14:00")
    assert [d.state for d in meds.doses.scheduled_on(today)] == ["skipped", "open"]
    meds.doses.restore(removed)
    assert [d.state for d in meds.doses.scheduled_on(today)] == ["skipped", "taken"]

    with pytest.raises(ValidationError) as err:
        meds.doses.mark_taken(med.uuid, "2026-03-11 09:00")
    assert err.value.field == "slot"
    with pytest.raises(ValidationError) as err:
        meds.doses.mark_taken(med.uuid, "2026-03-12 08:00")
    assert err.value.field == "slot"


def test_a_past_day_ticked_later_is_stamped_and_the_time_adjustable(diary: Diary):
    meds = diary.checklists
    med = meds.medications.add("Baclofen", times=["08:00"], starts=date(2026, 3, 1))
    record = meds.doses.mark_taken(med.uuid, "2026-03-09 08:00")
    assert record.taken == at(2026, 3, 9, 8, 0)
    assert record.entered_later
    moved = meds.doses.set_taken_time(record.uuid, at(2026, 3, 9, 9, 30))
    [dose] = meds.doses.scheduled_on(date(2026, 3, 9))
    assert dose.record == moved
    assert dose.late


def test_late_open_doses_are_marked_not_hidden(diary: Diary):
    meds = diary.checklists
    meds.medications.add("Baclofen", times=["08:00", "14:00", "20:00"])
    doses = meds.doses.scheduled_on(meds.today())
    assert [(d.time_of_day, d.state, d.late) for d in doses] == [
        ("08:00", "open", True),
        ("14:00", "open", False),
        ("20:00", "open", False),
    ]


def test_as_needed_doses_are_logged_with_their_time(diary: Diary, clock: FakeClock):
    meds = diary.checklists
    med = meds.medications.add("Diazepam", as_needed=True, amount=2, unit="mg")
    meds.doses.log_as_needed(med.uuid)
    meds.doses.log_as_needed(med.uuid, at(2026, 3, 12, 2, 0) - timedelta(days=1), amount=5)
    doses = meds.doses.as_needed_on(meds.today())
    assert [d.taken for d in doses] == [at(2026, 3, 11, 14, 30)]
    assert len(meds.doses.as_needed_on(date(2026, 3, 10))) == 1
    assert meds.doses.scheduled_on(meds.today()) == []
    with pytest.raises(ValidationError) as err:
        meds.doses.log_as_needed(med.uuid, amount=-1)
    assert err.value.field == "amount"


# --- adherence on a hand-built fixture ----------------------------------------


def test_adherence_per_day_and_medication(diary: Diary):
    meds = diary.checklists
    start = date(2026, 3, 1)
    bac = meds.medications.add("Baclofen", times=["08:00", "14:00", "20:00"], starts=start)
    tiz = meds.medications.add("Tizanidine", times=["22:00"], starts=start)
    dia = meds.medications.add("Diazepam", as_needed=True, starts=start)
    # 9 March: on time, late, skipped; tizanidine on time.
    meds.doses.mark_taken(bac.uuid, "2026-03-09 08:00", at(2026, 3, 9, 8, 10))
    meds.doses.mark_taken(bac.uuid, "2026-03-09 14:00", at(2026, 3, 9, 15, 30))
    meds.doses.mark_skipped(bac.uuid, "2026-03-09 20:00", "Forgot")
    meds.doses.mark_taken(tiz.uuid, "2026-03-09 22:00", at(2026, 3, 9, 21, 50))
    # 10 March: one on time, the rest missing; two as-needed (one after midnight).
    meds.doses.mark_taken(bac.uuid, "2026-03-10 08:00", at(2026, 3, 10, 7, 45))
    meds.doses.log_as_needed(dia.uuid, at(2026, 3, 10, 23, 0))
    meds.doses.log_as_needed(dia.uuid, at(2026, 3, 11, 2, 0))

    rows = {
        (r.day.day, r.name): (r.scheduled, r.on_time, r.late, r.skipped, r.missing, r.pending,
                              r.as_needed)
        for r in meds.adherence(date(2026, 3, 9), date(2026, 3, 11))
    }  # fmt: skip
    assert rows == {
        (9, "Baclofen"): (3, 1, 1, 1, 0, 0, 0),
        (9, "Tizanidine"): (1, 1, 0, 0, 0, 0, 0),
        (10, "Baclofen"): (3, 1, 0, 0, 2, 0, 0),
        (10, "Tizanidine"): (1, 0, 0, 0, 1, 0, 0),
        (10, "Diazepam"): (0, 0, 0, 0, 0, 0, 2),
        # Now is 14:30 on 11 March: 08:00 is missing, 14:00 and 20:00 still to come.
        (11, "Baclofen"): (3, 0, 0, 0, 1, 2, 0),
        (11, "Tizanidine"): (1, 0, 0, 0, 0, 1, 0),
    }
    baclofen, tizanidine, diazepam = meds.adherence_totals(date(2026, 3, 9), date(2026, 3, 11))
    assert (baclofen.name, baclofen.scheduled, baclofen.taken, baclofen.missing) == (
        "Baclofen",
        9,
        3,
        3,
    )
    assert baclofen.taken_share() == 3 / 7  # two doses of today are still to come
    assert tizanidine.taken_share() == 1 / 2
    assert (diazepam.as_needed, diazepam.taken_share()) == (2, None)


# --- habits -----------------------------------------------------------------


def test_habits_start_from_a_default_set_and_can_be_edited(diary: Diary):
    meds = diary.checklists
    names = [h.name for h in meds.habits.listed()]
    assert names[:5] == ["Warm shower or bath", "Heating pad", "Massage", "Cold pack", "Stretching"]
    tens = meds.habits.add("TENS machine")
    with pytest.raises(ValidationError) as err:
        meds.habits.add("tens  machine")
    assert err.value.field == "name"
    meds.habits.rename(tens.uuid, "TENS")
    meds.habits.move(tens.uuid, -10)
    assert meds.habits.listed()[0].name == "TENS"
    cold = next(h for h in meds.habits.listed() if h.key == "cold_pack")
    meds.habits.tick(cold.uuid, date(2026, 3, 10))
    meds.habits.retire(cold.uuid)
    assert "Cold pack" not in [h.name for h in meds.habits.listed(meds.today())]
    assert "Cold pack" in [h.name for h in meds.habits.listed(date(2026, 3, 10))]
    assert cold.uuid in meds.habits.ticks_on(date(2026, 3, 10))
    days = meds.habit_completion(date(2026, 3, 10), date(2026, 3, 11))
    assert [(d.done, d.listed) for d in days] == [(1, 7), (0, 6)]  # TENS was added


def test_habit_ticks_are_stamped_and_counted_per_day(diary: Diary, clock: FakeClock):
    meds = diary.checklists
    habits = meds.habits.listed()
    tick = meds.habits.tick(habits[0].uuid)
    assert tick.done == clock.now()
    assert not tick.entered_later
    assert meds.habits.tick(habits[0].uuid) == tick  # ticking twice keeps the first
    later = meds.habits.tick(habits[1].uuid, date(2026, 3, 9))
    assert later.entered_later
    assert later.done == at(2026, 3, 9, 12, 0)
    clock.set(datetime(2026, 3, 12, 2, 0))  # still the diary day of 11 March
    meds.habits.tick(habits[2].uuid)
    assert meds.progress(date(2026, 3, 11)).text() == "2 of 6 habits done"

    days = meds.habit_completion(date(2026, 3, 9), date(2026, 3, 11))
    assert [(d.done, d.listed) for d in days] == [(1, 6), (0, 6), (2, 6)]

    assert meds.habits.untick(habits[0].uuid, date(2026, 3, 11)) == tick
    assert habits[0].uuid not in meds.habits.ticks_on(date(2026, 3, 11))
    with pytest.raises(ValidationError) as err:
        meds.habits.tick(habits[0].uuid, date(2026, 3, 13))
    assert err.value.field == "day"


def test_a_finished_stretch_session_ticks_stretching(diary: Diary, clock: FakeClock):
    from mslog.core.routines.player import Player
    from mslog.core.routines.schema import Routine, Step

    routine = Routine(
        key="bundled/test", name="Test", steps=(Step("calf_stretch", "left", duration_s=10),)
    )
    for _ in range(2):  # a second session the same day keeps one tick
        player = Player(routine, clock.monotonic)
        diary.stretches.track(player)
        player.start()
        for _ in range(80):
            clock.advance(0.25)
            player.update()
    stretching = next(h for h in diary.checklists.habits.listed() if h.key == "stretching")
    ticks = diary.checklists.habits.ticks_on(date(2026, 3, 11))
    assert list(ticks) == [stretching.uuid]
    assert ticks[stretching.uuid].source == "stretch"
    assert f"{ticks[stretching.uuid].done:%H:%M:%S}" == "14:30:15"


def test_a_retired_stretching_habit_is_not_ticked(diary: Diary, clock: FakeClock):
    stretching = next(h for h in diary.checklists.habits.listed() if h.key == "stretching")
    diary.checklists.habits.retire(stretching.uuid)
    assert diary.checklists.habits.tick_for_stretch_session(clock.now()) is None


def test_a_day_with_nothing_listed_says_so():
    from mslog.core.checklists.model import DayProgress

    empty = DayProgress(
        doses_taken=0, doses_skipped=0, doses_scheduled=0, habits_done=0, habits_listed=0
    )
    assert empty.text() == "No doses or habits on the list"
