"""Each exercise's key poses against its instructions: what moves, which side, floor and props."""

from __future__ import annotations

import math

import pytest

from mslog.core.routines.figure import Circle, Line, build, joints
from mslog.core.routines.poses import FIGURES

VARIANTS = [(key, position) for key, variants in FIGURES.items() for position in variants]
FLOOR_Y = 140.0


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _work_points(figure, key, side: str) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for shape in build(figure, key, side):
        if isinstance(shape, Line) and shape.role == "work":
            points += [shape.a, shape.b]
        elif isinstance(shape, Circle) and shape.role == "head_work":
            points.append(shape.centre)
    return points


# Where the stretch comes from the body moving over a still limb (say so, and check that).
STILL_LIMB = {("hamstring_stretch", "chair"): "the leg stays out; the trunk leans over it"}


@pytest.mark.parametrize(("exercise", "position"), VARIANTS)
def test_the_highlighted_part_moves_between_the_key_poses(exercise, position):
    figure = FIGURES[exercise][position]
    if (exercise, position) in STILL_LIMB:
        start, end = (joints(key, figure.view) for key in (figure.keys[0], figure.keys[-1]))
        assert _distance(start["neck"], end["neck"]) >= 4
        return
    for side in ("right", "left"):
        first = _work_points(figure, figure.keys[0], side)
        moved = max(
            _distance(a, b)
            for key in figure.keys[1:]
            for a, b in zip(first, _work_points(figure, key, side), strict=True)
        )
        assert moved >= 4, (exercise, position, side)  # visibly, not a twitch


@pytest.mark.parametrize(("exercise", "position"), VARIANTS)
def test_nothing_goes_through_the_floor_and_seated_feet_rest_on_it(exercise, position):
    figure = FIGURES[exercise][position]
    for key in figure.keys:
        for shape in build(figure, key, "right"):
            if isinstance(shape, Line) and not shape.role.startswith("prop"):
                # The floor line is 2 units thick: a foot on it ends within it.
                assert max(shape.a[1], shape.b[1]) + shape.width / 2 <= FLOOR_Y + 1.5, exercise
        if position == "chair" and figure.view == "side":
            # The other foot stays down; a working foot is down unless the text lifts it.
            j = joints(key, figure.view)
            if exercise not in ("ankle_rolls", "foot_pumps"):
                assert j["ankle_o"][1] >= FLOOR_Y - 6, exercise


def test_seated_hamstring_and_calf_stretch_have_the_heel_on_the_floor():
    for exercise in ("hamstring_stretch", "calf_stretch"):
        for key in FIGURES[exercise]["chair"].keys:
            assert joints(key, "side")["ankle_w"][1] >= FLOOR_Y - 4, exercise


def test_seated_inner_thigh_stretch_keeps_the_feet_on_the_floor():
    figure = FIGURES["inner_thigh_stretch"]["chair"]
    for key in figure.keys:
        j = joints(key, figure.view)
        assert j["ankle_w"][1] >= FLOOR_Y - 4
        assert j["ankle_o"][1] >= FLOOR_Y - 4


@pytest.mark.parametrize("position", ["bed", "chair"])
def test_knee_rolls_move_the_knees_both_ways_with_the_feet_planted(position):
    figure = FIGURES["knee_rolls"][position]
    rest = joints(figure.keys[0], figure.view)
    one, other = (joints(figure.keys[i], figure.view) for i in (1, 3))
    for side in ("w", "o"):
        assert one[f"knee_{side}"][0] < rest[f"knee_{side}"][0] - 3  # to the picture's left
        assert other[f"knee_{side}"][0] > rest[f"knee_{side}"][0] + 3  # then to its right
        for rolled in (one, other):
            knee = _distance(rolled[f"knee_{side}"], rest[f"knee_{side}"])
            # The feet stay where they are (rolling on their edges), the knees travel.
            assert _distance(rolled[f"ankle_{side}"], rest[f"ankle_{side}"]) < knee / 2
    # The knees stay together as they go.
    assert _distance(one["knee_w"], one["knee_o"]) <= 13


