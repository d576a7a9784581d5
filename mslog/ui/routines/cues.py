"""Sound cues and spoken step names; each can be switched off, and both fail silently.

QtMultimedia and QtTextToSpeech are imported on first use only (start-up stays quick).
Where a back-end is missing (no audio device, no speech engine) the player carries on
in silence and says so once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

SOUNDS = {
    "step": "step_start.wav",
    "tick": "tick.wav",
    "end": "session_end.wav",
}


# The player's words are English; a voice for another language mangles them.
SPOKEN_LANGUAGE = "en"
INSTALL_VOICE = (
    "To hear the steps read aloud, install speech-dispatcher and espeak-ng "
    "(Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart MSLog."
)
NO_SOUND_DEVICE = "No sound device was found"
NO_VOICE_ENGINE = "No voice engine is installed"


def language_code(locale: Any) -> str:
    """The two-letter language of a ``QLocale`` (``"en"``), or ``""`` for the C locale."""
    name = str(locale.name())
    return "" if name in ("C", "") else name.split("_")[0].lower()


def choose_locale(locales: Iterable[Any], current: Any, language: str = SPOKEN_LANGUAGE) -> Any:
    """The locale to speak ``language`` in: ``current`` when it fits, else the best match.

    British English is preferred over other English locales (the wording is British);
    None when no locale speaks the language.
    """
    if language_code(current) == language:
        return current
    matches = [loc for loc in locales if language_code(loc) == language]
    if not matches:
        return None
    return min(matches, key=lambda loc: (str(loc.name()) != f"{language}_GB", str(loc.name())))


def choose_voice(voices: Sequence[Any], language: str = SPOKEN_LANGUAGE) -> Any:
    """The first voice whose own language is ``language``, or None."""
    for voice in voices:
        if language_code(voice.locale()) == language:
            return voice
    return None


def explain_missing(sound_missing: bool, voice_missing: bool) -> str:
    """What a person hears and what to do, for the back-ends that are missing ("" if none)."""
    if sound_missing:
        # No device: neither beeps nor voice can be heard, whatever is installed.
        return (
            f"{NO_SOUND_DEVICE}, so there are no beeps and no voice. "
            "The screen shows every cue and the timer works as usual."
        )
    if voice_missing:
        return f"{NO_VOICE_ENGINE}, so steps are not read aloud; beeps still play. {INSTALL_VOICE}"
    return ""


class BackendMissingError(RuntimeError):
    """A sound or speech back-end cannot be used here; the message says why, calmly."""


class SoundBackend(Protocol):
    """Plays a named cue."""

    def play(self, name: str) -> None:
        """Play the cue called ``name`` (a key of :data:`SOUNDS`)."""


class VoiceBackend(Protocol):
    """Speaks a sentence."""

    def say(self, text: str) -> None:
        """Speak ``text``, interrupting anything still being said."""


class QtSoundBackend:
    """Sound cues through ``QSoundEffect`` from the bundled WAV files.

    Raises:
        BackendMissingError: There is no audio output device.
    """

    def __init__(self, sound_dir: Path, parent: QObject | None = None) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        if not QMediaDevices.audioOutputs():
            raise BackendMissingError(NO_SOUND_DEVICE)
        self._effects = {}
        for name, filename in SOUNDS.items():
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(sound_dir / filename)))
            effect.setVolume(0.8)
            self._effects[name] = effect
        self._error = QSoundEffect.Status.Error

    def play(self, name: str) -> None:
        """Play a cue (silently does nothing while the file is still loading)."""
        effect = self._effects[name]
        if effect.status() == self._error:
            raise BackendMissingError("Sounds cannot be played on this computer")
        effect.play()


class QtVoiceBackend:
    """Speech through ``QTextToSpeech``.

    Args:
        engine: A speech engine name (``"mock"`` in tests), or None for the default.

    Raises:
        BackendMissingError: No speech engine is installed or it failed to start.
    """

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if not QTextToSpeech.availableEngines():
            raise BackendMissingError(NO_VOICE_ENGINE)
        self._speech = QTextToSpeech(engine, parent) if engine else QTextToSpeech(parent)
        if self._speech.state() == QTextToSpeech.State.Error:
            raise BackendMissingError("The voice engine could not start")
        match_language(self._speech)
        self._error = QTextToSpeech.State.Error
        self.spoken: list[str] = []

    def say(self, text: str) -> None:
        """Speak ``text`` now."""
        if self._speech.state() == self._error:
            raise BackendMissingError("The speech engine stopped working")
        self._speech.stop()
        self._speech.say(text)
        self.spoken.append(text)


def match_language(speech: Any, language: str = SPOKEN_LANGUAGE) -> bool:
    """Point a ``QTextToSpeech`` (or a fake) at a voice that speaks ``language``.

    Under the C locale engines pick their first voice, whatever its language; this picks
    an English locale and an English voice instead. Returns False when there is none.
    """
    locale = choose_locale(speech.availableLocales(), speech.locale(), language)
    if locale is None:
        return False
    if locale is not speech.locale():
        speech.setLocale(locale)
    voice = choose_voice(speech.availableVoices(), language)
    if voice is None:
        return False
    speech.setVoice(voice)
    return True


def diagnose() -> str:
    """Probe this computer's sound device and voice engine; say what is missing ("" if none)."""
    from PySide6.QtMultimedia import QMediaDevices
    from PySide6.QtTextToSpeech import QTextToSpeech

    return explain_missing(not QMediaDevices.audioOutputs(), not QTextToSpeech.availableEngines())


class Cues(QObject):
    """The player's sounds and voice, each switchable, silent when a back-end is missing.

    Args:
        sound_factory: Makes the sound back-end on first use (may raise BackendMissingError).
        voice_factory: Makes the voice back-end on first use (may raise BackendMissingError).

    Signals:
        unavailable: A back-end is missing; emitted once each with a message to show.
    """

    unavailable = Signal(str)

    def __init__(
        self,
        sound_factory: Callable[[], SoundBackend],
        voice_factory: Callable[[], VoiceBackend],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factories = {"sound": sound_factory, "voice": voice_factory}
        self._backends: dict[str, object] = {}
        self._missing: set[str] = set()
        self.sound_on = True
        self.voice_on = True

    def play(self, name: str) -> None:
        """Play a sound cue if sound is on and possible."""
        if self.sound_on:
            self._use("sound", lambda backend: backend.play(name))

    def say(self, text: str) -> None:
        """Speak a sentence if the voice is on and possible."""
        if self.voice_on:
            self._use("voice", lambda backend: backend.say(text))

    def _use(self, kind: str, action: Callable) -> None:
        if kind in self._missing:
            return
        try:
            backend = self._backends.get(kind)
            if backend is None:
                backend = self._backends[kind] = self._factories[kind]()
            action(backend)
        except BackendMissingError as exc:
            self._missing.add(kind)
            sound_gone = "sound" in self._missing and NO_SOUND_DEVICE in str(exc)
            if kind == "sound" and not sound_gone:
                message = f"{exc}, so there are no beeps. The screen shows every cue."
            elif kind == "voice" and NO_VOICE_ENGINE not in str(exc):
                message = f"{exc}, so steps are not read aloud. {INSTALL_VOICE}"
            else:
                message = explain_missing(sound_gone, kind == "voice")
            self.unavailable.emit(message)
