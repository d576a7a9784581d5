"""The screenshot script still renders every tab from its made-up diary."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "screenshots.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """The screenshot script, loaded as a module."""
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def template(script: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The made-up diary, filled in once for both renderings (each copies it)."""
    return script.make_template(tmp_path_factory.mktemp("demo") / "diary")


def test_every_tab_renders(tmp_path, qapp, script: ModuleType, template: Path):
    saved = script.render(tmp_path, "light", 1.0, template=template)
    assert [p.name for p in saved] == [
        "log.png",
        "stretch.png",
        "checklists.png",
        "trends.png",
        "history.png",
        "checkin.png",
    ]
    for path in saved[:5]:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)
    checkin = QImage(str(saved[5]))  # the dialog, no larger than the window
    assert 0 < checkin.width() <= 1280
    assert 0 < checkin.height() <= 800


def test_the_review_set_renders_at_a_small_size(tmp_path, qapp, script: ModuleType, template):
    """``--dialogs --size 800x600 --scale 2``: each dialog and card, none larger than the window."""
    try:
        saved = script.render(tmp_path, "dark", 2.0, (800, 600), dialogs=True, template=template)
    finally:
        from mslog.ui.style import apply_style

        apply_style(qapp, "light")
    names = [p.name for p in saved]
    tabs = ["log.png", "stretch.png", "checklists.png", "trends.png", "history.png"]
    assert names[:6] == [*tabs, "checkin.png"]
    assert {"checkin-banner.png", "appointments-page.png", "checklists-page.png"} <= set(names)
    assert {"checklists-treatments.png", "refill-banner.png"} <= set(names)
    dialogs = [p for p in saved if p.name.startswith("dialog-")]
    assert len(dialogs) == 12  # "Log an earlier spasm" and eleven of the Checklists tab
    for path in dialogs:
        image = QImage(str(path))
        assert 0 < image.width() <= 800, path.name
        assert 0 < image.height() <= 600, path.name
    assert script.window_size("800x600") == (800, 600)
