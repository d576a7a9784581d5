"""Medication operations: add, change (name, schedule, reminders) and stop; each one undo step."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.checklists.medications import Medications
from mslog.core.checklists.model import Medication
from mslog.core.errors import MSLogError
from mslog.core.formatting import fmt_date
from mslog.core.i18n import Words
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import Operations, Outcome


class MedicationChanges(Words):
    """The translation context of the words that say what a medication's change did."""


def on_day(day: date) -> str:
    """Return "12 March" (no leading zero), as the medication history says a day."""
    return fmt_date(day, year=False, full=True)


class MedicationOperations(Operations):
    """Changes to the medication list, each one step on the undo stack.

    Undo puts back the medication exactly as it was, its prescription history
    included: a version recorded by the change is removed, not outweighed by another.

    Args:
        medications: The diary's medications.
        undo_stack: The window's undo stack.
    """

    def __init__(
        self, medications: Medications, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self._medications = medications

    def add(self, name: str, **values: Any) -> Outcome[Medication]:
        """Add a medication (see :meth:`Medications.add`); undo takes it off the list again."""
        medications = self._medications
        try:
            added = medications.add(name, **values)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            self.tr("adding {name}", "undo step: after 'Undo' in the Edit menu").format(
                name=added.name
            ),
            lambda: medications.take_back(added.uuid),
            lambda: medications.restore(added),
        )
        return self._done(
            self.tr(
                "Added {medication}. Undo with Ctrl+Z.", "{medication}: name and schedule"
            ).format(medication=added.history_text()),
            added,
        )

    def revise(self, medication: Medication, **values: Any) -> Outcome[Medication]:
        """Save a change of name, schedule or reminders (see :meth:`Medications.revise`).

        A change that leaves everything as it was pushes nothing.
        """
        medications = self._medications
        try:
            before = medications.get(medication.uuid)
            after = medications.revise(medication.uuid, **values)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        changes = _changes(before, after, values["effective_from"])
        if not changes:
            return Outcome(self.tr("Nothing changed for {name}.").format(name=after.name), after)
        self._record(
            self.tr("change of {name}", "undo step: after 'Undo' in the Edit menu").format(
                name=before.name
            ),
            lambda: medications.restore(before),
            lambda: medications.restore(after),
        )
        listed = self.tr(", ", "between the changes listed").join(changes)
        return self._done(
            self.tr("Changed {name}: {changes}. Undo with Ctrl+Z.").format(
                name=before.name, changes=listed
            ),
            after,
        )

    def stop(self, medication: Medication, from_day: date) -> Outcome[Medication]:
        """Record that a medication is not taken from ``from_day``; undo takes that back."""
        medications = self._medications
        try:
            before = medications.get(medication.uuid)
            after = medications.stop(medication.uuid, from_day)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            self.tr("stopping {name}", "undo step: after 'Undo' in the Edit menu").format(
                name=before.name
            ),
            lambda: medications.restore(before),
            lambda: medications.restore(after),
        )
        return self._done(
            self.tr("{name} is stopped from {day}. Undo with Ctrl+Z.").format(
                name=before.name, day=on_day(from_day)
            ),
            after,
        )


def _changes(before: Medication, after: Medication, day: date) -> list[str]:
    """Return what a change did, in words ("renamed to Lioresal", "15 mg ×2 from 12 March")."""
    changes = []
    if after.name != before.name:
        changes.append(MedicationChanges.tr("renamed to {name}").format(name=after.name))
    if after.versions != before.versions:
        version = after.version_on(day)
        if version:
            text = MedicationChanges.tr("{schedule} from {day}", "'15 mg ×2 from 12 March'")
        else:
            text = MedicationChanges.tr("new schedule from {day}")
        changes.append(text.format(schedule=version.summary() if version else "", day=on_day(day)))
    if after.reminders != before.reminders:
        if after.reminders:
            changes.append(MedicationChanges.tr("reminders on"))
        else:
            changes.append(MedicationChanges.tr("reminders off"))
    return changes
