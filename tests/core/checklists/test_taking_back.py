"""Taking back and restoring habits and medications (the core of their undo steps)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import MSLogError, ValidationError

TODAY = date(2026, 3, 11)


def rows(diary: Diary, sql: str) -> list[tuple]:
    return list(diary.db.execute_sql(sql).fetchall())


def versions(diary: Diary) -> list[tuple]:
    return rows(
        diary,
        "SELECT v.id, v.medication_id, v.effective_from, v.active, v.strength, v.amount, v.unit,"
        " v.as_needed, v.created_at, group_concat(t.time_of_day) FROM medication_version v"
        " LEFT JOIN medication_time t ON t.version_id = v.id GROUP BY v.id ORDER BY v.id",
    )


# --- habits ------------------------------------------------------------------


def test_a_habit_taken_back_before_any_tick_leaves_no_trace(diary: Diary):
    habits = diary.checklists.habits
    before = rows(diary, "SELECT * FROM habit ORDER BY id")
    added = habits.add("Heat pad")
    heard = []
    diary.checklists.changed.connect(heard.append)

    assert habits.take_back(added.uuid) == added

    assert rows(diary, "SELECT * FROM habit ORDER BY id") == before
    assert [(c.what, c.action) for c in heard] == [("habit", "removed")]
    assert habits.put_back(added) == added
    assert habits.listed(TODAY)[-1] == added


def test_a_habit_ticked_meanwhile_is_retired_so_the_tick_stays(diary: Diary):
    habits = diary.checklists.habits
    added = habits.add("Heat pad")
    habits.tick(added.uuid, date(2026, 3, 10))

    habits.take_back(added.uuid)

    assert habits.get(added.uuid).retired_on == TODAY
    assert added.uuid in habits.ticks_on(date(2026, 3, 10))
    assert habits.put_back(added).retired_on is None


def test_a_habit_in_a_trial_is_retired_not_deleted(diary: Diary):
    added = diary.checklists.habits.add("Heat pad")
    diary.experiments.plan(added.uuid)
    diary.checklists.habits.take_back(added.uuid)
    assert diary.checklists.habits.get(added.uuid).retired_on == TODAY
    assert len(diary.experiments.all()) == 1


def test_putting_back_a_habit_refuses_a_name_taken_meanwhile(diary: Diary):
    habits = diary.checklists.habits
    added = habits.add("Heat pad")
    habits.take_back(added.uuid)
    habits.add("heat pad")
    with pytest.raises(ValidationError, match="already on the checklist"):
        habits.put_back(added)
    assert [h.name for h in habits.listed()].count("heat pad") == 1


# --- medications -------------------------------------------------------------


@pytest.fixture
def baclofen(diary: Diary):
    return diary.checklists.medications.add(
        "Baclofen", times=["08:00", "14:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )


def test_revise_is_one_write_and_adds_a_version_only_for_a_new_schedule(diary: Diary, baclofen):
    medications = diary.checklists.medications
    heard = []
    diary.checklists.changed.connect(heard.append)
    common = {"times": ["08:00", "14:00"], "amount": 10, "unit": "mg"}

    renamed = medications.revise(
        baclofen.uuid, name="Lioresal", reminders=False, effective_from=TODAY, **common
    )
    assert (renamed.name, renamed.reminders, renamed.versions) == (
        "Lioresal", False, baclofen.versions,
    )  # fmt: skip
    changed = medications.revise(
        baclofen.uuid, name="Lioresal", reminders=False, effective_from=TODAY,
        times=["08:00"], amount=15, unit="mg",
    )  # fmt: skip
    assert changed.history_text() == "Lioresal 10 mg ×2 → 15 mg ×1 from 11 March"
    assert [(c.what, c.action) for c in heard] == [("medication", "changed")] * 2


def test_revise_checks_everything_before_writing(diary: Diary, baclofen):
    medications = diary.checklists.medications
    with pytest.raises(ValidationError):
        medications.revise(
            baclofen.uuid, name="Lioresal", reminders=False, effective_from=TODAY, amount=-1
        )
    assert medications.get(baclofen.uuid) == baclofen


def test_restore_puts_back_the_exact_history_without_a_new_version(diary: Diary, baclofen):
    medications = diary.checklists.medications
    before = versions(diary)
    medications.change(baclofen.uuid, effective_from=TODAY, times=["08:00"], amount=15)
    medications.rename(baclofen.uuid, "Lioresal")
    medications.set_reminders(baclofen.uuid, False)
    after = medications.stop(baclofen.uuid, date(2026, 3, 20))

    assert medications.restore(baclofen) == baclofen
    assert versions(diary) == before
    assert medications.restore(after) == after
    assert len(versions(diary)) == 3
    assert medications.restore(baclofen) == baclofen
    assert versions(diary) == before


def test_a_medication_taken_back_comes_back_the_same(diary: Diary, baclofen):
    medications = diary.checklists.medications
    before = versions(diary)
    medication_rows = rows(diary, "SELECT * FROM medication")

    assert medications.take_back(baclofen.uuid) == baclofen
    assert medications.all() == []
    assert versions(diary) == []
    assert rows(diary, "SELECT * FROM medication_time") == []

    assert medications.restore(baclofen) == baclofen
    assert versions(diary) == before
    assert rows(diary, "SELECT * FROM medication") == medication_rows


def test_a_medication_with_a_dose_recorded_is_not_taken_back(diary: Diary, baclofen):
    diary.checklists.doses.mark_taken(
        baclofen.uuid, "2026-03-11 08:00", datetime(2026, 3, 11, 8, 5, tzinfo=ZoneInfo("UTC"))
    )
    with pytest.raises(MSLogError, match="doses of Baclofen are recorded; stop it instead"):
        diary.checklists.medications.take_back(baclofen.uuid)
    assert diary.checklists.medications.get(baclofen.uuid) == baclofen
