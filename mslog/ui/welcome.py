"""The first-run welcome: what MSLog is, that data stays here, and a short optional set-up."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mslog.ui.settings.store import UiSettings
from mslog.ui.widgets.scrolling import fit_in_window, scrolling_body
from mslog.ui.widgets.wrapping import WrapButton, WrapCheckBox

WELCOME_TEXT = (
    "<p>MSLog is a diary for multiple sclerosis spasms. Press one big button when a spasm "
    "starts; add details later, or never.</p>"
    "<p>It can also guide a short daily stretch, keep a checklist of your medicines and "
    "self-care, and print a one-page summary for your appointments.</p>"
    "<p><b>Your diary stays on this computer.</b> Nothing is sent anywhere unless you "
    "export it yourself.</p>"
    "<p>MSLog records and summarises. It is not medical advice: please talk to your "
    "clinician before changing any treatment.</p>"
)


class WelcomeDialog(QDialog):
    """Two calm pages; Skip at any time. Never shown again once finished or skipped.

    Args:
        settings: Where "first run done" and the reminder choice are kept.
        setup_actions: ``(label, callback)`` buttons for the optional set-up page,
            e.g. ("Add my medicines", open_medicines).
    """

    def __init__(
        self,
        settings: UiSettings,
        setup_actions: Sequence[tuple[str, Callable[[], None]]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to MSLog")
        self._settings = settings
        self.pages = QStackedWidget()

        intro = QWidget()
        intro_layout = QVBoxLayout(intro)
        title = QLabel("Welcome to MSLog")
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        text = QLabel(WELCOME_TEXT)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        intro_layout.addWidget(title)
        intro_layout.addWidget(text)
        intro_layout.addStretch(1)

        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_title = QLabel("A quick set-up (all optional)")
        setup_title.setObjectName("pageTitle")
        setup_title.setWordWrap(True)
        setup_layout.addWidget(setup_title)
        explain = QLabel("You can do any of this later, or not at all.")
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        setup_layout.addWidget(explain)
        self.setup_buttons: list[QPushButton] = []
        for label, callback in setup_actions:
            button = WrapButton(label)
            button.clicked.connect(callback)
            setup_layout.addWidget(button)
            self.setup_buttons.append(button)
        self.reminders = WrapCheckBox("Remind me when a dose is due")
        self.reminders.setChecked(bool(settings.get("reminders")))
        setup_layout.addWidget(self.reminders)
        setup_layout.addStretch(1)

        self.pages.addWidget(intro)
        self.pages.addWidget(setup)

        self.skip_button = QPushButton("Skip")
        self.skip_button.clicked.connect(self.finish)
        self.next_button = QPushButton("Next")
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.pages)
        layout.addWidget(scrolling_body(body), 1)
        layout.addLayout(buttons)
        fit_in_window(self, 640, 520)

    def next_page(self) -> None:
        """Go to the set-up page, or finish on the last page."""
        if self.pages.currentIndex() + 1 < self.pages.count():
            self.pages.setCurrentIndex(self.pages.currentIndex() + 1)
            self.next_button.setText("Finish")
            self.skip_button.setText("Skip set-up")
        else:
            self.finish()

    def finish(self) -> None:
        """Remember that the welcome was seen and close."""
        if self.pages.currentIndex() == self.pages.count() - 1:
            self._settings.set("reminders", self.reminders.isChecked())
        self._settings.set("first_run_done", True)
        self.accept()
