"""Lanes over time sharing one date axis: spasms, severity, stretching, adherence, habits."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mslog.core.appointments import Appointment
from mslog.core.checklists.treatments import Treatment
from mslog.core.formatting import fmt_date, fmt_number
from mslog.core.i18n import Words
from mslog.core.trends import DailySpasms, DateRange, day_from_number, day_number
from mslog.core.trends.lanes import ExtraLanes
from mslog.ui.style import BASE_POINT_SIZE
from mslog.ui.trends.axes import fit_axes
from mslog.ui.trends.date_axis import DateAxis
from mslog.ui.trends.palette import ChartColours
from mslog.ui.trends.zoom import ChartView, DayZoom, zoom_hint

DAY = 86400
BAR_WIDTH = 0.8 * DAY


def day_x(numbers) -> np.ndarray:
    """Return chart x (UTC epoch seconds at noon) for day numbers."""
    return np.asarray(numbers, dtype=float) * DAY + DAY / 2


LONG_RANGE_DAYS = 120  # beyond this, bars become one filled step outline (much faster)
TITLE_POINTS = 11.0  # a lane's title at 100 % text
TITLE_ROW = 30  # pyqtgraph's height of a title row: the 100 % look, one line of 11 pt


class BarSeries:
    """Daily bars: separate bars for short ranges, one filled step curve for long ones.

    A long range may have more days than the chart has pixels (30 years are ~11,000 days
    on ~1,200 pixels): it is drawn at the chart's width, each step spanning a few days, in
    full colour up to the lowest of them and pale up to the highest, so neither a peak nor
    a dip is hidden. It is drawn again from the days when the view is zoomed, panned or
    resized; the day-by-day values stay for the hover text.
    """

    def __init__(self, plot: pg.PlotItem, brush, pen=None, filled: bool = True) -> None:
        pen = pen if pen is not None else pg.mkPen(None)
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=brush, pen=pen)
        self.step = pg.PlotDataItem(
            [0, 1], [0], stepMode="center", fillLevel=0 if filled else None,
            brush=_pale(brush) if filled else None, pen=pen,
        )  # fmt: skip
        # The lowest day of each step, over the pale highest (outlines show the highest only).
        self.low = pg.PlotDataItem(
            [0, 1], [0], stepMode="center", fillLevel=0, brush=brush, pen=pg.mkPen(None)
        )
        self._filled = filled
        for item in (self.step, self.low):
            item.hide()
        plot.addItem(self.bars)
        plot.addItem(self.step)
        plot.addItem(self.low)
        self._view = plot.vb
        self._first = 0  # day number of the long range's first day
        self._days: np.ndarray | None = None  # its value on each day, while one is shown
        self.days_per_step = 1
        self._view.sigXRangeChanged.connect(self._draw_days_shown)
        self._view.sigResized.connect(self._draw_days_shown)

    def set_colours(self, brush, pen=None) -> None:
        """Draw in a new theme's colours."""
        pen = pen if pen is not None else pg.mkPen(None)
        self.bars.setOpts(brush=brush, pen=pen)
        self.step.setPen(pen)
        if self._filled:
            self.step.setBrush(_pale(brush))
            self.low.setBrush(brush)

    def set(self, rng: DateRange, days, values, base=None, absent: float = 0.0) -> None:
        """Show ``values`` on day numbers ``days`` (stacked on ``base`` when given).

        ``absent`` is a day's value when it is not in ``days``: 0 for a count, NaN for a
        share with nothing to share (no dose due), which a step's lowest day leaves out.
        """
        values = np.asarray(values, dtype=float)
        if rng.days <= LONG_RANGE_DAYS:
            self._days, self.days_per_step = None, 1
            self.step.hide()
            self.low.hide()
            self.bars.show()
            if base is None:
                self.bars.setOpts(x=day_x(days), height=values)
            else:
                self.bars.setOpts(x=day_x(days), y0=np.asarray(base, dtype=float), height=values)
            return
        self.bars.hide()
        first = day_number(rng.first)
        dense = np.full(rng.days, absent)
        index = np.asarray(days, dtype=int) - first
        keep = (index >= 0) & (index < rng.days)
        dense[index[keep]] = values[keep]
        if base is not None:
            dense[index[keep]] += np.asarray(base, dtype=float)[keep]
        self._first, self._days = first, dense
        self._draw_days_shown()

    def _draw_days_shown(self, *_signal_args) -> None:
        """Draw the long range's days in view, one step per pixel at most (lowest and highest)."""
        dense = self._days
        if dense is None:
            return
        low, high = self._view.viewRange()[0]
        start = min(max(math.floor(low / DAY) - self._first, 0), len(dense))
        end = min(max(math.ceil(high / DAY) - self._first, start), len(dense))
        if end <= start:  # nothing of the range in view: draw it all
            start, end = 0, len(dense)
        pixels = int(self._view.width())
        per = max(1, math.ceil((end - start) / pixels)) if pixels > 0 else 1
        start -= start % per  # steps begin at multiples of ``per``: panning keeps each one's days
        steps = math.ceil((end - start) / per)
        # The last step may hold fewer days: the others are its last day again.
        padded = np.full(steps * per, dense[end - 1])
        padded[: end - start] = dense[start:end]
        by_step = padded.reshape(steps, per)
        edges = (np.arange(steps + 1, dtype=float) * per + start + self._first) * DAY
        edges[-1] = min(edges[-1], (end + self._first) * DAY)
        # fmax and fmin leave out the days with no value (NaN); a step of none draws nothing.
        self.step.setData(edges, np.nan_to_num(np.fmax.reduce(by_step, axis=1)))
        if self._filled:
            self.low.setData(edges, np.nan_to_num(np.fmin.reduce(by_step, axis=1)))
        self.days_per_step = per
        # A day a step: lowest and highest are the one day, the full colour alone shows it.
        self.step.setVisible(per > 1 or not self._filled)
        self.low.setVisible(self._filled)

    @property
    def shown_days(self) -> list[int]:
        """Day numbers drawn (for tests)."""
        if self.bars.isVisible():
            opts = self.bars.opts
            pairs = zip(opts["x"], opts["height"], strict=True)
            return [round((x - DAY / 2) / DAY) for x, h in pairs if h]
        if self._days is None:
            return []
        return [self._first + i for i in np.nonzero(np.nan_to_num(self._days))[0].tolist()]

    @property
    def steps_drawn(self) -> int:
        """How many steps the long range's curve has now (for tests)."""
        return 0 if self._days is None else len(self.step.yData)


