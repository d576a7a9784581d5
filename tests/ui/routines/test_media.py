"""Illustrations render at every size; sound and speech load lazily and fail silently."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from mslog.core.routines.library import RoutineLibrary
from mslog.platform.assets import resource_path
from mslog.ui.routines.cues import SOUNDS, BackendMissingError, Cues, QtSoundBackend, QtVoiceBackend
from mslog.ui.style import LIGHT

LIBRARY = RoutineLibrary(resource_path(), None)
FRAMES = sorted({(key, frame) for key, ex in LIBRARY.exercises.items() for frame in ex.frames})
HIGHLIGHT = QColor(LIGHT.focus)  # the working limb in the stills (tools/render_figures.py)
# Loading the multimedia back-end logs its probing (PipeWire, PulseAudio, VA-API) as warnings.
AUDIO_PROBING = r"pipewire|PulseAudio|pa_context|\bva\b|va-|FFmpeg|QSoundEffect|text-to-speech"


def render(path: Path, width: int) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    image = QImage(width, width * 3 // 4, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def colours(image: QImage, step: int) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


@pytest.mark.parametrize(("exercise", "frame"), FRAMES)
def test_every_illustration_frame_renders_small_and_large(qapp, exercise: str, frame: str):
    path = LIBRARY.illustrations / frame
    small = render(path, 200)
    drawn = colours(small, 2)
    assert len(drawn) > 4, "the frame is (nearly) empty"
    large = render(path, 1600)
    assert len(colours(large, 8)) > 4


def test_every_exercise_highlights_the_moving_part(qapp):
    for key, exercise in LIBRARY.exercises.items():
        highlighted = any(
            HIGHLIGHT.rgba() in colours(render(LIBRARY.illustrations / f, 400), 1)
            for f in exercise.frames
        )
        assert highlighted, f"{key}: no frame shows the moving part in the highlight colour"


def test_sound_files_are_short_mono_wavs():
    for filename in SOUNDS.values():
        with wave.open(str(resource_path("sounds", filename))) as handle:
            assert handle.getnchannels() == 1
            assert handle.getnframes() / handle.getframerate() < 2.5


@pytest.mark.qt_log_ignore(AUDIO_PROBING)
def test_the_mock_speech_engine_speaks(qtbot):
    voice = QtVoiceBackend("mock")
    voice.say("Calf stretch, left leg, 30 seconds")
    assert voice.spoken == ["Calf stretch, left leg, 30 seconds"]


@pytest.mark.qt_log_ignore(AUDIO_PROBING)
def test_real_sound_backend_plays_or_falls_back_silently_once(qtbot):
    def factory():
        return QtSoundBackend(resource_path("sounds"))

    cues = Cues(factory, lambda: QtVoiceBackend("mock"))
    notices = []
    cues.unavailable.connect(notices.append)
    for _ in range(3):
        cues.play("tick")
        cues.say("Rest")
    try:
        factory()
    except BackendMissingError:
        assert len(notices) == 1
        assert "no beeps" in notices[0]  # says what is missing, never a bare "silent"
    else:
        assert len(notices) <= 1  # a device exists; at most the format may be refused once


def test_opening_the_stretch_tab_module_loads_no_audio_or_speech(tmp_path: Path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from mslog.core.diary import Diary\n"
        "from mslog.ui.routines.tab import StretchTab\n"
        f"diary = Diary({str(tmp_path)!r})\n"
        "tab = StretchTab(diary)\n"
        "print(sorted(m for m in sys.modules if 'Multimedia' in m or 'TextToSpeech' in m))\n"
        "diary.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": ""},
        check=True,
    )
    assert result.stdout.strip() == "[]"
