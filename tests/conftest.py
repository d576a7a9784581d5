"""Fixtures shared by every test: a private data folder, a fake clock, an open diary."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

from mslog.core.diary import Diary
from mslog.core.storage.database import Database
from tests.helpers.stubs import FakeClock

# The property tests draw the same examples on every run, so a failure in CI is a failure
# at every run, on any machine, and never a flake; explore with another seed by hand
# (`pytest --hypothesis-seed=N`, or `--hypothesis-profile explore` for fresh random draws).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every per-user folder at a temporary one, so no test touches the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("MSLOG_DATA_DIR", raising=False)
    # No test sends a notification to the desktop it runs on (a test gives its own bus).
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.fixture(autouse=True)
def _every_diary_closed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a diary open, as a program that forgot to close it would.

    An unclosed connection is reported by Python 3.13 only when it is collected, in
    whichever later test that happens; this names the test that left it.
    """
    opened: list[Database] = []
    real_open = Database._open

    def tracked_open(self: Database) -> None:
        real_open(self)
        opened.append(self)

    monkeypatch.setattr(Database, "_open", tracked_open)
    yield
    left = [db for db in dict.fromkeys(opened) if not db.is_closed()]
    for db in left:
        db.close()
    if left:
        pytest.fail(f"the test left {len(left)} diary open: {[str(db.path) for db in left]}")


@pytest.fixture(autouse=True)
def _no_windows_left() -> Iterator[None]:
    """Delete every window a test left behind, once the test and its fixtures are done.

    Each left window would stay for the rest of the session, and every later change of
    the application's style sheet, font or palette repolishes all of them.
    """
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # qtbot's windows
    if QApplication.topLevelWidgets():  # held only by a reference cycle: free them now
        gc.collect()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, not yet created data folder."""
    return tmp_path / "data"


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock at Wednesday 11 March 2026, 14:30 in London."""
    return FakeClock(datetime(2026, 3, 11, 14, 30))


@pytest.fixture
def diary(data_dir: Path, clock: FakeClock) -> Iterator[Diary]:
    """An open diary in the test's data folder, on the fake clock."""
    opened = Diary(data_dir, clock=clock)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _english(request: pytest.FixtureRequest) -> Iterator[None]:
    """Speak English in every test, and leave no language behind for the next one.

    A test with a Qt application gets MSLog's English catalogue (its plural forms: "1
    spasm"), as the window has; a test that switches language is undone after it.
    """
    if "qapp" in request.fixturenames:
        from tests.helpers.language import speak

        speak(request.getfixturevalue("qapp"), "en")
    yield
    from mslog.core import formatting, i18n

    i18n.install(None)
    formatting.install_locale(None)


@pytest.fixture
def pseudo(qapp) -> Iterator[None]:
    """Wrap every translation in ⟦…⟧ for this test; English again after it."""
    from tests.helpers.language import speak

    speak(qapp, "en", pseudo=True)
    yield
    speak(qapp, "en")


@pytest.fixture
def german(qapp) -> Iterator[None]:
    """Speak German, as the window does for a German person; English again after it."""
    from tests.helpers.language import speak

    speak(qapp, "de")
    yield
    speak(qapp, "en")
