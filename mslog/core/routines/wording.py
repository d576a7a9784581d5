"""What the player shows and says about a step, in plain words, in the person's language.

The bundled exercises and routines are written in English in their JSON files; their texts
are in the catalogue (contexts "exercise" and "routine", listed by
:mod:`mslog.core.routines.content_texts`) and translated here, where they are shown. The
person's own routines keep the words they wrote.
"""

from __future__ import annotations

from mslog.core.formatting import fmt_countdown
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.routines.player import PhaseKind, Snapshot
from mslog.core.routines.schema import Exercise, Routine, Step

BUNDLED_PREFIX = "bundled/"

# How a session ended, by its stored outcome (translated where shown: outcome_label).
OUTCOME_WORDS = {
    "completed": QT_TRANSLATE_NOOP("stretch_outcome", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("stretch_outcome", "Stopped early"),
    "partial": QT_TRANSLATE_NOOP("stretch_outcome", "Not finished"),
}


class StretchWording(Words):
    """What the stretch player says about a step (context of the catalogue)."""


# --- the texts of the exercise and routine files ---


def exercise_name(exercise: Exercise) -> str:
    """The exercise's name in the person's language (``Calf stretch``)."""
    return translate("exercise", exercise.name)


def cautions(exercise: Exercise) -> list[str]:
    """The exercise's cautions in the person's language."""
    return [translate("exercise", line) for line in exercise.cautions]


def variant(exercise: Exercise) -> str:
    """The exercise's other way to do it in the person's language ("" when there is none)."""
    return translate("exercise", exercise.variant) if exercise.variant else ""


def bundled_text(key: str, text: str) -> str:
    """A routine's name or description: a bundled one's translated, the person's own as written.

    Args:
        key: The routine's key (``bundled/…`` or ``custom/…``; a session keeps it too).
        text: Its name or description as stored.
    """
    return translate("routine", text) if key.startswith(BUNDLED_PREFIX) and text else text


def routine_name(routine: Routine) -> str:
    """The routine's name as the person reads it (see :func:`bundled_text`)."""
    return bundled_text(routine.key, routine.name)


def routine_description(routine: Routine) -> str:
    """The routine's description as the person reads it (see :func:`bundled_text`)."""
    return bundled_text(routine.key, routine.description)


# --- a step ---


def amount(step: Step) -> str:
    """``30 seconds`` or ``10 times``."""
    if step.duration_s is not None:
        return StretchWording.tr("%n seconds", "", step.duration_s)
    return StretchWording.tr("%n times", "", step.reps or 0)


def step_title(step: Step, exercise: Exercise) -> str:
    """``Calf stretch, left leg`` (no side for a both-sides movement that has none)."""
    name = exercise_name(exercise)
    if step.side == "both" and not exercise.sided:
        return name
    return StretchWording.tr("{exercise}, {side}").format(
        exercise=name, side=exercise.side_label(step.side)
    )


def instruction_lines(step: Step, exercise: Exercise) -> list[str]:
    """An exercise's instructions for one step, each ``{side}`` and ``{other}`` named.

    "Straighten your {side}" on the left leg reads "Straighten your left leg", so a side
    is never left to be guessed from "one leg" or "the other". Each side is one phrase of
    the catalogue (a translation words it to fit its sentences).
    """
    if step.side == "both":
        side, other = exercise.side_in_sentence("chosen"), exercise.side_in_sentence("other")
    else:
        opposite = "right" if step.side == "left" else "left"
        side, other = exercise.side_in_sentence(step.side), exercise.side_in_sentence(opposite)
    return [
        translate("exercise", line).replace("{side}", side).replace("{other}", other)
        for line in exercise.instructions
    ]


def announcement(step: Step, exercise: Exercise) -> str:
    """What the voice says as a step starts: ``Calf stretch, left leg, 30 seconds``."""
    return StretchWording.tr("{step}, {amount}").format(
        step=step_title(step, exercise), amount=amount(step)
    )


def switch_announcement(step: Step, exercise: Exercise) -> str:
    """What the voice says when it is time to change sides."""
    return StretchWording.tr("Switch to the {side}").format(side=exercise.side_label(step.side))


def rest_announcement(step: Step, exercise: Exercise) -> str:
    """What the voice says as a rest starts."""
    return StretchWording.tr("Rest. Next: {exercise}").format(exercise=exercise_name(exercise))


def phase_headings() -> dict[PhaseKind, str]:
    """The small heading above the exercise name, for each kind of phase."""
    return {
        PhaseKind.GET_READY: StretchWording.tr("Get ready"),
        PhaseKind.STEP: StretchWording.tr("Now"),
        PhaseKind.REST: StretchWording.tr("Rest"),
        PhaseKind.SWITCH: StretchWording.tr("Switch sides"),
    }


def phase_heading(snapshot: Snapshot) -> str:
    """The small heading above the exercise name."""
    phase = snapshot.phase
    if phase is None:
        return ""
    return phase_headings()[phase.kind]


def progress_line(snapshot: Snapshot) -> str:
    """``step 3 of 9 · 3:12 left``."""
    return StretchWording.tr("step {number} of {count} · {left} left").format(
        number=snapshot.step_index + 1,
        count=snapshot.steps_count,
        left=fmt_countdown(snapshot.total_remaining_s),
    )


def outcome_label(outcome: str) -> str:
    """How a session ended, in the person's language (an unknown outcome as stored)."""
    label = OUTCOME_WORDS.get(outcome)
    return translate("stretch_outcome", label) if label else outcome
