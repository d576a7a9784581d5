"""Appointments with clinicians and the person's own "questions for my appointment" note."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from mslog.core.clock import Clock
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.events import Event
from mslog.core.formatting import fmt_date
from mslog.core.i18n import Words
from mslog.core.storage.models import AppointmentQuestionsRow, AppointmentRow

if TYPE_CHECKING:
    from mslog.core.storage.database import Database

MAX_CLINICIAN_LENGTH = 120
MAX_NOTE_LENGTH = 10_000


class AppointmentProblems(Words):
    """The translation context of what is wrong with an appointment given."""


@dataclass(frozen=True)
class Appointment:
    """A visit to a clinician.

    Attributes:
        uuid: Stable identifier.
        day: The local date of the appointment.
        clinician: Who it was with (free text, may be empty).
        note: What was said or decided.
    """

    uuid: str
    day: date
    clinician: str = ""
    note: str = ""


def _check_day(value: Any, today: date) -> date:
    if not isinstance(value, date):
        text = AppointmentProblems.tr("must be a date, not {value}")
        raise ValidationError("date", text.format(value=repr(value)))
    if value.year < 1971:
        text = AppointmentProblems.tr("{day} is too long ago")
        raise ValidationError("date", text.format(day=fmt_date(value)))
    if (value - today).days > 2 * 366:
        text = AppointmentProblems.tr("{day} is more than two years ahead")
        raise ValidationError("date", text.format(day=fmt_date(value)))
    return value


def _check_text(field: str, value: Any, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, AppointmentProblems.tr("must be text"))
    if len(value) > limit:
        text = AppointmentProblems.tr("is {length} characters long; at most {limit} fit")
        raise ValidationError(field, text.format(length=len(value), limit=limit))
    return value


class Appointments:
    """Records appointments and keeps the questions note; every write is one transaction.

    Args:
        db: The open diary database.
        clock: Source of "now" for time stamps.
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self.changed: Event[str] = Event()

    def _stamp(self) -> int:
        return int(self._clock.now().timestamp())

    def add(
        self, day: date, clinician: str = "", note: str = "", *, uuid: str | None = None
    ) -> Appointment:
        """Record an appointment and return it."""
        appointment = Appointment(
            uuid=uuid or str(uuidlib.uuid4()),
            day=_check_day(day, self._clock.now().date()),
            clinician=_check_text("clinician", clinician, MAX_CLINICIAN_LENGTH).strip(),
            note=_check_text("note", note, MAX_NOTE_LENGTH),
        )
        stamp = self._stamp()
        with self._db.atomic():
            AppointmentRow.create(
                uuid=appointment.uuid,
                day=appointment.day.isoformat(),
                clinician=appointment.clinician,
                note=appointment.note,
                created_at=stamp,
                updated_at=stamp,
            )
        self.changed.emit("appointments")
        return appointment

    def update(self, uuid: str, **changes: Any) -> Appointment:
        """Change ``day``, ``clinician`` or ``note`` of an appointment."""
        unknown = set(changes) - {"day", "clinician", "note"}
        if unknown:
            text = AppointmentProblems.tr("is not a field of an appointment")
            raise ValidationError(sorted(unknown)[0], text)
        current = self.get(uuid)
        updated = Appointment(
            uuid=uuid,
            day=_check_day(changes.get("day", current.day), self._clock.now().date()),
            clinician=_check_text(
                "clinician", changes.get("clinician", current.clinician), MAX_CLINICIAN_LENGTH
            ).strip(),
            note=_check_text("note", changes.get("note", current.note), MAX_NOTE_LENGTH),
        )
        with self._db.atomic():
            AppointmentRow.update(
                day=updated.day.isoformat(),
                clinician=updated.clinician,
                note=updated.note,
                updated_at=self._stamp(),
            ).where(AppointmentRow.uuid == uuid).execute()
        self.changed.emit("appointments")
        return updated

    def delete(self, uuid: str) -> Appointment:
        """Remove an appointment; return it so the removal can be undone with :meth:`add`."""
        current = self.get(uuid)
        with self._db.atomic():
            AppointmentRow.delete().where(AppointmentRow.uuid == uuid).execute()
        self.changed.emit("appointments")
        return current

    def get(self, uuid: str) -> Appointment:
        """Return one appointment.

        Raises:
            NotFoundError: No such appointment.
        """
        row = AppointmentRow.get_or_none(AppointmentRow.uuid == uuid)
        if row is None:
            raise NotFoundError(
                AppointmentProblems.tr("No appointment with id {uuid}").format(uuid=uuid)
            )
        return self._make(row)

    def all(self) -> list[Appointment]:
        """Return every appointment, oldest first."""
        query = AppointmentRow.select().order_by(AppointmentRow.day, AppointmentRow.id)
        return [self._make(row) for row in query]

    def between(self, first: date, last: date) -> list[Appointment]:
        """Return the appointments from ``first`` to ``last`` inclusive, oldest first."""
        query = (
            AppointmentRow.select()
            .where(AppointmentRow.day.between(first.isoformat(), last.isoformat()))
            .order_by(AppointmentRow.day, AppointmentRow.id)
        )
        return [self._make(row) for row in query]

    def last_before(self, day: date) -> Appointment | None:
        """Return the latest appointment on or before ``day``, if any."""
        row = (
            AppointmentRow.select()
            .where(AppointmentRow.day <= day.isoformat())
            .order_by(AppointmentRow.day.desc(), AppointmentRow.id.desc())
            .get_or_none()
        )
        return self._make(row) if row else None

    # --- the questions note ---

    def questions(self) -> str:
        """Return the person's "questions for my appointment" note."""
        row = AppointmentQuestionsRow.get_or_none(AppointmentQuestionsRow.id == 1)
        return row.text if row else ""

    def set_questions(self, text: str) -> None:
        """Replace the questions note."""
        text = _check_text("questions", text, MAX_NOTE_LENGTH)
        if text == self.questions():
            return
        with self._db.atomic():
            AppointmentQuestionsRow.insert(id=1, text=text, updated_at=self._stamp()).on_conflict(
                conflict_target=[AppointmentQuestionsRow.id],
                preserve=[AppointmentQuestionsRow.text, AppointmentQuestionsRow.updated_at],
            ).execute()
        self.changed.emit("questions")

    @staticmethod
    def _make(row: AppointmentRow) -> Appointment:
        return Appointment(
            uuid=row.uuid, day=date.fromisoformat(row.day), clinician=row.clinician, note=row.note
        )
