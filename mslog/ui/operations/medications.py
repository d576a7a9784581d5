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
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import UNDO_HINT, Operations, Outcome


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
            f"adding {added.name}",
            lambda: medications.take_back(added.uuid),
            lambda: medications.restore(added),
        )
        return self._done(f"Added {added.history_text()}. {UNDO_HINT}", added)

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
            return Outcome(f"Nothing changed for {after.name}.", after)
        self._record(
            f"change of {before.name}",
            lambda: medications.restore(before),
            lambda: medications.restore(after),
        )
        return self._done(f"Changed {before.name}: {', '.join(changes)}. {UNDO_HINT}", after)

    def stop(self, medication: Medication, from_day: date) -> Outcome[Medication]:
        """Record that a medication is not taken from ``from_day``; undo takes that back."""
        medications = self._medications
        try:
            before = medications.get(medication.uuid)
            after = medications.stop(medication.uuid, from_day)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))
        self._record(
            f"stopping {before.name}",
            lambda: medications.restore(before),
            lambda: medications.restore(after),
        )
        return self._done(f"{before.name} is stopped from {on_day(from_day)}. {UNDO_HINT}", after)


def _changes(before: Medication, after: Medication, day: date) -> list[str]:
    """Return what a change did, in words ("renamed to Lioresal", "15 mg ×2 from 12 March")."""
    changes = []
    if after.name != before.name:
        changes.append(f"renamed to {after.name}")
    if after.versions != before.versions:
        version = after.version_on(day)
        changes.append(f"{version.summary() if version else 'new schedule'} from {on_day(day)}")
    if after.reminders != before.reminders:
        changes.append("reminders on" if after.reminders else "reminders off")
    return changes
