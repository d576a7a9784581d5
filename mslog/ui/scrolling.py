"""Pages that scroll as a whole when the window is small or the text is large."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scroll_area(content: QWidget) -> QScrollArea:
    """Return a frameless scroll area that lets ``content`` take its full width."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def fill_with_scrolling(page: QWidget, content: QWidget) -> QScrollArea:
    """Make ``content`` the whole of ``page``, scrolling when it does not fit."""
    scroll = scroll_area(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
