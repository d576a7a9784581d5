# ruff: noqa: RUF005 - poses read best as "figure + arrow"
"""Draw the exercise key poses in resources/illustrations/ (run again after changing a pose).

One friendly style for every movement: rounded limbs on a soft card (so the drawing reads
on light and dark windows), the far limbs paler, and the moving part in orange with an
arrow showing where it goes. Coordinates are on a 400 x 300 canvas.
"""

from __future__ import annotations

import math
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "illustrations"

CARD = "#eef3f8"
CARD_EDGE = "#c5ced8"
BODY = "#34506e"
FAR = "#93a9bf"
HOT = "#e06f00"
PROP = "#b3c0cc"
STRAP = "#22907f"
WIDTH = {"body": 16, "far": 14, "hot": 17, "prop": 9, "strap": 6}
COLOUR = {"body": BODY, "far": FAR, "hot": HOT, "prop": PROP, "strap": STRAP}

Point = tuple[float, float]

# --- props ------------------------------------------------------------------

CHAIR = [
    ("prop", [(128, 196), (214, 196)]),
    ("prop", [(128, 196), (128, 112)]),
    ("prop", [(134, 200), (134, 262)]),
    ("prop", [(208, 200), (208, 262)]),
]
FLOOR = [("prop", [(30, 266), (370, 266)])]
MAT = [("prop", [(30, 250), (370, 250)])]
BED = [
    ("prop", [(30, 200), (250, 200)]),
    ("prop", [(250, 200), (250, 264)]),
    ("prop", [(40, 206), (40, 264)]),
]
FRONT_CHAIR = [
    ("prop", [(140, 204), (260, 204)]),
    ("prop", [(146, 208), (146, 264)]),
    ("prop", [(254, 208), (254, 264)]),
]


# --- figures ----------------------------------------------------------------


def seated(
    *,
    head: Point = (170, 76),
    shoulder: Point = (166, 112),
    hip: Point = (172, 184),
    near_leg: list[Point] | None = None,
    far_leg: list[Point] | None = None,
    near_arm: list[Point] | None = None,
    far_arm: list[Point] | None = None,
    hot: tuple[str, ...] = (),
) -> list:
    """A figure sitting on a chair, seen from the side, facing right."""
    near_leg = near_leg or [hip, (240, 184), (244, 258), (272, 262)]
    far_leg = far_leg or [hip, (232, 180), (234, 256), (260, 260)]
    near_arm = near_arm or [shoulder, (178, 150), (214, 166)]
    far_arm = far_arm or [shoulder, (172, 148), (204, 162)]
    parts = {
        "far_leg": far_leg,
        "far_arm": far_arm,
        "torso": [hip, shoulder],
        "near_leg": near_leg,
        "near_arm": near_arm,
    }
    return _figure(parts, head, hot)


def _figure(parts: dict[str, list[Point]], head: Point, hot: tuple[str, ...]) -> list:
    # "near_leg@2" highlights only from the limb's third point on (e.g. the foot).
    partial = {h.split("@")[0]: int(h.split("@")[1]) for h in hot if "@" in h}
    shapes = []
    for name, points in parts.items():
        if name in hot:
            role = "hot"
        elif name.startswith("far"):
            role = "far"
        else:
            role = "body"
        shapes.append((role, points))
        if name in partial:
            shapes.append(("hot", points[partial[name] :]))
    shapes.append(("head", head, "hot" if "head" in hot else "body"))
    return shapes


def arrow_curve(start: Point, control: Point, end: Point) -> tuple:
    """An orange arrow along a quadratic curve, head at ``end``."""
    return ("arrow", start, control, end)


# --- SVG --------------------------------------------------------------------


def _poly(points: list[Point], role: str) -> str:
    d = " ".join(f"{x:g},{y:g}" for x, y in points)
    fill = "none"
    return (
        f'<polyline points="{d}" fill="{fill}" stroke="{COLOUR[role]}" '
        f'stroke-width="{WIDTH[role]}" stroke-linecap="round" stroke-linejoin="round"/>'
    )


