"""Cues you can see and a voice that speaks the text's language, on a fake clock."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.core.routines.player import State
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.routines.cues import (
    NO_SOUND_DEVICE,
    NO_VOICE_ENGINE,
    BackendMissingError,
    explain_missing,
    match_language,
)
from mslog.ui.routines.tab import StretchTab
from mslog.ui.settings.dialog import SettingsDialog
from mslog.ui.settings.store import UiSettings
from tests.helpers.stubs import FakeClock
from tests.ui.routines.test_player import DAILY, DAILY_S, FakeSound, FakeVoice, play_for


@pytest.fixture
def settings() -> UiSettings:
    return UiSettings()


@pytest.fixture
def tab(qtbot, diary: Diary, settings: UiSettings):
    notifier = DiaryNotifier(diary)
    widget = StretchTab(
        diary,
        notifier,
        sound_factory=FakeSound,
        voice_factory=FakeVoice,
        settings=settings,
    )
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
    notifier.detach()


def heading_pixel(tab: StretchTab) -> str:
    """The colour a person sees at the middle of the step header's left edge."""
    heading = tab.view.heading
    image = heading.grab().toImage()
    return image.pixelColor(6, image.height() // 2).name()


def test_a_step_start_flashes_the_header_then_it_stays_coloured(
    tab: StretchTab, clock: FakeClock, qtbot
):
    qtbot.mouseClick(tab.picker.start_button, Qt.MouseButton.LeftButton)
    assert tab.view.cue("heading") == ""  # getting ready: plain
    plain = heading_pixel(tab)
    play_for(tab, clock, 5, step=0.1)  # the first step starts
    assert tab.view.heading.text() == "Now"
    assert tab.view.cue("heading") == "flash"
    play_for(tab, clock, 0.4, step=0.1)
    assert tab.view.cue("heading") == "step"  # the flash blinks off
    play_for(tab, clock, 0.4, step=0.1)
    assert tab.view.cue("heading") == "flash"
    play_for(tab, clock, 1.0, step=0.1)
    assert tab.view.cue("heading") == "step"  # then a steady colour for the step
    assert heading_pixel(tab) != plain


def test_the_last_three_seconds_pulse_and_the_bar_fills(tab: StretchTab, clock: FakeClock):
    tab.start(DAILY)
    play_for(tab, clock, 5 + 10)
    assert tab.view.bar.fraction() == pytest.approx(0.5, abs=0.01)  # 10 of 20 s
    assert tab.view.cue("countdown") == ""
    play_for(tab, clock, 6)
    pulses = []
    for _ in range(40):  # the last four seconds of the 20-second step
        play_for(tab, clock, 0.1, step=0.1)
        pulses.append(tab.view.cue("countdown"))
    lit = [i for i, cue in enumerate(pulses) if cue == "pulse"]
    # One short pulse in each of the last three seconds, and never before them.
    assert lit
    assert lit[0] >= 9  # 3.0 s left at index 9
    starts = [i for i in lit if i - 1 not in lit]
    assert len(starts) == 3
    assert "last" in pulses  # between pulses the countdown keeps its warning colour


def test_reduce_motion_keeps_colours_but_never_flashes_or_pulses(
    tab: StretchTab, clock: FakeClock, settings: UiSettings
):
    settings.set("reduce_motion", True)
    tab.start(DAILY)
    seen = set()
    for _ in range(5 + 20 + 5):
        play_for(tab, clock, 0.1, step=0.1)
        seen |= {tab.view.cue("heading"), tab.view.cue("countdown")}
    for _ in range(240):
        play_for(tab, clock, 0.1, step=0.1)
        seen |= {tab.view.cue("heading"), tab.view.cue("countdown")}
    assert "flash" not in seen
    assert "pulse" not in seen
    assert {"step", "last"} <= seen  # a still change of colour instead


def test_visual_cues_can_be_switched_off_in_settings(window, qtbot, clock: FakeClock):
    dialog = SettingsDialog(window.settings, window.diary, speech_status=lambda: "")
    qtbot.addWidget(dialog)
    assert dialog.visual_cues.isChecked()  # on unless switched off
    assert not dialog.reduce_motion.isChecked()  # Qt gives no desktop hint to follow
    qtbot.mouseClick(dialog.visual_cues, Qt.MouseButton.LeftButton)
    assert window.settings.get("visual_cues") is False
    window.tabs.setCurrentWidget(window.stretch_page)  # what is not on screen is not drawn
    stretch = window.stretch_page.content
    window.settings.set("sounds", False)
    window.settings.set("voice", False)
    stretch.start(DAILY)
    play_for(stretch, clock, 5 + 17, step=0.1)
    assert stretch.view.cue("heading") == ""
    assert stretch.view.cue("countdown") == ""
    assert stretch.view.bar.fraction() > 0  # progress is information, not a cue: it stays
    stretch.shutdown()


def test_paused_shows_no_cue_and_resume_count_fills_the_bar(tab: StretchTab, clock: FakeClock):
    tab.start(DAILY)
    play_for(tab, clock, 5.2, step=0.1)
    tab.toggle_pause()
    assert tab.player.state is State.PAUSED
    assert tab.view.cue("heading") == ""  # no flashing while paused
    assert not tab.timer.isActive()
    tab.toggle_pause()
    assert tab.view.bar.fraction() == pytest.approx(0.0)
    play_for(tab, clock, 1.5, step=0.5)
    assert tab.view.bar.fraction() == pytest.approx(0.5)


def test_the_paused_line_and_the_reason_bar_do_not_move_the_layout(
    tab: StretchTab, clock: FakeClock
):
    tab.start(DAILY)
    play_for(tab, clock, 8)
    QApplication.processEvents()
    countdown_y = tab.view.countdown.mapTo(tab.view, tab.view.countdown.rect().topLeft()).y()
    instructions_y = tab.view.instructions.y()
    picture = tab.view.picture.geometry()
    tab.toggle_pause()
    QApplication.processEvents()
    assert tab.view.instructions.y() == instructions_y  # "Paused…" took no extra room
    assert tab.view.picture.geometry() == picture
    tab.toggle_pause()
    play_for(tab, clock, 4)
    tab.skip()
    QApplication.processEvents()
    assert tab.view.reason_bar.isVisible()
    assert tab.view.picture.geometry() == picture
    now_y = tab.view.countdown.mapTo(tab.view, tab.view.countdown.rect().topLeft()).y()
    assert now_y == countdown_y


def test_a_completed_session_ends_on_a_distinct_screen(tab: StretchTab, clock: FakeClock, qtbot):
    tab.start(DAILY)
    clock.advance(DAILY_S)
    qtbot.waitUntil(lambda: tab.pages.currentWidget() is tab.summary, timeout=2000)
    assert tab.summary.banner.isVisible()
    assert tab.summary.banner.text() == "✓  All done"


# --- the voice ---


class FakeVoiceEntry:
    def __init__(self, name: str, locale: str) -> None:
        self._name = name
        self._locale = QLocale(locale)

    def name(self) -> str:
        return self._name

    def locale(self) -> QLocale:
        return self._locale


class FakeSpeech:
    """A QTextToSpeech stand-in whose voices depend on its locale, as speech-dispatcher's do."""

    VOICES: ClassVar[dict[str, list[FakeVoiceEntry]]] = {
        "C": [FakeVoiceEntry("Bishnupriya Manipuri", "bpy_IN"), FakeVoiceEntry("Afrikaans", "af")],
        "bpy_IN": [FakeVoiceEntry("Bishnupriya Manipuri", "bpy_IN")],
        "en_US": [FakeVoiceEntry("English (America)", "en_US")],
        "en_GB": [FakeVoiceEntry("English (Great Britain)", "en_GB")],
        "de_DE": [FakeVoiceEntry("German", "de_DE")],
    }

    def __init__(self, locale: str = "C", locales: tuple[str, ...] = ()) -> None:
        self._locale = QLocale.c() if locale == "C" else QLocale(locale)
        self._locales = [QLocale(name) for name in locales]
        self.voice: FakeVoiceEntry | None = None

    def locale(self) -> QLocale:
        return self._locale

    def availableLocales(self) -> list[QLocale]:  # noqa: N802 - Qt naming
        return self._locales

    def setLocale(self, locale: QLocale) -> None:  # noqa: N802
        self._locale = locale

    def availableVoices(self) -> list[FakeVoiceEntry]:  # noqa: N802
        name = "C" if self._locale == QLocale.c() else self._locale.name()
        return self.VOICES.get(name, [])

    def setVoice(self, voice: FakeVoiceEntry) -> None:  # noqa: N802
        self.voice = voice


def test_under_the_c_locale_an_english_voice_is_chosen_not_the_first():
    speech = FakeSpeech("C", ("bpy_IN", "de_DE", "en_US", "en_GB"))
    assert match_language(speech)
    assert speech.locale().name() == "en_GB"  # British wording, British voice first
    assert speech.voice.name() == "English (Great Britain)"


def test_an_english_desktop_keeps_its_own_english():
    speech = FakeSpeech("en_US", ("en_US", "en_GB"))
    assert match_language(speech)
    assert speech.voice.name() == "English (America)"


def test_with_no_english_voice_nothing_foreign_is_chosen():
    speech = FakeSpeech("C", ("bpy_IN", "de_DE"))
    assert not match_language(speech)
    assert speech.voice is None


def test_the_messages_tell_no_device_from_no_engine():
    device = explain_missing(sound_missing=True, voice_missing=False)
    engine = explain_missing(sound_missing=False, voice_missing=True)
    assert device.startswith(NO_SOUND_DEVICE)
    assert "no beeps" in device
    assert engine.startswith(NO_VOICE_ENGINE)
    assert "beeps still play" in engine
    assert "sudo apt install speech-dispatcher espeak-ng" in engine
    assert "silent" not in device + engine
    assert explain_missing(False, False) == ""


def test_a_missing_voice_engine_says_what_to_install_while_beeps_go_on(
    qtbot, diary: Diary, clock: FakeClock
):
    sound = FakeSound()

    def no_engine():
        raise BackendMissingError(NO_VOICE_ENGINE)

    tab = StretchTab(diary, sound_factory=lambda: sound, voice_factory=no_engine)
    qtbot.addWidget(tab)
    tab.show()
    tab.start(DAILY)
    play_for(tab, clock, 30)
    notice = tab.view.notice.text()
    assert "beeps still play" in notice
    assert "speech-dispatcher and espeak-ng" in notice
    assert "silent" not in notice
    assert "step" in sound.played  # and indeed they do
    tab.shutdown()


def test_settings_checks_sound_and_voice_and_says_what_to_install(window, qtbot):
    message = explain_missing(sound_missing=False, voice_missing=True)
    dialog = SettingsDialog(window.settings, window.diary, speech_status=lambda: message)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.speech_status.isVisible()  # nothing probed until asked
    qtbot.mouseClick(dialog.check_speech, Qt.MouseButton.LeftButton)
    assert dialog.speech_status.isVisible()
    assert "sudo apt install speech-dispatcher espeak-ng" in dialog.speech_status.text()
    fine = SettingsDialog(window.settings, window.diary, speech_status=lambda: "")
    qtbot.addWidget(fine)
    fine.check_speech.click()
    assert fine.speech_status.text() == "Sound and voice both work on this computer."
