"""Side effects noted on a day, a medication or a dose; read back for the report."""

from __future__ import annotations

from datetime import date

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import ValidationError

TODAY = date(2026, 3, 11)


@pytest.fixture
def baclofen(diary: Diary):
    return diary.checklists.medications.add(
        "Baclofen", times="08:00, 20:00", amount=10, unit="mg", starts=date(2026, 3, 1)
    )


def test_noted_for_a_dose_a_medication_and_the_day_and_read_per_day(diary: Diary, baclofen):
    effects = diary.checklists.effects
    slot = diary.checklists.doses.slot_local(date(2026, 3, 10), "20:00")
    effects.note(date(2026, 3, 10), ["dizziness", "drowsiness"], medication_uuid=baclofen.uuid,
                 slot_local=slot)  # fmt: skip
    effects.note(date(2026, 3, 10), ["nausea"])
    effects.note(TODAY, ["other"], "  dry   mouth ", medication_uuid=baclofen.uuid)
    noted = diary.checklists.side_effects(date(2026, 3, 1), TODAY)
    assert [(e.day, e.describe()) for e in noted] == [
        (date(2026, 3, 10), "The day: nausea"),
        (date(2026, 3, 10), "Baclofen 20:00: drowsiness, dizziness"),
        (TODAY, "Baclofen: dry mouth"),
    ]
    assert noted[1].kinds == ("drowsiness", "dizziness")  # in the offered order
    assert noted[1].medication_name == "Baclofen"
    assert noted[2].note == "dry mouth"
    assert diary.checklists.side_effects(TODAY, TODAY) == [noted[2]]


def test_noting_again_replaces_and_nothing_removes(diary: Diary):
    effects = diary.checklists.effects
    effects.note(TODAY, ["weakness"])
    replaced = effects.note(TODAY, ["weakness", "dizziness"], "after lunch")
    assert replaced is not None
    assert effects.on_day(TODAY) == [replaced]
    assert replaced.text() == "weakness, dizziness: after lunch"
    assert effects.note(TODAY, [], "") is None
    assert effects.on_day(TODAY) == []


def test_put_back_restores_exactly(diary: Diary):
    effects = diary.checklists.effects
    first = effects.note(TODAY, ["nausea"])
    effects.note(TODAY, ["nausea", "weakness"])
    assert effects.put_back((TODAY, None, None), first) == first
    assert effects.put_back((TODAY, None, None), None) is None
    assert effects.on_day(TODAY) == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (dict(kinds=["sleepy"]), "kinds"),
        (dict(note="x" * 201), "note"),
        (dict(day=date(2026, 3, 12), kinds=["nausea"]), "day"),
        (dict(kinds=["nausea"], slot_local="2026-03-11 08:00"), "slot"),
    ],
)
def test_refused_notes_change_nothing(diary: Diary, call, field):
    args = {"day": TODAY, **call}
    with pytest.raises(ValidationError) as caught:
        diary.checklists.effects.note(args.pop("day"), **args)
    assert caught.value.field == field
    assert diary.checklists.effects.on_day(TODAY) == []


def test_a_note_outlives_the_dose_being_unticked(diary: Diary, baclofen):
    doses = diary.checklists.doses
    slot = doses.slot_local(TODAY, "08:00")
    doses.mark_taken(baclofen.uuid, slot)
    noted = diary.checklists.effects.note(TODAY, ["drowsiness"], medication_uuid=baclofen.uuid,
                                          slot_local=slot)  # fmt: skip
    doses.clear(baclofen.uuid, slot)
    assert diary.checklists.effects.on_day(TODAY) == [noted]
