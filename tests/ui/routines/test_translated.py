"""The Stretch tab in the person's language: every text translated, and a voice of that language.

The pseudo-language run wraps every translated text in ⟦…⟧: a word outside the brackets on
any page of the tab (routine list, player, summary, Stop question, editor) was never wrapped.
The voice speaks the language shown with a voice of it, or stays silent and says so.
"""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from mslog.core.diary import Diary
from mslog.core.routines.player import State
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.routines import cues
from mslog.ui.routines.cues import (
    NO_VOICE_FOR_LANGUAGE,
    BackendMissingError,
    QtVoiceBackend,
    diagnose,
    match_language,
    shown_language,
)
from mslog.ui.routines.tab import StretchTab
from tests.helpers.language import bare, unwrapped_texts
from tests.helpers.stubs import FakeClock
from tests.ui.routines.test_cues import FakeSpeech, FakeVoiceEntry
from tests.ui.routines.test_player import DAILY, DAILY_S, FakeSound, FakeVoice, play_for

AUDIO_PROBING = r"pipewire|PulseAudio|pa_context|\bva\b|va-|FFmpeg|QSoundEffect|text-to-speech"


@pytest.fixture
def sound() -> FakeSound:
    return FakeSound()


@pytest.fixture
def voice() -> FakeVoice:
    return FakeVoice()


def make_tab(qtbot, diary: Diary, sound, voice_factory) -> StretchTab:
    notifier = DiaryNotifier(diary)
    tab = StretchTab(diary, notifier, sound_factory=lambda: sound, voice_factory=voice_factory)
    tab.destroyed.connect(notifier.detach)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def unwrapped_items(root: QWidget) -> list[str]:
    """The rows of every visible list under ``root`` that hold a bare word."""
    found = []
    for listed in root.findChildren(QListWidget):
        if listed.isVisibleTo(root):
            for row in range(listed.count()):
                text = listed.item(row).text()
                if bare(text):
                    found.append(f"{listed.accessibleName()} row {row}: {text!r}")
    return found


def scan(root: QWidget) -> list[str]:
    QApplication.processEvents()
    return unwrapped_texts(root) + unwrapped_items(root)


# --- every text of every page ---


def test_every_text_of_the_stretch_tab_is_translated(
    pseudo, qtbot, diary: Diary, clock: FakeClock, sound: FakeSound, voice: FakeVoice
):
    tab = make_tab(qtbot, diary, sound, lambda: voice)
    tab.picker.select(DAILY)
    assert scan(tab.picker) == []

    tab.start(DAILY)
    assert scan(tab.view) == []  # getting ready
    play_for(tab, clock, 7)
    assert scan(tab.view) == []  # the first step
    tab.toggle_pause()
    assert scan(tab.view) == []  # paused
    tab.toggle_pause()
    play_for(tab, clock, 1)
    assert scan(tab.view) == []  # the count before going on
    play_for(tab, clock, 3)
    tab.skip()
    assert tab.view.reason_bar.isVisible()
    assert scan(tab.view) == []  # why was it skipped?
    tab.view.reason_buttons["spasm"].click()
    play_for(tab, clock, 2)  # the rest
    assert scan(tab.view) == []
    play_for(tab, clock, 30)  # the counted foot pumps, with their repetitions
    assert scan(tab.view) == []
    assert all("⟦" in text for text in voice.said), voice.said  # and what is said

    tab.stop()
    assert tab.stop_dialog is not None
    assert scan(tab.stop_dialog) == []
    tab.stop_dialog.accept()
    qtbot.waitUntil(lambda: tab.pages.currentWidget() is tab.summary, timeout=2000)
    assert scan(tab.summary) == []
    tab.summary.back_button.click()
    assert scan(tab.picker) == []  # the session in the recent list too
    tab.shutdown()


def test_a_completed_session_summary_is_translated(
    pseudo, qtbot, diary: Diary, clock: FakeClock, sound: FakeSound, voice: FakeVoice
):
    tab = make_tab(qtbot, diary, sound, lambda: voice)
    tab.start(DAILY)
    clock.advance(DAILY_S)
    qtbot.waitUntil(lambda: tab.pages.currentWidget() is tab.summary, timeout=2000)
    assert scan(tab.summary) == []
    tab.shutdown()


def test_every_text_of_the_routine_editor_is_translated(
    pseudo, qtbot, diary: Diary, sound: FakeSound, voice: FakeVoice
):
    tab = make_tab(qtbot, diary, sound, lambda: voice)
    tab.picker.select(DAILY)
    tab.picker.edit_button.click()  # a copy of a bundled routine, in the words shown
    editor = tab.editor
    assert editor is not None
    assert scan(editor) == []
    editor.mode.setCurrentIndex(editor.mode.findData("reps"))
    assert scan(editor) == []
    editor.steps.setCurrentRow(1)
    editor.remove_step()
    while len(editor.routine().steps) > 1:
        editor.remove_step()
    editor.remove_step()  # the last step stays, and says why
    assert editor.error.isVisible()
    assert scan(editor) == []
    editor.reject()
    tab.shutdown()