def _arrow(start: Point, control: Point, end: Point) -> str:
    (x0, y0), (cx, cy), (x1, y1) = start, control, end
    angle = math.atan2(y1 - cy, x1 - cx)
    size = 16
    left = (x1 - size * math.cos(angle - 0.5), y1 - size * math.sin(angle - 0.5))
    right = (x1 - size * math.cos(angle + 0.5), y1 - size * math.sin(angle + 0.5))
    tip = (x1 + 4 * math.cos(angle), y1 + 4 * math.sin(angle))
    return (
        f'<path d="M {x0:g},{y0:g} Q {cx:g},{cy:g} {x1:g},{y1:g}" fill="none" stroke="{HOT}" '
        f'stroke-width="5" stroke-linecap="round" stroke-dasharray="2,9"/>'
        f'<polygon points="{tip[0]:.1f},{tip[1]:.1f} {left[0]:.1f},{left[1]:.1f} '
        f'{right[0]:.1f},{right[1]:.1f}" fill="{HOT}"/>'
    )


def render(title: str, shapes: list) -> str:
    """Return the SVG text of one key pose."""
    body = []
    for shape in shapes:
        kind = shape[0]
        if kind == "head":
            _, (x, y), role = shape
            body.append(f'<circle cx="{x:g}" cy="{y:g}" r="21" fill="{COLOUR[role]}"/>')
        elif kind == "arrow":
            body.append(_arrow(*shape[1:]))
        else:
            body.append(_poly(shape[1], kind))
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        'viewBox="0 0 400 300" width="400" height="300">\n'
        f"<title>{title}</title>\n"
        f'<rect x="4" y="4" width="392" height="292" rx="28" fill="{CARD}" '
        f'stroke="{CARD_EDGE}" stroke-width="3"/>\n' + "\n".join(body) + "\n</svg>\n"
    )


# --- the poses ---------------------------------------------------------------


