"""What the operations say, and their undo steps, in the person's language.

Under the pseudo-language every translated text reads ⟦…⟧: a word of a status line, an
undo step ("Undo …" in the Edit menu) or what an undo or redo says that is outside the
brackets, and not the person's own words, was never wrapped. In German they read German.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtGui import QUndoStack

from mslog.core.checkin.wording import day_in_words
from mslog.core.checklists.experiments import day_text
from mslog.core.diary import Diary
from mslog.core.routines.player import Player
from mslog.ui.operations import Outcome
from mslog.ui.operations.diary import DiaryOperations
from tests.core.routines.test_sessions import ROUTINE
from tests.helpers.language import bare
from tests.helpers.stubs import LONDON, FakeClock

TODAY = date(2026, 3, 11)
YESTERDAY = date(2026, 3, 10)


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def ops(diary: Diary, stack: QUndoStack) -> DiaryOperations:
    return DiaryOperations(diary, stack)


class Heard:
    """Everything the operations said, and the person's own words they may hold."""

    def __init__(self, ops: DiaryOperations) -> None:
        self.said: list[str] = []
        for each in ops.each():
            each.said.connect(self.said.append)
        self.own: list[str] = []

    def left(self, text: str) -> str:
        for word in sorted(self.own, key=len, reverse=True):
            text = text.replace(word, " ")
        return text


