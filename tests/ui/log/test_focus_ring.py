"""A filled (primary) button shows the focus ring too, in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style, colours
from tests.ui.history.test_tab import tab_to


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_done_shows_the_ring_when_tab_reaches_it(
    window: MainWindow, diary: Diary, qtbot, theme: str
):
    app = QApplication.instance()
    apply_style(app, theme)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        done = window.log_tab.details.done_button
        tab_to(qtbot, done)
        image = done.grab().toImage()
        left = image.pixelColor(1, image.height() // 2)  # inside the 3 px border
        assert left == QColor(colours(theme).focus), (left.name(), colours(theme).focus)
    finally:
        apply_style(app, "light")
