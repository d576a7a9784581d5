"""The History tab as a person uses it: any day, everything in it, changes undone, notes found."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QPushButton, QTableView

from mslog.core.diary import Diary
from mslog.ui.history.day_view import EMPTY
from mslog.ui.main_window import MainWindow
from tests.helpers.stubs import LONDON

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def open_history(window: MainWindow, qtbot):
    """Press Ctrl+5 and return the History tab's content."""
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert window.tabs.currentWidget() is window.history_page
    tab = window.history_page.content
    qtbot.waitUntil(lambda: tab.isAncestorOf(QApplication.focusWidget()))
    return tab


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` where the keyboard is."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def tab_to(qtbot, button: QPushButton, most: int = 40) -> None:
    """Press Tab until ``button`` has the keyboard."""
    for _ in range(most):
        if button.hasFocus():
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert button.hasFocus(), f"Tab never reached {button.accessibleName()!r}"


def shown_texts(tab) -> list[str]:
    """The words of each entry recorded on the day shown (not of those left to tick)."""
    return [line.text.text() for line in tab.day_view.lines if line not in tab.day_view.open_lines]


def test_ctrl_5_opens_history_on_today(window: MainWindow, diary: Diary, qtbot):
    tab = open_history(window, qtbot)
    assert tab.heading.text() == "Today · Wednesday 11 March"
    assert tab.day_view.empty.text() == EMPTY
    assert tab.day_view.empty.isVisible()
    assert not tab.next_button.isEnabled()  # no day after today


def test_alt_left_and_right_move_a_day(window: MainWindow, diary: Diary, qtbot):
    tab = open_history(window, qtbot)
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert tab.day == date(2026, 3, 10)
    assert tab.heading.text() == "Yesterday · Tuesday 10 March"
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert tab.heading.text() == "Monday 9 March"
    assert tab.calendar.selectedDate() == QDate(2026, 3, 9)
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert tab.day == date(2026, 3, 10)
    qtbot.mouseClick(tab.today_button, Qt.MouseButton.LeftButton)
    assert tab.day == date(2026, 3, 11)
    qtbot.mouseClick(tab.yesterday_button, Qt.MouseButton.LeftButton)
    assert tab.day == date(2026, 3, 10)


def test_an_earlier_spasm_at_0240_shows_on_the_day_before(window: MainWindow, diary: Diary, qtbot):
    log = window.log_tab
    qtbot.mouseClick(log.earlier_button, Qt.MouseButton.LeftButton)
    dialog = log.when_dialog
    dialog.time_edit.setTime(QTime(2, 40))
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: log.when_dialog is None)
    assert "in Tuesday's diary" in log.status.text()
    tab = open_history(window, qtbot)
    assert shown_texts(tab) == []  # not today's
    press(qtbot, Qt.Key.Key_Left, ALT)
    (line,) = [x for x in tab.day_view.lines if x not in tab.day_view.open_lines]
    assert "02:40" in [label.text() for label in line.findChildren(type(tab.heading))]
    assert "Not rated" in line.text.text()
    assert date(2026, 3, 10) in tab.calendar.marked_days()
    assert date(2026, 3, 11) not in tab.calendar.marked_days()


def test_delete_by_keyboard_then_ctrl_z_brings_it_back(window: MainWindow, diary: Diary, qtbot):
    night = diary.spasms.log(
        started=datetime(2026, 3, 11, 2, 40, tzinfo=LONDON), severity=7, note="Woke me up"
    )
    tab = open_history(window, qtbot)
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert "Severity 7" in shown_texts(tab)[0]
    assert "“Woke me up”" in shown_texts(tab)[0]
    delete = tab.day_view.lines[0].buttons[-1]
    assert delete.accessibleName() == "Delete the spasm at 02:40"
    tab_to(qtbot, delete)
    press(qtbot, Qt.Key.Key_Space)
    assert diary.spasms.count() == 0
    assert tab.day_view.empty.text() == EMPTY
    assert tab.day_view.empty.isVisible()
    assert tab.status.text() == "Deleted the 02:40 spasm from Tuesday 10 March. Undo with Ctrl+Z."
    assert tab.isAncestorOf(QApplication.focusWidget())  # the keyboard stays on the tab
    press(qtbot, Qt.Key.Key_Z, CTRL)
    restored = diary.spasms.get(night.uuid)
    assert (restored.severity, restored.note) == (7, "Woke me up")
    assert "Severity 7" in shown_texts(tab)[0]
    assert tab.status.text() == "Restored the spasm at 02:40."


def test_change_the_time_of_a_spasm_and_undo(window: MainWindow, diary: Diary, qtbot):
    spasm = diary.spasms.log(started=datetime(2026, 3, 10, 21, 5, tzinfo=LONDON))
    tab = open_history(window, qtbot)
    qtbot.mouseClick(tab.yesterday_button, Qt.MouseButton.LeftButton)
    move = tab.day_view.lines[0].buttons[1]
    qtbot.mouseClick(move, Qt.MouseButton.LeftButton)
    dialog = tab.when_dialog
    assert dialog.time_edit.time() == QTime(21, 5)
    dialog.date_edit.setDate(QDate(2026, 3, 9))
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    assert diary.spasms.get(spasm.uuid).started.date() == date(2026, 3, 9)
    assert shown_texts(tab) == []  # gone to Monday's diary
    assert "It is now in the diary of Monday 9 March" in tab.status.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert diary.spasms.get(spasm.uuid).started.date() == date(2026, 3, 10)
    assert len(shown_texts(tab)) == 1


def test_edit_details_in_the_log_tabs_panel(window: MainWindow, diary: Diary, qtbot):
    spasm = diary.spasms.log(started=datetime(2026, 3, 10, 9, 0, tzinfo=LONDON))
    tab = open_history(window, qtbot)
    press(qtbot, Qt.Key.Key_Left, ALT)
    qtbot.mouseClick(tab.day_view.lines[0].buttons[0], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_6)  # the number keys set the strength, as on the Log tab
    qtbot.mouseClick(dialog.panel.kind.button("clonus"), Qt.MouseButton.LeftButton)
    assert diary.spasms.get(spasm.uuid).severity == 6
    assert "Severity 6 · Clonus" in shown_texts(tab)[0]
    qtbot.mouseClick(dialog.panel.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_untick_a_dose_and_a_habit_and_delete_a_treatment(window: MainWindow, diary: Diary, qtbot):
    checklists = diary.checklists
    baclofen = checklists.medications.add(
        "Baclofen", times=["08:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    checklists.doses.mark_taken(baclofen.uuid, "2026-03-11 08:00")
    habit = checklists.habits.listed()[0]
    checklists.habits.tick(habit.uuid, date(2026, 3, 11))
    checklists.treatments.add("physiotherapy", date(2026, 3, 11), note="Hamstrings")
    tab = open_history(window, qtbot)
    texts = shown_texts(tab)
    assert any(t.startswith("Baclofen 10 mg: taken at 14:30") for t in texts)
    assert habit.name in texts
    assert any("Hamstrings" in t for t in texts)
    line = next(x for x in tab.day_view.lines if x.text.text().startswith("Baclofen"))
    qtbot.mouseClick(line.buttons[-1], Qt.MouseButton.LeftButton)
    assert checklists.doses.scheduled_on(date(2026, 3, 11))[0].record is None
    assert "is open again" in tab.status.text()
    line = next(x for x in tab.day_view.lines if x.text.text() == habit.name)
    qtbot.mouseClick(line.buttons[0], Qt.MouseButton.LeftButton)
    assert checklists.habits.ticks_on(date(2026, 3, 11)) == {}
    line = next(x for x in tab.day_view.lines if "Hamstrings" in x.text.text())
    qtbot.mouseClick(line.buttons[-1], Qt.MouseButton.LeftButton)
    assert checklists.treatments.between(date(2026, 3, 11), date(2026, 3, 11)) == []
    assert tab.day_view.empty.isVisible()
    for _ in range(3):  # each change was one step
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert checklists.doses.scheduled_on(date(2026, 3, 11))[0].record is not None
    assert len(shown_texts(tab)) == 3


def test_search_finds_a_note_and_enter_opens_its_day(window: MainWindow, diary: Diary, qtbot):
    diary.spasms.log(
        started=datetime(2026, 3, 2, 23, 10, tzinfo=LONDON), note="After the long walk"
    )
    diary.spasms.log(started=datetime(2026, 3, 9, 8, 0, tzinfo=LONDON), note="Cold morning")
    tab = open_history(window, qtbot)
    tab.search.field.setFocus()
    qtbot.keyClicks(tab.search.field, "long walk")
    press(qtbot, Qt.Key.Key_Return)
    assert tab.search.hits.count() == 1
    assert tab.search.hits.item(0).text() == "Monday 2 March, 23:10\nAfter the long walk"
    assert tab.search.hits.hasFocus()  # Enter again opens it
    press(qtbot, Qt.Key.Key_Return)
    assert tab.day == date(2026, 3, 2)
    assert tab.heading.text() == "Monday 2 March"
    assert "After the long walk" in shown_texts(tab)[0]
    assert tab.status.text() == "Showing Monday 2 March."
    assert QApplication.focusWidget().accessibleName() == "Edit the details of the spasm at 23:10"


def test_a_search_on_a_small_window_shows_its_hits_then_the_day(
    window: MainWindow, diary: Diary, qtbot
):
    window.resize(800, 560)  # the search is under the day and the calendar
    diary.spasms.log(started=datetime(2026, 3, 9, 8, 0, tzinfo=LONDON), note="Cold morning")
    tab = open_history(window, qtbot)
    tab_to(qtbot, tab.search.field)
    qtbot.keyClicks(tab.search.field, "cold")
    press(qtbot, Qt.Key.Key_Return)
    assert tab.search.hits.hasFocus()
    assert not tab.search.hits.visibleRegion().isEmpty()  # the hits are in sight
    press(qtbot, Qt.Key.Key_Return)
    assert tab.heading.text() == "Monday 9 March"
    assert not tab.heading.visibleRegion().isEmpty()  # which day it is, in sight
    found = QApplication.focusWidget()
    assert found.accessibleName() == "Edit the details of the spasm at 08:00"
    assert not found.visibleRegion().isEmpty()


def test_the_day_redraws_when_the_diary_changes(window: MainWindow, diary: Diary, qtbot):
    tab = open_history(window, qtbot)
    diary.spasms.log(severity=3)
    assert "Severity 3" in shown_texts(tab)[0]
    diary.checkins.update(date(2026, 3, 11), nrs=4, sleep="fair")
    assert "Spasticity 4 of 10 · Sleep: fair" in shown_texts(tab)
    assert date(2026, 3, 11) in tab.calendar.marked_days()


def test_undo_while_editing_closes_the_details_of_a_spasm_undone(
    window: MainWindow, diary: Diary, qtbot
):
    tab = open_history(window, qtbot)
    window.log_tab.quick_log()  # logged now, from the Log tab (Ctrl+L would switch tabs)
    qtbot.mouseClick(tab.day_view.lines[0].buttons[0], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the window's undo works in the dialog too
    assert diary.spasms.count() == 0
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.day_view.empty.isVisible()


def test_the_calendar_picks_a_day_by_keys_and_by_mouse(window: MainWindow, diary: Diary, qtbot):
    diary.spasms.log(started=datetime(2026, 3, 4, 12, 0, tzinfo=LONDON), severity=2)
    tab = open_history(window, qtbot)
    assert date(2026, 3, 4) in tab.calendar.marked_days()
    view = tab.calendar.findChild(QTableView)
    view.setFocus()
    press(qtbot, Qt.Key.Key_Up)  # a week back, as the arrow keys move in a calendar
    assert tab.day == date(2026, 3, 4)
    assert "Severity 2" in shown_texts(tab)[0]
    model = view.model()
    cell = next(  # the cell that shows the 2nd (the first row names the weekdays)
        model.index(row, column)
        for row in range(1, model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data() in (2, "2")
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    assert tab.day == date(2026, 3, 2)
    assert tab.heading.text() == "Monday 2 March"
    rect = view.visualRect(cell)
    assert rect.width() >= 44
    assert rect.height() >= 44
