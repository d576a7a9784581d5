"""Treatments that are events rather than daily doses: injections, pump refills, physiotherapy."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from mslog.core.checklists.model import Checklist, ChecklistChange
from mslog.core.checklists.part import ChecklistPart
from mslog.core.checklists.tables import TreatmentRow
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.formatting import fmt_date, fmt_day
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate

BOTULINUM_TOXIN = "botulinum_toxin"
PUMP_REFILL = "pump_refill"
PUMP_CHANGE = "pump_change"
PHYSIOTHERAPY = "physiotherapy"
OTHER = "other"
# The kinds in the order they are offered; their names as a person reads them, in
# English (FHIR's display), translated where shown (:func:`kind_label`).
KINDS: dict[str, str] = {
    BOTULINUM_TOXIN: QT_TRANSLATE_NOOP("treatments", "Botulinum toxin injection"),
    PUMP_REFILL: QT_TRANSLATE_NOOP("treatments", "Baclofen pump refill"),
    PUMP_CHANGE: QT_TRANSLATE_NOOP("treatments", "Baclofen pump dose change"),
    PHYSIOTHERAPY: QT_TRANSLATE_NOOP("treatments", "Physiotherapy session"),
    OTHER: QT_TRANSLATE_NOOP("treatments", "Other treatment"),
}
# Short names for a chart's marker, where room is scarce.
MARKER_NAMES = {
    BOTULINUM_TOXIN: QT_TRANSLATE_NOOP("treatments", "Injection"),
    PUMP_REFILL: QT_TRANSLATE_NOOP("treatments", "Pump refill"),
    PUMP_CHANGE: QT_TRANSLATE_NOOP("treatments", "Pump change"),
    PHYSIOTHERAPY: QT_TRANSLATE_NOOP("treatments", "Physio"),
}


def kind_label(kind: str) -> str:
    """Return a treatment kind's name in the person's language (an unknown kind as kept)."""
    return translate("treatments", KINDS[kind]) if kind in KINDS else kind


# The words the command line takes for each kind.
KIND_WORDS = {
    "injection": BOTULINUM_TOXIN,
    "botox": BOTULINUM_TOXIN,
    "pump-refill": PUMP_REFILL,
    "pump-change": PUMP_CHANGE,
    "physio": PHYSIOTHERAPY,
    "other": OTHER,
}
PUMP_KINDS = (PUMP_REFILL, PUMP_CHANGE)
FIELDS = ("kind", "day", "name", "sites", "rate", "next_refill", "note")
MAX_NAME_LENGTH = 80
MAX_SITES_LENGTH = 200
MAX_RATE_LENGTH = 60
MAX_NOTE_LENGTH = 2000
# A refill date further ahead than this from the refill is a typing slip.
MAX_REFILL_AHEAD = timedelta(days=366)


@dataclass(frozen=True)
class Treatment:
    """One treatment event.

    Attributes:
        uuid: Stable identifier.
        day: The diary day it happened.
        kind: One of :data:`KINDS`.
        name: What an "other" treatment was (empty for the other kinds).
        sites: The muscles or sites of an injection, in the person's words.
        rate: A pump's new rate, in the person's words (MSLog never suggests one).
        next_refill: When a pump refill is next due (pump events only).
        note: Anything else.
    """

    uuid: str
    day: date
    kind: str
    name: str = ""
    sites: str = ""
    rate: str = ""
    next_refill: date | None = None
    note: str = ""

    @property
    def title(self) -> str:
        """Return "Botulinum toxin injection", or what an other treatment was."""
        return self.name if self.kind == OTHER else kind_label(self.kind)

    @property
    def marker(self) -> str:
        """Return the short label of the event on a chart ("Injection", "Pump refill")."""
        if self.kind in MARKER_NAMES:
            return translate("treatments", MARKER_NAMES[self.kind])
        return self.name

    def detail(self) -> str:
        """Return "Sites: left calf · New rate: 120 µg/day · Next refill Tue 12 May · a note"."""
        parts = []
        if self.sites:
            parts.append(Checklist.tr("Sites: {sites}").format(sites=self.sites))
        if self.rate:
            parts.append(Checklist.tr("New rate: {rate}").format(rate=self.rate))
        if self.next_refill is not None:
            day = fmt_date(self.next_refill, weekday=True)
            parts.append(Checklist.tr("Next refill {day}").format(day=day))
        if self.note:
            parts.append(self.note)
        return " · ".join(parts)

    def values(self) -> dict[str, Any]:
        """Return the fields :meth:`Treatments.update` takes, as they are now."""
        return {field: getattr(self, field) for field in FIELDS}


@dataclass(frozen=True)
class RefillDue:
    """The next baclofen pump refill the person noted.

    Attributes:
        day: The day the refill is due.
        noted: The pump event where the date was given.
    """

    day: date
    noted: Treatment

    def days_left(self, today: date) -> int:
        """Return how many days are left (0 on the day, negative once passed)."""
        return (self.day - today).days

    def text(self, today: date) -> str:
        """Return the reminder's words, calm and without advice."""
        left = self.days_left(today)
        when = fmt_day(self.day)
        if left > 1:
            return Checklist.tr("Baclofen pump refill due on {day}, in %n days.", "", left).format(
                day=when
            )
        if left == 1:
            return Checklist.tr("Baclofen pump refill due tomorrow, {day}.").format(day=when)
        if left == 0:
            return Checklist.tr("Baclofen pump refill due today.")
        return Checklist.tr(
            "The baclofen pump refill noted for {day} is not recorded yet. "
            "Once it is done, record it under Treatments."
        ).format(day=when)


