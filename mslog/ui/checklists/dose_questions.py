"""The questions asked about one dose: why it was skipped, when it was taken, what followed it.

The Checklists tab's Medication card and the History tab ask them alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from mslog.core.checklists.model import DoseRecord, ScheduledDose, skip_reason_label
from mslog.core.checklists.side_effects import SideEffect
from mslog.core.diary import Diary
from mslog.core.formatting import fmt_day
from mslog.core.i18n import Words
from mslog.ui.checklists.card import Opener, Say
from mslog.ui.checklists.dialogs import FormDialog, MomentDialog, ReasonDialog, SideEffectDialog
from mslog.ui.operations.checklists import ChecklistOperations


class DoseAnswers(Words):
    """The words said after a question about a dose is answered."""


class DoseQuestions:
    """Opens the dialogs that change what was recorded for a dose; each save is one undo step.

    Args:
        diary: The open diary.
        operations: How doses and side effects are changed (undoably).
        say: Shows a short message on the owner's status line.
        open_dialog: Opens a dialog with the function that saves it.
        parent: The widget the dialogs belong to.
    """

    def __init__(
        self,
        diary: Diary,
        operations: ChecklistOperations,
        say: Say,
        open_dialog: Opener,
        parent: QWidget,
    ) -> None:
        self._diary = diary
        self._doses = diary.checklists.doses
        self._operations = operations
        self._say = say
        self._open = open_dialog
        self._parent = parent

    def ask_reason(self, dose: ScheduledDose) -> ReasonDialog:
        """Ask why a skipped dose was skipped."""
        reason = dose.record.reason if dose.record else ""
        where = self._operations.dose_words(dose)
        dialog = ReasonDialog(where, reason, self._parent)

        def save() -> bool:
            mark = self._doses.mark_skipped
            after = self._change(
                dose,
                lambda: mark(dose.medication.uuid, dose.slot_local, dialog.text()),
                DoseAnswers.tr("reason for {dose}", "what an undo takes back").format(dose=where),
                dialog,
            )
            if after is None:
                return False
            if after.reason:
                said = DoseAnswers.tr("{dose}: skipped: {reason}. Undo with Ctrl+Z.")
            else:
                said = DoseAnswers.tr("{dose}: skipped, no reason given. Undo with Ctrl+Z.")
            self._say(said.format(dose=where, reason=skip_reason_label(after.reason)))
            return True

        self._open(dialog, save)
        return dialog

    def ask_taken_time(self, dose: ScheduledDose) -> MomentDialog | None:
        """Ask when a taken dose was really taken (nothing to ask of one not taken)."""
        record = dose.record
        if record is None or record.taken is None:
            return None
        where = self._operations.dose_words(dose)
        dialog = MomentDialog(
            self._diary.clock,
            record.taken,
            DoseAnswers.tr("Change the time"),
            DoseAnswers.tr("When did you take {dose}?").format(dose=where),
            self._parent,
        )

        def save() -> bool:
            after = self._change(
                dose,
                lambda: self._doses.set_taken_time(record.uuid, dialog.moment()),
                DoseAnswers.tr("time of {dose}", "what an undo takes back").format(dose=where),
                dialog,
            )
            if after is None:
                return False
            # Which of the day's doses: a medicine is often taken several times a day.
            self._say(
                DoseAnswers.tr("{dose}: taken at {time}. Undo with Ctrl+Z.").format(
                    dose=where, time=f"{dialog.moment():%H:%M}"
                )
            )
            return True

        self._open(dialog, save)
        return dialog

    def ask_side_effects(
        self, day: date, dose: ScheduledDose | None, noted: SideEffect | None, words: str = ""
    ) -> SideEffectDialog:
        """Ask which side effects followed a dose (None: the day as a whole), with a note.

        Args:
            day: The diary day.
            dose: The dose, or None for the day as a whole.
            noted: What is noted now, or None.
            words: Not used (the dialog names the day itself); kept for callers.
        """
        if dose is not None:
            label = self._operations.dose_words(dose)
        elif day == self._diary.checklists.today():
            label = DoseAnswers.tr("Today", "the side effects of today")
        else:
            label = fmt_day(day)
        dialog = SideEffectDialog(label, noted, self._parent)

        def save() -> bool:
            outcome = self._operations.note_side_effects(
                day, dialog.kinds.selected(), dialog.note.text(), dose=dose, words=words
            )
            if not outcome.ok:
                dialog.show_error(outcome.message)
            return outcome.ok

        self._open(dialog, save)
        return dialog

    def _change(
        self, dose: ScheduledDose, record: Callable[[], DoseRecord], text: str, dialog: FormDialog
    ) -> DoseRecord | None:
        """Record a dose from a dialog (undoable); show why not in the dialog."""
        outcome = self._operations.change_dose(dose, record, text)
        if not outcome.ok:
            dialog.show_error(outcome.message)
            return None
        return outcome.value
