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
    assert [p.name for p in saved] == ["log.png", "stretch.png", "checklists.png", "trends.png"]
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)
