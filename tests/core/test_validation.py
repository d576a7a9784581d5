"""One way to check files a person edits: MSLog's checker and the published JSON Schemas agree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from mslog.core.routines.library import load_exercises
from mslog.core.routines.schema import RoutineFileError, parse_exercise, parse_routine
from mslog.core.validation import Checker, FieldError
from mslog.platform.assets import resource_path

SCHEMAS = resource_path("schemas")
EXERCISES, _ = load_exercises(resource_path("exercises"))


def schema(kind: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))


def validator(kind: str) -> Any:
    return jsonschema.Draft202012Validator(schema(kind))


def shipped(folder: str) -> list[Path]:
    return sorted(resource_path(folder).glob("*.json"))


# --- the shared checker -------------------------------------------------------


def test_every_problem_names_its_place_in_the_file():
    check = Checker().at("steps").at(2).at("duration_s")
    with pytest.raises(FieldError) as caught:
        check.whole(900, 5, 600, "seconds")
    assert str(caught.value) == "steps[2].duration_s: must be from 5 to 600 seconds, not 900"
    with pytest.raises(FieldError, match=r"^tables\.spasm: must be an object \{\.\.\.\}, not null"):
        Checker("tables").at("spasm").object(None, ())


def test_unknown_keys_are_refused_and_missing_ones_named():
    with pytest.raises(FieldError) as caught:
        Checker().object({"name": "X", "colour": "red"}, ("name",), ("description",))
    assert (caught.value.path, caught.value.problem) == (
        "colour",
        "unknown field (expected one of: description, name)",
    )
    with pytest.raises(FieldError, match=r"^name: is missing$"):
        Checker().object({}, ("name",))
    assert Checker().object({"x": 1}, (), others=True) == {"x": 1}


def test_problems_in_separate_parts_are_all_collected():
    check = Checker()
    assert check.apart(check.at("name").line, "  Calf  stretch ", 1, 60) == "Calf stretch"
    assert check.apart(check.at("sided").boolean, "yes") is None
    assert check.apart(check.at("limb").choice, None, ("leg", "arm", "side")) is None
    assert [str(p) for p in check.problems] == [
        "sided: must be true or false, not 'yes'",
        "limb: must be leg, arm or side, not null",
    ]


# --- the published schemas ----------------------------------------------------


@pytest.mark.parametrize("kind", ["routine", "exercise"])
def test_the_published_schemas_are_valid_json_schemas(kind: str):
    published = schema(kind)
    jsonschema.Draft202012Validator.check_schema(published)
    assert published["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert published["$id"] == f"urn:mslog:schema:{kind}"
    assert published["title"]
    assert published["description"]
    for name, field in published["properties"].items():
        assert field.get("description"), f"{kind}.{name} has no description for editors"


@pytest.mark.parametrize(
    ("kind", "path"),
    [("routine", p) for p in shipped("routines")] + [("exercise", p) for p in shipped("exercises")],
    ids=lambda value: value.name if isinstance(value, Path) else value,
)
def test_every_shipped_file_validates_against_its_schema(kind: str, path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    errors = [e.message for e in validator(kind).iter_errors(data)]
    assert errors == []
    assert data["$schema"] == f"../schemas/{kind}.schema.json"  # editors find it from the file
    assert (path.parent / data["$schema"]).resolve() == (SCHEMAS / f"{kind}.schema.json").resolve()


def test_the_routine_schema_knows_the_exercise_library():
    step = schema("routine")["$defs"]["step"]
    assert step["properties"]["exercise"]["enum"] == sorted(EXERCISES)
    not_sided = step["if"]["properties"]["exercise"]["enum"]
    assert not_sided == sorted(key for key, e in EXERCISES.items() if not e.sided)


# --- bad files: both refuse, and MSLog names the field ------------------------

CALF = {"exercise": "calf_stretch", "side": "left", "duration_s": 30}


def routine(*steps: dict, **extra: Any) -> dict[str, Any]:
    return {"name": "Mine", "steps": list(steps or [CALF]), **extra}


def calf(**changes: Any) -> dict[str, Any]:
    return {**CALF, **changes}


def pumps(**changes: Any) -> dict[str, Any]:
    return {"exercise": "foot_pumps", **changes}


def exercise(**changes: Any) -> dict[str, Any]:
    good = json.loads(resource_path("exercises", "calf_stretch.json").read_text(encoding="utf-8"))
    return {key: value for key, value in {**good, **changes}.items() if value is not ...}


BAD_ROUTINES = [
    ([], ""),
    ({"steps": [CALF]}, "name"),
    (routine(name=""), "name"),
    (routine(name="   "), "name"),
    (routine(name="x" * 61), "name"),
    (routine(description="x" * 301), "description"),
    (routine(colour="red"), "colour"),
    (routine(**{"$schema": 5}), "$schema"),
    ({"name": "Mine", "steps": []}, "steps"),
    ({"name": "Mine", "steps": "lots"}, "steps"),
    (routine(*[CALF] * 41), "steps"),
    (routine(calf(exercise="cartwheel")), "steps[1].exercise"),
    (routine(CALF, calf(side="up")), "steps[2].side"),
    (routine(calf(side=None)), "steps[1].side"),
    (routine(calf(duration_s=2)), "steps[1].duration_s"),
    (routine(CALF, CALF, calf(duration_s=900)), "steps[3].duration_s"),
    (routine(calf(duration_s="30")), "steps[1].duration_s"),
    (routine(calf(reps=5, pace_s=2)), "steps[1]"),
    (routine(pumps()), "steps[1]"),
    (routine(pumps(reps=5)), "steps[1].pace_s"),
    (routine(pumps(reps=0, pace_s=2)), "steps[1].reps"),
    (routine(pumps(reps=5, pace_s=25)), "steps[1].pace_s"),
    (routine(pumps(side="left", reps=5, pace_s=2)), "steps[1].side"),
    (routine(calf(rest_s=-1)), "steps[1].rest_s"),
    (routine(calf(rest_s=301)), "steps[1].rest_s"),
    (routine(calf(colour="red")), "steps[1].colour"),
]

BAD_EXERCISES = [
    ("calf", ""),
    (exercise(frames=...), "frames"),
    (exercise(colour="red"), "colour"),
    (exercise(name=""), "name"),
    (exercise(sided="yes"), "sided"),
    (exercise(instructions=["Sit.", "Stretch."]), "instructions"),
    (exercise(instructions=["Sit."] * 6), "instructions"),
    (exercise(instructions=["Sit.", "", "Hold."]), "instructions[1]"),
    (exercise(cautions=["Careful."] * 6), "cautions"),
    (exercise(cautions=["x" * 201]), "cautions[0]"),
    (exercise(variant=""), "variant"),
    (exercise(variant=3), "variant"),
    (exercise(limb="tail"), "limb"),
    (exercise(frames=["calf_stretch_1.svg"]), "frames"),
    (exercise(frames=["calf_stretch_1.svg", "pose.png"]), "frames[1]"),
    (exercise(frames=["../calf_stretch_1.svg", "b.svg"]), "frames[0]"),
    (exercise(frames=["poses/calf.svg", "b.svg"]), "frames[0]"),
]


@pytest.mark.parametrize(("data", "field"), BAD_ROUTINES)
def test_a_bad_routine_is_refused_by_the_schema_and_named_by_mslog(data: Any, field: str):
    assert not validator("routine").is_valid(data)
    with pytest.raises(RoutineFileError) as caught:
        parse_routine("mine", data, EXERCISES, "mine.json")
    assert caught.value.field == field
    assert str(caught.value).startswith(f"mine.json: {field}: ")


@pytest.mark.parametrize(("data", "field"), BAD_EXERCISES)
def test_a_bad_exercise_is_refused_by_the_schema_and_named_by_mslog(data: Any, field: str):
    assert not validator("exercise").is_valid(data)
    with pytest.raises(RoutineFileError) as caught:
        parse_exercise("wobble", data, "wobble.json")
    assert caught.value.field == field
    assert str(caught.value).startswith(f"wobble.json: {field}: ")


def test_a_schema_key_is_accepted_and_ignored():
    data = routine(**{"$schema": "../schemas/routine.schema.json"})
    assert validator("routine").is_valid(data)
    plain = parse_routine("mine", routine(), EXERCISES, "mine.json")
    assert parse_routine("mine", data, EXERCISES, "mine.json") == plain
