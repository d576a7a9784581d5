"""A right-to-left run (issue 18): every screen opens mirrored, without a Qt warning.

No right-to-left language ships yet; this makes sure one can: the layouts follow
``QApplication.setLayoutDirection``, and nothing is pinned left to right.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from tests.helpers.audit import POPUP_NOTICES
from tests.helpers.month_of_everything import a_month_of_everything
from tests.helpers.screens import every_screen


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    """Lay the application out right to left for this test."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _x(widget: QWidget) -> int:
    """The widget's left edge in its window's coordinates."""
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


@pytest.mark.qt_log_ignore(POPUP_NOTICES)
def test_every_screen_is_mirrored(right_to_left, qtbot, diary: Diary, clock):
    a_month_of_everything(diary, clock)
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.settings.set("sounds", False)
    window.settings.set("voice", False)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    assert bar.tabRect(0).x() > bar.tabRect(1).x()  # Log, the first tab, on the right
    log = window.log_tab
    log.quick_log()
    assert _x(log.undo_button) > _x(log.earlier_button)  # the row reads from the right
    details = log.details
    assert _x(details.severity.button(0)) > _x(details.severity.button(10))
    pinned = []
    for name, shown in every_screen(window, diary, lambda s: clock.advance(seconds=s)):
        assert shown.isRightToLeft(), name
        pinned += [
            f"[{name}] {type(w).__name__}({w.objectName() or '-'})"
            for w in shown.findChildren(QWidget)
            if w.isVisibleTo(shown) and not w.isRightToLeft()
        ]
    assert pinned == []  # nothing laid out left to right against the application's choice
