"""The Stretch tab on a fake clock: start, play through, summary, keys, reasons, closing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.core.routines.player import State
from mslog.ui.main_window import MainWindow
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.routines.cues import BackendMissingError
from mslog.ui.routines.tab import REFRESH_MS, StretchTab
from mslog.ui.style import apply_style
from tests.helpers.audit import audit, clipping
from tests.helpers.stubs import FakeClock

DAILY = "bundled/daily_5_minutes"
DAILY_S = 5 * 60 + 5


class FakeSound:
    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, name: str) -> None:
        self.played.append(name)


class FakeVoice:
    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


@pytest.fixture
def sound() -> FakeSound:
    return FakeSound()


@pytest.fixture
def voice() -> FakeVoice:
    return FakeVoice()


@pytest.fixture
def tab(qtbot, diary: Diary, sound: FakeSound, voice: FakeVoice) -> StretchTab:
    notifier = DiaryNotifier(diary)
    widget = StretchTab(diary, notifier, sound_factory=lambda: sound, voice_factory=lambda: voice)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
    notifier.detach()


def play_for(tab: StretchTab, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    """Let fake time pass as the real timer would see it."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        tab.refresh_player()


def test_start_play_through_and_see_the_summary_and_history(
    tab: StretchTab, diary: Diary, clock: FakeClock, qtbot, sound: FakeSound, voice: FakeVoice
):
    tab.picker.select(DAILY)
    assert tab.picker.start_button.text() == "Start  ·  5:05"
    assert "no bouncing" in tab.picker.safety.text()
    tab.picker.start_button.click()
    assert tab.pages.currentWidget() is tab.view
    assert tab.timer.isActive()
    assert tab.timer.interval() == REFRESH_MS == 50  # 20 redraws a second: smooth, and light
    assert tab.view.heading.text() == "Get ready"
    assert tab.view.exercise.text() == "Next: Ankle rolls, left leg"

    play_for(tab, clock, 5 + 12)
    assert tab.view.heading.text() == "Now"
    assert tab.view.exercise.text() == "Ankle rolls, left leg"
    assert tab.view.countdown.text() == "0:08"
    assert tab.view.progress.text() == "step 1 of 8 · 4:48 left"
    assert "Ankle rolls, left leg, 20 seconds" in voice.said
    assert "2. Lift your left leg a little" in tab.view.instructions.text()
    assert tab.view.variant.text().startswith("Another way: Lying:")

    clock.advance(DAILY_S)  # the rest of the session passes; the timer catches up
    qtbot.waitUntil(lambda: tab.pages.currentWidget() is tab.summary, timeout=2000)
    assert not tab.timer.isActive()
    assert tab.summary.title.text() == "Session complete. Well done."
    assert tab.summary.figures.text() == "5 min 5 s of stretching  ·  8 of 8 steps done"
    assert {"step", "tick", "end"} <= set(sound.played)
    (session,) = diary.stretches.recent()
    assert (session.outcome, session.active_s, session.completed_steps) == ("completed", DAILY_S, 8)

    tab.summary.back_button.click()
    assert tab.pages.currentWidget() is tab.picker
    assert tab.picker.history.count() == 1
    assert tab.picker.history.item(0).text().startswith("Wed 11 Mar, 14:30  ·  Daily 5-minute")


def test_next_step_is_previewed_during_a_rest(tab: StretchTab, clock: FakeClock):
    tab.start(DAILY)
    play_for(tab, clock, 5 + 20 + 5 + 2)
    assert tab.view.exercise.text() == "Ankle rolls, right leg"
    assert tab.view.picture.side() == "right"
    assert tab.view.picture.label() == "RIGHT"
    play_for(tab, clock, 20)  # into the rest after the second ankle roll
    assert tab.view.heading.text() == "Rest"
    assert tab.view.exercise.text() == "Next: Foot pumps"
    assert tab.view.picture.label() == "BOTH"
    tab.skip()
    assert tab.view.exercise.text() == "Foot pumps"
    assert tab.view.detail.text() == "Repetition 1 of 15"


