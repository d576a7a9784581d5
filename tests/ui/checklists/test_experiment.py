"""The self-experiment in the Checklists tab, driven by keys and clicks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.checklists.experiment import PlanDialog, ResultDialog
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style
from tests.core.checklists.test_experiments import make_trial_diary
from tests.helpers.audit import audit, clipping
from tests.helpers.stubs import FakeClock

TODAY = date(2026, 3, 11)


@pytest.fixture
def stretch(diary: Diary) -> str:
    return diary.checklists.habits.add("Evening stretch").uuid


@pytest.fixture
def tab(window: MainWindow, stretch):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    return window.checklists_page.content


def plan_by_keyboard(qtbot, tab, *, monday: bool = False) -> PlanDialog:
    qtbot.mouseClick(tab.habits.trial.plan_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PlanDialog)
    dialog.habit.setFocus()
    qtbot.keyClicks(dialog.habit, "Evening")
    assert dialog.habit.currentText() == "Evening stretch"
    if monday:
        qtbot.keyClick(dialog.start, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def test_the_offer_sits_below_the_habits_until_a_trial_is_planned(qtbot, tab, diary):
    trial = tab.habits.trial
    assert trial.plan_button.isVisible()
    assert trial.plan_button.text() == "Try a habit for 4 weeks…"
    assert not trial.line.isVisible()
    assert not trial.stop_button.isVisible()
    assert "Not sure whether a habit makes a difference" in trial.hint.text()
    below = tab.habits.body.indexOf(trial)

    dialog = plan_by_keyboard(qtbot, tab)
    assert "association in your own diary, not proof" in dialog.findChild(type(trial.line)).text()
    assert tab.dialog is None
    [planned] = diary.experiments.all()
    assert planned.habit_name == "Evening stretch"
    assert planned.first_day == TODAY
    action = "do it" if planned.pattern[0] == "A" else "skip it"
    assert trial.line.text() == f"Evening stretch: {action} this week (week 1 of 4)"
    assert trial.hint.text().startswith("Weeks in an order drawn at random (")
    assert "The result comes after Tuesday 7 April." in trial.hint.text()
    assert trial.stop_button.isVisible()
    assert not trial.plan_button.isVisible()
    assert tab.habits.body.indexOf(trial) == 1 < below  # above the habits now
    assert tab.status.text().startswith("Planned: Evening stretch for 4 weeks from Wednesday")


def test_undo_removes_the_plan(qtbot, window: MainWindow, tab, diary):
    plan_by_keyboard(qtbot, tab)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert diary.experiments.all() == []
    assert tab.habits.trial.plan_button.isVisible()
    assert tab.status.text().startswith("Undone: plan to try Evening stretch")


def test_it_can_start_next_monday(qtbot, tab, diary):
    plan_by_keyboard(qtbot, tab, monday=True)
    [planned] = diary.experiments.all()
    assert planned.first_day == date(2026, 3, 16)
    first = "with it" if planned.pattern[0] == "A" else "without it"
    assert tab.habits.trial.line.text() == (
        f"Evening stretch: a 4-week trial starts on Monday 16 March, the first week {first}."
    )


def test_the_plan_follows_the_day_shown(qtbot, tab, diary, clock: FakeClock):
    plan_by_keyboard(qtbot, tab)
    [planned] = diary.experiments.all()
    clock.advance(days=8)
    tab.show_day(date(2026, 3, 19))
    second = "do it" if planned.pattern[1] == "A" else "skip it"
    assert tab.habits.trial.line.text() == f"Evening stretch: {second} this week (week 2 of 4)"
    qtbot.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)
    first = "do it" if planned.pattern[0] == "A" else "skip it"
    assert tab.habits.trial.line.text() == f"Evening stretch: {first} that week (week 1 of 4)"


def test_stop_and_undo_the_stop(qtbot, window: MainWindow, tab, diary, clock: FakeClock):
    plan_by_keyboard(qtbot, tab)
    clock.advance(days=3)
    tab.refresh()
    qtbot.mouseClick(tab.habits.trial.stop_button, Qt.MouseButton.LeftButton)
    [stopped] = diary.experiments.all()
    assert stopped.stopped_on == date(2026, 3, 14)
    assert tab.habits.trial.line.text() == "The trial of Evening stretch ended on Friday 13 March."
    assert tab.habits.trial.result_button.isVisible()
    assert tab.habits.trial.plan_button.text() == "Try another habit for 4 weeks…"
    assert "Undo (Ctrl+Z) lets it run on" in tab.status.text()
    window.undo_stack.undo()
    assert diary.experiments.all()[0].stopped_on is None
    assert tab.habits.trial.stop_button.isVisible()


def test_the_result_opens_at_the_end_and_closes(qtbot, tab, diary, clock, stretch):
    make_trial_diary(diary, clock, stretch)
    tab.show_day(diary.checklists.today())
    trial = tab.habits.trial
    assert trial.line.text() == "The trial of Evening stretch ended on Tuesday 7 April."
    assert trial.result_button.isVisible()
    qtbot.mouseClick(trial.result_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ResultDialog)
    texts = [label.text() for label in dialog.lines]
    assert "Fewer spasms in the weeks with it." in texts
    assert any(t.startswith("The plan was followed on 26 of 28 days") for t in texts)
    assert texts[0].startswith("Trial of Evening stretch, 4 weeks from Wednesday 11 March.")
    assert "not proof" in texts[-1]
    qtbot.waitExposed(dialog)
    assert not clipping(dialog)
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    assert tab.dialog is None
    # Long after, the offer comes back in its place.
    clock.advance(days=30)
    tab.show_day(diary.checklists.today())
    assert not trial.result_button.isVisible()
    assert trial.plan_button.text() == "Try a habit for 4 weeks…"


@pytest.mark.parametrize(("theme", "scale"), [("light", 1.0), ("dark", 1.0), ("light", 2.0)])
def test_the_trial_passes_the_audit_and_is_not_clipped(
    qtbot, window: MainWindow, tab, theme, scale
):
    plan_by_keyboard(qtbot, tab)
    app = QApplication.instance()
    apply_style(app, theme, scale)
    try:
        for size in ((1280, 800), (800, 600)):
            window.resize(*size)
            for _ in range(3):
                QApplication.processEvents()
            found = [str(p) for p in audit(window) + clipping(window) if "TrialPanel" in str(p)]
            assert found == [], size
    finally:
        apply_style(app, "light")


def test_a_bad_plan_keeps_the_dialog_open_with_the_reason(qtbot, tab, diary):
    qtbot.mouseClick(tab.habits.trial.plan_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    diary.experiments.plan(diary.checklists.habits.listed()[0].uuid)  # meanwhile, from elsewhere
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is dialog
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Not saved. The trial of Warm shower or bath runs until Tuesday 7 April; "
        "stop it first to plan another."
    )
    assert len(diary.experiments.all()) == 1
