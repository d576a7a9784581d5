"""The window opens within its screen, however small the screen is."""

from __future__ import annotations

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow


def test_a_window_bigger_than_the_screen_fills_it_instead(qtbot, diary: Diary):
    window = MainWindow(diary)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()  # 800 x 800 on the offscreen platform
    assert window.width() > screen.width()  # its first size would hang past the edge
    window.show_on_screen()
    qtbot.waitExposed(window)
    assert window.isMaximized()
    assert screen.contains(window.frameGeometry())
    window.showNormal()  # made normal again, it is still on the screen
    qtbot.waitUntil(lambda: not window.isMaximized())
    assert window.width() <= screen.width()
    assert window.height() <= screen.height()
