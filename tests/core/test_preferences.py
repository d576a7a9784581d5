"""The day-start hour: a validated diary preference every part of MSLog reads."""

from __future__ import annotations

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import ValidationError


def test_a_new_diary_starts_its_days_at_four(diary: Diary):
    assert diary.preferences.day_start_hour() == 4
    assert diary.day_rule.start_hour == 4


@pytest.mark.parametrize("bad", [-1, 24, "5", 4.5, True, None])
def test_a_bad_hour_is_refused_and_nothing_is_stored(diary: Diary, bad):
    with pytest.raises(ValidationError) as err:
        diary.set_day_start_hour(bad)
    assert err.value.field == "day_start_hour"
    assert diary.preferences.get("day_start_hour") is None


def test_the_stored_hour_builds_the_diary_day_rule(diary: Diary, clock):
    diary.set_day_start_hour(6)
    diary.close()
    with Diary(diary.data_dir, clock=clock) as reopened:
        assert reopened.day_rule.start_hour == 6


def test_a_damaged_value_reads_as_the_default(diary: Diary):
    diary.preferences.set("day_start_hour", "noon")
    assert diary.preferences.day_start_hour() == 4
