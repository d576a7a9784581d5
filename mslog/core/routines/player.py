"""The routine player: a state machine over a routine, timed by an injected monotonic clock.

Every phase has a *deadline*; what is left is always ``deadline - now``, never a count of
timer ticks, so a stalled event loop cannot stretch a session. When a deadline passes the
next phase starts *at that deadline*, not at the moment the player noticed. Paused time
(and the short countdown after resuming) does not count.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from mslog.core.events import Event
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate
from mslog.core.routines.schema import Routine, Step

GET_READY_S = 5.0
RESUME_COUNTDOWN_S = 3.0
# Within this many seconds of a step's start, "previous" goes to the step before.
PREVIOUS_GRACE_S = 3.0
LAST_SECONDS = 3
SKIP_REASONS = ("pain", "spasm", "tired", "other")
# Stored as the key; the label is translated where it is shown (context "skip_reason").
SKIP_REASON_LABELS = {
    "pain": QT_TRANSLATE_NOOP("skip_reason", "It hurt"),
    "spasm": QT_TRANSLATE_NOOP("skip_reason", "A spasm"),
    "tired": QT_TRANSLATE_NOOP("skip_reason", "Too tired"),
    "other": QT_TRANSLATE_NOOP("skip_reason", "Other reason"),
}


def skip_reason_label(reason: str) -> str:
    """A skip reason's label in the person's language (an unknown key as stored)."""
    label = SKIP_REASON_LABELS.get(reason)
    return translate("skip_reason", label) if label else reason


class PhaseKind(str, Enum):
    """What the person is doing now."""

    GET_READY = "get_ready"
    STEP = "step"
    REST = "rest"
    SWITCH = "switch"  # a rest before the same exercise on the other side


class State(str, Enum):
    """Whether the clock is running."""

    READY = "ready"  # not started
    RUNNING = "running"
    PAUSED = "paused"
    RESUMING = "resuming"  # the short countdown after Resume
    DONE = "done"


class Outcome(str, Enum):
    """How a session ended."""

    COMPLETED = "completed"
    STOPPED = "stopped"  # the person stopped early
    PARTIAL = "partial"  # MSLog closed mid-session


@dataclass(frozen=True)
class Phase:
    """One stretch of time in the timeline.

    Attributes:
        kind: Get-ready, step, rest or side switch.
        length_s: How long it lasts.
        step_index: The step it is (for a step) or leads into (otherwise).
    """

    kind: PhaseKind
    length_s: float
    step_index: int


@dataclass(frozen=True)
class StepRecord:
    """What became of one step: ``pending``, ``completed``, ``skipped`` or ``partly``.

    ``partly`` is a step under way when the session was stopped; ``skipped`` has a reason.
    """

    index: int
    status: str = "pending"
    reason: str | None = None


@dataclass(frozen=True)
class SessionResult:
    """Announced when a session ends."""

    routine: Routine
    outcome: Outcome
    active_s: float
    records: tuple[StepRecord, ...]

    @property
    def completed_steps(self) -> int:
        """How many steps were done to the end."""
        return sum(r.status == "completed" for r in self.records)

    @property
    def partly_steps(self) -> int:
        """How many steps were stopped part-way."""
        return sum(r.status == "partly" for r in self.records)

    @property
    def skipped_steps(self) -> int:
        """How many steps were skipped."""
        return sum(r.status == "skipped" for r in self.records)


@dataclass(frozen=True)
class Snapshot:
    """Everything a view needs to draw the player at one moment."""

    state: State
    phase: Phase | None
    step_index: int
    step: Step | None
    steps_count: int
    remaining_s: float
    phase_length_s: float
    total_remaining_s: float
    resume_in_s: float
    next_step: Step | None

    @property
    def elapsed_s(self) -> float:
        """Seconds into the current phase."""
        return self.phase_length_s - self.remaining_s

    @property
    def rep(self) -> int | None:
        """The current repetition (1-based) of a counted step, else None."""
        step = self.step
        if step is None or step.reps is None or self.phase is None:
            return None
        if self.phase.kind is not PhaseKind.STEP or not step.pace_s:
            return None
        return min(step.reps, int(self.elapsed_s // step.pace_s) + 1)


def build_timeline(routine: Routine, get_ready_s: float = GET_READY_S) -> list[Phase]:
    """Return the phases of a routine: get-ready, then each step and the rest after it."""
    phases = []
    if get_ready_s > 0:
        phases.append(Phase(PhaseKind.GET_READY, float(get_ready_s), 0))
    steps = routine.steps
    for i, step in enumerate(steps):
        phases.append(Phase(PhaseKind.STEP, step.length_s, i))
        if i + 1 < len(steps) and step.rest_s > 0:
            following = steps[i + 1]
            switching = following.exercise == step.exercise and following.side != step.side
            kind = PhaseKind.SWITCH if switching else PhaseKind.REST
            phases.append(Phase(kind, float(step.rest_s), i + 1))
    return phases


class Player:
    """Plays one routine.

    Args:
        routine: What to play.
        monotonic: Returns seconds from a never-decreasing origin (the injected clock).
        get_ready_s: Length of the get-ready phase (0 for none).
        resume_countdown_s: Countdown between Resume and the clock running again.

    Events (each takes one payload):
        phase_started: A phase began (the :class:`Phase`).
        step_started: A step began (its index).
        halfway: Half of a step's time is done (its index).
        last_seconds: 3, 2 and 1 seconds are left in a phase (the number).
        side_switch: Time to change sides (index of the next step).
        rest: A rest began (index of the next step).
        step_finished: A step ended, done or skipped (its :class:`StepRecord`).
        state_changed: Started, paused, resuming, running or done (the :class:`State`).
        done: The session ended (the :class:`SessionResult`).
    """

    def __init__(
        self,
        routine: Routine,
        monotonic: Callable[[], float],
        get_ready_s: float = GET_READY_S,
        resume_countdown_s: float = RESUME_COUNTDOWN_S,
    ) -> None:
        if not routine.steps:
            raise ValueError("a routine needs at least one step")
        self.routine = routine
        self._now = monotonic
        self._resume_countdown = resume_countdown_s
        self.phases = build_timeline(routine, get_ready_s)
        self.records = [StepRecord(i) for i in range(len(routine.steps))]
        self.state = State.READY
        self.outcome: Outcome | None = None
        self._index = 0
        self._deadline = 0.0
        self._held_remaining = 0.0  # what was left when paused
        self._resume_at = 0.0
        self._started = 0.0
        self._ended = 0.0
        self._paused_since: float | None = None
        self._paused_total = 0.0
        self._halfway_sent = False
        self._last_sent = LAST_SECONDS + 1
        self._switch_sent = False

        self.phase_started: Event[Phase] = Event()
        self.step_started: Event[int] = Event()
        self.halfway: Event[int] = Event()
        self.last_seconds: Event[int] = Event()
        self.side_switch: Event[int] = Event()
        self.rest: Event[int] = Event()
        self.step_finished: Event[StepRecord] = Event()
        self.state_changed: Event[State] = Event()
        self.done: Event[SessionResult] = Event()

    # --- reading ---

    @property
    def phase(self) -> Phase | None:
        """The current phase (None before start and after the end)."""
        if self.state in (State.READY, State.DONE):
            return None
        return self.phases[self._index]

    def remaining(self) -> float:
        """Seconds left in the current phase."""
        if self.state is State.RUNNING:
            return max(0.0, self._deadline - self._now())
        if self.state in (State.PAUSED, State.RESUMING):
            return self._held_remaining
        return 0.0

    def total_remaining(self) -> float:
        """Seconds left in the whole session (pauses excluded)."""
        if self.state is State.DONE:
            return 0.0
        if self.state is State.READY:
            return sum(p.length_s for p in self.phases)
        later = sum(p.length_s for p in self.phases[self._index + 1 :])
        return self.remaining() + later

    def active_seconds(self) -> float:
        """Seconds the clock has run since the start, pauses excluded."""
        if self.state is State.READY:
            return 0.0
        end = self._ended if self.state is State.DONE else self._now()
        paused = self._paused_total
        if self._paused_since is not None and self.state is not State.DONE:
            paused += end - self._paused_since
        return max(0.0, end - self._started - paused)

    def snapshot(self) -> Snapshot:
        """Bring the player up to date and describe it."""
        self.update()
        phase = self.phase
        index = phase.step_index if phase else (len(self.routine.steps) - 1)
        steps = self.routine.steps
        following = None
        if phase is not None and phase.kind is PhaseKind.STEP and index + 1 < len(steps):
            following = steps[index + 1]
        resume_in = 0.0
        if self.state is State.RESUMING:
            resume_in = max(0.0, self._resume_at - self._now())
        return Snapshot(
            state=self.state,
            phase=phase,
            step_index=index,
            step=steps[index] if phase else None,
            steps_count=len(steps),
            remaining_s=self.remaining(),
            phase_length_s=phase.length_s if phase else 0.0,
            total_remaining_s=self.total_remaining(),
            resume_in_s=resume_in,
            next_step=following,
        )

    # --- driving ---

    def start(self) -> None:
        """Start the session at the first phase."""
        if self.state is not State.READY:
            return
        now = self._now()
        self._started = now
        self._set_state(State.RUNNING)
        self._enter(0, now)

    def update(self) -> None:
        """Advance through every deadline that has passed; fire the due events.

        Call it as often as the view likes; how often does not change the timing.
        """
        now = self._now()
        if self.state is State.RESUMING and now >= self._resume_at:
            self._deadline = self._resume_at + self._held_remaining
            self._end_pause(self._resume_at)
            self._set_state(State.RUNNING)
        if self.state is not State.RUNNING:
            return
        while now >= self._deadline and self.state is State.RUNNING:
            self._complete_phase(self._deadline)
        if self.state is State.RUNNING:
            self._fire_due(self._deadline - now)

    def pause(self) -> None:
        """Hold the clock (also during the resume countdown)."""
        self.update()
        if self.state is State.RUNNING:
            self._held_remaining = max(0.0, self._deadline - self._now())
            self._paused_since = self._now()
            self._set_state(State.PAUSED)
        elif self.state is State.RESUMING:
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        """Start the short countdown after which the clock runs again."""
        if self.state is not State.PAUSED:
            return
        self._resume_at = self._now() + self._resume_countdown
        self._set_state(State.RESUMING)
        self.update()

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused."""
        if self.state is State.PAUSED:
            self.resume()
        else:
            self.pause()

    def skip(self, reason: str | None = None) -> None:
        """Skip the current step (or the rest, straight to the next step)."""
        self.update()
        phase = self.phase
        if phase is None:
            return
        if phase.kind is PhaseKind.STEP:
            self._record(phase.step_index, "skipped", reason)
            target = phase.step_index + 1
        else:
            target = phase.step_index
        self._go_to_step(target)

    def previous(self) -> None:
        """Go back to the step before, or to the start of this one if it is well under way."""
        self.update()
        phase = self.phase
        if phase is None:
            return
        elapsed = phase.length_s - self.remaining()
        if phase.kind is PhaseKind.STEP and elapsed > PREVIOUS_GRACE_S:
            self._go_to_step(phase.step_index)
        elif phase.kind is PhaseKind.GET_READY:
            self._jump(self._index)
        else:
            self._go_to_step(max(0, phase.step_index - 1))

    def restart_step(self) -> None:
        """Start the current step (or phase) again from its full time."""
        self.update()
        if self.phase is not None:
            self._jump(self._index)

    def set_reason(self, index: int, reason: str | None) -> None:
        """Say why a skipped step was skipped."""
        if reason is not None and reason not in SKIP_REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        record = self.records[index]
        if record.status == "skipped":
            self._record(index, "skipped", reason)

    def stop(self, outcome: Outcome = Outcome.STOPPED) -> None:
        """End the session early (``PARTIAL`` when MSLog is closing)."""
        self.update()
        if self.state in (State.READY, State.DONE):
            return
        self._finish(outcome, self._now())

    # --- internals ---

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)

    def _end_pause(self, at: float) -> None:
        if self._paused_since is not None:
            self._paused_total += max(0.0, at - self._paused_since)
            self._paused_since = None

    def _enter(self, index: int, at: float) -> None:
        self._index = index
        phase = self.phases[index]
        if self.state is State.RUNNING:
            self._deadline = at + phase.length_s
        else:
            self._held_remaining = phase.length_s
        self._halfway_sent = False
        self._last_sent = LAST_SECONDS + 1
        self.phase_started.emit(phase)
        steps = self.routine.steps
        if phase.kind is PhaseKind.STEP:
            before = steps[phase.step_index - 1] if phase.step_index > 0 else None
            step = steps[phase.step_index]
            switching = (
                before is not None and before.exercise == step.exercise and before.side != step.side
            )
            if switching and not self._switch_sent:  # no switch rest in between: announce it now
                self.side_switch.emit(phase.step_index)
            self._switch_sent = False
            self.step_started.emit(phase.step_index)
        elif phase.kind is PhaseKind.SWITCH:
            self._switch_sent = True
            self.side_switch.emit(phase.step_index)
        elif phase.kind is PhaseKind.REST:
            self._switch_sent = False
            self.rest.emit(phase.step_index)

    def _complete_phase(self, at: float) -> None:
        phase = self.phases[self._index]
        if phase.kind is PhaseKind.STEP:
            self._record(phase.step_index, "completed", None)
        if self._index + 1 >= len(self.phases):
            self._finish(Outcome.COMPLETED, at)
        else:
            self._enter(self._index + 1, at)

    def _go_to_step(self, step_index: int) -> None:
        for i, phase in enumerate(self.phases):
            if phase.kind is PhaseKind.STEP and phase.step_index == step_index:
                self._jump(i)
                return
        self._finish(Outcome.COMPLETED, self._now())  # skipped past the last step

    def _jump(self, index: int) -> None:
        self._switch_sent = False
        self._enter(index, self._now())

    def _fire_due(self, remaining: float) -> None:
        phase = self.phases[self._index]
        if (
            phase.kind is PhaseKind.STEP
            and not self._halfway_sent
            and remaining <= phase.length_s / 2
        ):
            self._halfway_sent = True
            self.halfway.emit(phase.step_index)
        second = math.ceil(remaining)
        if 0 < second <= LAST_SECONDS and second < self._last_sent and phase.length_s > second:
            self._last_sent = second
            self.last_seconds.emit(second)

    def _record(self, index: int, status: str, reason: str | None) -> None:
        record = StepRecord(index, status, reason)
        self.records[index] = record
        self.step_finished.emit(record)

    def _finish(self, outcome: Outcome, at: float) -> None:
        phase = self.phase
        # A step begun counts as partly done, not as never reached.
        if (
            outcome is not Outcome.COMPLETED
            and phase is not None
            and phase.kind is PhaseKind.STEP
            and self.remaining() < phase.length_s
            and self.records[phase.step_index].status == "pending"
        ):
            self._record(phase.step_index, "partly", None)
        if self.state is State.PAUSED or self.state is State.RESUMING:
            self._end_pause(at)
        self._ended = at
        self.outcome = outcome
        self._set_state(State.DONE)
        self.done.emit(
            SessionResult(self.routine, outcome, self.active_seconds(), tuple(self.records))
        )
