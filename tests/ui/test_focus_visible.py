"""The keyboard is always on a widget that shows it: never on a page's scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QListWidget, QWidget

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.widgets.lazytab import LazyTab

CTRL = Qt.KeyboardModifier.ControlModifier


def shows_focus(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a stop that draws the keyboard's ring (a list does, a page not)."""
    if widget is None or isinstance(widget, LazyTab):
        return False
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QListWidget):
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def test_every_tab_puts_the_keyboard_where_it_shows(window: MainWindow, diary: Diary, qtbot):
    for key, page in (
        (Qt.Key.Key_2, window.stretch_page),
        (Qt.Key.Key_3, window.checklists_page),
        (Qt.Key.Key_4, window.trends_tab),
        (Qt.Key.Key_5, window.history_page),
        (Qt.Key.Key_1, window.log_tab),
    ):
        qtbot.keyClick(window, key, CTRL)
        if isinstance(page, LazyTab):  # Trends is drawn a moment after it shows
            qtbot.waitUntil(page.is_built)
        qtbot.waitUntil(lambda: shows_focus(QApplication.focusWidget()))
        # Shift+Tab from there reaches another stop that shows, not the page itself.
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier
        )
        assert shows_focus(QApplication.focusWidget()), QApplication.focusWidget()
