"""Routine and exercise files: the documented JSON schema and its validation.

An **exercise** file (``resources/exercises/<id>.json``; the id is the file name)::

    {
      "name": "Calf stretch",                    # 1-60 characters
      "sided": true,                             # done one side at a time?
      "instructions": ["...", "...", "..."],     # 3-5 plain steps
      "cautions": ["..."],                       # 0-5 short warnings
      "variant": "Seated: ...",                  # optional seated/lying version, or null
      "limb": "leg",                             # optional: leg, arm or side ("left leg")
      "frames": ["calf_stretch_1.svg", "..."]    # 2-6 key poses in resources/illustrations/
    }

A **routine** file (``resources/routines/<id>.json``, or ``<data folder>/routines/``)::

    {
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
Unknown keys are refused, so a typo never passes silently.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mslog.core.errors import MSLogError

SIDES = ("left", "right", "both")
LIMBS = ("leg", "arm", "side")
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
        """Return how a side is said: ``left leg``, ``right side``, ``both legs``."""
        if side == "both":
            return "both sides" if self.limb == "side" else f"both {self.limb}s"
        return f"{side} {self.limb}"


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


# --- validation helpers -----------------------------------------------------


class _Checker:
    """Validates parsed JSON, raising :class:`RoutineFileError` naming the source."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, name: str, problem: str) -> RoutineFileError:
        return RoutineFileError(self.source, name, problem)

    def obj(self, name: str, value: Any, required: set[str], optional: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(name, f"must be an object {{...}}, not {_kind(value)}")
        for key in value:
            if key not in required | optional:
                allowed = ", ".join(sorted(required | optional))
                raise self.fail(_join(name, key), f"unknown field (expected one of: {allowed})")
        for key in sorted(required):
            if key not in value:
                raise self.fail(_join(name, key), "is missing")
        return value

    def text(self, name: str, value: Any, low: int, high: int) -> str:
        if not isinstance(value, str):
            raise self.fail(name, f"must be text, not {_kind(value)}")
        text = " ".join(value.split())
        if not low <= len(text) <= high:
            raise self.fail(name, f"must be {low} to {high} characters long, not {len(text)}")
        if not text.isprintable():
            raise self.fail(name, "must not contain control characters")
        return text

    def texts(self, name: str, value: Any, low: int, high: int) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(name, f"must be a list [...], not {_kind(value)}")
        if not low <= len(value) <= high:
            raise self.fail(name, f"must have {low} to {high} entries, not {len(value)}")
        return tuple(self.text(f"{name}[{i}]", v, 1, MAX_LINE) for i, v in enumerate(value))

    def number(self, name: str, value: Any, bounds: tuple[int, int], whole: bool = True) -> Any:
        low, high = bounds
        allowed = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, allowed):
            noun = "a whole number" if whole else "a number"
            raise self.fail(name, f"must be {noun}, not {_kind(value)}")
        if not math.isfinite(value) or not low <= value <= high:
            raise self.fail(name, f"must be from {low} to {high}, not {value}")
        return value

    def boolean(self, name: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.fail(name, f"must be true or false, not {_kind(value)}")
        return value


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false"}
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    return names.get(type(value), type(value).__name__)


def _load_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RoutineFileError(path.name, "file", f"cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise RoutineFileError(path.name, "file", "is not UTF-8 text") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RoutineFileError(
            path.name,
            "file",
            f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
        ) from exc


# --- exercises ----------------------------------------------------------------


def parse_exercise(key: str, data: Any, source: str) -> Exercise:
    """Validate parsed exercise JSON and return the :class:`Exercise`.

    Raises:
        RoutineFileError: Naming ``source``, the field and the problem.
    """
    check = _Checker(source)
    data = check.obj(
        "",
        data,
        {"name", "sided", "instructions", "frames"},
        {"cautions", "variant", "limb", "schema"},
    )
    variant = data.get("variant")
    limb = data.get("limb", "side")
    if limb not in LIMBS:
        raise check.fail("limb", f"must be leg, arm or side, not {limb!r}")
    return Exercise(
        key=key,
        name=check.text("name", data["name"], 1, MAX_NAME),
        sided=check.boolean("sided", data["sided"]),
        instructions=check.texts("instructions", data["instructions"], *INSTRUCTIONS_RANGE),
        cautions=check.texts("cautions", data.get("cautions", []), 0, MAX_CAUTIONS),
        variant=None if variant is None else check.text("variant", variant, 1, MAX_LINE),
        frames=tuple(
            _frame_name(check, f"frames[{i}]", v)
            for i, v in enumerate(_frame_list(check, data["frames"]))
        ),
        limb=limb,
    )


def _frame_list(check: _Checker, value: Any) -> list:
    if not isinstance(value, list):
        raise check.fail("frames", f"must be a list [...], not {_kind(value)}")
    if not FRAMES_RANGE[0] <= len(value) <= FRAMES_RANGE[1]:
        raise check.fail(
            "frames",
            f"must have {FRAMES_RANGE[0]} to {FRAMES_RANGE[1]} key poses, not {len(value)}",
        )
    return value


def _frame_name(check: _Checker, name: str, value: Any) -> str:
    text = check.text(name, value, 5, 80)
    if not text.endswith(".svg") or "/" in text or "\\" in text or text.startswith("."):
        raise check.fail(name, f"must be an .svg file name without folders, not {text!r}")
    return text


def load_exercise(path: Path) -> Exercise:
    """Read and validate one exercise file."""
    return parse_exercise(path.stem, _load_json(path), path.name)


# --- routines -----------------------------------------------------------------


def parse_step(data: Any, name: str, exercises: dict[str, Exercise], source: str) -> Step:
    """Validate one parsed step (``name`` is its place, e.g. ``steps[2]``)."""
    check = _Checker(source)
    data = check.obj(name, data, {"exercise"}, {"side", "duration_s", "reps", "pace_s", "rest_s"})
    key = data["exercise"]
    if not isinstance(key, str) or key not in exercises:
        raise check.fail(f"{name}.exercise", f"unknown exercise {key!r}")
    side = data.get("side", "both")
    if side not in SIDES:
        raise check.fail(f"{name}.side", f"must be left, right or both, not {side!r}")
    if side != "both" and not exercises[key].sided:
        raise check.fail(f"{name}.side", f"{exercises[key].name} has no sides; use both")
    timed = "duration_s" in data
    counted = "reps" in data or "pace_s" in data
    if timed == counted:
        raise check.fail(name, "needs duration_s, or reps with pace_s (not both)")
    duration = reps = pace = None
    if timed:
        duration = check.number(f"{name}.duration_s", data["duration_s"], DURATION_RANGE)
    else:
        if "reps" not in data or "pace_s" not in data:
            missing = "reps" if "reps" not in data else "pace_s"
            raise check.fail(f"{name}.{missing}", "is missing (reps and pace_s go together)")
        reps = check.number(f"{name}.reps", data["reps"], REPS_RANGE)
        pace = float(check.number(f"{name}.pace_s", data["pace_s"], PACE_RANGE, whole=False))
        if reps * pace > DURATION_RANGE[1]:
            raise check.fail(name, f"lasts {reps * pace:g} s; at most {DURATION_RANGE[1]} s fit")
    rest = check.number(f"{name}.rest_s", data.get("rest_s", 0), REST_RANGE)
    return Step(key, side, duration, reps, pace, rest)


def parse_routine(
    key: str, data: Any, exercises: dict[str, Exercise], source: str, read_only: bool = False
) -> Routine:
    """Validate parsed routine JSON against the exercise library.

    Raises:
        RoutineFileError: Naming ``source``, the field and the problem.
    """
    check = _Checker(source)
    data = check.obj("", data, {"name", "steps"}, {"description", "schema"})
    steps = data["steps"]
    if not isinstance(steps, list):
        raise check.fail("steps", f"must be a list [...], not {_kind(steps)}")
    if not 1 <= len(steps) <= MAX_STEPS:
        raise check.fail("steps", f"must have 1 to {MAX_STEPS} steps, not {len(steps)}")
    return Routine(
        key=key,
        name=check.text("name", data["name"], 1, MAX_NAME),
        description=check.text("description", data.get("description", ""), 0, MAX_DESCRIPTION),
        steps=tuple(
            parse_step(step, f"steps[{i + 1}]", exercises, source) for i, step in enumerate(steps)
        ),
        read_only=read_only,
    )


def routine_problems(path: Path, exercises: dict[str, Exercise]) -> list[RoutineFileError]:
    """Return every problem in a routine file (each step checked on its own), or ``[]``."""
    try:
        data = _load_json(path)
        check = _Checker(path.name)
        data = check.obj("", data, {"name", "steps"}, {"description", "schema"})
    except RoutineFileError as exc:
        return [exc]
    problems = []
    steps = data["steps"]
    try:
        parse_routine(
            path.stem,
            {**data, "steps": steps[:1] if isinstance(steps, list) else steps},
            exercises,
            path.name,
        )
    except RoutineFileError as exc:
        if not exc.field.startswith("steps["):
            problems.append(exc)
    if isinstance(steps, list):
        for i, step in enumerate(steps):
            try:
                parse_step(step, f"steps[{i + 1}]", exercises, path.name)
            except RoutineFileError as exc:
                problems.append(exc)
        if len(steps) > MAX_STEPS:
            problems.append(
                check.fail("steps", f"must have 1 to {MAX_STEPS} steps, not {len(steps)}")
            )
    return problems


def load_routine(
    path: Path, exercises: dict[str, Exercise], key: str | None = None, read_only: bool = False
) -> Routine:
    """Read and validate one routine file."""
    routine = parse_routine(
        key or path.stem, _load_json(path), exercises, path.name, read_only=read_only
    )
    return Routine(
        routine.key, routine.name, routine.description, routine.steps, routine.read_only, path
    )


def total_seconds(routine: Routine, get_ready_s: float = 0) -> float:
    """Return how long a routine takes: get-ready, steps and the rests between them."""
    steps = routine.steps
    rests = sum(step.rest_s for step in steps[:-1])
    return get_ready_s + sum(step.length_s for step in steps) + rests
