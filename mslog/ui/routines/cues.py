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

from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate

SOUNDS = {
    "step": "step_start.wav",
    "tick": "tick.wav",
    "end": "session_end.wav",
}


class SoundAndVoice(Words):
    """What the player says about its sounds and voice (context of the catalogue)."""


# The back-ends' problems, each said in the person's language where it is shown.
NO_SOUND_DEVICE = QT_TRANSLATE_NOOP("SoundAndVoice", "No sound device was found")
NO_VOICE_ENGINE = QT_TRANSLATE_NOOP("SoundAndVoice", "No voice engine is installed")
SOUNDS_FAILED = QT_TRANSLATE_NOOP("SoundAndVoice", "Sounds cannot be played on this computer")
ENGINE_FAILED = QT_TRANSLATE_NOOP("SoundAndVoice", "The voice engine could not start")
ENGINE_STOPPED = QT_TRANSLATE_NOOP("SoundAndVoice", "The speech engine stopped working")
NO_VOICE_FOR_LANGUAGE = QT_TRANSLATE_NOOP("SoundAndVoice", "No voice for {language} is installed")


def install_voice() -> str:
    """What to install to hear the steps, in the person's language."""
    return SoundAndVoice.tr(
        "To hear the steps read aloud, install speech-dispatcher and espeak-ng "
        "(Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart MSLog."
    )


def shown_language() -> str:
    """The two-letter language MSLog shows (and so speaks) now: English until one is chosen."""
    from mslog.platform import translators
    from mslog.platform.language import SOURCE_LANGUAGE

    return translators.spoken[0][0] if translators.spoken else SOURCE_LANGUAGE


def language_name(language: str) -> str:
    """A language's name as its speakers write it (``Deutsch``), for the messages."""
    from PySide6.QtCore import QLocale

    return QLocale(language).nativeLanguageName() or language


def language_code(locale: Any) -> str:
    """The two-letter language of a ``QLocale`` (``"en"``), or ``""`` for the C locale."""
    name = str(locale.name())
    return "" if name in ("C", "") else name.split("_")[0].lower()


def choose_locale(locales: Iterable[Any], current: Any, language: str | None = None) -> Any:
    """The locale to speak ``language`` in: ``current`` when it fits, else the best match.

    ``language`` is the one shown (see :func:`shown_language`) unless given. British English
    is preferred over other English locales (the wording is British), a language's home
    country over others (``de_DE``); None when no locale speaks the language.
    """
    language = language or shown_language()
    if language_code(current) == language:
        return current
    matches = [loc for loc in locales if language_code(loc) == language]
    if not matches:
        return None
    home = "en_GB" if language == "en" else f"{language}_{language.upper()}"
    return min(matches, key=lambda loc: (str(loc.name()) != home, str(loc.name())))


def choose_voice(voices: Sequence[Any], language: str | None = None) -> Any:
    """The first voice whose own language is ``language`` (the one shown), or None."""
    language = language or shown_language()
    for voice in voices:
        if language_code(voice.locale()) == language:
            return voice
    return None


def explain_missing(sound_missing: bool, voice_missing: bool, no_voice_for: str = "") -> str:
    """What a person hears and what to do, for the back-ends that are missing ("" if none).

    Args:
        sound_missing: There is no sound device.
        voice_missing: There is no voice engine.
        no_voice_for: A language the engine has no voice for (it then stays silent).
    """
    if sound_missing:
        # No device: neither beeps nor voice can be heard, whatever is installed.
        return SoundAndVoice.tr(
            "{problem}, so there are no beeps and no voice. "
            "The screen shows every cue and the timer works as usual."
        ).format(problem=translate("SoundAndVoice", NO_SOUND_DEVICE))
    if voice_missing:
        return SoundAndVoice.tr(
            "{problem}, so steps are not read aloud; beeps still play. {install}"
        ).format(problem=translate("SoundAndVoice", NO_VOICE_ENGINE), install=install_voice())
    if no_voice_for:
        return no_voice_message(no_voice_for)
    return ""