def parse_kind(word: str) -> str:
    """Return the kind a command-line word names ("injection", "pump-refill", ...).

    Raises:
        ValidationError: The word names no kind.
    """
    kind = KIND_WORDS.get(word.strip().lower(), word.strip().lower())
    if kind not in KINDS:
        raise ValidationError(
            "kind",
            Checklist.tr("must be one of {choices}, not {value}").format(
                choices=", ".join(KIND_WORDS), value=repr(word)
            ),
        )
    return kind


def _text(field: str, value: Any, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, Checklist.tr("must be text"))
    value = value.strip()
    if len(value) > limit:
        raise ValidationError(
            field,
            Checklist.tr("is {length} characters long; at most {limit} fit").format(
                length=len(value), limit=limit
            ),
        )
    return value


def _not_kept_for(kind: str) -> str:
    if kind == BOTULINUM_TOXIN:
        return Checklist.tr("is not kept for a botulinum toxin injection")
    if kind == PUMP_REFILL:
        return Checklist.tr("is not kept for a baclofen pump refill")
    if kind == PUMP_CHANGE:
        return Checklist.tr("is not kept for a baclofen pump dose change")
    if kind == PHYSIOTHERAPY:
        return Checklist.tr("is not kept for a physiotherapy session")
    return Checklist.tr("is not kept for other treatments")


def check(treatment: Treatment, today: date) -> Treatment:
    """Return ``treatment`` with its text trimmed, or say what is wrong with it.

    Raises:
        ValidationError: Naming the first field that cannot be saved.
    """
    kind = treatment.kind
    if kind not in KINDS:
        raise ValidationError(
            "kind",
            Checklist.tr("must be one of {choices}, not {value}").format(
                choices=", ".join(KINDS), value=repr(kind)
            ),
        )
    day = treatment.day
    if not isinstance(day, date):
        raise ValidationError(
            "day", Checklist.tr("must be a date, not {value}").format(value=repr(day))
        )
    if day.year < 1971:
        raise ValidationError("day", Checklist.tr("{day} is too long ago").format(day=day))
    if day > today:
        raise ValidationError(
            "day", Checklist.tr("is after today; record a treatment once it has happened")
        )
    name = _text("name", treatment.name, MAX_NAME_LENGTH)
    if kind == OTHER and not name:
        raise ValidationError("name", Checklist.tr("say what the treatment was"))
    sites = _text("sites", treatment.sites, MAX_SITES_LENGTH)
    rate = _text("rate", treatment.rate, MAX_RATE_LENGTH)
    note = _text("note", treatment.note, MAX_NOTE_LENGTH)
    refill = treatment.next_refill
    only = {"name": (OTHER,), "sites": (BOTULINUM_TOXIN,), "rate": PUMP_KINDS}
    for field, value in (("name", name), ("sites", sites), ("rate", rate)):
        if value and kind not in only[field]:
            raise ValidationError(field, _not_kept_for(kind))
    if refill is not None:
        if kind not in PUMP_KINDS:
            raise ValidationError("next_refill", Checklist.tr("is kept for a baclofen pump only"))
        if not isinstance(refill, date):
            raise ValidationError(
                "next_refill",
                Checklist.tr("must be a date, not {value}").format(value=repr(refill)),
            )
        if refill <= day:
            raise ValidationError(
                "next_refill", Checklist.tr("must be after the day of this entry")
            )
        if refill - day > MAX_REFILL_AHEAD:
            raise ValidationError(
                "next_refill", Checklist.tr("is more than a year after this entry")
            )
    return replace(treatment, name=name, sites=sites, rate=rate, note=note)


