"""A range of years is drawn at the chart's width: each step its pixel's highest day."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
from PySide6.QtCore import Qt

from mslog.core.diary import Diary
from mslog.core.trends import day_number
from mslog.ui.main_window import MainWindow
from tests.helpers.stubs import LONDON
from tests.ui.trends.test_view import open_trends

NOON = datetime(2026, 3, 11, 12, 0, tzinfo=LONDON)
YEARS_AGO = 2200  # days: six years of diary


def log(diary: Diary, ago: int, count: int) -> None:
    for k in range(count):
        diary.spasms.log(started=NOON - timedelta(days=ago, minutes=k), severity=4)


def test_years_are_drawn_at_the_chart_width_with_every_peak(
    window: MainWindow, diary: Diary, qtbot
):
    for ago in range(0, YEARS_AGO + 1, 20):
        log(diary, ago, 1)
    log(diary, 1001, 9)  # one bad day among quiet ones, years back
    log(diary, 1, 7)  # and yesterday
    window.resize(1280, 800)
    view = open_trends(window, qtbot)
    qtbot.mouseClick(view.range_chips.button("all"), Qt.MouseButton.LeftButton)
    series = view.lanes._bars
    width = view.lanes.lanes["spasms"].plot.vb.width()
    # 2,201 days on fewer pixels: at most a step per pixel, none of the bad days lost.
    assert 0 < series.steps_drawn <= width
    heights, lows = series.step.yData, series.low.yData
    assert heights.max() == 9
    assert np.count_nonzero(heights == 7) == 1
    # Full colour up to a step's lowest day (a quiet day in each but today's: 0), pale above.
    assert lows[:-1].max() == 0
    per = series.days_per_step
    assert per > 1
    assert view.lanes.hover.text().startswith(
        f"Each bar spans {per} days: full colour up to the lowest of them, pale up to the highest."
    )
    assert view.lanes.show_day(day_number(NOON.date()) - 1001).startswith(
        "Wed 14 Jun 2023: 9 spasms"
    )
    # Zoomed in on the last days with the keyboard: one step a day, as many as they hold.
    chart = view.lanes.widget
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    for _ in range(12):
        qtbot.keyClick(chart, Qt.Key.Key_Plus)
    low, high = view.lanes.lanes["spasms"].plot.vb.viewRange()[0]
    assert (high - low) / 86400 < width  # fewer days in view than pixels
    edges = series.step.xData
    assert np.all(np.diff(edges) <= 86400)  # a step per day
    yesterday = (day_number(NOON.date()) - 1) * 86400
    at = np.searchsorted(edges, yesterday)
    assert series.step.yData[at] == series.low.yData[at] == 7
    # 0 shows the whole range again, at the chart's width.
    qtbot.keyClick(chart, Qt.Key.Key_0)
    assert series.steps_drawn <= width
    assert series.step.yData.max() == 9
