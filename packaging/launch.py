"""The frozen app's entry script (PyInstaller runs this as ``__main__``).

With ``MSLOG_BUNDLE_SELFTEST=1`` it instead checks that the bundle holds everything MSLog
loads lazily (charts, sound, speech, every module and resource, every tab) and prints
MSLOG_SELFTEST_OK. With ``MSLOG_SELFTEST_SOUND=1`` too, every sound cue must decode and play
to the end on an audio output (packaging/smoke_bundle.sh gives it a silent one).
"""

import os
import sys

from mslog.cli import main

# Loaded only on first use in the app, so a plain start would not notice them missing.
LAZY_MODULES = (
    "numpy",
    "pyqtgraph",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
)
# Qt messages about the machine running the test (no sound server, no GPU video decoding, no
# speech daemon, the offscreen platform), not about a broken bundle.
# "No QtMultimedia backends found" is by design: the bundle leaves out the FFmpeg media backend
# (video and compressed audio), keeping QSoundEffect and the audio devices that MSLog uses.
HARMLESS = (
    "propagateSizeHints",
    "pa_context_connect",
    "pipewire",
    "load va",
    "symbols",
    "speechd",
    "No QtMultimedia backends found",
)
# The window's tabs, each opened in turn (a tab missing from the bundle's window fails the test).
TABS = ("Log", "Stretch", "Checklists", "Trends", "History")


def wait(app, done, seconds: float) -> bool:
    """Let Qt run until ``done()`` is true or ``seconds`` pass; return ``done()``."""
    import time

    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    return done()


def play_cues(app, problems: list[str]) -> None:
    """Decode and play every cue with QSoundEffect, as the Stretch tab does, to the end."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    from mslog.platform.assets import resource_path
    from mslog.ui.routines.cues import SOUNDS

    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        print("sound: no audio output here; the cues were not played")
        if os.environ.get("MSLOG_SELFTEST_SOUND") == "1":
            problems.append("no audio output, so no cue could be played")
        return
    loading = (QSoundEffect.Status.Null, QSoundEffect.Status.Loading)
    for filename in SOUNDS.values():
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", filename))))
        wait(app, lambda e=effect: e.status() not in loading, 10)
        if effect.status() != QSoundEffect.Status.Ready:
            problems.append(f"{filename} did not load ({effect.status().name})")
            continue
        effect.play()
        started = wait(app, effect.isPlaying, 5)
        ended = started and wait(app, lambda e=effect: not e.isPlaying(), 10)
        if not ended:
            problems.append(f"{filename} did not play to the end")
            continue
        print(f"sound: {filename} played on {outputs[0].description()}")


def selftest() -> int:
    """Import every module, open every tab offscreen and load every resource; return the code."""
    import importlib
    import pkgutil
    import tempfile
    import traceback
    from pathlib import Path

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    problems: list[str] = []

    def on_message(kind, _context, text) -> None:
        serious = kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if serious and not any(word in text for word in HARMLESS):
            print(f"Qt: {text}", file=sys.stderr, flush=True)
            problems.append(text)

    def on_exception(kind, value, trace) -> None:
        text = "".join(traceback.format_exception(kind, value, trace))
        print(text, file=sys.stderr, flush=True)  # an import error ends the test right here
        problems.append(text)

    qInstallMessageHandler(on_message)
    sys.excepthook = on_exception  # errors inside Qt event handlers land here

    import mslog

    for info in pkgutil.walk_packages(mslog.__path__, "mslog."):
        if info.name != "mslog.__main__":  # that one would start the app
            importlib.import_module(info.name)
    for name in LAZY_MODULES:
        importlib.import_module(name)

    from PySide6.QtMultimedia import QMediaDevices
    from PySide6.QtTextToSpeech import QTextToSpeech
    from PySide6.QtWidgets import QApplication

    from mslog.core.diary import Diary
    from mslog.platform.assets import resource_path
    from mslog.ui.main_window import MainWindow, app_icon
    from mslog.ui.style import apply_style

    app = QApplication(sys.argv[:1])
    apply_style(app)
    if app_icon().pixmap(64, 64).isNull():
        problems.append("the SVG window icon draws nothing (iconengines plugin missing?)")
    QMediaDevices.audioOutputs()  # loads the multimedia backend plugin
    print("speech engines:", ", ".join(QTextToSpeech.availableEngines()) or "none")
    with tempfile.TemporaryDirectory() as folder:
        diary = Diary(Path(folder))
        window = MainWindow(diary)
        window.show()
        opened = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)  # lazy tabs build their content now
            app.processEvents()
            title = window.tabs.tabText(index).replace("&", "")
            if not window.tabs.currentWidget().isVisible():
                problems.append(f"the {title} tab did not show")
            opened.append(title)
            print("tab:", title)
        if missing := [title for title in TABS if title not in opened]:
            problems.append(f"tabs missing from the window: {', '.join(missing)}")
        play_cues(app, problems)
        window.close()
        app.processEvents()
        diary.close()
    count = sum(1 for path in resource_path().rglob("*") if path.is_file())
    print(f"resources: {count} files in {resource_path()}")
    if problems:
        print(f"selftest: {len(problems)} problem(s):", file=sys.stderr)
        for text in problems:  # a traceback's last line names its error
            print(f"  {text.strip().splitlines()[-1]}", file=sys.stderr)
        return 1
    print("MSLOG_SELFTEST_OK")
    return 0


if __name__ == "__main__":
    sys.exit(selftest() if os.environ.get("MSLOG_BUNDLE_SELFTEST") == "1" else main())