class Treatments(ChecklistPart):
    """The treatment record; every write is one transaction, announced as a "treatment" change."""

    def add(
        self,
        kind: str,
        day: date,
        *,
        name: str = "",
        sites: str = "",
        rate: str = "",
        next_refill: date | None = None,
        note: str = "",
        uuid: str | None = None,
    ) -> Treatment:
        """Record a treatment event and return it (``uuid`` puts back one removed)."""
        treatment = check(
            Treatment(
                uuid or str(uuidlib.uuid4()), day, kind, name, sites, rate, next_refill, note
            ),
            self.today(),
        )
        stamp = self._stamp()
        with self._db.atomic():
            TreatmentRow.create(
                **self._columns(treatment), uuid=treatment.uuid, created_at=stamp, updated_at=stamp
            )
        self._changed.emit(ChecklistChange("treatment", "added", treatment.uuid))
        return treatment

    def update(self, uuid: str, **changes: Any) -> Treatment:
        """Change any of :data:`FIELDS` of an entry; return it as saved.

        Raises:
            ValidationError: A field is unknown or a value cannot be saved.
            NotFoundError: No such entry.
        """
        unknown = sorted(set(changes) - set(FIELDS))
        if unknown:
            raise ValidationError(unknown[0], Checklist.tr("is not a field of a treatment"))
        current = self.get(uuid)
        updated = check(replace(current, **changes), self.today())
        if updated == current:
            return current
        with self._db.atomic():
            TreatmentRow.update(**self._columns(updated), updated_at=self._stamp()).where(
                TreatmentRow.uuid == uuid
            ).execute()
        self._changed.emit(ChecklistChange("treatment", "changed", uuid))
        return updated

    def delete(self, uuid: str) -> Treatment:
        """Remove an entry; return it, so :meth:`add` with its uuid can put it back."""
        current = self.get(uuid)
        with self._db.atomic():
            TreatmentRow.delete().where(TreatmentRow.uuid == uuid).execute()
        self._changed.emit(ChecklistChange("treatment", "removed", uuid))
        return current

    def restore(self, treatment: Treatment) -> Treatment:
        """Put back an entry exactly as it was (undo of a removal)."""
        values = treatment.values()
        return self.add(values.pop("kind"), values.pop("day"), uuid=treatment.uuid, **values)

    def get(self, uuid: str) -> Treatment:
        """Return one entry.

        Raises:
            NotFoundError: No such entry.
        """
        row = TreatmentRow.get_or_none(TreatmentRow.uuid == uuid)
        if row is None:
            raise NotFoundError(Checklist.tr("No treatment with id {uuid}").format(uuid=uuid))
        return _make(row)

    def all(self) -> list[Treatment]:
        """Return every entry, newest first."""
        query = TreatmentRow.select().order_by(TreatmentRow.day.desc(), TreatmentRow.id.desc())
        return [_make(row) for row in query]

    def between(self, first: date, last: date) -> list[Treatment]:
        """Return the entries from ``first`` to ``last`` inclusive, oldest first."""
        query = (
            TreatmentRow.select()
            .where(TreatmentRow.day.between(first.isoformat(), last.isoformat()))
            .order_by(TreatmentRow.day, TreatmentRow.id)
        )
        return [_make(row) for row in query]

    def refill_due(self) -> RefillDue | None:
        """Return the next pump refill the person noted, unless a later refill is recorded."""
        row = (
            TreatmentRow.select()
            .where(TreatmentRow.next_refill.is_null(False))
            .order_by(TreatmentRow.day.desc(), TreatmentRow.id.desc())
            .get_or_none()
        )
        if row is None:
            return None
        later_refill = (
            TreatmentRow.select()
            .where((TreatmentRow.kind == PUMP_REFILL) & (TreatmentRow.day > row.day))
            .exists()
        )
        if later_refill:
            return None  # done, and that refill gave no next date
        noted = _make(row)
        assert noted.next_refill is not None  # selected for having one
        return RefillDue(noted.next_refill, noted)

    @staticmethod
    def _columns(treatment: Treatment) -> dict[str, Any]:
        return {
            "day": treatment.day.isoformat(),
            "kind": treatment.kind,
            "name": treatment.name,
            "sites": treatment.sites,
            "rate": treatment.rate,
            "next_refill": treatment.next_refill.isoformat() if treatment.next_refill else None,
            "note": treatment.note,
        }


def _make(row: TreatmentRow) -> Treatment:
    return Treatment(
        uuid=row.uuid,
        day=date.fromisoformat(row.day),
        kind=row.kind,
        name=row.name,
        sites=row.sites,
        rate=row.rate,
        next_refill=date.fromisoformat(row.next_refill) if row.next_refill else None,
        note=row.note,
    )
