"""The Checklists tab's Treatments card, by mouse and keyboard: record, change, remove, undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.checklists.treatments import BOTULINUM_TOXIN, PHYSIOTHERAPY, PUMP_REFILL
from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock

TODAY = date(2026, 3, 11)
CTRL = Qt.KeyboardModifier.ControlModifier
REDO = CTRL | Qt.KeyboardModifier.ShiftModifier


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def stored(diary: Diary) -> list[tuple]:
    return diary.db.execute_sql(
        "SELECT uuid, day, kind, name, sites, rate, next_refill, note FROM treatment ORDER BY id"
    ).fetchall()


@pytest.fixture
def tab(window: MainWindow):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    return window.checklists_page.content


def back_to(qtbot, window: MainWindow) -> None:
    """The window is active again once a dialog closed (a window manager's work offscreen)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_dialog(qtbot, tab, button):
    click(qtbot, button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_field())
    return dialog


def test_an_injection_recorded_changed_removed_and_each_undone(
    window: MainWindow, tab, diary: Diary, qtbot
):
    card = tab.treatments
    assert card.lines == []
    dialog = open_dialog(qtbot, tab, card.add_button)
    # The keyboard starts on the first field, the kind, which starts on an injection.
    assert QApplication.focusWidget() is dialog.kind
    assert dialog.chosen_kind() == BOTULINUM_TOXIN
    assert dialog.sites.isVisible()
    assert not dialog.rate.isVisible()
    assert not dialog.name.isVisible()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.day
    qtbot.keyClick(dialog.day, Qt.Key.Key_Down)  # the day before
    assert dialog.day.date().toPython() == date(2026, 3, 10)
    click(qtbot, dialog.sites)
    qtbot.keyClicks(dialog.sites, "left calf")
    qtbot.keyClick(dialog.sites, Qt.Key.Key_Return)
    [(uuid, *row)] = stored(diary)
    assert row == ["2026-03-10", "botulinum_toxin", "", "left calf", "", None, ""]
    assert tab.dialog is None
    assert tab.status.text() == (
        "Recorded the botulinum toxin injection on 10 March. Undo with Ctrl+Z."
    )
    [line] = card.lines
    assert line.title.text() == "Tue 10 Mar 2026 · Botulinum toxin injection"
    assert line.detail.text() == "Sites: left calf"

    # Change: a note typed into the last field, saved with Return.
    dialog = open_dialog(qtbot, tab, line.change_button)
    assert dialog.sites.text() == "left calf"
    click(qtbot, dialog.note)
    qtbot.keyClicks(dialog.note, "Clinic B, felt weaker for a week")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert stored(diary)[0][-1] == "Clinic B, felt weaker for a week"
    assert card.lines[0].detail.text() == "Sites: left calf · Clinic B, felt weaker for a week"
    back_to(qtbot, window)
    # The keyboard is back on the entry's Change button, rebuilt while the dialog was open.
    assert QApplication.focusWidget() is card.lines[0].change_button
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert stored(diary)[0][-1] == ""
    assert QApplication.focusWidget() is card.lines[0].change_button
    assert card.lines[0].detail.text() == "Sites: left calf"
    qtbot.keyClick(window, Qt.Key.Key_Z, REDO)
    assert stored(diary)[0][-1] == "Clinic B, felt weaker for a week"

    # Remove at once; undo puts back the same entry.
    click(qtbot, card.lines[0].remove_button)
    assert stored(diary) == []
    assert card.lines == []
    assert tab.status.text() == (
        "Removed the botulinum toxin injection on 10 March. Undo with Ctrl+Z."
    )
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [r[0] for r in stored(diary)] == [uuid]
    assert card.lines[0].detail.text() == "Sites: left calf · Clinic B, felt weaker for a week"
    # Further back: the change, then the recording itself.
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert stored(diary) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, REDO)
    assert [r[0] for r in stored(diary)] == [uuid]


