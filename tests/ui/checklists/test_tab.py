"""The Checklists tab with qtbot: doses, habits, medications, past days, reminders."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.checklists.reminders import MAX_WAIT_MS
from mslog.ui.main_window import MainWindow
from mslog.ui.settings.store import UiSettings
from mslog.ui.tray import CloseToTray
from tests.helpers.stubs import FakeClock


@pytest.fixture
def baclofen(diary: Diary):
    return diary.checklists.medications.add(
        "Baclofen", times=["08:00", "14:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )


@pytest.fixture
def tab(window: MainWindow):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    return window.checklists_page.content


def test_tick_untick_undo_and_skip_a_dose(window: MainWindow, tab, diary: Diary, baclofen):
    row = tab.doses.rows[(baclofen.uuid, "2026-03-11 14:00")]
    row.taken_button.click()
    [_, dose] = diary.checklists.doses.scheduled_on(date(2026, 3, 11))
    assert dose.state == "taken"
    assert f"{dose.record.taken:%H:%M}" == "14:30"
    assert "Taken at 14:30" in row.state_label.text()
    assert tab.progress.text() == "1 of 2 doses taken · 0 of 6 habits done"

    row.taken_button.click()  # unticking undoes
    assert diary.checklists.doses.scheduled_on(date(2026, 3, 11))[1].state == "open"
    window.undo_stack.undo()
    assert diary.checklists.doses.scheduled_on(date(2026, 3, 11))[1].state == "taken"
    assert row.taken_button.isChecked()

    late = tab.doses.rows[(baclofen.uuid, "2026-03-11 08:00")]
    assert late.state_label.text() == "Late: due at 08:00"
    late.skip_button.click()
    assert late.reason_button.isVisible()
    late.reason_button.click()
    tab.dialog.reason.setCurrentText("Felt too drowsy")
    tab.dialog.save_button.click()
    assert (
        diary.checklists.doses.scheduled_on(date(2026, 3, 11))[0].record.reason == "Felt too drowsy"
    )
    assert late.state_label.text() == "Skipped: Felt too drowsy"


def test_the_taken_time_can_be_adjusted(tab, diary: Diary, baclofen):
    row = tab.doses.rows[(baclofen.uuid, "2026-03-11 14:00")]
    row.taken_button.click()
    row.time_button.click()
    tab.dialog.time_edit.setTime(QTime(14, 5))
    tab.dialog.save_button.click()
    assert row.state_label.text() == "Taken at 14:05"


def test_add_a_habit_and_tick_it(tab, diary: Diary):
    tab.habits.add_button.click()
    tab.dialog.name.setText("Massage")
    tab.dialog.save_button.click()
    assert tab.dialog is not None
    assert tab.dialog.error.isVisible()
    tab.dialog.name.setText("TENS")
    tab.dialog.save_button.click()
    assert tab.dialog is None
    tens = next(h for h in diary.checklists.habits.listed() if h.name == "TENS")
    row = tab.habits.rows[tens.uuid]
    row.button.click()
    assert row.stamp.text() == "14:30"
    assert tab.progress.text() == "1 of 7 habits done"
    row.button.click()
    assert diary.checklists.habits.ticks_on(date(2026, 3, 11)) == {}


def test_habits_can_be_renamed_moved_and_removed(window: MainWindow, tab, diary: Diary):
    tab.habits.edit_button.click()
    first, second = list(tab.habits.rows.values())[:2]
    assert second.up_button.isVisible()
    second.up_button.click()
    assert diary.checklists.habits.listed()[0].name == "Heating pad"
    first.rename_button.click()
    tab.dialog.name.setText("Warm bath")
    tab.dialog.save_button.click()
    assert tab.habits.rows[first.habit.uuid].habit.name == "Warm bath"
    tab.habits.rows[first.habit.uuid].retire_button.click()
    assert first.habit.uuid not in tab.habits.rows
    window.undo_stack.undo()
    assert first.habit.uuid in tab.habits.rows


def test_add_a_medication_with_validation(tab, diary: Diary):
    tab.medications.add_button.click()
    dialog = tab.dialog
    dialog.name.setCurrentText("Tizanidine")
    dialog.amount.setText("0")
    dialog.save_button.click()
    assert dialog.error.text() == "Not saved. Amount: must be more than zero, not 0"
    dialog.amount.setText("2")
    dialog.times.add_time(QTime(8, 0))  # the same as the first
    dialog.save_button.click()
    assert "listed twice" in dialog.error.text()
    assert diary.checklists.medications.all() == []
    dialog.times.edits[1].setTime(QTime(20, 0))
    dialog.save_button.click()
    assert tab.dialog is None
    [med] = diary.checklists.medications.all()
    assert med.history_text() == "Tizanidine 2 mg ×2"
    assert [r.dose.time_of_day for r in tab.doses.rows.values()] == ["08:00", "20:00"]
    assert tab.medications.lines[0].detail.text() == "At 08:00, 20:00 · reminders on"


def test_a_change_is_a_new_version_from_its_day(tab, diary: Diary, baclofen):
    tab.medications.lines[0].change_button.click()
    tab.dialog.amount.setText("15")
    tab.dialog.from_day.setDate(date(2026, 3, 12))
    tab.dialog.save_button.click()
    med = diary.checklists.medications.get(baclofen.uuid)
    assert med.history_text() == "Baclofen 10 mg ×2 → 15 mg ×2 from 12 March"
    assert tab.doses.rows[(baclofen.uuid, "2026-03-11 14:00")].dose.label == "Baclofen 10 mg"


def test_a_past_day_can_be_edited_and_is_stamped(tab, diary: Diary, baclofen):
    assert not tab.next_button.isEnabled()
    tab.prev_button.click()
    assert tab.day == date(2026, 3, 10)
    assert tab.day_label.text() == "Yesterday · Tuesday 10 March"
    assert tab.past_hint.isVisible()
    row = tab.doses.rows[(baclofen.uuid, "2026-03-10 08:00")]
    row.taken_button.click()
    assert row.state_label.text() == "Taken at 08:00 · entered later"
    habit = next(iter(tab.habits.rows.values()))
    habit.button.click()
    assert habit.stamp.text() == "ticked later"
    assert tab.progress.text() == "1 of 2 doses taken · 1 of 6 habits done"
    tab.today_button.click()
    assert tab.day == date(2026, 3, 11)
    assert tab.progress.text() == "0 of 2 doses taken · 0 of 6 habits done"


def test_days_can_be_paged_with_the_keyboard(window: MainWindow, tab, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab.prev_button.setFocus()
    qtbot.keyClick(tab.prev_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.day == date(2026, 3, 10)
    qtbot.keyClick(tab.prev_button, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.day == date(2026, 3, 11)


def test_an_as_needed_dose_is_logged_and_removable(tab, diary: Diary):
    med = diary.checklists.medications.add("Diazepam", as_needed=True, starts=date(2026, 3, 1))
    tab.doses.as_needed_button.click()
    tab.dialog.amount.setText("2")
    tab.dialog.save_button.click()
    [row] = tab.doses.as_needed_rows
    assert row.record.medication_uuid == med.uuid
    row.remove_button.click()
    assert tab.doses.as_needed_rows == []


# --- reminders --------------------------------------------------------------


def test_a_reminder_waits_with_one_timer_and_shows_a_banner(
    window: MainWindow, diary: Diary, clock: FakeClock, baclofen
):
    diary.checklists.medications.add("Tizanidine", times=["14:33"], starts=date(2026, 3, 1))
    driver = window.reminders.driver
    assert driver.timer.isActive()
    assert driver.timer.isSingleShot()
    assert 3 * 60_000 <= driver.timer.interval() <= 3 * 60_000 + 1000  # no polling
    clock.set(datetime(2026, 3, 11, 14, 33, 1))
    driver.check()  # what the timer's timeout does
    banner = window.reminders.banner
    assert banner.isVisible()
    [(key, row)] = banner.rows.items()
    row.snooze_button.click()
    assert not banner.isVisible()
    assert window.reminders.planner.next_due() == clock.now().replace(minute=43)
    assert driver.timer.interval() == MAX_WAIT_MS  # woken at least every 5 minutes
    clock.set(datetime(2026, 3, 11, 14, 38, 1))
    driver.check()
    assert not banner.isVisible()
    clock.set(datetime(2026, 3, 11, 14, 43, 1))
    driver.check()
    banner.rows[key].taken_button.click()
    assert diary.checklists.doses.scheduled_on(date(2026, 3, 11))[-1].state == "taken"
    assert driver.timer.interval() == MAX_WAIT_MS  # next: 08:00 tomorrow, woken every 5 min


def test_after_a_suspend_missed_reminders_come_once(
    window: MainWindow, diary: Diary, clock: FakeClock, baclofen
):
    clock.set(datetime(2026, 3, 12, 9, 30))  # slept through 08:00
    window.reminders.driver.check()
    banner = window.reminders.banner
    assert banner.title.text() == "1 dose came due while MSLog was paused"
    window.reminders.driver.check()
    assert len(banner.rows) == 1
    window.tabs.setCurrentWidget(window.checklists_page)
    [row] = banner.rows.values()
    row.skip_button.click()
    assert diary.checklists.doses.scheduled_on(date(2026, 3, 12))[0].state == "skipped"


def test_ticking_in_the_tab_clears_the_banner(window: MainWindow, tab, clock, baclofen):
    clock.set(datetime(2026, 3, 11, 14, 30))
    window.reminders.banner.clear()
    clock.set(datetime(2026, 3, 12, 8, 0, 5))
    window.reminders.driver.check()
    assert window.reminders.banner.isVisible()
    tab.show_day(date(2026, 3, 12))
    tab.doses.rows[(baclofen.uuid, "2026-03-12 08:00")].taken_button.click()
    assert not window.reminders.banner.isVisible()


def test_reminders_switched_off_in_settings_stop_the_timer(window: MainWindow, baclofen):
    window.settings.set("reminders", False)
    assert not window.reminders.driver.timer.isActive()
    window.settings.set("reminders", True)
    assert window.reminders.driver.timer.isActive()


def test_closing_keeps_mslog_in_the_tray_and_says_so_once(window: MainWindow):
    settings = UiSettings()
    told = []
    keeper = CloseToTray(window, settings, lambda: True, lambda *a: told.append(a))
    assert keeper.keep_running(spontaneous=True)
    assert keeper.keep_running(spontaneous=True)
    assert len(told) == 1
    assert not keeper.keep_running(spontaneous=False)  # Quit, or the app closing
    settings.set("close_to_tray", False)
    assert not keeper.keep_running(spontaneous=True)
    no_tray = CloseToTray(window, UiSettings(), lambda: False, lambda *a: None)
    assert not no_tray.enabled()
    keeper.detach()
    no_tray.detach()


@pytest.mark.parametrize(
    ("theme", "scale", "minimum"),
    [("dark", 1.0, 4.5), ("high_contrast", 1.0, 7.0), ("light", 2.0, 4.5)],
)
def test_a_busy_day_passes_the_audit(
    window: MainWindow, tab, diary: Diary, baclofen, theme, scale, minimum
):
    from mslog.ui.style import apply_style
    from tests.helpers.audit import audit, clipping

    checklists = diary.checklists
    checklists.doses.mark_taken(baclofen.uuid, "2026-03-11 14:00")
    checklists.doses.mark_skipped(baclofen.uuid, "2026-03-11 08:00", "Ran out")
    diary.checklists.habits.tick(checklists.habits.listed()[0].uuid)
    tab.habits.edit_button.click()
    app = QApplication.instance()
    apply_style(app, theme, scale)
    try:
        for size in ((1280, 800), (800, 600)):
            window.resize(*size)
            QApplication.processEvents()
            # The tab only: the window's own tab bar is audited elsewhere. Contrast is read
            # from the screen, so only at 100 % text, where every row is in view.
            found = clipping(tab)
            if scale == 1.0:
                found += audit(tab, min_contrast=minimum)
            assert not found, "\n".join(str(p) for p in found)
    finally:
        apply_style(app, "light")


def test_a_shown_tab_turns_the_day_by_itself(window: MainWindow, tab, clock: FakeClock, baclofen):
    assert tab._redraw_timer.isActive()
    clock.set(datetime(2026, 3, 12, 4, 1))
    tab._redraw_timer.timeout.emit()  # what the timer does every few minutes
    assert tab.day_label.text() == "Today · Thursday 12 March"
    assert tab.progress.text() == "0 of 2 doses taken · 0 of 6 habits done"
    window.tabs.setCurrentIndex(0)
    assert not tab._redraw_timer.isActive()  # no redraws while nobody looks


def test_the_single_shot_timer_really_fires_once(
    window: MainWindow, diary: Diary, clock: FakeClock, qtbot
):
    diary.checklists.medications.add("Tizanidine", times=["14:31"], starts=date(2026, 3, 1))
    driver = window.reminders.driver
    clock.set(datetime(2026, 3, 11, 14, 30, 59, 900_000))
    driver.reschedule()
    assert driver.timer.interval() < 1000
    clock.set(datetime(2026, 3, 11, 14, 31, 0, 500_000))  # time passes while we wait
    fired = []
    driver.remind.connect(fired.append)
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=3000)
    assert driver.timer.interval() == MAX_WAIT_MS  # the next one is tomorrow
    driver.check()
    assert len(fired) == 1


def test_the_medication_dialog_passes_the_audit(tab, qtbot, baclofen):
    from tests.helpers.audit import audit, clipping

    tab.medications.lines[0].change_button.click()
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    found = audit(dialog) + clipping(dialog)
    assert not found, "\n".join(str(p) for p in found)
    dialog.reject()


def test_the_small_dialogs_pass_the_audit(tab, qtbot, diary: Diary, baclofen):
    from tests.helpers.audit import audit, clipping

    diary.checklists.medications.add("Diazepam", as_needed=True, starts=date(2026, 3, 1))
    row = tab.doses.rows[(baclofen.uuid, "2026-03-11 08:00")]
    row.skip_button.click()
    openers = [
        row.reason_button.click,
        tab.doses.as_needed_button.click,
        tab.habits.add_button.click,
        tab.medications.lines[0].stop_button.click,
    ]
    for open_dialog in openers:
        open_dialog()
        dialog = tab.dialog
        qtbot.waitExposed(dialog)
        found = audit(dialog) + clipping(dialog)
        assert not found, "\n".join(str(p) for p in found)
        dialog.reject()


def test_each_small_dialog_opens_with_the_keyboard_on_its_first_field(
    tab, qtbot, diary: Diary, baclofen
):
    """Typing straight away fills the first field; it never presses Save."""
    diary.checklists.medications.add("Diazepam", as_needed=True, starts=date(2026, 3, 1))
    row = tab.doses.rows[(baclofen.uuid, "2026-03-11 08:00")]
    row.skip_button.click()
    openers = {
        "reason": row.reason_button,
        "as-needed dose": tab.doses.as_needed_button,
        "add a habit": tab.habits.add_button,
        "add a medication": tab.medications.add_button,
        "stop a medication": tab.medications.lines[0].stop_button,
    }
    for name, button in openers.items():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = tab.dialog
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is d.first_field())
        assert QApplication.focusWidget() not in dialog.buttons.buttons(), name
        dialog.reject()
    # The habit's name, typed at once, goes into the name and Enter saves it.
    qtbot.mouseClick(tab.habits.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClicks(QApplication.focusWidget(), "Heat pad")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "Heat pad" in [h.name for h in diary.checklists.habits.listed()]


def test_tab_visits_the_page_as_it_is_read(window: MainWindow, diary: Diary, baclofen, qtbot):
    # A day's doses and habits are rows built after the rest of the page; Tab reaches
    # them where they are read, not after the last card.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.checklists_page.content
    tab.prev_button.setFocus()
    doses = [row.taken_button for row in tab.doses.rows.values()]
    habits = [row.button for row in tab.habits.rows.values()]
    wanted = [*doses, tab.doses.as_needed_button, *habits, tab.habits.add_button]
    seen = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused in wanted:
            seen.append(focused)
        if focused is tab.treatments.add_button:
            break
    assert seen == wanted
