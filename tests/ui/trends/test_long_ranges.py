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


def test_a_step_s_lowest_share_of_doses_leaves_out_days_with_none_due(
    window: MainWindow, diary: Diary, qtbot
):
    # Sixty-one days of a medicine, every dose taken, inside six years of diary: a step
    # that holds days before the first dose and days after it starts is not "0 % taken".
    log(diary, YEARS_AGO, 1)
    c = diary.checklists
    first = NOON.date() - timedelta(days=400)
    med = c.medications.add("Baclofen", times=["08:00"], amount=5, unit="mg", starts=first)
    c.medications.stop(med.uuid, first + timedelta(days=61))
    for day in range(61):
        c.doses.mark_taken(med.uuid, c.doses.slot_local(first + timedelta(days=day), "08:00"))
    window.resize(1280, 800)
    view = open_trends(window, qtbot)
    qtbot.mouseClick(view.range_chips.button("all"), Qt.MouseButton.LeftButton)
    series = view.lanes._adherence
    assert series.days_per_step > 1
    lows, highs = series.low.yData, series.step.yData
    assert set(np.unique(highs)) == {0.0, 100.0}
    assert np.array_equal(lows, highs)  # every day with a dose due: 100 %