# --- the voice: the language shown, with a voice of it ---


def test_a_german_session_is_spoken_in_german(
    german, qtbot, diary: Diary, clock: FakeClock, sound: FakeSound, voice: FakeVoice
):
    assert shown_language() == "de"
    tab = make_tab(qtbot, diary, sound, lambda: voice)
    tab.start(DAILY)
    play_for(tab, clock, 5 + 20 + 1)
    assert voice.said[:3] == [
        "Machen Sie sich bereit. Fußkreisen, linkes Bein, 20 Sekunden",
        "Fußkreisen, linkes Bein, 20 Sekunden",
        "Halbzeit",
    ]
    assert voice.said[3] == "Seitenwechsel: rechtes Bein"
    assert tab.view.heading.text() == "Seite wechseln"
    assert tab.view.picture.label() == "RECHTS"
    tab.shutdown()


class SpeechWithState(FakeSpeech):
    """The fake engine, ready, with French voices for a French locale too."""

    VOICES: ClassVar[dict[str, list[FakeVoiceEntry]]] = {
        **FakeSpeech.VOICES,
        "fr_CA": [FakeVoiceEntry("French (Canada)", "fr_CA")],
        "fr_FR": [FakeVoiceEntry("French (France)", "fr_FR")],
    }

    def state(self) -> QTextToSpeech.State:
        return QTextToSpeech.State.Ready


def test_the_voice_of_the_language_shown_is_chosen(german):
    speech = SpeechWithState("C", ("bpy_IN", "en_GB", "de_DE"))
    assert match_language(speech)  # German shown: German spoken
    assert speech.locale().name() == "de_DE"
    assert speech.voice.name() == "German"
    french = SpeechWithState("en_GB", ("fr_CA", "fr_FR", "en_GB"))
    assert match_language(french, "fr")
    assert french.voice.name() == "French (France)"  # the home country's first
    english_only = SpeechWithState("en_GB", ("en_GB",))
    assert not match_language(english_only)  # never an English voice for German words
    assert english_only.voice is None


@pytest.mark.qt_log_ignore(AUDIO_PROBING)
def test_without_a_voice_of_the_language_the_player_is_silent_and_says_so(
    german, qtbot, diary: Diary, clock: FakeClock, sound: FakeSound
):
    # Qt's mock engine speaks only English, Norwegian and Finnish.
    with pytest.raises(BackendMissingError) as missing:
        QtVoiceBackend("mock")
    assert missing.value.problem == NO_VOICE_FOR_LANGUAGE
    assert missing.value.language == "de"
    assert missing.value.shown() == "Keine Stimme für Deutsch installiert"
    made: list[QtVoiceBackend] = []

    def mock_voice() -> QtVoiceBackend:
        made.append(QtVoiceBackend("mock"))  # raises: nothing is made, nothing said
        return made[-1]

    tab = make_tab(qtbot, diary, sound, mock_voice)
    tab.start(DAILY)
    play_for(tab, clock, 10)
    assert made == []
    notice = tab.view.notice.text()
    assert notice.startswith("Keine Stimme für Deutsch installiert")
    assert "die Töne sind weiter zu hören" in notice  # beeps do play: not "silent"
    assert "sudo apt install speech-dispatcher espeak-ng" in notice
    assert tab.picker.notice.text() == notice
    assert "step" in sound.played
    assert tab.player is not None
    assert tab.player.state is State.RUNNING
    tab.shutdown()


@pytest.mark.qt_log_ignore(AUDIO_PROBING)
def test_the_settings_check_says_when_no_voice_speaks_the_language(german, monkeypatch):
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: ["speakers"]))
    english_only = diagnose(lambda: SpeechWithState("en_GB", ("en_GB",)))
    assert english_only.startswith("Keine Stimme für Deutsch installiert")
    assert "die Töne sind weiter zu hören" in english_only
    assert diagnose(lambda: SpeechWithState("C", ("de_DE",))) == ""  # a German voice: fine
    assert diagnose(lambda: QTextToSpeech("mock")).startswith("Keine Stimme für Deutsch")
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    assert diagnose(lambda: SpeechWithState("C", ("de_DE",))).startswith("Kein Audiogerät gefunden")


def test_the_messages_name_the_language_in_its_own_words(german):
    assert cues.language_name("de") == "Deutsch"
    assert cues.explain_missing(False, False, no_voice_for="fr").startswith(
        "Keine Stimme für français installiert"
    )