def every_change(diary: Diary, ops: DiaryOperations, clock: FakeClock, own: list[str]):
    """Yield (what, make the change) for one change of each kind an operation makes."""
    checklists = diary.checklists
    med = checklists.medications.add(
        "Baclofen", times=["08:00", "20:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    morning, evening = checklists.doses.scheduled_on(TODAY)
    habit = checklists.habits.listed()[0]
    factor = diary.checkins.factors()[0]
    own += ["Baclofen 10 mg", "Baclofen", "Tizanidine", "Walk", "Stroll", habit.name]
    own += [factor.name, "Lioresal", "Dr Brown", ROUTINE.name, "drowsiness", "pain 7"]
    own += [day_in_words(TODAY), day_text(TODAY), day_text(date(2026, 3, 12))]
    spasm: dict[str, object] = {}

    def log() -> Outcome:
        outcome = ops.spasms.log()
        spasm["uuid"] = outcome.value.uuid
        return outcome

    yield "log a spasm", log
    yield (
        "move it",
        lambda: ops.spasms.move(spasm["uuid"], datetime(2026, 3, 11, 13, 0, tzinfo=LONDON)),
    )
    yield "delete it", lambda: ops.spasms.delete(spasm["uuid"])
    earlier = diary.spasms.log(started=datetime(2026, 3, 10, 9, 0, tzinfo=LONDON))
    yield "delete one of yesterday", lambda: ops.spasms.delete(earlier.uuid)
    yield "take a dose", lambda: ops.checklists.set_taken(morning, True)
    yield "skip a dose", lambda: ops.checklists.set_skipped(evening, True, "felt sick")
    own.append("felt sick")
    yield (
        "side effects of a dose",
        lambda: ops.checklists.note_side_effects(
            TODAY, ["drowsiness"], "", dose=checklists.doses.scheduled_on(TODAY)[0]
        ),
    )
    yield (
        "side effects of the day",
        lambda: ops.checklists.note_side_effects(TODAY, ["drowsiness"], ""),
    )
    yield "no side effects", lambda: ops.checklists.note_side_effects(TODAY, [], "")
    needed: dict[str, object] = {}

    def as_needed() -> Outcome:
        at = datetime(2026, 3, 11, 12, 0, tzinfo=LONDON)
        outcome = ops.checklists.log_as_needed(med.uuid, "Baclofen", at, 5)
        needed["uuid"] = outcome.value.uuid
        return outcome

    yield "an as-needed dose", as_needed
    yield "its removal", lambda: ops.checklists.remove_as_needed(needed["uuid"])
    added: dict[str, object] = {}

    def add_habit() -> Outcome:
        outcome = ops.checklists.add_habit("Walk")
        added["habit"] = outcome.value
        return outcome

    yield "add a habit", add_habit
    yield "rename it", lambda: ops.checklists.rename_habit(added["habit"], "Stroll")
    yield (
        "keep its name",
        lambda: ops.checklists.rename_habit(checklists.habits.get(added["habit"].uuid), "Stroll"),
    )
    yield "move it up", lambda: ops.checklists.move_habit(added["habit"], -1)
    yield "move it down", lambda: ops.checklists.move_habit(added["habit"], 1)
    yield "at the end", lambda: ops.checklists.move_habit(added["habit"], 1)
    yield "tick a habit", lambda: ops.checklists.set_habit_done(habit, TODAY, True)
    yield "untick it", lambda: ops.checklists.set_habit_done(habit, TODAY, False)
    yield (
        "retire a habit",
        lambda: ops.checklists.retire_habit(checklists.habits.get(added["habit"].uuid)),
    )
    new: dict[str, object] = {}

    def add_medication() -> Outcome:
        outcome = ops.medications.add("Tizanidine", times=["09:00"], amount=2, unit="mg")
        new["med"] = outcome.value
        own.append(outcome.value.history_text())
        return outcome

    yield "add a medication", add_medication
    yield "change it", lambda: ops.medications.revise(
        new["med"], name="Lioresal", reminders=False, effective_from=TODAY, times=["09:00"],
        amount=4, unit="mg",
    )  # fmt: skip
    own.append("4 mg")
    yield "nothing changed", lambda: ops.medications.revise(
        checklists.medications.get(new["med"].uuid), name="Lioresal", reminders=False,
        effective_from=TODAY, times=["09:00"], amount=4, unit="mg",
    )  # fmt: skip
    yield (
        "stop it",
        lambda: ops.medications.stop(
            checklists.medications.get(new["med"].uuid), date(2026, 3, 12)
        ),
    )
    yield "a check-in answer", lambda: ops.checkin.answer(YESTERDAY, "pain 7", pain=7)
    own.append(day_in_words(YESTERDAY))
    mine: dict[str, object] = {}

    def add_factor() -> Outcome:
        outcome = ops.checkin.add_factor("Cold")
        mine["factor"] = outcome.value
        return outcome

    own += ["Cold", "Frost"]
    yield "add a factor", add_factor
    yield "rename it", lambda: ops.checkin.rename_factor(mine["factor"], "Frost")
    yield (
        "remove it",
        lambda: ops.checkin.remove_factor(diary.checkins.get_factor(mine["factor"].uuid)),
    )
    trial: dict[str, object] = {}

    def plan() -> Outcome:
        outcome = ops.experiments.plan(habit.uuid, TODAY)
        trial["plan"] = outcome.value
        own.append(outcome.value.order_text())
        return outcome

    yield "plan a trial", plan
    yield "stop it", lambda: ops.experiments.stop(trial["plan"])
    visit: dict[str, object] = {}

    def appointment() -> Outcome:
        outcome = ops.appointments.add(date(2026, 3, 20), "Dr Brown")
        visit["it"] = outcome.value
        return outcome

    yield "an appointment", appointment
    yield "its removal", lambda: ops.appointments.delete(visit["it"])
    yield (
        "self-rated answers",
        lambda: ops.self_ratings.answer(TODAY, penn_frequency=1, penn_severity=1, snow=1),
    )
    treatment: dict[str, object] = {}

    def treat() -> Outcome:
        outcome = ops.treatments.add("botulinum_toxin", YESTERDAY, sites="left calf")
        treatment["it"] = outcome.value
        return outcome

    own.append("left calf")
    yield "a treatment", treat
    yield "its change", lambda: ops.treatments.update(treatment["it"], note="fine")
    yield (
        "its removal",
        lambda: ops.treatments.delete(checklists.treatments.get(treatment["it"].uuid)),
    )
    player = Player(ROUTINE, clock.monotonic)
    diary.stretches.track(player)
    player.start()
    clock.advance(30)
    player.update()
    player.stop()
    (session,) = diary.stretches.recent()
    yield "a stretch session removed", lambda: ops.stretches.remove(session)


def run_all(
    diary: Diary, ops: DiaryOperations, stack: QUndoStack, clock: FakeClock, check: Callable
) -> int:
    """Make every change, then undo and redo it, checking each text said or shown."""
    heard = Heard(ops)
    count = 0
    for what, change in every_change(diary, ops, clock, heard.own):
        before = stack.count()
        outcome = change()
        assert outcome.ok, (what, outcome.message)
        if outcome.message:
            check(heard, what, outcome.message)
        if stack.count() > before:  # an undo step: its text, and what undo and redo say
            check(heard, f"{what}: undo step", stack.undoText())
            stack.undo()
            check(heard, f"{what}: undone", heard.said[-1])
            stack.redo()
            check(heard, f"{what}: redone", heard.said[-1])
            count += 1
    return count


def test_what_every_operation_says_is_translated(
    pseudo, diary: Diary, ops: DiaryOperations, stack: QUndoStack, clock: FakeClock
):
    bare_texts = []

    def check(heard: Heard, what: str, text: str) -> None:
        if bare(heard.left(text)):
            bare_texts.append((what, text))

    steps = run_all(diary, ops, stack, clock, check)
    assert steps >= 30
    assert bare_texts == []


ENGLISH = re.compile(
    r"\b(Undo|Undone|Redone|Redo|Saved|Deleted|Removed|Moved|Added|Renamed|Changed|Recorded"
    r"|Planned|Stopped|brings it back|the spasm|log of|delete of|move of|tick of|untick of"
    r"|adding|removal of|renaming|moving|stopping|recording|removing|change of|is open again"
    r"|Nothing changed|keeps its name|already at)\b"
)


def test_the_operations_speak_german(
    german, diary: Diary, ops: DiaryOperations, stack: QUndoStack, clock: FakeClock
):
    english = []

    def check(heard: Heard, what: str, text: str) -> None:
        if ENGLISH.search(heard.left(text)):
            english.append((what, text))

    run_all(diary, ops, stack, clock, check)
    assert english == []
    said: list[str] = []
    ops.spasms.said.connect(said.append)
    outcome = ops.spasms.log(datetime(2026, 3, 11, 10, 5, tzinfo=LONDON))
    assert outcome.message.startswith("Gespeichert 10:05. Details können Sie unten ergänzen")
    assert stack.undoText() == "Eintrag des Spasmus um 10:05"
    stack.undo()
    assert said[-1] == "Der Spasmus um 10:05 ist entfernt. „Erneut“ stellt ihn wieder her."
