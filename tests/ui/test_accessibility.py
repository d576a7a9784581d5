"""The accessibility audit: every tab, every theme, and the 200 % text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style
from tests.helpers.audit import audit, clipping

THEMES = [("light", 4.5), ("dark", 4.5), ("high_contrast", 7.0)]


def _each_tab(window: MainWindow):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield window.tabs.tabText(index)


@pytest.fixture
def busy_window(window: MainWindow, diary: Diary) -> MainWindow:
    """The window with some data and the details panel open, so most widgets show."""
    diary.spasms.log(severity=4, kind="clonus", locations=["left_foot"], triggers=["heat"])
    window.log_tab.quick_log()
    window.resize(1280, 800)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize(("theme", "minimum"), THEMES)
def test_every_tab_passes_the_audit(busy_window: MainWindow, theme: str, minimum: float):
    app = QApplication.instance()
    apply_style(app, theme)
    try:
        found = []
        for tab in _each_tab(busy_window):
            found += [f"[{theme}/{tab}] {p}" for p in audit(busy_window, min_contrast=minimum)]
        assert not found, "\n".join(found)
    finally:
        apply_style(app, "light")


def test_nothing_is_clipped_at_200_percent(busy_window: MainWindow):
    app = QApplication.instance()
    apply_style(app, "light", 2.0)
    try:
        busy_window.resize(1280, 800)
        found = []
        for tab in _each_tab(busy_window):
            found += [f"[{tab}] {p}" for p in clipping(busy_window)]
        assert not found, "\n".join(found)
    finally:
        apply_style(app, "light")


def test_the_audit_catches_problems(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    faint = QLabel("faint text")
    faint.setStyleSheet("color: #dddddd; background: #ffffff;")
    tiny = QPushButton("x")
    tiny.setFixedSize(20, 20)
    layout.addWidget(faint)
    layout.addWidget(tiny)
    page.show()
    qtbot.waitExposed(page)
    issues = [str(p) for p in audit(page)]
    assert any("faint text" in i and "contrast" in i for i in issues)
    assert any("'x'" in i and "target" in i for i in issues)


def test_tab_order_follows_reading_order_on_the_log_tab(busy_window: MainWindow):
    tab = busy_window.log_tab
    order = []
    widget = tab.log_button
    for _ in range(200):
        order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is tab.log_button:
            break
    position = {id(w): i for i, w in enumerate(order)}

    def at(w):
        return position[id(w)]

    details = tab.details
    assert at(tab.log_button) < at(tab.undo_button) < at(tab.earlier_button)
    assert at(tab.earlier_button) < at(details.done_button) < at(details.severity.button(0))
    assert at(details.severity.button(0)) < at(details.severity.button(10))
    assert at(details.severity.button(10)) < at(details.kind.button("flexor"))
    assert at(details.kind.button("flexor")) < at(details.locations.button("left_foot"))
    assert at(details.triggers.button("heat")) < at(details.note)
    assert at(details.note) < at(tab.today.rows[0].edit_button)


def test_tab_order_follows_the_list_top_to_bottom(window: MainWindow, diary: Diary, clock):
    for _ in range(3):
        clock.advance(minutes=10)
        diary.spasms.log()
    QApplication.processEvents()  # new rows show on the next turn of the event loop
    rows = window.log_tab.today.rows  # newest first, as shown

    def next_stop(widget):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()):
            widget = widget.nextInFocusChain()
        return widget

    assert next_stop(rows[0].edit_button) is rows[0].delete_button
    assert next_stop(rows[0].delete_button) is rows[1].edit_button
    assert next_stop(rows[1].delete_button) is rows[2].edit_button