def _pale(brush):
    """Return ``brush``'s colour, pale: the part of a step only some of its days reach."""
    colour = pg.mkBrush(brush).color()
    colour.setAlphaF(0.4)
    return colour


def _whole_ticks(plot: pg.PlotItem, top: int) -> None:
    # Counts are whole numbers: no 0.5 ticks.
    step = max(1, -(-int(top) // 4))
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, int(top) + 1, step)]])


class Lanes(Words):
    """The translation context of the lanes chart's titles and hover texts."""


def hover_hint(days_per_step: int = 1) -> str:
    """What the hover line says while no day is pointed at (and how a long range is drawn)."""
    hint = Lanes.tr("Point at a day to see its exact values. {zoom}").format(zoom=zoom_hint())
    if days_per_step == 1:
        return hint
    drawn = Lanes.tr(
        "Each bar spans %n days: full colour up to the lowest of them, pale up to the highest.",
        "",
        days_per_step,
    )
    return f"{drawn} {hint}"


def nrs_lane_title() -> str:
    """The title of the 0-10 lane: which line is which."""
    return Lanes.tr(
        "0–10: daily spasticity (dashed) · rating of logged spasms: mean (line), highest (▲)"
    )


def _spasms_text(count: int, mean: float | None, peak: int | None) -> str:
    if mean is None:
        return Lanes.tr("%n spasms", "", count)
    text = Lanes.tr("%n spasms, rated {mean} on average, highest {peak}", "", count)
    return text.format(mean=fmt_number(mean), peak=peak)


