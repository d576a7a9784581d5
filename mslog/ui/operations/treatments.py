"""Treatment operations: record an injection, refill or session, change it, remove it."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.checklists.treatments import (
    BOTULINUM_TOXIN,
    OTHER,
    PHYSIOTHERAPY,
    PUMP_CHANGE,
    PUMP_REFILL,
    Treatment,
    Treatments,
)
from mslog.core.errors import MSLogError, NotFoundError, ValidationError
from mslog.core.formatting import fmt_date
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import Operations, Outcome

# The treatment dialog's labels, so a refusal names the field the person sees.
FIELD_LABELS = {
    "kind": QT_TRANSLATE_NOOP("TreatmentEvents", "Treatment"),
    "day": QT_TRANSLATE_NOOP("TreatmentEvents", "Day"),
    "name": QT_TRANSLATE_NOOP("TreatmentEvents", "What it was"),
    "sites": QT_TRANSLATE_NOOP("TreatmentEvents", "Muscles or sites"),
    "rate": QT_TRANSLATE_NOOP("TreatmentEvents", "New rate"),
    "next_refill": QT_TRANSLATE_NOOP("TreatmentEvents", "Next refill due"),
    "note": QT_TRANSLATE_NOOP("TreatmentEvents", "Note"),
}
# How a status line names an event of each kind ({name}: what an other treatment was).
WHAT = {
    BOTULINUM_TOXIN: QT_TRANSLATE_NOOP("TreatmentEvents", "the botulinum toxin injection on {day}"),
    PUMP_REFILL: QT_TRANSLATE_NOOP("TreatmentEvents", "the baclofen pump refill on {day}"),
    PUMP_CHANGE: QT_TRANSLATE_NOOP("TreatmentEvents", "the baclofen pump dose change on {day}"),
    PHYSIOTHERAPY: QT_TRANSLATE_NOOP("TreatmentEvents", "the physiotherapy session on {day}"),
    OTHER: QT_TRANSLATE_NOOP("TreatmentEvents", "the {name} on {day}"),
}


class TreatmentEvents(Words):
    """The translation context of how the treatment operations name an event and a field."""


def _explain(exc: MSLogError) -> str:
    """Return "Not saved. Next refill due: must be after the day of this entry"."""
    if isinstance(exc, ValidationError) and exc.field in FIELD_LABELS:
        return TreatmentEvents.tr("Not saved. {field}: {reason}").format(
            field=translate("TreatmentEvents", FIELD_LABELS[exc.field]), reason=exc.message
        )
    return explain(exc)


def _what(treatment: Treatment) -> str:
    """Return "the botulinum toxin injection on 2 March", as a status line says it."""
    pattern = WHAT.get(treatment.kind, WHAT[OTHER])
    return translate("TreatmentEvents", pattern).format(
        name=treatment.title, day=fmt_date(treatment.day, year=False, full=True)
    )


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

        self._record(
            self.tr("recording {what}", "undo step: after 'Undo' in the Edit menu").format(
                what=_what(added)
            ),
            remove,
            lambda: treatments.restore(added),
        )
        return self._done(
            self.tr("Recorded {what}. Undo with Ctrl+Z.").format(what=_what(added)), added
        )

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
            return Outcome(self.tr("Nothing changed in {what}.").format(what=_what(after)), after)
        self._record(
            self.tr("change of {what}", "undo step: after 'Undo' in the Edit menu").format(
                what=_what(before)
            ),
            lambda: treatments.update(before.uuid, **before.values()),
            lambda: treatments.update(after.uuid, **after.values()),
        )
        return self._done(
            self.tr("Saved {what}. Undo with Ctrl+Z.").format(what=_what(after)), after
        )

    def delete(self, treatment: Treatment) -> Outcome[Treatment]:
        """Remove an entry; undo puts it back as it was."""
        treatments = self._treatments
        try:
            removed = treatments.delete(treatment.uuid)
        except NotFoundError:
            return Outcome.refused("")  # already gone: nothing to say or undo
        self._record(
            self.tr("removing {what}", "undo step: after 'Undo' in the Edit menu").format(
                what=_what(removed)
            ),
            lambda: treatments.restore(removed),
            lambda: treatments.delete(removed.uuid),
        )
        return self._done(
            self.tr("Removed {what}. Undo with Ctrl+Z.").format(what=_what(removed)), removed
        )
