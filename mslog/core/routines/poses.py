"""Key poses of every bundled exercise, per position (chair, bed, floor), and a routine's position.

Each pose is written for the right side (see :mod:`mslog.core.routines.figure`); the left
side is drawn as its mirror image. The first position listed for an exercise is where its
instructions start ("Sit well back in a steady chair...", "Lie on your back...").
"""

from __future__ import annotations

from collections import Counter

from mslog.core.routines.figure import POSITIONS, Figure, pose
from mslog.core.routines.schema import Routine, Step

# --- shared starting points ------------------------------------------------------------

# Sitting upright in a chair, seen from the side, hands resting on the thighs.
SIT = {
    "x": 92.0,
    "y": 113.0,
    "thigh_w": 90.0,
    "thigh_o": 90.0,
    "foot_w": 90.0,
    "foot_o": 90.0,
    "uarm_w": 12.0,
    "uarm_o": 8.0,
    "farm_w": 80.0,
    "farm_o": 80.0,
    "hand_w": 95.0,
    "hand_o": 95.0,
}
# Lying on the back on a bed, seen from the side, head to the left.
LIE = {
    "x": 104.0,
    "y": 96.0,
    "trunk": -90.0,
    "head": -90.0,
    "thigh_w": 90.0,
    "thigh_o": 90.0,
    "shin_w": 90.0,
    "shin_o": 90.0,
    "foot_w": 180.0,
    "foot_o": 180.0,
    "uarm_w": 90.0,
    "uarm_o": 90.0,
    "farm_w": 90.0,
    "farm_o": 90.0,
    "hand_w": 90.0,
    "hand_o": 90.0,
}
# Sitting upright in a chair, seen from the front, the feet on the floor line.
FRONT = {
    "x": 100.0,
    "y": 107.0,
    "thigh_w": 0.0,
    "thigh_o": 0.0,
    "thigh_w_len": 0.3,
    "thigh_o_len": 0.3,
    "shin_w": -3.0,
    "shin_o": 3.0,
    "foot_w": -90.0,
    "foot_o": 90.0,
    "uarm_w": -8.0,
    "uarm_o": 8.0,
    "farm_w": 10.0,
    "farm_o": -10.0,
    "hand_w": 0.0,
    "hand_o": 0.0,
}
# Lying on the back, seen from above: head at the top, knees bent up towards you.
ABOVE = {
    "x": 100.0,
    "y": 76.0,
    "thigh_w": -6.0,
    "thigh_o": 6.0,
    "thigh_w_len": 0.45,
    "thigh_o_len": 0.45,
    "shin_w": -3.0,
    "shin_o": 3.0,
    "shin_w_len": 0.55,
    "shin_o_len": 0.55,
    "foot_w": 0.0,
    "foot_o": 0.0,
    "uarm_w": -22.0,
    "uarm_o": 22.0,
    "farm_w": -12.0,
    "farm_o": 12.0,
}
# Sitting on the floor with the legs out straight in front (the legs rest on the floor line).
LONG_SIT = {
    "x": 70.0,
    "y": 136.0,
    "trunk": 175.0,
    "thigh_w": 90.0,
    "thigh_o": 90.0,
    "shin_w": 92.0,
    "shin_o": 90.0,
    "foot_w": 170.0,
    "foot_o": 175.0,
}


def _with(base: dict[str, float], **changes: float) -> dict[str, float]:
    return base | changes


# Lying on the side (quad stretch), the top leg straight along the bed.
QUAD_START = {
    "x": 80.0,
    "y": 98.0,
    "trunk": 90.0,
    "head": 92.0,
    "thigh_w": -86.0,
    "thigh_o": -90.0,
    "shin_w": -88.0,
    "shin_o": -90.0,
    "foot_w": -20.0,
    "foot_o": -10.0,
    "uarm_w": -60.0,
    "farm_w": -80.0,
    "hand_w": -90.0,
    "uarm_o": 140.0,
    "farm_o": -100.0,
    "hand_o": -90.0,
}


