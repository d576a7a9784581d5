"""Recording appointments (with undo) and the "questions for my appointment" note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.appointments import Appointment, Appointments
from mslog.core.checkin.self_ratings import SelfRatings
from mslog.core.errors import MSLogError
from mslog.core.formatting import Formatting, fmt_date
from mslog.core.i18n import Words
from mslog.ui.trends.self_rating import SelfRatingForm
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.scrolling import fill_with_scrolling
from mslog.ui.widgets.undo_controls import status_label

if TYPE_CHECKING:
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.appointments import AppointmentOperations
    from mslog.ui.operations.self_ratings import SelfRatingOperations


class AppointmentList(Words):
    """The translation context of an appointment's line in the list."""


def appointment_text(appointment: Appointment) -> str:
    """Return one line describing an appointment."""
    day, who, note = (
        fmt_date(appointment.day, weekday=True),
        appointment.clinician,
        appointment.note,
    )
    if who and note:
        text = AppointmentList.tr("{day} — {clinician}: {note}")
    elif who:
        text = AppointmentList.tr("{day} — {clinician}")
    elif note:
        text = AppointmentList.tr("{day}: {note}", "an appointment's day and its note")
    else:
        return day
    return text.format(day=day, clinician=who, note=note)


class AppointmentsPage(QWidget):
    """A form to record an appointment, the list, the questions note and the self-rating.

    Args:
        service: The diary's appointments (the questions note is saved straight to it).
        operations: How appointments are recorded and removed (undoably).
        today: Returns today's date (from the diary's clock).
        ratings: The diary's self-rated Penn and Snow answers, how they are saved and
            the notifier (the questionnaire shows when given).
    """

    SAVE_DELAY_MS = 800

    def __init__(
        self,
        service: Appointments,
        operations: AppointmentOperations,
        today: Callable[[], date],
        parent: QWidget | None = None,
        ratings: tuple[SelfRatings, SelfRatingOperations, DiaryNotifier] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._operations = operations
        self._today = today
        title = QLabel(self.tr("Record an appointment"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)  # titles wrap rather than widen the page at large text
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(
            Formatting.tr("d MMM yyyy", "date pattern: day, short month, year")
        )
        self.date.setAccessibleName(self.tr("Appointment date"))
        self.clinician = QLineEdit()
        self.clinician.setPlaceholderText(self.tr("e.g. Dr Okafor, neurologist"))
        self.clinician.setAccessibleName(self.tr("Clinician"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was decided (optional)"))
        self.note.setAccessibleName(self.tr("Appointment note"))
        self.add_button = QPushButton(self.tr("Add appointment"))
        self.add_button.setObjectName("primarySmall")
        self.add_button.clicked.connect(self.add)
        self.message = QLabel("")
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()  # shown with a problem; empty, it left a blank line
        self.status = status_label("")  # what was added or removed, or undone
        operations.said.connect(self.status.setText)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("With", "who the appointment was with"), self.clinician)
        form.addRow(self.tr("Note"), self.note)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Appointments"))
        self.list.setMinimumHeight(140)
        # Long entries wrap at large text sizes rather than running off to the side.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delete_button = QPushButton(self.tr("Remove selected"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.delete_button.setEnabled(row >= 0))
        # One under the other when large text leaves no room side by side.
        buttons = QWidget()
        row = FlowLayout(buttons)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addWidget(title)
        left.addLayout(form)
        left.addWidget(buttons)
        left.addWidget(self.message)
        left.addWidget(self.status)
        past = QLabel(self.tr("Appointments (shown as dashed lines on the charts)"))
        past.setObjectName("sectionTitle")
        past.setWordWrap(True)
        left.addWidget(past)
        left.addWidget(self.list, 1)

        questions_title = QLabel(self.tr("Questions for my next appointment"))
        questions_title.setObjectName("sectionTitle")
        questions_title.setWordWrap(True)
        hint = QLabel(self.tr("Kept here and printed at the top of the report. Saved as you type."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.questions = QPlainTextEdit()
        self.questions.setAccessibleName(self.tr("Questions for my next appointment"))
        self.questions.setMinimumHeight(120)
        self.questions.setPlainText(service.questions())
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(self.SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_questions)
        self.questions.textChanged.connect(self._save_timer.start)
        right = QVBoxLayout()
        right.addWidget(questions_title)
        right.addWidget(hint)
        right.addWidget(self.questions, 1)
        self.self_rating = SelfRatingForm(*ratings, today) if ratings is not None else None
        if self.self_rating is not None:
            right.addWidget(self.self_rating)

        # Side by side on wide windows, stacked on narrow ones; the whole page scrolls
        # when it does not fit (large text, small windows).
        content = QWidget()
        fill_with_scrolling(self, content)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, content)
        self._layout.setSpacing(16)
        self._layout.addLayout(left, 3)
        self._layout.addLayout(right, 2)
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Stack the questions under the form when the window is narrow."""
        wide = event.size().width() >= 1000
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def reload(self) -> None:
        """Redraw the list from the diary (newest first)."""
        today = self._today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.list.clear()
        for appointment in reversed(self._service.all()):
            item = QListWidgetItem(appointment_text(appointment))
            item.setData(Qt.ItemDataRole.UserRole, appointment)
            self.list.addItem(item)
        self.delete_button.setEnabled(False)
        if self.self_rating is not None:
            self.self_rating.reload()

    def add(self) -> Appointment | None:
        """Record the appointment from the form; show the problem calmly if it is not valid."""
        day = self.date.date().toPython()
        assert isinstance(day, date)
        outcome = self._operations.add(day, self.clinician.text(), self.note.text())
        if not outcome.ok:
            self._show_problem(outcome.message)
            return None
        self._show_problem("")
        self.clinician.clear()
        self.note.clear()
        return outcome.value

    def delete_selected(self) -> None:
        """Remove the selected appointment (Undo brings it back)."""
        item = self.list.currentItem()
        if item is not None:
            self._operations.delete(item.data(Qt.ItemDataRole.UserRole))

    def save_questions(self) -> None:
        """Save the questions note now."""
        self._save_timer.stop()
        try:
            self._service.set_questions(self.questions.toPlainText())
        except MSLogError as exc:
            self._show_problem(str(exc))

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Save typed questions when the page goes away."""
        if self._save_timer.isActive():
            self.save_questions()
        super().hideEvent(event)
