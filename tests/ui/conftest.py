"""Fixtures for the Qt views: the styled application and a main window on a test diary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style


@pytest.fixture(autouse=True)
def _styled(qapp: QApplication) -> None:
    apply_style(qapp)


@pytest.fixture(autouse=True)
def _no_leaked_timers(qapp: QApplication):
    """Fail a test that leaves an active QTimer behind in a live widget."""
    yield
    # Let pending deleteLater() calls finish first, so only live widgets are walked.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    leaked = [
        timer
        for window in QApplication.topLevelWidgets()
        if Shiboken.isValid(window)
        for timer in window.findChildren(QTimer)
        if timer.isActive()
    ]
    assert not leaked, f"test left {len(leaked)} QTimer(s) running"


@pytest.fixture
def window(qtbot, diary: Diary) -> MainWindow:
    """The main window, shown, on the test diary."""
    win = MainWindow(diary)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
