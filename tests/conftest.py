"""Fixtures shared by every test: a private data folder, a fake clock, an open diary."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from tests.helpers.stubs import FakeClock


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
