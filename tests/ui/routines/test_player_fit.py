"""Issues 15 and 17: the stretch player at 800x600 and 200 % text, driven by real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from mslog.core.routines.player import State
from mslog.ui.main_window import MainWindow
from mslog.ui.routines.tab import StretchTab
from mslog.ui.style import apply_style
from tests.helpers.audit import fits
from tests.helpers.screens import settle
from tests.helpers.stubs import FakeClock
from tests.ui.routines.test_player import DAILY_S, play_for

GET_READY_S = 5


@pytest.fixture
def stretch(window: MainWindow, qtbot) -> StretchTab:
    """The Stretch tab at 800x600 and 200 % text, a session started with the keyboard."""
    apply_style(QApplication.instance(), "light", 2.0)
    window.resize(800, 600)
    window.settings.set("sounds", False)  # no audio device probing in tests
    window.settings.set("voice", False)
    window.tabs.setCurrentWidget(window.stretch_page)
    tab = window.stretch_page.content
    settle()
    tab.picker.start_button.setFocus()
    qtbot.keyClick(tab.picker.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(tab.view.isVisible)
    yield tab
    tab.shutdown()
    apply_style(QApplication.instance(), "light")  # the next test starts at 100 %


def seen(scroll: QScrollArea, widget: QWidget) -> bool:
    """Whether all of ``widget`` is inside the part of ``scroll``'s page on the screen."""
    viewport = scroll.viewport()
    place = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(place)


def countdown_place(window: MainWindow, tab: StretchTab) -> QRect:
    countdown = tab.view.countdown
    settle()
    return QRect(countdown.mapTo(window, QPoint(0, 0)), countdown.size())


def test_the_step_and_its_countdown_show_without_scrolling(
    window: MainWindow, stretch: StretchTab, clock: FakeClock, qtbot
):
    view = stretch.view
    play_for(stretch, clock, GET_READY_S + 0.5)  # just into the first step
    settle()
    assert view.heading.text() == "Now"
    qtbot.waitUntil(lambda: not fits(window), timeout=2000)
    scroll = view.page_scroll
    # One scroll area for the whole page, up and down only.
    assert view.findChildren(QScrollArea) == [scroll]
    assert scroll.horizontalScrollBar().maximum() == 0
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.verticalScrollBar().value() == 0
    assert seen(scroll, view.exercise)
    assert seen(scroll, view.countdown)
    assert view.countdown.text() == "0:20"
    # The instructions come after, reached by scrolling.
    assert view.instructions.mapTo(scroll, QPoint(0, 0)).y() > view.countdown.y()


def test_pausing_resuming_and_skipping_do_not_move_the_countdown(
    window: MainWindow, stretch: StretchTab, clock: FakeClock, qtbot
):
    view = stretch.view
    play_for(stretch, clock, GET_READY_S + 4)
    before = countdown_place(window, stretch)
    assert seen(view.page_scroll, view.countdown)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stretch.player.state is State.PAUSED
    assert view.detail.text().startswith("Paused.")
    assert countdown_place(window, stretch) == before
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stretch.player.state is State.RESUMING
    assert view.heading.text() == "Starting again in"
    assert countdown_place(window, stretch) == before
    play_for(stretch, clock, 3.5)
    assert stretch.player.state is State.RUNNING
    assert countdown_place(window, stretch) == before
    qtbot.keyClick(window, Qt.Key.Key_Right)  # skip: the reasons are offered
    assert stretch.player.records[0].status == "skipped"
    assert view.reason_bar.isVisible()
    assert countdown_place(window, stretch) == before
    assert view.page_scroll.horizontalScrollBar().maximum() == 0
    qtbot.keyClick(window, Qt.Key.Key_Left)  # back again: the reasons go
    assert not view.reason_bar.isVisible()
    assert countdown_place(window, stretch) == before


def test_a_new_step_scrolls_back_to_its_countdown(
    window: MainWindow, stretch: StretchTab, clock: FakeClock, qtbot
):
    view = stretch.view
    play_for(stretch, clock, GET_READY_S + 2)
    bar = view.page_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # down to read the instructions
    settle()
    assert not seen(view.page_scroll, view.countdown)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    settle()
    assert "2 of" in view.progress.text()
    assert seen(view.page_scroll, view.countdown)


def test_the_end_of_session_fits_and_scrolls_up_and_down_only(
    window: MainWindow, stretch: StretchTab, clock: FakeClock, qtbot
):
    clock.advance(DAILY_S)
    qtbot.waitUntil(lambda: stretch.pages.currentWidget() is stretch.summary, timeout=2000)
    summary = stretch.summary
    qtbot.waitUntil(lambda: not fits(window), timeout=2000)
    assert summary.page_scroll.horizontalScrollBar().maximum() == 0
    assert summary.page_scroll.verticalScrollBar().maximum() > 0  # eight steps at 200 %
    assert seen(summary.page_scroll, summary.banner)
    back = summary.back_button
    assert window.rect().contains(QRect(back.mapTo(window, QPoint(0, 0)), back.size()))
    assert back.hasFocus()
    qtbot.keyClick(back, Qt.Key.Key_Space)
    assert stretch.pages.currentWidget() is stretch.picker


def test_on_a_roomy_window_the_steps_words_and_its_caution_show_without_scrolling(
    window: MainWindow, qtbot, clock: FakeClock
):
    window.resize(1280, 800)
    window.settings.set("sounds", False)
    window.settings.set("voice", False)
    window.tabs.setCurrentWidget(window.stretch_page)
    tab = window.stretch_page.content
    settle()
    tab.picker.start_button.setFocus()
    qtbot.keyClick(tab.picker.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(tab.view.isVisible)
    play_for(tab, clock, GET_READY_S + 2)
    settle()
    view = tab.view
    assert view.caution.text()  # the first step has a caution
    for part in (view.countdown, view.instructions, view.caution):
        assert seen(view.page_scroll, part)
    # The session's buttons share the routine name's line instead of one of their own.
    name, stop = view.routine_name, view.stop_button
    assert stop.mapTo(view, QPoint(0, 0)).y() < name.mapTo(view, QPoint(0, name.height())).y()
    tab.shutdown()
