"""The checklists service: medications, dose records, habits and ticks, validated and atomic."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from peewee import SqliteDatabase

from mslog.core.checklists import queries
from mslog.core.checklists.model import (
    LATE_AFTER,
    MAX_NAME_LENGTH,
    MAX_REASON_LENGTH,
    MAX_SHORT_TEXT,
    DayProgress,
    DoseRecord,
    Habit,
    HabitTick,
    Medication,
    MedicationVersion,
    ScheduledDose,
    check_amount,
    check_day,
    check_moment,
    check_schedule,
    check_text,
)
from mslog.core.clock import Clock, from_epoch_and_offset, to_epoch_and_offset
from mslog.core.days import DayRule
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.events import Event

STRETCHING = "stretching"
SLOT_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class ChecklistChange:
    """Announced on :attr:`Checklists.changed` after a committed write.

    Attributes:
        what: "medication", "dose", "habit" or "tick".
        action: What happened ("added", "changed", "removed", ...).
        uuid: The medication, dose or habit concerned.
    """

    what: str
    action: str
    uuid: str


def _utc(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, timezone.utc)


class Checklists:
    """Medications with versioned schedules, their doses, and the daily self-care habits.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force (it may change while the app runs).
    """

    def __init__(self, db: SqliteDatabase, clock: Clock, rule: Callable[[], DayRule]) -> None:
        self._db = db
        self._clock = clock
        self._rule = rule
        self.changed: Event[ChecklistChange] = Event()

    # --- days and slots ---

    @property
    def rule(self) -> DayRule:
        """The diary-day rule in force."""
        return self._rule()

    def today(self) -> date:
        """Return today's diary day."""
        return self.rule.day_of(self._clock.now())

    def slot_local(self, day: date, time_of_day: str) -> str:
        """Return the local date and time of a dose time on a diary day.

        A time before the day-start hour belongs to the night after: with days
        starting at 04:00, the 01:30 dose of 11 March is taken on 12 March.
        """
        hour = int(time_of_day[:2])
        calendar = day if hour >= self.rule.start_hour else day + timedelta(days=1)
        return f"{calendar.isoformat()} {time_of_day}"

    def slot_moment(self, slot_local: str) -> datetime:
        """Return the aware moment of a local slot (a time skipped by DST lands just after)."""
        naive = self._parse_slot(slot_local)
        moment = self._clock.localize(naive)
        # Normalise so a wall time inside a spring-forward gap reads as the real moment.
        return datetime.fromtimestamp(moment.timestamp(), moment.tzinfo)

    def slot_day(self, slot_local: str) -> date:
        """Return the diary day a local slot belongs to."""
        return self.rule.day_of(self._parse_slot(slot_local))

    @staticmethod
    def _parse_slot(slot_local: Any) -> datetime:
        try:
            return datetime.strptime(slot_local, SLOT_FORMAT)
        except (TypeError, ValueError):
            raise ValidationError("slot", f"{slot_local!r} is not a dose time") from None

    # --- medications ---

    def all_medications(self) -> list[Medication]:
        """Return every medication ever added, stopped ones included, in list order."""
        return self._load_medications()

    def medications(self, day: date | None = None) -> list[Medication]:
        """Return the medications taken on ``day`` (default today)."""
        day = day or self.today()
        return [m for m in self._load_medications() if m.is_current(day)]

    def get_medication(self, uuid: str) -> Medication:
        """Return one medication with its history.

        Raises:
            NotFoundError: No such medication.
        """
        found = self._load_medications(uuid)
        if not found:
            raise NotFoundError(f"No medication with id {uuid}")
        return found[0]

    def add_medication(
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
    ) -> Medication:
        """Add a medication taken from ``starts`` (default today) and return it."""
        name = check_text("name", name, MAX_NAME_LENGTH, required=True)
        values = self._version_values(times, as_needed, amount, unit, strength)
        starts = check_day("starts", starts or self.today())
        self._check_unique_name(name, None)
        uuid = str(uuidlib.uuid4())
        now = self._stamp()
        with self._db.atomic():
            position = self._db.execute_sql(
                "SELECT coalesce(max(position), -1) + 1 FROM medication"
            ).fetchone()[0]
            cursor = self._db.execute_sql(
                "INSERT INTO medication (uuid, name, reminders, position, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (uuid, name, int(bool(reminders)), position, now),
            )
            self._insert_version(cursor.lastrowid, starts, True, values, now)
        self.changed.emit(ChecklistChange("medication", "added", uuid))
        return self.get_medication(uuid)

    def change_medication(
        self,
        uuid: str,
        *,
        effective_from: date,
        times: Iterable[Any] | str = (),
        as_needed: bool = False,
        amount: Any = None,
        unit: Any = "",
        strength: Any = "",
    ) -> Medication:
        """Record a new amount or schedule from ``effective_from``; earlier days keep theirs."""
        values = self._version_values(times, as_needed, amount, unit, strength)
        effective_from = check_day("effective_from", effective_from)
        med_id = self._medication_id(uuid)
        with self._db.atomic():
            self._insert_version(med_id, effective_from, True, values, self._stamp())
        self.changed.emit(ChecklistChange("medication", "changed", uuid))
        return self.get_medication(uuid)

    def stop_medication(self, uuid: str, from_day: date) -> Medication:
        """Record that the medication is not taken from ``from_day`` on (history stays)."""
        from_day = check_day("from_day", from_day)
        medication = self.get_medication(uuid)
        if medication.started_on is not None and from_day <= medication.started_on:
            raise ValidationError(
                "from_day", f"must be after the day it was started ({medication.started_on})"
            )
        values = {"strength": "", "amount": None, "unit": "", "as_needed": False, "times": ()}
        with self._db.atomic():
            self._insert_version(self._medication_id(uuid), from_day, False, values, self._stamp())
        self.changed.emit(ChecklistChange("medication", "stopped", uuid))
        return self.get_medication(uuid)

    def rename_medication(self, uuid: str, name: Any) -> Medication:
        """Correct the name of a medication."""
        name = check_text("name", name, MAX_NAME_LENGTH, required=True)
        med_id = self._medication_id(uuid)
        self._check_unique_name(name, med_id)
        with self._db.atomic():
            self._db.execute_sql("UPDATE medication SET name = ? WHERE id = ?", (name, med_id))
        self.changed.emit(ChecklistChange("medication", "renamed", uuid))
        return self.get_medication(uuid)

    def set_reminders(self, uuid: str, on: bool) -> Medication:
        """Switch reminders for one medication on or off."""
        med_id = self._medication_id(uuid)
        with self._db.atomic():
            self._db.execute_sql(
                "UPDATE medication SET reminders = ? WHERE id = ?", (int(bool(on)), med_id)
            )
        self.changed.emit(ChecklistChange("medication", "reminders", uuid))
        return self.get_medication(uuid)

    # --- doses ---

    def doses_for_day(self, day: date) -> list[ScheduledDose]:
        """Return the day's scheduled doses in time order, each with what was recorded."""
        now = self._clock.now()
        slots: list[tuple[Medication, str, str]] = []
        for medication in self._load_medications():
            version = medication.version_on(day)
            if version is None or not version.active or version.as_needed:
                continue
            slots += [(medication, t, self.slot_local(day, t)) for t in version.times]
        records = self._records_for_day(day)
        result = []
        for medication, time_of_day, slot in slots:
            record = records.pop((medication.uuid, slot), None)
            result.append(self._scheduled(medication, day, time_of_day, slot, record, now))
        by_uuid = {m.uuid: m for m in self._load_medications()}
        for (med_uuid, slot), record in records.items():
            # Kept from an earlier schedule of the same day: shown, never lost.
            result.append(
                self._scheduled(by_uuid[med_uuid], day, slot[-5:], slot, record, now, off=True)
            )
        return sorted(result, key=lambda d: (d.slot_local, d.medication.name.casefold()))

    def as_needed_for_day(self, day: date) -> list[DoseRecord]:
        """Return the as-needed doses taken on a diary day, in time order."""
        low, high = self.rule.epoch_window(day)
        rows = self._db.execute_sql(
            f"{queries.DOSE_SELECT} WHERE d.slot_local IS NULL AND d.taken_at BETWEEN ? AND ? "
            f"AND {self.rule.sql_day('d.taken_at', 'd.utc_offset')} = ? "
            "ORDER BY d.taken_at, d.id",
            (low, high, day.isoformat()),
        )
        return [queries.dose_record(row) for row in rows]

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
            at = due if self.slot_day(slot_local) < self.rule.day_of(now) else now
        at = check_moment("taken", at, now)
        epoch, offset = to_epoch_and_offset(at)
        later = int(now - at > LATE_AFTER)
        with self._db.atomic():
            self._db.execute_sql(
                "INSERT INTO dose (uuid, medication_id, slot_local, status, taken_at, utc_offset, "
                "reason, recorded_at, entered_later) VALUES (?, ?, ?, 'taken', ?, ?, '', ?, ?) "
                "ON CONFLICT (medication_id, slot_local) DO UPDATE SET status = 'taken', "
                "taken_at = excluded.taken_at, utc_offset = excluded.utc_offset, reason = '', "
                "recorded_at = excluded.recorded_at, entered_later = excluded.entered_later",
                (str(uuidlib.uuid4()), med_id, slot_local, epoch, offset, self._stamp(), later),
            )
        return self._announce_dose(med_id, slot_local, "taken")

    def mark_skipped(self, medication_uuid: str, slot_local: str, reason: Any = "") -> DoseRecord:
        """Record that a scheduled dose was skipped, with an optional reason."""
        reason = check_text("reason", reason, MAX_REASON_LENGTH, required=False)
        med_id = self._check_slot(medication_uuid, slot_local)
        later = int(self.slot_day(slot_local) < self.today())
        with self._db.atomic():
            self._db.execute_sql(
                "INSERT INTO dose (uuid, medication_id, slot_local, status, reason, recorded_at, "
                "entered_later) VALUES (?, ?, ?, 'skipped', ?, ?, ?) "
                "ON CONFLICT (medication_id, slot_local) DO UPDATE SET status = 'skipped', "
                "taken_at = NULL, utc_offset = NULL, reason = excluded.reason, "
                "recorded_at = excluded.recorded_at, entered_later = excluded.entered_later",
                (str(uuidlib.uuid4()), med_id, slot_local, reason, self._stamp(), later),
            )
        return self._announce_dose(med_id, slot_local, "skipped")

    def clear_dose(self, medication_uuid: str, slot_local: str) -> DoseRecord | None:
        """Untick a scheduled dose (back to open); return what was removed, for undo."""
        med_id = self._medication_id(medication_uuid)
        record = self._dose_at(med_id, slot_local)
        if record is None:
            return None
        with self._db.atomic():
            self._db.execute_sql("DELETE FROM dose WHERE uuid = ?", (record.uuid,))
        self.changed.emit(ChecklistChange("dose", "cleared", record.uuid))
        return record

    def restore_dose(self, record: DoseRecord) -> DoseRecord:
        """Put back a dose record removed earlier (undo), replacing what is there now."""
        med_id = self._medication_id(record.medication_uuid)
        epoch, offset = to_epoch_and_offset(record.taken) if record.taken else (None, None)
        recorded = int(record.recorded_at.timestamp()) if record.recorded_at else self._stamp()
        with self._db.atomic():
            if record.slot_local is not None:
                self._db.execute_sql(
                    "DELETE FROM dose WHERE medication_id = ? AND slot_local = ?",
                    (med_id, record.slot_local),
                )
            self._db.execute_sql("DELETE FROM dose WHERE uuid = ?", (record.uuid,))
            self._db.execute_sql(
                "INSERT INTO dose (uuid, medication_id, slot_local, status, taken_at, utc_offset, "
                "amount, reason, recorded_at, entered_later) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.uuid,
                    med_id,
                    record.slot_local,
                    record.status,
                    epoch,
                    offset,
                    record.amount,
                    record.reason,
                    recorded,
                    int(record.entered_later),
                ),
            )
        self.changed.emit(ChecklistChange("dose", "restored", record.uuid))
        return self.get_dose(record.uuid)

    def set_taken_time(self, dose_uuid: str, at: datetime) -> DoseRecord:
        """Correct when a taken dose was taken."""
        record = self.get_dose(dose_uuid)
        if record.status != "taken":
            raise ValidationError("taken", "only a taken dose has a time")
        now = self._clock.now()
        at = check_moment("taken", at, now)
        epoch, offset = to_epoch_and_offset(at)
        with self._db.atomic():
            self._db.execute_sql(
                "UPDATE dose SET taken_at = ?, utc_offset = ?, "
                "entered_later = max(entered_later, ?) WHERE uuid = ?",
                (epoch, offset, int(now - at > LATE_AFTER), dose_uuid),
            )
        self.changed.emit(ChecklistChange("dose", "changed", dose_uuid))
        return self.get_dose(dose_uuid)

    def log_as_needed(
        self, medication_uuid: str, at: datetime | None = None, amount: Any = None
    ) -> DoseRecord:
        """Record an as-needed (or extra) dose taken at ``at`` (default now)."""
        now = self._clock.now()
        at = check_moment("taken", now if at is None else at, now)
        amount = check_amount(amount)
        med_id = self._medication_id(medication_uuid)
        epoch, offset = to_epoch_and_offset(at)
        uuid = str(uuidlib.uuid4())
        with self._db.atomic():
            self._db.execute_sql(
                "INSERT INTO dose (uuid, medication_id, slot_local, status, taken_at, utc_offset, "
                "amount, recorded_at, entered_later) VALUES (?, ?, NULL, 'taken', ?, ?, ?, ?, ?)",
                (uuid, med_id, epoch, offset, amount, self._stamp(), int(now - at > LATE_AFTER)),
            )
        self.changed.emit(ChecklistChange("dose", "added", uuid))
        return self.get_dose(uuid)

    def delete_dose(self, uuid: str) -> DoseRecord:
        """Remove a dose record; return it so :meth:`restore_dose` can undo."""
        record = self.get_dose(uuid)
        with self._db.atomic():
            self._db.execute_sql("DELETE FROM dose WHERE uuid = ?", (uuid,))
        self.changed.emit(ChecklistChange("dose", "removed", uuid))
        return record

    def get_dose(self, uuid: str) -> DoseRecord:
        """Return one dose record.

        Raises:
            NotFoundError: No such record.
        """
        row = self._db.execute_sql(f"{queries.DOSE_SELECT} WHERE d.uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise NotFoundError(f"No dose with id {uuid}")
        return queries.dose_record(row)

    # --- habits ---

    def habits(self, day: date | None = None) -> list[Habit]:
        """Return the habits listed on ``day`` (default: every habit, retired ones too)."""
        rows = self._db.execute_sql(
            "SELECT uuid, name, position, key, retired_on FROM habit ORDER BY position, id"
        )
        habits = [Habit(u, n, p, k, date.fromisoformat(r) if r else None) for u, n, p, k, r in rows]
        return habits if day is None else [h for h in habits if h.listed_on(day)]

    def get_habit(self, uuid: str) -> Habit:
        """Return one habit.

        Raises:
            NotFoundError: No such habit.
        """
        for habit in self.habits():
            if habit.uuid == uuid:
                return habit
        raise NotFoundError(f"No habit with id {uuid}")

    def add_habit(self, name: Any) -> Habit:
        """Add a habit at the end of the checklist."""
        name = check_text("name", name, MAX_SHORT_TEXT, required=True)
        self._check_unique_habit(name, None)
        uuid = str(uuidlib.uuid4())
        with self._db.atomic():
            self._db.execute_sql(
                "INSERT INTO habit (uuid, name, position) "
                "VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM habit))",
                (uuid, name),
            )
        self.changed.emit(ChecklistChange("habit", "added", uuid))
        return self.get_habit(uuid)

    def rename_habit(self, uuid: str, name: Any) -> Habit:
        """Rename a habit (its ticks stay with it)."""
        name = check_text("name", name, MAX_SHORT_TEXT, required=True)
        self.get_habit(uuid)
        self._check_unique_habit(name, uuid)
        with self._db.atomic():
            self._db.execute_sql("UPDATE habit SET name = ? WHERE uuid = ?", (name, uuid))
        self.changed.emit(ChecklistChange("habit", "renamed", uuid))
        return self.get_habit(uuid)

    def move_habit(self, uuid: str, step: int) -> Habit:
        """Move a habit up (negative ``step``) or down the checklist."""
        habits = self.habits()
        index = [h.uuid for h in habits].index(self.get_habit(uuid).uuid)
        target = max(0, min(len(habits) - 1, index + step))
        order = [h.uuid for h in habits]
        order.insert(target, order.pop(index))
        with self._db.atomic():
            for position, habit_uuid in enumerate(order):
                self._db.execute_sql(
                    "UPDATE habit SET position = ? WHERE uuid = ?", (position, habit_uuid)
                )
        self.changed.emit(ChecklistChange("habit", "moved", uuid))
        return self.get_habit(uuid)

    def retire_habit(self, uuid: str, from_day: date | None = None) -> Habit:
        """Take a habit off the checklist from ``from_day`` (default today); past ticks stay."""
        from_day = check_day("from_day", from_day or self.today())
        self.get_habit(uuid)
        with self._db.atomic():
            self._db.execute_sql(
                "UPDATE habit SET retired_on = ? WHERE uuid = ?", (from_day.isoformat(), uuid)
            )
        self.changed.emit(ChecklistChange("habit", "retired", uuid))
        return self.get_habit(uuid)

    def unretire_habit(self, uuid: str) -> Habit:
        """Put a retired habit back on the checklist."""
        self.get_habit(uuid)
        with self._db.atomic():
            self._db.execute_sql("UPDATE habit SET retired_on = NULL WHERE uuid = ?", (uuid,))
        self.changed.emit(ChecklistChange("habit", "restored", uuid))
        return self.get_habit(uuid)

    def ticks_for_day(self, day: date) -> dict[str, HabitTick]:
        """Return the day's ticks by habit uuid (the first tick of a habit counts)."""
        low, high = self.rule.epoch_window(day)
        rows = self._db.execute_sql(
            "SELECT t.id, h.uuid, t.done_at, t.utc_offset, t.entered_later, t.source "
            "FROM habit_tick t JOIN habit h ON h.id = t.habit_id "
            f"WHERE t.done_at BETWEEN ? AND ? AND {self.rule.sql_day('t.done_at', 't.utc_offset')}"
            " = ? ORDER BY t.done_at DESC, t.id DESC",
            (low, high, day.isoformat()),
        )
        ticks = {}
        for tick_id, habit_uuid, done_at, offset, later, source in rows:
            done = from_epoch_and_offset(done_at, offset)
            ticks[habit_uuid] = HabitTick(tick_id, habit_uuid, done, bool(later), source)
        return ticks

    def tick_habit(
        self,
        uuid: str,
        day: date | None = None,
        at: datetime | None = None,
        source: str = "manual",
    ) -> HabitTick:
        """Tick a habit done on a diary day (default today); ticking twice keeps the first.

        Without ``at`` the time is now, or midday of a past day ticked after the fact.
        """
        now = self._clock.now()
        today = self.rule.day_of(now)
        day = check_day("day", day or (self.rule.day_of(at) if at else today))
        if day > today:
            raise ValidationError("day", f"{day} is still to come")
        habit_id = self._habit_id(uuid)
        existing = self.ticks_for_day(day).get(uuid)
        if existing is not None:
            return existing
        if at is None:
            at = now if day == today else self._clock.localize(datetime.combine(day, time(12)))
        at = check_moment("done", at, now)
        if self.rule.day_of(at) != day:
            raise ValidationError("done", f"{at:%Y-%m-%d %H:%M} is not on {day}")
        epoch, offset = to_epoch_and_offset(at)
        with self._db.atomic():
            self._db.execute_sql(
                "INSERT INTO habit_tick (habit_id, done_at, utc_offset, recorded_at, "
                "entered_later, source) VALUES (?, ?, ?, ?, ?, ?)",
                (habit_id, epoch, offset, self._stamp(), int(day < today), source),
            )
        self.changed.emit(ChecklistChange("tick", "added", uuid))
        return self.ticks_for_day(day)[uuid]

    def untick_habit(self, uuid: str, day: date) -> HabitTick | None:
        """Remove a habit's ticks on a day; return the one shown, for undo."""
        tick = self.ticks_for_day(day).get(uuid)
        if tick is None:
            return None
        low, high = self.rule.epoch_window(day)
        with self._db.atomic():
            self._db.execute_sql(
                "DELETE FROM habit_tick WHERE habit_id = ? AND done_at BETWEEN ? AND ? AND "
                f"{self.rule.sql_day('done_at', 'utc_offset')} = ?",
                (self._habit_id(uuid), low, high, day.isoformat()),
            )
        self.changed.emit(ChecklistChange("tick", "removed", uuid))
        return tick

    def restore_tick(self, tick: HabitTick) -> HabitTick:
        """Put back a tick removed earlier (undo)."""
        return self.tick_habit(tick.habit_uuid, self.rule.day_of(tick.done), tick.done, tick.source)

    def tick_habit_for_stretch_session(self, ended: datetime) -> HabitTick | None:
        """Tick "Stretching" for the day a stretch session ended on (hook for the player).

        Returns None when the stretching habit was retired or deleted.
        """
        habit = next((h for h in self.habits() if h.key == STRETCHING), None)
        day = self.rule.day_of(ended)
        if habit is None or not habit.listed_on(day):
            return None
        return self.tick_habit(habit.uuid, day, ended, source="stretch")

    def follow_stretch_sessions(self, completed: Event[Any]) -> None:
        """Tick "Stretching" whenever ``completed`` announces a finished stretch session.

        The payload needs an ``ended`` time (None means now), like the routine
        player's :class:`~mslog.core.routines.sessions.StretchSession`.
        """

        def on_completed(session: Any) -> None:
            ended = getattr(session, "ended", None) or self._clock.now()
            self.tick_habit_for_stretch_session(ended)

        completed.connect(on_completed)

    # --- summaries ---

    def progress(self, day: date) -> DayProgress:
        """Return the day's progress at a glance."""
        doses = [d for d in self.doses_for_day(day) if not d.off_schedule]
        listed = {h.uuid for h in self.habits(day)}
        return DayProgress(
            doses_taken=sum(d.state == "taken" for d in doses),
            doses_skipped=sum(d.state == "skipped" for d in doses),
            doses_scheduled=len(doses),
            habits_done=sum(1 for u in self.ticks_for_day(day) if u in listed),
        )

    def adherence(self, first: date, last: date) -> list[queries.DoseAdherence]:
        """Return per-day, per-medication adherence (see :func:`queries.adherence`)."""
        return queries.adherence(self._db, self.rule, first, last, self._clock.now())

    def adherence_totals(self, first: date, last: date) -> list[queries.AdherenceTotal]:
        """Return adherence per medication over the whole range."""
        return queries.totals(self.adherence(first, last))

    def habit_completion(self, first: date, last: date) -> list[queries.HabitDay]:
        """Return per-day habit completion (see :func:`queries.habit_completion`)."""
        return queries.habit_completion(self._db, self.rule, first, last)

    # --- helpers ---

    def _stamp(self) -> int:
        return int(self._clock.now().timestamp())

    @staticmethod
    def _version_values(times, as_needed, amount, unit, strength) -> dict[str, Any]:
        return {
            "times": check_schedule(times, bool(as_needed)),
            "as_needed": bool(as_needed),
            "amount": check_amount(amount),
            "unit": check_text("unit", unit, MAX_SHORT_TEXT, required=False),
            "strength": check_text("strength", strength, MAX_SHORT_TEXT, required=False),
        }

    def _insert_version(
        self, med_id: int, day: date, active: bool, values: dict[str, Any], stamp: int
    ) -> None:
        cursor = self._db.execute_sql(
            "INSERT INTO medication_version (medication_id, effective_from, active, strength, "
            "amount, unit, as_needed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                med_id,
                day.isoformat(),
                int(active),
                values["strength"],
                values["amount"],
                values["unit"],
                int(values["as_needed"]),
                stamp,
            ),
        )
        for time_of_day in values["times"]:
            self._db.execute_sql(
                "INSERT INTO medication_time (version_id, time_of_day) VALUES (?, ?)",
                (cursor.lastrowid, time_of_day),
            )

    def _check_unique_name(self, name: str, med_id: int | None) -> None:
        for other_id, other in self._db.execute_sql("SELECT id, name FROM medication"):
            if other_id != med_id and other.casefold() == name.casefold():
                raise ValidationError("name", f"{other} is already on your list")

    def _check_unique_habit(self, name: str, uuid: str | None) -> None:
        today = self.today()
        for habit in self.habits(today):
            if habit.uuid != uuid and habit.name.casefold() == name.casefold():
                raise ValidationError("name", f"{habit.name} is already on the checklist")

    def _medication_id(self, uuid: str) -> int:
        row = self._db.execute_sql("SELECT id FROM medication WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise NotFoundError(f"No medication with id {uuid}")
        return row[0]

    def _habit_id(self, uuid: str) -> int:
        row = self._db.execute_sql("SELECT id FROM habit WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise NotFoundError(f"No habit with id {uuid}")
        return row[0]

    def _check_slot(self, medication_uuid: str, slot_local: str) -> int:
        medication = self.get_medication(medication_uuid)
        day = self.slot_day(slot_local)
        if day > self.today():
            raise ValidationError("slot", f"{day} is still to come")
        version = medication.version_on(day)
        if version is None or not version.active or version.as_needed:
            raise ValidationError("slot", f"{medication.name} has no fixed doses on {day}")
        if slot_local not in {self.slot_local(day, t) for t in version.times}:
            raise ValidationError("slot", f"{medication.name} is not due at {slot_local}")
        return self._medication_id(medication_uuid)

    def _dose_at(self, med_id: int, slot_local: str) -> DoseRecord | None:
        row = self._db.execute_sql(
            f"{queries.DOSE_SELECT} WHERE d.medication_id = ? AND d.slot_local = ?",
            (med_id, slot_local),
        ).fetchone()
        return None if row is None else queries.dose_record(row)

    def _announce_dose(self, med_id: int, slot_local: str, action: str) -> DoseRecord:
        record = self._dose_at(med_id, slot_local)
        assert record is not None
        self.changed.emit(ChecklistChange("dose", action, record.uuid))
        return record

    def _records_for_day(self, day: date) -> dict[tuple[str, str], DoseRecord]:
        first = f"{day.isoformat()} 00:00"
        last = f"{(day + timedelta(days=2)).isoformat()} 00:00"
        rows = self._db.execute_sql(
            f"{queries.DOSE_SELECT} WHERE d.slot_local >= ? AND d.slot_local < ? "
            f"AND date(d.slot_local, '-{self.rule.start_hour} hours') = ?",
            (first, last, day.isoformat()),
        )
        records = [queries.dose_record(row) for row in rows]
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

    def _load_medications(self, uuid: str | None = None) -> list[Medication]:
        where, params = ("WHERE m.uuid = ?", (uuid,)) if uuid else ("", ())
        meds = self._db.execute_sql(
            f"SELECT m.id, m.uuid, m.name, m.reminders FROM medication m {where} "
            "ORDER BY m.position, m.id",
            params,
        ).fetchall()
        if not meds:
            return []
        ids = [row[0] for row in meds]
        marks = ",".join("?" * len(ids))
        times: dict[int, list[str]] = {}
        for version_id, time_of_day in self._db.execute_sql(
            "SELECT t.version_id, t.time_of_day FROM medication_time t "
            f"JOIN medication_version v ON v.id = t.version_id WHERE v.medication_id IN ({marks})",
            ids,
        ):
            times.setdefault(version_id, []).append(time_of_day)
        versions: dict[int, list[MedicationVersion]] = {}
        for row in self._db.execute_sql(
            "SELECT id, medication_id, effective_from, active, strength, amount, unit, "
            f"as_needed, created_at FROM medication_version WHERE medication_id IN ({marks}) "
            "ORDER BY effective_from, id",
            ids,
        ):
            vid, med_id, day, active, strength, amount, unit, as_needed, created = row
            versions.setdefault(med_id, []).append(
                MedicationVersion(
                    id=vid,
                    effective_from=date.fromisoformat(day),
                    active=bool(active),
                    strength=strength,
                    amount=amount,
                    unit=unit,
                    as_needed=bool(as_needed),
                    times=tuple(sorted(times.get(vid, []))),
                    created_at=_utc(created),
                )
            )
        return [
            Medication(uuid, name, bool(reminders), tuple(versions.get(med_id, [])))
            for med_id, uuid, name, reminders in meds
        ]
