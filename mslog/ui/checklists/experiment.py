"""The self-experiment in the Checklists tab: "Try it for 4 weeks", this week's plan, the result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
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
from mslog.core.errors import MSLogError, ValidationError
from mslog.ui.checklists.commands import CallbackCommand
from mslog.ui.checklists.dialogs import FormDialog, explain
from mslog.ui.style import current_scale
from mslog.ui.widgets.scrolling import scroll_area

Say = Callable[[str], None]
Opener = Callable[[QDialog, Callable[[], bool]], None]

EXPLANATION = (
    f"Try a habit in planned weeks: {WEEKS // 2} weeks with it and {WEEKS // 2} without, "
    "taking turns, in an order drawn at random. Tick it on the days you do it, and fill in "
    f"the daily check-in. After the {WEEKS} weeks MSLog compares your spasms in the weeks "
    "with and without it: an association in your own diary, not proof."
)


def why_not(exc: MSLogError) -> str:
    """Return why a trial could not be planned or stopped, as a sentence."""
    if isinstance(exc, ValidationError):
        # The trial's messages name what is wrong themselves ("the trial of ... runs until").
        return f"Not saved. {exc.message[0].upper()}{exc.message[1:]}."
    return explain(exc)


class PlanDialog(FormDialog):
    """Asks which habit to try for 4 weeks and when to start."""

    def __init__(self, habits: list[tuple[str, str]], today: date, parent=None) -> None:
        super().__init__(f"Try a habit for {WEEKS} weeks", EXPLANATION, parent)
        self.setMinimumWidth(520)
        self.habit = QComboBox()
        self.habit.setAccessibleName("Habit to try")
        for uuid, name in habits:
            self.habit.addItem(name, uuid)
        monday = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
        self.start = QComboBox()
        self.start.setAccessibleName("First day")
        self.start.addItem(f"Today, {day_text(today)}", today)
        self.start.addItem(f"Next Monday, {day_text(monday)}", monday)
        self.form.addRow("Habit", self.habit)
        self.form.addRow("First day", self.start)
        self.save_button.setText("Plan the 4 weeks")

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
        self.on_save: Callable[[], bool] | None = None
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
        self.scroll = scroll_area(body)
        self.close_button = QPushButton("Close")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Take a comfortable reading width and the height the text needs, within the window."""
        super().showEvent(event)
        owner = self.parentWidget()
        room = owner.window().size() if owner is not None else self.screen().availableSize()
        width = min(round(640 * current_scale()), room.width() - 24)
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        need = (
            self.heading.heightForWidth(inner)
            + self._body.heightForWidth(inner - scrollbar)
            + self.close_button.sizeHint().height()
            + 2 * self.layout().spacing()
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
        undo_stack: Where planning and stopping are recorded for undo.
        say: Shows a status message.
        open_dialog: Opens a dialog with the function that saves it.
    """

    def __init__(
        self, diary: Diary, undo_stack: QUndoStack, say: Say, open_dialog: Opener, parent=None
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._undo = undo_stack
        self._say = say
        self._open = open_dialog
        self.experiment: Experiment | None = None
        self.ended: Experiment | None = None
        self.line = QLabel()
        self.line.setObjectName("bannerTitle")
        self.line.setWordWrap(True)
        self.line.setAccessibleName("Self-experiment")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.plan_button = QPushButton(f"Try a habit for {WEEKS} weeks…")
        self.plan_button.clicked.connect(self.ask_plan)
        self.stop_button = QPushButton("Stop the trial")
        self.stop_button.clicked.connect(self.stop)
        self.result_button = QPushButton("See the result")
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
                f"Weeks in an order drawn at random ({running.order_text()}). The result "
                f"comes after {day_text(running.last_day)}."
            )
        elif self.ended is not None:
            self.line.setText(
                f"The trial of {self.ended.habit_name} ended on {day_text(self.ended.ends_on)}."
            )
            self.hint.setText("Its result compares the weeks with and without it.")
        else:
            self.line.setText("")
            self.hint.setText(
                "Not sure whether a habit makes a difference for you? Try it in planned weeks."
            )
        self.line.setVisible(self.active)
        self.stop_button.setVisible(running is not None)
        self.result_button.setVisible(self.ended is not None)
        self.plan_button.setVisible(running is None)
        another = "another habit" if self.ended else "a habit"
        self.plan_button.setText(f"Try {another} for {WEEKS} weeks…")

    def ask_plan(self) -> None:
        """Ask which habit to try, then plan the weeks (undo removes the plan)."""
        experiments = self._diary.experiments
        today = experiments.today()
        habits = [(h.uuid, h.name) for h in self._diary.checklists.habits(today)]
        if not habits:
            self._say("Add a habit first, then try it for 4 weeks.")
            return
        dialog = PlanDialog(habits, today, self)

        def save() -> bool:
            try:
                planned = experiments.plan(dialog.habit_uuid(), dialog.first_day())
            except MSLogError as exc:
                dialog.show_error(why_not(exc))
                return False
            self._undo.push(
                CallbackCommand(
                    f"plan to try {planned.habit_name}",
                    lambda: experiments.put(planned.uuid, None),
                    lambda: experiments.put(planned.uuid, planned),
                    self._say,
                )
            )
            self._say(
                f"Planned: {planned.habit_name} for {planned.weeks} weeks from "
                f"{day_text(planned.first_day)}, weeks {planned.order_text()}. "
                "Undo (Ctrl+Z) removes the plan."
            )
            return True

        self._open(dialog, save)

    def stop(self) -> None:
        """Stop the running trial from today; undo lets it run on."""
        before = self.experiment
        if before is None:
            return
        experiments = self._diary.experiments
        try:
            after = experiments.stop(before.uuid)
        except MSLogError as exc:
            self._say(why_not(exc))
            return
        self._undo.push(
            CallbackCommand(
                f"stop of the {before.habit_name} trial",
                lambda: experiments.put(before.uuid, before),
                lambda: experiments.put(before.uuid, after),
                self._say,
            )
        )
        self._say(
            f"Stopped the trial of {before.habit_name}. The days so far are kept for its "
            "result. Undo (Ctrl+Z) lets it run on."
        )

    def show_result(self) -> None:
        """Open the comparison of the last trial that ended."""
        if self.ended is None:
            return
        result = self._diary.experiments.result(self.ended.uuid)
        dialog = ResultDialog(f"Trial of {self.ended.habit_name}: the result", result.lines(), self)
        self._open(dialog, lambda: True)