def test_a_refused_entry_keeps_the_dialog_open_and_writes_nothing(
    window: MainWindow, tab, diary: Diary, qtbot
):
    dialog = open_dialog(qtbot, tab, tab.treatments.add_button)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_End)  # "Other treatment"
    assert dialog.name.isVisible()
    assert not dialog.sites.isVisible()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "Not saved. What it was: say what the treatment was"
    assert stored(diary) == []
    assert window.undo_stack.count() == 0
    click(qtbot, dialog.name)
    qtbot.keyClicks(dialog.name, "Hydrotherapy")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [r[2:4] for r in stored(diary)] == [("other", "Hydrotherapy")]
    assert tab.treatments.lines[0].title.text() == "Wed 11 Mar 2026 · Hydrotherapy"


def test_a_pump_refill_with_its_next_date_shows_on_the_card_and_as_a_banner(
    window: MainWindow, tab, diary: Diary, clock: FakeClock, qtbot
):
    dialog = open_dialog(qtbot, tab, tab.treatments.add_button)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # "Baclofen pump refill"
    assert dialog.chosen_kind() == PUMP_REFILL
    assert dialog.rate.isVisible()
    assert not dialog.next_refill.isEnabled()
    click(qtbot, dialog.rate)
    qtbot.keyClicks(dialog.rate, "120 micrograms a day")
    qtbot.keyClick(dialog.rate, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.remind
    qtbot.keyClick(dialog.remind, Qt.Key.Key_Space)
    assert dialog.next_refill.isEnabled()
    qtbot.keyClick(dialog.remind, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.next_refill
    qtbot.keyClick(dialog.next_refill, Qt.Key.Key_Tab)  # from the weekday to the day's number
    for _ in range(7):
        qtbot.keyClick(dialog.next_refill, Qt.Key.Key_Up)
    click(qtbot, dialog.save_button)
    [row] = stored(diary)
    assert row[2:] == ("pump_refill", "", "", "120 micrograms a day", "2026-03-18", "")
    card = tab.treatments
    assert card.refill.isVisible()
    assert card.refill.text() == "Baclofen pump refill due on Wednesday 18 March, in 7 days."
    # A week before and past 09:00: the banner comes with the next check of the timer.
    window.reminders.driver.check()
    banner = window.refills.banner
    assert banner.isVisible()
    assert banner.title.text() == card.refill.text()
    # Recording the refill takes the reminder away.
    clock.set(datetime(2026, 3, 18, 10, 0))
    diary.checklists.treatments.add(PUMP_REFILL, date(2026, 3, 18))
    assert not banner.isVisible()
    tab.refresh()
    assert not card.refill.isVisible()


def test_many_entries_show_the_latest_until_show_all(window: MainWindow, tab, diary: Diary, qtbot):
    for day in range(1, 10):
        diary.checklists.treatments.add(PHYSIOTHERAPY, date(2026, 3, day))
    card = tab.treatments
    assert len(card.lines) == 6
    assert card.lines[0].title.text() == "Mon 9 Mar 2026 · Physiotherapy session"
    assert card.more_button.text() == "Show all 9"
    click(qtbot, card.more_button)
    assert len(card.lines) == 9
    assert card.more_button.text() == "Show the latest only"


def test_treatments_are_markers_on_every_trends_lane(window: MainWindow, diary: Diary, qtbot):
    diary.spasms.log(severity=4)
    diary.checklists.treatments.add(BOTULINUM_TOXIN, date(2026, 3, 2))
    window.tabs.setCurrentWidget(window.trends_tab)
    QApplication.processEvents()
    view = window.trends_tab.content
    view.draw_all()
    lanes = view.lanes
    shown = lanes.visible_lanes()
    for key in shown:
        days = [m.marker_day for m in lanes.lanes[key].markers]
        assert date(2026, 3, 2) in days, key
    [top] = [m for m in lanes.lanes[shown[0]].markers if m.marker_day == date(2026, 3, 2)]
    assert top.label.format == "Injection"
