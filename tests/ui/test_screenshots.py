"""The screenshot script still renders every tab from its made-up diary."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "screenshots.py"


def test_every_tab_renders(tmp_path, qapp):
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    saved = module.render(tmp_path, "light", 1.0)
    assert [p.name for p in saved] == [
        "log.png",
        "stretch.png",
        "checklists.png",
        "trends.png",
        "checkin.png",
    ]
    for path in saved[:4]:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)
    checkin = QImage(str(saved[4]))  # the dialog, no larger than the window
    assert 0 < checkin.width() <= 1280
    assert 0 < checkin.height() <= 800