def no_voice_message(language: str) -> str:
    """Why the steps are not read aloud when the engine has no voice for ``language``."""
    problem = translate("SoundAndVoice", NO_VOICE_FOR_LANGUAGE)
    return SoundAndVoice.tr(
        "{problem}, so steps are not read aloud (a voice of another language would "
        "mangle the words); beeps still play. {install}"
    ).format(problem=problem.format(language=language_name(language)), install=install_voice())


class BackendMissingError(RuntimeError):
    """A sound or speech back-end cannot be used here; the message says why, calmly.

    Args:
        problem: One of the problems above (``NO_VOICE_ENGINE``…), in English as marked.
        language: For ``NO_VOICE_FOR_LANGUAGE``, the language without a voice.
    """

    def __init__(self, problem: str, language: str = "") -> None:
        super().__init__(problem.format(language=language) if language else problem)
        self.problem = problem
        self.language = language

    def shown(self) -> str:
        """The problem in the person's language."""
        text = translate("SoundAndVoice", self.problem)
        return text.format(language=language_name(self.language)) if self.language else text


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
            raise BackendMissingError(SOUNDS_FAILED)
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
            raise BackendMissingError(ENGINE_FAILED)
        # The words are in the language shown; a voice of another one mangles them, so
        # without a voice of that language the steps are not spoken at all.
        self.language = shown_language()
        if not match_language(self._speech, self.language):
            raise BackendMissingError(NO_VOICE_FOR_LANGUAGE, self.language)
        self._error = QTextToSpeech.State.Error
        self.spoken: list[str] = []

    def say(self, text: str) -> None:
        """Speak ``text`` now."""
        if self._speech.state() == self._error:
            raise BackendMissingError(ENGINE_STOPPED)
        self._speech.stop()
        self._speech.say(text)
        self.spoken.append(text)


def match_language(speech: Any, language: str | None = None) -> bool:
    """Point a ``QTextToSpeech`` (or a fake) at a voice that speaks ``language``.

    ``language`` is the one MSLog shows unless given. Under the C locale engines pick their
    first voice, whatever its language; this picks a locale and a voice of the language
    instead. Returns False when there is none (the caller then stays silent).
    """
    language = language or shown_language()
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


def diagnose(speech_factory: Callable[[], Any] | None = None, language: str | None = None) -> str:
    """Probe this computer's sound device and voice engine; say what is missing ("" if none).

    With an engine, also whether it has a voice for the language shown (``language``), as
    the player needs one to speak. ``speech_factory`` makes the ``QTextToSpeech`` (tests
    pass a fake).
    """
    from PySide6.QtMultimedia import QMediaDevices
    from PySide6.QtTextToSpeech import QTextToSpeech

    no_device = not QMediaDevices.audioOutputs()
    no_engine = speech_factory is None and not QTextToSpeech.availableEngines()
    language = language or shown_language()
    no_voice_for = ""
    if not no_device and not no_engine:
        speech = (speech_factory or QTextToSpeech)()
        if speech.state() == QTextToSpeech.State.Error:
            return SoundAndVoice.tr("{problem}, so steps are not read aloud. {install}").format(
                problem=translate("SoundAndVoice", ENGINE_FAILED), install=install_voice()
            )
        if not match_language(speech, language):
            no_voice_for = language
    return explain_missing(no_device, no_engine, no_voice_for)


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
            sound_gone = "sound" in self._missing and exc.problem == NO_SOUND_DEVICE
            if kind == "sound" and not sound_gone:
                message = SoundAndVoice.tr(
                    "{problem}, so there are no beeps. The screen shows every cue."
                )
                message = message.format(problem=exc.shown())
            elif kind == "voice" and exc.problem == NO_VOICE_FOR_LANGUAGE:
                message = no_voice_message(exc.language)
            elif kind == "voice" and exc.problem != NO_VOICE_ENGINE:
                message = SoundAndVoice.tr(
                    "{problem}, so steps are not read aloud. {install}"
                ).format(problem=exc.shown(), install=install_voice())
            else:
                message = explain_missing(sound_gone, kind == "voice")
            self.unavailable.emit(message)