def test_space_pauses_and_resumes_with_a_countdown_and_no_timer_while_paused(
    tab: StretchTab, clock: FakeClock, qtbot, sound: FakeSound
):
    tab.start(DAILY)
    play_for(tab, clock, 10)
    tab.view.pause_button.setFocus()
    qtbot.keyClick(tab.view.pause_button, Qt.Key.Key_Space)
    assert tab.player.state is State.PAUSED
    assert not tab.timer.isActive()  # nothing redraws while paused
    assert tab.view.pause_button.text() == "Resume"
    left = tab.player.remaining()
    clock.advance(300)
    assert tab.player.remaining() == left
    sound.played.clear()
    qtbot.keyClick(tab.view.pause_button, Qt.Key.Key_Space)
    assert tab.player.state is State.RESUMING
    assert tab.timer.isActive()
    # The count after Resume takes the countdown's place rather than competing with it.
    assert tab.view.heading.text() == "Starting again in"
    assert tab.view.countdown.text() == "3"
    assert tab.view.detail.text() == "Starting again…"
    play_for(tab, clock, 1)
    assert tab.view.countdown.text() == "2"
    play_for(tab, clock, 2)
    assert sound.played == ["tick"] * 3  # 3, 2, 1
    assert tab.player.state is State.RUNNING
    assert tab.player.remaining() == pytest.approx(left)


def test_arrow_keys_skip_and_go_back(tab: StretchTab, clock: FakeClock, qtbot):
    tab.start(DAILY)
    play_for(tab, clock, 8)
    tab.view.pause_button.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    assert tab.player.snapshot().step_index == 1
    assert tab.player.records[0].status == "skipped"
    assert tab.view.reason_bar.isVisible()
    qtbot.keyClick(tab.view, Qt.Key.Key_Left)
    assert tab.player.snapshot().step_index == 0
    assert not tab.view.reason_bar.isVisible()


def test_f11_and_esc_toggle_full_screen(tab: StretchTab, qtbot):
    tab.start(DAILY)
    tab.view.pause_button.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_F11)
    qtbot.waitUntil(tab.window().isFullScreen)
    qtbot.keyClick(tab.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tab.window().isFullScreen())
    tab.view.full_screen_button.click()
    qtbot.waitUntil(tab.window().isFullScreen)
    tab.view.full_screen_button.click()
    qtbot.waitUntil(lambda: not tab.window().isFullScreen())


def test_a_skipped_step_can_be_given_a_reason(tab: StretchTab, diary: Diary, clock: FakeClock):
    tab.start(DAILY)
    play_for(tab, clock, 7)
    tab.view.skip_button.click()
    tab.view.reason_buttons["spasm"].click()
    assert not tab.view.reason_bar.isVisible()
    (session,) = diary.stretches.recent()
    assert session.steps[0] == ("ankle_rolls", "left", "skipped", "spasm")


def test_stop_early_asks_with_the_timer_paused_then_shows_the_summary(
    tab: StretchTab, diary: Diary, clock: FakeClock, qtbot
):
    tab.start(DAILY)
    play_for(tab, clock, 35)  # 5 s into the second step
    qtbot.mouseClick(tab.view.stop_button, Qt.MouseButton.LeftButton)
    dialog = tab.stop_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert tab.player.state is State.PAUSED
    assert not tab.timer.isActive()  # the timer waits while the question is open
    assert dialog.keep_button.height() >= 64
    assert (
        dialog.focusWidget() is dialog.keep_button
    )  # Enter keeps going; stopping takes a deliberate act
    left = tab.player.remaining()
    clock.advance(120)
    assert tab.player.remaining() == left
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.summary
    assert tab.summary.title.text() == "Session stopped. What you did is saved."
    assert "1 partly done" in tab.summary.figures.text()
    assert "◐ partly done   Ankle rolls, right leg" in tab.summary.steps.text()
    assert tab.summary.banner.text() == "■  Session ended"
    (session,) = diary.stretches.recent()
    assert session.outcome == "stopped"
    assert [s[2] for s in session.steps[:3]] == ["completed", "partly", "pending"]
    tab.summary.back_button.click()
    assert "1 partly done" in tab.picker.history.item(0).text()


