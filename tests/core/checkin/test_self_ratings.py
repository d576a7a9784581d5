"""Self-rated Penn and Snow answers: validated, one set a day, exact restore for undo."""

from __future__ import annotations

from datetime import date

import pytest

from mslog.core.checkin.self_ratings import SelfRating
from mslog.core.diary import Diary
from mslog.core.errors import ValidationError


def test_answers_are_saved_once_a_day_and_read_back_in_words(diary: Diary):
    seen = []
    diary.checkins.changed.connect(seen.append)
    ratings = diary.self_ratings
    first = ratings.answer(date(2026, 3, 9), penn_frequency=2, penn_severity=2, snow=3)
    assert (
        first.penn_text()
        == "2 of 4 (full spasms, less than once an hour); severity 2 of 3 (moderate)"
    )
    assert first.snow_text() == "3 of 5 (between one and five a day)"
    again = ratings.answer(date(2026, 3, 9), penn_frequency=3, penn_severity=1)
    assert again.uuid == first.uuid  # answering again that day replaces the answers
    assert (again.penn_frequency, again.penn_severity, again.snow) == (3, 1, None)
    assert again.snow_text() == "–"
    ratings.answer(date(2026, 3, 11), snow=1)
    assert [r.day for r in ratings.between(date(2026, 3, 1), date(2026, 3, 31))] == [
        date(2026, 3, 9),
        date(2026, 3, 11),
    ]
    assert ratings.latest(date(2026, 3, 1), date(2026, 3, 10)).day == date(2026, 3, 9)
    assert ratings.latest(date(2026, 2, 1), date(2026, 2, 28)) is None
    assert [(c.what, c.action) for c in seen] == [("self_rating", "saved")] * 3


@pytest.mark.parametrize(
    ("answers", "field", "words"),
    [
        ({"penn_frequency": 5}, "penn_frequency", "from 0 to 4"),
        ({"penn_frequency": "2"}, "penn_frequency", "whole number"),
        ({"snow": 0}, "snow", "from 1 to 5"),
        ({"penn_frequency": 0, "penn_severity": 2}, "penn_severity", "frequency above 0"),
        ({"penn_severity": 2, "snow": 3}, "penn_severity", "frequency above 0"),
        ({}, "penn_frequency", "at least one"),
    ],
)
def test_bad_answers_are_named_and_nothing_is_written(diary: Diary, answers, field, words):
    with pytest.raises(ValidationError) as err:
        diary.self_ratings.answer(date(2026, 3, 10), **answers)
    assert err.value.field == field
    assert words in str(err.value)
    assert diary.self_ratings.get(date(2026, 3, 10)) is None


def test_a_day_still_to_come_is_refused(diary: Diary):
    with pytest.raises(ValidationError) as err:
        diary.self_ratings.answer(date(2026, 3, 12), snow=2)
    assert err.value.field == "day"


def test_put_restores_exactly_for_undo(diary: Diary):
    ratings = diary.self_ratings
    day = date(2026, 3, 10)
    before = ratings.get(day)
    ratings.answer(day, penn_frequency=0, snow=1)
    ratings.put(day, before)
    assert ratings.get(day) is None
    kept = SelfRating(day, "abc", 4, 3, 5)
    assert ratings.put(day, kept) == kept
