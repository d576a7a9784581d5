"""The self-experiment in the Checklists tab: "Try it for 4 weeks", this week's plan, the result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.experiments import WEEKS, Experiment, day_text
from mslog.core.diary import Diary
from mslog.ui.checklists.dialogs import FormDialog
from mslog.ui.operations.experiments import ExperimentOperations
from mslog.ui.style import current_scale
from mslog.ui.widgets.scrolling import scroll_area
from mslog.ui.widgets.wrapping import WrapButton

Say = Callable[[str], None]
Opener = Callable[[QDialog, Callable[[], bool]], None]


class PlanDialog(FormDialog):
    """Asks which habit to try for 4 weeks and when to start."""

    def __init__(
        self, habits: list[tuple[str, str]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Try a habit for %n weeks", "", WEEKS),
            self.tr(
                "Try a habit in planned weeks: {half} weeks with it and {half} without, "
                "taking turns, in an order drawn at random. Tick it on the days you do it, "
                "and fill in the daily check-in. After the {weeks} weeks MSLog compares your "
                "spasms in the weeks with and without it: an association in your own diary, "
                "not proof."
            ).format(half=WEEKS // 2, weeks=WEEKS),
            parent,
        )
        self.setMinimumWidth(520)
        self.habit = QComboBox()
        self.habit.setAccessibleName(self.tr("Habit to try"))
        for uuid, name in habits:
            self.habit.addItem(name, uuid)
        monday = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
        self.start = QComboBox()
        self.start.setAccessibleName(self.tr("First day"))
        self.start.addItem(self.tr("Today, {day}").format(day=day_text(today)), today)
        self.start.addItem(self.tr("Next Monday, {day}").format(day=day_text(monday)), monday)
        # A long habit name or day (Dutch at 200 %) is cut short rather than widen the dialog.
        for combo in (self.habit, self.start):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.form.addRow(self.tr("Habit"), self.habit)
        self.form.addRow(self.tr("First day"), self.start)
        self.save_button.setText(self.tr("Plan the %n weeks", "", WEEKS))

    def habit_uuid(self) -> str:
        """Return the chosen habit."""
        return self.habit.currentData()

    def first_day(self) -> date:
        """Return the chosen first day."""
        return self.start.currentData()


class ResultDialog(QDialog):
    """Shows the comparison at the end of a trial, sentence by sentence, scrolling if long."""

    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.heading = QLabel(title)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.lines: list[QLabel] = []
        for text in lines:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
            self.lines.append(label)
        self.lines[-1].setObjectName("hint")
        column.addStretch(1)
        self._body = body
        self.scroll_area = scroll_area(body)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self._layout = layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Take a comfortable reading width and the height the text needs, within the window."""
        super().showEvent(event)
        owner = self.parentWidget()
        room = owner.window().size() if owner is not None else self.screen().availableSize()
        width = min(round(640 * current_scale()), room.width() - 24)
        margins = self._layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
        need = (
            self.heading.heightForWidth(inner)
            + self._body.heightForWidth(inner - scrollbar)
            + self.close_button.sizeHint().height()
            + 2 * self._layout.spacing()
            + margins.top()
            + margins.bottom()
        )
        self.resize(width, min(need, room.height() - 24))