def test_keeping_going_after_stop_resumes_with_the_count(tab: StretchTab, clock: FakeClock, qtbot):
    tab.start(DAILY)
    play_for(tab, clock, 10)
    left = tab.player.remaining()
    tab.view.stop_button.click()
    dialog = tab.stop_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.keep_button, Qt.Key.Key_Escape)  # Esc is "keep going" too
    assert tab.stop_dialog is None
    assert tab.player.state is State.RESUMING
    assert tab.view.countdown.text() == "3"
    play_for(tab, clock, 3)
    assert tab.player.state is State.RUNNING
    assert tab.player.remaining() == pytest.approx(left)


def test_stop_while_paused_stays_paused_after_keep_going(tab: StretchTab, clock: FakeClock, qtbot):
    tab.start(DAILY)
    play_for(tab, clock, 10)
    tab.toggle_pause()
    tab.view.stop_button.click()
    qtbot.waitExposed(tab.stop_dialog)
    qtbot.mouseClick(tab.stop_dialog.keep_button, Qt.MouseButton.LeftButton)
    assert tab.player.state is State.PAUSED
    assert not tab.timer.isActive()


def test_missing_sound_and_voice_mean_silence_said_once(qtbot, diary: Diary, clock: FakeClock):
    calls = {"sound": 0, "voice": 0}

    def missing(kind: str):
        def factory():
            calls[kind] += 1
            raise BackendMissingError("No sound device was found")

        return factory

    tab = StretchTab(diary, sound_factory=missing("sound"), voice_factory=missing("voice"))
    qtbot.addWidget(tab)
    tab.show()
    notices = []
    tab.cues.unavailable.connect(notices.append)
    tab.start(DAILY)
    play_for(tab, clock, 60)
    assert calls == {"sound": 1, "voice": 1}  # tried once each, then left alone
    assert len(notices) == 2
    assert "no beeps and no voice" in tab.view.notice.text()
    assert "silent" not in tab.view.notice.text()
    assert tab.view.notice.isVisible()
    assert tab.player.state is State.RUNNING
    tab.shutdown()


def test_sound_and_voice_can_be_switched_off(
    tab: StretchTab, clock: FakeClock, sound: FakeSound, voice: FakeVoice
):
    tab.picker.sound_box.setChecked(False)
    tab.picker.voice_box.setChecked(False)
    tab.start(DAILY)
    play_for(tab, clock, 30)
    assert sound.played == []
    assert voice.said == []


@pytest.mark.parametrize(
    ("theme", "scale", "minimum"),
    [("light", 1.0, 4.5), ("dark", 1.0, 4.5), ("high_contrast", 1.0, 7.0), ("light", 2.0, 4.5)],
)
def test_the_player_and_summary_pass_the_audit(
    tab: StretchTab, clock: FakeClock, theme: str, scale: float, minimum: float
):
    app = QApplication.instance()
    apply_style(app, theme, scale)
    try:
        tab.start(DAILY)
        play_for(tab, clock, 12)
        tab.skip()  # the reason chips show too
        QApplication.processEvents()
        assert audit(tab, min_contrast=minimum) == []
        assert clipping(tab) == []
        clock.advance(DAILY_S)
        tab.refresh_player()
        QApplication.processEvents()
        assert tab.pages.currentWidget() is tab.summary
        assert audit(tab, min_contrast=minimum) == []
        assert clipping(tab) == []
    finally:
        apply_style(app, "light")