# Arms crossed over the chest, seen from the front (trunk rotation).
_ARMS_CROSSED = _with(FRONT, uarm_w=35.0, uarm_o=-35.0, farm_w=115.0, farm_o=-115.0)
# Knees bent up, seen from above, rolled to the picture's left with the feet still planted:
# the thighs tip over towards the bed (so look longer), the shins run back to the feet.
_ROLLED = _with(
    ABOVE,
    thigh_w=-70.0,
    thigh_o=-83.0,
    thigh_w_len=0.8,
    thigh_o_len=0.97,
    shin_w=44.0,
    shin_o=41.0,
    shin_w_len=1.0,
    shin_o_len=1.0,
)
# Seated, seen from the front, both knees turned to the picture's left, feet planted.
_KNEES_TURNED = _with(
    FRONT,
    thigh_w=-40.0,
    thigh_o=-40.0,
    thigh_w_len=0.45,
    thigh_o_len=0.45,
    shin_w=15.0,
    shin_o=20.0,
)


def _mirrored(values: dict[str, float]) -> dict[str, float]:
    """The same pose done towards the other side (a front or top view's left-right swap)."""
    out = dict(values)
    for part in ("uarm", "farm", "hand", "thigh", "shin", "foot"):
        out[f"{part}_w"] = -values.get(f"{part}_o", 0.0)
        out[f"{part}_o"] = -values.get(f"{part}_w", 0.0)
    for part in ("thigh", "shin"):
        out[f"{part}_w_len"], out[f"{part}_o_len"] = (
            values.get(f"{part}_o_len", 1.0),
            values.get(f"{part}_w_len", 1.0),
        )
    return out


# Lying on the back, the other knee hugged to the chest: both arms reach up to clasp the
# shin just below that knee (the elbows soft, not sticking up).
_HUG = _with(
    LIE,
    thigh_o=200.0,
    shin_o=105.0,
    foot_o=190.0,
    uarm_w=115.0,
    uarm_o=113.0,
    farm_w=125.0,
    farm_o=123.0,
    hand_w=140.0,
    hand_o=138.0,
)

# The working arm held out in front, palm down, the other hand under its fingers.
_PALM_DOWN = _with(
    SIT, uarm_w=88.0, farm_w=90.0, hand_w=90.0, uarm_o=75.0, farm_o=90.0, hand_o=110.0
)

# The working leg lifted a little, heel just off the floor (ankle rolls, seated).
_LIFT = _with(SIT, thigh_w=97.0, shin_w=35.0)
# The working leg out straight in front, knee soft, heel on the floor.
_OUT = _with(SIT, thigh_w=63.0, shin_w=56.0, foot_w=140.0)
# Holding a towel round the ball of that foot with both hands.
_TOWEL = {"uarm_w": 55.0, "uarm_o": 52.0, "farm_w": 75.0, "farm_o": 72.0}
_TOWEL_PULL = {"uarm_w": 30.0, "uarm_o": 28.0, "farm_w": 70.0, "farm_o": 68.0}

