"""Start-up stays light: charts, numpy, audio and speech load only when first used."""

from __future__ import annotations

import subprocess
import sys
import textwrap

HEAVY = ("pyqtgraph", "numpy", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech")


def test_window_start_does_not_import_heavy_modules(tmp_path):
    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from mslog.core.diary import Diary
        from mslog.ui.main_window import MainWindow
        from mslog.ui.style import apply_style
        apply_style(app)
        diary = Diary({str(tmp_path / "d")!r})
        window = MainWindow(diary)
        window.show()
        app.processEvents()
        print(sorted(m for m in {HEAVY!r} if m in sys.modules))
        window.close()
        diary.close()
        """
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
