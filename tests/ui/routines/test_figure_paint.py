"""A moving figure repaints only where it moved, and the window shows what a whole paint would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QImage, QPaintEvent
from PySide6.QtWidgets import QApplication

from mslog.core.routines.poses import FIGURES
from mslog.ui.routines.figure_view import FigureView


class PaintRects(QObject):
    """Notes the area of each paint event of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note a paint's area; let every event through."""
        if isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def _on_screen(view: FigureView) -> QImage:
    """What the window shows now (``grab()`` would paint the whole picture afresh)."""
    image = view.screen().grabWindow(view.winId()).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _differing(a: QImage, b: QImage) -> int:
    count = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            channels = ((pa.red(), pb.red()), (pa.green(), pb.green()), (pa.blue(), pb.blue()))
            count += max(abs(u - v) for u, v in channels) > 8
    return count


@pytest.mark.parametrize(
    ("exercise", "position", "side", "most"),
    [
        ("foot_pumps", "chair", "both", 0.5),  # only the feet move
        ("knee_rolls", "bed", "both", 0.5),  # the legs roll, the trunk stays
        ("calf_stretch", "chair", "left", 1.0),  # the towel runs from the hands to the foot
        ("trunk_rotation", "chair", "right", 1.0),  # the shoulders, arms, head and arrow turn
    ],
)
def test_repainting_only_what_moved_leaves_the_picture_a_whole_paint_gives(
    qtbot, exercise, position, side, most
):
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(480, 360)
    view.show()
    qtbot.waitExposed(view)
    view.set_figure(FIGURES[exercise][position], side, 2.0)
    QApplication.processEvents()
    painted = PaintRects()
    view.installEventFilter(painted)
    for frame in range(25):
        view.set_time(frame * 0.09)
        QApplication.processEvents()
    view.removeEventFilter(painted)
    whole = view.width() * view.height()
    assert painted.rects
    assert max(rect.width() * rect.height() for rect in painted.rects) <= most * whole
    moved = _on_screen(view)
    view.update()
    QApplication.processEvents()
    assert _differing(moved, _on_screen(view)) == 0
