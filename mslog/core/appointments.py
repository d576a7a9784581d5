"""Appointments with clinicians and the person's own "questions for my appointment" note."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import SqliteDatabase

from mslog.core.clock import Clock
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.events import Event

MAX_CLINICIAN_LENGTH = 120
MAX_NOTE_LENGTH = 10_000


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
        raise ValidationError("date", f"must be a date, not {value!r}")
    if value.year < 1971:
        raise ValidationError("date", f"{value} is too long ago")
    if (value - today).days > 2 * 366:
        raise ValidationError("date", f"{value} is more than two years ahead")
    return value


def _check_text(field: str, value: Any, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if len(value) > limit:
        raise ValidationError(field, f"is {len(value)} characters long; at most {limit} fit")
    return value


class Appointments:
    """Records appointments and keeps the questions note; every write is one transaction.

    Args:
        db: The open diary database.
        clock: Source of "now" for time stamps.
    """

    def __init__(self, db: SqliteDatabase, clock: Clock) -> None:
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
            self._db.execute_sql(
                "INSERT INTO appointment (uuid, day, clinician, note, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    appointment.uuid,
                    appointment.day.isoformat(),
                    appointment.clinician,
                    appointment.note,
                    stamp,
                    stamp,
                ),
            )
        self.changed.emit("appointments")
        return appointment

    def update(self, uuid: str, **changes: Any) -> Appointment:
        """Change ``day``, ``clinician`` or ``note`` of an appointment."""
        unknown = set(changes) - {"day", "clinician", "note"}
        if unknown:
            raise ValidationError(sorted(unknown)[0], "is not a field of an appointment")
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
            self._db.execute_sql(
                "UPDATE appointment SET day = ?, clinician = ?, note = ?, updated_at = ?"
                " WHERE uuid = ?",
                (updated.day.isoformat(), updated.clinician, updated.note, self._stamp(), uuid),
            )
        self.changed.emit("appointments")
        return updated

    def delete(self, uuid: str) -> Appointment:
        """Remove an appointment; return it so the removal can be undone with :meth:`add`."""
        current = self.get(uuid)
        with self._db.atomic():
            self._db.execute_sql("DELETE FROM appointment WHERE uuid = ?", (uuid,))
        self.changed.emit("appointments")
        return current

    def get(self, uuid: str) -> Appointment:
        """Return one appointment.

        Raises:
            NotFoundError: No such appointment.
        """
        row = self._db.execute_sql(
            "SELECT uuid, day, clinician, note FROM appointment WHERE uuid = ?", (uuid,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"No appointment with id {uuid}")
        return self._make(row)

    def all(self) -> list[Appointment]:
        """Return every appointment, oldest first."""
        cursor = self._db.execute_sql(
            "SELECT uuid, day, clinician, note FROM appointment ORDER BY day, id"
        )
        return [self._make(row) for row in cursor]

    def between(self, first: date, last: date) -> list[Appointment]:
        """Return the appointments from ``first`` to ``last`` inclusive, oldest first."""
        cursor = self._db.execute_sql(
            "SELECT uuid, day, clinician, note FROM appointment WHERE day BETWEEN ? AND ?"
            " ORDER BY day, id",
            (first.isoformat(), last.isoformat()),
        )
        return [self._make(row) for row in cursor]

    def last_before(self, day: date) -> Appointment | None:
        """Return the latest appointment on or before ``day``, if any."""
        row = self._db.execute_sql(
            "SELECT uuid, day, clinician, note FROM appointment WHERE day <= ?"
            " ORDER BY day DESC, id DESC LIMIT 1",
            (day.isoformat(),),
        ).fetchone()
        return self._make(row) if row else None

    # --- the questions note ---

    def questions(self) -> str:
        """Return the person's "questions for my appointment" note."""
        row = self._db.execute_sql("SELECT text FROM appointment_questions WHERE id = 1").fetchone()
        return row[0] if row else ""

    def set_questions(self, text: str) -> None:
        """Replace the questions note."""
        text = _check_text("questions", text, MAX_NOTE_LENGTH)
        if text == self.questions():
            return
        with self._db.atomic():
            self._db.execute_sql(
                "INSERT INTO appointment_questions (id, text, updated_at) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET text = excluded.text,"
                " updated_at = excluded.updated_at",
                (text, self._stamp()),
            )
        self.changed.emit("questions")

    @staticmethod
    def _make(row: tuple) -> Appointment:
        uuid, day, clinician, note = row
        return Appointment(uuid=uuid, day=date.fromisoformat(day), clinician=clinician, note=note)
