"""Chart views on a scrolling page: the wheel scrolls the page, Ctrl+wheel or keys zoom the days."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QPushButton, QWidget

from mslog.core.i18n import Words
from mslog.ui.widgets.scrolling import scroll_page

DAY = 86400
ZOOM_STEP = 1.5  # each + shows two thirds of the days, each - half as many again
MIN_DAYS = 7  # zoomed in, a chart still shows a week: one bar filling it helps no one
ZOOM_IN_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)  # Ctrl+= too: "+" needs Shift on many layouts
ZOOM_OUT_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)
RESET_KEYS = (Qt.Key.Key_0,)


class ChartZoom(Words):
    """The translation context of how to zoom a chart."""


def zoom_hint() -> str:
    """How to zoom, in one line (under each chart page's hover line)."""
    return ChartZoom.tr(
        "Zoom: Ctrl+wheel, or + and − with the chart selected (0 shows every day again)."
    )


def _wheel(view: QWidget, event: QWheelEvent, zoom) -> None:
    # The plain wheel is for scrolling the page: a chart under the pointer must not
    # catch it. Ctrl+wheel is the chart's own, even over a part that does not zoom.
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        zoom(event)
        event.accept()
    else:
        scroll_page(view, event)


class ChartView(pg.GraphicsLayoutWidget):
    """A pyqtgraph layout of charts that leaves the plain wheel to the page."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Scroll the page; zoom on Ctrl+wheel."""
        _wheel(self, event, super().wheelEvent)


class PlotView(pg.PlotWidget):
    """A single pyqtgraph chart that leaves the plain wheel to the page."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Scroll the page; zoom on Ctrl+wheel."""
        _wheel(self, event, super().wheelEvent)


class DayZoom(QObject):
    """Zooming a date chart along its days, never outside the range, with a way back.

    The "Reset zoom" button is shown only while zoomed in or moved along.

    Args:
        view: The chart's view box (others x-linked to it follow).
        parent: The chart, owning the button.

    Signals:
        zoomed_changed: Whether the chart now shows less than the whole range.
    """

    zoomed_changed = Signal(bool)

    def __init__(self, view: pg.ViewBox, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view
        self._full: tuple[float, float] | None = None
        self._zoomed = False
        self.button = QPushButton(self.tr("Reset zoom"))
        self.button.setAccessibleName(self.tr("Reset zoom"))
        self.button.setToolTip(self.tr("Show every day of the range again (0)"))
        self.button.clicked.connect(self.reset)
        self.button.hide()
        view.sigXRangeChanged.connect(self._on_range_changed)

    @property
    def zoomed(self) -> bool:
        """Whether the chart shows less than the whole range."""
        return self._zoomed

    def set_days(self, start: float, end: float) -> None:
        """Show ``start`` to ``end`` (chart x) whole; zooming stays inside them."""
        pad = (end - start) * 0.01
        low, high = start - pad, end + pad
        self._full = (low, high)
        self._view.setLimits(
            xMin=low, xMax=high, minXRange=min(MIN_DAYS * DAY, high - low), maxXRange=high - low
        )
        self.reset()

    def reset(self) -> None:
        """Show the whole range again."""
        if self._full is not None:
            self._view.setXRange(*self._full, padding=0)

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """Show ``factor`` times fewer days, around ``centre`` (chart x) if it is in view."""
        low, high = self._view.viewRange()[0]
        if centre is None or not low <= centre <= high:
            centre = (low + high) / 2
        width = (high - low) / factor
        share = (centre - low) / (high - low)  # the centre stays where it was on screen
        new_low = centre - share * width
        self._view.setXRange(new_low, new_low + width, padding=0)

    def reveal(self, x: float) -> None:
        """Move the zoomed view along so that ``x`` is in it."""
        low, high = self._view.viewRange()[0]
        if x < low:
            self._view.setXRange(x - DAY, x - DAY + (high - low), padding=0)
        elif x > high:
            self._view.setXRange(x + DAY - (high - low), x + DAY, padding=0)

    def key(self, event: QKeyEvent, centre: float | None = None) -> bool:
        """Zoom for +, - or 0 (with or without Ctrl); return whether it was one of them."""
        key = event.key()
        if key in ZOOM_IN_KEYS:
            self.zoom(ZOOM_STEP, centre)
        elif key in ZOOM_OUT_KEYS:
            self.zoom(1 / ZOOM_STEP, centre)
        elif key in RESET_KEYS:
            self.reset()
        else:
            return False
        return True

    def _on_range_changed(self, *_args) -> None:
        if self._full is None:
            return
        low, high = self._view.viewRange()[0]
        full_low, full_high = self._full
        slack = (full_high - full_low) * 0.005
        zoomed = low > full_low + slack or high < full_high - slack
        if zoomed != self._zoomed:
            self._zoomed = zoomed
            self.button.setVisible(zoomed)
            self.zoomed_changed.emit(zoomed)
