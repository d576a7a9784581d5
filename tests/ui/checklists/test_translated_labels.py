"""A German run of the Checklists tab and its dialogs shows no English (issue 18).

The diary holds medications (scheduled, as needed, stopped), doses taken and skipped with
an offered reason, side effects, built-in and own habits, a finished trial, treatments and
a refill due: each of the core's texts shown on the tab (a habit's name, a treatment's
title, a medication's history, the progress line, the trial's plan and result, a refill's
reminder) must read in German too. The person's own words are left out of the look.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.checklists.reminders import Reminder, ReminderBatch
from mslog.core.checklists.treatments import BOTULINUM_TOXIN, OTHER, PHYSIOTHERAPY, PUMP_REFILL
from mslog.core.diary import Diary
from mslog.ui.checklists.refills import RefillBanner
from mslog.ui.checklists.reminders import ReminderBanner
from mslog.ui.main_window import MainWindow
from tests.core.checklists.test_experiments import make_trial_diary
from tests.helpers.language import english_in, speak, visible_texts
from tests.helpers.stubs import FakeClock

TODAY = date(2026, 3, 11)
# The person's own words (names, notes, sites), shown as written in every language.
DATA = ("Baclofen", "Tizanidine", "Gabapentin", "Evening stretch", "left calf", "Hydro")


@pytest.fixture
def german(qapp):
    """Speak German for this test; English again after it."""
    speak(qapp, "de")
    yield
    speak(qapp, "en")


def fill(diary: Diary, clock: FakeClock) -> None:
    """Four weeks of a trial, then medications, doses, side effects and treatments today."""
    stretch = diary.checklists.habits.add("Evening stretch").uuid
    make_trial_diary(diary, clock, stretch)
    today = diary.checklists.today()
    checklists = diary.checklists
    meds = checklists.medications
    meds.add("Baclofen", times=["08:00", "14:00"], amount=1.5, unit="tablets", starts=today)
    meds.add("Tizanidine", times=[], as_needed=True, amount=2, unit="mg", starts=today)
    stopped = meds.add("Gabapentin", times=["20:00"], starts=today - timedelta(days=6))
    meds.stop(stopped.uuid, today - timedelta(days=2))
    [early, late] = checklists.doses.scheduled_on(today)[:2]
    checklists.doses.mark_skipped(early.medication.uuid, early.slot_local, reason="Forgot")
    checklists.doses.mark_taken(late.medication.uuid, late.slot_local)
    checklists.effects.note(today, ["drowsiness", "nausea"])
    checklists.effects.note(
        today, ["dizziness"], medication_uuid=late.medication.uuid, slot_local=late.slot_local
    )
    as_needed = next(m for m in meds.all() if m.name == "Tizanidine")
    checklists.doses.log_as_needed(as_needed.uuid, clock.now(), amount=2)
    treatments = checklists.treatments
    treatments.add(BOTULINUM_TOXIN, today - timedelta(days=9), sites="left calf")
    treatments.add(PUMP_REFILL, today - timedelta(days=7), rate="120", next_refill=today)
    treatments.add(OTHER, today - timedelta(days=3), name="Hydro")
    for back in range(1, 4):
        treatments.add(PHYSIOTHERAPY, today - timedelta(days=back))


def open_tab(qtbot, diary: Diary) -> tuple[MainWindow, QWidget]:
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    return window, window.checklists_page.content


def english(root: QWidget, language: str = "de") -> list[str]:
    """Return each text under ``root`` with an English word in it, and the words."""
    found = []
    for where, text in visible_texts(root):
        if words := english_in(text, language, DATA):
            found.append(f"{where}: {text!r} -> {words}")
    return found


def test_the_tab_in_german_has_no_english_words(german, qtbot, diary: Diary, clock: FakeClock):
    fill(diary, clock)
    window, tab = open_tab(qtbot, diary)
    assert tab.doses.as_needed_rows
    found = english(tab)
    tab.habits.edit_button.click()
    tab.treatments.more_button.click()
    found += english(tab)
    tab.show_day(diary.checklists.today() - timedelta(days=1))
    found += english(tab)
    assert found == [], "\n".join(found)
    del window
