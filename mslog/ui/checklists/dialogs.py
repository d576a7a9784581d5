"""Small dialogs of the Checklists tab: a time, a skip reason, an as-needed dose, a name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.model import SKIP_REASONS, Medication
from mslog.core.clock import Clock
from mslog.core.errors import MSLogError, ValidationError

FIELD_LABELS = {
    "name": "Name",
    "amount": "Amount",
    "unit": "Unit",
    "strength": "Strength and form",
    "times": "Times",
    "starts": "Start day",
    "effective_from": "Change day",
    "from_day": "Day",
    "taken": "Time taken",
    "reason": "Reason",
    "day": "Day",
    "slot": "Dose",
}


def explain(exc: MSLogError) -> str:
    """Return "Not saved. Amount: must be more than zero" for a problem."""
    if isinstance(exc, ValidationError):
        return f"Not saved. {FIELD_LABELS.get(exc.field, exc.field)}: {exc.message}"
    return f"Not saved. {exc}"


SpinBox = TypeVar("SpinBox", bound=QAbstractSpinBox)


def big(widget: SpinBox) -> SpinBox:
    """Give a date or time field a large target."""
    widget.setMinimumHeight(44)
    widget.setMinimumWidth(130)
    return widget


class FormDialog(QDialog):
    """A dialog with a question, a form, an error line and Save / Cancel.

    The owner connects :attr:`submitted` to code that saves; that code calls
    :meth:`show_error` to keep the dialog open, or :meth:`accept` is called.
    """

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = layout = QVBoxLayout(self)
        # Never squeeze the fields below their size: grow the dialog instead.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        heading = QLabel(question)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.on_save: Callable[[], bool] | None = None

    def fit_height(self) -> None:
        """Grow to the height the wrapped text needs at the current width."""
        layout = self._layout
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        need = max(need, layout.minimumSize().height())
        if need > self.height():
            self.setMinimumHeight(need)
            self.resize(self.width(), need)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Make room for wrapped text once the width is known."""
        super().showEvent(event)
        self.fit_height()

    def show_error(self, text: str) -> None:
        """Show why the values cannot be saved; the dialog stays open."""
        self.error.setText(text)
        self.error.show()
        self.fit_height()

    def accept(self) -> None:
        """Save through :attr:`on_save` (which returns False to stay open), then close."""
        if self.on_save is not None and self.on_save() is False:
            return
        super().accept()


class MomentDialog(FormDialog):
    """Asks for a local date and time (when a dose was taken)."""

    def __init__(
        self,
        clock: Clock,
        start: datetime,
        title: str,
        question: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, question, parent)
        self._clock = clock
        self.date_edit = big(QDateEdit(QDate(start.year, start.month, start.day)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName("Date")
        self.time_edit = big(QTimeEdit(QTime(start.hour, start.minute)))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName("Time")
        self.form.addRow("Date", self.date_edit)
        self.form.addRow("Time", self.time_edit)

    def set_moment(self, moment: datetime) -> None:
        """Set the date and time fields."""
        self.date_edit.setDate(QDate(moment.year, moment.month, moment.day))
        self.time_edit.setTime(QTime(moment.hour, moment.minute))

    def moment(self) -> datetime:
        """Return the chosen moment, aware, in local time."""
        naive = QDateTime(self.date_edit.date(), self.time_edit.time()).toPython()
        assert isinstance(naive, datetime)
        return self._clock.localize(naive.replace(second=0, microsecond=0))


class ReasonDialog(FormDialog):
    """Asks why a dose was skipped (optional; suggestions or the person's own words)."""

    def __init__(self, label: str, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__("Why was it skipped?", f"{label}: why was it skipped? (optional)", parent)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", *SKIP_REASONS])
        self.reason.setCurrentText(reason)
        self.reason.setAccessibleName("Reason")
        line = self.reason.lineEdit()
        if line is not None:  # an editable combo box always has one
            line.setAccessibleName("Reason")
        self.form.addRow("Reason", self.reason)

    def text(self) -> str:
        """Return the reason typed or chosen."""
        return self.reason.currentText()


class AsNeededDialog(MomentDialog):
    """Asks which medication was taken when needed, when, and optionally how much."""

    def __init__(
        self,
        clock: Clock,
        medications: list[Medication],
        start: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            clock, start, "Took an as-needed dose", "Which medication did you take, and when?",
            parent,
        )  # fmt: skip
        self.medication = QComboBox()
        self.medication.setAccessibleName("Medication")
        for medication in medications:
            self.medication.addItem(medication.name, medication.uuid)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("optional, as prescribed")
        self.amount.setAccessibleName("Amount")
        self.form.insertRow(0, "Medication", self.medication)
        self.form.addRow("Amount", self.amount)

    def medication_uuid(self) -> str:
        """Return the chosen medication."""
        return self.medication.currentData()


class NameDialog(FormDialog):
    """Asks for a habit name."""

    def __init__(
        self, title: str, question: str, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(title, question, parent)
        self.name = QLineEdit(name)
        self.name.setAccessibleName("Name")
        self.name.setMaxLength(60)
        self.form.addRow("Name", self.name)


class StopDialog(FormDialog):
    """Asks from which day a medication is no longer taken."""

    def __init__(
        self, medication: Medication, first_day: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            f"Stop {medication.name}",
            f"From which day do you no longer take {medication.name}? "
            "Its history stays in your diary.",
            parent,
        )
        self.day = big(QDateEdit(QDate(first_day.year, first_day.month, first_day.day)))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName("First day without it")
        self.form.addRow("First day without it", self.day)
        self.save_button.setText("Stop it")

    def first_day(self) -> date:
        """Return the chosen day."""
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return day
