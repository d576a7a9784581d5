"""The Log tab as a person uses it: one press logs, details follow, mistakes undo."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.core.storage.database import DB_FILENAME
from mslog.ui.log.details import NOTE_SAVE_DELAY_MS
from mslog.ui.main_window import MainWindow
from tests.helpers.stubs import LONDON, FakeClock


def committed(diary: Diary) -> list[tuple]:
    """Rows as another connection sees them: only what is committed."""
    conn = sqlite3.connect(diary.data_dir / DB_FILENAME)
    try:
        return conn.execute("SELECT uuid, severity, kind, duration_s, note FROM spasm").fetchall()
    finally:
        conn.close()


def test_the_button_is_big(window: MainWindow):
    button = window.log_tab.log_button
    assert button.height() >= 120
    assert button.width() >= window.log_tab.width() * 0.9


def test_one_click_commits_exactly_one_entry_now(window: MainWindow, diary: Diary, clock):
    window.log_tab.log_button.click()
    rows = committed(diary)
    assert len(rows) == 1
    assert diary.spasms.get(rows[0][0]).started == clock.now()
    assert "Saved 14:30" in window.log_tab.status.text()
    assert window.log_tab.details.isVisible()
    assert window.log_tab.details.uuid() == rows[0][0]


def test_ctrl_l_logs_from_anywhere(window: MainWindow, diary: Diary, qtbot):
    tab = window.log_tab
    tab.log_button.click()
    tab.details.note.setFocus()
    qtbot.keyClick(tab.details.note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(committed(diary)) == 2
    assert tab.details.note.toPlainText() == ""  # the key did not type into the note
    tab.earlier_button.setFocus()
    qtbot.keyClick(tab.earlier_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(committed(diary)) == 3


def test_ctrl_l_from_another_tab_switches_to_log(window: MainWindow, diary: Diary, qtbot):
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    qtbot.keyClick(window.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.log_tab
    assert len(committed(diary)) == 1


def test_details_edit_the_entry_just_logged(window: MainWindow, diary: Diary, qtbot):
    tab = window.log_tab
    tab.log_button.click()
    details = tab.details
    details.severity.button(6).click()
    details.kind.button("flexor").click()
    details.locations.button("left_calf").click()
    details.locations.button("right_calf").click()
    details.triggers.button("fatigue").click()
    details.own_trigger.setText("  heavy  blanket ")
    details.add_trigger_button.click()
    details.duration.button("medium").click()
    details.note.setPlainText("During the night")
    qtbot.waitUntil(lambda: committed(diary)[0][4] == "During the night", timeout=3000)
    spasm = diary.spasms.get(details.uuid())
    assert spasm.severity == 6
    assert spasm.kind == "flexor"
    assert spasm.locations == ("left_calf", "right_calf")
    assert spasm.triggers == ("fatigue", "heavy blanket")
    assert spasm.duration_s == 180
    # Exact duration wins and lights the matching quick choice.
    details.minutes.setValue(7)
    assert diary.spasms.get(spasm.uuid).duration_s == 7 * 60
    assert details.duration.selected() == ["long"]
    # Clicking the chosen severity again clears it: "not sure" is allowed.
    details.severity.button(6).click()
    assert diary.spasms.get(spasm.uuid).severity is None
    assert "Severity" not in tab.today.rows[0].findChildren(type(tab.status))[1].text()


def test_note_is_saved_when_leaving_details_early(window: MainWindow, diary: Diary):
    tab = window.log_tab
    tab.log_button.click()
    tab.details.note.setPlainText("typed quickly")
    tab.details.done_button.click()
    assert committed(diary)[0][4] == "typed quickly"
    assert tab.details.isHidden()
    assert tab.placeholder.isVisible()


def test_note_saves_after_a_pause_in_typing(window: MainWindow, diary: Diary, qtbot):
    window.log_tab.log_button.click()
    window.log_tab.details.note.setPlainText("abc")
    assert committed(diary)[0][4] == ""
    qtbot.waitUntil(lambda: committed(diary)[0][4] == "abc", timeout=NOTE_SAVE_DELAY_MS * 4)


def test_leaving_details_alone_leaves_a_valid_entry(window: MainWindow, diary: Diary):
    window.log_tab.log_button.click()
    window.log_tab.details.done_button.click()
    (row,) = committed(diary)
    assert row[1:] == (None, None, None, "")


def test_undo_removes_the_last_log_and_redo_brings_it_back(window, diary: Diary, qtbot):
    tab = window.log_tab
    tab.log_button.click()
    tab.details.severity.button(4).click()
    uuid = tab.details.uuid()
    window.activateWindow()
    qtbot.keyClick(tab.log_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert committed(diary) == []
    assert "Redo brings it back" in tab.status.text()
    assert tab.details.isHidden()
    tab.redo_button.click()
    assert committed(diary) == [(uuid, 4, None, None, "")]
    assert tab.today.rows[0].spasm.uuid == uuid


def test_undo_button_follows_the_stack(window: MainWindow):
    tab = window.log_tab
    assert not tab.undo_button.isEnabled()
    tab.log_button.click()
    assert tab.undo_button.isEnabled()
    tab.undo_button.click()
    assert not tab.undo_button.isEnabled()
    assert tab.redo_button.isEnabled()


def test_every_undo_button_is_named_after_what_it_would_undo(window: MainWindow, qtbot):
    """A screen reader hears "Undo <what>", on the Log tab and on Checklists alike."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    tab = window.log_tab
    assert tab.undo_button.accessibleName() == "Undo"
    tab.log_button.setFocus()
    qtbot.keyClick(tab.log_button, Qt.Key.Key_Space)
    expected = f"Undo {window.undo_stack.undoText()}"
    assert window.undo_stack.undoText()
    assert tab.undo_button.accessibleName() == expected
    window.tabs.setCurrentWidget(window.checklists_page)
    checklists = window.checklists_page.content
    assert checklists.undo_button.accessibleName() == expected
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.undo_button.accessibleName() == "Undo"


