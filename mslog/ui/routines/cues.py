"""Sound cues and spoken step names; each can be switched off, and both fail silently.

QtMultimedia and QtTextToSpeech are imported on first use only (start-up stays quick).
Where a back-end is missing (no audio device, no speech engine) the player carries on
in silence and says so once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

SOUNDS = {
    "step": "step_start.wav",
    "tick": "tick.wav",
    "end": "session_end.wav",
}


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
            raise BackendMissingError("No sound device was found")
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
            raise BackendMissingError("No speech engine is installed")
        self._speech = QTextToSpeech(engine, parent) if engine else QTextToSpeech(parent)
        if self._speech.state() == QTextToSpeech.State.Error:
            raise BackendMissingError("The speech engine could not start")
        self._error = QTextToSpeech.State.Error
        self.spoken: list[str] = []

    def say(self, text: str) -> None:
        """Speak ``text`` now."""
        if self._speech.state() == self._error:
            raise BackendMissingError("The speech engine stopped working")
        self._speech.stop()
        self._speech.say(text)
        self.spoken.append(text)


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
            what = "Sound cues are off" if kind == "sound" else "The voice is off"
            self.unavailable.emit(
                f"{exc}, so the player is silent. {what}; the timer works as usual."
            )
