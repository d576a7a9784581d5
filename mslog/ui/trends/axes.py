"""Room on a chart's axes for their labels at the text size the person chose."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

AXIS_MIN_WIDTH = 48  # pixels: the counts' axis at 100 % text


def fit_axes(plot: pg.PlotItem, metrics: QFontMetrics, widest_left: str) -> None:
    """Give ``plot``'s left and bottom axes room for their labels in the text of ``metrics``.

    pyqtgraph leaves out a label that does not fit its axis whole, and measures a line of
    text a fifth short of its height: at 200 % text a fixed axis showed no labels at all,
    and at 100 % the foot of "Aug" was cut off.

    Args:
        plot: The chart.
        metrics: The text the labels are drawn in.
        widest_left: The widest label the left axis shows ("0000", "00:00", a weekday).
    """
    width = max(AXIS_MIN_WIDTH, metrics.horizontalAdvance(widest_left) + 12)
    left = plot.getAxis("left")
    left.setWidth(width)
    # The lowest and highest labels (the "0" at the foot) stand half out of the axis:
    # allowed that far at any text size (pyqtgraph allows 15 pixels, half a 200 % line).
    left.setStyle(hideOverlappingLabels=metrics.height() // 2 + 4)
    plot.getAxis("bottom").setHeight(metrics.height() + 6)
