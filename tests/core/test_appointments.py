"""Appointments and the questions note: validated, one transaction each, announced."""

from datetime import date

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import NotFoundError, ValidationError


def test_add_list_update_delete(diary: Diary):
    seen = []
    diary.appointments.changed.connect(seen.append)
    first = diary.appointments.add(date(2026, 1, 20), "Dr Okafor", "Baclofen up to 10 mg x3")
    second = diary.appointments.add(date(2025, 11, 2), "  MS nurse ")
    assert [a.day for a in diary.appointments.all()] == [date(2025, 11, 2), date(2026, 1, 20)]
    assert second.clinician == "MS nurse"
    assert diary.appointments.last_before(date(2026, 1, 19)) == second
    assert diary.appointments.last_before(date(2026, 3, 11)) == first
    updated = diary.appointments.update(first.uuid, note="Physio referral")
    assert diary.appointments.get(first.uuid) == updated
    assert diary.appointments.between(date(2026, 1, 1), date(2026, 12, 31)) == [updated]
    removed = diary.appointments.delete(second.uuid)
    assert removed == second
    with pytest.raises(NotFoundError):
        diary.appointments.get(second.uuid)
    assert seen == ["appointments"] * 4


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"day": "2026-01-01"}, "date"),
        ({"day": date(2030, 1, 1)}, "date"),
        ({"day": date(2026, 1, 1), "clinician": "x" * 121}, "clinician"),
        ({"day": date(2026, 1, 1), "note": 5}, "note"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(diary: Diary, kwargs, field):
    with pytest.raises(ValidationError) as caught:
        diary.appointments.add(**kwargs)
    assert caught.value.field == field
    assert diary.appointments.all() == []


def test_questions_note_is_kept(diary: Diary, data_dir, clock):
    assert diary.appointments.questions() == ""
    diary.appointments.set_questions("Could the night spasms be the bladder?")
    diary.appointments.set_questions("Could the night spasms be the bladder?\nPhysio?")
    diary.close()
    reopened = Diary(data_dir, clock=clock)
    assert reopened.appointments.questions().endswith("Physio?")
    reopened.close()
