"""The Checklists tab's Self-care card: a day's habits to tick, the list, the self-experiment."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton, QWidget

from mslog.core.checklists.model import Habit
from mslog.core.diary import Diary
from mslog.ui.checklists.card import Card, Opener, Say, clear, rows_box
from mslog.ui.checklists.dialogs import HabitNameDialog
from mslog.ui.checklists.experiment import TrialPanel
from mslog.ui.checklists.rows import HabitRow
from mslog.ui.operations.checklists import ChecklistOperations
from mslog.ui.operations.experiments import ExperimentOperations
from mslog.ui.widgets.flowlayout import FlowLayout


class HabitsCard(Card):
    """The habits of the day shown, to tick off; Add, Change the list; the trial's plan.

    Args:
        diary: The open diary.
        operations: How habits are ticked and the list is changed (undoably).
        experiments: How trials are planned and stopped (undoably).
        say: Shows a short message on the tab's status line.
        open_dialog: Opens one of the card's dialogs.
    """

    def __init__(
        self,
        diary: Diary,
        operations: ChecklistOperations,
        experiments: ExperimentOperations,
        say: Say,
        open_dialog: Opener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Self-care"), say, open_dialog, parent)
        self._checklists = diary.checklists
        self._operations = operations
        self.day = self._checklists.today()
        self.rows: dict[str, HabitRow] = {}
        self._habit_box = rows_box()
        self.add_button = QPushButton(self.tr("Add a habit…"))
        self.add_button.clicked.connect(self.ask_new_habit)
        self.edit_button = QPushButton(self.tr("Change the list"))
        self.edit_button.setCheckable(True)
        self.edit_button.toggled.connect(self._set_editing)
        # Side by side where they fit, else one under the other (long words, large text).
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box, spacing=6)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        self.body.addLayout(self._habit_box)
        self.body.addWidget(buttons_box)
        self.body.addStretch(1)
        # The self-experiment: its plan goes above the habits while a trial runs.
        self.trial = TrialPanel(diary, experiments, say, open_dialog)
        self.body.insertWidget(self.body.count() - 1, self.trial)

    def refresh(self, day: date, today: date) -> None:
        """Show the habits of ``day`` and their ticks, and the trial's plan for its week."""
        self.day = day
        habits = self._checklists.habits.listed(day)
        ticks = self._checklists.habits.ticks_on(day)
        if [h.uuid for h in habits] != list(self.rows):
            clear(self._habit_box)
            self.rows = {}
            for habit in habits:
                row = HabitRow(habit)
                row.toggled.connect(lambda checked, r=row: self.set_habit_done(r.habit, checked))
                row.renameRequested.connect(lambda r=row: self.ask_rename_habit(r.habit))
                row.moveRequested.connect(lambda step, r=row: self.move_habit(r.habit, step))
                row.retireRequested.connect(lambda r=row: self.retire_habit(r.habit))
                row.set_editing(self.edit_button.isChecked())
                self._habit_box.addWidget(row)
                self.rows[habit.uuid] = row
        for habit in habits:
            self.rows[habit.uuid].set_habit(habit, ticks.get(habit.uuid))
        self._refresh_trial(today)

    def _refresh_trial(self, today: date) -> None:
        self.trial.refresh(self.day, today)
        # Above the habits while a trial is on; otherwise a quiet offer below them.
        wanted = 1 if self.trial.active else self.body.count() - 2
        if self.body.indexOf(self.trial) != wanted:
            self.body.removeWidget(self.trial)
            self.body.insertWidget(wanted, self.trial)

    def set_habit_done(self, habit: Habit, done: bool) -> None:
        """Tick or untick a habit on the day shown."""
        outcome = self._operations.set_habit_done(habit, self.day, done)
        if not outcome.ok:
            # The row may show what was asked, not what is stored.
            self._say(outcome.message)
            self.refresh(self.day, self._checklists.today())

    def ask_new_habit(self) -> None:
        """Ask for the name of a new habit; undo takes it back."""
        dialog = HabitNameDialog(
            self.tr("Add a habit"),
            self.tr("What do you want to tick off each day?"),
            "",
            parent=self,
        )

        def save() -> bool:
            outcome = self._operations.add_habit(dialog.name.text())
            if not outcome.ok:
                dialog.show_error(outcome.message)
            return outcome.ok

        self._open(dialog, save)

    def ask_rename_habit(self, habit: Habit) -> None:
        """Ask for a new name of a habit; undo gives back the old one."""
        shown = habit.label
        dialog = HabitNameDialog(
            self.tr("Rename a habit"),
            self.tr("New name for {habit}:").format(habit=shown),
            shown,
            habit.key,
            self,
        )

        def save() -> bool:
            # A built-in name left as shown stays as kept (in English), not renamed.
            name = dialog.name.text()
            outcome = self._operations.rename_habit(habit, habit.name if name == shown else name)
            if not outcome.ok:
                dialog.show_error(outcome.message)
            return outcome.ok

        self._open(dialog, save)

    def move_habit(self, habit: Habit, step: int) -> None:
        """Move a habit up or down the list; undo moves it back."""
        outcome = self._operations.move_habit(habit, step)
        if not outcome.ok:
            self._say(outcome.message)
        row = self.rows.get(habit.uuid)
        if row is not None:
            (row.up_button if step < 0 else row.down_button).setFocus()

    def retire_habit(self, habit: Habit) -> None:
        """Take a habit off the checklist from today; undo puts it back."""
        outcome = self._operations.retire_habit(habit)
        if not outcome.ok:
            self._say(outcome.message)

    def _set_editing(self, editing: bool) -> None:
        self.edit_button.setText(
            self.tr("Done changing") if editing else self.tr("Change the list")
        )
        for row in self.rows.values():
            row.set_editing(editing)
