"""Stretch sessions: every session played is recorded, step by step, as it happens."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, datetime

from peewee import SqliteDatabase

from mslog.core.clock import Clock, from_epoch_and_offset, to_epoch_and_offset
from mslog.core.days import DayRule
from mslog.core.events import Event
from mslog.core.routines.player import Outcome, Player, SessionResult, State, StepRecord
from mslog.core.routines.schema import Routine


def create_stretch_tables(db: SqliteDatabase) -> None:
    """Migration step: tables for stretch sessions and what became of each step."""
    # Plain SQL, not from models: a migration step must stay what it was.
    db.execute_sql(
        """
        CREATE TABLE stretch_session (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            routine_key TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            started_at INTEGER NOT NULL,      -- UTC, seconds since the epoch
            utc_offset INTEGER NOT NULL,      -- minutes east of UTC
            ended_at INTEGER,                 -- NULL while playing (or if MSLog crashed)
            active_s INTEGER NOT NULL DEFAULT 0 CHECK (active_s >= 0),
            outcome TEXT NOT NULL DEFAULT 'partial'
                CHECK (outcome IN ('completed', 'stopped', 'partial'))
        )"""
    )
    db.execute_sql("CREATE INDEX stretch_session_started_at ON stretch_session (started_at)")
    db.execute_sql(
        """
        CREATE TABLE stretch_step (
            session_id INTEGER NOT NULL REFERENCES stretch_session (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            exercise TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
            planned_s INTEGER NOT NULL CHECK (planned_s >= 0),
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'completed', 'skipped')),
            reason TEXT CHECK (reason IN ('pain', 'spasm', 'tired', 'other')),
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID"""
    )


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
        steps: Status of each step: ``(exercise, side, status, reason)``.
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
    def skipped_steps(self) -> int:
        """How many steps were skipped."""
        return sum(s[2] == "skipped" for s in self.steps)


@dataclass(frozen=True)
class StretchChange:
    """Announced on :attr:`StretchLog.changed` after a committed write."""

    action: str  # "started", "step", "finished"
    uuid: str


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

    def __init__(self, db: SqliteDatabase, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self.changed: Event[StretchChange] = Event()
        self.completed: Event[StretchSession] = Event()

    def begin(self, routine: Routine) -> str:
        """Record that a session of ``routine`` started now; return its id."""
        epoch, offset = to_epoch_and_offset(self._clock.now())
        uuid = str(uuidlib.uuid4())
        with self._db.atomic():
            cursor = self._db.execute_sql(
                "INSERT INTO stretch_session (uuid, routine_key, routine_name, started_at,"
                " utc_offset) VALUES (?, ?, ?, ?, ?)",
                (uuid, routine.key, routine.name, epoch, offset),
            )
            session_id = cursor.lastrowid
            self._db.execute_sql(
                "INSERT INTO stretch_step (session_id, position, exercise, side, planned_s)"
                " VALUES " + ", ".join(["(?, ?, ?, ?, ?)"] * len(routine.steps)),
                [
                    value
                    for i, step in enumerate(routine.steps)
                    for value in (session_id, i + 1, step.exercise, step.side, round(step.length_s))
                ],
            )
        self.changed.emit(StretchChange("started", uuid))
        return uuid

    def record_step(self, uuid: str, record: StepRecord) -> None:
        """Store what became of one step."""
        with self._db.atomic():
            self._db.execute_sql(
                "UPDATE stretch_step SET status = ?, reason = ? WHERE position = ?"
                " AND session_id = (SELECT id FROM stretch_session WHERE uuid = ?)",
                (record.status, record.reason, record.index + 1, uuid),
            )
        self.changed.emit(StretchChange("step", uuid))

    def finish(self, uuid: str, result: SessionResult) -> StretchSession:
        """Store how the session ended, with every step's status."""
        epoch, _offset = to_epoch_and_offset(self._clock.now())
        with self._db.atomic():
            self._db.execute_sql(
                "UPDATE stretch_session SET ended_at = ?, active_s = ?, outcome = ? WHERE uuid = ?",
                (epoch, round(result.active_s), result.outcome.value, uuid),
            )
            for record in result.records:
                self._db.execute_sql(
                    "UPDATE stretch_step SET status = ?, reason = ? WHERE position = ?"
                    " AND session_id = (SELECT id FROM stretch_session WHERE uuid = ?)",
                    (record.status, record.reason, record.index + 1, uuid),
                )
        session = self.get(uuid)
        self.changed.emit(StretchChange("finished", uuid))
        if result.outcome is Outcome.COMPLETED:
            self.completed.emit(session)
        return session

    def track(self, player: Player) -> SessionTracker:
        """Record ``player``'s session as it is played (start, each step, the end)."""
        return SessionTracker(self, player)

    # --- reading ---

    def get(self, uuid: str) -> StretchSession:
        """Return one session."""
        rows = self._select("WHERE s.uuid = ?", (uuid,))
        if not rows:
            from mslog.core.errors import NotFoundError

            raise NotFoundError(f"There is no stretch session {uuid}.")
        return rows[0]

    def recent(self, limit: int = 20) -> list[StretchSession]:
        """Return the latest sessions, newest first."""
        return self._select("ORDER BY s.started_at DESC, s.id DESC LIMIT ?", (limit,))

    def completed_on(self, day: date, rule: DayRule) -> int:
        """Return how many sessions were completed on a diary day."""
        low, high = rule.epoch_window(day)
        row = self._db.execute_sql(
            "SELECT count(*) FROM stretch_session WHERE outcome = 'completed'"
            " AND started_at BETWEEN ? AND ?"
            f" AND {rule.sql_day('started_at', 'utc_offset')} = ?",
            (low, high, day.isoformat()),
        ).fetchone()
        return int(row[0])

    def _select(self, tail: str, params: tuple) -> list[StretchSession]:
        rows = self._db.execute_sql(
            "SELECT s.id, s.uuid, s.routine_key, s.routine_name, s.started_at, s.utc_offset,"
            f" s.ended_at, s.active_s, s.outcome FROM stretch_session s {tail}",
            params,
        ).fetchall()
        if not rows:
            return []
        ids = [row[0] for row in rows]
        steps: dict[int, list] = {i: [] for i in ids}
        marks = ", ".join("?" * len(ids))
        for session_id, exercise, side, status, reason in self._db.execute_sql(
            "SELECT session_id, exercise, side, status, reason FROM stretch_step"
            f" WHERE session_id IN ({marks}) ORDER BY session_id, position",
            ids,
        ):
            steps[session_id].append((exercise, side, status, reason))
        return [
            StretchSession(
                uuid=uuid,
                routine_key=key,
                routine_name=name,
                started=from_epoch_and_offset(started, offset),
                ended=None if ended is None else from_epoch_and_offset(ended, offset),
                active_s=active,
                outcome=outcome,
                steps=tuple(steps[session_id]),
            )
            for session_id, uuid, key, name, started, offset, ended, active, outcome in rows
        ]


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
