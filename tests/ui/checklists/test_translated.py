"""Every text of the Checklists tab goes through the catalogue (the pseudo-language run).

Under the pseudo-language every translated text reads ⟦…⟧; a word outside the brackets was
never wrapped. What the screens show of the core (a medication's history, the day's
progress, a treatment's name, a habit's caution, the trial's plan and result) and of the
window's operations (the status line) is another package's, listed as allowed here; what
the person typed is their own words. A German run shows the tab's own words in German.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.checklists.cautions import habit_caution
from mslog.core.checklists.model import COMMON_MEDICATIONS, SKIP_REASONS
from mslog.core.checklists.reminders import Reminder, ReminderBatch
from mslog.core.checklists.treatments import (
    BOTULINUM_TOXIN,
    KINDS,
    OTHER,
    PHYSIOTHERAPY,
    PUMP_REFILL,
)
from mslog.core.diary import Diary
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
from mslog.ui.widgets.time_field import TimeField
from tests.core.checklists.test_experiments import make_trial_diary
from tests.helpers.language import speak, unwrapped_texts
from tests.helpers.stubs import FakeClock

TODAY = date(2026, 3, 11)


@pytest.fixture
def filled(diary: Diary) -> Diary:
    """A diary with a scheduled, an as-needed and a stopped medication, and treatments."""
    meds = diary.checklists.medications
    meds.add("Baclofen", times=["08:00", "14:00"], amount=10, unit="mg", starts=date(2026, 3, 1))
    meds.add("Tizanidine", times=[], as_needed=True, amount=2, unit="mg", starts=TODAY)
    stopped = meds.add("Gabapentin", times=["20:00"], starts=date(2026, 3, 1))
    meds.stop(stopped.uuid, date(2026, 3, 5))
    treatments = diary.checklists.treatments
    treatments.add(BOTULINUM_TOXIN, date(2026, 3, 2), sites="left calf")
    treatments.add(PUMP_REFILL, date(2026, 3, 4), rate="120", next_refill=date(2026, 3, 15))
    for day in range(5, 11):
        treatments.add(PHYSIOTHERAPY, date(2026, 3, day))
    diary.checklists.habits.add("Evening stretch")
    return diary


def core_texts(diary: Diary, today: date = TODAY) -> set[str]:
    """Return what the core says on the tab, whole (another package converts these)."""
    checklists = diary.checklists
    found = set(SKIP_REASONS) | set(COMMON_MEDICATIONS) | set(KINDS.values())
    for medication in checklists.medications.all():
        found |= {medication.name, medication.history_text()}
    for treatment in checklists.treatments.all():
        found |= {treatment.title, treatment.detail()}
    for habit in checklists.habits.listed(today):
        found |= {habit.name, f"✓  {habit.name}", habit_caution(habit) or ""}
    found |= {dose.label for dose in checklists.doses.scheduled_on(today)}
    due = checklists.treatments.refill_due()
    if due is not None:
        found.add(due.text(today))
    return found - {""}


def open_tab(
    qtbot, diary: Diary, size: tuple[int, int] = (1280, 800)
) -> tuple[MainWindow, QWidget]:
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    return window, window.checklists_page.content


def scan(root: QWidget, diary: Diary, *also: str) -> list[str]:
    """The bare texts under ``root``, leaving out the core's and the time fields (widgets)."""
    return unwrapped_texts(root, core_texts(diary) | set(also), skip=(TimeField,))


def test_every_text_of_the_tab_is_translated(pseudo, qtbot, filled: Diary):
    window, tab = open_tab(qtbot, filled)
    [early, late] = tab.doses.rows.values()
    early.skip_button.click()
    late.taken_button.click()
    tab.doses.set_day_side_effects(["drowsiness"])
    tab.habits.edit_button.click()  # the rename, move and remove buttons
    uuid = next(m.uuid for m in filled.checklists.medications.all() if m.name == "Tizanidine")
    filled.checklists.doses.log_as_needed(uuid, filled.clock.now(), amount=2)
    tab.refresh()
    assert tab.doses.as_needed_rows
    assert tab.treatments.more_button.isVisible()
    allowed = {tab.status.text(), tab.progress.text()}
    assert scan(tab, filled, *allowed) == []
    tab.treatments.more_button.click()  # "Show the latest only"
    assert scan(tab.treatments, filled) == []
    tab.show_day(TODAY - timedelta(days=1))  # yesterday: the past day's hint
    assert scan(tab, filled, tab.progress.text(), tab.status.text()) == []
    tab.show_day(TODAY - timedelta(days=3))
    assert scan(tab, filled, tab.progress.text(), tab.status.text()) == []
    del window


