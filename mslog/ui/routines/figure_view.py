"""Paints the articulated figure with QPainter in the theme's colours, with a large side label."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from mslog.core.i18n import Words
from mslog.core.routines.figure import (
    HEIGHT,
    WIDTH,
    Box,
    Circle,
    Figure,
    Line,
    Pose,
    Shape,
    bounds,
    build,
    pose_at,
    prop_shapes,
    side_label,
    still_props,
)
from mslog.ui.style import Colours, contrast_ratio, current_colours


class FigureWords(Words):
    """What the exercise picture says (context of the catalogue; the view is subclassed)."""


LABEL_SPACE = 0.2  # the top fifth of the picture holds the LEFT / RIGHT / BOTH label
PROP_APART = 1.5  # a prop's contrast with the body's colour, at least (else a grey is used)
LABEL_MIN_PX = 26  # large enough to read across a room even in a small picture
HEAD_LINE = 3.5  # the head's outline, in model units


def _mix(a: str, b: str, amount: float) -> QColor:
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(
        ca.redF() + (cb.redF() - ca.redF()) * amount,
        ca.greenF() + (cb.greenF() - ca.greenF()) * amount,
        ca.blueF() + (cb.blueF() - ca.blueF()) * amount,
    )


def _apart(colour: str, c: Colours, towards: float) -> QColor:
    """``colour``, or a grey between text and window when it is the figure's own colour.

    High contrast draws borders in the text colour: a chair in it would merge with the legs.
    """
    if contrast_ratio(colour, c.text) >= PROP_APART:
        return QColor(colour)
    return _mix(c.text, c.window, towards)


@functools.cache
def role_colours(c: Colours) -> dict[str, QColor]:
    """The colour of each shape role in a theme (the working limb in the focus colour)."""
    return {
        "body": QColor(c.text),
        "far": _mix(c.text, c.window, 0.45),
        "work": QColor(c.focus),
        "head": QColor(c.text),
        "head_work": QColor(c.focus),
        "prop": _apart(c.border, c, 0.3),
        "prop_soft": _apart(c.soft_border, c, 0.55),
        # Furniture behind the figure (a chair back, a mattress): a shade the eye finds,
        # far enough from the figure's colours for the body drawn over it to stand out.
        "prop_back": _mix(c.window, c.text, 0.15),
        "prop_soft_box": _apart(c.soft_border, c, 0.55),
        "aid": QColor(c.primary),
    }


def label_height(area: QRectF) -> float:
    """How tall the strip holding the side label is."""
    return max(area.height() * LABEL_SPACE, LABEL_MIN_PX * 1.3)


def paint_label(painter: QPainter, area: QRectF, label: str, c: Colours) -> None:
    """Paint the side word centred in the top strip of ``area``."""
    label_h = label_height(area)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The side word sits on a pill in the working limb's colour: "this orange leg is LEFT".
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(LABEL_MIN_PX, int(label_h * 0.72)))
    painter.setFont(font)
    metrics = painter.fontMetrics()
    pill_w = metrics.horizontalAdvance(label) + metrics.height()
    if pill_w > area.width() * 0.95 and pill_w > 0:
        # A long word ("IZQUIERDA") on a narrow picture: smaller, never cut off.
        font.setPixelSize(max(8, int(font.pixelSize() * area.width() * 0.95 / pill_w)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        pill_w = metrics.horizontalAdvance(label) + metrics.height()
    pill_h = metrics.height() * 1.1
    pill = QRectF(
        area.center().x() - pill_w / 2,
        area.y() + max(0.0, (label_h - pill_h) / 2),
        pill_w,
        pill_h,
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(c.focus))
    painter.drawRoundedRect(pill, pill_h / 2, pill_h / 2)
    painter.setPen(QColor(c.window))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()


def placement(
    area: QRectF, frame: tuple[float, float, float, float], labelled: bool
) -> tuple[float, float, float]:
    """Where model units land in ``area``: the offsets and the scale (``x0 + x * scale``)."""
    label_h = label_height(area) if labelled else 0.0
    room = QRectF(area.x(), area.y() + label_h, area.width(), area.height() - label_h)
    left, top, right, bottom = frame
    scale = min(room.width() / (right - left), room.height() / (bottom - top))
    x0 = room.x() + (room.width() - (right - left) * scale) / 2 - left * scale
    y0 = room.y() + (room.height() - (bottom - top) * scale) / 2 - top * scale
    return x0, y0, scale


def extent(shapes: Iterable[Shape]) -> tuple[float, float, float, float] | None:
    """The box (left, top, right, bottom, model units) that ``shapes`` paint, or ``None``."""
    xs: list[float] = []
    ys: list[float] = []
    points: tuple[tuple[float, float], ...]
    for shape in shapes:
        if isinstance(shape, Line):
            points, grow = (shape.a, shape.b), shape.width / 2
        elif isinstance(shape, Circle):
            points, grow = (shape.centre,), shape.radius + HEAD_LINE / 2
        else:
            points, grow = (shape.a, shape.b), 0.0
        for x, y in points:
            xs += [x - grow, x + grow]
            ys += [y - grow, y + grow]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def paint_figure(
    painter: QPainter,
    area: QRectF,
    shapes: list[Shape],
    label: str,
    c: Colours,
    frame: tuple[float, float, float, float] = (0.0, 0.0, WIDTH, HEIGHT),
    label_space: bool = False,
) -> None:
    """Paint ``shapes`` with ``frame`` (model units) fitted into ``area``, ``label`` on top.

    ``label_space`` keeps the label's strip free without painting a label (the view paints
    a cached one there: text is the dearest part of a frame).
    """
    if label:
        paint_label(painter, area, label, c)
    x0, y0, scale = placement(area, frame, bool(label or label_space))
    colours = role_colours(c)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def at(point: tuple[float, float]) -> QPointF:
        return QPointF(x0 + point[0] * scale, y0 + point[1] * scale)

    for shape in shapes:
        colour = colours[shape.role]
        if isinstance(shape, Line):
            pen = QPen(colour, shape.width * scale)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(at(shape.a), at(shape.b))
        elif isinstance(shape, Circle):
            if shape.role.startswith("head"):
                painter.setPen(QPen(colour, HEAD_LINE * scale))
                painter.setBrush(QColor(c.surface))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            r = shape.radius * scale
            painter.drawEllipse(at(shape.centre), r, r)
        elif isinstance(shape, Box):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(at(shape.a), at(shape.b)), 3 * scale, 3 * scale)
    painter.restore()


class FigureView(QWidget):
    """Draws one exercise's figure, moved by the time it is given (no timer of its own).

    It repaints only when the pose has visibly changed and the widget is on screen, so a held
    stretch or a hidden or paused player costs nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._side = "both"
        self._pace: float | None = None
        self._pose: Pose | None = None
        self._shown: tuple[float, ...] = ()
        self._frame = (0.0, 0.0, WIDTH, HEIGHT)
        self._still: tuple[str, ...] = ()  # props drawn once into the backdrop
        self._backdrop: tuple[tuple[object, ...], QPixmap] | None = None
        self._moving: tuple[Pose | None, list[Shape]] = (None, [])  # a pose's moving shapes
        self.repaints = 0  # how often the pose changed while visible (for tests and benches)
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(FigureWords.tr("Exercise picture"))

    def set_figure(
        self, figure: Figure | None, side: str, pace_s: float | None, description: str = ""
    ) -> None:
        """Show ``figure`` done on ``side``; ``pace_s`` is a counted step's seconds per rep."""
        self._figure = figure
        self._side = side
        self._pace = pace_s
        self._pose = figure.keys[0] if figure is not None else None
        self._frame = bounds(figure) if figure is not None else (0.0, 0.0, WIDTH, HEIGHT)
        self._still = still_props(figure) if figure is not None else ()
        self._backdrop = None
        self._moving = (None, [])
        self._shown = ()
        side_word = side_label(side)
        if description:
            text = FigureWords.tr("{description}. {side}").format(
                description=description, side=side_word
            )
        else:
            text = side_word
        self.setAccessibleDescription(text)
        self.update()

    def figure(self) -> Figure | None:
        """The figure shown, if any."""
        return self._figure

    def side(self) -> str:
        """The side shown: ``left``, ``right`` or ``both``."""
        return self._side

    def label(self) -> str:
        """The large word on the picture."""
        return side_label(self._side) if self._figure is not None else ""

    def is_mirrored(self) -> bool:
        """Whether the figure is drawn mirrored (the left side; poses are drawn for the right)."""
        return self._side == "left"

    def current_pose(self) -> Pose | None:
        """The pose shown now."""
        return self._pose

    def set_time(self, seconds: float, moving: bool = True) -> None:
        """Show the pose ``seconds`` into the step (the starting pose when not ``moving``)."""
        if self._figure is None:
            return
        pose = pose_at(self._figure, seconds, self._pace, moving)
        if pose is self._pose and self._shown:
            return  # a held key pose, already on screen: nothing to work out
        self._pose = pose
        # A change under a tenth of a degree is invisible; skip the repaint.
        key = tuple(round(v, 1) for v in self._pose.values.values())
        if key != self._shown and self.isVisible():
            self._shown = key
            self.repaints += 1
            before = self._moving[1]
            self._update_changed(before, self._moving_shapes())

    def _update_changed(self, before: list[Shape], after: list[Shape]) -> None:
        """Repaint only the box round the shapes that moved (all of it for a new figure)."""
        box = extent(set(before) ^ set(after))
        if box is None:
            return
        if not before:
            self.update()
            return
        x0, y0, scale = placement(QRectF(self.rect()), self._frame, True)
        left, top, right, bottom = box
        margin = 2  # antialiased edges spill a pixel beyond the shape
        self.update(
            QRect(
                int(x0 + left * scale) - margin,
                int(y0 + top * scale) - margin,
                int((right - left) * scale) + 2 * margin + 1,
                int((bottom - top) * scale) + 2 * margin + 1,
            )
        )

    def _moving_shapes(self) -> list[Shape]:
        """The shapes painted over the backdrop for the pose shown (the body, a towel)."""
        if self._figure is None or self._pose is None:
            return []
        if self._moving[0] is not self._pose:
            moving = self._figure.props[len(self._still) :]
            self._moving = (self._pose, build(self._figure, self._pose, self._side, moving))
        return self._moving[1]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Catch up with the pose set while hidden."""
        self._shown = ()
        self.update()
        super().showEvent(event)

    def shapes(self) -> list[Shape]:
        """What is drawn now."""
        if self._figure is None or self._pose is None:
            return []
        return build(self._figure, self._pose, self._side)

    def _backdrop_pixmap(self, c: Colours) -> QPixmap:
        """The label and the props that do not move, painted once per figure, size and theme."""
        assert self._figure is not None
        ratio = self.devicePixelRatioF()
        key = (id(self._figure), self._side, self.size(), ratio, c)
        if self._backdrop is None or self._backdrop[0] != key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            still = prop_shapes(self._figure, self._still, self._side)
            paint_figure(painter, QRectF(self.rect()), still, self.label(), c, self._frame)
            painter.end()
            self._backdrop = (key, pixmap)
        return self._backdrop[1]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint the backdrop (label, still props), then what moves (the body, a towel)."""
        if self._figure is None or self._pose is None:
            return
        c = current_colours()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._backdrop_pixmap(c))
        shapes = self._moving_shapes()
        paint_figure(painter, QRectF(self.rect()), shapes, "", c, self._frame, label_space=True)
        painter.end()
