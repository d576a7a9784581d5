"""Guard against PySide6 6.12.0 on CPython <= 3.11 aborting after many void-returning calls."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QLabel


def test_pyside_build_is_not_the_crashing_pair():
    # pyproject's environment markers must keep this pair from ever being installed.
    assert not (sys.version_info < (3, 12) and pyside_version.startswith("6.12.0"))


def test_many_calls_returning_nothing_do_not_abort(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    # The known crash ("Fatal Python error: none_dealloc") strikes after ~5,000 calls.
    for i in range(100_000):
        label.setText("x" if i % 2 else "y")
    assert label.text() == "x"