def test_every_text_of_the_trial_is_translated(pseudo, qtbot, diary: Diary, clock: FakeClock):
    stretch = diary.checklists.habits.add("Evening stretch").uuid
    window, tab = open_tab(qtbot, diary)
    tab.habits.trial.ask_plan()
    assert isinstance(tab.dialog, PlanDialog)
    assert scan(tab.dialog, diary) == []
    tab.dialog.reject()
    make_trial_diary(diary, clock, stretch)
    tab.show_day(diary.checklists.today())
    trial = tab.habits.trial
    assert trial.result_button.isVisible()
    assert scan(trial, diary) == []  # "The trial of … ended on …" is the panel's own
    trial.show_result()
    dialog = tab.dialog
    assert isinstance(dialog, ResultDialog)
    lines = {label.text() for label in dialog.lines}  # the core's comparison
    assert scan(dialog, diary, *lines) == []
    dialog.reject()
    del window


def test_every_text_of_the_running_trial_is_translated(pseudo, qtbot, diary: Diary):
    stretch = diary.checklists.habits.add("Evening stretch").uuid
    diary.experiments.plan(stretch)
    window, tab = open_tab(qtbot, diary)
    trial = tab.habits.trial
    assert trial.stop_button.isVisible()
    # The week's plan is the core's line; its hint and buttons are the panel's own.
    assert scan(trial, diary, trial.line.text()) == []
    del window


