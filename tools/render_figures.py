"""Render every exercise x position x side of the moving figure to PNG, to look at one by one.

Usage: ``QT_QPA_PLATFORM=offscreen python tools/render_figures.py [OUT_DIR] [--theme dark]``;
``python tools/render_figures.py --stills`` writes the printable SVG stills in
resources/illustrations/ (``<exercise>_1.svg``: the starting pose, ``_2.svg``: the end pose,
right side, usual position) from the same model: run it again after changing a pose.

One sheet per exercise and position (``<exercise>-<position>.png``): a row per side
(RIGHT, LEFT, or BOTH), columns at 0, 25, 50 and 75 % of a repetition (for a held stretch:
of its ease-in) and the held end pose. Render with ``--theme dark`` and
``--theme high_contrast`` too. tests/core/routines/test_poses.py pins what can be pinned
(the highlighted part moves, nothing goes through the floor, the sides, the hands).

Checked by eye against each exercise's instructions (resources/exercises/*.json), every
sheet in light and high contrast, 2026-12-03. In all: LEFT is the exact mirror of RIGHT; in
a side view the figure faces the named side with the near (working) limb highlighted, in a
front or top view the person faces you, so their right is on the picture's left; seated
feet rest on the floor line; the chair, bed and floor are seen in every theme (in high
contrast the chair is grey, apart from the white figure).

- ankle_rolls (chair: seated, working leg lifted a little, the foot tips up, forward, down and
  back round, the other foot flat; bed: lying on the back, the foot circles).
- calf_stretch (chair: seated well back, working leg out straight, knee soft, heel on the
  floor, a towel from both hands round the ball of the foot; the toes draw back and hold.
  floor: long sitting on the floor line, same towel). The daily and seated routines get the
  chair one (the routine's position).
- foot_pumps (chair: both feet on the floor, toes up with heels down, then toes down with
  heels up, toes staying on the floor; bed: feet flex and point). Both legs, label BOTH.
- hamstring_stretch (chair: leg out straight, heel on the floor, toes up; leans forward from
  the hips with a long back and holds; the leg stays still, the trunk moves. bed: strap from
  both hands round the foot, the straight leg raised, the other leg flat).
- hip_flexor_stretch (bed: lying on the back, both hands clasp the other knee hugged to the
  chest, elbows soft; the working leg lowers over the near edge of the bed, foot above the
  floor). Fixed 2026-12-03: the arms made a spike above the knee instead of holding it.
- inner_thigh_stretch (chair, seen from the front: knees bent, feet together, knees fall out
  with the feet still on the floor; bed, seen from above: lying, knees bent, soles meet as
  the knees fall out). Both legs highlighted. Fixed: the seated feet lifted off the floor.
- knee_rolls (bed, seen from above: knees bent up, both roll to one side together with the
  feet planted, back through the middle, to the other side; chair: knees turn side to side,
  feet planted). Fixed: the whole legs swung like pendulums, feet sliding across the bed.
- neck_side_bend (chair, from the front: head tips towards the named side's shoulder (RIGHT:
  the picture's left), shoulders stay level, face forward; only the head is highlighted).
- quad_stretch (bed: lying on the side, the top leg's heel drawn towards the buttock through
  a natural knee bend, the top hand at the ankle, knees together, the bottom leg straight).
- shoulder_rolls (chair: both shoulders lift, go back, come down; arms loose; trunk and arms
  highlighted).
- trunk_rotation (chair, from the front: arms crossed; the shoulders turn end-on towards the
  named side, the arm on that side goes behind the trunk, the face turns the same way and a
  ring arrow over the head shows the way; hips and knees stay square). Fixed: the shoulders
  barely narrowed and nothing said which way the trunk turned.
- wrist_stretch (chair: the working arm straight out, palm down, the other hand at its
  fingers; the hand bends up, eased back by the other hand).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from mslog.core.routines.figure import (
    EASE_IN_S,
    Box,
    Circle,
    Line,
    bounds,
    build,
    pose_at,
    side_label,
)
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.poses import FIGURES
from mslog.core.routines.schema import load_exercise
from mslog.ui.routines.figure_view import paint_figure, role_colours
from mslog.ui.style import DARK, HIGH_CONTRAST, LIGHT

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MOMENTS = (0.0, 0.25, 0.5, 0.75)
CELL = (320, 240)
PACE_S = 4.0  # a repetition's length on the sheets (any pace gives the same poses)
# Exercises the bundled routines count in repetitions (the rest are held or timed).
COUNTED = {
    step.exercise
    for routine in RoutineLibrary(RESOURCES, None).routines()
    for step in routine.steps
    if step.reps
}


def render_sheet(exercise: str, position: str, theme: str = "light") -> QImage:
    """One exercise in one position: a row per side, a column per moment."""
    c = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}[theme]
    figure = FIGURES[exercise][position]
    sided = load_exercise(RESOURCES / "exercises" / f"{exercise}.json").sided
    sides = ("right", "left") if sided else ("both",)
    columns = len(MOMENTS) + 1
    image = QImage(CELL[0] * columns, CELL[1] * len(sides) + 30, QImage.Format.Format_RGB32)
    image.fill(QColor(c.window))
    painter = QPainter(image)
    font = QFont(painter.font())
    font.setPixelSize(16)
    painter.setFont(font)
    painter.setPen(QColor(c.text))
    painter.drawText(8, 20, f"{exercise} · {position} · view {figure.view}")
    counted = figure.moving or exercise in COUNTED
    frame = bounds(figure)
    for row, side in enumerate(sides):
        for col in range(columns):
            if col < len(MOMENTS):
                t = MOMENTS[col] * (PACE_S if counted else EASE_IN_S)
                label = f"{int(MOMENTS[col] * 100)} %"
            else:
                t = PACE_S * 0.5 if counted else EASE_IN_S * 2
                label = "held" if not counted else "half"
            p = pose_at(figure, t, PACE_S if counted and not figure.moving else None)
            area = QRectF(col * CELL[0], 30 + row * CELL[1], CELL[0], CELL[1])
            painter.setPen(QColor(c.soft_border))
            painter.drawRect(area.adjusted(2, 2, -2, -2))
            paint_figure(painter, area.adjusted(6, 6, -6, -6), build(figure, p, side), "", c, frame)
            painter.setPen(QColor(c.text))
            painter.drawText(
                area.adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                f"{side_label(side)}  {label}",
            )
    painter.end()
    return image


def _svg(shapes: list, title: str, frame: tuple[float, float, float, float]) -> str:
    left, top, right, bottom = frame
    scale = min(400 / (right - left), 300 / (bottom - top))
    dx = (400 - (right - left) * scale) / 2 - left * scale
    dy = (300 - (bottom - top) * scale) / 2 - top * scale
    colours = {role: colour.name() for role, colour in role_colours(LIGHT).items()}
    colours["head"] = colours["body"]

    def xy(point: tuple[float, float]) -> str:
        return f"{point[0] * scale + dx:.1f},{point[1] * scale + dy:.1f}"

    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        'viewBox="0 0 400 300" width="400" height="300">',
        f"<title>{title}</title>",
        '<rect x="4" y="4" width="392" height="292" rx="28" fill="#f4f6f8" '
        'stroke="#c5ced8" stroke-width="3"/>',
    ]
    for shape in shapes:
        colour = colours[shape.role]
        if isinstance(shape, Line):
            a, b = xy(shape.a).split(","), xy(shape.b).split(",")
            out.append(
                f'<line x1="{a[0]}" y1="{a[1]}" x2="{b[0]}" y2="{b[1]}" stroke="{colour}" '
                f'stroke-width="{shape.width * scale:.1f}" stroke-linecap="round"/>'
            )
        elif isinstance(shape, Circle):
            cx, cy = xy(shape.centre).split(",")
            if shape.role.startswith("head"):
                out.append(
                    f'<circle cx="{cx}" cy="{cy}" r="{shape.radius * scale:.1f}" fill="#ffffff" '
                    f'stroke="{colour}" stroke-width="{3.5 * scale:.1f}"/>'
                )
            else:
                out.append(
                    f'<circle cx="{cx}" cy="{cy}" r="{shape.radius * scale:.1f}" fill="{colour}"/>'
                )
        elif isinstance(shape, Box):
            x1, y1 = (float(v) for v in xy(shape.a).split(","))
            x2, y2 = (float(v) for v in xy(shape.b).split(","))
            out.append(
                f'<rect x="{x1:.1f}" y="{y1:.1f}" width="{x2 - x1:.1f}" height="{y2 - y1:.1f}" '
                f'rx="{3 * scale:.1f}" fill="{colour}"/>'
            )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_stills() -> None:
    """Write each exercise's two SVG stills (start and end pose) from the model."""
    folder = RESOURCES / "illustrations"
    for exercise, variants in FIGURES.items():
        figure = next(iter(variants.values()))
        name = load_exercise(RESOURCES / "exercises" / f"{exercise}.json").name
        sided = load_exercise(RESOURCES / "exercises" / f"{exercise}.json").sided
        side = "right" if sided else "both"
        frame = bounds(figure)
        keys = {1: figure.keys[0], 2: figure.keys[len(figure.keys) // 2 if figure.moving else -1]}
        for number, key in keys.items():
            title = f"{name}: {'starting position' if number == 1 else 'the movement'}"
            path = folder / f"{exercise}_{number}.svg"
            path.write_text(_svg(build(figure, key, side), title, frame), encoding="utf-8")
            print(path)


def main() -> None:
    """Write a sheet for every exercise and position."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="figure-sheets", type=Path)
    parser.add_argument("--theme", default="light", choices=("light", "dark", "high_contrast"))
    parser.add_argument("--stills", action="store_true", help="write the SVG stills instead")
    args = parser.parse_args()
    if args.stills:
        write_stills()
        return
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for exercise, variants in FIGURES.items():
        for position in variants:
            path = args.out / f"{exercise}-{position}.png"
            render_sheet(exercise, position, args.theme).save(str(path))
            print(path)


if __name__ == "__main__":
    main()
