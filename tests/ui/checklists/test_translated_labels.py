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
from mslog.core.checklists.treatments import (
    BOTULINUM_TOXIN,
    KINDS,
    OTHER,
    PHYSIOTHERAPY,
    PUMP_REFILL,
)
from mslog.core.diary import Diary
from mslog.core.formatting import weekday_name
from mslog.ui.checklists.amounts import amount_text, read_amount
from mslog.ui.checklists.dialogs import (
    AsNeededDialog,
    HabitNameDialog,
    MomentDialog,
    ReasonDialog,
    SideEffectDialog,
    StopDialog,
)
from mslog.ui.checklists.experiment import PlanDialog, ResultDialog
from mslog.ui.checklists.med_dialog import MedicationDialog
from mslog.ui.checklists.refills import RefillBanner
from mslog.ui.checklists.reminders import ReminderBanner
from mslog.ui.checklists.treatments import TreatmentDialog
from mslog.ui.main_window import MainWindow
from tests.core.checklists.test_experiments import make_trial_diary
from tests.helpers.language import english_in, visible_texts
from tests.helpers.stubs import FakeClock

TODAY = date(2026, 3, 11)
# The person's own words (names, notes, sites), shown as written in every language.
DATA = ("Baclofen", "Tizanidine", "Gabapentin", "Evening stretch", "left calf", "Hydro")


def fill(diary: Diary, clock: FakeClock) -> None:
    """Four weeks of a trial, then medications, doses, side effects and treatments today."""
    stretch = diary.checklists.habits.add("Evening stretch").uuid
    make_trial_diary(diary, clock, stretch)
    today = diary.checklists.today()
    checklists = diary.checklists
    meds = checklists.medications
    meds.add("Baclofen", times=["08:00", "14:00"], amount=1.5, unit="mg", starts=today)
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


def short_weekdays() -> tuple[str, ...]:
    """The language's short weekday names ("So." is German for Sunday, not English "So")."""
    return tuple(weekday_name(day, short=True) for day in range(7))


def english(root: QWidget, language: str = "de") -> list[str]:
    """Return each text under ``root`` with an English word in it, and the words."""
    found = []
    for where, text in visible_texts(root):
        if where.startswith("TimeField("):
            continue  # the time field's own words: mslog/ui/widgets (tests/ui/widgets)
        if words := english_in(text, language, (*DATA, *short_weekdays())):
            found.append(f"{where}: {text!r} -> {words}")
    return found


def test_the_tab_in_german_has_no_english_words(german, qtbot, diary: Diary, clock: FakeClock):
    fill(diary, clock)
    window, tab = open_tab(qtbot, diary)
    assert tab.doses.as_needed_rows
    shown = {text for _where, text in visible_texts(tab)}
    assert "Tizanidine 2 mg · bei Bedarf" in shown  # the amount in its unit
    assert "Baclofen 1,5 mg" in shown  # the German decimal mark
    found = english(tab)
    tab.habits.edit_button.click()
    tab.treatments.more_button.click()
    found += english(tab)
    tab.show_day(diary.checklists.today() - timedelta(days=1))
    found += english(tab)
    assert found == [], "\n".join(found)
    del window


