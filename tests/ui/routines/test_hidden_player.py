"""A session goes on while its tab is out of sight: cues on time, nothing drawn, no frame timer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mslog.core.routines.player import State
from mslog.ui.main_window import MainWindow
from mslog.ui.routines.tab import HIDDEN_STEP_S, REFRESH_MS
from tests.helpers.stubs import FakeClock


def _wake(stretch, clock: FakeClock) -> None:
    """Let the hidden player's single-shot timer come due, as the event loop would."""
    assert stretch.deadline_timer.isActive()
    clock.advance(stretch.deadline_timer.interval() / 1000)
    stretch.deadline_timer.stop()
    stretch.refresh_player()


def test_another_tab_keeps_the_countdown_cues_on_time_and_draws_nothing(
    window: MainWindow, clock: FakeClock, qtbot
):
    window.settings.set("sounds", False)  # no audio device probing in tests
    window.settings.set("voice", False)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    stretch = window.stretch_page.content
    assert window.tabs.currentWidget() is window.stretch_page
    stretch.picker.start_button.click()
    for _ in range(7 * 20):  # the get-ready and two seconds of the first step, on screen
        clock.advance(REFRESH_MS / 1000)
        stretch.refresh_player()
    assert stretch.timer.isActive()
    assert stretch.timer.interval() == REFRESH_MS
    seconds: list[int] = []
    stretch.player.last_seconds.connect(seconds.append)
    picture = stretch.view.picture

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.log_tab
    stretch.refresh_player()  # the frame timer's next tick finds the player hidden
    assert not stretch.timer.isActive()  # no frames while out of sight
    assert 0 < stretch.deadline_timer.interval() <= HIDDEN_STEP_S * 1000
    drawn, shown = picture.repaints, stretch.view.countdown.text()
    wakes = 0
    while stretch.player.phase.step_index == 0 and stretch.player.state is State.RUNNING:
        _wake(stretch, clock)
        wakes += 1
    assert seconds[:3] == [3, 2, 1]  # each beep of the last three seconds, while hidden
    assert wakes <= 2 * 20  # twice a second at most, for the rest of a 20-second step
    assert picture.repaints == drawn
    assert stretch.view.countdown.text() == shown

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert stretch.timer.isActive()  # on screen again: frames again, drawn at once
    assert stretch.view.countdown.text() != shown
    stretch.shutdown()
