"""Time-of-day views: a raster of spasms by day and hour, and an hour × weekday heatmap."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mslog.core.formatting import fmt_date, weekday_name
from mslog.core.i18n import Words
from mslog.core.trends import DateRange, day_from_number, day_number
from mslog.ui.trends.axes import fit_axes
from mslog.ui.trends.date_axis import DateAxis
from mslog.ui.trends.lanes import DAY
from mslog.ui.trends.palette import ChartColours
from mslog.ui.trends.zoom import ChartView, DayZoom, zoom_hint

SEVERITY_MAP = "viridis"  # perceptually even and colour-blind safe


class TimeOfDay(Words):
    """The translation context of the time-of-day charts' titles."""


def daily_title() -> str:
    """The raster's title while a dot is one day's hour."""
    return TimeOfDay.tr("Each dot: spasms in that hour (size: how many; colour: worst)")


def block_title() -> str:
    """The raster's title while a dot is an hour of 32 days."""
    return TimeOfDay.tr("Each dot: spasms in that hour over 32 days (size: how many)")


def _hours(hour: int) -> str:
    return f"{hour % 24:02d}:00–{(hour + 1) % 24:02d}:00"


def _style(plot: pg.PlotItem, colours: ChartColours, title: str) -> None:
    plot.setTitle(title, color=colours.foreground, size="11pt", justify="left")
    pen = pg.mkPen(colours.foreground)
    for name in ("left", "bottom"):
        plot.getAxis(name).setPen(pen)
        plot.getAxis(name).setTextPen(pen)
    plot.hideButtons()
    plot.setMenuEnabled(False)