def test_trunk_rotation_turns_the_shoulders_towards_the_named_side():
    figure = FIGURES["trunk_rotation"]["chair"]
    square, turned = (joints(key, figure.view) for key in (figure.keys[0], figure.keys[-1]))

    def width(j) -> float:
        return abs(j["shoulder_w"][0] - j["shoulder_o"][0])

    assert width(turned) < 0.5 * width(square)  # seen end-on
    assert turned["hip_w"] == square["hip_w"]
    assert turned["knee_w"] == square["knee_w"]
    for side, named_is_left_of_picture in (("right", True), ("left", False)):
        shapes = build(figure, figure.keys[-1], side)
        head = next(s for s in shapes if isinstance(s, Circle) and s.role.startswith("head"))
        nose = next(s for s in shapes if isinstance(s, Circle) and s.radius < 3)
        arrow = [s for s in shapes if isinstance(s, Line) and s.role == "aid"]
        tip = arrow[-1].a
        # The person faces you: their right is the picture's left.
        assert (nose.centre[0] < head.centre[0]) is named_is_left_of_picture, side
        assert (tip[0] < head.centre[0]) is named_is_left_of_picture, side
        # The arm on the side turned to has gone behind the trunk (drawn first, paler).
        trunk = next(i for i, s in enumerate(shapes) if isinstance(s, Line) and s.width == 9.0)
        assert [s.role for s in shapes[trunk - 3 : trunk]] == ["far"] * 3, side


def test_neck_side_bend_tips_the_head_towards_the_named_side():
    figure = FIGURES["neck_side_bend"]["chair"]
    for side, to_picture_left in (("right", True), ("left", False)):
        shapes = build(figure, figure.keys[-1], side)
        head = next(s for s in shapes if isinstance(s, Circle) and s.role == "head_work")
        trunk = next(s for s in shapes if isinstance(s, Line) and s.width == 9.0)
        assert (head.centre[0] < trunk.b[0] - 5) is to_picture_left, side


def test_side_views_face_the_named_side_with_the_working_limb_in_front():
    for exercise, variants in FIGURES.items():
        for figure in variants.values():
            if figure.view != "side" or figure.both_work or not figure.nose:
                continue
            for side, faces_right in (("right", True), ("left", False)):
                shapes = build(figure, figure.keys[0], side)
                head = next(s for s in shapes if isinstance(s, Circle) and s.radius > 3)
                nose = next(s for s in shapes if isinstance(s, Circle) and s.radius < 3)
                assert (nose.centre[0] > head.centre[0]) is faces_right or figure.keys[0].get(
                    "trunk"
                ) < 0, exercise
                # The working limb is painted over the far limbs.
                roles = [s.role for s in shapes]
                far = max(i for i, role in enumerate(roles) if role == "far")
                assert far < min(i for i, role in enumerate(roles) if role == "work"), exercise


def test_hip_flexor_stretch_hands_hold_the_hugged_knee():
    figure = FIGURES["hip_flexor_stretch"]["bed"]
    for key in figure.keys:
        j = joints(key, figure.view)
        assert _distance(j["fingers_w"], j["knee_o"]) <= 8
        assert _distance(j["fingers_o"], j["knee_o"]) <= 8
        # No elbow sticking up above the knee it holds.
        assert j["elbow_w"][1] > j["knee_o"][1]


def test_wrist_stretch_other_hand_is_at_the_working_fingers():
    figure = FIGURES["wrist_stretch"]["chair"]
    for key in figure.keys:
        j = joints(key, figure.view)
        assert _distance(j["fingers_o"], j["fingers_w"]) <= 7


def test_towel_and_strap_run_from_the_hands_to_the_working_foot():
    for exercise, variants in FIGURES.items():
        for figure in variants.values():
            if not {"towel", "strap"} & set(figure.props):
                continue
            for key in figure.keys:
                j = joints(key, figure.view)
                aids = [s for s in build(figure, key, "right") if s.role == "aid"]
                assert {s.b for s in aids} == {j["toes_w"]}, exercise
                assert {s.a for s in aids} == {j["fingers_w"], j["fingers_o"]}, exercise
