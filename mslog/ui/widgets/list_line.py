"""A line of a card's list: its words, with its buttons beside them or, when narrow, under them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class ListLine(QFrame):
    """Words on the left and buttons on the right, the buttons under the words when narrow.

    Narrow is when the buttons and ``reading_ems`` widths of "M" for the words do not fit
    side by side (large text in a small window). A subclass makes its labels and buttons,
    then calls :meth:`lay_out`.
    """

    def __init__(self, reading_ems: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reading_ems = reading_ems
        self._buttons = QHBoxLayout()
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def lay_out(self, words: Sequence[QWidget], buttons: Sequence[QPushButton]) -> None:
        """Place ``words`` one under the other and ``buttons`` in a row after them."""
        column = QVBoxLayout()
        column.setSpacing(0)
        for widget in words:
            column.addWidget(widget)
        for button in buttons:
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)  # left-aligned once under the words
        self._layout.addLayout(column, 1)
        self._layout.addLayout(self._buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Put the buttons under the words when both do not fit side by side (large text)."""
        room = self.fontMetrics().horizontalAdvance("M") * self._reading_ems
        narrow = event.size().width() < self._buttons.sizeHint().width() + room
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)
