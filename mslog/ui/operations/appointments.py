"""Appointment operations: record one, remove one; each undoable."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mslog.core.appointments import Appointment, Appointments
from mslog.core.errors import MSLogError, NotFoundError
from mslog.core.formatting import fmt_date
from mslog.ui.checklists.dialogs import explain
from mslog.ui.operations import Operations, Outcome


def _when(appointment: Appointment) -> str:
    return fmt_date(appointment.day, weekday=True)


class AppointmentOperations(Operations):
    """Recording and removing appointments, each one step on the undo stack.

    Args:
        appointments: The diary's appointments.
        undo_stack: The window's undo stack.
    """

    def __init__(
        self, appointments: Appointments, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self._appointments = appointments

    def add(self, day: date, clinician: str = "", note: str = "") -> Outcome[Appointment]:
        """Record an appointment; undo removes it, redo puts it back with the same id."""
        appointments = self._appointments
        try:
            added = appointments.add(day, clinician, note)
        except MSLogError as exc:
            return Outcome.refused(explain(exc))

        def remove() -> None:
            with contextlib.suppress(NotFoundError):  # removed meanwhile: nothing to undo
                appointments.delete(added.uuid)

        self._record(
            self.tr("add appointment", "undo step: after 'Undo' in the Edit menu"),
            remove,
            lambda: appointments.add(added.day, added.clinician, added.note, uuid=added.uuid),
        )
        return self._done(
            self.tr("Added the appointment on {day}.").format(day=_when(added)), added
        )

    def delete(self, appointment: Appointment) -> Outcome[Appointment]:
        """Remove an appointment; undo puts it back."""
        appointments = self._appointments
        try:
            removed = appointments.delete(appointment.uuid)
        except NotFoundError:
            return Outcome.refused("")  # already gone: nothing to say or undo
        self._record(
            self.tr("remove appointment", "undo step: after 'Undo' in the Edit menu"),
            lambda: appointments.add(
                removed.day, removed.clinician, removed.note, uuid=removed.uuid
            ),
            lambda: appointments.delete(removed.uuid),
        )
        return self._done(
            self.tr("Removed the appointment on {day}. Undo (Ctrl+Z) brings it back.").format(
                day=_when(removed)
            ),
            removed,
        )
