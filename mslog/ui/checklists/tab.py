"""The Checklists tab: a day's doses and self-care habits, any past day, and medications."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.model import DoseRecord, Medication, ScheduledDose
from mslog.core.diary import Diary
from mslog.core.errors import MSLogError, ValidationError
from mslog.ui.checklists.commands import CallbackCommand
from mslog.ui.checklists.dialogs import (
    AsNeededDialog,
    FormDialog,
    MomentDialog,
    NameDialog,
    ReasonDialog,
    StopDialog,
    explain,
)
from mslog.ui.checklists.experiment import TrialPanel
from mslog.ui.checklists.med_dialog import MedicationDialog
from mslog.ui.checklists.rows import AsNeededRow, DoseRow, HabitRow
from mslog.ui.checklists.style import ThemedMixin
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.operations import Outcome
from mslog.ui.operations.checklists import ChecklistOperations
from mslog.ui.style import current_scale
from mslog.ui.widgets.scrolling import fill_with_scrolling
from mslog.ui.widgets.undo_controls import status_label, undo_button

# Below this width (at 100 % text) the two columns stack.
NARROW_WIDTH = 1000
# How often a shown tab redraws by itself (late marks, the turn of the day).
REDRAW_MS = 5 * 60 * 1000


def _card(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 16)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    return card, layout, heading


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            # Hidden now, deleted later: a button inside may be the one that was pressed,
            # and deleting it during its own click signal would crash.
            widget.hide()
            widget.deleteLater()


class MedicationLine(QFrame):
    """A medication on the list: its history, Change and Stop."""

    def __init__(self, medication: Medication, today: date, parent=None) -> None:
        super().__init__(parent)
        self.medication = medication
        current = medication.is_current(today)
        text = QLabel(medication.history_text())
        text.setWordWrap(True)
        version = medication.version_on(today)
        if not current:
            started = medication.started_on
            detail = f"Starts {started:%d %B}" if started and started > today else "Stopped"
        elif version is not None and version.as_needed:
            detail = "Taken when needed"
        else:
            detail = "At " + ", ".join(version.times) if version else ""
        if version is not None and version.strength:
            detail += f" · {version.strength}"
        if current and not version.as_needed:
            detail += " · reminders on" if medication.reminders else " · no reminders"
        self.detail = QLabel(detail)
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(text)
        words.addWidget(self.detail)
        self.change_button = QPushButton("Change…")
        self.change_button.setAccessibleName(f"Change {medication.name}")
        self.stop_button = QPushButton("Stop…")
        self.stop_button.setAccessibleName(f"Stop {medication.name}")
        self.stop_button.setVisible(current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(words, 1)
        layout.addWidget(self.change_button)
        layout.addWidget(self.stop_button)


class ChecklistsTab(ThemedMixin, QWidget):
    """Doses and habits of one diary day (today unless the person goes back).

    Args:
        diary: The open diary.
        notifier: Change signals; the tab redraws on them.
        undo_stack: Where ticks and unticks are recorded for undo.
        operations: How doses and habits are ticked (shared with the reminder banner).
    """

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier,
        undo_stack: QUndoStack,
        operations: ChecklistOperations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.restyle()
        self._operations = operations
        operations.said.connect(self.say)
        self._diary = diary
        self._checklists = diary.checklists
        self._undo = undo_stack
        self.day = self._checklists.today()
        self._follow_today = True
        # While shown, redraw now and then so doses turn late and a new day begins on time.
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self.refresh)
        self.dialog: FormDialog | None = None
        self.dose_rows: dict[tuple[str, str], DoseRow] = {}
        self.habit_rows: dict[str, HabitRow] = {}
        self.as_needed_rows: list[AsNeededRow] = []
        self.medication_lines: list[MedicationLine] = []

        # --- the day and its progress ---
        self.prev_button = QPushButton("◀  Day before")
        self.prev_button.setAccessibleName("Show the day before")
        self.prev_button.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.next_button = QPushButton("Day after  ▶")
        self.next_button.setAccessibleName("Show the day after")
        self.next_button.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.today_button = QPushButton("Today")
        self.today_button.clicked.connect(lambda: self.show_day(self._checklists.today()))
        for keys, button in (("Alt+Left", self.prev_button), ("Alt+Right", self.next_button)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
            button.setToolTip(f"{button.accessibleName()} ({keys})")
        self.day_label = QLabel()
        self.day_label.setObjectName("dayTitle")
        self.day_label.setWordWrap(True)
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName("Progress")
        self.past_hint = QLabel("Ticks on a past day are saved as entered later.")
        self.past_hint.setObjectName("hint")
        self.past_hint.setWordWrap(True)
        self.past_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        day_row = QHBoxLayout()
        day_row.addWidget(self.prev_button)
        day_row.addWidget(self.day_label, 1)
        day_row.addWidget(self.next_button)
        day_row.addWidget(self.today_button)
        glance = QHBoxLayout()
        glance.addWidget(self.progress)
        glance.addStretch(1)

        self.status = status_label("Tick a dose when you take it. Unticking undoes it.")
        self.undo_button = undo_button(undo_stack)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)

        # --- doses ---
        doses_card, doses, self.doses_title = _card("Medication")
        self.doses_empty = QLabel()
        self.doses_empty.setObjectName("hint")
        self.doses_empty.setWordWrap(True)
        self._dose_box = QVBoxLayout()
        self._dose_box.setSpacing(6)
        self._as_needed_box = QVBoxLayout()
        self._as_needed_box.setSpacing(6)
        self.as_needed_button = QPushButton("Took an as-needed dose…")
        self.as_needed_button.clicked.connect(self.ask_as_needed)
        doses.addWidget(self.doses_empty)
        doses.addLayout(self._dose_box)
        doses.addLayout(self._as_needed_box)
        doses.addWidget(self.as_needed_button, 0, Qt.AlignmentFlag.AlignLeft)
        doses.addStretch(1)

        # --- habits ---
        habits_card, habits, _ = _card("Self-care")
        self._habit_box = QVBoxLayout()
        self._habit_box.setSpacing(6)
        self.add_habit_button = QPushButton("Add a habit…")
        self.add_habit_button.clicked.connect(self.ask_new_habit)
        self.edit_habits_button = QPushButton("Change the list")
        self.edit_habits_button.setCheckable(True)
        self.edit_habits_button.toggled.connect(self._set_editing)
        habit_buttons = QHBoxLayout()
        habit_buttons.addWidget(self.add_habit_button)
        habit_buttons.addWidget(self.edit_habits_button)
        habit_buttons.addStretch(1)
        habits.addLayout(self._habit_box)
        habits.addLayout(habit_buttons)
        habits.addStretch(1)
        # The self-experiment: its plan goes above the habits while a trial runs.
        self._habits_layout = habits
        self.trial = TrialPanel(diary, undo_stack, self.say, self._open)
        habits.insertWidget(habits.count() - 1, self.trial)

        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(16)
        self._columns.addWidget(doses_card, 3)
        self._columns.addWidget(habits_card, 2)

        # --- medications and settings ---
        meds_card, meds, _ = _card("Your medications")
        self._med_box = QVBoxLayout()
        self._med_box.setSpacing(6)
        self.add_med_button = QPushButton("Add a medication…")
        self.add_med_button.clicked.connect(lambda: self.ask_medication(None))
        meds_hint = QLabel(
            "MSLog keeps a record of what you were prescribed and what you took. "
            "It never suggests doses: talk to your clinician before changing anything."
        )
        meds_hint.setObjectName("hint")
        meds_hint.setWordWrap(True)
        meds.addLayout(self._med_box)
        meds.addWidget(self.add_med_button, 0, Qt.AlignmentFlag.AlignLeft)
        meds.addWidget(meds_hint)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        column.addLayout(day_row)
        column.addWidget(self.past_hint)
        column.addLayout(glance)
        column.addLayout(status_row)
        column.addLayout(self._columns)
        column.addWidget(meds_card)
        column.addStretch(1)
        fill_with_scrolling(self, content)

        notifier.checklistsChanged.connect(self.refresh)
        notifier.reloaded.connect(self.refresh)
        self.refresh()

    # --- the day shown ---

    def show_day(self, day: date) -> None:
        """Show the checklists of ``day`` (not after today)."""
        today = self._checklists.today()
        self.day = min(day, today)
        self._follow_today = self.day == today
        self.refresh()

    def refresh(self, _change: object = None) -> None:
        """Redraw the day from the diary, keeping rows (and keyboard focus) where possible."""
        today = self._checklists.today()
        if self._follow_today:
            self.day = today
        self.next_button.setEnabled(self.day < today)
        self.today_button.setVisible(self.day != today)
        self.past_hint.setVisible(self.day < today)
        when = (
            "Today"
            if self.day == today
            else "Yesterday"
            if self.day == today - timedelta(1)
            else ""
        )
        label = f"{self.day:%A} {self.day.day} {self.day:%B}"
        self.day_label.setText(f"{when} · {label}" if when else label)
        self._refresh_doses()
        self._refresh_habits()
        self._refresh_trial(today)
        self._refresh_medications(today)
        self.progress.setText(self._checklists.progress(self.day).text())

    def _refresh_doses(self) -> None:
        doses = self._checklists.doses_for_day(self.day)
        keys = [(d.medication.uuid, d.slot_local) for d in doses]
        if keys != list(self.dose_rows):
            _clear(self._dose_box)
            self.dose_rows = {}
            for dose in doses:
                row = DoseRow(dose)
                row.takenClicked.connect(lambda checked, r=row: self.set_taken(r.dose, checked))
                row.skipClicked.connect(lambda checked, r=row: self.set_skipped(r.dose, checked))
                row.timeRequested.connect(lambda r=row: self.ask_taken_time(r.dose))
                row.reasonRequested.connect(lambda r=row: self.ask_reason(r.dose))
                self._dose_box.addWidget(row)
                self.dose_rows[(dose.medication.uuid, dose.slot_local)] = row
        else:
            for dose in doses:
                self.dose_rows[(dose.medication.uuid, dose.slot_local)].set_dose(dose)
        _clear(self._as_needed_box)
        names = {m.uuid: m.name for m in self._checklists.all_medications()}
        self.as_needed_rows = []
        for record in self._checklists.as_needed_for_day(self.day):
            row = AsNeededRow(record, names.get(record.medication_uuid, "?"))
            row.removeClicked.connect(lambda r=row: self.remove_as_needed(r.record.uuid))
            self._as_needed_box.addWidget(row)
            self.as_needed_rows.append(row)
        has_meds = bool(self._checklists.all_medications())
        self.doses_empty.setText(
            "No doses are scheduled for this day."
            if has_meds
            else "Add your medications below to tick off each dose here."
        )
        self.doses_empty.setVisible(not doses and not self.as_needed_rows)
        self.as_needed_button.setEnabled(has_meds)

    def _refresh_habits(self) -> None:
        habits = self._checklists.habits(self.day)
        ticks = self._checklists.ticks_for_day(self.day)
        if [h.uuid for h in habits] != list(self.habit_rows):
            _clear(self._habit_box)
            self.habit_rows = {}
            for habit in habits:
                row = HabitRow(habit)
                row.toggled.connect(lambda checked, r=row: self.set_habit_done(r.habit, checked))
                row.renameRequested.connect(lambda r=row: self.ask_rename_habit(r.habit))
                row.moveRequested.connect(lambda step, r=row: self.move_habit(r.habit, step))
                row.retireRequested.connect(lambda r=row: self.retire_habit(r.habit))
                row.set_editing(self.edit_habits_button.isChecked())
                self._habit_box.addWidget(row)
                self.habit_rows[habit.uuid] = row
        for habit in habits:
            self.habit_rows[habit.uuid].set_habit(habit, ticks.get(habit.uuid))

    def _refresh_trial(self, today: date) -> None:
        self.trial.refresh(self.day, today)
        layout = self._habits_layout
        # Above the habits while a trial is on; otherwise a quiet offer below them.
        wanted = 1 if self.trial.active else layout.count() - 2
        if layout.indexOf(self.trial) != wanted:
            layout.removeWidget(self.trial)
            layout.insertWidget(wanted, self.trial)

    def _refresh_medications(self, today: date) -> None:
        _clear(self._med_box)
        self.medication_lines = []
        for medication in self._checklists.all_medications():
            line = MedicationLine(medication, today)
            line.change_button.clicked.connect(lambda _=False, m=medication: self.ask_medication(m))
            line.stop_button.clicked.connect(lambda _=False, m=medication: self.ask_stop(m))
            self._med_box.addWidget(line)
            self.medication_lines.append(line)
        if not self.medication_lines:
            empty = QLabel("No medications yet.")
            empty.setObjectName("hint")
            self._med_box.addWidget(empty)

    def say(self, text: str) -> None:
        """Show a short status message."""
        self.status.setText(text)

    # --- doses ---

    def set_taken(self, dose: ScheduledDose, taken: bool) -> None:
        """Tick a dose as taken now, or untick it (undoable)."""
        self._show_refusal(self._operations.set_taken(dose, taken))

    def set_skipped(self, dose: ScheduledDose, skipped: bool, reason: str = "") -> None:
        """Mark a dose skipped (reason optional), or open it again."""
        self._show_refusal(self._operations.set_skipped(dose, skipped, reason))

    def _show_refusal(self, outcome: Outcome) -> None:
        # A refused change may have left a row showing what was asked, not what is stored.
        if not outcome.ok:
            self.say(outcome.message)
            self.refresh()

    def _change_dose(
        self, dose: ScheduledDose, record: Callable[[], DoseRecord], text: str, dialog: FormDialog
    ) -> DoseRecord | None:
        """Record a dose from a dialog (undoable); show why not in the dialog."""
        outcome = self._operations.change_dose(dose, record, text)
        if not outcome.ok:
            dialog.show_error(outcome.message)
            return None
        return outcome.value

    def ask_reason(self, dose: ScheduledDose) -> None:
        """Ask why a skipped dose was skipped."""
        reason = dose.record.reason if dose.record else ""
        dialog = ReasonDialog(f"{dose.time_of_day} {dose.label}", reason, self)

        def save() -> bool:
            mark = self._checklists.mark_skipped
            return (
                self._change_dose(
                    dose,
                    lambda: mark(dose.medication.uuid, dose.slot_local, dialog.text()),
                    f"reason for {dose.time_of_day} {dose.label}",
                    dialog,
                )
                is not None
            )

        self._open(dialog, save)

    def ask_taken_time(self, dose: ScheduledDose) -> None:
        """Ask when a taken dose was really taken."""
        record = dose.record
        if record is None or record.taken is None:
            return
        dialog = MomentDialog(
            self._diary.clock, record.taken, "Change the time",
            f"When did you take {dose.time_of_day} {dose.label}?", self,
        )  # fmt: skip

        def save() -> bool:
            after = self._change_dose(
                dose,
                lambda: self._checklists.set_taken_time(record.uuid, dialog.moment()),
                f"time of {dose.time_of_day} {dose.label}",
                dialog,
            )
            if after is None:
                return False
            self.say(f"{dose.label}: taken at {dialog.moment():%H:%M}.")
            return True

        self._open(dialog, save)

    def ask_as_needed(self) -> None:
        """Ask which as-needed (or extra) dose was taken, and when."""
        medications = self._checklists.medications(self.day)
        as_needed = [m for m in medications if (v := m.version_on(self.day)) and v.as_needed]
        choices = as_needed + [m for m in medications if m not in as_needed]
        if not choices:
            self.say("Add the medication first, under Your medications.")
            return
        now = self._diary.clock.now()
        start = now if self.day == self._checklists.today() else self._midday(self.day)
        dialog = AsNeededDialog(self._diary.clock, choices, start, self)

        def save() -> bool:
            try:
                text = dialog.amount.text().strip().replace(",", ".")
                try:
                    amount = float(text) if text else None
                except ValueError:
                    raise ValidationError("amount", f"{text!r} is not a number") from None
                record = self._checklists.log_as_needed(
                    dialog.medication_uuid(), dialog.moment(), amount
                )
            except MSLogError as exc:
                dialog.show_error(explain(exc))
                return False
            holder = {"record": record}

            def undo() -> None:
                self._checklists.delete_dose(holder["record"].uuid)

            def redo() -> None:
                holder["record"] = self._checklists.restore_dose(holder["record"])

            self._undo.push(CallbackCommand("as-needed dose", undo, redo, self.say))
            self.say(f"Saved: {dialog.medication.currentText()} at {dialog.moment():%H:%M}.")
            return True

        self._open(dialog, save)

    def remove_as_needed(self, uuid: str) -> None:
        """Remove an as-needed dose; undo brings it back."""
        try:
            record = self._checklists.delete_dose(uuid)
        except MSLogError as exc:
            self.say(str(exc))
            return
        self._undo.push(
            CallbackCommand(
                "removal of an as-needed dose",
                lambda: self._checklists.restore_dose(record),
                lambda: self._checklists.delete_dose(uuid),
                self.say,
            )
        )
        self.say("Removed the as-needed dose. Undo (Ctrl+Z) brings it back.")

    # --- habits ---

    def set_habit_done(self, habit, done: bool) -> None:
        """Tick or untick a habit on the day shown."""
        self._show_refusal(self._operations.set_habit_done(habit, self.day, done))

    def ask_new_habit(self) -> None:
        """Ask for the name of a new habit."""
        dialog = NameDialog("Add a habit", "What do you want to tick off each day?", "", self)

        def save() -> bool:
            try:
                habit = self._checklists.add_habit(dialog.name.text())
            except MSLogError as exc:
                dialog.show_error(explain(exc))
                return False
            self.say(f"Added {habit.name} to the checklist.")
            return True

        self._open(dialog, save)

    def ask_rename_habit(self, habit) -> None:
        """Ask for a new name of a habit."""
        dialog = NameDialog("Rename a habit", f"New name for {habit.name}:", habit.name, self)

        def save() -> bool:
            try:
                self._checklists.rename_habit(habit.uuid, dialog.name.text())
            except MSLogError as exc:
                dialog.show_error(explain(exc))
                return False
            return True

        self._open(dialog, save)

    def move_habit(self, habit, step: int) -> None:
        """Move a habit up or down the list."""
        self._checklists.move_habit(habit.uuid, step)
        row = self.habit_rows.get(habit.uuid)
        if row is not None:
            (row.up_button if step < 0 else row.down_button).setFocus()

    def retire_habit(self, habit) -> None:
        """Take a habit off the checklist from today; undo puts it back."""
        self._checklists.retire_habit(habit.uuid)
        self._undo.push(
            CallbackCommand(
                f"removal of {habit.name}",
                lambda: self._checklists.unretire_habit(habit.uuid),
                lambda: self._checklists.retire_habit(habit.uuid),
                self.say,
            )
        )
        self.say(f"Removed {habit.name} from the checklist. Past ticks stay. Undo puts it back.")

    def _set_editing(self, editing: bool) -> None:
        self.edit_habits_button.setText("Done changing" if editing else "Change the list")
        for row in self.habit_rows.values():
            row.set_editing(editing)

    # --- medications ---

    def ask_medication(self, medication: Medication | None) -> None:
        """Open the dialog to add a medication or change one."""
        dialog = MedicationDialog(self._checklists, medication, self._checklists.today(), self)

        def save() -> bool:
            if not dialog.save():
                return False
            self.say(f"Saved {dialog.saved.history_text()}." if dialog.saved else "Saved.")
            return True

        self._open(dialog, save)

    def ask_stop(self, medication: Medication) -> None:
        """Ask from which day a medication is no longer taken."""
        dialog = StopDialog(medication, self._checklists.today() + timedelta(days=1), self)

        def save() -> bool:
            try:
                self._checklists.stop_medication(medication.uuid, dialog.first_day())
            except MSLogError as exc:
                dialog.show_error(explain(exc))
                return False
            self.say(f"{medication.name} is stopped from {dialog.first_day():%d %B}.")
            return True

        self._open(dialog, save)

    # --- internals ---

    def _midday(self, day: date) -> datetime:
        return self._diary.clock.localize(datetime.combine(day, time(12)))

    def _open(self, dialog: FormDialog, save) -> None:
        dialog.on_save = save
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Redraw when shown (the day may have turned while hidden) and keep it current."""
        self.refresh()
        self._redraw_timer.start()
        super().showEvent(event)
        # Lay the page out now, not on a later pass: a tab built on first show would
        # otherwise paint once with its rows squeezed to the size it was built at.
        self._columns.parent().activate()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """No redraws while nobody looks."""
        self._redraw_timer.stop()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Stack the two columns when the window is narrow."""
        narrow = event.size().width() < NARROW_WIDTH * current_scale()
        self._columns.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)