def _stretch_text(completed: int, partial: int) -> str:
    if partial:
        text = Lanes.tr("stretching: {completed} completed, {partial} partial")
    else:
        text = Lanes.tr("stretching: {completed} completed")
    return text.format(completed=completed, partial=partial)


def _gapped(days: Sequence[int], values: Sequence[float] | np.ndarray) -> tuple:
    """Return x and y for a line broken where days are missing, so it never bridges them."""
    x = day_x(days)
    y = np.asarray(values, dtype=float)
    if len(days) > 1:
        gaps = np.nonzero(np.diff(np.asarray(days)) > 1)[0] + 1
        if len(gaps):
            return np.insert(x, gaps, np.nan), np.insert(y, gaps, np.nan)
    return x, y


class DayTexts:
    """Hover texts of a lane, written only when a day is pointed at (redraws stay fast)."""

    def __init__(self, days, make, *columns) -> None:
        self._days = days
        self._make = make
        self._columns = columns
        self._index: dict[int, int] | None = None

    def _find(self, number: int) -> int | None:
        if self._index is None:
            self._index = {day: i for i, day in enumerate(self._days)}
        return self._index.get(number)

    def __contains__(self, number: int) -> bool:
        return self._find(number) is not None

    def __getitem__(self, number: int) -> str:
        index = self._find(number)
        if index is None:
            raise KeyError(number)
        return self._make(*(column[index] for column in self._columns))


class Lane:
    """One plot of the lanes chart, with its bars and markers."""

    def __init__(self, plot: pg.PlotItem, title: str, key: str, stretch: int = 1) -> None:
        self.plot = plot
        self.title = title
        self.key = key
        self.stretch = stretch  # its share of the chart's height while shown
        self.markers: list[pg.InfiniteLine] = []
        self.values: DayTexts | dict[int, str] = {}  # day number -> hover text


