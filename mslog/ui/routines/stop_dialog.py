"""The large, clear question before a stretch session is stopped early."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mslog.ui.widgets.wrapping import WrapButton


class StopDialog(QDialog):
    """Asks "Stop the session?" with two big buttons; keeping going is the default.

    ``accepted`` means stop; ``rejected`` (also Esc) means carry on.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Stop the session?")
        self.setModal(True)
        title = QLabel("Stop the session?")
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        text = QLabel(
            "The timer is paused while you decide. What you have done so far is saved, "
            "and a step you are part-way through counts as partly done."
        )
        text.setWordWrap(True)
        self.keep_button = WrapButton("Keep going")
        self.keep_button.setObjectName("primary")
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.reject)
        self.stop_button = WrapButton("Stop and save")
        self.stop_button.clicked.connect(self.accept)
        for button in (self.keep_button, self.stop_button):
            button.setStyleSheet("QPushButton { min-height: 64px; padding: 0 32px; }")
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.keep_button, 1)
        buttons.addWidget(self.stop_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(20)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(560, parent.window().width() - 40) if parent else 560)
        self.keep_button.setFocus()
