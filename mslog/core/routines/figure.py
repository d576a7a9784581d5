"""An articulated stick figure: a skeleton, poses as segment angles, props, easing and mirroring.

Qt-free: :func:`build` turns a :class:`Pose` into shapes (lines, circles, boxes) in a
fixed drawing space of ``WIDTH`` x ``HEIGHT`` units, y pointing down; a view only paints
them. Angles are in degrees, measured from straight down and turning towards the way the
figure faces (side view: to the right; 90 is forward, 180 is up). Each segment's angle is
its direction in the picture, so a pose interpolates without any bone changing length.

Poses are authored for the **right** side (side view: the figure faces right, so its right
limbs are the near ones; front view: the person faces you, so their right limbs are on the
picture's left). The left side is the exact mirror image (:func:`mirror`).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from mslog.core.i18n import QT_TRANSLATE_NOOP, translate

WIDTH = 200.0
HEIGHT = 150.0
POSITIONS = ("chair", "bed", "floor")
PROPS = (
    "chair",
    "chair_front",
    "bed",
    "bed_top",
    "floor",
    "towel",
    "strap",
    "pillow",
    "turn_arrow",
)
VIEWS = ("side", "front", "top")

# Bone lengths in drawing units (a seated adult fills about two thirds of the height).
TRUNK = 34.0
NECK = 6.0
HEAD_R = 8.5
UPPER_ARM = 17.0
FOREARM = 15.0
HAND = 6.0
THIGH = 24.0
SHIN = 23.0
FOOT = 10.0
LEG_WIDTHS = (7.0, 6.0, 4.5)  # thigh, shin, foot line widths
ARM_WIDTHS = (5.5, 5.0, 3.5)  # upper arm, forearm, hand
TURNED = 0.3  # front view: from this turn on, the arm on the side turned to is behind
HIP_HALF = 6.0  # front view: half the width of the hips
SHOULDER_HALF = 11.0  # front view: half the width of the shoulders

LIMB_PARTS = ("uarm", "farm", "hand", "thigh", "shin", "foot")
SIDES = ("w", "o")  # the working limb and the other one
# Every value a pose can set, with its default (a person sitting upright, arms down).
DEFAULTS: dict[str, float] = {
    "x": 95.0,  # the pelvis, in drawing units
    "y": 88.0,
    "trunk": 180.0,
    "head": 180.0,
    "shrug": 0.0,  # shoulders lifted (drawing units)
    "shoulder_fwd": 0.0,  # shoulders moved forward (drawing units)
    "turn": 0.0,  # front view: shoulders turned (0 = square on, 1 = a quarter turn)
    **{f"{part}_{s}": 0.0 for part in LIMB_PARTS for s in SIDES},
    # Foreshortening (1 = full length), for limbs that point towards you in a top view.
    **{f"{part}_{s}_len": 1.0 for part in ("thigh", "shin") for s in SIDES},
}


@dataclass(frozen=True)
class Pose:
    """One key pose: values for some of :data:`DEFAULTS` (the rest keep their default)."""

    values: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.values) - set(DEFAULTS)
        if unknown:
            raise ValueError(f"unknown pose values: {sorted(unknown)}")

    def get(self, name: str) -> float:
        """Return a value of this pose (its default when not set)."""
        return float(self.values.get(name, DEFAULTS[name]))


def pose(**values: float) -> Pose:
    """Return a :class:`Pose` from keyword values (``pose(trunk=170, thigh_w=90)``)."""
    return Pose(values)


@dataclass(frozen=True)
class Figure:
    """What an exercise looks like in one position: a view, props and its key poses.

    Attributes:
        view: ``side``, ``front`` or ``top`` (lying, seen from above).
        props: Furniture and aids drawn with it (see :data:`PROPS`).
        keys: Two or more key poses; the first is the starting position.
        moving: Whether a timed step keeps moving through the poses (ankle circles)
            rather than easing into the last pose and holding it (a stretch).
        cycle_s: Seconds per cycle for a timed step that keeps moving.
        both_work: Whether both limbs are highlighted (an exercise without sides).
        work_arm: Whether the working side's arm is highlighted.
        work_leg: Whether the working side's leg is highlighted.
        work_trunk: Whether the trunk and shoulders are highlighted.
        work_head: Whether the head and neck are highlighted.
        nose: Whether a side view shows the nose (which way the face looks).
    """

    view: str
    props: tuple[str, ...]
    keys: tuple[Pose, ...]
    moving: bool = False
    cycle_s: float = 4.0
    both_work: bool = False
    work_arm: bool = False
    work_leg: bool = True
    work_trunk: bool = False
    work_head: bool = False
    nose: bool = True

    def __post_init__(self) -> None:
        if self.view not in VIEWS:
            raise ValueError(f"unknown view {self.view!r}")
        if len(self.keys) < 2:
            raise ValueError("a figure needs at least two key poses")
        unknown = set(self.props) - set(PROPS)
        if unknown:
            raise ValueError(f"unknown props: {sorted(unknown)}")


# --- timing and easing ---------------------------------------------------------------

EASE_IN_S = 3.0  # a held stretch eases into place over this long, then stays


def ease(t: float) -> float:
    """Smooth start and stop (cosine easing) for ``t`` from 0 to 1."""
    t = min(1.0, max(0.0, t))
    return (1 - math.cos(math.pi * t)) / 2


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """Return the pose ``t`` of the way from ``a`` to ``b`` (no easing; see :func:`ease`)."""
    names = set(a.values) | set(b.values)
    return Pose({n: a.get(n) + (b.get(n) - a.get(n)) * t for n in sorted(names)})


def cycle_point(keys: Sequence[Pose], phase: float) -> tuple[int, float]:
    """Where a repetition is at ``phase`` (0-1): the key pose left and the eased way on.

    Two key poses go there and back (0 → 1 → 0); more go round in order and back to the
    first (ankle circles). Each leg of the journey is eased, so the figure slows into every
    key pose instead of bouncing off it.
    """
    phase %= 1.0
    count = len(keys)
    legs = 2 if count == 2 else count
    leg = min(int(phase * legs), legs - 1)
    into = ease(phase * legs - leg)
    if count == 2:
        return (0, into) if leg == 0 else (1, into)
    return leg, into


def pose_at(
    figure: Figure,
    seconds: float,
    pace_s: float | None,
    moving: bool = True,
) -> Pose:
    """The pose ``seconds`` into a step.

    Args:
        figure: The exercise's figure for this position.
        seconds: Time into the step.
        pace_s: Seconds per repetition for a counted step, ``None`` for a timed one.
        moving: ``False`` while getting ready, resting or paused before the step began:
            the starting pose.

    Returns:
        A pose that holds (the start, or a hold's end once eased in) is the key pose
        object itself, the same each time.
    """
    keys = figure.keys
    if not moving:
        return keys[0]
    if pace_s is None and not figure.moving:
        # Settled: the end pose itself, so a view can tell at once that nothing changed.
        if seconds >= EASE_IN_S:
            return keys[-1]
        return blend(keys[0], keys[-1], ease(seconds / EASE_IN_S))
    period = pace_s if pace_s else figure.cycle_s
    index, into = cycle_point(keys, seconds / period)
    following = 0 if index == len(keys) - 1 else index + 1
    if len(keys) == 2:
        return blend(keys[0], keys[1], into if index == 0 else 1 - into)
    return blend(keys[index], keys[following], into)


# --- shapes -------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """A bone or prop line from ``a`` to ``b``; ``role`` chooses its colour."""

    a: tuple[float, float]
    b: tuple[float, float]
    width: float
    role: str  # body, far, work, prop, prop_soft, aid


@dataclass(frozen=True)
class Circle:
    """A head or a joint."""

    centre: tuple[float, float]
    radius: float
    role: str


@dataclass(frozen=True)
class Box:
    """A filled rectangle (a bed, a seat, a pillow), corners ``a`` and ``b``."""

    a: tuple[float, float]
    b: tuple[float, float]
    role: str


Shape = Line | Circle | Box


def _toward(point: tuple[float, float], angle: float, length: float) -> tuple[float, float]:
    rad = math.radians(angle)
    return (point[0] + length * math.sin(rad), point[1] + length * math.cos(rad))


def _limb_points(
    p: Pose, root: tuple[float, float], parts: tuple[str, str, str], side: str
) -> list[tuple[float, float]]:
    lengths = {"uarm": UPPER_ARM, "farm": FOREARM, "hand": HAND}
    lengths |= {"thigh": THIGH, "shin": SHIN, "foot": FOOT}
    points = [root]
    for part in parts:
        scale = p.get(f"{part}_{side}_len") if part in ("thigh", "shin") else 1.0
        points.append(_toward(points[-1], p.get(f"{part}_{side}"), lengths[part] * scale))
    return points


def joints(p: Pose, view: str) -> dict[str, tuple[float, float]]:
    """Where every joint of the figure is (pelvis, shoulders, hands, feet...)."""
    pelvis = (p.get("x"), p.get("y"))
    top = _toward(pelvis, p.get("trunk"), TRUNK)
    top = (top[0] + p.get("shoulder_fwd"), top[1] - p.get("shrug"))
    neck = _toward(top, p.get("head"), NECK)
    head = _toward(neck, p.get("head"), HEAD_R)
    out: dict[str, tuple[float, float]] = {"pelvis": pelvis, "neck": top, "head": head}
    across = 0.0 if view == "side" else 1.0
    # Across the body: perpendicular to the trunk, to the picture's left for the right side.
    rad = math.radians(p.get("trunk"))
    ax, ay = math.cos(rad), -math.sin(rad)
    # Turned shoulders are seen end-on: a quarter turn leaves only the trunk's width.
    shoulder_half = SHOULDER_HALF * math.cos(math.radians(90 * p.get("turn")))
    for side, sign in (("w", 1.0), ("o", -1.0)):
        hip = (pelvis[0] + sign * across * HIP_HALF * ax, pelvis[1] + sign * across * HIP_HALF * ay)
        shoulder = (
            top[0] + sign * across * shoulder_half * ax,
            top[1] + sign * across * shoulder_half * ay,
        )
        arm = _limb_points(p, shoulder, ("uarm", "farm", "hand"), side)
        leg = _limb_points(p, hip, ("thigh", "shin", "foot"), side)
        for name, point in zip(("shoulder", "elbow", "wrist", "fingers"), arm, strict=True):
            out[f"{name}_{side}"] = point
        for name, point in zip(("hip", "knee", "ankle", "toes"), leg, strict=True):
            out[f"{name}_{side}"] = point
    return out


def _turn_arrow(head: tuple[float, float], turn: float) -> list[Shape]:
    """A ring arrow over the head, as long as the shoulders have turned, pointing the way.

    A front view shows a turn only as narrower shoulders and the face's side; the arrow
    says which way at a glance.
    """
    if abs(turn) < 0.05:
        return []
    cx, cy, rx, ry = head[0], head[1] - HEAD_R - 7, 16.0, 5.0
    start, sweep = -40 * turn, 120 * turn  # degrees round from the front of the ring
    points = [
        (
            cx + rx * math.sin(math.radians(start + (sweep - start) * i / 10)),
            cy + ry * math.cos(math.radians(start + (sweep - start) * i / 10)),
        )
        for i in range(11)
    ]
    shapes: list[Shape] = [Line(a, b, 3.0, "aid") for a, b in itertools.pairwise(points)]
    tip, before = points[-1], points[-2]
    angle = math.degrees(math.atan2(tip[0] - before[0], tip[1] - before[1]))
    for barb in (145, -145):
        shapes.append(Line(tip, _toward(tip, angle + barb, 6.0), 3.0, "aid"))
    return shapes


def _props(props: Sequence[str], j: dict[str, tuple[float, float]], p: Pose) -> list[Shape]:
    shapes: list[Shape] = []
    floor_y = 140.0
    for prop in props:
        if prop == "floor":
            shapes.append(Line((10, floor_y), (190, floor_y), 2.0, "prop_soft"))
        elif prop == "chair":  # seen from the side, facing right: seat under the pelvis
            seat_y = j["pelvis"][1] + 3
            x = j["pelvis"][0]
            shapes += [
                Line((x - 16, seat_y), (x + 14, seat_y), 5.0, "prop"),
                Line((x - 16, seat_y), (x - 20, seat_y - 44), 5.0, "prop"),
                Line((x - 14, seat_y), (x - 14, floor_y), 3.0, "prop"),
                Line((x + 12, seat_y), (x + 12, floor_y), 3.0, "prop"),
                Line((10, floor_y), (190, floor_y), 2.0, "prop_soft"),
            ]
        elif prop == "chair_front":  # seen from the front: seat and legs either side
            seat_y = j["pelvis"][1] + 4
            x = j["pelvis"][0]
            shapes += [
                Box((x - 24, seat_y - 44), (x + 24, seat_y - 2), "prop_back"),
                Line((x - 24, seat_y), (x + 24, seat_y), 5.0, "prop"),
                Line((x - 22, seat_y), (x - 22, floor_y), 4.0, "prop"),
                Line((x + 22, seat_y), (x + 22, floor_y), 4.0, "prop"),
                Line((10, floor_y), (190, floor_y), 2.0, "prop_soft"),
            ]
        elif prop == "bed":  # seen from the side: a mattress under the body
            top = max(j["pelvis"][1], j["neck"][1]) + 4
            shapes += [
                Box((12, top), (172, top + 14), "prop_back"),
                Line((12, top), (172, top), 3.0, "prop"),
                Line((18, top + 14), (18, floor_y), 4.0, "prop"),
                Line((166, top + 14), (166, floor_y), 4.0, "prop"),
                Line((10, floor_y), (190, floor_y), 2.0, "prop_soft"),
            ]
        elif prop == "bed_top":  # lying, seen from above: the mattress behind the body
            shapes.append(Box((14, 30), (186, 124), "prop_back"))
        elif prop == "pillow":
            hx, hy = j["head"]
            shapes.append(Box((hx - 13, hy - 8), (hx + 13, hy + 10), "prop_soft_box"))
        elif prop == "turn_arrow":
            shapes += _turn_arrow(j["head"], p.get("turn"))
        elif prop in ("towel", "strap"):
            width = 4.0 if prop == "towel" else 2.5
            ball = j["toes_w"]
            for hand in ("fingers_w", "fingers_o"):
                shapes.append(Line(j[hand], ball, width, "aid"))
    return shapes


def still_props(figure: Figure) -> tuple[str, ...]:
    """The figure's first props that stay put through every key pose (a chair, a bed).

    A view draws these once and only the rest each frame. Only leading ones count, as
    props are painted back to front before the figure.
    """
    still: list[str] = []
    for prop in figure.props:
        drawn = [_props((prop,), joints(key, figure.view), key) for key in figure.keys]
        if any(shapes != drawn[0] for shapes in drawn[1:]):
            break
        still.append(prop)
    return tuple(still)


def prop_shapes(figure: Figure, props: Sequence[str], side: str) -> list[Shape]:
    """The shapes of ``props`` in the starting pose, mirrored for the left side."""
    shapes = _props(props, joints(figure.keys[0], figure.view), figure.keys[0])
    return mirror(shapes) if side == "left" else shapes


def build(figure: Figure, p: Pose, side: str, props: Sequence[str] | None = None) -> list[Shape]:
    """Shapes to paint, back to front, for pose ``p`` done on ``side`` (mirrored for left).

    The working limb is drawn with the ``work`` role (both limbs for ``both`` when the
    exercise has no sides); in a side view the other limbs are the far ones (``far``).
    ``props`` chooses which props to include (all of the figure's by default).
    """
    j = joints(p, figure.view)
    both = side == "both" and figure.both_work
    shapes = _props(figure.props if props is None else props, j, p)
    other = "far" if figure.view == "side" and not both else "body"
    if both:
        other = "work"
    work = "work" if side != "both" or both else "body"

    def limb(s: str, leg_role: str, arm_role: str) -> tuple[list[Shape], list[Shape]]:
        leg = [j[f"{n}_{s}"] for n in ("hip", "knee", "ankle", "toes")]
        arm = [j[f"{n}_{s}"] for n in ("shoulder", "elbow", "wrist", "fingers")]
        pairs = itertools.pairwise
        legs: list[Shape] = [
            Line(a, b, w, leg_role) for (a, b), w in zip(pairs(leg), LEG_WIDTHS, strict=True)
        ]
        arms: list[Shape] = [
            Line(a, b, w, arm_role) for (a, b), w in zip(pairs(arm), ARM_WIDTHS, strict=True)
        ]
        return legs, arms

    working_arm, working_leg = figure.work_arm, figure.work_leg
    # An arm or leg that is not the exercise's working part is drawn as the body.
    w_leg = "body" if work == "work" and not working_leg else work
    w_arm = "body" if work == "work" and not working_arm else work
    o_leg = "body" if both and not working_leg else other
    o_arm = "body" if both and not working_arm else other
    # Shoulders turned towards one side take that side's arm round behind the trunk.
    turned = figure.view == "front" and abs(p.get("turn")) >= TURNED and not working_arm
    back = ("w" if p.get("turn") < 0 else "o") if turned else ""
    w_legs, w_arms = limb("w", w_leg, "far" if back == "w" else w_arm)
    o_legs, o_arms = limb("o", o_leg, "far" if back == "o" else o_arm)
    behind: list[Shape] = []
    if back == "w":
        behind, w_arms = w_arms, []
    elif back == "o":
        behind, o_arms = o_arms, []
    o_shapes, w_shapes = o_legs + o_arms, w_legs + w_arms
    trunk_role = "work" if figure.work_trunk else "body"
    head_role = "work" if figure.work_head else "body"
    body: list[Shape] = [
        Line(j["pelvis"], j["neck"], 9.0, trunk_role),
        Line(j["neck"], _toward(j["neck"], p.get("head"), NECK), 5.0, head_role),
    ]
    if figure.view == "front":
        body.append(Line(j["shoulder_w"], j["shoulder_o"], 6.0, trunk_role))
        body.append(Line(j["hip_w"], j["hip_o"], 7.0, "body"))
    head: list[Shape] = [Circle(j["head"], HEAD_R, "head_work" if figure.work_head else "head")]
    if figure.view == "side" and figure.nose:  # a nose shows which way the figure faces
        head.append(Circle(_toward(j["head"], p.get("head") - 80, HEAD_R), 2.2, "body"))
    elif figure.view == "front" and p.get("turn"):
        head.append(Circle(_toward(j["head"], 90 * p.get("turn") - 5, HEAD_R * 0.7), 2.2, "body"))
    if figure.view == "side":
        order = o_shapes + body + head + w_shapes
    else:
        order = behind + body + o_shapes + w_shapes + head
    shapes += order
    return mirror(shapes) if side == "left" else shapes


def _flip(point: tuple[float, float]) -> tuple[float, float]:
    return (WIDTH - point[0], point[1])


def mirror(shapes: Sequence[Shape]) -> list[Shape]:
    """The same shapes reflected left to right (the other side of the body)."""
    out: list[Shape] = []
    # Built directly rather than with dataclasses.replace: this runs on every moving frame.
    for shape in shapes:
        if isinstance(shape, Line):
            a, b = shape.a, shape.b
            out.append(Line((WIDTH - a[0], a[1]), (WIDTH - b[0], b[1]), shape.width, shape.role))
        elif isinstance(shape, Circle):
            centre = (WIDTH - shape.centre[0], shape.centre[1])
            out.append(Circle(centre, shape.radius, shape.role))
        else:
            (x1, y1), (x2, y2) = _flip(shape.a), _flip(shape.b)
            out.append(Box((min(x1, x2), y1), (max(x1, x2), y2), shape.role))
    return out


# The large word on the picture, by side (translated where it is painted).
SIDE_WORDS = {
    "left": QT_TRANSLATE_NOOP("side", "LEFT"),
    "right": QT_TRANSLATE_NOOP("side", "RIGHT"),
    "both": QT_TRANSLATE_NOOP("side", "BOTH"),
}


def side_label(side: str) -> str:
    """The large word on the picture: ``LEFT``, ``RIGHT`` or ``BOTH``, in the person's language."""
    return translate("side", SIDE_WORDS.get(side, SIDE_WORDS["both"]))


def bounds(figure: Figure, pad: float = 8.0) -> tuple[float, float, float, float]:
    """The box (left, top, right, bottom) holding every key pose on both sides, padded.

    A view zooms to it once per exercise, so the figure fills the picture without the zoom
    changing as it moves.
    """
    xs: list[float] = []
    ys: list[float] = []
    for key in figure.keys:
        for shape in build(figure, key, "right") + build(figure, key, "left"):
            if isinstance(shape, Line):
                points, grow = [shape.a, shape.b], shape.width / 2
            elif isinstance(shape, Circle):
                points, grow = [shape.centre], shape.radius
            else:
                points, grow = [shape.a, shape.b], 0.0
            for x, y in points:
                xs += [x - grow, x + grow]
                ys += [y - grow, y + grow]
    return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)
