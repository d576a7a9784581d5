"""Doses: the scheduled ones of a day ticked taken or skipped, and as-needed ones taken."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from peewee import SQL, ModelSelect, SqliteDatabase, fn

from mslog.core.checklists.medications import Medications
from mslog.core.checklists.model import (
    LATE_AFTER,
    MAX_REASON_LENGTH,
    Checklist,
    ChecklistChange,
    DoseRecord,
    Medication,
    ScheduledDose,
    check_amount,
    check_moment,
    check_text,
)
from mslog.core.checklists.part import ChecklistPart
from mslog.core.checklists.tables import DoseRow, MedicationRow
from mslog.core.clock import Clock, from_epoch_and_offset, to_epoch_and_offset
from mslog.core.days import DayRule
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.events import Event

SLOT_FORMAT = "%Y-%m-%d %H:%M"
# What a tick of a scheduled dose replaces when the slot already has a record.
_TICK_REPLACES = [
    DoseRow.status,
    DoseRow.taken_at,
    DoseRow.utc_offset,
    DoseRow.reason,
    DoseRow.recorded_at,
    DoseRow.entered_later,
]


class Doses(ChecklistPart):
    """Scheduled doses by diary day and as-needed doses, each write one transaction.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force.
        changed: Where committed changes are announced.
        medications: The medications whose schedules say which doses are due.
    """

    def __init__(
        self,
        db: SqliteDatabase,
        clock: Clock,
        rule: Callable[[], DayRule],
        changed: Event[ChecklistChange],
        medications: Medications,
    ) -> None:
        super().__init__(db, clock, rule, changed)
        self._medications = medications

    # --- days and slots ---

    def slot_local(self, day: date, time_of_day: str) -> str:
        """Return the local date and time of a dose time on a diary day.

        A time before the day-start hour belongs to the night after: with days
        starting at 04:00, the 01:30 dose of 11 March is taken on 12 March.
        """
        hour = int(time_of_day[:2])
        calendar = day if hour >= self._rule().start_hour else day + timedelta(days=1)
        return f"{calendar.isoformat()} {time_of_day}"

    def slot_moment(self, slot_local: str) -> datetime:
        """Return the aware moment of a local slot (a time skipped by DST lands just after)."""
        naive = _parse_slot(slot_local)
        moment = self._clock.localize(naive)
        # Normalise so a wall time inside a spring-forward gap reads as the real moment.
        return datetime.fromtimestamp(moment.timestamp(), moment.tzinfo)

    def slot_day(self, slot_local: str) -> date:
        """Return the diary day a local slot belongs to."""
        return self._rule().day_of(_parse_slot(slot_local))

    # --- reading ---

    def scheduled_on(self, day: date) -> list[ScheduledDose]:
        """Return the day's scheduled doses in time order, each with what was recorded."""
        now = self._clock.now()
        medications = self._medications.all()
        slots: list[tuple[Medication, str, str]] = []
        for medication in medications:
            version = medication.version_on(day)
            if version is None or not version.active or version.as_needed:
                continue
            slots += [(medication, t, self.slot_local(day, t)) for t in version.times]
        records = self._records_for_day(day)
        result = []
        for medication, time_of_day, slot in slots:
            record = records.pop((medication.uuid, slot), None)
            result.append(self._scheduled(medication, day, time_of_day, slot, record, now))
        by_uuid = {m.uuid: m for m in medications}
        for (med_uuid, slot), record in records.items():
            # Kept from an earlier schedule of the same day: shown, never lost.
            result.append(
                self._scheduled(by_uuid[med_uuid], day, slot[-5:], slot, record, now, off=True)
            )
        return sorted(result, key=lambda d: (d.slot_local, d.medication.name.casefold()))

    def as_needed_on(self, day: date) -> list[DoseRecord]:
        """Return the as-needed doses taken on a diary day, in time order."""
        rule = self._rule()
        low, high = rule.epoch_window(day)
        query = (
            _with_medication()
            .where(
                DoseRow.slot_local.is_null(),
                DoseRow.taken_at.between(low, high),
                # Unqualified columns: the medication table has none of these names.
                SQL(rule.sql_day("taken_at", "utc_offset")) == day.isoformat(),
            )
            .order_by(DoseRow.taken_at, DoseRow.id)
        )
        return [_record(row) for row in query]

    def between(self, first: date, last: date) -> list[DoseRecord]:
        """Return every dose recorded for diary days ``first``-``last``.

        Scheduled doses come first in slot order, then as-needed ones in time order.

        A scheduled dose (taken or skipped) belongs to its slot's diary day, an
        as-needed one to the day it was taken; one query, so a long range stays quick.
        """
        rule = self._rule()
        low, _ = rule.epoch_window(first)
        _, high = rule.epoch_window(last)
        start = f"{first.isoformat()} 00:00"
        end = f"{(last + timedelta(days=2)).isoformat()} 00:00"
        slot_day = fn.date(DoseRow.slot_local, f"-{rule.start_hour} hours")
        query = (
            _with_medication()
            .where(
                (
                    DoseRow.slot_local.is_null(False)
                    & (DoseRow.slot_local >= start)
                    & (DoseRow.slot_local < end)
                    & slot_day.between(first.isoformat(), last.isoformat())
                )
                | (
                    DoseRow.slot_local.is_null()
                    & DoseRow.taken_at.between(low, high)
                    & SQL(rule.sql_day("taken_at", "utc_offset")).between(
                        first.isoformat(), last.isoformat()
                    )
                )
            )
            .order_by(
                DoseRow.slot_local.is_null(), DoseRow.slot_local, DoseRow.taken_at, DoseRow.id
            )
        )
        return [_record(row) for row in query]

    def get(self, uuid: str) -> DoseRecord:
        """Return one dose record.

        Raises:
            NotFoundError: No such record.
        """
        row = _with_medication().where(DoseRow.uuid == uuid).first()
        if row is None:
            raise NotFoundError(Checklist.tr("No dose with id {uuid}").format(uuid=uuid))
        return _record(row)

    # --- writing ---

    def mark_taken(
        self, medication_uuid: str, slot_local: str, at: datetime | None = None
    ) -> DoseRecord:
        """Tick a scheduled dose as taken at ``at``.

        Without ``at`` the time is now, or the dose's own time when ticking a past
        day after the fact. A skipped dose becomes taken.
        """
        now = self._clock.now()
        med_id = self._check_slot(medication_uuid, slot_local)
        if at is None:
            due = self.slot_moment(slot_local)
            at = due if self.slot_day(slot_local) < self._rule().day_of(now) else now
        at = check_moment("taken", at, now)
        epoch, offset = to_epoch_and_offset(at)
        with self._db.atomic():
            DoseRow.insert(
                uuid=str(uuidlib.uuid4()),
                medication=med_id,
                slot_local=slot_local,
                status="taken",
                taken_at=epoch,
                utc_offset=offset,
                reason="",
                recorded_at=self._stamp(),
                entered_later=now - at > LATE_AFTER,
            ).on_conflict(
                conflict_target=[DoseRow.medication, DoseRow.slot_local], preserve=_TICK_REPLACES
            ).execute()
        return self._announce_slot(med_id, slot_local, "taken")

    def mark_skipped(self, medication_uuid: str, slot_local: str, reason: Any = "") -> DoseRecord:
        """Record that a scheduled dose was skipped, with an optional reason."""
        reason = check_text("reason", reason, MAX_REASON_LENGTH, required=False)
        med_id = self._check_slot(medication_uuid, slot_local)
        with self._db.atomic():
            DoseRow.insert(
                uuid=str(uuidlib.uuid4()),
                medication=med_id,
                slot_local=slot_local,
                status="skipped",
                taken_at=None,
                utc_offset=None,
                reason=reason,
                recorded_at=self._stamp(),
                entered_later=self.slot_day(slot_local) < self.today(),
            ).on_conflict(
                conflict_target=[DoseRow.medication, DoseRow.slot_local], preserve=_TICK_REPLACES
            ).execute()
        return self._announce_slot(med_id, slot_local, "skipped")

    def clear(self, medication_uuid: str, slot_local: str) -> DoseRecord | None:
        """Untick a scheduled dose (back to open); return what was removed, for undo."""
        med_id = self._medications.row_id(medication_uuid)
        record = self._at_slot(med_id, slot_local)
        if record is None:
            return None
        with self._db.atomic():
            DoseRow.delete().where(DoseRow.uuid == record.uuid).execute()
        self._changed.emit(ChecklistChange("dose", "cleared", record.uuid))
        return record

    def restore(self, record: DoseRecord) -> DoseRecord:
        """Put back a dose record removed earlier (undo), replacing what is there now."""
        med_id = self._medications.row_id(record.medication_uuid)
        epoch, offset = to_epoch_and_offset(record.taken) if record.taken else (None, None)
        recorded = int(record.recorded_at.timestamp()) if record.recorded_at else self._stamp()
        with self._db.atomic():
            if record.slot_local is not None:
                DoseRow.delete().where(
                    DoseRow.medication == med_id, DoseRow.slot_local == record.slot_local
                ).execute()
            DoseRow.delete().where(DoseRow.uuid == record.uuid).execute()
            DoseRow.insert(
                uuid=record.uuid,
                medication=med_id,
                slot_local=record.slot_local,
                status=record.status,
                taken_at=epoch,
                utc_offset=offset,
                amount=record.amount,
                reason=record.reason,
                recorded_at=recorded,
                entered_later=record.entered_later,
            ).execute()
        self._changed.emit(ChecklistChange("dose", "restored", record.uuid))
        return self.get(record.uuid)

    def set_taken_time(self, dose_uuid: str, at: datetime) -> DoseRecord:
        """Correct when a taken dose was taken."""
        record = self.get(dose_uuid)
        if record.status != "taken":
            raise ValidationError("taken", Checklist.tr("only a taken dose has a time"))
        now = self._clock.now()
        at = check_moment("taken", at, now)
        epoch, offset = to_epoch_and_offset(at)
        # Once entered after the fact, a dose stays so: a correction does not undo that.
        later = fn.max(DoseRow.entered_later, int(now - at > LATE_AFTER))
        with self._db.atomic():
            DoseRow.update(taken_at=epoch, utc_offset=offset, entered_later=later).where(
                DoseRow.uuid == dose_uuid
            ).execute()
        self._changed.emit(ChecklistChange("dose", "changed", dose_uuid))
        return self.get(dose_uuid)

    def log_as_needed(
        self, medication_uuid: str, at: datetime | None = None, amount: Any = None
    ) -> DoseRecord:
        """Record an as-needed (or extra) dose taken at ``at`` (default now)."""
        now = self._clock.now()
        at = check_moment("taken", now if at is None else at, now)
        amount = check_amount(amount)
        med_id = self._medications.row_id(medication_uuid)
        epoch, offset = to_epoch_and_offset(at)
        uuid = str(uuidlib.uuid4())
        with self._db.atomic():
            DoseRow.insert(
                uuid=uuid,
                medication=med_id,
                slot_local=None,
                status="taken",
                taken_at=epoch,
                utc_offset=offset,
                amount=amount,
                recorded_at=self._stamp(),
                entered_later=now - at > LATE_AFTER,
            ).execute()
        self._changed.emit(ChecklistChange("dose", "added", uuid))
        return self.get(uuid)

    def delete(self, uuid: str) -> DoseRecord:
        """Remove a dose record; return it so :meth:`restore` can undo."""
        record = self.get(uuid)
        with self._db.atomic():
            DoseRow.delete().where(DoseRow.uuid == uuid).execute()
        self._changed.emit(ChecklistChange("dose", "removed", uuid))
        return record

    # --- internals ---

    def _check_slot(self, medication_uuid: str, slot_local: str) -> int:
        medication = self._medications.get(medication_uuid)
        day = self.slot_day(slot_local)
        if day > self.today():
            raise ValidationError("slot", Checklist.tr("{day} is still to come").format(day=day))
        version = medication.version_on(day)
        if version is None or not version.active or version.as_needed:
            raise ValidationError(
                "slot",
                Checklist.tr("{name} has no fixed doses on {day}").format(
                    name=medication.name, day=day
                ),
            )
        if slot_local not in {self.slot_local(day, t) for t in version.times}:
            raise ValidationError(
                "slot",
                Checklist.tr("{name} is not due at {slot}").format(
                    name=medication.name, slot=slot_local
                ),
            )
        return self._medications.row_id(medication_uuid)

    def _at_slot(self, med_id: int, slot_local: str) -> DoseRecord | None:
        row = (
            _with_medication()
            .where(DoseRow.medication == med_id, DoseRow.slot_local == slot_local)
            .first()
        )
        return None if row is None else _record(row)

    def _announce_slot(self, med_id: int, slot_local: str, action: str) -> DoseRecord:
        record = self._at_slot(med_id, slot_local)
        assert record is not None
        self._changed.emit(ChecklistChange("dose", action, record.uuid))
        return record

    def _records_for_day(self, day: date) -> dict[tuple[str, str], DoseRecord]:
        start_hour = self._rule().start_hour
        first = f"{day.isoformat()} 00:00"
        last = f"{(day + timedelta(days=2)).isoformat()} 00:00"
        query = _with_medication().where(
            DoseRow.slot_local >= first,
            DoseRow.slot_local < last,
            fn.date(DoseRow.slot_local, f"-{start_hour} hours") == day.isoformat(),
        )
        records = [_record(row) for row in query]
        return {(r.medication_uuid, r.slot_local): r for r in records if r.slot_local}

    def _scheduled(
        self,
        medication: Medication,
        day: date,
        time_of_day: str,
        slot: str,
        record: DoseRecord | None,
        now: datetime,
        off: bool = False,
    ) -> ScheduledDose:
        due = self.slot_moment(slot)
        if record is None:
            late = now > due + LATE_AFTER
        else:
            late = record.taken is not None and record.taken > due + LATE_AFTER
        return ScheduledDose(medication, day, time_of_day, slot, due, record, late, off)


def _parse_slot(slot_local: Any) -> datetime:
    try:
        return datetime.strptime(slot_local, SLOT_FORMAT)
    except (TypeError, ValueError):
        raise ValidationError(
            "slot", Checklist.tr("{slot} is not a dose time").format(slot=repr(slot_local))
        ) from None


def _with_medication() -> ModelSelect[DoseRow]:
    """Dose rows with their medication's uuid, read in the same query."""
    return DoseRow.select(DoseRow, MedicationRow.uuid).join(MedicationRow)


def _taken(row: DoseRow) -> datetime | None:
    # MSLog always writes a taken time together with its offset.
    if row.taken_at is None or row.utc_offset is None:
        return None
    return from_epoch_and_offset(row.taken_at, row.utc_offset)


def _record(row: DoseRow) -> DoseRecord:
    return DoseRecord(
        uuid=row.uuid,
        medication_uuid=row.medication.uuid,
        slot_local=row.slot_local,
        status=row.status,
        taken=_taken(row),
        amount=row.amount,
        reason=row.reason,
        recorded_at=datetime.fromtimestamp(row.recorded_at, timezone.utc),
        entered_later=row.entered_later,
    )