def test_today_list_newest_first_with_edit_and_undoable_delete(window, diary: Diary, clock):
    tab = window.log_tab
    first = diary.spasms.log(severity=2, locations=["neck"])
    clock.advance(minutes=10)
    second = diary.spasms.log(severity=8)
    assert [row.spasm.uuid for row in tab.today.rows] == [second.uuid, first.uuid]
    assert "2 spasms" in tab.today.heading.text()
    tab.today.rows[1].edit_button.click()
    assert tab.details.uuid() == first.uuid
    assert tab.details.severity.value() == 2
    tab.today.rows[1].delete_button.click()
    assert [row.spasm.uuid for row in tab.today.rows] == [second.uuid]
    assert tab.details.isHidden()
    assert "Undo" in tab.status.text()
    tab.undo_button.click()
    restored = diary.spasms.get(first.uuid)
    assert restored.locations == ("neck",)
    assert len(tab.today.rows) == 2


def test_log_an_earlier_spasm(window: MainWindow, diary: Diary, qtbot):
    tab = window.log_tab
    tab.earlier_button.click()
    dialog = tab.when_dialog
    assert dialog is not None
    dialog.date_edit.setDate(QDate(2026, 3, 11))
    dialog.time_edit.setTime(QTime(2, 40))
    dialog.buttons.buttons()[0].click()
    (spasm,) = diary.spasms.between(date(2026, 3, 10), date(2026, 3, 10), diary.day_rule)
    assert spasm.started == datetime(2026, 3, 11, 2, 40, tzinfo=LONDON)
    assert tab.details.uuid() == spasm.uuid
    qtbot.waitUntil(lambda: tab.when_dialog is None)


def test_an_earlier_spasm_cannot_be_in_the_future(window: MainWindow, diary: Diary):
    tab = window.log_tab
    tab.earlier_button.click()
    dialog = tab.when_dialog
    dialog.time_edit.setTime(QTime(18, 0))
    ok = next(b for b in dialog.buttons.buttons() if b.text() == "Save")
    ok.click()
    assert dialog.isVisible()
    assert "still to come" in dialog.error.text()
    assert committed(diary) == []
    dialog.reject()


