"""Routine and exercise files: the bundled ones validate, broken ones are named and skipped."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from mslog.core.routines import wording
from mslog.core.routines.library import RoutineLibrary, load_exercises
from mslog.core.routines.player import GET_READY_S
from mslog.core.routines.schema import RoutineFileError, Step, total_seconds
from mslog.platform.assets import resource_path

RESOURCES = resource_path()


@pytest.fixture
def library(data_dir: Path) -> RoutineLibrary:
    return RoutineLibrary(RESOURCES, data_dir)


def test_every_bundled_exercise_and_routine_validates(library: RoutineLibrary):
    assert library.problems == []
    assert len(library.exercises) >= 10
    names = {r.name for r in library.routines()}
    assert {
        "Daily 5-minute routine",
        "Seated / wheelchair routine",
        "Gentle bedtime routine",
    } <= names
    for routine in library.routines():
        assert routine.read_only
        assert routine.key.startswith("bundled/")


def test_every_exercise_has_instructions_and_existing_frames(library: RoutineLibrary):
    for exercise in library.exercises.values():
        assert 3 <= len(exercise.instructions) <= 5
        assert len(exercise.frames) >= 2
        for frame in exercise.frames:
            assert (library.illustrations / frame).is_file(), frame


def test_daily_routine_has_both_sided_ankles_and_calves_and_lasts_about_five_minutes(
    library: RoutineLibrary,
):
    daily = next(r for r in library.routines() if r.name == "Daily 5-minute routine")
    pairs = {(s.exercise, s.side) for s in daily.steps}
    for exercise in ("ankle_rolls", "calf_stretch"):
        assert {(exercise, "left"), (exercise, "right")} <= pairs
    assert 4 * 60 + 30 <= total_seconds(daily, GET_READY_S) <= 5 * 60 + 30


def write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


GOOD_STEP = {"exercise": "calf_stretch", "side": "left", "duration_s": 30}


def routine(*steps: dict, **extra: object) -> dict:
    return {"name": "X", "steps": list(steps), **extra}


def calf(**changes: object) -> dict:
    return {**GOOD_STEP, **changes}


def pumps(**changes: object) -> dict:
    return {"exercise": "foot_pumps", **changes}


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ("{not json", "file", "not valid JSON"),
        ([], "", "must be an object"),
        ({"steps": [GOOD_STEP]}, "name", "is missing"),
        (routine(), "steps", "1 to 40 steps"),
        (routine(GOOD_STEP, colour="red"), "colour", "unknown field"),
        (routine(calf(exercise="cartwheel")), "steps[1].exercise", "unknown exercise"),
        (routine(calf(side="up")), "steps[1].side", "left, right or both"),
        (routine(GOOD_STEP, calf(duration_s=2)), "steps[2].duration_s", "from 5 to 600"),
        (routine(calf(duration_s="30")), "steps[1].duration_s", "whole number"),
        (routine(calf(reps=5, pace_s=2)), "steps[1]", "not both"),
        (routine(pumps(reps=5)), "steps[1].pace_s", "is missing"),
        (routine(pumps(side="left", reps=5, pace_s=2)), "steps[1].side", "has no sides"),
        (routine(calf(rest_s=-1)), "steps[1].rest_s", "from 0 to 300"),
    ],
)
def test_broken_routine_files_name_the_file_field_and_problem(
    library: RoutineLibrary, tmp_path: Path, data, field: str, words: str
):
    path = write(tmp_path, "broken.json", data)
    with pytest.raises(RoutineFileError) as caught:
        library.check_file(path)
    assert caught.value.source == "broken.json"
    assert caught.value.field == field
    assert words in caught.value.problem
    assert str(caught.value).startswith(f"broken.json: {field}: ")


def test_broken_exercise_file_is_named(tmp_path: Path):
    write(
        tmp_path,
        "wobble.json",
        {"name": "Wobble", "sided": "yes", "instructions": [], "frames": []},
    )
    exercises, problems = load_exercises(tmp_path)
    assert exercises == {}
    assert [(p.source, p.field) for p in problems] == [("wobble.json", "sided")]


def test_a_broken_custom_routine_is_skipped_and_the_others_load(
    library: RoutineLibrary, data_dir: Path
):
    write(data_dir / "routines", "a-broken.json", {"name": "Broken", "steps": "lots"})
    write(data_dir / "routines", "b-fine.json", {"name": "Mine", "steps": [GOOD_STEP]})
    library.reload()
    assert [p.source for p in library.problems] == ["a-broken.json"]
    assert library.problems[0].field == "steps"
    assert "Mine" in {r.name for r in library.routines()}
    assert len(library.routines()) == 4


def test_duplicate_edit_save_and_reload_a_custom_routine(library: RoutineLibrary, data_dir: Path):
    daily = library.get("bundled/daily_5_minutes")
    copy = library.duplicate(daily)
    assert copy.name == "Daily 5-minute routine (my copy)"
    assert not copy.read_only
    steps = list(copy.steps)
    steps.reverse()
    steps[0] = Step("wrist_stretch", "right", duration_s=45, rest_s=0)
    saved = library.save(replace(copy, steps=tuple(steps)))
    assert saved.key.startswith("custom/")
    assert (data_dir / "routines" / f"{saved.key.split('/')[1]}.json").is_file()
    again = RoutineLibrary(RESOURCES, data_dir).get(saved.key)
    assert again.steps[0] == Step("wrist_stretch", "right", duration_s=45, rest_s=0)
    assert again.steps[1:] == tuple(reversed(daily.steps))[1:]
    assert library.get("bundled/daily_5_minutes") == daily  # the original is untouched


def test_saving_twice_keeps_one_file_and_names_stay_unique(library: RoutineLibrary, data_dir: Path):
    first = library.save(library.new())
    renamed = library.save(replace(first, name="Renamed"))
    assert renamed.key == first.key
    second = library.save(library.new())
    assert second.key != first.key
    assert len(list((data_dir / "routines").glob("*.json"))) == 2
    library.delete(second)
    assert len(list((data_dir / "routines").glob("*.json"))) == 1


def test_bundled_routines_are_read_only(library: RoutineLibrary):
    daily = library.get("bundled/daily_5_minutes")
    with pytest.raises(RoutineFileError, match="cannot be changed"):
        library.save(daily)
    with pytest.raises(RoutineFileError, match="cannot be deleted"):
        library.delete(daily)


def test_an_invalid_custom_routine_is_not_written(library: RoutineLibrary, data_dir: Path):
    bad = library.new()
    bad = replace(bad, steps=(Step("calf_stretch", "left", duration_s=9999),))
    with pytest.raises(RoutineFileError) as caught:
        library.save(bad)
    assert caught.value.field == "steps[1].duration_s"
    assert not (data_dir / "routines").exists() or not any((data_dir / "routines").iterdir())


# --- safety of the bundled routines ---------------------------------------------------

# Exercises done as a movement, not held still: their timed steps are no static hold.
MOVEMENTS = {"ankle_rolls", "foot_pumps", "shoulder_rolls", "knee_rolls"}
# Exercises done sitting, so possibly in a wheelchair.
SEATED = {
    "ankle_rolls", "calf_stretch", "foot_pumps", "hamstring_stretch", "inner_thigh_stretch",
    "neck_side_bend", "shoulder_rolls", "trunk_rotation",
}  # fmt: skip


def test_every_static_hold_lasts_30_seconds_and_every_routine_about_five_minutes(
    library: RoutineLibrary,
):
    bundled = [r for r in library.routines() if r.read_only]
    assert len(bundled) == 3
    for routine in bundled:
        holds = [s for s in routine.steps if s.exercise not in MOVEMENTS]
        assert holds, routine.name
        for step in holds:
            assert step.duration_s is not None, (routine.name, step)
            assert step.duration_s >= 30, (routine.name, step)
        assert 4 * 60 <= total_seconds(routine, GET_READY_S) <= 6 * 60, routine.name
    daily = next(r for r in bundled if r.name == "Daily 5-minute routine")
    assert 4 * 60 + 30 <= total_seconds(daily, GET_READY_S) <= 5 * 60 + 30


def test_a_hold_is_repeated_where_a_routine_has_time_for_it(library: RoutineLibrary):
    bedtime = next(r for r in library.routines() if r.name == "Gentle bedtime routine")
    done = [(s.exercise, s.side) for s in bedtime.steps]
    assert any(done.count(pair) > 1 for pair in done)


def test_side_specific_instructions_name_the_side(library: RoutineLibrary):
    sided = [e for e in library.exercises.values() if e.sided]
    assert len(sided) >= 7
    for exercise in sided:
        for side in ("left", "right"):
            lines = wording.instruction_lines(Step(exercise.key, side, 30), exercise)
            text = " ".join(lines)
            assert f"{side} {exercise.limb}" in text, (exercise.key, lines)
            assert "{" not in text
            for vague in ("one leg", "one foot", "one arm", "one side", "the other leg"):
                assert vague not in text.lower(), (exercise.key, vague)
    hip = library.exercises["hip_flexor_stretch"]
    lines = wording.instruction_lines(Step("hip_flexor_stretch", "left", 30), hip)
    assert lines[0] == "Lie on your back on a firm bed, with your left leg nearest the edge."
    assert lines[1] == "Hug the knee of your right leg towards your chest."


def test_seated_steps_say_brakes_on_and_sit_well_back(library: RoutineLibrary):
    for key in SEATED:
        text = " ".join(library.exercises[key].instructions).lower()
        assert "brakes on" in text, key
        if key not in {"neck_side_bend", "shoulder_rolls"}:
            assert "well back" in text, key


def test_the_off_the_bed_hip_stretch_asks_for_someone_nearby_and_warns_of_spasms(
    library: RoutineLibrary,
):
    cautions = " ".join(library.exercises["hip_flexor_stretch"].cautions)
    assert "someone nearby" in cautions
    assert "spasm" in cautions
