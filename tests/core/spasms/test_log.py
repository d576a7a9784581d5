"""The spasm log: validation of every field, round trips, and day grouping."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mslog.core import vocab
from mslog.core.days import DayRule
from mslog.core.diary import Diary
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.spasms.log import MAX_NOTE_LENGTH
from tests.helpers.stubs import LONDON, FakeClock


def row_count(diary: Diary) -> int:
    return diary.db.execute_sql("SELECT count(*) FROM spasm").fetchone()[0]


def test_quick_log_records_now_with_nothing_else(diary: Diary, clock: FakeClock):
    spasm = diary.spasms.log()
    assert spasm.started == clock.now()
    assert spasm.severity is None
    assert spasm.kind is None
    assert spasm.locations == ()
    assert spasm.triggers == ()
    assert spasm.duration_s is None
    assert diary.spasms.get(spasm.uuid) == spasm


def test_full_entry_round_trips(diary: Diary, clock: FakeClock):
    spasm = diary.spasms.log(
        severity=7,
        kind="clonus",
        locations=["right_calf", "left_foot"],
        triggers=["heat", "Fatigue", "Noisy neighbours"],
        duration_s=95,
        note="Woke me up",
    )
    again = diary.spasms.get(spasm.uuid)
    assert again.severity == 7
    assert again.kind == "clonus"
    assert again.locations == ("left_foot", "right_calf")  # display order
    assert again.triggers == ("heat", "fatigue", "Noisy neighbours")
    assert again.duration_s == 95
    assert again.note == "Woke me up"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"severity": 11}, "severity"),
        ({"severity": -1}, "severity"),
        ({"severity": 5.5}, "severity"),
        ({"severity": True}, "severity"),
        ({"severity": "7"}, "severity"),
        ({"kind": "sneeze"}, "type"),
        ({"locations": ["tail"]}, "location"),
        ({"triggers": ["   "]}, "trigger"),
        ({"triggers": ["x" * 61]}, "trigger"),
        ({"triggers": ["bell\x07"]}, "trigger"),
        ({"duration_s": -1}, "duration"),
        ({"duration_s": 24 * 3600 + 1}, "duration"),
        ({"note": "x" * (MAX_NOTE_LENGTH + 1)}, "note"),
        ({"note": 42}, "note"),
    ],
)
def test_bad_values_name_the_field_and_write_nothing(diary: Diary, changes, field):
    with pytest.raises(ValidationError) as info:
        diary.spasms.log(**changes)
    assert info.value.field == field
    assert field in str(info.value)
    assert row_count(diary) == 0


def test_bad_update_changes_nothing(diary: Diary):
    spasm = diary.spasms.log(severity=3, note="keep me")
    with pytest.raises(ValidationError):
        diary.spasms.update(spasm.uuid, severity=4, duration_s=-5)
    assert diary.spasms.get(spasm.uuid) == spasm


def test_boundary_values_are_accepted(diary: Diary):
    for value in (0, 10):
        assert diary.spasms.log(severity=value).severity == value
    assert diary.spasms.log(duration_s=0).duration_s == 0
    assert diary.spasms.log(duration_s=24 * 3600).duration_s == 24 * 3600
    assert len(diary.spasms.log(note="x" * MAX_NOTE_LENGTH).note) == MAX_NOTE_LENGTH


def test_start_time_up_to_five_minutes_ahead_is_allowed(diary: Diary, clock: FakeClock):
    ok = diary.spasms.log(started=clock.now() + timedelta(minutes=5))
    assert ok.started == clock.now() + timedelta(minutes=5)
    with pytest.raises(ValidationError, match="future"):
        diary.spasms.log(started=clock.now() + timedelta(minutes=5, seconds=1))
    assert row_count(diary) == 1


def test_naive_start_time_is_refused(diary: Diary):
    with pytest.raises(ValidationError, match="time zone"):
        diary.spasms.log(started=datetime(2026, 3, 11, 9, 0))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(max_size=300))
def test_any_note_text_round_trips(diary: Diary, note: str):
    spasm = diary.spasms.log(note=note)
    assert diary.spasms.get(spasm.uuid).note == note


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    offset_minutes=st.integers(min_value=-12 * 60, max_value=14 * 60),
    minutes_ago=st.integers(min_value=0, max_value=10 * 365 * 24 * 60),
)
def test_any_past_time_and_offset_round_trips(
    diary: Diary, clock: FakeClock, offset_minutes: int, minutes_ago: int
):
    tz = timezone(timedelta(minutes=offset_minutes))
    started = (clock.now() - timedelta(minutes=minutes_ago)).astimezone(tz).replace(microsecond=0)
    stored = diary.spasms.get(diary.spasms.log(started=started).uuid).started
    assert stored == started
    assert stored.utcoffset() == started.utcoffset()
    assert (stored.hour, stored.minute) == (started.hour, started.minute)


def test_local_time_of_day_survives_a_dst_change(data_dir):
    # Saturday night before the clocks go forward in London (29 March 2026, 01:00 -> 02:00).
    clock = FakeClock(datetime(2026, 3, 28, 23, 30))
    diary = Diary(data_dir, clock=clock)
    try:
        before = diary.spasms.log()
        clock.set(datetime(2026, 3, 29, 9, 15))
        after = diary.spasms.log()
        # Read back while "now" is in summer time: each keeps its own wall-clock time.
        assert (before.started.hour, before.started.minute) == (23, 30)
        assert before.started.utcoffset() == timedelta(0)
        assert (after.started.hour, after.started.minute) == (9, 15)
        assert after.started.utcoffset() == timedelta(hours=1)
        gap = diary.spasms.get(after.uuid).started - diary.spasms.get(before.uuid).started
        assert gap == timedelta(hours=8, minutes=45)  # one hour fewer than the wall clocks say
        assert [s.uuid for s in diary.spasms.for_day(date(2026, 3, 28), diary.day_rule)] == [
            before.uuid
        ]
    finally:
        diary.close()


def test_night_spasm_belongs_to_the_evening_before(diary: Diary, clock: FakeClock):
    evening = diary.spasms.log(started=datetime(2026, 3, 10, 22, 0, tzinfo=LONDON))
    night = diary.spasms.log(started=datetime(2026, 3, 11, 1, 30, tzinfo=LONDON))
    morning = diary.spasms.log(started=datetime(2026, 3, 11, 4, 0, tzinfo=LONDON))
    rule = DayRule(4)
    assert [s.uuid for s in diary.spasms.for_day(date(2026, 3, 10), rule)] == [
        night.uuid,
        evening.uuid,
    ]
    assert [s.uuid for s in diary.spasms.for_day(date(2026, 3, 11), rule)] == [morning.uuid]
    assert diary.today() == date(2026, 3, 11)


def test_days_follow_the_offset_where_the_spasm_happened(diary: Diary):
    # Logged while travelling in New York at 23:00 local: that is 04:00 UTC next day.
    new_york = timezone(timedelta(hours=-5))
    spasm = diary.spasms.log(started=datetime(2026, 3, 5, 23, 0, tzinfo=new_york))
    assert [
        s.uuid for s in diary.spasms.between(date(2026, 3, 5), date(2026, 3, 5), DayRule(4))
    ] == [spasm.uuid]


def test_update_edits_only_the_named_fields(diary: Diary, clock: FakeClock):
    spasm = diary.spasms.log(severity=2, locations=["neck"], note="a")
    clock.advance(minutes=3)
    edited = diary.spasms.update(spasm.uuid, severity=8, triggers=["stress"])
    assert edited.severity == 8
    assert edited.triggers == ("stress",)
    assert edited.locations == ("neck",)
    assert edited.note == "a"
    assert edited.updated_at > spasm.updated_at


def test_delete_and_restore_keep_id_and_details(diary: Diary):
    spasm = diary.spasms.log(severity=5, locations=["back"], triggers=["pain"], note="n")
    removed = diary.spasms.delete(spasm.uuid)
    assert row_count(diary) == 0
    with pytest.raises(NotFoundError):
        diary.spasms.get(spasm.uuid)
    assert diary.spasms.restore(removed) == spasm
    # Children went with the row and came back with it.
    assert diary.db.execute_sql("SELECT count(*) FROM spasm_location").fetchone()[0] == 1


def test_changes_are_announced_after_commit(diary: Diary):
    seen = []
    diary.spasms.changed.connect(lambda change: seen.append((change.action, row_count(diary))))
    spasm = diary.spasms.log()
    diary.spasms.update(spasm.uuid, severity=1)
    diary.spasms.update(spasm.uuid, severity=1)  # no change, no announcement
    diary.spasms.delete(spasm.uuid)
    assert seen == [("added", 1), ("updated", 1), ("deleted", 0)]


def test_own_triggers_are_remembered(diary: Diary):
    diary.spasms.log(triggers=["cat on my legs", "heat"])
    diary.spasms.log(triggers=["Cat on my legs"])  # not a new one
    diary.spasms.log(triggers=["loud music"])
    assert diary.spasms.custom_triggers()[0] == "cat on my legs"
    assert set(diary.spasms.custom_triggers()) == {"cat on my legs", "loud music"}


def test_trigger_labels_map_to_built_in_keys(diary: Diary):
    spasm = diary.spasms.log(triggers=["Full bladder", "posture-change", "waking up"])
    assert spasm.triggers == ("full_bladder", "posture_change", "waking")
    assert {key for key, _ in vocab.TRIGGERS} >= set(spasm.triggers)