def test_every_dialog_of_the_tab_is_translated(pseudo, qtbot, filled: Diary):
    window, tab = open_tab(qtbot, filled)
    baclofen = next(m for m in filled.checklists.medications.all() if m.name == "Baclofen")
    # The person's own words, typed into the dialogs below.
    typed = {"lots", "x", "Cool shower", "mg", "left calf", "120"}
    scanned: list[type] = []

    def check(kind: type, *also: str) -> QWidget:
        """Scan the dialog open now (shown, before it closes and goes)."""
        dialog = tab.dialog
        assert isinstance(dialog, kind)
        assert dialog.isVisible()
        assert scan(dialog, filled, *typed, *also) == [], kind.__name__
        scanned.append(kind)
        return dialog

    [early, late] = tab.doses.rows.values()
    early.skip_button.click()
    tab.doses.ask_reason(early.dose)
    check(ReasonDialog).reject()
    late.taken_button.click()
    tab.doses.ask_taken_time(tab.doses.rows[(baclofen.uuid, "2026-03-11 14:00")].dose)
    moment = check(MomentDialog)
    moment.time_edit.setText("25:99")
    moment.accept()  # "Not saved. {field}: {problem}" is the tab's, the problem the core's
    assert moment.error.isVisible()
    assert moment.error.text().startswith("⟦")
    check(MomentDialog, moment.error.text()).reject()
    tab.doses.ask_side_effects(None)
    check(SideEffectDialog).reject()
    tab.doses.ask_side_effects(late.dose)
    check(SideEffectDialog).reject()
    tab.doses.ask_as_needed()
    needed = check(AsNeededDialog)
    needed.amount.setText("lots")
    needed.accept()
    assert needed.error.isVisible()
    check(AsNeededDialog).reject()
    tab.habits.ask_new_habit()
    named = check(HabitNameDialog)
    named.name.setText("Cool shower")  # a cold habit's caution (the core's)
    check(HabitNameDialog, named.caution.text()).reject()
    tab.habits.ask_rename_habit(filled.checklists.habits.listed(TODAY)[0])
    check(HabitNameDialog).reject()
    tab.medications.ask_medication(None)
    added = check(MedicationDialog)
    added.times.add_button.click()
    added.times.amounts[0].setText("x")
    added.save()
    assert added.error.isVisible()
    check(MedicationDialog).reject()
    tab.medications.ask_medication(baclofen)
    check(MedicationDialog).reject()
    tab.medications.ask_stop(baclofen)
    check(StopDialog).reject()
    for kind in (OTHER, BOTULINUM_TOXIN, PUMP_REFILL):
        tab.treatments.ask_treatment(None)
        dialog = tab.dialog
        assert isinstance(dialog, TreatmentDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        check(TreatmentDialog).reject()
    tab.treatments.ask_treatment(filled.checklists.treatments.all()[0])
    check(TreatmentDialog).reject()
    assert len(scanned) == 18
    del window


def test_the_banners_are_translated(pseudo, qtbot, filled: Diary):
    batch = ReminderBatch(
        tuple(
            Reminder("m", "Baclofen 10 mg", at, f"2026-03-11 {at}", datetime(2026, 3, 11, 8))
            for at in ("08:00", "14:00")
        )
    )
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show_batch(batch)
    assert unwrapped_texts(banner, {r.text() for r in batch.reminders}) == []
    refill = RefillBanner()
    qtbot.addWidget(refill)
    due = filled.checklists.treatments.refill_due()
    assert due is not None
    refill.show_due(due, TODAY)
    assert unwrapped_texts(refill, {due.text(TODAY)}) == []


def test_the_tab_speaks_german(qapp, qtbot, filled: Diary):
    speak(qapp, "de")
    try:
        window, tab = open_tab(qtbot, filled)
        assert tab.day_label.text().startswith("Heute · ")
        assert "März" in tab.day_label.text()
        assert tab.doses.heading.text() == "Medikamente"
        assert tab.medications.add_button.text() == "Medikament hinzufügen…"
        [early, late] = tab.doses.rows.values()
        assert early.state_label.text() == "Verspätet: fällig um 08:00"
        assert late.taken_button.text() == "Genommen"
        tab.show_day(TODAY - timedelta(days=1))
        assert tab.day_label.text().startswith("Gestern · ")
        for word in ("Today", "Yesterday", "Day before", "Taken", "Skip", "Late"):
            assert word not in tab.day_label.text() + early.state_label.text()
        del window
    finally:
        speak(qapp, "en")


@pytest.mark.parametrize("language", ["de", "fr", "nl"])
def test_longer_languages_fit_a_small_window_at_large_text(qapp, qtbot, filled: Diary, language):
    from mslog.ui.style import apply_style
    from tests.helpers.audit import clipping, sideways_scrolling

    speak(qapp, language)
    apply_style(qapp, "light", 2.0)
    try:
        window, tab = open_tab(qtbot, filled, (800, 600))
        tab.habits.edit_button.click()  # the longest rows: rename, move and remove
        for _ in range(5):
            QApplication.processEvents()
        found = [str(p) for p in sideways_scrolling(tab) + clipping(tab)]
        for open_it in (
            lambda: tab.medications.ask_medication(None),
            lambda: tab.habits.trial.ask_plan(),
            lambda: tab.treatments.ask_treatment(None),
        ):
            open_it()
            dialog = tab.dialog
            assert dialog is not None
            for _ in range(3):
                QApplication.processEvents()
            found += [str(p) for p in sideways_scrolling(dialog) + clipping(dialog)]
            dialog.reject()
        assert found == []
        del window
    finally:
        apply_style(qapp, "light")
        speak(qapp, "en")


def test_built_in_names_are_shown_translated_and_kept_in_english(pseudo, qtbot, filled: Diary):
    from mslog.core.checklists.model import habit_label as habit_shown
    from mslog.core.checklists.model import skip_reason_key as skip_reason_kept
    from mslog.core.checklists.model import skip_reason_label as skip_reason_shown

    assert habit_shown("Massage") == "⟦Massage⟧"
    assert habit_shown("Evening stretch") == "Evening stretch"  # the person's own
    assert skip_reason_shown("Forgot") == "⟦Forgot⟧"
    assert skip_reason_kept("⟦Forgot⟧") == "Forgot"
    assert skip_reason_kept("My own words") == "My own words"
    window, tab = open_tab(qtbot, filled)
    [early, _] = tab.doses.rows.values()
    early.skip_button.click()
    tab.doses.ask_reason(early.dose)
    dialog = tab.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findText("⟦Forgot⟧"))
    dialog.save_button.click()
    record = filled.checklists.doses.scheduled_on(TODAY)[0].record
    assert record is not None
    assert record.reason == "Forgot"  # the diary keeps the English name
    assert early.state_label.text() == "⟦Skipped: {reason}⟧".format(reason="⟦Forgot⟧")
    del window
