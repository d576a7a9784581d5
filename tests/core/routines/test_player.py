"""The player engine on a fake clock: exact timing, pauses, skips, side switches, stalls."""

from __future__ import annotations

import pytest

from mslog.core.routines.player import (
    Outcome,
    PhaseKind,
    Player,
    State,
    build_timeline,
)
from mslog.core.routines.schema import Routine, Step


class Tick:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now

    def run(self, player: Player, seconds: float, step: float = 0.1) -> None:
        """Advance in small steps, updating the player as a timer would."""
        end = self.now + seconds
        while self.now < end - 1e-9:
            self.now = min(end, self.now + step)
            player.update()


def routine(*steps: Step) -> Routine:
    return Routine(key="bundled/test", name="Test", steps=steps)


CALVES = routine(
    Step("calf_stretch", "left", duration_s=30, rest_s=5),
    Step("calf_stretch", "right", duration_s=30, rest_s=10),
    Step("foot_pumps", "both", reps=10, pace_s=2, rest_s=0),
    Step("ankle_rolls", "left", duration_s=20),
)
CALVES_TOTAL = 5 + 30 + 5 + 30 + 10 + 20 + 20


@pytest.fixture
def tick() -> Tick:
    return Tick()


def recorder(player: Player) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    for name in ("step_started", "halfway", "last_seconds", "side_switch", "rest", "done"):
        getattr(player, name).connect(lambda value, name=name: seen.append((name, value)))
    return seen


def test_timeline_has_get_ready_steps_rests_and_switches():
    kinds = [(p.kind, p.length_s) for p in build_timeline(CALVES)]
    assert kinds == [
        (PhaseKind.GET_READY, 5),
        (PhaseKind.STEP, 30),
        (PhaseKind.SWITCH, 5),
        (PhaseKind.STEP, 30),
        (PhaseKind.REST, 10),
        (PhaseKind.STEP, 20),  # 10 reps at 2 s; rest 0 makes no phase
        (PhaseKind.STEP, 20),
    ]


