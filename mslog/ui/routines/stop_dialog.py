"""The large, clear question before a stretch session is stopped early."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from mslog.ui.widgets.wrapping import WrapButton


class StopDialog(QDialog):
    """Asks "Stop the session?" with two big buttons; keeping going is the default.

    ``accepted`` means stop; ``rejected`` (also Esc) means carry on.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stop the session?"))
        self.setModal(True)
        title = QLabel(self.tr("Stop the session?"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        text = QLabel(
            self.tr(
                "The timer is paused while you decide. What you have done so far is saved, "
                "and a step you are part-way through counts as partly done."
            )
        )
        text.setWordWrap(True)
        self.keep_button = WrapButton(self.tr("Keep going"))
        self.keep_button.setObjectName("primary")
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.reject)
        self.stop_button = WrapButton(self.tr("Stop and save"))
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
        # Grow to the wrapped text's height at large text sizes instead of cutting it off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(min(560, parent.window().width() - 40) if parent else 560)
        self.keep_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Be tall enough for the wrapped question at the width it has."""
        layout = self.layout()
        if layout is not None:
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))
        super().showEvent(event)