class _KeyedLayoutWidget(ChartView):
    """The lanes' view, passing day-stepping and zoom keys to the chart."""

    def __init__(self, chart: LanesChart) -> None:
        super().__init__()
        self._chart = chart

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Left / Right / Home / End move the day shown; + / - / 0 zoom."""
        if not self._chart.step_day(event.key()) and not self._chart.zoom_key(event):
            super().keyPressEvent(event)


class LanesChart(QWidget):
    """The lanes chart: every lane zooms and pans together along one date axis.

    Args:
        colours: The chart colours.
    """

    def __init__(self, colours: ChartColours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = colours
        pg.setConfigOptions(antialias=False)  # bars need none; thousands of points paint faster
        self.widget = _KeyedLayoutWidget(self)
        self.widget.setBackground(colours.background)
        self.widget.setMinimumHeight(420)
        self.widget.setAccessibleName(self.tr("Charts over time"))
        self.hover = QLabel(hover_hint())
        self.hover.setObjectName("hint")
        self.hover.setWordWrap(True)
        self.hover.setAccessibleDescription(self.tr("Values of the day pointed at"))
        top = QHBoxLayout()
        top.addWidget(self.hover, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.widget, 1)
        self.lanes: dict[str, Lane] = {}
        # The chart's width as laid out, which the titles wrap to; None until it is shown
        # (before that Qt gives a widget a stand-in 640 pixels).
        self._width: int | None = None
        self._order: list[str] = []
        self._range: DateRange | None = None
        self._day: int | None = None  # the day pointed at
        self._crosshairs: list[pg.InfiniteLine] = []
        pen = pg.mkPen(colours.foreground)

        self._mean = pg.PlotDataItem([], [], pen=pg.mkPen(colours.severity, width=2),
                                     connect="finite", name=self.tr("Mean"), clipToView=True,
                                     autoDownsample=True)  # fmt: skip
        self._max = pg.ScatterPlotItem([], [], symbol="t1", size=9, pen=pg.mkPen(colours.severity),
                                       brush=pg.mkBrush(None), name=self.tr("Highest"))  # fmt: skip
        # The daily check-in rating is the validated measure; the logged spasms' ratings
        # are only those the person rated, so the two are drawn apart (dashed vs solid).
        self._nrs = pg.PlotDataItem([], [], pen=pg.mkPen(colours.foreground, width=2,
                                    style=Qt.PenStyle.DashLine), connect="finite",
                                    name=self.tr("Daily spasticity"), clipToView=True)  # fmt: skip
        self._add_lane("spasms", self.tr("Spasms per day"), [], pen, stretch=3)
        self._add_lane("severity", nrs_lane_title(),
                       [self._nrs, self._mean, self._max], pen, stretch=2)  # fmt: skip
        self.lanes["severity"].plot.setYRange(0, 10.5, padding=0)
        self.lanes["severity"].plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 5, 10)]])
        stretch = self.tr("Stretch sessions: completed (filled), partial (outline)")
        self._add_lane("stretch", stretch, [], pen)
        self._add_lane("adherence", self.tr("Scheduled doses taken (%)"), [], pen)
        self.lanes["adherence"].plot.setYRange(0, 105, padding=0)
        self.lanes["adherence"].plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 50, 100)]])
        self._add_lane("habits", self.tr("Self-care habits done"), [], pen)
        self._bars = BarSeries(self.lanes["spasms"].plot, colours.spasms)
        self._completed = BarSeries(self.lanes["stretch"].plot, colours.completed)
        # Partial sessions are hollow, so they differ by shape as well as colour.
        self._partial = BarSeries(self.lanes["stretch"].plot, None,
                                  pg.mkPen(colours.partial, width=2), filled=False)  # fmt: skip
        self._adherence = BarSeries(self.lanes["adherence"].plot, colours.adherence)
        self._habits = BarSeries(self.lanes["habits"].plot, colours.habits)
        self.widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        # Zooming, panning or resizing changes how much room each label has.
        first = self.lanes[self._order[0]].plot.vb
        first.sigXRangeChanged.connect(self.fit_marker_labels)
        first.sigResized.connect(self.fit_marker_labels)
        # ... and how many days each bar of a long range spans.
        first.sigXRangeChanged.connect(self._say_how_drawn)
        first.sigResized.connect(self._say_how_drawn)
        # Every lane is x-linked to the first, so zooming it zooms them all.
        self.zoom = DayZoom(first, self)
        top.addWidget(self.zoom.button, 0, Qt.AlignmentFlag.AlignTop)
        # Keyboard users step through the days with Left / Right (Home / End: range ends).
        self.widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.widget.setAccessibleDescription(
            self.tr(
                "Left and Right arrows move from day to day and read out that day's values. "
                "Plus and minus zoom in and out, 0 shows every day again."
            )
        )
        self._marker_pool: dict[tuple, pg.InfiniteLine] = {}
        self._marker_colours = colours
        self.widget.installEventFilter(self)  # its resizes re-wrap the titles

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Wrap the lanes' titles to the chart's new width before it lays the lanes out."""
        # Afterwards would be too late: a title wider than the new width keeps the lanes
        # from shrinking to it.
        if watched is self.widget and isinstance(event, QResizeEvent):
            self._width = event.size().width()
            self._fit_titles()
        return super().eventFilter(watched, event)

    def set_colours(self, colours: ChartColours) -> None:
        """Draw in a new theme's colours; the markers follow at the next redraw."""
        self.colours = colours
        self._nrs.setPen(pg.mkPen(colours.foreground, width=2, style=Qt.PenStyle.DashLine))
        self._bars.set_colours(colours.spasms)
        self._completed.set_colours(colours.completed)
        self._partial.set_colours(None, pg.mkPen(colours.partial, width=2))
        self._adherence.set_colours(colours.adherence)
        self._habits.set_colours(colours.habits)
        for line in self._crosshairs:
            line.setPen(pg.mkPen(colours.marker, style=Qt.PenStyle.DotLine))

    # --- building ---

    def _add_lane(self, key: str, title: str, items: list, pen, stretch: int = 1) -> None:
        axis = DateAxis(orientation="bottom", utcOffset=0)
        plot = self.widget.addPlot(row=len(self._order), col=0, axisItems={"bottom": axis})
        plot.setTitle(title, color=self.colours.foreground, justify="left")
        plot.setMouseEnabled(x=True, y=False)
        plot.showGrid(x=False, y=False)
        self._fit_axes(plot)
        self._fit_title(plot)
        plot.setMinimumHeight(self._lane_height(plot))
        for name in ("left", "bottom"):
            plot.getAxis(name).setPen(pen)
            plot.getAxis(name).setTextPen(pen)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        for item in items:
            plot.addItem(item)
        if self._order:
            plot.setXLink(self.lanes[self._order[0]].plot)
        line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(self.colours.marker,
                               style=Qt.PenStyle.DotLine))  # fmt: skip
        line.hide()
        plot.addItem(line, ignoreBounds=True)
        self._crosshairs.append(line)
        self.lanes[key] = Lane(plot, title, key, stretch)
        self._order.append(key)
        self.widget.ci.layout.setRowStretchFactor(len(self._order) - 1, stretch)

    def _show_lane(self, key: str, shown: bool) -> None:
        # A hidden item still holds its grid row, so a hidden lane also gives up its height.
        lane = self.lanes[key]
        lane.plot.setVisible(shown)
        lane.plot.setMaximumHeight(1e6 if shown else 0)
        lane.plot.setMinimumHeight(self._lane_height(lane.plot) if shown else 0)
        row = self._order.index(key)
        self.widget.ci.layout.setRowStretchFactor(row, lane.stretch if shown else 0)

    def _lane_height(self, plot: pg.PlotItem) -> int:
        # Each lane has its title row (however many lines), its own dates (as _fit_axes
        # gives them) and two lines' height of bars: at 100 % the 30 pixel row as before.
        line = self.fontMetrics().height()
        return round(plot.layout.rowMinimumHeight(0)) + (line + 6) + (2 * line + 12)

    def _fit_chart_height(self) -> None:
        # The layout inside the chart does not grow the widget: the page scrolls instead.
        lanes = sum(self._lane_height(self.lanes[key].plot) + 8 for key in self.visible_lanes())
        self.widget.setMinimumHeight(max(420, lanes))

    def _fit_titles(self) -> None:
        # Each lane as tall as its title's lines need, and the chart as tall as its lanes.
        for key, lane in self.lanes.items():
            self._fit_title(lane.plot)
            self._show_lane(key, lane.plot.isVisible())
        self._fit_chart_height()

    def _fit_title(self, plot: pg.PlotItem) -> None:
        """Show a lane's title at the text size chosen, on as many lines as its width needs.

        pyqtgraph's title is one line in a row 30 pixels high: at 200 % text the longest
        title ran off an 800 pixel window, cut in half at its foot.
        """
        label = plot.titleLabel
        width = -1.0  # one line until the chart has a width
        if self._width is not None:
            # The title spans the view box: the chart less its margins and the counts' axis.
            # It is worked out from the chart, not read from the label, since a label is
            # never laid out narrower than its text: a title wrapped to the old width would
            # keep the lanes from shrinking to a narrower window.
            sides = (*self.widget.ci.layout.getContentsMargins(), *plot.layout.getContentsMargins())
            margins = sum(sides[0::2])  # the left and right of each (top and bottom between)
            width = max(1.0, self._width - margins - plot.getAxis("left").minimumWidth())
        label.item.setTextWidth(width)
        points = TITLE_POINTS * self.font().pointSizeF() / BASE_POINT_SIZE
        label.setText(label.text, size=f"{points:.1f}pt")  # after the width: it measures the lines
        height = max(TITLE_ROW, math.ceil(label.item.boundingRect().height()))
        label.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)

    def _fit_axes(self, plot: pg.PlotItem) -> None:
        fit_axes(plot, self.fontMetrics(), "0000")  # a day's count of spasms, or 100 %

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a change of text size: the axes, the titles and the lanes' heights with it."""
        if event.type() == QEvent.Type.FontChange:
            for lane in self.lanes.values():
                self._fit_axes(lane.plot)
            self._fit_titles()
        super().changeEvent(event)

    # --- data ---

    def visible_lanes(self) -> list[str]:
        """Return the keys of the lanes shown, top to bottom."""
        return [key for key in self._order if self.lanes[key].plot.isVisible()]

    def set_data(
        self,
        rng: DateRange,
        daily: DailySpasms,
        extras: ExtraLanes,
        appointments: list[Appointment],
        nrs: Mapping[int, int] | None = None,
        treatments: Sequence[Treatment] = (),
    ) -> None:
        """Redraw every lane for ``rng``.

        Args:
            rng: The days shown.
            daily: Spasms per day.
            extras: Stretching, adherence and habit lanes and the chart markers.
            appointments: Appointments drawn as markers.
            nrs: The daily check-in spasticity rating (0-10) by day number.
            treatments: Injections, pump refills and sessions, drawn as markers.
        """
        self._range = rng
        nrs = nrs or {}
        nrs_days = sorted(nrs)
        self._nrs.setData(*_gapped(nrs_days, [float(nrs[d]) for d in nrs_days]))
        x = day_x(daily.day)
        self._bars.set(rng, daily.day, daily.count)
        mean = np.array([math.nan if m is None else m for m in daily.mean_severity], dtype=float)
        peak = np.array([math.nan if m is None else m for m in daily.max_severity], dtype=float)
        # A gap between days not logged, so the line does not pretend to know them.
        self._mean.setData(*_gapped(daily.day, mean))
        rated = ~np.isnan(peak)
        # Ten years of daily markers are a blur that takes long to paint: short ranges only.
        self._max.setVisible(rng.days <= LONG_RANGE_DAYS)
        if rng.days <= LONG_RANGE_DAYS:
            self._max.setData(x[rated], peak[rated])
        self.lanes["spasms"].values = DayTexts(
            daily.day,
            _spasms_text,
            daily.count,
            daily.mean_severity,
            daily.max_severity,
        )
        self.lanes["severity"].values = DayTexts(
            nrs_days,
            lambda v: self.tr("daily spasticity {rating} of 10").format(rating=v),
            [nrs[d] for d in nrs_days],
        )
        self._set_stretch(rng, extras)
        self._set_adherence(rng, extras)
        self._set_habits(rng, extras)
        self._fit_chart_height()
        peak_count = max(daily.count, default=0)
        self.lanes["spasms"].plot.setYRange(0, max(peak_count, 4) * 1.08, padding=0)
        self._set_markers(appointments, extras.markers, treatments)
        start, end = day_number(rng.first) * DAY, (day_number(rng.last) + 1) * DAY
        self.zoom.set_days(start, end)
        self.fit_marker_labels()
        # The readout is of the new data: the same day again if it is still in the range.
        first, last = day_number(rng.first), day_number(rng.last)
        if self._day is not None and first <= self._day <= last:
            self.show_day(self._day)
        else:
            self.clear_day()

    def fit_marker_labels(self) -> None:
        """Show a marker's label only where it has room: none overlap, none run off the lane.

        Ten years of dose changes are a line a year, closer than their labels are long;
        the lines stay, and pointing at the day (or zooming in) gives the words.
        """
        for lane in self.lanes.values():
            view = lane.plot.vb
            (low, high), width = view.viewRange()[0], view.width()
            if high <= low or width <= 0:
                continue
            scale = width / (high - low)
            free_from = 0.0
            for line in sorted(lane.markers, key=lambda item: item.value()):
                label = getattr(line, "label", None)  # unlabelled lines have none
                if label is None or not line.isVisible():
                    continue
                left = (line.value() - low) * scale + 4
                size = label.boundingRect().width()
                fits = max(free_from, 0) <= left and left + size <= width
                label.setVisible(fits)
                if fits:
                    free_from = left + size + 8

    def _set_stretch(self, rng: DateRange, extras: ExtraLanes) -> None:
        lane = extras.stretch
        self._show_lane("stretch", lane is not None)
        if lane is None:
            return
        self._completed.set(rng, lane.day, lane.completed)
        some = [i for i, n in enumerate(lane.partial) if n]  # no outline where none stopped
        self._partial.set(
            rng,
            [lane.day[i] for i in some],
            [lane.partial[i] for i in some],
            base=[lane.completed[i] for i in some],
        )
        self.lanes["stretch"].values = DayTexts(
            lane.day,
            _stretch_text,
            lane.completed,
            lane.partial,
        )
        top = max(lane.completed, default=0) + max(lane.partial, default=0)
        self.lanes["stretch"].plot.setYRange(0, max(top, 2) * 1.1, padding=0)
        _whole_ticks(self.lanes["stretch"].plot, max(top, 2))

    def _set_adherence(self, rng: DateRange, extras: ExtraLanes) -> None:
        lane = extras.adherence
        self._show_lane("adherence", lane is not None)
        if lane is None:
            return
        self._adherence.set(rng, lane.day, lane.percent, absent=math.nan)  # no dose due: no share
        self.lanes["adherence"].values = DayTexts(
            lane.day,
            lambda t, s: self.tr("doses: {taken} of {due} taken").format(taken=t, due=s),
            lane.taken,
            lane.scheduled,
        )

    def _set_habits(self, rng: DateRange, extras: ExtraLanes) -> None:
        lane = extras.habits
        self._show_lane("habits", lane is not None)
        if lane is None:
            return
        self._habits.set(rng, lane.day, lane.done)
        self.lanes["habits"].values = DayTexts(
            lane.day, lambda n: self.tr("%n habits done", "", n), lane.done
        )
        top = max(max(lane.done, default=0), 2)
        self.lanes["habits"].plot.setYRange(0, top * 1.1, padding=0)
        _whole_ticks(self.lanes["habits"].plot, top)

    def _set_markers(
        self,
        appointments: list[Appointment],
        changes: list[tuple[date, str]],
        treatments: Sequence[Treatment] = (),
    ) -> None:
        # Marker lines with labels are slow to build, so each is made once and then only
        # shown or hidden as the range changes (ten years of medication changes is dozens).
        if self._marker_colours is not self.colours:
            for (key, *_), line in self._marker_pool.items():
                self.lanes[key].plot.removeItem(line)
            self._marker_pool = {}
            self._marker_colours = self.colours
        wanted: dict[str, list[tuple[str, date, str | None]]] = {key: [] for key in self._order}
        top = self._order[0]
        for key in self._order:
            for appointment in appointments:
                if appointment.clinician:
                    said = self.tr("Appointment: {clinician}").format(
                        clinician=appointment.clinician
                    )
                else:
                    said = self.tr("Appointment")
                wanted[key].append(("appointment", appointment.day, said if key == top else None))
            # On every lane, like appointments: a treatment may change any of them.
            for treatment in treatments:
                label = treatment.marker if key == top else None
                wanted[key].append(("treatment", treatment.day, label))
            if key == "adherence":
                wanted[key] += [("change", day, text) for day, text in changes]
        shown: set[tuple] = set()
        for key, markers in wanted.items():
            lane = self.lanes[key]
            lane.markers = []
            for kind, day, label in markers:
                pool_key = (key, kind, day, label)
                line = self._marker_pool.get(pool_key)
                if line is None:
                    line = self._make_marker(kind, day, label)
                    lane.plot.addItem(line, ignoreBounds=True)
                    self._marker_pool[pool_key] = line
                line.show()
                shown.add(pool_key)
                lane.markers.append(line)
        for pool_key, line in self._marker_pool.items():
            if pool_key not in shown:
                line.hide()

    def _make_marker(self, kind: str, day: date, label: str | None) -> pg.InfiniteLine:
        if kind == "appointment":
            pen = pg.mkPen(self.colours.foreground, width=2, style=Qt.PenStyle.DashLine)
        elif kind == "treatment":
            pen = pg.mkPen(self.colours.habits, width=2, style=Qt.PenStyle.DotLine)
        else:
            pen = pg.mkPen(self.colours.severity, width=2, style=Qt.PenStyle.DashDotLine)
        # Hung from near the top, right of the line, on the chart's background: inside the
        # lane (not clipped above it) and readable over bars.
        fill = pg.mkColor(self.colours.background)
        fill.setAlpha(225)
        options = {
            "position": 0.97,
            "color": self.colours.foreground,
            "anchors": [(0, 0), (0, 0)],
            "fill": fill,
        }
        line = pg.InfiniteLine(
            pos=day_number(day) * DAY,
            angle=90,
            movable=False,
            pen=pen,
            label=label[:48] if label else None,
            labelOpts=options if label else None,
        )
        line.marker_day = day  # for tests and hover
        return line

    # --- hover ---

    def _on_mouse_moved(self, pos: QPointF) -> None:
        plot = self.lanes["spasms"].plot
        if self._range is None or not any(
            self.lanes[k].plot.sceneBoundingRect().contains(pos) for k in self.visible_lanes()
        ):
            return
        x = plot.vb.mapSceneToView(pos).x()
        self.show_day(int(x // DAY))

    def clear_day(self) -> None:
        """Point at no day: hide the crosshair and say how to point at one."""
        self._day = None
        for line in self._crosshairs:
            line.hide()
        self.hover.setText(hover_hint(self._bars.days_per_step))

    def _say_how_drawn(self, *_signal_args) -> None:
        if self._day is None:
            self.hover.setText(hover_hint(self._bars.days_per_step))

    def zoom_key(self, event: QKeyEvent) -> bool:
        """Zoom for +, - or 0, around the day shown; return whether it was one of them."""
        centre = None if self._day is None else self._day * DAY + DAY / 2
        return self.zoom.key(event, centre)

    def step_day(self, key: int) -> bool:
        """Move the day shown for an arrow, Home or End key; return whether it was one."""
        if self._range is None:
            return False
        first, last = day_number(self._range.first), day_number(self._range.last)
        current = self._day if self._day is not None else last + 1
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.show_day(min(max(current + step, first), last))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.show_day(first if key == Qt.Key.Key_Home else last)
        else:
            return False
        return True

    def show_day(self, number: int) -> str:
        """Show the exact values of day ``number`` (also used for keyboard access)."""
        self._day = number
        for line in self._crosshairs:
            line.setPos(number * DAY + DAY / 2)
            line.show()
        parts = [
            self.lanes[key].values[number]
            for key in self.visible_lanes()
            if number in self.lanes[key].values
        ]
        if self.zoom.zoomed:  # the day stepped to stays in sight
            self.zoom.reveal(number * DAY + DAY / 2)
        day = day_from_number(number)
        told = "; ".join(parts) if parts else self.tr("nothing logged")
        text = self.tr("{day}: {values}", "a day pointed at and its values").format(
            day=fmt_date(day, weekday=True), values=told
        )
        self.hover.setText(text)
        return text
