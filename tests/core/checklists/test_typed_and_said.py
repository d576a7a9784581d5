"""Times of day as people type them, and a medication's schedule in words."""

from __future__ import annotations

import pytest

from mslog.core.checklists.model import check_schedule, read_time_of_day
from mslog.core.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("0930", "09:30"),
        ("930", "09:30"),
        ("9:30", "09:30"),
        ("9.30", "09:30"),
        ("9h30", "09:30"),
        ("21", "21:00"),
        ("21h", "21:00"),
        ("7", "07:00"),
        (" 08:00 ", "08:00"),
        ("2359", "23:59"),
    ],
)
def test_a_time_is_read_as_typed(typed, read):
    assert read_time_of_day(typed) == read


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("25:00", "25:00 is outside the day (00:00 to 23:59)"),
        ("2460", "24:60 is outside the day (00:00 to 23:59)"),
        ("9:5", "'9:5' is not a time of day; write it as HH:MM"),
        ("", "give a time of day, as HH:MM"),
    ],
)
def test_what_is_not_a_time_is_refused_naming_the_field(typed, message):
    with pytest.raises(ValidationError) as caught:
        read_time_of_day(typed, "time")
    assert caught.value.field == "time"
    assert caught.value.message == message


def test_a_time_listed_twice_says_what_to_do():
    with pytest.raises(ValidationError, match="08:00 is listed twice; change one of them"):
        check_schedule(["08:00", "8:00"], as_needed=False)


def test_a_medication_says_what_is_taken_and_when(diary):
    from datetime import date

    meds = diary.checklists.medications
    first = date(2026, 3, 1)
    baclofen = meds.add("Baclofen", times=["20:00", "08:00"], amount=10, unit="mg", starts=first)
    assert baclofen.schedule_text(first) == "Baclofen 10 mg at 08:00, 20:00"
    unequal = meds.add(
        "Tizanidine", times=["08:00", "14:00", "20:00"], amount=2, unit="mg",
        time_amounts={"20:00": 4}, starts=first,
    )  # fmt: skip
    assert unequal.schedule_text(first) == "Tizanidine 2/2/4 mg at 08:00, 14:00, 20:00"
    diazepam = meds.add("Diazepam", as_needed=True, starts=first)
    assert diazepam.schedule_text(first) == "Diazepam when needed"
