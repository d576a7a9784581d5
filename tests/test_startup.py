"""Start-up as a person launches it: the window opens its diary, and stays light."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import mslog
from mslog.core.storage.database import DB_FILENAME

# The child imports this same checkout of mslog, not whichever one is installed.
SOURCE_ROOT = str(Path(mslog.__file__).resolve().parent.parent)

HEAVY = ("pyqtgraph", "numpy", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech")


def _launch(code: str, home, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter (nothing imported yet), as the launcher would."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": SOURCE_ROOT,
            **env,
        },
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_the_window_opens_its_diary_without_loading_charts_numbers_audio_or_speech(tmp_path):
    data = tmp_path / "diary"
    done = _launch(
        f"""
        import atexit, sys
        import mslog
        assert mslog.__file__.startswith({SOURCE_ROOT!r})
        atexit.register(lambda: print(sorted(m for m in {HEAVY!r} if m in sys.modules)))
        from mslog.cli import main
        sys.exit(main(["--data-dir", {str(data)!r}]))
        """,
        tmp_path,
        MSLOG_EXIT_WHEN_SHOWN="1",  # quit once the diary is open and drawn
    )
    assert done.stdout.split("\n")[:2] == ["MSLOG_SHOWN", "MSLOG_READY"]
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert (data / DB_FILENAME).exists()
    assert done.stderr == ""  # not one Qt warning on the way


def test_closing_the_window_before_the_diary_opens_ends_cleanly(tmp_path):
    data = tmp_path / "diary"
    _launch(
        f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from mslog.cli import main
        app = QApplication(sys.argv[:1])
        # Queued before the window's first frame: closed before the diary is opened.
        QTimer.singleShot(0, app.closeAllWindows)
        sys.exit(main(["--data-dir", {str(data)!r}]))
        """,
        tmp_path,
    )
    assert not (data / DB_FILENAME).exists()  # never opened, so nothing was written
