"""Choosing when an earlier spasm happened (a night spasm logged the next morning)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mslog.core.clock import Clock
from mslog.core.spasms.log import FUTURE_TOLERANCE


class WhenDialog(QDialog):
    """Asks for a local date and time no later than now.

    Args:
        clock: Supplies "now" and the local time zone.
        initial: The time to start from (default: now).
        title: Window title.
    """

    def __init__(
        self,
        clock: Clock,
        initial: datetime | None = None,
        title: str = "Log an earlier spasm",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._clock = clock
        start = initial or clock.now()
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName("Date")
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName("Time")
        for edit in (self.date_edit, self.time_edit):
            edit.setMinimumSize(220, 44)
        self.time_edit.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Save")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow("Date", self.date_edit)
        form.addRow("Time it started", self.time_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        question = QLabel("When did it happen?")
        question.setObjectName("cardTitle")
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def set_when(self, moment: datetime) -> None:
        """Set the date and time fields."""
        self.date_edit.setDate(QDate(moment.year, moment.month, moment.day))
        self.time_edit.setTime(QTime(moment.hour, moment.minute))

    def when(self) -> datetime:
        """Return the chosen moment, aware, in local time."""
        day, time = self.date_edit.date(), self.time_edit.time()
        naive = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return self._clock.localize(naive)

    def accept(self) -> None:
        """Close only if the time is not in the future; otherwise say why."""
        if self.when() > self._clock.now() + FUTURE_TOLERANCE:
            self.error.setText("That time is still to come. Please choose a time that has passed.")
            self.error.show()
            return
        super().accept()
