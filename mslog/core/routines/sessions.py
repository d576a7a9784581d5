"""Stretch sessions: every session played is recorded, step by step, as it happens."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from peewee import SQL, ModelSelect

from mslog.core.clock import Clock, from_epoch_and_offset, to_epoch_and_offset
from mslog.core.days import DayRule
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.events import Event
from mslog.core.i18n import Words
from mslog.core.routines.player import Outcome, Player, SessionResult, State, StepRecord
from mslog.core.routines.schema import Routine
from mslog.core.storage.models import StretchSessionRow, StretchStepRow

if TYPE_CHECKING:
    from mslog.core.storage.database import Database


class StretchSessions(Words):
    """What the record of stretch sessions says (context of the catalogue)."""


@dataclass(frozen=True)
class StretchSession:
    """A recorded session as the rest of the app sees it.

    Attributes:
        uuid: Stable identifier.
        routine_key: ``bundled/...`` or ``custom/...``.
        routine_name: The routine's name at the time.
        started: When it started (aware, with the offset it had).
        ended: When it ended, or None if MSLog stopped before it could say.
        active_s: Seconds of stretching and rests, pauses excluded.
        outcome: ``completed``, ``stopped`` or ``partial``.
        steps: Status of each step: ``(exercise, side, status, reason)``; the status is
            ``pending``, ``completed``, ``skipped`` or ``partly`` (stopped part-way).
    """

    uuid: str
    routine_key: str
    routine_name: str
    started: datetime
    ended: datetime | None
    active_s: int
    outcome: str
    steps: tuple[tuple[str, str, str, str | None], ...] = ()

    @property
    def completed_steps(self) -> int:
        """How many steps were done to the end."""
        return sum(s[2] == "completed" for s in self.steps)

    @property
    def partly_steps(self) -> int:
        """How many steps were stopped part-way."""
        return sum(s[2] == "partly" for s in self.steps)

    @property
    def skipped_steps(self) -> int:
        """How many steps were skipped."""
        return sum(s[2] == "skipped" for s in self.steps)


@dataclass(frozen=True)
class StretchChange:
    """Announced on :attr:`StretchLog.changed` after a committed write."""

    action: str  # "started", "step", "finished", "removed", "restored"
    uuid: str


@dataclass(frozen=True)
class RemovedSession:
    """A session as it was stored when removed, to put back exactly (undo).

    Attributes:
        session: The session, as the rest of the app saw it.
        row: Its stored values.
        steps: Its steps' stored values, in order.
    """

    session: StretchSession
    row: dict[str, Any]
    steps: tuple[dict[str, Any], ...]


class StretchLog:
    """Records stretch sessions; every write is one transaction.

    Args:
        db: The open diary database.
        clock: Where start and end times come from.

    Attributes:
        changed: Fired after any write (a :class:`StretchChange`).
        completed: Fired when a session is completed to the end (the :class:`StretchSession`);
            other features (the daily checklist) listen to it.
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self.changed: Event[StretchChange] = Event()
        self.completed: Event[StretchSession] = Event()
        self._playing: set[str] = set()  # begun and not yet finished in this run

    def begin(self, routine: Routine) -> str:
        """Record that a session of ``routine`` started now; return its id."""
        epoch, offset = to_epoch_and_offset(self._clock.now())
        uuid = str(uuidlib.uuid4())
        with self._db.atomic():
            session = StretchSessionRow.create(
                uuid=uuid,
                routine_key=routine.key,
                routine_name=routine.name,
                started_at=epoch,
                utc_offset=offset,
            )
            StretchStepRow.insert_many(
                [
                    (session.id, i + 1, step.exercise, step.side, round(step.length_s))
                    for i, step in enumerate(routine.steps)
                ],
                fields=[
                    StretchStepRow.session,
                    StretchStepRow.position,
                    StretchStepRow.exercise,
                    StretchStepRow.side,
                    StretchStepRow.planned_s,
                ],
            ).execute()
        self._playing.add(uuid)
        self.changed.emit(StretchChange("started", uuid))
        return uuid

    def record_step(self, uuid: str, record: StepRecord) -> None:
        """Store what became of one step."""
        with self._db.atomic():
            _store_step(uuid, record)
        self.changed.emit(StretchChange("step", uuid))

    def finish(self, uuid: str, result: SessionResult) -> StretchSession:
        """Store how the session ended, with every step's status."""
        epoch, _offset = to_epoch_and_offset(self._clock.now())
        with self._db.atomic():
            StretchSessionRow.update(
                ended_at=epoch, active_s=round(result.active_s), outcome=result.outcome.value
            ).where(StretchSessionRow.uuid == uuid).execute()
            for record in result.records:
                _store_step(uuid, record)
        self._playing.discard(uuid)
        session = self.get(uuid)
        self.changed.emit(StretchChange("finished", uuid))
        if result.outcome is Outcome.COMPLETED:
            self.completed.emit(session)
        return session

    def remove(self, uuid: str) -> RemovedSession:
        """Remove a session and its steps (one started by mistake); return what it held.

        Raises:
            ValidationError: The session is being played now.
            NotFoundError: There is no such session.
        """
        if uuid in self._playing:
            raise ValidationError(
                "session", StretchSessions.tr("it is being played now; stop it first")
            )
        with self._db.atomic():
            session = self.get(uuid)
            query = StretchSessionRow.select().where(StretchSessionRow.uuid == uuid).dicts()
            row: dict[str, Any] = query.get()  # type: ignore[assignment]  # a .dicts() row
            step_query = (
                StretchStepRow.select()
                .where(StretchStepRow.session == row["id"])
                .order_by(StretchStepRow.position)
                .dicts()
            )
            steps: tuple[dict[str, Any], ...] = tuple(step_query)  # type: ignore[arg-type]
            # The steps go with it (ON DELETE CASCADE).
            StretchSessionRow.delete().where(StretchSessionRow.id == row["id"]).execute()
        self.changed.emit(StretchChange("removed", uuid))
        return RemovedSession(session, row, steps)

    def put_back(self, removed: RemovedSession) -> StretchSession:
        """Store a removed session again as it was, steps and all."""
        with self._db.atomic():
            StretchSessionRow.insert(removed.row).execute()
            if removed.steps:
                StretchStepRow.insert_many(list(removed.steps)).execute()
        self.changed.emit(StretchChange("restored", removed.session.uuid))
        return self.get(removed.session.uuid)

    def track(self, player: Player) -> SessionTracker:
        """Record ``player``'s session as it is played (start, each step, the end)."""
        return SessionTracker(self, player)

    # --- reading ---

    def get(self, uuid: str) -> StretchSession:
        """Return one session."""
        rows = _load(StretchSessionRow.select().where(StretchSessionRow.uuid == uuid))
        if not rows:
            raise NotFoundError(
                StretchSessions.tr("There is no stretch session {uuid}.").format(uuid=uuid)
            )
        return rows[0]

    def recent(self, limit: int = 20) -> list[StretchSession]:
        """Return the latest sessions, newest first."""
        return _load(
            StretchSessionRow.select()
            .order_by(StretchSessionRow.started_at.desc(), StretchSessionRow.id.desc())
            .limit(limit)
        )

    def between(self, first: date, last: date, rule: DayRule) -> list[StretchSession]:
        """Return the sessions started on diary days ``first`` to ``last``, oldest first."""
        low, _ = rule.epoch_window(first)
        _, high = rule.epoch_window(last)
        day_sql = rule.sql_day("started_at", "utc_offset")
        return _load(
            StretchSessionRow.select()
            .where(StretchSessionRow.started_at.between(low, high))
            .where(SQL(f"{day_sql} BETWEEN ? AND ?", [first.isoformat(), last.isoformat()]))
            .order_by(StretchSessionRow.started_at, StretchSessionRow.id)
        )

    def completed_on(self, day: date, rule: DayRule) -> int:
        """Return how many sessions were completed on a diary day."""
        low, high = rule.epoch_window(day)
        # The padded epoch window lets the index narrow the scan; the day test is exact.
        day_sql = rule.sql_day("started_at", "utc_offset")
        return (
            StretchSessionRow.select()
            .where(
                (StretchSessionRow.outcome == Outcome.COMPLETED.value)
                & StretchSessionRow.started_at.between(low, high)
            )
            .where(SQL(f"{day_sql} = ?", [day.isoformat()]))
            .count()
        )


