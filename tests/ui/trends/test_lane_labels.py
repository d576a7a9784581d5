"""Every lane of the chart shows its title, dates and counts whole, at 100 % and at 200 % text."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QTextCursor
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style
from tests.helpers.stubs import LONDON
from tests.ui.trends.test_view import log_days, open_trends


def drawn_labels(axis) -> list[str]:
    """The tick labels ``axis`` draws: pyqtgraph leaves out any that would not fit it."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in texts]


@contextlib.contextmanager
def a_year_shown(window: MainWindow, qtbot, scale: float) -> Iterator:
    """The Trends view on an 800x600 window at ``scale`` text, showing the last year."""
    app = QApplication.instance()
    apply_style(app, "light", scale)
    try:
        window.resize(800, 600)
        view = open_trends(window, qtbot)
        qtbot.mouseClick(view.range_chips.button("365"), Qt.MouseButton.LeftButton)
        yield view
    finally:
        apply_style(app, "light")


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_lane_shows_its_dates_and_counts_at_any_text_size(
    window: MainWindow, diary: Diary, qtbot, scale: float
):
    log_days(diary, list(range(0, 360, 3)), per_day=3)
    busy = datetime(2026, 1, 30, 12, 0, tzinfo=LONDON)
    for minute in range(120):  # a count of three digits
        diary.spasms.log(started=busy - timedelta(minutes=minute), severity=4)
    with a_year_shown(window, qtbot, scale) as view:
        line = QFontMetrics(view.lanes.font()).height()
        for key in view.lanes.visible_lanes():
            plot = view.lanes.lanes[key].plot
            bottom, left = plot.getAxis("bottom"), plot.getAxis("left")
            dates = drawn_labels(bottom)
            # A year shows months, some if not all of them (not the year's number alone).
            assert len(dates) >= 4, f"{key}: dates {dates} at {scale:.0%}"
            assert drawn_labels(left), f"{key}: no counts at {scale:.0%}"
            assert bottom.height() >= line  # a date's descenders too ("Aug")
        counts = drawn_labels(view.lanes.lanes["spasms"].plot.getAxis("left"))
        assert "100" in counts  # three digits fit beside the bars
        assert "0" in counts  # and the foot of the scale shows


def title_points(plot) -> float:
    """The point size a lane's title is drawn at (its first letter's)."""
    cursor = QTextCursor(plot.titleLabel.item.document())
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return cursor.charFormat().fontPointSize()


def title_lines(plot) -> int:
    """How many lines a lane's title is drawn on."""
    return plot.titleLabel.item.document().firstBlock().layout().lineCount()  # one block


def assert_titles_inside_their_lanes(view, points: float, width: int) -> None:
    for key in view.lanes.visible_lanes():
        plot = view.lanes.lanes[key].plot
        label, text = plot.titleLabel, plot.titleLabel.item
        assert title_points(plot) == pytest.approx(points), key
        where = f"{key} at {width} px"
        # Its every line in the title row (none cut off at its foot), the row in the lane,
        # the lane in the chart shown (a lane wider than the window is cut off at its right).
        assert text.boundingRect().height() <= label.height(), where
        assert text.boundingRect().width() <= plot.vb.width(), where
        assert plot.sceneBoundingRect().contains(text.sceneBoundingRect()), where
        assert view.lanes.widget.sceneRect().contains(plot.sceneBoundingRect()), where


def test_lane_titles_grow_with_the_text_and_wrap_inside_their_lane(
    window: MainWindow, diary: Diary, qtbot
):
    log_days(diary, list(range(0, 360, 3)), per_day=3)
    app = QApplication.instance()
    window.resize(800, 600)
    view = open_trends(window, qtbot)
    QApplication.processEvents()
    assert_titles_inside_their_lanes(view, 11.0, 800)
    # At 100 % every title is one line of 11 pt, as pyqtgraph's titles always were.
    assert all(title_lines(view.lanes.lanes[key].plot) == 1 for key in view.lanes.visible_lanes())
    try:
        apply_style(app, "light", 2.0)  # chosen while the chart is shown: it follows
        for width in (800, 1280, 800):  # narrower again: the titles wrap again
            window.resize(width, 600)
            QApplication.processEvents()
            assert_titles_inside_their_lanes(view, 22.0, width)
        assert title_lines(view.lanes.lanes["severity"].plot) == 2  # the longest, in 800 px
        line = QFontMetrics(view.lanes.font()).height()
        for key in view.lanes.visible_lanes():  # below the title and above the dates: bars
            assert view.lanes.lanes[key].plot.vb.height() >= 2 * line, key
    finally:
        apply_style(app, "light")


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_time_of_day_charts_show_their_hours_days_and_dates_at_any_text_size(
    window: MainWindow, diary: Diary, qtbot, scale: float
):
    log_days(diary, list(range(0, 360, 3)), per_day=3)
    with a_year_shown(window, qtbot, scale) as view:
        view.pages.setCurrentIndex(1)  # Time of day
        charts = view.timeofday
        raster, heat = charts.raster, charts.heat
        assert len(drawn_labels(raster.getAxis("bottom"))) >= 4  # months, not the year alone
        assert len(drawn_labels(raster.getAxis("left"))) >= 5  # the hours of the day
        assert len(drawn_labels(heat.getAxis("left"))) == 7  # every weekday
        hours = drawn_labels(heat.getAxis("bottom"))
        assert {"06:00", "12:00", "18:00"} <= set(hours)
        # None of the hours run into each other.
        width = QFontMetrics(charts.font()).horizontalAdvance("00:00")
        axis = heat.getAxis("bottom")
        spacing = axis.width() / 24 * (3 if "03:00" in hours else 6)
        assert spacing > width