def test_change_time_moves_the_entry(window: MainWindow, diary: Diary):
    tab = window.log_tab
    tab.log_button.click()
    uuid = tab.details.uuid()
    tab.details.change_time_button.click()
    tab.when_dialog.time_edit.setTime(QTime(9, 15))
    tab.when_dialog.accept()
    assert diary.spasms.get(uuid).started.hour == 9
    assert "09:15" in tab.details.title.text()


def test_entries_logged_elsewhere_appear(window: MainWindow, diary: Diary):
    diary.spasms.log(severity=3)
    assert len(window.log_tab.today.rows) == 1


def test_tray_menu_logs_while_hidden(window: MainWindow, diary: Diary):
    window.hide()
    window.tray.log_action.trigger()
    assert len(committed(diary)) == 1
    assert window.isHidden()


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_nothing_is_clipped(window: MainWindow, qtbot, size):
    window.resize(*size)
    window.log_tab.log_button.click()
    QApplication.processEvents()
    for button in window.log_tab.findChildren(type(window.log_tab.log_button)):
        if button.isVisible():
            hint = button.sizeHint()
            assert button.width() >= hint.width() - 1, button.text()
            assert button.height() >= 44, button.text()


def test_day_rolls_over_at_four(qtbot, data_dir):
    clock = FakeClock(datetime(2026, 3, 11, 3, 50))
    diary = Diary(data_dir, clock=clock)
    win = MainWindow(diary)
    qtbot.addWidget(win)
    try:
        win.log_tab.log_button.click()
        assert len(win.log_tab.today.rows) == 1
        clock.advance(minutes=20)
        win.log_tab.refresh()
        assert win.log_tab.today.rows == []
    finally:
        win.close()
        diary.close()


def test_the_keyboard_logs_and_answers_one_detail_per_tab_stop(
    window: MainWindow, diary: Diary, qtbot
):
    def press(key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        return QApplication.focusWidget()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.log_tab
    tab.log_button.setFocus()
    press(Qt.Key.Key_Return)  # Enter presses the big button, as Space does
    assert len(committed(diary)) == 1
    details = tab.details
    for _ in range(10):
        if press(Qt.Key.Key_Tab) is details.severity.button(0):
            break
    assert QApplication.focusWidget() is details.severity.button(0)
    assert press(Qt.Key.Key_Right, times=3) is details.severity.button(3)
    press(Qt.Key.Key_Return)
    spasm = diary.spasms.get(details.uuid())
    assert spasm.severity == 3
    # The next Tab is the next question, not severity 4.
    first_kind = details.kind.button(details.kind.keys()[0])
    assert press(Qt.Key.Key_Tab) is first_kind
    assert press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is details.severity.button(3)
    assert press(Qt.Key.Key_Tab, times=2) is details.locations.button(details.locations.keys()[0])
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Space)
    assert diary.spasms.get(spasm.uuid).locations == (details.locations.keys()[1],)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L still logs from here
    assert len(committed(diary)) == 2


def test_range_chip_shows_no_invented_exact_duration(window: MainWindow, diary: Diary, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.log_tab
    tab.log_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    details = tab.details
    qtbot.mouseClick(details.duration.button("medium"), Qt.MouseButton.LeftButton)
    spasm = diary.spasms.get(details.uuid())
    assert details.duration.selected() == ["medium"]
    # The range was chosen, so no exact minutes are shown, only the chip.
    for spin in (details.minutes, details.seconds):
        assert not any(char.isdigit() for char in spin.text())
    assert spasm.duration_s is not None
    # Typing an exact time still stores it and is shown as typed.
    details.minutes.setFocus()
    qtbot.keyClicks(details.minutes, "7")
    qtbot.keyClick(details.minutes, Qt.Key.Key_Return)
    assert diary.spasms.get(spasm.uuid).duration_s == 7 * 60
    assert details.minutes.text() == "7 min"
    assert details.duration.selected() == ["long"]
