"""Side effects a person notes on a day: for the day, for a medication, or for one dose."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from peewee import JOIN

from mslog.core.checklists.model import Checklist, ChecklistChange, check_day, check_text
from mslog.core.checklists.part import ChecklistPart
from mslog.core.checklists.tables import MedicationRow, SideEffectRow
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate

# The chips offered, in order; "other" says the note tells what.
SIDE_EFFECT_KINDS: tuple[str, ...] = ("drowsiness", "weakness", "dizziness", "nausea", "other")
# Each chip's label, translated where shown (:func:`side_effect_label`); the key is kept.
SIDE_EFFECT_LABELS: dict[str, str] = {
    "drowsiness": QT_TRANSLATE_NOOP("side_effects", "Drowsiness"),
    "weakness": QT_TRANSLATE_NOOP("side_effects", "Weakness"),
    "dizziness": QT_TRANSLATE_NOOP("side_effects", "Dizziness"),
    "nausea": QT_TRANSLATE_NOOP("side_effects", "Nausea"),
    "other": QT_TRANSLATE_NOOP("side_effects", "Other"),
}
# The same inside a sentence ("Baclofen 20:00: drowsiness, nausea").
_SIDE_EFFECT_WORDS: dict[str, str] = {
    "drowsiness": QT_TRANSLATE_NOOP("side_effects", "drowsiness"),
    "weakness": QT_TRANSLATE_NOOP("side_effects", "weakness"),
    "dizziness": QT_TRANSLATE_NOOP("side_effects", "dizziness"),
    "nausea": QT_TRANSLATE_NOOP("side_effects", "nausea"),
    "other": QT_TRANSLATE_NOOP("side_effects", "other"),
}


def side_effect_label(key: str, *, in_sentence: bool = False) -> str:
    """Return a side effect chip's label in the person's language (an unknown key as kept).

    ``in_sentence``: the word as it reads inside a sentence ("drowsiness", not "Drowsiness").
    """
    labels = _SIDE_EFFECT_WORDS if in_sentence else SIDE_EFFECT_LABELS
    return translate("side_effects", labels[key]) if key in labels else key


MAX_NOTE_LENGTH = 200


@dataclass(frozen=True)
class SideEffect:
    """Side effects noted on a diary day.

    Attributes:
        day: The diary day.
        medication_uuid: The medication they are put down to, or None for the day as a whole.
        medication_name: That medication's name, or None.
        slot_local: The scheduled dose ("YYYY-MM-DD HH:MM") they followed, or None.
        kinds: The chips chosen, in the order of :data:`SIDE_EFFECT_KINDS`.
        note: The person's own words ("" if none).
    """

    uuid: str
    day: date
    medication_uuid: str | None = None
    medication_name: str | None = None
    slot_local: str | None = None
    kinds: tuple[str, ...] = ()
    note: str = ""
    recorded_at: datetime | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[date, str | None, str | None]:
        """What the note is for: (day, medication, dose); one note per key."""
        return (self.day, self.medication_uuid, self.slot_local)

    def text(self) -> str:
        """Return "drowsiness, dizziness: sleepy after lunch" (or just one of the two)."""
        kinds = Checklist.tr(", ", "between the side effects of a note").join(
            side_effect_label(k, in_sentence=True)
            for k in self.kinds
            if k != "other" or not self.note
        )
        if kinds and self.note:
            return Checklist.tr("{side_effects}: {note}").format(side_effects=kinds, note=self.note)
        return kinds or self.note

    def describe(self) -> str:
        """Return what it was and what for: "Baclofen 20:00: drowsiness"."""
        if self.medication_name is None:
            return Checklist.tr("The day: {side_effects}").format(side_effects=self.text())
        where = self.medication_name
        if self.slot_local is not None:
            where += f" {self.slot_local[-5:]}"
        return f"{where}: {self.text()}"


def check_kinds(values: Iterable[Any]) -> tuple[str, ...]:
    """Return the chips chosen in the offered order, refusing one not offered."""
    chosen = set()
    for value in values:
        if value not in SIDE_EFFECT_KINDS:
            raise ValidationError(
                "kinds",
                Checklist.tr("{value} is not one of {choices}").format(
                    value=repr(value), choices=", ".join(SIDE_EFFECT_KINDS)
                ),
            )
        chosen.add(value)
    return tuple(k for k in SIDE_EFFECT_KINDS if k in chosen)


class SideEffects(ChecklistPart):
    """Side effects noted on days, each for the day, a medication or one of its doses.

    One note per day and medication and dose: noting again replaces it, and a note with
    no chip and no words removes it. Nothing here judges a side effect; it is kept for
    the person and their clinician to read.
    """

    # --- reading ---

    def on_day(self, day: date) -> list[SideEffect]:
        """Return the notes of a diary day: the day's own first, then by medication and time."""
        return self.between(day, day)

    def between(self, first: date, last: date) -> list[SideEffect]:
        """Return every note from ``first`` to ``last`` (diary days, inclusive), in day order."""
        # Plain dicts with the medication's columns named apart: both tables have a uuid.
        query = (
            SideEffectRow.select(
                SideEffectRow.uuid,
                SideEffectRow.day,
                SideEffectRow.slot_local,
                SideEffectRow.kinds,
                SideEffectRow.note,
                SideEffectRow.recorded_at,
                MedicationRow.uuid.alias("medication_uuid"),
                MedicationRow.name.alias("medication_name"),
            )
            .join(MedicationRow, JOIN.LEFT_OUTER)
            .where(SideEffectRow.day.between(first.isoformat(), last.isoformat()))
            .order_by(
                SideEffectRow.day,
                SideEffectRow.medication.is_null(False),
                MedicationRow.name,
                SideEffectRow.slot_local,
                SideEffectRow.id,
            )
            .dicts()
        )
        rows: Iterable[dict[str, Any]] = query  # type: ignore[assignment]  # .dicts() rows
        return [_entry(row) for row in rows]

    def find(
        self, day: date, medication_uuid: str | None = None, slot_local: str | None = None
    ) -> SideEffect | None:
        """Return the note for a day (and medication, and dose), or None."""
        for entry in self.on_day(day):
            if entry.key == (day, medication_uuid, slot_local):
                return entry
        return None

    # --- writing ---

    def note(
        self,
        day: date,
        kinds: Iterable[Any] = (),
        note: Any = "",
        *,
        medication_uuid: str | None = None,
        slot_local: str | None = None,
    ) -> SideEffect | None:
        """Note side effects for a day (a medication, a dose); return the note, or None.

        Replaces what was noted for the same day, medication and dose; with no chip and no
        words it removes it. Raises :class:`ValidationError` (nothing changed) on a chip
        not offered, a note too long, a day still to come or a dose without its medication.
        """
        day = check_day("day", day)
        if day > self.today():
            raise ValidationError("day", Checklist.tr("{day} is still to come").format(day=day))
        chosen = check_kinds(kinds)
        words = check_text("note", note, MAX_NOTE_LENGTH, required=False)
        if slot_local is not None and medication_uuid is None:
            raise ValidationError("slot", Checklist.tr("a dose belongs to a medication"))
        med_id = self._medication_id(medication_uuid)
        with self._db.atomic():
            self._delete(day, med_id, slot_local)
            if not chosen and not words:
                entry_uuid = None
            else:
                entry_uuid = str(uuidlib.uuid4())
                SideEffectRow.insert(
                    uuid=entry_uuid,
                    day=day.isoformat(),
                    medication=med_id,
                    slot_local=slot_local,
                    kinds=",".join(chosen),
                    note=words,
                    recorded_at=self._stamp(),
                ).execute()
        self._changed.emit(ChecklistChange("side_effect", "noted", entry_uuid or ""))
        return self.find(day, medication_uuid, slot_local)

    def put_back(
        self, key: tuple[date, str | None, str | None], entry: SideEffect | None
    ) -> SideEffect | None:
        """Make the note for ``key`` exactly ``entry`` again (None: none), for undo and redo."""
        day, medication_uuid, slot_local = key
        med_id = self._medication_id(medication_uuid)
        with self._db.atomic():
            self._delete(day, med_id, slot_local)
            if entry is not None:
                recorded = entry.recorded_at
                SideEffectRow.insert(
                    uuid=entry.uuid,
                    day=day.isoformat(),
                    medication=med_id,
                    slot_local=slot_local,
                    kinds=",".join(entry.kinds),
                    note=entry.note,
                    recorded_at=int(recorded.timestamp()) if recorded else self._stamp(),
                ).execute()
        self._changed.emit(ChecklistChange("side_effect", "restored", entry.uuid if entry else ""))
        return self.find(day, medication_uuid, slot_local)

    # --- internals ---

    def _medication_id(self, medication_uuid: str | None) -> int | None:
        if medication_uuid is None:
            return None
        row = MedicationRow.get_or_none(MedicationRow.uuid == medication_uuid)
        if row is None:
            raise NotFoundError(
                Checklist.tr("No medication with id {uuid}").format(uuid=medication_uuid)
            )
        return row.id

    def _delete(self, day: date, med_id: int | None, slot_local: str | None) -> None:
        SideEffectRow.delete().where(
            SideEffectRow.day == day.isoformat(),
            SideEffectRow.medication.is_null()
            if med_id is None
            else SideEffectRow.medication == med_id,
            SideEffectRow.slot_local.is_null()
            if slot_local is None
            else SideEffectRow.slot_local == slot_local,
        ).execute()


def _entry(row: dict[str, Any]) -> SideEffect:
    return SideEffect(
        uuid=row["uuid"],
        day=date.fromisoformat(row["day"]),
        medication_uuid=row["medication_uuid"],
        medication_name=row["medication_name"],
        slot_local=row["slot_local"],
        kinds=tuple(k for k in row["kinds"].split(",") if k),
        note=row["note"],
        recorded_at=datetime.fromtimestamp(row["recorded_at"], timezone.utc),
    )
