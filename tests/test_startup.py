"""Start-up stays light: charts, numpy, audio and speech load only when first used."""

from __future__ import annotations

import subprocess
import sys
import textwrap

HEAVY = ("pyqtgraph", "numpy", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech")


def _run_fresh_python(code: str, home) -> str:
    """Run ``code`` in a new interpreter (nothing imported yet) and return what it printed."""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


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
    stdout = _run_fresh_python(code, tmp_path)
    assert stdout.strip().splitlines()[-1] == "[]"


def test_the_lighter_import_scan_answers_as_pyside_does_and_keeps_no_source(tmp_path):
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain.py").write_text("VALUE = 1\n")
    code = textwrap.dedent(
        f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        import PySide6.QtCore
        from mslog.ui.import_scan import lighten_pyside_import_scan
        print(lighten_pyside_import_scan())
        import uses_qt, plain
        flags = sys.modules["shibokensupport.feature"].pyside_feature_dict
        print(flags["uses_qt"], flags["plain"])
        print(any(name.endswith(("uses_qt.py", "plain.py")) for name in linecache.cache))
        """
    )
    stdout = _run_fresh_python(code, tmp_path)
    assert stdout.split() == ["True", "0", "-1", "False"]


def test_the_first_frame_comes_before_the_diary_and_its_database_library(tmp_path):
    code = textwrap.dedent(
        """
        import sys
        import PySide6.QtCore
        from mslog.ui.style import apply_style, new_application
        from mslog.ui.import_scan import lighten_pyside_import_scan
        lighten_pyside_import_scan()
        app = new_application(sys.argv[0])
        from mslog.ui.main_window import MainWindow
        from mslog.ui.settings.store import UiSettings
        settings = UiSettings()
        apply_style(app, settings.get("theme"), settings.get("text_scale"))
        window = MainWindow(settings=settings)
        window.show()
        app.processEvents()
        loaded = [m for m in ("peewee", "sqlite3", "mslog.core.diary", "PySide6.QtNetwork",
                              "PySide6.QtSvg") if m in sys.modules]
        # PySide6 builds the Qt namespace's 93 enums on first use: 12 ms, after the frame.
        print(loaded, "Qt" in vars(PySide6.QtCore))
        window.close()
        """
    )
    stdout = _run_fresh_python(code, tmp_path)
    assert stdout.strip().splitlines()[-1] == "[] False"
