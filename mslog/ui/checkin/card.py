"""The Log tab's "How was today?" card, shown while the day's check-in is not done."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checkin import CheckIn
from mslog.core.checkin.wording import day_in_words, question
from mslog.ui.style import current_scale

if TYPE_CHECKING:
    from mslog.core.diary import Diary

# Below this width (times the text size) the buttons go under the text.
NARROW_WIDTH = 900


class CheckinCard(QFrame):
    """Asks for the suggested day's check-in; hides once it is done or put off.

    Signals:
        openRequested: "Check in" was pressed, with the day to open.
        asking: After each redraw: whether the card is asking (shown) or not.
    """

    openRequested = Signal(object)  # noqa: N815 - Qt naming
    asking = Signal(bool)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Daily check-in"))
        self._diary = diary
        self._checkins = diary.checkins
        self.day: date | None = None
        self._put_off: date | None = None
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        self.open_button = QPushButton(self.tr("Check in"))
        self.open_button.setObjectName("primarySmall")
        self.open_button.clicked.connect(lambda: self.openRequested.emit(self.day))
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setToolTip(self.tr("Hide this card until tomorrow"))
        self.later_button.clicked.connect(self.put_off)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.later_button)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(16, 10, 16, 10)
        self._row.addLayout(texts, 1)
        self._row.addLayout(buttons)
        self.hide()

    def refresh(self, _change: object = None) -> None:
        """Show the card for the suggested day unless its check-in is done or put off."""
        day = self._checkins.suggested_day()
        checkin = self._checkins.get(day)
        self.day = day
        if (checkin is not None and self._settled(checkin)) or self._put_off == day:
            self.hide()
            self.asking.emit(False)
            return
        ask = question(day, self._checkins.today())
        self.title.setText(ask)
        if checkin is None:
            self.text.setText(
                self.tr(
                    "A 10-second check-in for {day}: spasticity, sleep and what "
                    "was true. Every answer is optional."
                ).format(day=day_in_words(day))
            )
        else:
            self.text.setText(
                self.tr("Started. One answer is left: say whether your spasm log is complete.")
            )
        self.open_button.setAccessibleName(self.tr("Check in: {question}").format(question=ask))
        self.later_button.setAccessibleName(
            self.tr("Not now: hide the check-in for {day}").format(day=day_in_words(day))
        )
        self.show()
        self.asking.emit(True)

    def _settled(self, checkin: CheckIn) -> bool:
        # "No spasms" with spasms logged since then is not an answer any more.
        if checkin.spasms == "none":
            return not self._diary.spasms.for_day(checkin.day, self._diary.day_rule)
        return checkin.complete

    def put_off(self) -> None:
        """Hide the card until the suggested day changes."""
        self._put_off = self.day
        self.hide()
        self.asking.emit(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Put the buttons under the text when narrow for the text size."""
        narrow = event.size().width() < NARROW_WIDTH * current_scale()
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)
