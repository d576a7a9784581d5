"""What the Checklists tab's cards share: a titled card, how it speaks and opens dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFrame, QLabel, QLayout, QVBoxLayout, QWidget

Say = Callable[[str], None]
# Opens a dialog with the function that saves it (False keeps the dialog open).
Opener = Callable[[QDialog, Callable[[], bool]], None]


class Card(QFrame):
    """A titled card of the Checklists tab: its rows go in :attr:`body`.

    Args:
        title: The card's heading.
        say: Shows a short message on the tab's status line.
        open_dialog: Opens one of the card's dialogs (the tab holds one at a time).
    """

    def __init__(
        self, title: str, say: Say, open_dialog: Opener, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._say = say
        self._open = open_dialog
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.body.setSpacing(8)
        self.heading = QLabel(title)
        self.heading.setObjectName("sectionTitle")
        self.body.addWidget(self.heading)


def rows_box() -> QVBoxLayout:
    """Return a column for a card's rows."""
    box = QVBoxLayout()
    box.setSpacing(6)
    return box


def clear(layout: QLayout) -> None:
    """Remove every row from ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            # Hidden now, deleted later: a button inside may be the one that was pressed,
            # and deleting it during its own click signal would crash.
            widget.hide()
            widget.deleteLater()
