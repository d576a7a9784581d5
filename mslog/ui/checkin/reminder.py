"""The check-in reminder's banner above the tabs: check in now, snooze, or hide."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from mslog.core.checkin.wording import question
from mslog.ui.checklists.style import ThemedMixin
from mslog.ui.style import current_scale
from mslog.ui.widgets.flowlayout import FlowLayout

# Below this width (times the text size) the buttons go under the text.
NARROW_WIDTH = 1000


class CheckinReminderBar(ThemedMixin, QFrame):
    """Shown when the check-in reminder is due, on whichever tab is open.

    Signals:
        openRequested: "Check in now", with the day asked about.
        snoozed: "Snooze 10 min", with the day asked about.
    """

    openRequested = Signal(object)  # noqa: N815 - Qt naming
    snoozed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")  # the dose reminder's look
        self.restyle()
        self.setAccessibleName(self.tr("Check-in reminder"))
        self.day: date | None = None
        self.title = QLabel()
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self.tr("A 10-second check-in. Every answer is optional."))
        self.text.setWordWrap(True)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        labels = self.labels()
        self.open_button = QPushButton(labels[0])
        self.open_button.setObjectName("tickButton")
        self.snooze_button = QPushButton(labels[1])
        self.hide_button = QPushButton(labels[2])
        self.hide_button.setAccessibleName(self.tr("Hide the check-in reminder"))
        self.open_button.clicked.connect(lambda: self.openRequested.emit(self.day))
        self.snooze_button.clicked.connect(lambda: self.snoozed.emit(self.day))
        self.hide_button.clicked.connect(self.hide)
        self._buttons = buttons = QWidget()
        flow = FlowLayout(buttons)  # the buttons wrap under each other when narrow
        for button in (self.open_button, self.snooze_button, self.hide_button):
            flow.addWidget(button)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(20, 10, 20, 10)
        self._row.addLayout(texts, 1)
        self._row.addWidget(buttons)
        self.hide()

    def labels(self, *, short: bool = False) -> tuple[str, str, str]:
        """Return the buttons' words, or shorter ones for when those do not fit one line.

        Large text in a small window would otherwise cut the banner off above the tabs.
        """
        if short:
            return (self.tr("Check in"), self.tr("Snooze"), self.tr("Hide"))
        return (self.tr("Check in now"), self.tr("Snooze 10 min"), self.tr("Hide"))

    def show_day(self, day: date, today: date) -> None:
        """Ask about ``day``."""
        self.day = day
        ask = question(day, today)
        self.title.setText(ask)
        self.open_button.setAccessibleName(self.tr("Check in now: {question}").format(question=ask))
        self.snooze_button.setAccessibleName(self.tr("Snooze the check-in reminder for 10 minutes"))
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Put the buttons under the text when narrow for the text size."""
        self.fit_width(event.size().width())
        super().resizeEvent(event)

    def fit_width(self, width: int) -> None:
        """Lay out for ``width``: buttons beside the text, under it, or short and alone."""
        narrow = width < NARROW_WIDTH * current_scale()
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        buttons = (self.open_button, self.snooze_button, self.hide_button)
        for button, label in zip(buttons, self.labels(), strict=True):
            button.setText(label)
        margins = self._row.contentsMargins()
        tight = narrow and self._one_line() > width - margins.left() - margins.right()
        if tight:
            # One row of short buttons under the question; the reassurance goes (the
            # tray's message said it), so the tabs keep their room.
            for button, label in zip(buttons, self.labels(short=True), strict=True):
                button.setText(label)
        self.text.setVisible(not tight)
        # Beside the text, the buttons keep one line (a flow layout alone would take one
        # button's width and wrap the others).
        self._buttons.setMinimumWidth(0 if narrow else self._one_line())

    def _one_line(self) -> int:
        buttons = (self.open_button, self.snooze_button, self.hide_button)
        return sum(b.sizeHint().width() for b in buttons) + 8 * (len(buttons) - 1)