def test_in_the_window_closing_mid_session_saves_it_as_unfinished(
    window: MainWindow, diary: Diary, clock: FakeClock, qtbot
):
    window.tabs.setCurrentWidget(window.stretch_page)
    stretch = window.stretch_page.content
    window.settings.set("sounds", False)  # no audio device probing in tests
    window.settings.set("voice", False)
    stretch.picker.start_button.click()
    play_for(stretch, clock, 40)
    window.close()
    (session,) = diary.stretches.recent()
    assert session.outcome == "partial"
    assert session.active_s == 40
    assert not stretch.timer.isActive()


def test_in_the_window_f11_is_the_window_full_screen(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.stretch_page)
    stretch = window.stretch_page.content
    window.settings.set("sounds", False)  # no audio device probing in tests
    window.settings.set("voice", False)
    stretch.picker.start_button.click()
    stretch.view.pause_button.setFocus()
    qtbot.keyClick(stretch.view.pause_button, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.fullscreen_action.isChecked()
    qtbot.keyClick(stretch.view.pause_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    stretch.shutdown()


def test_a_stalled_event_loop_does_not_stretch_the_countdown(
    tab: StretchTab, clock: FakeClock, voice: FakeVoice
):
    tab.start(DAILY)
    play_for(tab, clock, 5 + 8)
    assert tab.view.countdown.text() == "0:12"
    clock.advance(2.0)  # two seconds with no timer tick at all
    tab.refresh_player()
    assert tab.view.countdown.text() == "0:10"
    assert "Halfway" in voice.said
    clock.advance(12.0)  # straight through the end of the step into the side switch
    tab.refresh_player()
    assert tab.view.heading.text() == "Switch sides"
    assert tab.view.countdown.text() == "0:03"
    assert "Switch to the right leg" in voice.said


@pytest.mark.parametrize(("size", "scale"), [((800, 600), 2.0), ((1280, 800), 2.0)])
def test_the_player_fits_a_small_window_at_large_text(
    window: MainWindow, clock: FakeClock, qtbot, size: tuple[int, int], scale: float
):
    """Issue 15: at 800x600 and 200 % the player's buttons were drawn over one another."""
    from tests.helpers.audit import fits, overlapping

    apply_style(QApplication.instance(), "light", scale)  # the next test starts light
    window.resize(*size)
    window.settings.set("sounds", False)  # no audio device probing in tests
    window.settings.set("voice", False)
    window.tabs.setCurrentWidget(window.stretch_page)
    stretch = window.stretch_page.content
    qtbot.mouseClick(stretch.picker.start_button, Qt.MouseButton.LeftButton)
    view = stretch.view
    qtbot.waitUntil(view.isVisible)
    play_for(stretch, clock, 17)
    # The wrapped words settle over a few events once the page's scroll bar shows.
    qtbot.waitUntil(lambda: not fits(window), timeout=2000)
    assert not overlapping(window)
    buttons = (view.previous_button, view.pause_button, view.skip_button)
    assert len({button.y() for button in buttons}) == 1  # one row, under the page
    assert view.pause_button.geometry().top() >= view.page_scroll.geometry().bottom()
    if size == (800, 600):  # room for the arrows only; the names say what they do
        assert (view.previous_button.text(), view.skip_button.text()) == ("◀", "▶")
    else:
        assert view.skip_button.text() == "Skip  ▶"
    # One page scrolling up and down, its countdown in sight (test_player_fit.py).
    assert view.page_scroll.horizontalScrollBar().maximum() == 0
    countdown = view.countdown.mapTo(view.page_scroll.viewport(), view.countdown.rect().topLeft())
    assert 0 <= countdown.y() <= view.page_scroll.viewport().height() - view.countdown.height()
    assert view.skip_button.accessibleName() == "Skip step"
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)  # still does its job
    qtbot.waitUntil(lambda: "2 of" in view.progress.text())
    stretch.shutdown()
