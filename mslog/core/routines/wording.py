"""What the player shows and says about a step, in plain words."""

from __future__ import annotations

from mslog.core.formatting import fmt_countdown
from mslog.core.routines.player import PhaseKind, Snapshot
from mslog.core.routines.schema import Exercise, Step


def amount(step: Step) -> str:
    """``30 seconds`` or ``10 times``."""
    if step.duration_s is not None:
        return f"{step.duration_s} seconds"
    return f"{step.reps} times"


def step_title(step: Step, exercise: Exercise) -> str:
    """``Calf stretch, left leg`` (no side for a both-sides movement that has none)."""
    if step.side == "both" and not exercise.sided:
        return exercise.name
    return f"{exercise.name}, {exercise.side_label(step.side)}"


def instruction_lines(step: Step, exercise: Exercise) -> list[str]:
    """An exercise's instructions for one step, each ``{side}`` and ``{other}`` named.

    "Straighten your {side}" on the left leg reads "Straighten your left leg", so a side
    is never left to be guessed from "one leg" or "the other".
    """
    if step.side == "both":
        side, other = f"chosen {exercise.limb}", f"other {exercise.limb}"
    else:
        opposite = "right" if step.side == "left" else "left"
        side, other = exercise.side_label(step.side), exercise.side_label(opposite)
    return [
        line.replace("{side}", side).replace("{other}", other) for line in exercise.instructions
    ]


def announcement(step: Step, exercise: Exercise) -> str:
    """What the voice says as a step starts: ``Calf stretch, left leg, 30 seconds``."""
    return f"{step_title(step, exercise)}, {amount(step)}"


def switch_announcement(step: Step, exercise: Exercise) -> str:
    """What the voice says when it is time to change sides."""
    return f"Switch to the {exercise.side_label(step.side)}"


def rest_announcement(step: Step, exercise: Exercise) -> str:
    """What the voice says as a rest starts."""
    return f"Rest. Next: {exercise.name}"


def phase_heading(snapshot: Snapshot) -> str:
    """The small heading above the exercise name."""
    phase = snapshot.phase
    if phase is None:
        return ""
    return {
        PhaseKind.GET_READY: "Get ready",
        PhaseKind.STEP: "Now",
        PhaseKind.REST: "Rest",
        PhaseKind.SWITCH: "Switch sides",
    }[phase.kind]


def progress_line(snapshot: Snapshot) -> str:
    """``step 3 of 9 · 3:12 left``."""
    return (
        f"step {snapshot.step_index + 1} of {snapshot.steps_count}"
        f" · {fmt_countdown(snapshot.total_remaining_s)} left"
    )
