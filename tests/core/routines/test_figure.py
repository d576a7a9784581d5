"""The figure model: mirrored sides, side labels, eased movement, positions for every routine."""

from __future__ import annotations

import pytest

from mslog.core.routines.figure import (
    EASE_IN_S,
    WIDTH,
    Box,
    Circle,
    Line,
    blend,
    build,
    ease,
    pose_at,
    side_label,
)
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.poses import FIGURES, figure_for, positions_of, routine_position
from mslog.core.routines.wording import instruction_lines, step_title
from mslog.platform.assets import resource_path

LIBRARY = RoutineLibrary(resource_path(), None)
VARIANTS = [(key, position) for key, variants in FIGURES.items() for position in variants]


def _flipped(shape):
    if isinstance(shape, Line):
        return (round(WIDTH - shape.a[0], 6), round(shape.a[1], 6)), shape.role
    if isinstance(shape, Circle):
        return (round(WIDTH - shape.centre[0], 6), round(shape.centre[1], 6)), shape.role
    return (round(WIDTH - shape.b[0], 6), round(shape.a[1], 6)), shape.role


def _plain(shape):
    if isinstance(shape, Line):
        return (round(shape.a[0], 6), round(shape.a[1], 6)), shape.role
    if isinstance(shape, Circle):
        return (round(shape.centre[0], 6), round(shape.centre[1], 6)), shape.role
    return (round(shape.a[0], 6), round(shape.a[1], 6)), shape.role


@pytest.mark.parametrize(("key", "position"), VARIANTS)
def test_left_is_the_exact_mirror_of_right_with_the_working_limb_highlighted(key, position):
    figure = FIGURES[key][position]
    for moment in (0.0, 1.0, 2.5, 10.0):
        p = pose_at(figure, moment, None)
        right, left = build(figure, p, "right"), build(figure, p, "left")
        assert [_plain(s) for s in left] == [_flipped(s) for s in right]
        roles = {s.role for s in right}
        assert {"work"} & roles or "head_work" in roles, key


def test_the_side_label_matches_the_step_and_its_words():
    assert [side_label(s) for s in ("left", "right", "both")] == ["LEFT", "RIGHT", "BOTH"]
    for routine in LIBRARY.routines():
        for step in routine.steps:
            exercise = LIBRARY.exercises[step.exercise]
            if step.side != "both":
                said = step_title(step, exercise) + " ".join(instruction_lines(step, exercise))
                assert side_label(step.side).lower() in said.lower()
                other = "right" if step.side == "left" else "left"
                assert f"{other} {exercise.limb}" not in step_title(step, exercise)


def test_routine_positions_pick_the_matching_variant():
    by_key = {r.key: r for r in LIBRARY.routines()}
    assert routine_position(by_key["bundled/daily_5_minutes"]) == "chair"
    assert routine_position(by_key["bundled/seated_wheelchair"]) == "chair"
    assert routine_position(by_key["bundled/gentle_bedtime"]) == "bed"
    calf = figure_for("calf_stretch", "chair")
    assert calf is FIGURES["calf_stretch"]["chair"]
    assert "towel" in calf.props
    assert "chair" in calf.props
    assert figure_for("foot_pumps", "bed") is FIGURES["foot_pumps"]["bed"]
    assert figure_for("neck_side_bend", "bed") is FIGURES["neck_side_bend"]["chair"]  # fallback


def test_every_bundled_step_has_a_figure_in_its_routines_position():
    for routine in LIBRARY.routines():
        position = routine_position(routine)
        for step in routine.steps:
            assert position in positions_of(step.exercise), (routine.key, step.exercise)
    assert set(FIGURES) == set(LIBRARY.exercises)


def _between(value, a, b):
    return min(a, b) - 1e-9 <= value <= max(a, b) + 1e-9


def test_a_repetition_eases_there_and_back_between_the_key_poses():
    figure = FIGURES["foot_pumps"]["chair"]
    first, second = figure.keys
    pace = 2.0
    values = {}
    for fraction in (0.0, 0.25, 0.5, 0.75):
        values[fraction] = pose_at(figure, fraction * pace, pace).get("foot_w")
    a, b = first.get("foot_w"), second.get("foot_w")
    assert values[0.0] == pytest.approx(a)
    assert values[0.5] == pytest.approx(b)  # halfway through a rep: the other key pose
    assert values[0.25] == pytest.approx(a + (b - a) * ease(0.5))
    assert values[0.25] == pytest.approx(values[0.75])  # and back the same way
    for fraction in (0.25, 0.75):
        assert _between(values[fraction], a, b)
    # Eased: slow near a key pose, fast in the middle.
    early = pose_at(figure, 0.05 * pace, pace).get("foot_w") - a
    assert abs(early) < abs(b - a) * 0.05
    assert ease(0.25) < 0.25 < 0.75 < ease(0.75)


def test_a_hold_eases_in_and_then_stays():
    figure = FIGURES["calf_stretch"]["chair"]
    first, last = figure.keys
    a, b = first.get("foot_w"), last.get("foot_w")
    quarter = pose_at(figure, EASE_IN_S * 0.25, None).get("foot_w")
    assert _between(quarter, a, b)
    assert quarter != pytest.approx(a)
    assert pose_at(figure, EASE_IN_S * 0.5, None).get("foot_w") == pytest.approx((a + b) / 2)
    assert pose_at(figure, EASE_IN_S, None).values == pose_at(figure, 30, None).values
    assert pose_at(figure, 5, None, moving=False) == first  # getting ready: the start pose


def test_circles_go_round_every_key_pose():
    figure = FIGURES["ankle_rolls"]["chair"]
    assert figure.moving
    assert len(figure.keys) == 4
    for index, key in enumerate(figure.keys):
        at = pose_at(figure, index * figure.cycle_s / 4, None)
        assert at.get("foot_w") == pytest.approx(key.get("foot_w"))


def test_blend_keeps_every_bone_its_length():
    figure = FIGURES["quad_stretch"]["bed"]
    half = blend(*figure.keys, 0.5)
    shapes = [s for s in build(figure, half, "right") if isinstance(s, Line) and s.role != "prop"]
    assert shapes
    assert all(isinstance(s, Line | Circle | Box) for s in shapes)