class TimeOfDayCharts(QWidget):
    """The raster (date × local hour, colour by severity) and the weekday × hour heatmap."""

    def __init__(self, colours: ChartColours, day_start_hour: int, parent=None) -> None:
        super().__init__(parent)
        self.colours = colours
        self.start_hour = day_start_hour
        cmap = pg.colormap.get(SEVERITY_MAP)
        self._brushes = [pg.mkBrush("#9a9a9a")] + [
            pg.mkBrush(cmap.map(s / 10, mode="qcolor")) for s in range(11)
        ]
        self._block_brush = pg.mkBrush(colours.spasms)
        self.widget = ChartView()
        self.widget.setBackground(colours.background)
        self.widget.setAccessibleName(self.tr("Time of day charts"))
        self.raster = self.widget.addPlot(row=0, col=0, axisItems={"bottom": DateAxis(utcOffset=0)})
        _style(self.raster, colours, daily_title())
        self.raster.setMouseEnabled(x=True, y=False)
        self.raster.invertY(True)  # morning at the top, night at the bottom
        self.raster.setYRange(day_start_hour, day_start_hour + 24, padding=0.02)
        ticks = [(h, f"{h % 24:02d}:00") for h in range(day_start_hour, day_start_hour + 25, 4)]
        self.raster.getAxis("left").setTicks([ticks])
        self.dots = pg.ScatterPlotItem([], [], pen=pg.mkPen(None), hoverable=True)
        self.raster.addItem(self.dots)
        self.heat = self.widget.addPlot(row=1, col=0)
        _style(self.heat, colours, self.tr("Spasms by weekday and hour (local time)"))
        self.heat.setMouseEnabled(x=False, y=False)
        self.heat.invertY(True)
        weekdays = [(i + 0.5, weekday_name(i, short=True)) for i in range(7)]
        self.heat.getAxis("left").setTicks([weekdays])
        # Every 6 hours, and the 3 hours between them where there is room (pyqtgraph leaves
        # out a crowded second level: at 200 % text they ran into each other).
        hours = [(h, f"{h:02d}:00") for h in range(0, 25, 3)]
        self.heat.getAxis("bottom").setTicks([hours[::2], hours[1::2]])
        self._weekdays = [name for _, name in weekdays]
        self._fit_axes()
        self.image = pg.ImageItem(np.zeros((24, 7)))
        self.image.setColorMap(pg.colormap.get(SEVERITY_MAP))
        self.heat.addItem(self.image)
        self.legend = pg.ColorBarItem(
            values=(0, 1), colorMap=pg.colormap.get(SEVERITY_MAP), interactive=False, width=16,
            label=self.tr("spasms", "the heatmap's colour scale"),
        )  # fmt: skip
        self.legend.setImageItem(self.image, insert_in=self.heat)
        severity = QLabel(
            self.tr(
                "Dot colour: severity 0 (dark purple) → 10 (yellow); grey: not rated. "
                "Heatmap: darker = fewer, brighter = more."
            )
        )
        severity.setObjectName("hint")
        severity.setWordWrap(True)
        self.hover = QLabel(
            self.tr("Point at a dot or a square to see its numbers. {zoom}").format(
                zoom=zoom_hint()
            )
        )
        self.hover.setObjectName("hint")
        self.hover.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.hover, 1)
        self.zoom = DayZoom(self.raster.vb, self)
        top.addWidget(self.zoom.button, 0, Qt.AlignmentFlag.AlignTop)
        self.widget.setAccessibleDescription(
            self.tr("Plus and minus zoom the days in and out, 0 resets.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.widget, 1)
        layout.addWidget(severity)
        self.widget.ci.layout.setRowStretchFactor(0, 3)
        self.widget.ci.layout.setRowStretchFactor(1, 2)
        self._cells: dict[tuple[int, int], tuple[int, int]] = {}
        self.span = 1
        self._range: DateRange | None = None
        self.markers: list[pg.InfiniteLine] = []
        self._grid = np.zeros((7, 24), dtype=int)
        self.widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def _fit_axes(self) -> None:
        metrics = self.fontMetrics()
        fit_axes(self.raster, metrics, "00:00")
        fit_axes(self.heat, metrics, max(self._weekdays, key=metrics.horizontalAdvance))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a change of text size: the axes' room for their labels with it."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_axes()
        super().changeEvent(event)

    def set_data(
        self, rng: DateRange, raster, heatmap: list[list[int]], appointments=(), span: int = 1
    ) -> None:
        """Redraw both charts (appointments as dashed lines on the raster).

        Args:
            rng: The days shown.
            raster: Day (or block) numbers, hours, counts and worst severities.
            heatmap: 7 weekday rows × 24 hours.
            appointments: Drawn as dashed lines.
            span: Days in one raster column: 1, or 32 when ``raster`` holds blocks (their
                worst severity is not kept, so the dots take one colour).
        """
        self.span = span
        for marker in self.markers:
            self.raster.removeItem(marker)
        pen = pg.mkPen(self.colours.foreground, width=2, style=Qt.PenStyle.DashLine)
        self.markers = []
        for appointment in appointments:
            line = pg.InfiniteLine(pos=day_number(appointment.day) * DAY, angle=90, pen=pen)
            line.marker_day = appointment.day
            self.raster.addItem(line, ignoreBounds=True)
            self.markers.append(line)
        days, hours, counts, peaks = raster
        counts_a = np.asarray(counts, dtype=float)
        sizes = np.clip(5 + 3 * np.sqrt(counts_a / span), 5, 22) if len(counts) else counts_a
        # One brush for every dot of a block raster: a list of them costs pyqtgraph a pass
        # per dot, and the blocks have no worst severity to colour by.
        brushes = [self._brushes[p + 1] for p in peaks] if span == 1 else self._block_brush
        self.raster.setTitle(daily_title() if span == 1 else block_title())
        self.dots.setData(
            x=np.asarray(days, dtype=float) * DAY + span * DAY / 2,
            y=np.asarray(hours, dtype=float) + 0.5,
            size=sizes,
            brush=brushes,
        )
        self._cells = {
            (d, h): (c, p) for d, h, c, p in zip(days, hours, counts, peaks, strict=True)
        }
        self._range = rng
        start, end = day_number(rng.first) * DAY, (day_number(rng.last) + 1) * DAY
        self.zoom.set_days(start, end)
        grid = np.asarray(heatmap, dtype=float)
        self._grid = grid.astype(int)
        self.image.setImage(grid.T, autoLevels=False)
        self.image.setRect(0, 0, 24, 7)
        top = max(float(grid.max()), 1.0)
        self.legend.setLevels((0, top))
        self.heat.setXRange(0, 24, padding=0)
        self.heat.setYRange(0, 7, padding=0)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        if self.heat.sceneBoundingRect().contains(pos):
            point = self.heat.vb.mapSceneToView(pos)
            hour, weekday = int(point.x()), int(point.y())
            if 0 <= hour < 24 and 0 <= weekday < 7:
                self.describe_cell(weekday, hour)
        elif self.raster.sceneBoundingRect().contains(pos):
            point = self.raster.vb.mapSceneToView(pos)
            number, hour = int(point.x() // DAY), int(point.y())
            number -= number % self.span
            found = self._cells.get((number, hour))
            if found:
                count, peak = found
                when = fmt_date(day_from_number(number), weekday=True)
                if self.span > 1 and self._range is not None:
                    first = max(day_from_number(number), self._range.first)
                    last = min(day_from_number(number + self.span - 1), self._range.last)
                    when = DateRange(first, last).label()
                if peak >= 0:
                    text = self.tr("{when}, {hours}: %n spasms, worst severity {worst}", "", count)
                else:
                    text = self.tr("{when}, {hours}: %n spasms", "", count)
                self.hover.setText(text.format(when=when, hours=_hours(hour), worst=peak))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """+ / - / 0 zoom the days of the raster."""
        if not self.zoom.key(event):
            super().keyPressEvent(event)

    def describe_cell(self, weekday: int, hour: int) -> str:
        """Show and return the heatmap value of one weekday and hour."""
        count = int(self._grid[weekday][hour])
        text = self.tr("{weekday} {hours}: %n spasms in this range", "", count).format(
            weekday=weekday_name(weekday, short=True), hours=_hours(hour)
        )
        self.hover.setText(text)
        return text
