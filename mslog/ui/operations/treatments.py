"""Treatment operations: record an injection, refill or session, change it, remove it."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.checklists.treatments import Treatment, Treatments
from mslog.core.errors import MSLogError, NotFoundError, ValidationError
from mslog.core.formatting import fmt_date
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import UNDO_HINT, Operations, Outcome

# The treatment dialog's labels, so a refusal names the field the person sees.
FIELD_LABELS = {
    "kind": "Treatment",
    "day": "Day",
    "name": "What it was",
    "sites": "Muscles or sites",
    "rate": "New rate",
    "next_refill": "Next refill due",
    "note": "Note",
}


def _explain(exc: MSLogError) -> str:
    """Return "Not saved. Next refill due: must be after the day of this entry"."""
    if isinstance(exc, ValidationError) and exc.field in FIELD_LABELS:
        return f"Not saved. {FIELD_LABELS[exc.field]}: {exc.message}"
    return explain(exc)


def _what(treatment: Treatment) -> str:
    """Return "the botulinum toxin injection on 2 March", as a status line says it."""
    title = treatment.title if treatment.kind == "other" else treatment.title.lower()
    return f"the {title} on {fmt_date(treatment.day, year=False, full=True)}"


class TreatmentOperations(Operations):
    """Changes to the treatment record, each one step on the undo stack.

    Args:
        treatments: The diary's treatment record.
        undo_stack: The window's undo stack.
    """

    def __init__(
        self, treatments: Treatments, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self._treatments = treatments

    def add(self, kind: str, day: date, **values: Any) -> Outcome[Treatment]:
        """Record a treatment (see :meth:`Treatments.add`); undo removes it, redo puts it back."""
        treatments = self._treatments
        try:
            added = treatments.add(kind, day, **values)
        except MSLogError as exc:
            return Outcome.refused(_explain(exc))

        def remove() -> None:
            with contextlib.suppress(NotFoundError):  # removed meanwhile: nothing to undo
                treatments.delete(added.uuid)

        self._record(f"recording {_what(added)}", remove, lambda: treatments.restore(added))
        return self._done(f"Recorded {_what(added)}. {UNDO_HINT}", added)

    def update(self, treatment: Treatment, **values: Any) -> Outcome[Treatment]:
        """Save a change of any field; undo puts back what was stored before.

        A change that leaves everything as it was pushes nothing.
        """
        treatments = self._treatments
        try:
            before = treatments.get(treatment.uuid)
            after = treatments.update(treatment.uuid, **values)
        except MSLogError as exc:
            return Outcome.refused(_explain(exc))
        if after == before:
            return Outcome(f"Nothing changed in {_what(after)}.", after)
        self._record(
            f"change of {_what(before)}",
            lambda: treatments.update(before.uuid, **before.values()),
            lambda: treatments.update(after.uuid, **after.values()),
        )
        return self._done(f"Saved {_what(after)}. {UNDO_HINT}", after)

    def delete(self, treatment: Treatment) -> Outcome[Treatment]:
        """Remove an entry; undo puts it back as it was."""
        treatments = self._treatments
        try:
            removed = treatments.delete(treatment.uuid)
        except NotFoundError:
            return Outcome.refused("")  # already gone: nothing to say or undo
        self._record(
            f"removing {_what(removed)}",
            lambda: treatments.restore(removed),
            lambda: treatments.delete(removed.uuid),
        )
        return self._done(f"Removed {_what(removed)}. {UNDO_HINT}", removed)
