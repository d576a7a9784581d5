"""The habit list and the medication list, edited in their dialogs, undone and redone by keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow

TODAY = date(2026, 3, 11)
CTRL = Qt.KeyboardModifier.ControlModifier


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def undo(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def redo_y(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)


def retype(qtbot, field: QLineEdit, text: str) -> None:
    """Replace what a field says, as a person does: select all, then type."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def rows(diary: Diary, sql: str) -> list[tuple]:
    return list(diary.db.execute_sql(sql).fetchall())


def stored_medications(diary: Diary) -> list[tuple]:
    """Every stored row of the medication tables, to compare whole states."""
    return [
        rows(diary, "SELECT * FROM medication ORDER BY id"),
        rows(diary, "SELECT * FROM medication_version ORDER BY id"),
        rows(diary, "SELECT * FROM medication_time ORDER BY version_id, time_of_day"),
    ]


@pytest.fixture
def tab(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    # With a medication on the list, the tab's first redraw leaves no window active on
    # the offscreen platform; a person would click the window, and the keys need it active.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.checklists_page.content


def open_dialog(qtbot, tab, button: QWidget):
    click(qtbot, button)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def names_shown(tab) -> list[str]:
    return [row.habit.name for row in tab.habits.rows.values()]


# --- habits ------------------------------------------------------------------


def test_adding_a_habit_is_undone_without_a_trace(window: MainWindow, tab, diary: Diary, qtbot):
    before = rows(diary, "SELECT * FROM habit ORDER BY id")
    dialog = open_dialog(qtbot, tab, tab.habits.add_button)
    qtbot.keyClicks(dialog.name, "Heat pad")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert tab.dialog is None
    added = diary.checklists.habits.listed(TODAY)[-1]
    assert added.name == "Heat pad"
    assert names_shown(tab)[-1] == "Heat pad"
    assert tab.status.text() == "Added habit 'Heat pad'. Undo with Ctrl+Z."

    undo(qtbot, window)
    assert rows(diary, "SELECT * FROM habit ORDER BY id") == before
    assert "Heat pad" not in names_shown(tab)
    assert tab.status.text() == "Undone: adding habit 'Heat pad'. Redo brings it back."

    redo(qtbot, window)
    assert diary.checklists.habits.listed(TODAY)[-1] == added
    assert names_shown(tab)[-1] == "Heat pad"
    assert tab.status.text() == "Redone: adding habit 'Heat pad'."
    undo(qtbot, window)
    redo_y(qtbot, window)
    assert diary.checklists.habits.get(added.uuid) == added


def test_a_habit_ticked_after_adding_keeps_its_tick_when_adding_is_undone(
    window: MainWindow, tab, diary: Diary, qtbot
):
    dialog = open_dialog(qtbot, tab, tab.habits.add_button)
    qtbot.keyClicks(dialog.name, "Heat pad")
    click(qtbot, dialog.save_button)
    added = diary.checklists.habits.listed(TODAY)[-1]
    diary.checklists.habits.tick(added.uuid, date(2026, 3, 10))  # e.g. from another window

    undo(qtbot, window)
    assert diary.checklists.habits.get(added.uuid).retired_on == TODAY
    assert added.uuid in diary.checklists.habits.ticks_on(date(2026, 3, 10))
    assert "Heat pad" not in names_shown(tab)
    redo(qtbot, window)
    assert names_shown(tab)[-1] == "Heat pad"


def test_renaming_a_habit_is_undone_to_its_old_name(window: MainWindow, tab, diary: Diary, qtbot):
    first = diary.checklists.habits.listed(TODAY)[0]
    click(qtbot, tab.habits.edit_button)
    dialog = open_dialog(qtbot, tab, tab.habits.rows[first.uuid].rename_button)
    retype(qtbot, dialog.name, "Warm bath")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert diary.checklists.habits.get(first.uuid).name == "Warm bath"
    assert tab.habits.rows[first.uuid].habit.name == "Warm bath"
    assert tab.status.text() == (f"Renamed habit '{first.name}' to 'Warm bath'. Undo with Ctrl+Z.")

    undo(qtbot, window)
    assert diary.checklists.habits.get(first.uuid) == first
    assert tab.habits.rows[first.uuid].habit.name == first.name
    assert tab.status.text() == (
        f"Undone: renaming '{first.name}' to 'Warm bath'. Redo brings it back."
    )
    redo_y(qtbot, window)
    assert tab.habits.rows[first.uuid].habit.name == "Warm bath"


def test_a_refused_name_stays_in_the_dialog_and_pushes_nothing(
    window: MainWindow, tab, diary: Diary, qtbot
):
    dialog = open_dialog(qtbot, tab, tab.habits.add_button)
    qtbot.keyClicks(dialog.name, "Massage")
    click(qtbot, dialog.save_button)
    assert tab.dialog is dialog
    assert dialog.error.text() == "Not saved. Name: Massage is already on the checklist"
    assert window.undo_stack.count() == 0


def test_moving_a_habit_is_undone_by_moving_it_back(window: MainWindow, tab, diary: Diary, qtbot):
    order = names_shown(tab)
    first = diary.checklists.habits.listed(TODAY)[0]
    click(qtbot, tab.habits.edit_button)
    click(qtbot, tab.habits.rows[first.uuid].down_button)
    moved = [order[1], order[0], *order[2:]]
    assert names_shown(tab) == moved
    assert [h.name for h in diary.checklists.habits.listed(TODAY)] == moved
    assert tab.status.text() == f"Moved '{first.name}' down. Undo with Ctrl+Z."

    undo(qtbot, window)
    assert names_shown(tab) == order
    assert diary.checklists.habits.listed(TODAY)[0] == first
    redo(qtbot, window)
    assert names_shown(tab) == moved
    undo(qtbot, window)
    redo_y(qtbot, window)
    assert [h.name for h in diary.checklists.habits.listed(TODAY)] == moved


# --- medications -------------------------------------------------------------


@pytest.fixture
def baclofen(diary: Diary):
    """Baclofen at 18:00 and 20:00 since 1 March."""
    return diary.checklists.medications.add(
        "Baclofen", times=["18:00", "20:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )


def test_adding_a_medication_is_undone_and_redone(window: MainWindow, tab, diary: Diary, qtbot):
    before = stored_medications(diary)
    dialog = open_dialog(qtbot, tab, tab.medications.add_button)
    name = dialog.name.lineEdit()
    name.setFocus()
    qtbot.keyClicks(name, "Myorelax")
    qtbot.keyClicks(dialog.amount, "2")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    [added] = diary.checklists.medications.all()
    assert added.history_text() == "Myorelax 2 mg ×1"
    assert tab.status.text() == "Added Myorelax 2 mg ×1. Undo with Ctrl+Z."
    assert [line.history.text() for line in tab.medications.lines] == ["Myorelax 2 mg ×1"]
    assert [r.dose.time_of_day for r in tab.doses.rows.values()] == ["08:00"]
    after = stored_medications(diary)

    undo(qtbot, window)
    assert stored_medications(diary) == before
    assert tab.medications.lines == []
    assert tab.doses.rows == {}
    assert tab.status.text() == "Undone: adding Myorelax. Redo brings it back."

    redo(qtbot, window)
    assert stored_medications(diary) == after
    assert [line.history.text() for line in tab.medications.lines] == ["Myorelax 2 mg ×1"]
    undo(qtbot, window)
    redo_y(qtbot, window)
    assert diary.checklists.medications.all() == [added]


def test_a_new_schedule_is_undone_to_the_exact_history(
    baclofen, window: MainWindow, tab, diary: Diary, qtbot
):
    before = stored_medications(diary)
    dialog = open_dialog(qtbot, tab, tab.medications.lines[0].change_button)
    retype(qtbot, dialog.amount, "15")
    click(qtbot, dialog.save_button)
    changed = diary.checklists.medications.get(baclofen.uuid)
    assert changed.history_text() == "Baclofen 10 mg ×2 → 15 mg ×2 from 11 March"
    assert tab.medications.lines[0].history.text() == changed.history_text()
    assert tab.status.text() == "Changed Baclofen: 15 mg ×2 from 11 March. Undo with Ctrl+Z."
    after = stored_medications(diary)

    undo(qtbot, window)
    assert stored_medications(diary) == before  # the version is gone, not outweighed
    assert tab.medications.lines[0].history.text() == "Baclofen 10 mg ×2"
    assert tab.doses.rows[(baclofen.uuid, "2026-03-11 20:00")].dose.label == "Baclofen 10 mg"
    assert tab.status.text() == "Undone: change of Baclofen. Redo brings it back."
    redo_y(qtbot, window)
    assert stored_medications(diary) == after
    assert tab.doses.rows[(baclofen.uuid, "2026-03-11 20:00")].dose.label == "Baclofen 15 mg"


def test_a_rename_and_reminders_off_are_one_step_and_no_new_version(
    baclofen, window: MainWindow, tab, diary: Diary, qtbot
):
    before = stored_medications(diary)
    dialog = open_dialog(qtbot, tab, tab.medications.lines[0].change_button)
    retype(qtbot, dialog.name.lineEdit(), "Lioresal")
    dialog.reminders.setFocus()
    qtbot.keyClick(dialog.reminders, Qt.Key.Key_Space)
    assert not dialog.reminders.isChecked()
    click(qtbot, dialog.save_button)
    changed = diary.checklists.medications.get(baclofen.uuid)
    assert (changed.name, changed.reminders, changed.versions) == (
        "Lioresal", False, baclofen.versions,
    )  # fmt: skip
    assert tab.status.text() == (
        "Changed Baclofen: renamed to Lioresal, reminders off. Undo with Ctrl+Z."
    )
    assert tab.medications.lines[0].detail.text() == "At 18:00, 20:00 · no reminders"
    assert window.undo_stack.count() == 1

    undo(qtbot, window)
    assert stored_medications(diary) == before
    assert tab.medications.lines[0].history.text() == "Baclofen 10 mg ×2"
    assert tab.medications.lines[0].detail.text() == "At 18:00, 20:00 · reminders on"
    redo(qtbot, window)
    assert diary.checklists.medications.get(baclofen.uuid) == changed


def test_saving_without_a_change_pushes_nothing(
    baclofen, window: MainWindow, tab, diary: Diary, qtbot
):
    before = stored_medications(diary)
    dialog = open_dialog(qtbot, tab, tab.medications.lines[0].change_button)
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    assert stored_medications(diary) == before
    assert window.undo_stack.count() == 0


def test_stopping_a_medication_is_undone(baclofen, window: MainWindow, tab, diary: Diary, qtbot):
    before = stored_medications(diary)
    dialog = open_dialog(qtbot, tab, tab.medications.lines[0].stop_button)
    # The caution is read before the day is chosen, and says whom to ask, not what to do.
    assert dialog.caution.isVisible()
    assert "prescribes" in dialog.caution.text()
    assert "stopped suddenly" in dialog.caution.text()
    assert not any(word in dialog.caution.text() for word in ("mg", "reduce", "lower"))
    click(qtbot, dialog.save_button)
    stopped = diary.checklists.medications.get(baclofen.uuid)
    assert not stopped.is_current(date(2026, 3, 12))
    assert tab.status.text() == "Baclofen is stopped from 12 March. Undo with Ctrl+Z."
    assert tab.medications.lines[0].history.text() == "Baclofen 10 mg ×2 → stopped from 12 March"

    undo(qtbot, window)
    assert stored_medications(diary) == before
    assert diary.checklists.medications.get(baclofen.uuid).is_current(date(2026, 3, 12))
    assert tab.status.text() == "Undone: stopping Baclofen. Redo brings it back."
    redo_y(qtbot, window)
    assert diary.checklists.medications.get(baclofen.uuid) == stopped
    assert tab.status.text() == "Redone: stopping Baclofen."


def test_switching_reminders_off_is_undone(baclofen, window: MainWindow, tab, diary: Diary, qtbot):
    before = stored_medications(diary)
    dialog = open_dialog(qtbot, tab, tab.medications.lines[0].change_button)
    dialog.reminders.setFocus()
    qtbot.keyClick(dialog.reminders, Qt.Key.Key_Space)
    click(qtbot, dialog.save_button)
    assert not diary.checklists.medications.get(baclofen.uuid).reminders
    assert tab.status.text() == "Changed Baclofen: reminders off. Undo with Ctrl+Z."
    assert tab.medications.lines[0].detail.text() == "At 18:00, 20:00 · no reminders"

    undo(qtbot, window)
    assert stored_medications(diary) == before
    assert tab.medications.lines[0].detail.text() == "At 18:00, 20:00 · reminders on"
    redo_y(qtbot, window)
    assert tab.medications.lines[0].detail.text() == "At 18:00, 20:00 · no reminders"


def test_adding_is_not_undone_once_a_dose_is_recorded(window: MainWindow, tab, diary: Diary, qtbot):
    dialog = open_dialog(qtbot, tab, tab.medications.add_button)
    dialog.name.lineEdit().setFocus()
    qtbot.keyClicks(dialog.name.lineEdit(), "Myorelax")
    click(qtbot, dialog.save_button)
    [added] = diary.checklists.medications.all()
    diary.checklists.doses.mark_taken(added.uuid, "2026-03-11 08:00")  # e.g. from the command line

    undo(qtbot, window)
    assert diary.checklists.medications.all() == [added]
    assert tab.status.text() == (
        "Could not undo it: doses of Myorelax are recorded; stop it instead"
    )
    assert [line.history.text() for line in tab.medications.lines] == ["Myorelax ×1"]
