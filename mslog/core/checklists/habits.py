"""Self-care habits on the daily checklist and the ticks that say one was done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from peewee import SQL, SqliteDatabase

from mslog.core.checklists.model import (
    Checklist,
    ChecklistChange,
    Habit,
    HabitTick,
    check_day,
    check_moment,
)
from mslog.core.checklists.named_list import NamedList
from mslog.core.checklists.part import ChecklistPart
from mslog.core.checklists.tables import ExperimentRow, HabitRow, HabitTickRow
from mslog.core.clock import Clock, from_epoch_and_offset, to_epoch_and_offset
from mslog.core.days import DayRule
from mslog.core.errors import ValidationError
from mslog.core.events import Event

# The built-in habit a finished stretch session ticks.
STRETCHING = "stretching"


class Habits(ChecklistPart):
    """The habit list (add, rename, reorder, retire) and each day's ticks.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force.
        changed: Where committed changes are announced.
    """

    def __init__(
        self,
        db: SqliteDatabase,
        clock: Clock,
        rule: Callable[[], DayRule],
        changed: Event[ChecklistChange],
    ) -> None:
        super().__init__(db, clock, rule, changed)
        self._list = NamedList(db, HabitRow, Habit, self.today, kind="habit")

    # --- the list ---

    def listed(self, day: date | None = None) -> list[Habit]:
        """Return the habits listed on ``day`` (default: every habit, retired ones too)."""
        return self._list.items(day)

    def get(self, uuid: str) -> Habit:
        """Return one habit.

        Raises:
            NotFoundError: No such habit.
        """
        return self._list.get(uuid)

    def add(self, name: Any) -> Habit:
        """Add a habit at the end of the checklist."""
        return self._announce("habit", "added", self._list.add(name))

    def rename(self, uuid: str, name: Any) -> Habit:
        """Rename a habit (its ticks stay with it)."""
        return self._announce("habit", "renamed", self._list.rename(uuid, name))

    def move(self, uuid: str, step: int) -> Habit:
        """Move a habit up (negative ``step``) or down the checklist."""
        return self._announce("habit", "moved", self._list.move(uuid, step))

    def retire(self, uuid: str, from_day: date | None = None) -> Habit:
        """Take a habit off the checklist from ``from_day`` (default today); past ticks stay."""
        return self._announce("habit", "retired", self._list.retire(uuid, from_day))

    def unretire(self, uuid: str) -> Habit:
        """Put a retired habit back on the checklist."""
        return self._announce("habit", "restored", self._list.unretire(uuid))

    def take_back(self, uuid: str) -> Habit:
        """Take back a habit just added (undo) and return it as it was.

        With no tick and no trial recorded it is deleted, leaving no trace; otherwise
        it is retired from today, as :meth:`retire` does, so nothing recorded is lost.
        """
        with self._db.atomic():
            habit_id = self._list.row_id(uuid)
            used = (
                HabitTickRow.select().where(HabitTickRow.habit == habit_id).exists()
                or ExperimentRow.select().where(ExperimentRow.habit == habit_id).exists()
            )
            habit = self._list.get(uuid)
            if used:
                self._list.retire(uuid)
            else:
                self._list.delete(uuid)
        return self._announce("habit", "retired" if used else "removed", habit)

    def put_back(self, habit: Habit) -> Habit:
        """Store ``habit`` as it was (redo of an add, undo of a change): same id, name, place."""
        return self._announce("habit", "restored", self._list.put(habit))

    # --- ticks ---

    def ticks_on(self, day: date) -> dict[str, HabitTick]:
        """Return the day's ticks by habit uuid (the first tick of a habit counts)."""
        rule = self._rule()
        low, high = rule.epoch_window(day)
        query = (
            HabitTickRow.select(HabitTickRow, HabitRow.uuid)
            .join(HabitRow)
            .where(
                HabitTickRow.done_at.between(low, high),
                # Unqualified columns: the habit table has none of these names.
                SQL(rule.sql_day("done_at", "utc_offset")) == day.isoformat(),
            )
            .order_by(HabitTickRow.done_at.desc(), HabitTickRow.id.desc())
        )
        ticks = {}
        for row in query:
            done = from_epoch_and_offset(row.done_at, row.utc_offset)
            ticks[row.habit.uuid] = HabitTick(
                row.id, row.habit.uuid, done, row.entered_later, row.source
            )
        return ticks

    def tick(
        self,
        uuid: str,
        day: date | None = None,
        at: datetime | None = None,
        source: str = "manual",
    ) -> HabitTick:
        """Tick a habit done on a diary day (default today); ticking twice keeps the first.

        Without ``at`` the time is now, or midday of a past day ticked after the fact.
        """
        rule = self._rule()
        now = self._clock.now()
        today = rule.day_of(now)
        day = check_day("day", day or (rule.day_of(at) if at else today))
        if day > today:
            raise ValidationError("day", Checklist.tr("{day} is still to come").format(day=day))
        habit_id = self._list.row_id(uuid)
        existing = self.ticks_on(day).get(uuid)
        if existing is not None:
            return existing
        if at is None:
            at = now if day == today else self._clock.localize(datetime.combine(day, time(12)))
        at = check_moment("done", at, now)
        if rule.day_of(at) != day:
            raise ValidationError(
                "done",
                Checklist.tr("{moment} is not on {day}").format(
                    moment=f"{at:%Y-%m-%d %H:%M}", day=day
                ),
            )
        epoch, offset = to_epoch_and_offset(at)
        with self._db.atomic():
            HabitTickRow.insert(
                habit=habit_id,
                done_at=epoch,
                utc_offset=offset,
                recorded_at=int(now.timestamp()),
                entered_later=day < today,
                source=source,
            ).execute()
        self._changed.emit(ChecklistChange("tick", "added", uuid))
        return self.ticks_on(day)[uuid]

    def untick(self, uuid: str, day: date) -> HabitTick | None:
        """Remove a habit's ticks on a day; return the one shown, for undo."""
        tick = self.ticks_on(day).get(uuid)
        if tick is None:
            return None
        rule = self._rule()
        low, high = rule.epoch_window(day)
        with self._db.atomic():
            HabitTickRow.delete().where(
                HabitTickRow.habit == self._list.row_id(uuid),
                HabitTickRow.done_at.between(low, high),
                SQL(rule.sql_day("done_at", "utc_offset")) == day.isoformat(),
            ).execute()
        self._changed.emit(ChecklistChange("tick", "removed", uuid))
        return tick

    def restore_tick(self, tick: HabitTick) -> HabitTick:
        """Put back a tick removed earlier (undo)."""
        return self.tick(tick.habit_uuid, self._rule().day_of(tick.done), tick.done, tick.source)

    # --- stretching ---

    def tick_for_stretch_session(self, ended: datetime) -> HabitTick | None:
        """Tick "Stretching" for the day a stretch session ended on (hook for the player).

        Returns None when the stretching habit was retired or deleted.
        """
        habit = next((h for h in self.listed() if h.key == STRETCHING), None)
        day = self._rule().day_of(ended)
        if habit is None or not habit.listed_on(day):
            return None
        return self.tick(habit.uuid, day, ended, source="stretch")

    def follow_stretch_sessions(self, completed: Event[Any]) -> None:
        """Tick "Stretching" whenever ``completed`` announces a finished stretch session.

        The payload needs an ``ended`` time (None means now), like the routine
        player's :class:`~mslog.core.routines.sessions.StretchSession`.
        """

        def on_completed(session: Any) -> None:
            ended = getattr(session, "ended", None) or self._clock.now()
            self.tick_for_stretch_session(ended)

        completed.connect(on_completed)

    # --- internals ---

    def _announce(self, what: str, action: str, habit: Habit) -> Habit:
        self._changed.emit(ChecklistChange(what, action, habit.uuid))
        return habit