def test_session_lasts_exactly_its_planned_time(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.run(player, CALVES_TOTAL - 0.05)
    assert player.state is State.RUNNING
    assert player.total_remaining() == pytest.approx(0.05)
    tick.run(player, 0.05)
    assert player.state is State.DONE
    assert player.outcome is Outcome.COMPLETED
    assert player.active_seconds() == pytest.approx(CALVES_TOTAL)
    assert [r.status for r in player.records] == ["completed"] * 4


def test_remaining_is_deadline_minus_now_not_ticks(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.now += 3.25  # no update calls at all in between
    assert player.remaining() == pytest.approx(1.75)


def test_a_two_second_stall_changes_nothing(tick: Tick):
    smooth = Player(CALVES, tick)
    stalled_clock = Tick()
    stalled = Player(CALVES, stalled_clock)
    smooth.start()
    stalled.start()
    tick.run(smooth, 38)
    stalled_clock.run(stalled, 36)
    stalled_clock.now += 2.0  # the event loop was blocked across the side switch
    stalled.update()
    assert stalled.snapshot().step_index == smooth.snapshot().step_index == 1
    assert stalled.remaining() == pytest.approx(smooth.remaining())
    tick.run(smooth, 200)
    stalled_clock.run(stalled, 200)
    assert smooth.active_seconds() == stalled.active_seconds() == pytest.approx(CALVES_TOTAL)


def test_stall_across_many_phases_catches_up_at_the_deadlines(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.now += 71.0  # straight into the rest after the second calf stretch
    snap = player.snapshot()
    assert snap.phase.kind is PhaseKind.REST
    assert snap.remaining_s == pytest.approx(9)  # the rest runs from 70 s to 80 s
    assert [r.status for r in player.records[:2]] == ["completed", "completed"]


def test_paused_time_does_not_count_and_resume_counts_down(tick: Tick):
    player = Player(CALVES, tick, resume_countdown_s=3)
    player.start()
    tick.run(player, 10)  # 5 s get-ready, 5 s into the first step
    player.pause()
    assert player.remaining() == pytest.approx(25)
    tick.run(player, 120)
    assert player.remaining() == pytest.approx(25)
    player.resume()
    assert player.state is State.RESUMING
    tick.run(player, 2.9)
    assert player.remaining() == pytest.approx(25)
    assert player.snapshot().resume_in_s == pytest.approx(0.1)
    tick.run(player, 0.1)
    assert player.state is State.RUNNING
    tick.run(player, 5)
    assert player.remaining() == pytest.approx(20)
    tick.run(player, CALVES_TOTAL)
    assert player.active_seconds() == pytest.approx(CALVES_TOTAL)


def test_halfway_and_last_three_seconds_fire_once_each(tick: Tick):
    player = Player(routine(Step("calf_stretch", "left", duration_s=10)), tick, get_ready_s=0)
    seen = recorder(player)
    player.start()
    tick.run(player, 10, step=0.033)
    assert seen == [
        ("step_started", 0),
        ("halfway", 0),
        ("last_seconds", 3),
        ("last_seconds", 2),
        ("last_seconds", 1),
        ("done", seen[-1][1]),
    ]


def test_side_switch_and_rest_events(tick: Tick):
    player = Player(CALVES, tick)
    seen = recorder(player)
    player.start()
    tick.run(player, CALVES_TOTAL)
    names = [(n, v) for n, v in seen if n in ("step_started", "side_switch", "rest")]
    assert names == [
        ("step_started", 0),
        ("side_switch", 1),
        ("step_started", 1),
        ("rest", 2),
        ("step_started", 2),
        ("step_started", 3),
    ]


def test_side_switch_without_rest_is_still_announced(tick: Tick):
    player = Player(
        routine(
            Step("calf_stretch", "left", duration_s=10),
            Step("calf_stretch", "right", duration_s=10),
        ),
        tick,
        get_ready_s=0,
    )
    seen = recorder(player)
    player.start()
    tick.run(player, 20)
    assert ("side_switch", 1) in seen
    assert player.active_seconds() == pytest.approx(20)


def test_skip_records_a_reason_and_goes_to_the_next_step(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.run(player, 7)
    player.skip("pain")
    snap = player.snapshot()
    assert snap.phase.kind is PhaseKind.STEP
    assert snap.step_index == 1
    assert snap.remaining_s == pytest.approx(30)
    assert player.records[0].status == "skipped"
    assert player.records[0].reason == "pain"


def test_skip_during_rest_starts_the_next_step(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.run(player, 36)  # in the side switch
    player.skip()
    snap = player.snapshot()
    assert (snap.phase.kind, snap.step_index) == (PhaseKind.STEP, 1)
    assert player.records[0].status == "completed"


def test_skipping_the_last_step_ends_the_session(tick: Tick):
    player = Player(routine(Step("foot_pumps", reps=5, pace_s=2)), tick, get_ready_s=0)
    player.start()
    player.skip("tired")
    assert player.state is State.DONE
    assert player.outcome is Outcome.COMPLETED
    assert player.records[0].status == "skipped"


def test_previous_restarts_a_step_under_way_or_goes_back(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.run(player, 45)  # 5 s into the second calf stretch
    player.previous()
    snap = player.snapshot()
    assert (snap.step_index, snap.remaining_s) == (1, pytest.approx(30))
    tick.run(player, 1)
    player.previous()
    snap = player.snapshot()
    assert (snap.step_index, snap.remaining_s) == (0, pytest.approx(30))


def test_restart_step_gives_the_full_time_again(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.run(player, 20)
    player.restart_step()
    assert player.remaining() == pytest.approx(30)


def test_skip_while_paused_stays_paused(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.run(player, 8)
    player.pause()
    player.skip()
    tick.run(player, 50)
    assert player.state is State.PAUSED
    assert player.snapshot().step_index == 1
    assert player.remaining() == pytest.approx(30)


def test_stop_early_and_partial(tick: Tick):
    player = Player(CALVES, tick)
    results = []
    player.done.connect(results.append)
    player.start()
    tick.run(player, 12)
    player.pause()
    tick.run(player, 30)
    player.stop()
    assert player.state is State.DONE
    assert results[0].outcome is Outcome.STOPPED
    assert results[0].active_s == pytest.approx(12)
    # Seven seconds into the first step: partly done, not "not reached".
    assert [r.status for r in results[0].records] == ["partly"] + ["pending"] * 3
    assert results[0].partly_steps == 1

    other = Player(CALVES, tick)
    other.start()
    other.stop(Outcome.PARTIAL)
    assert other.outcome is Outcome.PARTIAL
    assert [r.status for r in other.records] == ["pending"] * 4  # still getting ready


def test_stopping_in_a_rest_leaves_the_next_step_not_reached(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.run(player, 5 + 30 + 2)
    player.stop()
    assert [r.status for r in player.records] == ["completed"] + ["pending"] * 3


def test_reps_count_up_with_the_pace(tick: Tick):
    player = Player(routine(Step("foot_pumps", reps=10, pace_s=2)), tick, get_ready_s=0)
    player.start()
    assert player.snapshot().rep == 1
    tick.run(player, 5)
    assert player.snapshot().rep == 3
    tick.run(player, 14.9)
    assert player.snapshot().rep == 10


def test_next_step_is_previewed_during_a_step(tick: Tick):
    player = Player(CALVES, tick)
    player.start()
    tick.run(player, 6)
    assert player.snapshot().next_step == CALVES.steps[1]