def _store_step(uuid: str, record: StepRecord) -> None:
    """Write what became of one step of session ``uuid`` (inside the caller's transaction)."""
    session_id = StretchSessionRow.select(StretchSessionRow.id).where(
        StretchSessionRow.uuid == uuid
    )
    StretchStepRow.update(status=record.status, reason=record.reason).where(
        (StretchStepRow.position == record.index + 1) & (StretchStepRow.session == session_id)
    ).execute()


def _load(query: ModelSelect[StretchSessionRow]) -> list[StretchSession]:
    """Return the sessions ``query`` selects, each with its steps in order."""
    rows = list(query)
    if not rows:
        return []
    steps: dict[int, list[tuple[str, str, str, str | None]]] = {row.id: [] for row in rows}
    for step in (
        StretchStepRow.select()
        .where(StretchStepRow.session.in_(list(steps)))
        .order_by(StretchStepRow.session, StretchStepRow.position)
    ):
        steps[step.session_id].append((step.exercise, step.side, step.status, step.reason))
    return [_session(row, tuple(steps[row.id])) for row in rows]


def _session(
    row: StretchSessionRow, steps: tuple[tuple[str, str, str, str | None], ...]
) -> StretchSession:
    ended = row.ended_at
    return StretchSession(
        uuid=row.uuid,
        routine_key=row.routine_key,
        routine_name=row.routine_name,
        started=from_epoch_and_offset(row.started_at, row.utc_offset),
        ended=None if ended is None else from_epoch_and_offset(ended, row.utc_offset),
        active_s=row.active_s,
        outcome=row.outcome,
        steps=steps,
    )


class SessionTracker:
    """Writes a player's session to the diary as it goes.

    The session row is written when the player starts (as ``partial``), so even a crash
    leaves a trace; each step's outcome is written when it ends; the end writes the outcome.
    """

    def __init__(self, log: StretchLog, player: Player) -> None:
        self._log = log
        self.player = player
        self.uuid: str | None = None
        self.session: StretchSession | None = None
        player.state_changed.connect(self._on_state)
        player.step_finished.connect(self._on_step)
        player.done.connect(self._on_done)
        if player.state is not State.READY:
            self.uuid = log.begin(player.routine)

    def _on_state(self, state: State) -> None:
        if state is State.RUNNING and self.uuid is None:
            self.uuid = self._log.begin(self.player.routine)

    def _on_step(self, record: StepRecord) -> None:
        if self.uuid is not None and self.player.state is not State.DONE:
            self._log.record_step(self.uuid, record)

    def _on_done(self, result: SessionResult) -> None:
        if self.uuid is not None:
            self.session = self._log.finish(self.uuid, result)
