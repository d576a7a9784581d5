"""Chart titles at the text size the person chose, wrapped to the width of their chart."""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent

from mslog.ui.style import BASE_POINT_SIZE

TITLE_POINTS = 11.0  # a title at 100 % text
TITLE_ROW = 30  # pyqtgraph's height of a title row: the 100 % look, one line of 11 pt
TITLE_COLUMN = 1  # the column of a plot's layout its title (and view box) sits in


class ChartTitles(QObject):
    """The titles of the plots in one chart: 11 pt times the text scale, wrapped to the plot.

    pyqtgraph's title is one line of 11 pt in a row 30 pixels high: at 200 % text it stood
    small beside 26 pt axis labels, and a title set bigger ran off an 800 pixel window, cut
    in half at its foot. Here each title grows with the text, wraps to its plot's view box
    and its row grows with the lines (never under the 30 pixels of 100 %, which looks as
    pyqtgraph's always did).

    The width is worked out from the chart's width in an event filter on its resize, before
    the plots are laid out: a label is never laid out narrower than its text, so a title
    wrapped to its own width would keep the plots from shrinking to a narrower window.
    Before the chart is first shown the titles stay on one line (Qt's stand-in 640 pixels
    would wrap them and leave the chart taller).

    Args:
        chart: The layout widget the plots are in (it owns this).
        fitted: Called after the titles were fitted to a new width or text size, for a
            chart whose heights follow its titles' rows.
    """

    def __init__(
        self, chart: pg.GraphicsLayoutWidget, fitted: Callable[[], None] | None = None
    ) -> None:
        super().__init__(chart)
        self._chart = chart
        self._fitted = fitted
        self._plots: list[pg.PlotItem] = []
        # The chart's width as laid out; None until it is shown (see above).
        self._width: int | None = None
        chart.installEventFilter(self)  # its resizes re-wrap the titles

    def add(self, plot: pg.PlotItem) -> None:
        """Fit ``plot``'s title now and whenever the chart's width or text size changes."""
        self._plots.append(plot)
        self.fit_title(plot)

    def set_title(self, plot: pg.PlotItem, title: str) -> None:
        """Give ``plot`` a new title, fitted like the first.

        pyqtgraph's ``setTitle`` keeps the title's colour and size but puts its row back to
        30 pixels, so the row is fitted again to the new text's lines.
        """
        plot.setTitle(title)
        self.fit_title(plot)

    def fit(self) -> None:
        """Fit every title to the chart's width and the text size (after a change of font)."""
        for plot in self._plots:
            self.fit_title(plot)
        if self._fitted is not None:
            self._fitted()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Wrap the titles to the chart's new width before it lays the plots out."""
        # Afterwards would be too late: a title wider than the new width keeps the plots
        # from shrinking to it.
        if watched is self._chart and isinstance(event, QResizeEvent):
            self._width = event.size().width()
            self.fit()
        return super().eventFilter(watched, event)

    def fit_title(self, plot: pg.PlotItem) -> None:
        """Show ``plot``'s title at the text size chosen, on as many lines as its width needs."""
        label = plot.titleLabel
        width = -1.0  # one line until the chart has a width
        if self._width is not None:
            # The title spans the view box: the chart less its margins and the plot's other
            # columns (its axes; a colour bar put beside it).
            sides = (
                *self._chart.ci.layout.getContentsMargins(),
                *plot.layout.getContentsMargins(),
            )
            margins = sum(sides[0::2])  # the left and right of each (top and bottom between)
            width = max(1.0, self._width - margins - _beside_title(plot))
        label.item.setTextWidth(width)
        points = TITLE_POINTS * self._chart.font().pointSizeF() / BASE_POINT_SIZE
        label.setText(label.text, size=f"{points:.1f}pt")  # after the width: it measures the lines
        height = max(TITLE_ROW, math.ceil(label.item.boundingRect().height()))
        label.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)


def _beside_title(plot: pg.PlotItem) -> float:
    # The width of a plot's columns other than its title's, each as wide as its widest
    # item or its set minimum (pyqtgraph fixes its axes' widths, 0 for a hidden one).
    layout = plot.layout
    beside = 0.0
    for column in range(layout.columnCount()):
        if column == TITLE_COLUMN:
            continue
        widest = layout.columnMinimumWidth(column)
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, column)
            if item is not None:
                widest = max(widest, item.effectiveSizeHint(Qt.SizeHint.MinimumSize).width())
        beside += widest
    return beside
