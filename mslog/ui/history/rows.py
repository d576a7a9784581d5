"""One line of a diary day on the History tab: when, what, and the buttons that change it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mslog.ui.widgets.flowlayout import FlowLayout

FLOW_SPACING = 8  # between a row's buttons


def row_button(text: str, name: str) -> QPushButton:
    """Return a row's button: Enter presses it as Space does, a screen reader hears ``name``."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(True)  # Enter on a focused button presses it, in the window too
    return button


class EntryLine(QFrame):
    """One entry: its time (when it has one), its words, and its buttons.

    Args:
        when: The time shown at the start ("02:40"), or "" for a day's own entry.
        text: What the entry holds, in words; wraps.
        buttons: The entry's buttons, in the order they are read.
        key: What the entry is (its uuid, or a dose's medicine and time), the same in the
            line that shows it again once it changed.
    """

    def __init__(
        self,
        when: str,
        text: str,
        buttons: list[QPushButton] | None = None,
        parent: QWidget | None = None,
        *,
        key: object = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryRow")
        self.key = key
        self.buttons = list(buttons or [])
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Level with the time beside it, however tall the buttons make the row.
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        words = QHBoxLayout()
        if when:
            time_label = QLabel(when)
            time_label.setObjectName("entryTime")
            words.addWidget(time_label, 0, Qt.AlignmentFlag.AlignTop)
        words.addWidget(self.text, 1)
        # Under the words, the buttons wrap when even a row of them is too wide.
        self._button_box = QWidget()
        flow = FlowLayout(self._button_box, FLOW_SPACING)
        for button in self.buttons:
            flow.addWidget(button)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.addLayout(words, 1)
        self._layout.addWidget(self._button_box, 0, Qt.AlignmentFlag.AlignTop)
        self.set_narrow(False)

    def set_narrow(self, narrow: bool) -> None:
        """Put the buttons under the words when the row is short of room."""
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        # Beside the words the buttons keep to one row; under them they may wrap.
        one_row = sum(b.sizeHint().width() for b in self.buttons)
        one_row += FLOW_SPACING * max(0, len(self.buttons) - 1)
        self._button_box.setMinimumWidth(0 if narrow else one_row)
