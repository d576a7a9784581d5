"""The Triggers page: marked triggers only counted; days with and without each factor compared."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style
from tests.helpers.audit import audit, clipping
from tests.helpers.stubs import LONDON

TODAY = date(2026, 3, 11)


def hot_and_cool_days(diary: Diary, days: int = 28) -> None:
    """Heat ticked on every other day (6 spasms) and not between (2); triggers at random."""
    heat = diary.checkins.find_factor("heat").uuid
    chooser = random.Random(4)
    for ago in range(1, days + 1):
        day = TODAY - timedelta(days=ago)
        hot = ago % 2 == 0
        for k in range(6 if hot else 2):
            diary.spasms.log(
                started=datetime(day.year, day.month, day.day, 12, 5 * k, tzinfo=LONDON),
                triggers=[chooser.choice(["fatigue", "cold", "stress"])],
            )
        diary.checkins.update(day, spasms="all_logged", nrs=6 if hot else 3,
                              factors={heat} if hot else set())  # fmt: skip


def open_triggers(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.trends_tab)
    qtbot.waitUntil(window.trends_tab.is_built)
    view = window.trends_tab.content
    bar = view.pages.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Triggers")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.pages.currentIndex() == index
    return view


def test_a_day_factor_that_stood_out_is_shown_with_its_lag_numbers_and_caveat(
    window: MainWindow, diary: Diary, qtbot
):
    hot_and_cool_days(diary)
    view = open_triggers(window, qtbot)
    text = view.breakdown.effects.text()
    assert "association, not proof" in text
    assert "Based on 28 complete days of 29" in text  # today is not over
    assert "Stood out (1 of 1 tested)" in text
    assert "Hot weather or overheating (day factor, same day)" in text
    assert "More spasms on days with hot weather or overheating" in text
    assert "14 complete days with, 14 without · 6.0 vs 2.0 spasms a day · rate ratio 3.00" in text
    assert "Check-in NRS +3.0 points" in text
    assert "Not enough days yet" in text
    assert "Stress (same day, 0 of 14)" in text
    assert "How: Spasms per complete day" in text
    assert "block bootstrap" in text


def test_triggers_marked_on_spasms_are_only_counted(window: MainWindow, diary: Diary, qtbot):
    """Issue 11: random per-spasm triggers were all shown as 'more spasms the next day'."""
    hot_and_cool_days(diary)
    view = open_triggers(window, qtbot)
    marked = {label: n for _, label, n in view.breakdown.triggers.items}
    assert sum(marked.values()) == 14 * 6 + 14 * 2
    note = view.breakdown.trigger_note.text()
    assert note.startswith("You marked ")
    assert "They are not compared" in note
    effects = view.breakdown.effects.text()
    assert "Fatigue" not in effects  # a trigger is never a factor of the comparison
    assert "Cold" not in effects
    assert all(f.factor.kind != "trigger" for f in view.breakdown.analysis.findings)


def test_a_short_range_says_what_is_missing(window: MainWindow, diary: Diary, qtbot):
    hot_and_cool_days(diary, days=10)
    view = open_triggers(window, qtbot)
    view.range_chips.button("7").click()
    text = view.breakdown.effects.text()
    assert "No factor has 14 complete days with it and 14 without it yet (6 complete days)" in text
    assert "Hot weather or overheating (same day, 3 of 14)" in text
    assert "Stood out" not in text


def test_the_charts_stack_on_a_narrow_window(window: MainWindow, diary: Diary, qtbot):
    hot_and_cool_days(diary)
    window.resize(1280, 800)
    view = open_triggers(window, qtbot)
    QApplication.processEvents()
    page = view.breakdown
    assert page.grid.getItemPosition(page.grid.indexOf(page.types))[:2] == (0, 2)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: page.grid.getItemPosition(page.grid.indexOf(page.types))[:2] == (2, 0))
    assert page.width() <= view.width()


@pytest.mark.parametrize(
    ("theme", "minimum"), [("light", 4.5), ("dark", 4.5), ("high_contrast", 7.0)]
)
def test_the_page_passes_the_audit_in_every_theme(
    window: MainWindow, diary: Diary, qtbot, theme: str, minimum: float
):
    hot_and_cool_days(diary)
    app = QApplication.instance()
    apply_style(app, theme)
    try:
        window.resize(1280, 800)
        view = open_triggers(window, qtbot)
        QApplication.processEvents()
        found = [str(p) for p in audit(view.breakdown, min_contrast=minimum)]
        assert not found, "\n".join(found)
    finally:
        apply_style(app, "light")


def test_nothing_on_the_page_is_clipped_at_200_percent(window: MainWindow, diary: Diary, qtbot):
    hot_and_cool_days(diary)
    app = QApplication.instance()
    apply_style(app, "light", 2.0)
    try:
        window.resize(800, 600)
        view = open_triggers(window, qtbot)
        QApplication.processEvents()
        found = [str(p) for p in clipping(view.breakdown)]
        assert not found, "\n".join(found)
        assert view.breakdown.minimumSizeHint().width() <= 800
    finally:
        apply_style(app, "light")
