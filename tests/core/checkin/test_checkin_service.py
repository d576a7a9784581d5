"""The daily check-in service: saving field by field, validation, undo's exact restore, factors."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from mslog.core.checkin import DEFAULT_FACTORS
from mslog.core.diary import Diary
from mslog.core.errors import ValidationError
from mslog.core.storage.migrations import LATEST_VERSION, schema_version
from tests.helpers.stubs import FakeClock

TODAY = date(2026, 3, 11)


def count(diary: Diary, table: str) -> int:
    return diary.db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_new_diary_offers_the_default_day_factors(diary: Diary):
    names = [f.name for f in diary.checkins.factors(TODAY)]
    assert names == [name for _, name in DEFAULT_FACTORS]
    assert schema_version(diary.db) == LATEST_VERSION


def test_fields_save_one_at_a_time_and_keep_the_others(diary: Diary):
    checkins = diary.checkins
    checkins.update(TODAY, nrs=6)
    checkins.update(TODAY, pain=3, sleep="poor")
    saved = checkins.update(TODAY, nights_woken=3, spasms="all_logged")
    assert (saved.nrs, saved.pain, saved.sleep, saved.nights_woken) == (6, 3, "poor", 3)
    assert saved.complete
    assert checkins.get(TODAY) == saved
    assert count(diary, "checkin") == 1


def test_a_field_can_be_cleared_and_an_empty_check_in_is_still_a_row(diary: Diary):
    checkins = diary.checkins
    checkins.update(TODAY, nrs=6)
    cleared = checkins.update(TODAY, nrs=None)
    assert cleared.nrs is None
    assert cleared.is_empty


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("nrs", 11, "nrs"),
        ("nrs", -1, "nrs"),
        ("nrs", 5.5, "nrs"),
        ("pain", True, "pain"),
        ("nights_woken", 4, "nights"),
        ("sleep", "great", "sleep"),
        ("spasms", "some", "spasms"),
        ("mood", 3, "mood"),
    ],
)
def test_bad_values_name_the_field_and_write_nothing(diary: Diary, field, value, named):
    with pytest.raises(ValidationError) as caught:
        diary.checkins.update(TODAY, **{field: value})
    assert caught.value.field == named
    assert count(diary, "checkin") == 0


def test_a_day_still_to_come_is_refused(diary: Diary):
    with pytest.raises(ValidationError, match="still to come"):
        diary.checkins.update(TODAY + timedelta(days=1), nrs=2)


def test_factors_are_yes_when_ticked_and_unknown_uuids_are_refused(diary: Diary):
    checkins = diary.checkins
    heat, infection = checkins.factors()[:2]
    checkins.set_factor(TODAY, heat.uuid, True)
    checkins.set_factor(TODAY, infection.uuid, True)
    checkins.set_factor(TODAY, infection.uuid, False)
    assert checkins.get(TODAY).factors == {heat.uuid}
    with pytest.raises(ValidationError, match="unknown day factor"):
        checkins.update(TODAY, factors=["nope"])
    assert checkins.get(TODAY).factors == {heat.uuid}


def test_put_restores_an_earlier_state_exactly_for_undo(diary: Diary):
    checkins = diary.checkins
    heat = checkins.factors()[0]
    before = checkins.update(TODAY, nrs=4, factors=[heat.uuid])
    checkins.update(TODAY, nrs=9, factors=[], sleep="good")
    assert checkins.put(TODAY, before) == before
    checkins.put(TODAY, None)
    assert checkins.get(TODAY) is None


def test_own_factors_are_added_renamed_and_removed_keeping_past_days(diary: Diary, clock):
    checkins = diary.checkins
    mine = checkins.add_factor("  Cold   weather ")
    assert mine.name == "Cold weather"
    assert mine.key is None
    with pytest.raises(ValidationError, match="already on the list"):
        checkins.add_factor("cold weather")
    checkins.set_factor(TODAY, mine.uuid, True)
    checkins.rename_factor(mine.uuid, "Cold snap")
    checkins.retire_factor(mine.uuid, TODAY + timedelta(days=1))
    assert mine.uuid in {f.uuid for f in checkins.factors(TODAY)}
    assert mine.uuid not in {f.uuid for f in checkins.factors(TODAY + timedelta(days=1))}
    assert checkins.get(TODAY).factors == {mine.uuid}
    assert checkins.find_factor("cold snap").uuid == mine.uuid
    assert checkins.find_factor("heat").key == "heat"


def test_changes_are_announced_after_commit(diary: Diary):
    seen = []
    diary.checkins.changed.connect(seen.append)
    diary.checkins.update(TODAY, nrs=2)
    assert [(c.what, c.action, c.day) for c in seen] == [("checkin", "saved", TODAY)]


def test_the_morning_after_suggests_yesterday_until_it_is_done(data_dir):
    clock = FakeClock(datetime(2026, 3, 12, 8, 0))
    diary = Diary(data_dir, clock=clock)
    try:
        assert diary.checkins.suggested_day() == date(2026, 3, 11)
        diary.checkins.update(date(2026, 3, 11), nrs=3)
        assert diary.checkins.suggested_day() == date(2026, 3, 12)
    finally:
        diary.close()


def test_reminder_time_defaults_to_nine_in_the_evening_and_is_validated(diary: Diary):
    checkins = diary.checkins
    assert checkins.reminder_time() == "21:00"
    assert checkins.set_reminder_time("20:30") == "20:30"
    with pytest.raises(ValidationError, match="HH:MM"):
        checkins.set_reminder_time("8pm")
    assert checkins.reminder_time() == "20:30"
    assert checkins.reminder_moment(TODAY).hour == 20
