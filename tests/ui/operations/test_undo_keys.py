"""Each moved operation, done through its widgets, then Ctrl+Z and Ctrl+Shift+Z on the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow

TODAY = date(2026, 3, 11)
CTRL = Qt.KeyboardModifier.ControlModifier
REDO = CTRL | Qt.KeyboardModifier.ShiftModifier


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def undo(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, REDO)


@pytest.fixture
def tab(window: MainWindow):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    return window.checklists_page.content


def test_an_as_needed_dose_and_its_removal(window: MainWindow, tab, diary: Diary, qtbot):
    diazepam = diary.checklists.medications.add("Diazepam", as_needed=True, starts=date(2026, 3, 1))
    click(qtbot, tab.doses.as_needed_button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "2")
    click(qtbot, dialog.save_button)
    [record] = diary.checklists.doses.as_needed_on(TODAY)
    assert (record.medication_uuid, record.amount) == (diazepam.uuid, 2)
    assert tab.status.text() == "Saved: Diazepam at 14:30."
    assert len(tab.doses.as_needed_rows) == 1

    undo(qtbot, window)
    assert diary.checklists.doses.as_needed_on(TODAY) == []
    assert tab.doses.as_needed_rows == []
    assert tab.status.text() == "Undone: as-needed dose. Redo brings it back."
    redo(qtbot, window)
    assert [r.uuid for r in diary.checklists.doses.as_needed_on(TODAY)] == [record.uuid]
    assert len(tab.doses.as_needed_rows) == 1

    click(qtbot, tab.doses.as_needed_rows[0].remove_button)
    assert diary.checklists.doses.as_needed_on(TODAY) == []
    assert tab.status.text() == "Removed the as-needed dose. Undo (Ctrl+Z) brings it back."
    undo(qtbot, window)
    assert [r.uuid for r in diary.checklists.doses.as_needed_on(TODAY)] == [record.uuid]
    assert tab.doses.as_needed_rows[0].record.uuid == record.uuid
    redo(qtbot, window)
    assert diary.checklists.doses.as_needed_on(TODAY) == []
    assert tab.status.text() == "Redone: removal of an as-needed dose."


def test_a_habit_taken_off_the_list(window: MainWindow, tab, diary: Diary, qtbot):
    habit = diary.checklists.habits.listed(TODAY)[0]
    click(qtbot, tab.habits.edit_button)
    click(qtbot, tab.habits.rows[habit.uuid].retire_button)
    assert habit.uuid not in [h.uuid for h in diary.checklists.habits.listed(TODAY)]
    assert habit.uuid not in tab.habits.rows
    undo(qtbot, window)
    assert habit.uuid in [h.uuid for h in diary.checklists.habits.listed(TODAY)]
    assert habit.uuid in tab.habits.rows
    assert tab.status.text() == f"Undone: removal of {habit.name}. Redo brings it back."
    redo(qtbot, window)
    assert habit.uuid not in tab.habits.rows


def test_a_trial_planned_and_stopped(window: MainWindow, tab, diary: Diary, qtbot):
    trial = tab.habits.trial
    click(qtbot, trial.plan_button)
    click(qtbot, tab.dialog.save_button)
    [planned] = diary.experiments.all()
    assert trial.stop_button.isVisible()
    click(qtbot, trial.stop_button)
    assert diary.experiments.current(TODAY) is None
    assert tab.status.text().startswith(f"Stopped the trial of {planned.habit_name}.")
    undo(qtbot, window)
    assert diary.experiments.current(TODAY) == planned
    assert trial.stop_button.isVisible()
    undo(qtbot, window)
    assert diary.experiments.all() == []
    assert trial.plan_button.isVisible()
    redo(qtbot, window)
    assert diary.experiments.all() == [planned]
    assert tab.status.text() == f"Redone: plan to try {planned.habit_name}."
    assert trial.line.isVisible()


@pytest.fixture
def view(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.trends_tab)
    qtbot.waitUntil(window.trends_tab.is_built)
    shown = window.trends_tab.content
    shown.pages.setCurrentWidget(shown.appointments)
    return shown


def test_an_appointment_added_and_removed(window: MainWindow, view, diary: Diary, qtbot):
    page = view.appointments
    page.clinician.setFocus()
    qtbot.keyClicks(page.clinician, "Dr Okafor")
    click(qtbot, page.add_button)
    [added] = diary.appointments.all()
    assert page.list.count() == 1
    assert page.status.text() == "Added the appointment on Wed 11 Mar 2026."
    undo(qtbot, window)
    assert diary.appointments.all() == []
    assert page.list.count() == 0
    assert page.status.text() == "Undone: add appointment. Redo brings it back."
    redo(qtbot, window)
    assert diary.appointments.all() == [added]
    assert page.list.item(0).text() == "Wed 11 Mar 2026 — Dr Okafor"

    page.list.setCurrentRow(0)
    click(qtbot, page.delete_button)
    assert diary.appointments.all() == []
    assert page.status.text().endswith("Undo (Ctrl+Z) brings it back.")
    undo(qtbot, window)
    assert diary.appointments.all() == [added]
    assert page.list.count() == 1
    redo(qtbot, window)
    assert diary.appointments.all() == []
    assert page.list.count() == 0


def test_self_rated_answers_saved_undone_and_redone(window: MainWindow, view, diary: Diary, qtbot):
    form = view.appointments.self_rating
    click(qtbot, form.frequency.button("1"))
    click(qtbot, form.snow.button("2"))
    click(qtbot, form.save_button)
    stored = diary.self_ratings.get(TODAY)
    assert (stored.penn_frequency, stored.penn_severity, stored.snow) == (1, None, 2)
    click(qtbot, form.snow.button("3"))
    click(qtbot, form.save_button)
    assert diary.self_ratings.get(TODAY).snow == 3
    undo(qtbot, window)
    assert diary.self_ratings.get(TODAY) == stored
    assert form.snow.selected() == ["2"]  # the form shows what is stored again
    assert form.message.text() == "Undone: save self-rated answers. Redo brings it back."
    undo(qtbot, window)
    assert diary.self_ratings.get(TODAY) is None
    assert form.frequency.selected() == []
    redo(qtbot, window)
    redo(qtbot, window)
    assert diary.self_ratings.get(TODAY).snow == 3
    assert form.snow.selected() == ["3"]
    assert form.message.text() == "Redone: save self-rated answers."
