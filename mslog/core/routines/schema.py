"""Routine and exercise files: the documented JSON schema and its validation.

An **exercise** file (``resources/exercises/<id>.json``; the id is the file name)::

    {
      "$schema": "../schemas/exercise.schema.json",  # optional, for editors (see below)
      "name": "Calf stretch",                    # 1-60 characters
      "sided": true,                             # done one side at a time?
      "instructions": ["...", "...", "..."],     # 3-5 plain steps; {side}, {other} name the sides
      "cautions": ["..."],                       # 0-5 short warnings
      "variant": "Seated: ...",                  # optional seated/lying version, or null
      "limb": "leg",                             # optional: leg, arm or side ("left leg")
      "frames": ["calf_stretch_1.svg", "..."]    # 2-6 key poses in resources/illustrations/
    }

A **routine** file (``resources/routines/<id>.json``, or ``<data folder>/routines/``)::

    {
      "$schema": "../schemas/routine.schema.json",   # optional, for editors (see below)
      "name": "Daily 5-minute routine",          # 1-60 characters
      "description": "...",                      # up to 300 characters
      "steps": [                                 # 1-40 steps, in order
        {"exercise": "calf_stretch", "side": "left", "duration_s": 30, "rest_s": 5},
        {"exercise": "foot_pumps", "side": "both", "reps": 15, "pace_s": 2}
      ]
    }

A step has ``duration_s`` (5-600) **or** ``reps`` (1-100) with ``pace_s`` (1-20 seconds
per repetition); ``side`` is ``left``, ``right`` or ``both`` (an exercise that is not
sided only allows ``both``); ``rest_s`` (0-300, default 0) is the pause after it.
Unknown keys are refused, so a typo never passes silently. Every problem names the file and
the field (``mine.json: steps[2].duration_s: must be from 5 to 600 seconds, not 900``; steps are
counted from 1, as the editor lists them); the checks are :mod:`mslog.core.validation`'s.

**Checking in an editor.** The same rules are published as JSON Schemas (draft 2020-12):
``resources/schemas/routine.schema.json`` and ``exercise.schema.json`` (in an installed MSLog,
``mslog/resources/schemas/``). An editor that knows JSON Schema (VS Code, JetBrains IDEs, Vim
or Emacs with a JSON language server) checks a file as you type and shows each field's
description when the file names its schema in a ``"$schema"`` key: a path relative to the file
or a ``file://`` address, as the built-in files do with
``"$schema": "../schemas/routine.schema.json"``. MSLog accepts that key and ignores it. A schema
cannot say everything: MSLog also checks that a counted step lasts at most 600 seconds, and
refuses control characters; ``mslog routines --check FILE`` lists every problem MSLog sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from mslog.core.errors import MSLogError
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.validation import Checker, JsonFileError, describe, parse_json, read_regular_file

T = TypeVar("T")

SIDES = ("left", "right", "both")
LIMBS = ("leg", "arm", "side")
# How a side is said on its own (a title, an announcement), by (side, limb).
SIDE_PHRASES = {
    ("left", "leg"): QT_TRANSLATE_NOOP("side", "left leg"),
    ("right", "leg"): QT_TRANSLATE_NOOP("side", "right leg"),
    ("both", "leg"): QT_TRANSLATE_NOOP("side", "both legs"),
    ("left", "arm"): QT_TRANSLATE_NOOP("side", "left arm"),
    ("right", "arm"): QT_TRANSLATE_NOOP("side", "right arm"),
    ("both", "arm"): QT_TRANSLATE_NOOP("side", "both arms"),
    ("left", "side"): QT_TRANSLATE_NOOP("side", "left side"),
    ("right", "side"): QT_TRANSLATE_NOOP("side", "right side"),
    ("both", "side"): QT_TRANSLATE_NOOP("side", "both sides"),
}
# How an instruction's {side} and {other} say it ("Lift your {side}"), by (side, limb).
SENTENCE_SIDES = {
    ("left", "leg"): QT_TRANSLATE_NOOP("side_in_sentence", "left leg"),
    ("right", "leg"): QT_TRANSLATE_NOOP("side_in_sentence", "right leg"),
    ("chosen", "leg"): QT_TRANSLATE_NOOP("side_in_sentence", "chosen leg"),
    ("other", "leg"): QT_TRANSLATE_NOOP("side_in_sentence", "other leg"),
    ("left", "arm"): QT_TRANSLATE_NOOP("side_in_sentence", "left arm"),
    ("right", "arm"): QT_TRANSLATE_NOOP("side_in_sentence", "right arm"),
    ("chosen", "arm"): QT_TRANSLATE_NOOP("side_in_sentence", "chosen arm"),
    ("other", "arm"): QT_TRANSLATE_NOOP("side_in_sentence", "other arm"),
    ("left", "side"): QT_TRANSLATE_NOOP("side_in_sentence", "left side"),
    ("right", "side"): QT_TRANSLATE_NOOP("side_in_sentence", "right side"),
    ("chosen", "side"): QT_TRANSLATE_NOOP("side_in_sentence", "chosen side"),
    ("other", "side"): QT_TRANSLATE_NOOP("side_in_sentence", "other side"),
}
MAX_NAME = 60
MAX_DESCRIPTION = 300
MAX_STEPS = 40
DURATION_RANGE = (5, 600)
REPS_RANGE = (1, 100)
PACE_RANGE = (1, 20)
REST_RANGE = (0, 300)
INSTRUCTIONS_RANGE = (3, 5)
FRAMES_RANGE = (2, 6)
MAX_CAUTIONS = 5
MAX_LINE = 200
MAX_FILE_BYTES = 256 * 1024  # a routine of 40 steps is a few KB
EXERCISE_REQUIRED = ("name", "sided", "instructions", "frames")
EXERCISE_OPTIONAL = ("cautions", "variant", "limb", "$schema")
ROUTINE_REQUIRED = ("name", "steps")
ROUTINE_OPTIONAL = ("description", "$schema")
STEP_REQUIRED = ("exercise",)
STEP_OPTIONAL = ("side", "duration_s", "reps", "pace_s", "rest_s")


class RoutineFiles(Words):
    """The problems found in a routine or exercise file (context of the catalogue)."""


class RoutineFileError(MSLogError):
    """A routine or exercise file (or value) is not valid.

    Attributes:
        source: The file (or other origin) the problem is in.
        field: Where in it, e.g. ``steps[3].duration_s``.
        problem: What is wrong, in plain words.
    """

    def __init__(self, source: str, field: str, problem: str) -> None:
        super().__init__(f"{source}: {field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class Exercise:
    """One movement from the exercise library.

    Attributes:
        key: The file name without ``.json`` (``calf_stretch``).
        name: What the person sees and hears.
        sided: Whether it is done one side at a time.
        instructions: Three to five plain steps.
        cautions: Short warnings.
        variant: A seated or lying version, if there is one.
        frames: Illustration file names (key poses), in order.
        limb: What a side is called: ``leg``, ``arm`` or ``side``.
    """

    key: str
    name: str
    sided: bool
    instructions: tuple[str, ...]
    cautions: tuple[str, ...] = ()
    variant: str | None = None
    frames: tuple[str, ...] = ()
    limb: str = "side"

    def side_label(self, side: str) -> str:
        """Return how a side is said on its own: ``left leg``, ``right side``, ``both legs``.

        In the person's language, as one phrase (languages agree the words differently).
        """
        phrase = SIDE_PHRASES.get((side, self.limb), SIDE_PHRASES[(side, "side")])
        return translate("side", phrase)

    def side_in_sentence(self, side: str) -> str:
        """Return a side as an instruction's ``{side}`` says it: ``left leg``, ``chosen leg``.

        ``side`` is ``left``, ``right``, ``chosen`` or ``other`` (a both-sides step). English
        says "your {side}"; a translation words the phrase to fit its own sentences (with
        its article or preposition, "Ihr linkes Bein", "la gauche").
        """
        phrase = SENTENCE_SIDES.get((side, self.limb), SENTENCE_SIDES[(side, "side")])
        return translate("side_in_sentence", phrase)


@dataclass(frozen=True)
class Step:
    """One timed step of a routine.

    Attributes:
        exercise: The exercise key.
        side: ``left``, ``right`` or ``both``.
        duration_s: How long to hold, if timed.
        reps: How many repetitions, if counted.
        pace_s: Seconds per repetition, with ``reps``.
        rest_s: Pause after the step (0 for none).
    """

    exercise: str
    side: str = "both"
    duration_s: int | None = None
    reps: int | None = None
    pace_s: float | None = None
    rest_s: int = 0

    @property
    def length_s(self) -> float:
        """How long the step itself lasts, in seconds."""
        if self.duration_s is not None:
            return float(self.duration_s)
        return float((self.reps or 0) * (self.pace_s or 0))

    def to_json(self) -> dict[str, Any]:
        """Return the step as it is written in a routine file."""
        data: dict[str, Any] = {"exercise": self.exercise, "side": self.side}
        if self.duration_s is not None:
            data["duration_s"] = self.duration_s
        else:
            data["reps"] = self.reps
            pace = self.pace_s or 0
            data["pace_s"] = int(pace) if float(pace).is_integer() else pace
        data["rest_s"] = self.rest_s
        return data


@dataclass(frozen=True)
class Routine:
    """An ordered list of steps with a name.

    Attributes:
        key: ``bundled/<id>`` or ``custom/<id>``.
        name: What the person sees.
        description: One or two sentences.
        steps: The steps in order.
        read_only: Bundled routines cannot be changed (duplicate them instead).
    """

    key: str
    name: str
    description: str = ""
    steps: tuple[Step, ...] = ()
    read_only: bool = False
    path: Path | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        """Return the routine as it is written in a file."""
        return {
            "name": self.name,
            "description": self.description,
            "steps": [step.to_json() for step in self.steps],
        }


# --- reading -------------------------------------------------------------------


def _load_json(path: Path) -> Any:
    # Only a regular file of at most MAX_FILE_BYTES, with bounded numbers and nesting: a
    # pipe or a link to /dev/zero in the routines folder must not hang the Stretch tab.
    try:
        data = parse_json(read_regular_file(path, MAX_FILE_BYTES))
    except JsonFileError as exc:
        if exc.where.startswith("line"):
            problem = RoutineFiles.tr("is not valid JSON ({where}: {problem})").format(
                where=exc.where, problem=exc.problem
            )
        elif exc.where:
            problem = RoutineFiles.tr("is not UTF-8 text")
        else:
            problem = exc.problem
        raise RoutineFileError(path.name, "file", problem) from exc
    return data


def _problems(source: str, check: Checker) -> list[RoutineFileError]:
    return [RoutineFileError(source, p.path, p.problem) for p in check.problems]


def _valid(source: str, check: Checker, value: T | None) -> T:
    """Return a checked value, or raise the first problem the checks found."""
    problems = _problems(source, check)
    if problems:
        raise problems[0]
    assert value is not None
    return value


def _schema_key(check: Checker, data: dict[str, Any]) -> None:
    # "$schema" only tells an editor where the published JSON Schema is; MSLog ignores it.
    if "$schema" in data:
        check.at("$schema").text(data["$schema"])


def _lines(check: Checker, value: Any, low: int, high: int) -> tuple[str, ...]:
    entries = check.array(value, low, high)
    return tuple(check.at(i).line(v, 1, MAX_LINE) for i, v in enumerate(entries))


# --- exercises ----------------------------------------------------------------


def parse_exercise(key: str, data: Any, source: str) -> Exercise:
    """Validate parsed exercise JSON and return the :class:`Exercise`.

    Raises:
        RoutineFileError: Naming ``source``, the field and the problem.
    """
    check = Checker()
    return _valid(source, check, check.apart(_exercise, check, key, data))


def _exercise(check: Checker, key: str, data: Any) -> Exercise:
    data = check.object(data, EXERCISE_REQUIRED, EXERCISE_OPTIONAL)
    _schema_key(check, data)
    name = check.at("name").line(data["name"], 1, MAX_NAME)
    sided = check.at("sided").boolean(data["sided"])
    instructions = _lines(check.at("instructions"), data["instructions"], *INSTRUCTIONS_RANGE)
    cautions = _lines(check.at("cautions"), data.get("cautions", []), 0, MAX_CAUTIONS)
    variant = data.get("variant")
    if variant is not None:
        variant = check.at("variant").line(variant, 1, MAX_LINE)
    limb = check.at("limb").choice(data.get("limb", "side"), LIMBS)
    frames = _frames(check.at("frames"), data["frames"])
    return Exercise(key, name, sided, instructions, cautions, variant, frames, limb)


def _frames(check: Checker, value: Any) -> tuple[str, ...]:
    entries = check.array(value, *FRAMES_RANGE, noun="key poses")
    return tuple(_frame_name(check.at(i), v) for i, v in enumerate(entries))


def _frame_name(check: Checker, value: Any) -> str:
    text = check.line(value, 5, 80)
    if not text.endswith(".svg") or "/" in text or "\\" in text or text.startswith("."):
        raise check.fail(
            RoutineFiles.tr("must be an .svg file name without folders, not {name}").format(
                name=repr(text)
            )
        )
    return text


def load_exercise(path: Path) -> Exercise:
    """Read and validate one exercise file."""
    return parse_exercise(path.stem, _load_json(path), path.name)


# --- routines -----------------------------------------------------------------


def parse_routine(
    key: str, data: Any, exercises: dict[str, Exercise], source: str, read_only: bool = False
) -> Routine:
    """Validate parsed routine JSON against the exercise library.

    Raises:
        RoutineFileError: Naming ``source``, the field and the first problem.
    """
    check = Checker()
    return _valid(source, check, check.apart(_routine, check, key, data, exercises, read_only))


def routine_problems(path: Path, exercises: dict[str, Exercise]) -> list[RoutineFileError]:
    """Return every problem in a routine file (each step checked on its own), or ``[]``."""
    try:
        data = _load_json(path)
    except RoutineFileError as exc:
        return [exc]
    check = Checker()
    check.apart(_routine, check, path.stem, data, exercises, False)
    return _problems(path.name, check)


def _routine(
    check: Checker, key: str, data: Any, exercises: dict[str, Exercise], read_only: bool
) -> Routine | None:
    data = check.object(data, ROUTINE_REQUIRED, ROUTINE_OPTIONAL)
    check.apart(_schema_key, check, data)
    name = check.apart(check.at("name").line, data["name"], 1, MAX_NAME)
    description = check.apart(
        check.at("description").line, data.get("description", ""), 0, MAX_DESCRIPTION
    )
    at_steps = check.at("steps")
    raw_steps = at_steps.array(data["steps"])
    check.apart(at_steps.array, raw_steps, 1, MAX_STEPS, noun="steps")
    # Steps are counted from 1, as the routine editor lists them.
    steps = [
        check.apart(_step, at_steps.at(number), step, exercises)
        for number, step in enumerate(raw_steps, start=1)
    ]
    if check.problems or name is None or description is None:
        return None
    return Routine(key, name, description, tuple(s for s in steps if s is not None), read_only)


def _step(check: Checker, data: Any, exercises: dict[str, Exercise]) -> Step:
    data = check.object(data, STEP_REQUIRED, STEP_OPTIONAL)
    key = data["exercise"]
    if not isinstance(key, str) or key not in exercises:
        raise check.at("exercise").fail(
            RoutineFiles.tr("unknown exercise {key}").format(key=describe(key))
        )
    side = check.at("side").choice(data.get("side", "both"), SIDES)
    if side != "both" and not exercises[key].sided:
        raise check.at("side").fail(
            RoutineFiles.tr("{exercise} has no sides; use both").format(
                exercise=translate("exercise", exercises[key].name)
            )
        )
    timed = "duration_s" in data
    counted = "reps" in data or "pace_s" in data
    if timed == counted:
        raise check.fail(RoutineFiles.tr("needs duration_s, or reps with pace_s (not both)"))
    duration = reps = pace = None
    if timed:
        duration = check.at("duration_s").whole(data["duration_s"], *DURATION_RANGE, "seconds")
    else:
        for part in ("reps", "pace_s"):
            if part not in data:
                raise check.at(part).fail(
                    RoutineFiles.tr("is missing (reps and pace_s go together)")
                )
        reps = check.at("reps").whole(data["reps"], *REPS_RANGE)
        pace = float(check.at("pace_s").number(data["pace_s"], *PACE_RANGE, "seconds"))
        if reps * pace > DURATION_RANGE[1]:
            raise check.fail(
                RoutineFiles.tr("lasts {seconds} s; at most {most} s fit").format(
                    seconds=f"{reps * pace:g}", most=DURATION_RANGE[1]
                )
            )
    rest = check.at("rest_s").whole(data.get("rest_s", 0), *REST_RANGE, "seconds")
    return Step(key, side, duration, reps, pace, rest)


def load_routine(
    path: Path, exercises: dict[str, Exercise], key: str | None = None, read_only: bool = False
) -> Routine:
    """Read and validate one routine file."""
    routine = parse_routine(
        key or path.stem, _load_json(path), exercises, path.name, read_only=read_only
    )
    return replace(routine, path=path)


def total_seconds(routine: Routine, get_ready_s: float = 0) -> float:
    """Return how long a routine takes: get-ready, steps and the rests between them."""
    steps = routine.steps
    rests = sum(step.rest_s for step in steps[:-1])
    return get_ready_s + sum(step.length_s for step in steps) + rests
