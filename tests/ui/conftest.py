"""Fixtures for the Qt views: the styled application and a main window on a test diary."""

from __future__ import annotations

import weakref

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style


@pytest.fixture(autouse=True)
def _styled(qapp: QApplication) -> None:
    apply_style(qapp)


@pytest.fixture(autouse=True)
def _no_leaked_timers(qapp: QApplication, monkeypatch: pytest.MonkeyPatch):
    """Fail a test that leaves a QTimer it started still running in a live object.

    Timers are noted as they start (weak references), so the check never walks
    widget trees that may be half torn down.
    """
    started: list[weakref.ref] = []
    original_start = QTimer.start

    def start(timer: QTimer, *args) -> None:
        started.append(weakref.ref(timer))
        original_start(timer, *args)

    monkeypatch.setattr(QTimer, "start", start)
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    leaked = [
        timer
        for ref in started
        if (timer := ref()) is not None and Shiboken.isValid(timer) and timer.isActive()
    ]
    for timer in leaked:
        timer.stop()
    assert not leaked, f"test left {len(leaked)} QTimer(s) running"


@pytest.fixture(autouse=True)
def _no_ambiguous_shortcuts(monkeypatch: pytest.MonkeyPatch):
    """Fail a test in which a key was ambiguous (two live shortcuts): Qt then ignores it.

    A QAction says so with a Qt warning, which fails the test already; a QShortcut only
    emits ``activatedAmbiguously``, listened to here on each one as it is made.
    """
    ambiguous: list[str] = []
    original_init = QShortcut.__init__

    def init(shortcut: QShortcut, *args, **kwargs) -> None:
        original_init(shortcut, *args, **kwargs)
        made = weakref.ref(shortcut)

        def noted() -> None:
            pressed = made()
            ambiguous.append(pressed.key().toString() if pressed is not None else "?")

        shortcut.activatedAmbiguously.connect(noted)

    monkeypatch.setattr(QShortcut, "__init__", init)
    yield
    assert not ambiguous, f"ambiguous shortcut (Qt ignored the key): {ambiguous}"


@pytest.fixture
def window(qtbot, diary: Diary) -> MainWindow:
    """The main window, shown, on the test diary."""
    win = MainWindow(diary)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