class TrialPanel(QWidget):
    """The trial's part of the Self-care card.

    While a trial runs (or is about to) it says what the plan is for the week shown
    and offers Stop; once one has ended it offers its result; otherwise it offers to
    plan one.

    Args:
        diary: The open diary.
        operations: How trials are planned and stopped (undoably); they say what they did.
        say: Shows a status message (why nothing can be planned yet).
        open_dialog: Opens a dialog with the function that saves it.
    """

    def __init__(
        self,
        diary: Diary,
        operations: ExperimentOperations,
        say: Say,
        open_dialog: Opener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._operations = operations
        self._say = say
        self._open = open_dialog
        self.experiment: Experiment | None = None
        self.ended: Experiment | None = None
        self.line = QLabel()
        self.line.setObjectName("bannerTitle")
        self.line.setWordWrap(True)
        self.line.setAccessibleDescription(self.tr("Self-experiment"))
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        # Their words wrap rather than widen the page (German at 200 % in a narrow column).
        self.plan_button = WrapButton(self.tr("Try a habit for %n weeks…", "", WEEKS))
        self.plan_button.clicked.connect(self.ask_plan)
        self.stop_button = WrapButton(self.tr("Stop the trial"))
        self.stop_button.clicked.connect(self.stop)
        self.result_button = WrapButton(self.tr("See the result"))
        self.result_button.clicked.connect(self.show_result)
        # One under the other: side by side they would not fit a narrow column at 200 % text.
        buttons = QVBoxLayout()
        for button in (self.result_button, self.stop_button, self.plan_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 12)
        layout.setSpacing(6)
        layout.addWidget(self.line)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    @property
    def active(self) -> bool:
        """Whether a trial is running, about to start, or has a result to read."""
        return self.experiment is not None or self.ended is not None

    def refresh(self, day: date, today: date) -> None:
        """Show the plan for the week of ``day``, or the last result, or the offer."""
        experiments = self._diary.experiments
        self.experiment = experiments.current(today)
        self.ended = None if self.experiment else experiments.latest_ended(today)
        if self.ended is not None and today - self.ended.ends_on > timedelta(days=7 * WEEKS):
            self.ended = None  # long past: the offer comes back instead
        running = self.experiment
        if running is not None:
            self.line.setText(running.plan_line(day, today))
            self.hint.setText(
                self.tr(
                    "Weeks in an order drawn at random ({order}). The result comes after {day}."
                ).format(order=running.order_text(), day=day_text(running.last_day))
            )
        elif self.ended is not None:
            self.line.setText(
                self.tr("The trial of {habit} ended on {day}.").format(
                    habit=self.ended.habit_label, day=day_text(self.ended.ends_on)
                )
            )
            self.hint.setText(self.tr("Its result compares the weeks with and without it."))
        else:
            self.line.setText("")
            self.hint.setText(
                self.tr(
                    "Not sure whether a habit makes a difference for you? Try it in planned weeks."
                )
            )
        self.line.setVisible(self.active)
        self.stop_button.setVisible(running is not None)
        self.result_button.setVisible(self.ended is not None)
        self.plan_button.setVisible(running is None)
        self.plan_button.setText(
            self.tr("Try another habit for %n weeks…", "", WEEKS)
            if self.ended
            else self.tr("Try a habit for %n weeks…", "", WEEKS)
        )

    def ask_plan(self) -> None:
        """Ask which habit to try, then plan the weeks (undo removes the plan)."""
        experiments = self._diary.experiments
        today = experiments.today()
        listed = self._diary.checklists.habits.listed(today)
        habits = [(h.uuid, h.label) for h in listed]
        if not habits:
            self._say(self.tr("Add a habit first, then try it for %n weeks.", "", WEEKS))
            return
        dialog = PlanDialog(habits, today, self)

        def save() -> bool:
            outcome = self._operations.plan(dialog.habit_uuid(), dialog.first_day())
            if not outcome.ok:
                dialog.show_error(outcome.message)
            return outcome.ok

        self._open(dialog, save)

    def stop(self) -> None:
        """Stop the running trial from today; undo lets it run on."""
        if self.experiment is None:
            return
        outcome = self._operations.stop(self.experiment)
        if not outcome.ok:
            self._say(outcome.message)

    def show_result(self) -> None:
        """Open the comparison of the last trial that ended."""
        if self.ended is None:
            return
        result = self._diary.experiments.result(self.ended.uuid)
        dialog = ResultDialog(
            self.tr("Trial of {habit}: the result").format(habit=self.ended.habit_label),
            result.lines(),
            self,
        )
        self._open(dialog, lambda: True)
