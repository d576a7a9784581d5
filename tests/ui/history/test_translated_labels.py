"""The History day and the undo steps name stored things by their labels, in the language shown.

A stretch session keeps its routine's English name and its outcome's key, a check-in its
sleep key and its day factors' English names, a habit its English name: each is shown in
the person's language (a bundled routine's and a built-in factor's or habit's translation,
the person's own names as written), and an English run shows them as before.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QUndoStack

from mslog.core.diary import Diary
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.player import Player
from mslog.core.routines.schema import Routine
from mslog.core.routines.sessions import StretchSession
from mslog.platform.assets import resource_path
from mslog.ui.history import wording
from mslog.ui.main_window import MainWindow
from mslog.ui.operations.checkin import CheckinOperations
from mslog.ui.operations.stretches import _what
from tests.helpers.stubs import LONDON, FakeClock
from tests.ui.history.test_tab import open_history, shown_texts

TODAY = date(2026, 3, 11)
BEDTIME = "Gentle bedtime routine"
BEDTIME_DE = "Sanftes Programm vor dem Schlafen"
HEAT = "Hot weather or overheating"
HEAT_DE = "Hitze oder Überwärmung"


def _bedtime(diary: Diary) -> Routine:
    library = RoutineLibrary(resource_path(), diary.data_dir)
    (routine,) = [r for r in library.routines() if r.name == BEDTIME]
    assert routine.key.startswith("bundled/")
    return routine


def fill_today(diary: Diary, clock: FakeClock) -> None:
    """A stopped session of the bundled bedtime routine, a check-in with sleep and heat."""
    player = Player(_bedtime(diary), clock.monotonic)
    diary.stretches.track(player)
    player.start()
    clock.advance(30)
    player.update()
    player.stop()
    heat = next(f for f in diary.checkins.factors() if f.key == "heat")
    diary.checkins.update(TODAY, nrs=4, sleep="poor", factors=[heat.uuid])
    stretching = next(h for h in diary.checklists.habits.listed() if h.name == "Stretching")
    diary.checklists.habits.tick(stretching.uuid, TODAY)


def _session(key: str, name: str, outcome: str = "completed") -> StretchSession:
    started = datetime(2026, 3, 11, 9, 30, tzinfo=LONDON)
    return StretchSession("s", key, name, started, started, 300, outcome)


def test_a_german_history_day_names_the_routine_outcome_sleep_factor_and_habit(
    german, window: MainWindow, diary: Diary, clock: FakeClock, qtbot
):
    fill_today(diary, clock)
    tab = open_history(window, qtbot)
    texts = "\n".join(shown_texts(tab))
    assert BEDTIME_DE in texts
    assert BEDTIME not in texts
    assert "Vorzeitig beendet" in texts  # the player's own word for a session stopped
    assert "Schlaf: schlecht" in texts
    assert HEAT_DE in texts
    assert HEAT not in texts
    assert "Dehnen" in texts
    assert "Stretching" not in texts
    for english in ("Stopped early", "Sleep", "That day", "Completed"):
        assert english not in texts


def test_an_english_history_day_is_unchanged(
    window: MainWindow, diary: Diary, clock: FakeClock, qtbot
):
    fill_today(diary, clock)
    tab = open_history(window, qtbot)
    texts = shown_texts(tab)
    assert f"{BEDTIME} · Stopped early · 30 s" in texts
    assert f"Spasticity 4 of 10 · Sleep: poor · That day: {HEAT}" in texts
    assert "Stretching" in texts


def test_a_persons_own_names_stay_as_written_in_german(german):
    own = _session("custom/evening", BEDTIME, "partial")  # their own, named like a bundled one
    assert wording.session_text(own) == f"{BEDTIME} · Nicht beendet · 5 Min."
    bundled = _session("bundled/gentle_bedtime", BEDTIME, "completed")
    assert wording.session_text(bundled) == f"{BEDTIME_DE} · Geschafft · 5 Min."
    assert wording.session_text(_session("bundled/x", "Gone", "odd")) == "Gone · odd · 5 Min."


def test_the_stretch_operations_name_a_bundled_routine_in_german(german):
    said = _what(_session("bundled/gentle_bedtime", BEDTIME))
    assert BEDTIME_DE in said
    assert BEDTIME not in said
    assert "09:30" in said
    assert "März" in said
    assert BEDTIME in _what(_session("custom/mine", BEDTIME))


def test_the_stretch_operations_in_english_are_unchanged():
    said = _what(_session("bundled/gentle_bedtime", BEDTIME))
    assert said == f"the {BEDTIME} session at 09:30 on 11 March"


def test_a_built_in_factor_is_named_in_german_by_what_the_check_in_says(german, diary: Diary):
    ops = CheckinOperations(diary.checkins, QUndoStack())
    heard: list[str] = []
    ops.said.connect(heard.append)
    heat = next(f for f in diary.checkins.factors() if f.key == "heat")
    ops.remove_factor(heat)
    assert HEAT_DE in heard[-1]
    assert HEAT not in heard[-1]
    added = ops.add_factor("Lange Autofahrt").value
    assert "Lange Autofahrt" in heard[-1]
    renamed = ops.rename_factor(added, "Autofahrt").value
    assert renamed is not None
    assert renamed.name == "Autofahrt"
    assert "Lange Autofahrt" in heard[-1]
    assert "Autofahrt" in heard[-1]


def test_renaming_a_built_in_factor_shows_its_label_and_undo_restores_the_stored_name(
    german, diary: Diary
):
    stack = QUndoStack()
    ops = CheckinOperations(diary.checkins, stack)
    heard: list[str] = []
    ops.said.connect(heard.append)
    heat = next(f for f in diary.checkins.factors() if f.key == "heat")
    ops.rename_factor(heat, "Hitze")
    assert HEAT_DE in heard[-1]
    assert HEAT not in heard[-1]
    assert HEAT_DE in stack.undoText()
    stack.undo()
    assert diary.checkins.get_factor(heat.uuid).name == HEAT  # the diary keeps the English