def poses() -> dict[str, list[tuple[str, list]]]:
    """Return exercise key -> [(frame title, shapes), ...]."""
    hip = (172, 184)
    out: dict[str, list[tuple[str, list]]] = {}

    # Ankle rolls: seated, near leg out a little, the foot draws circles.
    leg_up = [hip, (244, 184), (268, 252), (292, 238)]
    leg_down = [hip, (244, 184), (268, 252), (290, 266)]
    out["ankle_rolls"] = [
        (
            "Ankle rolls: toes up",
            CHAIR
            + FLOOR
            + seated(near_leg=leg_up, hot=("near_leg@2",))
            + [arrow_curve((302, 232), (318, 254), (300, 276))],
        ),
        (
            "Ankle rolls: toes down and round",
            CHAIR
            + FLOOR
            + seated(near_leg=leg_down, hot=("near_leg@2",))
            + [arrow_curve((298, 276), (258, 282), (258, 236))],
        ),
    ]

    # Foot pumps: both feet, toes up then pointed.
    up_near = [hip, (240, 184), (250, 256), (274, 240)]
    up_far = [hip, (232, 180), (240, 254), (262, 238)]
    down_near = [hip, (240, 184), (250, 250), (272, 264)]
    down_far = [hip, (232, 180), (240, 248), (260, 262)]
    out["foot_pumps"] = [
        (
            "Foot pumps: toes up",
            CHAIR
            + FLOOR
            + seated(near_leg=up_near, far_leg=up_far, hot=("near_leg@2", "far_leg@2"))
            + [arrow_curve((292, 262), (300, 248), (290, 230))],
        ),
        (
            "Foot pumps: toes down",
            CHAIR
            + FLOOR
            + seated(near_leg=down_near, far_leg=down_far, hot=("near_leg@2", "far_leg@2"))
            + [arrow_curve((290, 232), (300, 248), (290, 266))],
        ),
    ]

    # Calf stretch: sitting on the floor, leg straight, towel round the foot.
    floor_hip = (120, 240)
    floor_shoulder = (112, 168)
    floor_head = (110, 132)
    bent = [floor_hip, (170, 200), (200, 246), (226, 248)]

    def floor_sit(foot: Point, hands: Point, lean: float, hot: tuple[str, ...]) -> list:
        shoulder = (floor_shoulder[0] + lean, floor_shoulder[1] + lean / 3)
        head = (floor_head[0] + lean * 1.2, floor_head[1] + lean / 3)
        near_leg = [floor_hip, (220, 240), (300, 240), foot]
        near_arm = [shoulder, (shoulder[0] + 40, shoulder[1] + 24), hands]
        strap = ("strap", [hands, (foot[0] + 8, foot[1] - 4), (foot[0] + 6, foot[1] + 8), hands])
        return [
            *MAT,
            *_figure(
                {
                    "far_leg": bent,
                    "torso": [floor_hip, shoulder],
                    "near_leg": near_leg,
                    "near_arm": near_arm,
                },
                head,
                hot,
            ),
            strap,
        ]

    out["calf_stretch"] = [
        ("Calf stretch: towel round the foot", floor_sit((316, 212), (200, 200), 0, ())),
        (
            "Calf stretch: draw the toes towards you",
            floor_sit((306, 208), (186, 196), 6, ("near_leg@1",))
            + [arrow_curve((334, 200), (332, 176), (304, 178))],
        ),
    ]

    # Hamstring stretch: on the chair edge, one leg out straight, lean forward from the hips.
    straight = [(182, 186), (248, 214), (312, 250), (320, 228)]
    out["hamstring_stretch"] = [
        (
            "Hamstring stretch: sit tall, leg out",
            CHAIR + FLOOR + seated(hip=(182, 186), near_leg=straight, hot=("near_leg",)),
        ),
        (
            "Hamstring stretch: lean forward from the hips",
            CHAIR
            + FLOOR
            + seated(
                head=(226, 96),
                shoulder=(212, 126),
                hip=(182, 186),
                near_leg=straight,
                near_arm=[(212, 126), (238, 160), (262, 196)],
                far_arm=[(212, 126), (230, 158), (252, 192)],
                hot=("near_leg",),
            )
            + [arrow_curve((180, 72), (226, 58), (258, 86))],
        ),
    ]

    # Hip flexor stretch: lying on the back at the bed's edge, one leg lowers over it.
    def lying_bed(near_leg: list[Point], hot: tuple[str, ...]) -> list:
        hip = (200, 186)
        return BED + _figure(
            {
                "far_leg": [hip, (170, 132), (136, 150)],
                "far_arm": [(100, 184), (150, 150), (168, 134)],
                "torso": [hip, (100, 184)],
                "near_leg": near_leg,
                "near_arm": [(100, 184), (146, 156), (172, 138)],
            },
            (70, 180),
            hot,
        )

    out["hip_flexor_stretch"] = [
        (
            "Hip flexor stretch: hug one knee, other leg on the bed",
            lying_bed([(200, 186), (262, 186), (318, 186), (326, 164)], ("near_leg",)),
        ),
        (
            "Hip flexor stretch: let the free leg lower over the edge",
            lying_bed([(200, 186), (258, 206), (276, 262), (300, 262)], ("near_leg",))
            + [arrow_curve((330, 186), (340, 226), (312, 250))],
        ),
    ]

    # Inner thigh stretch: sitting on the floor, soles together, knees lower.
    # Inner thigh stretch, from the front: sitting, soles together, the knees lower apart.
    def butterfly(spread: float, drop: float, hot: tuple[str, ...]) -> list:
        left_knee = (200 - spread, 196 + drop)
        right_knee = (200 + spread, 196 + drop)
        return MAT + _figure(
            {
                "hips": [(182, 236), (218, 236)],
                "torso": [(200, 236), (200, 140)],
                "shoulders": [(170, 142), (230, 142)],
                "leg_l": [(182, 238), left_knee, (196, 246)],
                "leg_r": [(218, 238), right_knee, (204, 246)],
                "arm_l": [(170, 142), (180, 192), (194, 238)],
                "arm_r": [(230, 142), (220, 192), (206, 238)],
            },
            (200, 104),
            hot,
        )

    out["inner_thigh_stretch"] = [
        ("Inner thigh stretch: soles together, knees up", butterfly(56, -30, ())),
        (
            "Inner thigh stretch: let the knees fall gently apart",
            butterfly(84, 34, ("leg_l", "leg_r"))
            + [
                arrow_curve((140, 180), (112, 188), (104, 214)),
                arrow_curve((260, 180), (288, 188), (296, 214)),
            ],
        ),
    ]

    # Knee rolls: lying on the back, knees bent, both knees roll to one side.
    def knee_rolls(knee: Point, foot: Point, hot: tuple[str, ...]) -> list:
        hip = (200, 236)
        return MAT + _figure(
            {
                "far_leg": [
                    hip,
                    (knee[0] - 8, knee[1] - 6),
                    (foot[0] - 6, foot[1]),
                    (foot[0] + 16, foot[1]),
                ],
                "torso": [hip, (96, 236)],
                "near_leg": [hip, knee, foot, (foot[0] + 22, foot[1])],
                "near_arm": [(100, 236), (150, 240), (190, 242)],
            },
            (66, 228),
            hot,
        )

    out["knee_rolls"] = [
        ("Knee rolls: knees bent, feet flat", knee_rolls((262, 176), (300, 240), ())),
        (
            "Knee rolls: let both knees roll slowly to one side",
            knee_rolls((282, 214), (300, 240), ("near_leg", "far_leg"))
            + [arrow_curve((268, 160), (302, 170), (312, 204))],
        ),
    ]

    # Seated trunk rotation, seen from the front.
    def front_seated(
        head: Point,
        shoulders: tuple[Point, Point],
        arms: tuple[list[Point], list[Point]],
        hot: tuple[str, ...],
    ) -> list:
        (ls, rs) = shoulders
        neck = ((ls[0] + rs[0]) / 2, (ls[1] + rs[1]) / 2)
        return (
            FRONT_CHAIR
            + FLOOR
            + _figure(
                {
                    "near_leg_l": [(182, 200), (178, 262), (160, 264)],
                    "near_leg_r": [(218, 200), (222, 262), (240, 264)],
                    "hips": [(182, 200), (218, 200)],
                    "torso": [(200, 200), neck],
                    "neck": [
                        neck,
                        (neck[0] + (head[0] - neck[0]) * 0.6, neck[1] + (head[1] - neck[1]) * 0.6),
                    ],
                    "shoulders": [ls, rs],
                    "arm_l": arms[0],
                    "arm_r": arms[1],
                },
                head,
                hot,
            )
        )

    # Seated trunk rotation, seen from above: the shoulders turn over still hips.
    def from_above(angle: float, hot: tuple[str, ...]) -> list:
        turn = math.radians(angle)
        dx, dy = 64 * math.cos(turn), 64 * math.sin(turn)
        seat = [
            ("prop", [(140, 130), (260, 130), (260, 240), (140, 240), (140, 130)]),
            ("prop", [(132, 112), (268, 112)]),  # the chair back
        ]
        return seat + _figure(
            {
                "thigh_l": [(178, 168), (178, 262)],
                "thigh_r": [(222, 168), (222, 262)],
                "hips": [(172, 164), (228, 164)],
                "shoulders": [(200 - dx, 150 - dy), (200 + dx, 150 + dy)],
            },
            (200, 150),
            hot,
        )

    out["trunk_rotation"] = [
        ("Trunk rotation (seen from above): sit tall, facing forward", from_above(0, ())),
        (
            "Trunk rotation (seen from above): turn your shoulders slowly to one side",
            from_above(-32, ("shoulders",)) + [arrow_curve((276, 150), (284, 96), (240, 74))],
        ),
    ]

    # Neck side bend, from the front: the ear lowers towards the shoulder.
    neutral_arms = ([(168, 120), (158, 162), (178, 196)], [(232, 120), (242, 162), (222, 196)])
    out["neck_side_bend"] = [
        (
            "Neck side bend: sit tall, shoulders down",
            front_seated((200, 84), ((168, 120), (232, 120)), neutral_arms, ()),
        ),
        (
            "Neck side bend: ear gently towards the shoulder",
            front_seated((226, 92), ((168, 120), (232, 120)), neutral_arms, ("head", "neck"))
            + [arrow_curve((200, 46), (246, 48), (262, 84))],
        ),
    ]

    # Shoulder rolls: seated, side view; shoulders circle up, back and down.
    out["shoulder_rolls"] = [
        (
            "Shoulder rolls: shoulders relaxed",
            CHAIR
            + FLOOR
            + seated(near_arm=[(166, 114), (172, 154), (206, 170)], hot=("near_arm",))
            + [arrow_curve((196, 120), (200, 92), (176, 88))],
        ),
        (
            "Shoulder rolls: up, back and down",
            CHAIR
            + FLOOR
            + seated(
                shoulder=(160, 104),
                near_arm=[(160, 104), (160, 146), (196, 166)],
                hot=("near_arm",),
            )
            + [arrow_curve((140, 96), (130, 128), (150, 146))],
        ),
    ]

    # Wrist and finger stretch: arm out in front, the other hand eases the fingers back.
    def wrist(hand: list[Point], helper: list[Point], hot: tuple[str, ...]) -> list:
        return (
            CHAIR
            + FLOOR
            + seated(
                near_arm=[(166, 112), (220, 116), *hand],
                far_arm=helper,
                hot=hot,
            )
        )

    out["wrist_stretch"] = [
        (
            "Wrist stretch: arm out in front, palm down",
            wrist([(270, 118), (298, 124)], [(166, 112), (180, 148), (210, 160)], ()),
        ),
        (
            "Wrist stretch: ease the fingers back with the other hand",
            wrist(
                [(270, 118), (284, 88)],
                [(166, 112), (220, 130), (284, 96)],
                ("near_arm",),
            )
            + [arrow_curve((314, 124), (318, 96), (298, 74))],
        ),
    ]

    # Thigh (quadriceps) stretch: lying on the side, the top heel comes towards the bottom.
    def side_lying(top_leg: list[Point], top_arm: list[Point], hot: tuple[str, ...]) -> list:
        hip = (200, 220)
        return MAT + _figure(
            {
                "far_leg": [hip, (268, 226), (332, 232), (340, 222)],
                "far_arm": [(104, 222), (86, 200), (72, 190)],
                "torso": [hip, (104, 222)],
                "near_leg": top_leg,
                "near_arm": top_arm,
            },
            (70, 212),
            hot,
        )

    out["quad_stretch"] = [
        (
            "Thigh stretch: lie on your side, legs long",
            side_lying(
                [(200, 212), (268, 212), (330, 216), (340, 204)],
                [(104, 214), (150, 214), (190, 212)],
                (),
            ),
        ),
        (
            "Thigh stretch: bring the top heel towards you and hold the ankle",
            side_lying(
                [(200, 212), (262, 204), (218, 168), (206, 178)],
                [(104, 214), (160, 196), (212, 176)],
                ("near_leg",),
            )
            + [arrow_curve((300, 190), (290, 150), (244, 148))],
        ),
    ]
    return out


def main() -> None:
    """Write every frame."""
    OUT.mkdir(parents=True, exist_ok=True)
    for key, frames in poses().items():
        for i, (title, shapes) in enumerate(frames, start=1):
            (OUT / f"{key}_{i}.svg").write_text(render(title, shapes), encoding="utf-8")


if __name__ == "__main__":
    main()
