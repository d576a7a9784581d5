"""What the player says and shows about a step."""

from __future__ import annotations

from mslog.core.routines import wording
from mslog.core.routines.player import Player
from mslog.core.routines.schema import Exercise, Routine, Step

CALF = Exercise("calf_stretch", "Calf stretch", True, ("a", "b", "c"), limb="leg")
PUMPS = Exercise("foot_pumps", "Foot pumps", False, ("a", "b", "c"), limb="leg")
NECK = Exercise("neck_side_bend", "Neck side bend", True, ("a", "b", "c"))


def test_announcements_name_the_movement_side_and_amount():
    assert (
        wording.announcement(Step("calf_stretch", "left", duration_s=30), CALF)
        == "Calf stretch, left leg, 30 seconds"
    )
    assert (
        wording.announcement(Step("foot_pumps", reps=15, pace_s=2), PUMPS) == "Foot pumps, 15 times"
    )
    assert wording.step_title(Step("neck_side_bend", "right", duration_s=20), NECK) == (
        "Neck side bend, right side"
    )
    assert wording.step_title(Step("calf_stretch", "both", duration_s=20), CALF) == (
        "Calf stretch, both legs"
    )
    assert wording.switch_announcement(Step("calf_stretch", "right", duration_s=30), CALF) == (
        "Switch to the right leg"
    )


def test_progress_line_counts_steps_and_time_left():
    routine = Routine("bundled/x", "X", steps=(Step("calf_stretch", "left", duration_s=30),) * 3)
    now = [0.0]
    player = Player(routine, lambda: now[0])
    player.start()
    now[0] = 5 + 30 + 2.5
    assert wording.progress_line(player.snapshot()) == "step 2 of 3 · 0:58 left"
    assert wording.phase_heading(player.snapshot()) == "Now"
