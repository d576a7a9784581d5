"""A different amount at each time, entered in the medication dialog by keyboard and mouse."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow

TODAY = date(2026, 3, 11)
CTRL = Qt.KeyboardModifier.ControlModifier


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def stored_times(diary: Diary) -> list[tuple]:
    return list(
        diary.db.execute_sql(
            "SELECT version_id, time_of_day, amount FROM medication_time"
            " ORDER BY version_id, time_of_day"
        ).fetchall()
    )


@pytest.fixture
def tab(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.checklists_page.content


@pytest.fixture
def baclofen(diary: Diary):
    return diary.checklists.medications.add(
        "Baclofen", times=["08:00", "13:00", "20:00"], amount=10, unit="mg",
        starts=date(2026, 3, 1),
    )  # fmt: skip


def open_dialog(qtbot, tab, button: QWidget):
    click(qtbot, button)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_adding_a_medicine_with_a_bigger_evening_dose(window: MainWindow, tab, diary, qtbot):
    dialog = open_dialog(qtbot, tab, tab.medications.add_button)
    # The keyboard starts on the name.
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name.lineEdit(), "Baclofen")
    qtbot.keyClicks(dialog.amount, "10")
    click(qtbot, dialog.times.add_button)
    click(qtbot, dialog.times.add_button)
    times = dialog.times.edits
    assert len(times) == 3
    qtbot.waitUntil(dialog.times.amounts[2].isVisible)  # a row added while shown
    assert all(field.minimumHeight() >= 44 for field in dialog.times.amounts)
    assert dialog.times.amounts[2].accessibleName() == "Amount at time 3"
    times[1].setTime(times[1].time().fromString("13:00", "HH:mm"))
    times[2].setTime(times[2].time().fromString("20:00", "HH:mm"))
    # From the time field, Tab reaches its own amount (after the minutes, a time's Tab stop).
    times[2].setFocus()
    for _ in range(2):
        if dialog.focusWidget() is times[2]:
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.times.amounts[2]
    qtbot.keyClicks(dialog.times.amounts[2], "20")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    [added] = diary.checklists.medications.all()
    assert added.history_text() == "Baclofen 10/10/20 mg"
    assert tab.status.text() == "Added Baclofen 10/10/20 mg. Undo with Ctrl+Z."
    labels = [row.name_label.text() for row in tab.doses.rows.values()]
    assert labels == ["Baclofen 10 mg", "Baclofen 10 mg", "Baclofen 20 mg"]

    # The first medication's redraw leaves no window active offscreen; a person clicks it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert diary.checklists.medications.all() == []
    assert stored_times(diary) == []


def test_changing_one_time_is_a_new_version_and_undo_restores_the_equal_doses(
    baclofen, window: MainWindow, tab, diary: Diary, qtbot
):
    before = stored_times(diary)
    dialog = open_dialog(qtbot, tab, tab.medications.lines[0].change_button)
    assert [f.text() for f in dialog.times.amounts] == ["", "", ""]
    click(qtbot, dialog.times.amounts[2])
    qtbot.keyClicks(dialog.times.amounts[2], "20")
    click(qtbot, dialog.save_button)
    assert tab.dialog is None
    changed = diary.checklists.medications.get(baclofen.uuid)
    assert changed.history_text().startswith("Baclofen 10 mg ×3 → 10/10/20 mg from ")
    assert tab.medications.lines[0].history.text() == changed.history_text()

    again = open_dialog(qtbot, tab, tab.medications.lines[0].change_button)
    # The dialog shows the version in force on its day.
    shown = [f.text() for f in again.times.amounts]
    assert shown in (["", "", "20"], ["", "", ""])
    click(qtbot, again.buttons.button(again.buttons.StandardButton.Cancel))

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert stored_times(diary) == before
    assert tab.medications.lines[0].history.text() == "Baclofen 10 mg ×3"


def test_a_time_amount_that_is_not_a_number_keeps_the_dialog_open(tab, diary, qtbot, baclofen):
    dialog = open_dialog(qtbot, tab, tab.medications.lines[0].change_button)
    click(qtbot, dialog.times.amounts[0])
    qtbot.keyClicks(dialog.times.amounts[0], "lots")
    click(qtbot, dialog.save_button)
    assert tab.dialog is dialog
    assert dialog.error.text() == "Not saved. Amount: at 08:00, 'lots' is not a number"
    assert len(diary.checklists.medications.get(baclofen.uuid).versions) == 1
