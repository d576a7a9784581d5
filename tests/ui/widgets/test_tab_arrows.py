"""The tab bar's scroll arrows: the one that cannot go further is greyed in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTabWidget, QToolButton, QWidget

from mslog.ui.style import apply_style, colours


def arrow_colours(button: QToolButton) -> set[str]:
    """Return the colours drawn in the middle of a button (the arrow, not its border)."""
    image = button.grab().toImage()
    w, h = image.width(), image.height()
    background = image.pixelColor(w // 2, 3).name()
    found: set[str] = set()
    for x in range(w // 4, w - w // 4):
        for y in range(h // 4, h - h // 4):
            colour = image.pixelColor(x, y)
            if colour.name() != background and colour.alpha() == 255:
                found.add(colour.name())
    return found


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_the_arrow_at_the_end_is_greyed(qapp: QApplication, qtbot, theme: str):
    apply_style(qapp, theme)
    c = colours(theme)
    tabs = QTabWidget()
    for name in ("Overview", "Time of day", "Triggers", "Medication", "Habits", "Sessions"):
        tabs.addTab(QWidget(), name)
    qtbot.addWidget(tabs)
    tabs.resize(300, 200)  # too narrow for every tab: the bar scrolls
    tabs.show()
    qtbot.waitExposed(tabs)
    left, right = tabs.tabBar().findChildren(QToolButton)[:2]
    qtbot.waitUntil(lambda: not left.isEnabled() and right.isEnabled())
    assert QColor(c.disabled).name() in arrow_colours(left)
    assert QColor(c.text).name() not in arrow_colours(left)
    assert QColor(c.text).name() in arrow_colours(right)
    apply_style(qapp)
