"""The stretch texts in the person's language: the bundled files' words, sides and wording.

The exercise and routine files stay English (their texts are keys into the catalogue); a
German run shows and says German, with each side as one phrase of the language.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from mslog.core.routines import content_texts, wording
from mslog.core.routines.figure import side_label
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.player import Player, skip_reason_label
from mslog.core.routines.schema import Exercise, Routine, Step
from mslog.platform.assets import resource_path
from mslog.platform.language import LANGUAGES, catalogue

ROOT = Path(__file__).resolve().parents[3]
TOOL = ROOT / "tools" / "make_content_texts.py"
# The contexts of the stretch texts (core and the Stretch tab).
CONTEXTS = {
    "exercise",
    "routine",
    "side",
    "side_in_sentence",
    "skip_reason",
    "stretch_outcome",
    "StretchWording",
    "Routines",
}


@pytest.fixture
def library(tmp_path: Path) -> RoutineLibrary:
    return RoutineLibrary(resource_path(), tmp_path)


@pytest.fixture
def german() -> Iterator[None]:
    from mslog.platform.translators import use_language_without_app

    restore = use_language_without_app("de")
    yield
    restore()


def _speaking(language: str):
    from mslog.platform.translators import use_language_without_app

    return use_language_without_app(language)


def english_sources() -> set[str]:
    """The English texts of the stretch contexts that read as words (two or more)."""
    root = ET.parse(catalogue("de", ".ts")).getroot()
    found = set()
    for context in root.iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            bare = re.sub(r"\{\w+\}|%n", "", source)
            if len(re.findall(r"[A-Za-z]{2,}", bare)) >= 2:
                found.add(bare.strip(" .,:;"))
    return found


def everything_said(library: RoutineLibrary) -> list[str]:
    """Every text the player shows or says for every step of every bundled routine."""
    said: list[str] = []
    for routine in library.routines():
        said += [wording.routine_name(routine), wording.routine_description(routine)]
        for step in routine.steps:
            exercise = library.exercises[step.exercise]
            said += [
                wording.step_title(step, exercise),
                wording.announcement(step, exercise),
                wording.rest_announcement(step, exercise),
                wording.variant(exercise),
                *wording.instruction_lines(step, exercise),
                *wording.cautions(exercise),
            ]
            if step.side != "both":
                said.append(wording.switch_announcement(step, exercise))
        player = Player(routine, lambda: 0.0)
        player.start()
        said += [wording.progress_line(player.snapshot()), wording.phase_heading(player.snapshot())]
    return [text for text in said if text]


def test_the_content_module_is_current_with_the_bundled_files():
    done = subprocess.run(
        [sys.executable, str(TOOL), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_every_text_a_bundled_file_shows_is_marked_for_the_catalogue(library: RoutineLibrary):
    marked = set(content_texts.EXERCISE_TEXTS)
    for exercise in library.exercises.values():
        texts = [exercise.name, *exercise.instructions, *exercise.cautions]
        texts += [exercise.variant] if exercise.variant else []
        assert set(texts) <= marked, exercise.key
    for routine in library.routines():
        assert {routine.name, routine.description} <= set(content_texts.ROUTINE_TEXTS)


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_each_language_words_every_side_of_every_instruction(
    library: RoutineLibrary, language: str
):
    restore = _speaking(language)
    try:
        for exercise in library.exercises.values():
            english = list(exercise.instructions)
            for side in ("left", "right", "both") if exercise.sided else ("both",):
                lines = wording.instruction_lines(Step(exercise.key, side, 30), exercise)
                for line, source in zip(lines, english, strict=True):
                    assert "{" not in line, (language, exercise.key, line)
                    assert line != source, (language, exercise.key, "left in English")
                    if "{side}" in source and side != "both":
                        phrase = exercise.side_in_sentence(side)
                        assert phrase in line, (language, exercise.key, line)
            # The side's own words: one phrase, never the English glued to a translation.
            for side in ("left", "right", "both"):
                assert exercise.limb not in exercise.side_label(side).split(), language
    finally:
        restore()


def test_a_german_run_shows_and_says_german(german, library: RoutineLibrary):
    ankle = library.exercises["ankle_rolls"]
    left = Step("ankle_rolls", "left", duration_s=20)
    assert wording.step_title(left, ankle) == "Fußkreisen, linkes Bein"
    assert wording.announcement(left, ankle) == "Fußkreisen, linkes Bein, 20 Sekunden"
    assert wording.switch_announcement(left, ankle) == "Seitenwechsel: linkes Bein"
    assert wording.instruction_lines(left, ankle)[1] == (
        "Heben Sie Ihr linkes Bein etwas an oder lassen Sie die Ferse auf dem Boden."
    )
    wrist = library.exercises["wrist_stretch"]
    assert wording.instruction_lines(Step("wrist_stretch", "right", 30), wrist)[0] == (
        "Strecken Sie Ihren rechten Arm nach vorn, die Handfläche nach unten."
    )
    pumps = library.exercises["foot_pumps"]
    assert wording.amount(Step("foot_pumps", reps=15, pace_s=2)) == "15-mal"
    assert wording.step_title(Step("foot_pumps", reps=15, pace_s=2), pumps) == "Fußwippen"
    assert [side_label(s) for s in ("left", "right", "both")] == ["LINKS", "RECHTS", "BEIDE"]
    assert skip_reason_label("spasm") == "Ein Spasmus"
    daily = library.get("bundled/daily_5_minutes")
    assert wording.routine_name(daily) == "Tägliches 5-Minuten-Programm"
    player = Player(daily, lambda: 0.0)
    player.start()
    assert wording.progress_line(player.snapshot()) == "Schritt 1 von 8 · noch 5:05"
    assert wording.phase_heading(player.snapshot()) == "Bereit machen"


def test_no_english_sentence_is_left_in_a_german_run(german, library: RoutineLibrary):
    sources = english_sources()
    assert len(sources) > 80  # the exercises' texts are among them
    said = everything_said(library)
    left = [(source, text) for text in said for source in sources if source in text]
    assert left == []


def test_the_files_and_the_diary_keep_the_english_keys(german, library: RoutineLibrary):
    daily = library.get("bundled/daily_5_minutes")
    assert daily.name == "Daily 5-minute routine"  # stored and matched in English
    assert library.exercises["calf_stretch"].name == "Calf stretch"
    assert daily.to_json()["name"] == "Daily 5-minute routine"
    # A session keeps the key and the English name; it is shown in the language of the day.
    assert wording.bundled_text(daily.key, daily.name) == "Tägliches 5-Minuten-Programm"


def test_a_persons_own_routine_is_shown_as_written(german, library: RoutineLibrary):
    mine = Routine("custom/mine", "Daily 5-minute routine", "Calf stretch", (Step("foot_pumps"),))
    assert wording.routine_name(mine) == "Daily 5-minute routine"
    assert wording.routine_description(mine) == "Calf stretch"
    assert wording.bundled_text("custom/mine", "Gentle bedtime routine") == (
        "Gentle bedtime routine"
    )


def test_a_copy_of_a_bundled_routine_takes_the_words_the_person_saw(
    german, library: RoutineLibrary
):
    copy = library.duplicate(library.get("bundled/gentle_bedtime"))
    assert copy.name == "Sanftes Programm vor dem Schlafen (meine Kopie)"
    assert copy.description.startswith("Langsame Dehnungen im Liegen")
    assert library.new().name == "Mein Programm"


def test_english_stays_as_written_in_the_files(library: RoutineLibrary):
    calf = library.exercises["calf_stretch"]
    step = Step("calf_stretch", "right", duration_s=40)
    assert wording.announcement(step, calf) == "Calf stretch, right leg, 40 seconds"
    assert wording.instruction_lines(step, calf)[0] == (
        "Sit well back in a steady chair (in a wheelchair, put the brakes on) "
        "with your right leg out straight in front."
    )
    assert wording.amount(Step("x", duration_s=1)) == "1 second"
    assert side_label("left") == "LEFT"
    neck = Exercise("neck_side_bend", "Neck side bend", True, ("a {side}", "b", "c"))
    assert wording.instruction_lines(Step("neck_side_bend", "both", 20), neck)[0] == (
        "a chosen side"
    )
