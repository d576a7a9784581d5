"""Choosing when an earlier spasm happened (a night spasm logged the next morning)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mslog.core.clock import Clock
from mslog.core.errors import ValidationError
from mslog.core.spasms.log import FUTURE_TOLERANCE
from mslog.ui.widgets.time_field import TimeField


class WhenDialog(QDialog):
    """Asks for a local date and time no later than now.

    Args:
        clock: Supplies "now" and the local time zone.
        initial: The time to start from (default: now).
        title: Window title (default: "Log an earlier spasm").
    """

    def __init__(
        self,
        clock: Clock,
        initial: datetime | None = None,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Log an earlier spasm"))
        self._clock = clock
        start = initial or clock.now()
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            self.tr("ddd d MMM yyyy", "date pattern: short weekday, day, short month, year")
        )
        self.date_edit.setAccessibleName(self.tr("Date"))
        # The time comes first, where the keyboard starts: typing "0240" at once sets it.
        self.time_edit = TimeField(QTime(start.hour, start.minute), self.tr("Time"), field="time")
        self.date_edit.setMinimumHeight(44)  # as wide as its date needs, at any text size
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        # Each label over its field: at any text size neither squeezes the date.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Time it started"), self.time_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        question = QLabel(self.tr("When did it happen?"))
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
        """Return the chosen moment, aware, in local time; refuse a time that is not one."""
        hour, _, minute = self.time_edit.value().partition(":")
        day = self.date_edit.date()
        naive = datetime(day.year(), day.month(), day.day(), int(hour), int(minute))
        return self._clock.localize(naive)

    def accept(self) -> None:
        """Close only on a time that has passed; otherwise say why and stay open."""
        try:
            problem = (
                self.tr("That time is still to come. Please choose a time that has passed.")
                if self.when() > self._clock.now() + FUTURE_TOLERANCE
                else ""
            )
        except ValidationError as exc:
            problem = self.tr("Not saved. Time: {reason}").format(reason=exc.message)
            self.time_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.time_edit.selectAll()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()
