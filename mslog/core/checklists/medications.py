"""Medications and their versioned schedules: a change of amount or times is a new version."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from typing import Any

from peewee import fn

from mslog.core.checklists.model import (
    MAX_NAME_LENGTH,
    MAX_SHORT_TEXT,
    Checklist,
    ChecklistChange,
    Medication,
    MedicationVersion,
    check_amount,
    check_day,
    check_schedule,
    check_text,
    check_time_amounts,
)
from mslog.core.checklists.part import ChecklistPart
from mslog.core.checklists.tables import (
    DoseRow,
    MedicationRow,
    MedicationTimeRow,
    MedicationVersionRow,
)
from mslog.core.errors import MSLogError, NotFoundError, ValidationError


class Medications(ChecklistPart):
    """The person's medications with their whole prescription history.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force.
        changed: Where committed changes are announced.
    """

    # --- reading ---

    def all(self) -> list[Medication]:
        """Return every medication ever added, stopped ones included, in list order."""
        return self._load()

    def taken_on(self, day: date) -> list[Medication]:
        """Return the medications taken on ``day``."""
        return [m for m in self._load() if m.is_current(day)]

    def get(self, uuid: str) -> Medication:
        """Return one medication with its history.

        Raises:
            NotFoundError: No such medication.
        """
        found = self._load(uuid)
        if not found:
            raise NotFoundError(Checklist.tr("No medication with id {uuid}").format(uuid=uuid))
        return found[0]

    def row_id(self, uuid: str) -> int:
        """Return the table's id of a medication.

        Raises:
            NotFoundError: No such medication.
        """
        row = MedicationRow.get_or_none(MedicationRow.uuid == uuid)
        if row is None:
            raise NotFoundError(Checklist.tr("No medication with id {uuid}").format(uuid=uuid))
        return row.id

    # --- writing ---

    def add(
        self,
        name: Any,
        *,
        times: Iterable[Any] | str = (),
        as_needed: bool = False,
        amount: Any = None,
        unit: Any = "",
        strength: Any = "",
        starts: date | None = None,
        reminders: bool = True,
        time_amounts: Mapping[Any, Any] | None = None,
    ) -> Medication:
        """Add a medication taken from ``starts`` (default today) and return it.

        ``time_amounts`` gives a time its own amount ({"20:00": 20}); the others take
        ``amount``.
        """
        name = check_text("name", name, MAX_NAME_LENGTH, required=True)
        values = _version_values(times, as_needed, amount, unit, strength, time_amounts)
        starts = check_day("starts", starts or self.today())
        self._check_unique_name(name, None)
        uuid = str(uuidlib.uuid4())
        now = self._stamp()
        with self._db.atomic():
            # The position is read inside the insert, so two writers cannot take the same one.
            after_last = MedicationRow.select(fn.coalesce(fn.max(MedicationRow.position), -1) + 1)
            med_id = MedicationRow.insert(
                uuid=uuid, name=name, reminders=bool(reminders), position=after_last, created_at=now
            ).execute()
            self._insert_version(med_id, starts, True, values, now)
        self._changed.emit(ChecklistChange("medication", "added", uuid))
        return self.get(uuid)

    def change(
        self,
        uuid: str,
        *,
        effective_from: date,
        times: Iterable[Any] | str = (),
        as_needed: bool = False,
        amount: Any = None,
        unit: Any = "",
        strength: Any = "",
        time_amounts: Mapping[Any, Any] | None = None,
    ) -> Medication:
        """Record a new amount or schedule from ``effective_from``; earlier days keep theirs."""
        values = _version_values(times, as_needed, amount, unit, strength, time_amounts)
        effective_from = check_day("effective_from", effective_from)
        med_id = self.row_id(uuid)
        with self._db.atomic():
            self._insert_version(med_id, effective_from, True, values, self._stamp())
        self._changed.emit(ChecklistChange("medication", "changed", uuid))
        return self.get(uuid)

    def stop(self, uuid: str, from_day: date) -> Medication:
        """Record that the medication is not taken from ``from_day`` on (history stays)."""
        from_day = check_day("from_day", from_day)
        medication = self.get(uuid)
        if medication.started_on is not None and from_day <= medication.started_on:
            raise ValidationError(
                "from_day",
                Checklist.tr("must be after the day it was started ({day})").format(
                    day=medication.started_on
                ),
            )
        values: dict[str, Any] = {
            "strength": "", "amount": None, "unit": "", "as_needed": False, "times": (),
            "time_amounts": (),
        }  # fmt: skip
        with self._db.atomic():
            self._insert_version(self.row_id(uuid), from_day, False, values, self._stamp())
        self._changed.emit(ChecklistChange("medication", "stopped", uuid))
        return self.get(uuid)

    def rename(self, uuid: str, name: Any) -> Medication:
        """Correct the name of a medication."""
        name = check_text("name", name, MAX_NAME_LENGTH, required=True)
        med_id = self.row_id(uuid)
        self._check_unique_name(name, med_id)
        with self._db.atomic():
            MedicationRow.update(name=name).where(MedicationRow.id == med_id).execute()
        self._changed.emit(ChecklistChange("medication", "renamed", uuid))
        return self.get(uuid)

    def set_reminders(self, uuid: str, on: bool) -> Medication:
        """Switch reminders for one medication on or off."""
        med_id = self.row_id(uuid)
        with self._db.atomic():
            MedicationRow.update(reminders=bool(on)).where(MedicationRow.id == med_id).execute()
        self._changed.emit(ChecklistChange("medication", "reminders", uuid))
        return self.get(uuid)

    def revise(
        self,
        uuid: str,
        *,
        name: Any,
        reminders: bool,
        effective_from: date,
        times: Iterable[Any] | str = (),
        as_needed: bool = False,
        amount: Any = None,
        unit: Any = "",
        strength: Any = "",
        time_amounts: Mapping[Any, Any] | None = None,
    ) -> Medication:
        """Save what the person changed about a medication, all in one write.

        A new name and the reminders switch are corrections; a schedule that differs
        from the one in force on ``effective_from`` is a new version from that day.
        Everything is checked first, so nothing is half-saved; unchanged parts stay as
        they were (no new version when only the name changed).
        """
        name = check_text("name", name, MAX_NAME_LENGTH, required=True)
        values = _version_values(times, as_needed, amount, unit, strength, time_amounts)
        effective_from = check_day("effective_from", effective_from)
        medication = self.get(uuid)
        med_id = self.row_id(uuid)
        self._check_unique_name(name, med_id)
        current = medication.version_on(effective_from)
        new_version = current is None or not current.active or (
            current.times, current.as_needed, current.amount, current.unit, current.strength,
            current.time_amounts,
        ) != (
            values["times"], values["as_needed"], values["amount"], values["unit"],
            values["strength"], values["time_amounts"],
        )  # fmt: skip
        with self._db.atomic():
            MedicationRow.update(name=name, reminders=bool(reminders)).where(
                MedicationRow.id == med_id
            ).execute()
            if new_version:
                self._insert_version(med_id, effective_from, True, values, self._stamp())
        self._changed.emit(ChecklistChange("medication", "changed", uuid))
        return self.get(uuid)

    def take_back(self, uuid: str) -> Medication:
        """Take back a medication just added (undo): it goes with its whole history.

        Returns it as it was, for :meth:`restore`.

        Raises:
            MSLogError: A dose of it is recorded; stopping it keeps that record.
        """
        with self._db.atomic():
            medication = self.get(uuid)
            med_id = self.row_id(uuid)
            if DoseRow.select().where(DoseRow.medication == med_id).exists():
                raise MSLogError(
                    Checklist.tr("doses of {name} are recorded; stop it instead").format(
                        name=medication.name
                    )
                )
            MedicationRow.delete().where(MedicationRow.id == med_id).execute()
        self._changed.emit(ChecklistChange("medication", "removed", uuid))
        return medication

    def restore(self, medication: Medication) -> Medication:
        """Store a medication exactly as ``medication`` was (undo and redo).

        Its name, reminders and versions become those given: a version recorded since
        is removed rather than outweighed by another, a missing one comes back with its
        day and entry time. A medication taken back is added again at the end of the list.
        """
        name = check_text("name", medication.name, MAX_NAME_LENGTH, required=True)
        with self._db.atomic():
            row = MedicationRow.get_or_none(MedicationRow.uuid == medication.uuid)
            self._check_unique_name(name, row.id if row else None)
            if row is None:
                after_last = MedicationRow.select(
                    fn.coalesce(fn.max(MedicationRow.position), -1) + 1
                )
                first = medication.versions[0].created_at if medication.versions else None
                med_id = MedicationRow.insert(
                    uuid=medication.uuid,
                    name=name,
                    reminders=medication.reminders,
                    position=after_last,
                    created_at=int(first.timestamp()) if first else self._stamp(),
                ).execute()
            else:
                med_id = row.id
                MedicationRow.update(name=name, reminders=medication.reminders).where(
                    MedicationRow.id == med_id
                ).execute()
            kept = {v.id for v in medication.versions}
            stored = {
                v.id
                for v in MedicationVersionRow.select(MedicationVersionRow.id).where(
                    MedicationVersionRow.medication == med_id
                )
            }
            MedicationVersionRow.delete().where(
                MedicationVersionRow.medication == med_id, MedicationVersionRow.id.not_in(kept)
            ).execute()
            for version in medication.versions:
                if version.id not in stored:
                    self._restore_version(med_id, version)
        self._changed.emit(ChecklistChange("medication", "restored", medication.uuid))
        return self.get(medication.uuid)

    # --- internals ---

    def _restore_version(self, med_id: int, version: MedicationVersion) -> None:
        # The same id when it is free, so the order of same-day versions stays the same.
        taken = MedicationVersionRow.get_or_none(MedicationVersionRow.id == version.id)
        version_id = MedicationVersionRow.insert(
            **({} if taken else {"id": version.id}),
            medication=med_id,
            effective_from=version.effective_from.isoformat(),
            active=version.active,
            strength=version.strength,
            amount=version.amount,
            unit=version.unit,
            as_needed=version.as_needed,
            created_at=int(version.created_at.timestamp()) if version.created_at else self._stamp(),
        ).execute()
        _insert_times(version_id, version.times, version.time_amounts)

    def _insert_version(
        self, med_id: int, day: date, active: bool, values: dict[str, Any], stamp: int
    ) -> None:
        version_id = MedicationVersionRow.insert(
            medication=med_id,
            effective_from=day.isoformat(),
            active=active,
            strength=values["strength"],
            amount=values["amount"],
            unit=values["unit"],
            as_needed=bool(values["as_needed"]),
            created_at=stamp,
        ).execute()
        _insert_times(version_id, values["times"], values["time_amounts"])

    def _check_unique_name(self, name: str, med_id: int | None) -> None:
        for other in MedicationRow.select(MedicationRow.id, MedicationRow.name):
            if other.id != med_id and other.name.casefold() == name.casefold():
                raise ValidationError(
                    "name", Checklist.tr("{name} is already on your list").format(name=other.name)
                )

    def _load(self, uuid: str | None = None) -> list[Medication]:
        query = MedicationRow.select().order_by(MedicationRow.position, MedicationRow.id)
        if uuid is not None:
            query = query.where(MedicationRow.uuid == uuid)
        meds = list(query)
        if not meds:
            return []
        ids = [m.id for m in meds]
        times: dict[int, list[str]] = {}
        own: dict[int, list[tuple[str, float]]] = {}
        for row in (
            MedicationTimeRow.select(
                MedicationTimeRow.version, MedicationTimeRow.time_of_day, MedicationTimeRow.amount
            )
            .join(MedicationVersionRow)
            .where(MedicationVersionRow.medication.in_(ids))
        ):
            times.setdefault(row.version_id, []).append(row.time_of_day)
            if row.amount is not None:
                own.setdefault(row.version_id, []).append((row.time_of_day, row.amount))
        versions: dict[int, list[MedicationVersion]] = {}
        for v in (
            MedicationVersionRow.select()
            .where(MedicationVersionRow.medication.in_(ids))
            .order_by(MedicationVersionRow.effective_from, MedicationVersionRow.id)
        ):
            versions.setdefault(v.medication_id, []).append(
                MedicationVersion(
                    id=v.id,
                    effective_from=date.fromisoformat(v.effective_from),
                    active=v.active,
                    strength=v.strength,
                    amount=v.amount,
                    unit=v.unit,
                    as_needed=v.as_needed,
                    times=tuple(sorted(times.get(v.id, []))),
                    created_at=datetime.fromtimestamp(v.created_at, timezone.utc),
                    time_amounts=tuple(sorted(own.get(v.id, []))),
                )
            )
        return [
            Medication(m.uuid, m.name, m.reminders, tuple(versions.get(m.id, []))) for m in meds
        ]


def _insert_times(
    version_id: int, times: tuple[str, ...], amounts: tuple[tuple[str, float], ...]
) -> None:
    own = dict(amounts)
    if times:
        MedicationTimeRow.insert_many(
            [{"version": version_id, "time_of_day": t, "amount": own.get(t)} for t in times]
        ).execute()


def _version_values(
    times: Iterable[Any] | str,
    as_needed: Any,
    amount: Any,
    unit: Any,
    strength: Any,
    time_amounts: Mapping[Any, Any] | None = None,
) -> dict[str, Any]:
    schedule = check_schedule(times, bool(as_needed))
    checked = check_amount(amount)
    return {
        "times": schedule,
        "as_needed": bool(as_needed),
        "amount": checked,
        "unit": check_text("unit", unit, MAX_SHORT_TEXT, required=False),
        "strength": check_text("strength", strength, MAX_SHORT_TEXT, required=False),
        "time_amounts": check_time_amounts(time_amounts, schedule, checked),
    }