FIGURES: dict[str, dict[str, Figure]] = {
    "ankle_rolls": {
        "chair": Figure(
            "side",
            ("chair",),
            (
                pose(**_with(_LIFT, foot_w=125.0)),
                pose(**_with(_LIFT, foot_w=100.0, shin_w=38.0)),
                pose(**_with(_LIFT, foot_w=55.0)),
                pose(**_with(_LIFT, foot_w=85.0, shin_w=32.0)),
            ),
            moving=True,
            cycle_s=4.0,
        ),
        "bed": Figure(
            "side",
            ("bed", "pillow"),
            (
                pose(**_with(LIE, foot_w=205.0)),
                pose(**_with(LIE, foot_w=175.0, shin_w=93.0)),
                pose(**_with(LIE, foot_w=135.0)),
                pose(**_with(LIE, foot_w=165.0, shin_w=87.0)),
            ),
            moving=True,
            cycle_s=4.0,
        ),
    },
    "calf_stretch": {
        "chair": Figure(
            "side",
            ("chair", "towel"),
            (
                pose(**_with(_OUT, **_TOWEL, foot_w=140.0)),
                pose(**_with(_OUT, **_TOWEL_PULL, trunk=184.0, foot_w=172.0)),
            ),
        ),
        "floor": Figure(
            "side",
            ("floor", "towel"),
            (
                pose(**_with(LONG_SIT, uarm_w=75.0, uarm_o=72.0, farm_w=88.0, farm_o=86.0)),
                pose(
                    **_with(
                        LONG_SIT,
                        trunk=182.0,
                        foot_w=200.0,
                        uarm_w=62.0,
                        uarm_o=60.0,
                        farm_w=80.0,
                        farm_o=78.0,
                    )
                ),
            ),
        ),
    },
    "foot_pumps": {
        "chair": Figure(
            "side",
            ("chair",),
            (
                pose(**_with(SIT, foot_w=118.0, foot_o=118.0, x=90.0)),
                pose(**_with(SIT, foot_w=55.0, foot_o=55.0, thigh_w=97.0, thigh_o=97.0, x=90.0)),
            ),
            both_work=True,
        ),
        "bed": Figure(
            "side",
            ("bed", "pillow"),
            (
                pose(**_with(LIE, foot_w=210.0, foot_o=210.0)),
                pose(**_with(LIE, foot_w=125.0, foot_o=125.0)),
            ),
            both_work=True,
        ),
    },
    "hamstring_stretch": {
        "chair": Figure(
            "side",
            ("chair",),
            (
                pose(**_with(_OUT, foot_w=165.0)),
                pose(**_with(_OUT, foot_w=165.0, trunk=152.0, head=158.0, uarm_w=30.0)),
            ),
        ),
        "bed": Figure(
            "side",
            ("bed", "pillow", "strap"),
            (
                pose(**_with(LIE, uarm_w=120.0, uarm_o=118.0, farm_w=110.0, farm_o=108.0)),
                pose(
                    **_with(
                        LIE,
                        thigh_w=140.0,
                        shin_w=142.0,
                        foot_w=225.0,
                        uarm_w=150.0,
                        uarm_o=148.0,
                        farm_w=140.0,
                        farm_o=138.0,
                    )
                ),
            ),
        ),
    },
    "hip_flexor_stretch": {
        "bed": Figure(
            "side",
            ("bed", "pillow"),
            (
                pose(**_HUG),
                # The near (working) leg lowered over the bed's edge, the other still hugged.
                pose(**_with(_HUG, thigh_w=58.0, shin_w=18.0, foot_w=100.0)),
            ),
        ),
    },
    "inner_thigh_stretch": {
        "chair": Figure(
            "front",
            ("chair_front",),
            (
                pose(**_with(FRONT, thigh_w=-25.0, thigh_o=25.0, shin_w=8.0, shin_o=-8.0)),
                pose(
                    **_with(
                        FRONT,
                        # Knees out as far as the feet, soles together, stay on the floor.
                        thigh_w=-55.0,
                        thigh_o=55.0,
                        thigh_w_len=0.7,
                        thigh_o_len=0.7,
                        shin_w=30.0,
                        shin_o=-30.0,
                    )
                ),
            ),
            both_work=True,
        ),
        "bed": Figure(
            "top",
            ("bed_top", "pillow"),
            (
                pose(**_with(ABOVE, thigh_w=-25.0, thigh_o=25.0, shin_w=12.0, shin_o=-12.0)),
                pose(
                    **_with(
                        ABOVE,
                        thigh_w=-60.0,
                        thigh_o=60.0,
                        thigh_w_len=0.9,
                        thigh_o_len=0.9,
                        shin_w=66.0,
                        shin_o=-66.0,
                        foot_w=35.0,
                        foot_o=-35.0,
                        shin_w_len=0.9,
                        shin_o_len=0.9,
                    )
                ),
            ),
            both_work=True,
        ),
    },
    "knee_rolls": {
        "bed": Figure(
            "top",
            ("bed_top", "pillow"),
            (pose(**ABOVE), pose(**_ROLLED), pose(**ABOVE), pose(**_mirrored(_ROLLED))),
            both_work=True,
        ),
        "chair": Figure(
            "front",
            ("chair_front",),
            (
                pose(**FRONT),
                pose(**_KNEES_TURNED),
                pose(**FRONT),
                pose(**_mirrored(_KNEES_TURNED)),
            ),
            both_work=True,
        ),
    },
    "neck_side_bend": {
        "chair": Figure(
            "front",
            ("chair_front",),
            (pose(**FRONT), pose(**_with(FRONT, head=222.0))),
            work_leg=False,
            work_head=True,
        ),
    },
    "quad_stretch": {
        "bed": Figure(
            "side",
            ("bed", "pillow"),
            (
                pose(**QUAD_START),
                # The top heel drawn to the buttock, the top hand at the ankle.
                pose(
                    **_with(
                        QUAD_START,
                        thigh_w=-95.0,
                        shin_w=-260.0,
                        foot_w=-190.0,
                        uarm_w=-105.0,
                        farm_w=-110.0,
                        hand_w=-110.0,
                    )
                ),
            ),
            work_arm=False,
            nose=False,
        ),
    },
    "shoulder_rolls": {
        "chair": Figure(
            "side",
            ("chair",),
            (
                pose(**SIT),
                pose(**_with(SIT, shrug=7.0, shoulder_fwd=1.0)),
                pose(**_with(SIT, shrug=3.0, shoulder_fwd=-5.0)),
                pose(**_with(SIT, shrug=-1.0, shoulder_fwd=-2.0)),
            ),
            both_work=True,
            work_arm=True,
            work_leg=False,
            work_trunk=True,
        ),
    },
    "trunk_rotation": {
        "chair": Figure(
            "front",
            ("chair_front", "turn_arrow"),
            (
                pose(**_ARMS_CROSSED),
                # Turned to the right: the right shoulder goes back (its arm drawn behind),
                # the crossed arms and the face come round to the picture's left; the hips
                # and knees stay square.
                pose(
                    **_with(
                        _ARMS_CROSSED,
                        turn=-0.8,
                        head=186.0,
                        uarm_w=-15.0,
                        farm_w=141.0,
                        hand_w=160.0,
                        uarm_o=-24.0,
                        farm_o=-150.0,
                        hand_o=-160.0,
                    )
                ),
            ),
            work_leg=False,
            work_trunk=True,
        ),
    },
    "wrist_stretch": {
        "chair": Figure(
            "side",
            ("chair",),
            (
                pose(**_PALM_DOWN),
                # The other hand eases the fingers back and up (it stays at them).
                pose(**_with(_PALM_DOWN, hand_w=150.0, uarm_o=80.0, farm_o=88.0, hand_o=140.0)),
            ),
            work_arm=True,
            work_leg=False,
        ),
    },
}


def positions_of(exercise: str) -> tuple[str, ...]:
    """The positions an exercise is drawn in, its usual one first (``()`` if none)."""
    return tuple(FIGURES.get(exercise, {}))


def routine_position(routine: Routine) -> str:
    """Where a routine is done: ``chair``, ``bed`` or ``floor``.

    Each step votes for its exercise's usual position; a tie goes to the chair (the safest
    place to start). The routines' descriptions say the same ("Sitting in a chair",
    "lying on the bed").
    """
    votes = Counter(positions_of(step.exercise)[:1][0] for step in routine.steps if _known(step))
    if not votes:
        return POSITIONS[0]
    best = max(votes.values())
    return next(p for p in POSITIONS if votes.get(p) == best)


def _known(step: Step) -> bool:
    return bool(positions_of(step.exercise))


def figure_for(exercise: str, position: str) -> Figure | None:
    """The exercise drawn in ``position``, else in its usual position (``None``: no figure)."""
    variants = FIGURES.get(exercise)
    if not variants:
        return None
    return variants.get(position) or next(iter(variants.values()))
