"""The Checklists tab's Medication card: a day's scheduled doses and as-needed doses."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mslog.core.checklists.model import DoseRecord, ScheduledDose
from mslog.core.checklists.side_effects import SideEffect
from mslog.core.diary import Diary
from mslog.core.errors import ValidationError
from mslog.ui.checklists.amounts import read_amount
from mslog.ui.checklists.card import Card, Opener, Say, clear, rows_box
from mslog.ui.checklists.dialogs import AsNeededDialog, explain, side_effect_chips
from mslog.ui.checklists.dose_questions import DoseQuestions
from mslog.ui.checklists.rows import AsNeededRow, DoseRow
from mslog.ui.operations import Outcome
from mslog.ui.operations.checklists import ChecklistOperations


class DosesCard(Card):
    """Each dose of the day shown, to tick as taken or skipped, and as-needed doses.

    Args:
        diary: The open diary.
        operations: How doses are ticked, skipped and logged (undoably).
        say: Shows a short message on the tab's status line.
        open_dialog: Opens one of the card's dialogs.
    """

    def __init__(
        self,
        diary: Diary,
        operations: ChecklistOperations,
        say: Say,
        open_dialog: Opener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Medication"), say, open_dialog, parent)
        self._diary = diary
        self._checklists = diary.checklists
        self._operations = operations
        self._questions = DoseQuestions(diary, operations, say, open_dialog, self)
        self.day = self._checklists.today()
        self.rows: dict[tuple[str, str], DoseRow] = {}
        self.as_needed_rows: list[AsNeededRow] = []
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self._dose_box = rows_box()
        self._as_needed_box = rows_box()
        self.as_needed_button = QPushButton(self.tr("Took an as-needed dose…"))
        self.as_needed_button.clicked.connect(self.ask_as_needed)
        self.body.addWidget(self.empty)
        self.body.addLayout(self._dose_box)
        self.body.addLayout(self._as_needed_box)
        self.body.addWidget(self.as_needed_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Side effects of the day as a whole (one of a dose is noted on its row).
        self.effects_title = QLabel(self.tr("Side effects today (optional)"))
        self.effects_title.setWordWrap(True)
        self.day_effects = side_effect_chips(self.tr("Side effects today"))
        self.day_effects.changed.connect(self.set_day_side_effects)
        self.day_note_button = QPushButton(self.tr("Note…"))
        self.day_note_button.setAccessibleName(self.tr("Side effects today: add a note"))
        self.day_note_button.clicked.connect(lambda: self.ask_side_effects(None))
        self.day_effect: SideEffect | None = None
        effects_row = QHBoxLayout()
        effects_row.addWidget(self.day_effects, 1)
        effects_row.addWidget(self.day_note_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.effects_title)
        self.body.addLayout(effects_row)
        self.body.addStretch(1)

    def refresh(self, day: date) -> None:
        """Show the doses of ``day``, keeping rows (and keyboard focus) where possible."""
        self.day = day
        doses = self._checklists.doses.scheduled_on(day)
        effects = {
            (e.medication_uuid, e.slot_local): e for e in self._checklists.effects.on_day(day)
        }
        keys = [(d.medication.uuid, d.slot_local) for d in doses]
        if keys != list(self.rows):
            clear(self._dose_box)
            self.rows = {}
            for dose in doses:
                row = DoseRow(dose)
                row.takenClicked.connect(lambda checked, r=row: self.set_taken(r.dose, checked))
                row.skipClicked.connect(lambda checked, r=row: self.set_skipped(r.dose, checked))
                row.timeRequested.connect(lambda r=row: self.ask_taken_time(r.dose))
                row.reasonRequested.connect(lambda r=row: self.ask_reason(r.dose))
                row.sideEffectsRequested.connect(lambda r=row: self.ask_side_effects(r.dose))
                self._dose_box.addWidget(row)
                self.rows[(dose.medication.uuid, dose.slot_local)] = row
        for dose in doses:
            key = (dose.medication.uuid, dose.slot_local)
            self.rows[key].set_dose(dose, effects.get(key))
        self.day_effect = effects.get((None, None))
        self.day_effects.set_selected(self.day_effect.kinds if self.day_effect else ())
        today = day == self._checklists.today()
        self.effects_title.setText(
            self.tr("Side effects today (optional)")
            if today
            else self.tr("Side effects that day (optional)")
        )
        noted = self.day_effect.note if self.day_effect else ""
        self.day_note_button.setText(self.tr("Note ✓") if noted else self.tr("Note…"))
        self.day_note_button.setToolTip(noted)
        clear(self._as_needed_box)
        medications = {m.uuid: m for m in self._checklists.medications.all()}
        names = {uuid: m.name for uuid, m in medications.items()}
        self.as_needed_rows = []
        for record in self._checklists.doses.as_needed_on(day):
            medication = medications.get(record.medication_uuid)
            version = medication.version_on(day) if medication else None
            needed = AsNeededRow(
                record, names.get(record.medication_uuid, "?"), version.unit if version else ""
            )
            needed.removeClicked.connect(lambda r=needed: self.remove_as_needed(r.record.uuid))
            self._as_needed_box.addWidget(needed)
            self.as_needed_rows.append(needed)
        has_meds = bool(names)
        self.empty.setText(
            self.tr("No doses are scheduled for this day.")
            if has_meds
            else self.tr("Add your medications below to tick off each dose here.")
        )
        self.empty.setVisible(not doses and not self.as_needed_rows)
        self.as_needed_button.setEnabled(has_meds)

    # --- scheduled doses ---

    def set_taken(self, dose: ScheduledDose, taken: bool) -> None:
        """Tick a dose as taken now, or untick it (undoable)."""
        self._show_refusal(self._operations.set_taken(dose, taken))

    def set_skipped(self, dose: ScheduledDose, skipped: bool, reason: str = "") -> None:
        """Mark a dose skipped (reason optional), or open it again."""
        self._show_refusal(self._operations.set_skipped(dose, skipped, reason))

    def _show_refusal(self, outcome: Outcome[DoseRecord]) -> None:
        # A refused change may have left a row showing what was asked, not what is stored.
        if not outcome.ok:
            self._say(outcome.message)
            self.refresh(self.day)

    def ask_reason(self, dose: ScheduledDose) -> None:
        """Ask why a skipped dose was skipped."""
        self._questions.ask_reason(dose)

    def ask_taken_time(self, dose: ScheduledDose) -> None:
        """Ask when a taken dose was really taken."""
        self._questions.ask_taken_time(dose)

    # --- side effects ---

    def set_day_side_effects(self, kinds: list[str]) -> None:
        """Save the day's chips as they are now (undoable); the day's note stays."""
        note = self.day_effect.note if self.day_effect else ""
        outcome = self._operations.note_side_effects(self.day, kinds, note)
        if not outcome.ok:
            self._say(outcome.message)
            self.refresh(self.day)

    def ask_side_effects(self, dose: ScheduledDose | None) -> None:
        """Ask which side effects followed a dose (None: the day as a whole), with a note."""
        if dose is None:
            noted = self.day_effect
        else:
            noted = self.rows[(dose.medication.uuid, dose.slot_local)].effect
        self._questions.ask_side_effects(self.day, dose, noted)

    # --- as-needed doses ---

    def ask_as_needed(self) -> None:
        """Ask which as-needed (or extra) dose was taken, and when."""
        medications = self._checklists.medications.taken_on(self.day)
        as_needed = [m for m in medications if (v := m.version_on(self.day)) and v.as_needed]
        choices = as_needed + [m for m in medications if m not in as_needed]
        if not choices:
            self._say(self.tr("Add the medication first, under Your medications."))
            return
        now = self._diary.clock.now()
        start = now if self.day == self._checklists.today() else self._midday(self.day)
        dialog = AsNeededDialog(self._diary.clock, choices, start, self)

        def save() -> bool:
            text = dialog.amount.text().strip()
            try:
                amount = read_amount(text)
            except ValueError:
                problem = self.tr("{text} is not a number").format(text=repr(text))
                dialog.show_error(explain(ValidationError("amount", problem)))
                return False
            outcome = self._operations.log_as_needed(
                dialog.medication_uuid(), dialog.medication.currentText(), dialog.moment(), amount
            )
            if not outcome.ok:
                dialog.show_error(outcome.message)
            return outcome.ok

        self._open(dialog, save)

    def remove_as_needed(self, uuid: str) -> None:
        """Remove an as-needed dose; undo brings it back."""
        outcome = self._operations.remove_as_needed(uuid)
        if not outcome.ok:
            self._say(outcome.message)

    def _midday(self, day: date) -> datetime:
        return self._diary.clock.localize(datetime.combine(day, time(12)))
