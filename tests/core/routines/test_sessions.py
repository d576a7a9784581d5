"""Stretch sessions are recorded as they are played: completed, stopped early or partial."""

from __future__ import annotations

import pytest

from mslog.core.diary import Diary
from mslog.core.errors import ValidationError
from mslog.core.routines.player import Outcome, Player
from mslog.core.routines.schema import Routine, Step
from tests.helpers.stubs import FakeClock

ROUTINE = Routine(
    key="bundled/test",
    name="Test routine",
    steps=(
        Step("calf_stretch", "left", duration_s=30, rest_s=5),
        Step("calf_stretch", "right", duration_s=30, rest_s=0),
        Step("foot_pumps", "both", reps=10, pace_s=2),
    ),
)


def play(diary: Diary, clock: FakeClock) -> Player:
    player = Player(ROUTINE, clock.monotonic)
    diary.stretches.track(player)
    player.start()
    return player


def run(player: Player, clock: FakeClock, seconds: float) -> None:
    for _ in range(int(seconds * 4)):
        clock.advance(0.25)
        player.update()


def test_a_completed_session_is_recorded_and_announced(diary: Diary, clock: FakeClock):
    announced = []
    diary.stretches.completed.connect(announced.append)
    player = play(diary, clock)
    run(player, clock, 5 + 30 + 5 + 30 + 20)
    (session,) = diary.stretches.recent()
    assert session.outcome == "completed"
    assert session.routine_name == "Test routine"
    assert session.active_s == 90
    assert session.started.strftime("%H:%M") == "14:30"
    assert session.ended.strftime("%H:%M:%S") == "14:31:30"
    assert session.completed_steps == 3
    assert announced == [session]
    assert diary.stretches.completed_on(diary.today(), diary.day_rule) == 1


def test_a_session_is_on_record_from_its_first_second(diary: Diary, clock: FakeClock):
    player = play(diary, clock)
    run(player, clock, 40)
    (session,) = diary.stretches.recent()
    assert session.outcome == "partial"  # what a crash would leave
    assert session.ended is None
    assert [s[2] for s in session.steps] == ["completed", "pending", "pending"]


def test_skipped_steps_keep_their_reason(diary: Diary, clock: FakeClock):
    player = play(diary, clock)
    run(player, clock, 10)
    player.skip()
    player.set_reason(0, "spasm")
    run(player, clock, 60)
    (session,) = diary.stretches.recent()
    assert session.steps[0] == ("calf_stretch", "left", "skipped", "spasm")
    assert session.skipped_steps == 1
    assert session.outcome == "completed"


@pytest.mark.parametrize("outcome", [Outcome.STOPPED, Outcome.PARTIAL])
def test_stopped_and_partial_sessions_are_not_announced_as_done(
    diary: Diary, clock: FakeClock, outcome: Outcome
):
    announced = []
    diary.stretches.completed.connect(announced.append)
    player = play(diary, clock)
    run(player, clock, 20)
    player.pause()
    clock.advance(60)
    player.stop(outcome)
    (session,) = diary.stretches.recent()
    assert session.outcome == outcome.value
    assert session.active_s == 20
    assert session.ended is not None
    # Fifteen seconds into the first step when stopped: stored as partly done.
    assert [s[2] for s in session.steps] == ["partly", "pending", "pending"]
    assert session.partly_steps == 1
    assert announced == []
    assert diary.stretches.completed_on(diary.today(), diary.day_rule) == 0


def test_sessions_survive_reopening(data_dir, clock: FakeClock):
    diary = Diary(data_dir, clock=clock)
    player = play(diary, clock)
    run(player, clock, 100)
    diary.close()
    again = Diary(data_dir, clock=clock)
    try:
        assert [s.outcome for s in again.stretches.recent()] == ["completed"]
    finally:
        again.close()


def test_a_session_removed_comes_back_exactly_as_it_was(diary: Diary, clock: FakeClock):
    player = play(diary, clock)
    run(player, clock, 5 + 30 + 5 + 30 + 20)
    (session,) = diary.stretches.recent()
    changes = []
    diary.stretches.changed.connect(changes.append)
    removed = diary.stretches.remove(session.uuid)
    assert diary.stretches.recent() == []
    assert diary.stretches.completed_on(diary.today(), diary.day_rule) == 0
    assert diary.stretches.put_back(removed) == session  # steps, times and outcome too
    assert diary.stretches.recent() == [session]
    assert [c.action for c in changes] == ["removed", "restored"]


def test_the_session_being_played_cannot_be_removed(diary: Diary, clock: FakeClock):
    player = play(diary, clock)
    run(player, clock, 10)
    (session,) = diary.stretches.recent()
    with pytest.raises(ValidationError, match="being played now"):
        diary.stretches.remove(session.uuid)
    assert diary.stretches.recent() == [session]
    player.stop()
    diary.stretches.remove(session.uuid)  # stopped, it can go
    assert diary.stretches.recent() == []