def test_each_dialog_in_german_has_no_english_words(german, qtbot, diary: Diary, clock: FakeClock):
    fill(diary, clock)
    window, tab = open_tab(qtbot, diary)
    today = diary.checklists.today()
    baclofen = next(m for m in diary.checklists.medications.all() if m.name == "Baclofen")
    found: list[str] = []
    scanned: list[type] = []

    def check(kind: type) -> QWidget:
        dialog = tab.dialog
        assert isinstance(dialog, kind)
        assert dialog.isVisible()
        found.extend(f"[{kind.__name__}] {line}" for line in english(dialog))
        scanned.append(kind)
        return dialog

    [early, late] = tab.doses.rows.values()
    tab.doses.ask_reason(early.dose)
    reason = check(ReasonDialog)
    assert reason.reason.currentText() == "Vergessen"  # the kept "Forgot", shown in German
    reason.reject()
    tab.doses.ask_taken_time(late.dose)
    moment = check(MomentDialog)
    moment.time_edit.setText("25:99")
    moment.accept()
    assert moment.error.isVisible()
    check(MomentDialog).reject()
    tab.doses.ask_side_effects(None)
    day = check(SideEffectDialog)
    assert day.windowTitle() == "Nebenwirkungen"
    day.reject()
    tab.doses.ask_side_effects(late.dose)
    check(SideEffectDialog).reject()
    tab.doses.ask_as_needed()
    needed = check(AsNeededDialog)
    needed.amount.setText("viel")
    needed.accept()
    assert needed.error.isVisible()
    check(AsNeededDialog).reject()
    tab.habits.ask_new_habit()
    named = check(HabitNameDialog)
    named.name.setText("Kühlpack")  # the core's caution for cold, in German
    assert named.caution.isVisible()
    check(HabitNameDialog).reject()
    massage = next(h for h in diary.checklists.habits.listed(today) if h.name == "Massage")
    tab.habits.ask_rename_habit(massage)
    renamed = check(HabitNameDialog)
    assert renamed.name.text() == "Massage"
    renamed.reject()
    tab.medications.ask_medication(None)
    added = check(MedicationDialog)
    assert "Baclofen" in [added.name.itemText(i) for i in range(added.name.count())]
    added.times.add_button.click()
    added.times.amounts[0].setText("x")
    added.save()
    assert added.error.isVisible()
    check(MedicationDialog).reject()
    tab.medications.ask_medication(baclofen)
    changed = check(MedicationDialog)
    assert changed.amount.text() == "1,5"  # the German decimal mark
    changed.reject()
    tab.medications.ask_stop(baclofen)
    check(StopDialog).reject()
    for kind in KINDS:
        tab.treatments.ask_treatment(None)
        dialog = tab.dialog
        assert isinstance(dialog, TreatmentDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        check(TreatmentDialog).reject()
    for treatment in diary.checklists.treatments.all()[:3]:
        tab.treatments.ask_treatment(treatment)
        check(TreatmentDialog).reject()
    tab.habits.trial.show_result()
    result = check(ResultDialog)
    assert result.lines[0].text().startswith("Versuch")
    result.reject()
    tab.habits.trial.ask_plan()
    check(PlanDialog).reject()
    assert len(scanned) == 24
    assert found == [], "\n".join(found)
    del window


def test_what_the_tab_says_in_german_has_no_english_words(
    german, qtbot, diary: Diary, clock: FakeClock
):
    fill(diary, clock)
    window, tab = open_tab(qtbot, diary)
    said: list[str] = []
    [early, late] = tab.doses.rows.values()

    def say() -> None:
        said.append(tab.status.text())

    tab.doses.set_day_side_effects(["dizziness"])
    say()
    tab.doses.set_day_side_effects([])
    say()
    tab.doses.ask_side_effects(late.dose)
    effects = tab.dialog
    assert isinstance(effects, SideEffectDialog)
    effects.kinds.set_selected(["nausea"])
    effects.save_button.click()
    say()
    tab.doses.ask_reason(early.dose)
    reason = tab.dialog
    assert isinstance(reason, ReasonDialog)
    reason.reason.setCurrentIndex(reason.reason.findText("Nebenwirkungen"))
    reason.save_button.click()
    say()
    assert diary.checklists.doses.scheduled_on(diary.checklists.today())[0].record.reason == (
        "Side effects"
    )
    massage = next(r for r in tab.habits.rows.values() if r.habit.name == "Massage")
    massage.button.click()
    say()
    tab.habits.trial.ask_plan()
    plan = tab.dialog
    assert isinstance(plan, PlanDialog)
    plan.habit.setCurrentIndex(plan.habit.findText("Massage"))
    plan.save_button.click()
    say()
    window.undo_stack.undo()
    say()
    tab.show_day(diary.checklists.today() - timedelta(days=1))
    tab.doses.set_day_side_effects(["weakness"])
    say()
    found = [f"{text!r} -> {w}" for text in said if (w := english_in(text, "de", DATA))]
    assert found == [], "\n".join(found)
    assert said[0] == "Nebenwirkungen heute: Schwindel. Rückgängig mit Strg+Z."
    assert "Massage" in said[4]
    del window


def test_the_banners_in_german_have_no_english_words(german, qtbot, diary: Diary, clock):
    fill(diary, clock)
    today = diary.checklists.today()
    at = datetime(today.year, today.month, today.day, 8)
    batch = ReminderBatch(
        tuple(
            Reminder("m", "Baclofen 1,5 mg", t, f"{today.isoformat()} {t}", at)
            for t in ("08:00", "14:00")
        )
    )
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show_batch(batch)
    refill = RefillBanner()
    qtbot.addWidget(refill)
    due = diary.checklists.treatments.refill_due()
    assert due is not None
    refill.show_due(due, today)
    found = english(banner) + english(refill)
    assert found == [], "\n".join(found)
    assert english_in(batch.title() + batch.text(), "de", DATA) == []


def test_amounts_read_with_either_mark_and_show_the_languages(german):
    assert amount_text(1.5) == "1,5"
    assert amount_text(1500) == "1500"  # no grouping: "1.500" would read back as 1.5
    assert amount_text(None) == ""
    assert read_amount("1,5") == read_amount("1.5") == 1.5
    assert read_amount(" 2,25 ") == 2.25
    assert read_amount("1.234,5") == 1234.5
    assert read_amount("") is None
    with pytest.raises(ValueError, match="viel"):
        read_amount("viel")


def test_amounts_in_english_are_unchanged():
    assert amount_text(1.5) == "1.5"
    assert amount_text(10) == "10"
    assert read_amount("1.5") == read_amount("1,5") == 1.5


def test_a_german_amount_is_saved_as_typed(german, qtbot, diary: Diary, clock: FakeClock):
    fill(diary, clock)
    window, tab = open_tab(qtbot, diary)
    baclofen = next(m for m in diary.checklists.medications.all() if m.name == "Baclofen")
    for typed, kept in (("2,5", 2.5), ("3.5", 3.5)):
        tab.medications.ask_medication(baclofen)
        dialog = tab.dialog
        assert isinstance(dialog, MedicationDialog)
        dialog.amount.setText(typed)
        assert dialog.save(), dialog.error.text()
        dialog.reject()
        baclofen = diary.checklists.medications.get(baclofen.uuid)
        version = baclofen.version_on(diary.checklists.today())
        assert version is not None
        assert version.amount == kept
    del window


def test_the_english_run_is_unchanged(qtbot, diary: Diary, clock: FakeClock):
    fill(diary, clock)
    window, tab = open_tab(qtbot, diary)
    assert tab.prev_button.text() == "◀  Day before"
    assert tab.prev_button.toolTip() == "Show the day before (Alt+Left)"
    assert tab.next_button.toolTip() == "Show the day after (Alt+Right)"
    tab.doses.set_day_side_effects(["dizziness"])
    assert tab.status.text() == "Side effects of today: dizziness. Undo with Ctrl+Z."
    [early, _late] = tab.doses.rows.values()
    tab.doses.ask_reason(early.dose)
    reason = tab.dialog
    assert isinstance(reason, ReasonDialog)
    reason.save_button.click()
    assert tab.status.text() == "08:00 Baclofen 1.5 mg: skipped: Forgot. Undo with Ctrl+Z."
    massage = next(r for r in tab.habits.rows.values() if r.habit.name == "Massage")
    massage.button.click()
    assert tab.status.text() == "Massage: done."
    del window
