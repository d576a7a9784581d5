"""A medicine with a different amount at each time: stored, shown, kept through history."""

from __future__ import annotations

from datetime import date

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import ValidationError

TODAY = date(2026, 3, 11)


def test_each_time_may_carry_its_own_amount(diary: Diary):
    meds = diary.checklists.medications
    baclofen = meds.add(
        "Baclofen", times=["08:00", "13:00", "20:00"], amount=10, unit="mg",
        time_amounts={"20:00": 20, "08:00": 10},
        starts=date(2026, 3, 1),
    )  # fmt: skip
    version = baclofen.version_on(TODAY)
    assert version is not None
    # 08:00 given the version's own amount is not kept apart.
    assert version.time_amounts == (("20:00", 20.0),)
    assert [version.amount_at(t) for t in version.times] == [10.0, 10.0, 20.0]
    assert version.summary() == "10/10/20 mg"
    assert baclofen.history_text() == "Baclofen 10/10/20 mg"
    labels = [d.label for d in diary.checklists.doses.scheduled_on(TODAY)]
    assert labels == ["Baclofen 10 mg", "Baclofen 10 mg", "Baclofen 20 mg"]
    stored = diary.db.execute_sql(
        "SELECT time_of_day, amount FROM medication_time ORDER BY time_of_day"
    ).fetchall()
    assert stored == [("08:00", None), ("13:00", None), ("20:00", 20.0)]


def test_history_says_from_equal_to_unequal(diary: Diary):
    meds = diary.checklists.medications
    baclofen = meds.add(
        "Baclofen", times="08:00, 13:00, 20:00", amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    changed = meds.change(
        baclofen.uuid, effective_from=date(2026, 3, 12), times="08:00, 13:00, 20:00",
        amount=10, unit="mg", time_amounts={"20:00": 20},
    )  # fmt: skip
    assert changed.history_text() == "Baclofen 10 mg ×3 → 10/10/20 mg from 12 March"
    # Earlier days keep their equal doses.
    assert [d.label for d in diary.checklists.doses.scheduled_on(TODAY)] == ["Baclofen 10 mg"] * 3


def test_revise_sees_a_change_of_one_time_as_a_new_version(diary: Diary):
    meds = diary.checklists.medications
    baclofen = meds.add("Baclofen", times="08:00, 20:00", amount=10, unit="mg")
    same = dict(name="Baclofen", reminders=True, effective_from=TODAY, times="08:00, 20:00",
                amount=10, unit="mg")  # fmt: skip
    assert len(meds.revise(baclofen.uuid, **same).versions) == 1
    revised = meds.revise(baclofen.uuid, **same, time_amounts={"20:00": 15})
    assert len(revised.versions) == 2
    assert revised.version_on(TODAY).summary() == "10/15 mg"


def test_per_time_amounts_without_a_usual_amount(diary: Diary):
    meds = diary.checklists.medications
    same = meds.add("Gabapentin", times="08:00, 20:00", unit="mg",
                    time_amounts={"08:00": 300, "20:00": 300})  # fmt: skip
    assert same.version_on(TODAY).summary() == "300 mg ×2"


@pytest.mark.parametrize(
    ("time_amounts", "message"),
    [
        ({"21:00": 20}, "21:00 is not one of the times"),
        ({"20:00": 0}, "at 20:00: must be more than zero, not 0"),
        ({"20:00": "lots"}, "at 20:00: must be a number, not 'lots'"),
    ],
)
def test_a_bad_amount_at_a_time_is_refused_and_nothing_is_saved(
    diary: Diary, time_amounts, message
):
    with pytest.raises(ValidationError) as caught:
        diary.checklists.medications.add(
            "Baclofen", times="08:00, 20:00", amount=10, time_amounts=time_amounts
        )
    assert (caught.value.field, caught.value.message) == ("amount", message)
    assert diary.checklists.medications.all() == []


def test_restore_brings_back_the_amounts_of_each_time(diary: Diary):
    meds = diary.checklists.medications
    baclofen = meds.add("Baclofen", times="08:00, 20:00", amount=10, unit="mg",
                        time_amounts={"20:00": 20})  # fmt: skip
    meds.change(baclofen.uuid, effective_from=date(2026, 3, 12), times="08:00, 20:00",
                amount=10, unit="mg")  # fmt: skip
    assert meds.restore(baclofen) == baclofen
    assert meds.get(baclofen.uuid).version_on(TODAY).summary() == "10/20 mg"
