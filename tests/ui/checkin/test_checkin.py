"""The daily check-in in the window: every way in, saving as you go, undo, days, reminder."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.checkin.dialog import CheckinDialog
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style
from tests.helpers.audit import audit, clipping
from tests.helpers.stubs import LONDON, FakeClock

WEDNESDAY = date(2026, 3, 11)
TUESDAY = date(2026, 3, 10)
CTRL = Qt.KeyboardModifier.ControlModifier


def open_by_shortcut(window: MainWindow, qtbot) -> CheckinDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    dialog = window.checkin.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def tick(qtbot, box) -> None:
    """Click a check box on its box (its middle may be past the end of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))


@pytest.fixture
def dialog(window: MainWindow, qtbot) -> CheckinDialog:
    """The check-in, opened with Ctrl+D on Wednesday 11 March, 14:30."""
    opened = open_by_shortcut(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is opened.no_spasms)
    return opened


# --- the ways in ------------------------------------------------------------


def test_ctrl_d_opens_today_with_the_keyboard_on_the_spasm_log_answer(window: MainWindow, qtbot):
    window.log_tab.log_button.setFocus()
    dialog = open_by_shortcut(window, qtbot)
    assert dialog.isVisible()
    assert dialog.day == WEDNESDAY
    assert dialog.day_title.text() == "Wednesday 11 March (today)"
    # First on screen and first for the keyboard: the answer that makes the day count.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.no_spasms)
    assert said(dialog.no_spasms) == ("No spasms today", False)
    description = dialog.no_spasms.accessibleDescription()
    assert description.startswith("No spasms are logged for today. A day counts in your trends")
    qtbot.keyClick(dialog.no_spasms, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.nrs.button(0)
    assert "Ctrl+D" in window.checkin.action.shortcut().toString()


def test_the_log_tab_card_asks_until_the_day_is_done_and_undo_brings_it_back(
    window: MainWindow, diary: Diary, qtbot
):
    card = window.checkin.card
    assert card.isVisible()
    assert card.title.text() == "How was today?"
    assert not window.log_tab.checkin_button.isVisible()  # the card's button is the way in
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    dialog = window.checkin.dialog
    qtbot.waitExposed(dialog)
    assert dialog.no_spasms.isVisible()
    assert not dialog.all_logged.isVisible()
    tick(qtbot, dialog.no_spasms)
    assert diary.checkins.get(WEDNESDAY).spasms == "none"
    assert not card.isVisible()
    assert window.log_tab.checkin_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert diary.checkins.get(WEDNESDAY) is None
    assert card.isVisible()
    assert not dialog.no_spasms.isChecked()


def test_no_spasms_stops_counting_once_a_spasm_is_logged_that_day(
    window: MainWindow, diary: Diary, qtbot
):
    diary.checkins.update(WEDNESDAY, spasms="none")
    assert not window.checkin.card.isVisible()
    diary.spasms.log()
    assert window.checkin.card.isVisible()
    dialog = open_by_shortcut(window, qtbot)
    assert dialog.all_logged.isVisible()
    assert not dialog.all_logged.isChecked()
    assert not dialog.no_spasms.isVisible()


def test_the_how_was_today_button_opens_it_once_the_card_is_put_off(window: MainWindow, qtbot):
    card = window.checkin.card
    qtbot.mouseClick(card.later_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    button = window.log_tab.checkin_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.checkin.dialog.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_opening_it_again_brings_the_one_dialog_forward(
    window: MainWindow, dialog: CheckinDialog, qtbot
):
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.day == TUESDAY
    assert window.checkin.open() is dialog
    assert dialog.day == WEDNESDAY  # back on the day it asks about
    assert len(window.findChildren(CheckinDialog)) == 1


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_tray_menu_opens_it(window: MainWindow, qtbot):
    window.hide()
    window.tray.checkin_action.trigger()
    dialog = window.checkin.dialog
    qtbot.waitExposed(dialog)
    assert window.isVisible()
    assert dialog.day == WEDNESDAY


def test_in_the_morning_it_asks_about_yesterday(window: MainWindow, clock: FakeClock, qtbot):
    clock.set(datetime(2026, 3, 11, 8, 15))
    window.checkin.refresh()
    assert window.checkin.card.title.text() == "How was yesterday?"
    dialog = open_by_shortcut(window, qtbot)
    assert dialog.day == TUESDAY
    assert dialog.day_title.text() == "Tuesday 10 March (yesterday)"


# --- answering --------------------------------------------------------------


def test_each_answer_is_one_saved_write(dialog: CheckinDialog, diary: Diary, qtbot):
    qtbot.mouseClick(dialog.nrs.button(6), Qt.MouseButton.LeftButton)
    assert diary.checkins.get(WEDNESDAY).nrs == 6
    assert dialog.status.text() == "Saved: spasticity 6."
    qtbot.mouseClick(dialog.nights.button("3"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pain.button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.sleep.button("poor"), Qt.MouseButton.LeftButton)
    heat = diary.checkins.find_factor("heat")
    qtbot.mouseClick(dialog.factor_chips.button(heat.uuid), Qt.MouseButton.LeftButton)
    saved = diary.checkins.get(WEDNESDAY)
    assert (saved.nrs, saved.nights_woken, saved.pain, saved.sleep) == (6, 3, 2, "poor")
    assert saved.factors == {heat.uuid}
    assert saved.spasms is None  # no spasm logged, and "No spasms today" not ticked
    assert dialog.status.text() == "Saved: hot weather or overheating: yes."
    assert dialog.factor_chips.button(heat.uuid).text().startswith("✓")
    # Clicking a chosen value again clears it: every field may be left empty.
    qtbot.mouseClick(dialog.nrs.button(6), Qt.MouseButton.LeftButton)
    assert diary.checkins.get(WEDNESDAY).nrs is None
    assert window_undo_count(dialog) == 6


def window_undo_count(dialog: CheckinDialog) -> int:
    return dialog.parent().undo_stack.count()


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1):
    """Press a key where the keyboard is, as a person would."""
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def said(widget) -> tuple[str, bool]:
    """What a screen reader hears for a button: its name and whether it is chosen."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name), bool(interface.state().checked)


def test_each_question_is_one_tab_stop_and_the_arrows_move_within_it(
    dialog: CheckinDialog, diary: Diary, qtbot
):
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.nrs.button(0)
    assert said(dialog.nrs.button(0)) == ("Spasticity 0", False)
    assert press(qtbot, Qt.Key.Key_Right, times=5) is dialog.nrs.button(5)
    assert diary.checkins.get(WEDNESDAY) is None  # moving chooses nothing
    press(qtbot, Qt.Key.Key_Space)
    assert diary.checkins.get(WEDNESDAY).nrs == 5
    assert said(dialog.nrs.button(5)) == ("Spasticity 5", True)
    assert dialog.status.text() == "Saved: spasticity 5."
    # Tab goes on to the next question, never to "6".
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.nights.button("0")
    assert said(dialog.nights.button("0")) == ("Not woken by spasms", False)
    press(qtbot, Qt.Key.Key_Right, times=2)
    assert press(qtbot, Qt.Key.Key_Return) is dialog.nights.button("2")
    assert diary.checkins.get(WEDNESDAY).nights_woken == 2
    assert dialog.isVisible()  # Enter chose the focused value and pressed nothing else
    # Back with Shift+Tab: the keyboard lands on the value chosen.
    assert press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is dialog.nrs.button(5)
    assert press(qtbot, Qt.Key.Key_End) is dialog.nrs.button(10)
    assert press(qtbot, Qt.Key.Key_Right) is dialog.nrs.button(10)  # the scale ends at 10
    assert press(qtbot, Qt.Key.Key_Home) is dialog.nrs.button(0)
    assert press(qtbot, Qt.Key.Key_Left) is dialog.nrs.button(0)
    assert press(qtbot, Qt.Key.Key_Tab, times=2) is dialog.pain.button(0)
    press(qtbot, Qt.Key.Key_Down, times=3)
    press(qtbot, Qt.Key.Key_Space)
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.sleep.button("good")
    press(qtbot, Qt.Key.Key_Right, times=2)
    press(qtbot, Qt.Key.Key_Space)
    saved = diary.checkins.get(WEDNESDAY)
    assert (saved.nrs, saved.nights_woken, saved.pain, saved.sleep) == (5, 2, 3, "poor")
    # What was true: one stop too; Space ticks and unticks the chip with the focus.
    heat, infection = (diary.checkins.find_factor(n).uuid for n in ("heat", "infection"))
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.factor_chips.button(heat)
    assert press(qtbot, Qt.Key.Key_Right) is dialog.factor_chips.button(infection)
    press(qtbot, Qt.Key.Key_Space)
    assert diary.checkins.get(WEDNESDAY).factors == {infection}
    assert said(dialog.factor_chips.button(infection))[1]
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.own_factor
    chip = press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert chip is dialog.factor_chips.button(infection)  # the one that is on
    press(qtbot, Qt.Key.Key_Space)
    assert diary.checkins.get(WEDNESDAY).factors == set()


def test_tab_stops_follow_reading_order_one_per_question(
    dialog: CheckinDialog, diary: Diary, qtbot
):
    heat = dialog.factor_chips.button(diary.checkins.find_factor("heat").uuid)
    stops = [press(qtbot, Qt.Key.Key_Tab) for _ in range(11)]
    assert stops == [
        dialog.nrs.button(0),
        dialog.nights.button("0"),
        dialog.pain.button(0),
        dialog.sleep.button("good"),
        heat,
        dialog.own_factor,
        dialog.add_factor_button,
        dialog.edit_factors_button,
        dialog.done_button,  # Undo has nothing to undo yet; Day after is today's limit
        dialog.previous_button,
        dialog.no_spasms,  # the spasm log, first under the day's name
    ]
    assert press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier, times=2) is (
        dialog.done_button
    )
    assert press(qtbot, Qt.Key.Key_Tab, times=2) is dialog.no_spasms
    press(qtbot, Qt.Key.Key_Space)
    assert diary.checkins.get(WEDNESDAY).spasms == "none"
    assert diary.checkins.get(WEDNESDAY).complete
    assert dialog.no_spasms.isChecked()
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_the_spasm_log_answer_shows_without_scrolling(
    window: MainWindow, diary: Diary, qtbot, size, scale: float
):
    diary.spasms.log()
    app = QApplication.instance()
    apply_style(app, "light", scale)
    try:
        window.resize(*size)
        dialog = open_by_shortcut(window, qtbot)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.all_logged)
        QApplication.processEvents()
        assert dialog.scroll_area.verticalScrollBar().value() == 0
        viewport = dialog.scroll_area.viewport()
        shown = dialog.all_logged.geometry().translated(
            dialog.all_logged.parentWidget().mapTo(viewport, QPoint(0, 0))
        )
        assert viewport.rect().contains(shown)
        assert dialog.all_logged.visibleRegion().boundingRect().size() == dialog.all_logged.size()
        assert dialog.all_logged.text() == "I logged all my spasms today"
        assert dialog.all_logged.isChecked()
    finally:
        apply_style(app, "light")


def test_all_logged_is_on_once_a_spasm_is_logged_and_saved_with_the_first_answer(
    window: MainWindow, diary: Diary, qtbot
):
    diary.spasms.log()
    dialog = open_by_shortcut(window, qtbot)
    assert dialog.all_logged.isVisible()
    assert dialog.all_logged.isChecked()
    assert not dialog.no_spasms.isVisible()  # a contradiction cannot be entered
    assert dialog.spasm_count.text() == "1 spasm is logged for today."
    qtbot.mouseClick(dialog.pain.button(4), Qt.MouseButton.LeftButton)
    assert diary.checkins.get(WEDNESDAY).spasms == "all_logged"
    assert not window.checkin.card.isVisible()
    tick(qtbot, dialog.all_logged)
    assert diary.checkins.get(WEDNESDAY).spasms is None
    assert window.checkin.card.isVisible()
    assert "say whether your spasm log is complete" in window.checkin.card.text.text()


def test_undo_and_redo_restore_the_exact_check_in(
    window: MainWindow, dialog: CheckinDialog, diary: Diary, qtbot
):
    qtbot.mouseClick(dialog.nrs.button(5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.sleep.button("good"), Qt.MouseButton.LeftButton)
    first = diary.checkins.get(WEDNESDAY)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert diary.checkins.get(WEDNESDAY).sleep is None
    assert diary.checkins.get(WEDNESDAY).nrs == 5
    assert not dialog.sleep.button("good").isChecked()
    assert dialog.status.text() == "Undone: sleep good (Wednesday 11 March). Redo brings it back."
    qtbot.keyClick(dialog, Qt.Key.Key_Z, CTRL)  # in the dialog too
    assert diary.checkins.get(WEDNESDAY) is None
    assert dialog.nrs.value() is None
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert diary.checkins.get(WEDNESDAY) == first
    assert dialog.sleep.button("good").isChecked()


def test_undo_after_closing_speaks_on_the_log_tab(
    window: MainWindow, dialog: CheckinDialog, diary: Diary, qtbot
):
    qtbot.mouseClick(dialog.pain.button(7), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert window.checkin.dialog is None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert diary.checkins.get(WEDNESDAY) is None
    assert window.log_tab.status.text().startswith("Undone: pain 7")


# --- earlier days -----------------------------------------------------------


def test_an_earlier_day_is_named_and_edited(dialog: CheckinDialog, diary: Diary, qtbot):
    assert not dialog.next_button.isEnabled()  # no check-in for days to come
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.day_title.text() == "Monday 9 March"
    assert dialog.factors_title.text() == "What was true on Monday 9 March"
    qtbot.mouseClick(dialog.nrs.button(8), Qt.MouseButton.LeftButton)
    assert diary.checkins.get(date(2026, 3, 9)).nrs == 8
    assert diary.checkins.get(WEDNESDAY) is None
    undo_text = dialog.parent().undo_action.text()
    assert "spasticity 8 (Monday 9 March)" in undo_text  # the day named as in the heading
    qtbot.keyClick(dialog, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert dialog.day == TUESDAY
    assert dialog.nrs.value() is None
    qtbot.keyClick(dialog, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert dialog.nrs.value() == 8


def test_undo_names_the_day_as_the_heading_does(dialog: CheckinDialog, diary: Diary, qtbot):
    qtbot.keyClick(dialog, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert dialog.day_title.text() == "Tuesday 10 March (yesterday)"
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.nrs.button(0)
    press(qtbot, Qt.Key.Key_Right, times=6)
    press(qtbot, Qt.Key.Key_Space)
    assert diary.checkins.get(TUESDAY).nrs == 6
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert diary.checkins.get(TUESDAY) is None
    assert dialog.status.text() == "Undone: spasticity 6 (Tuesday 10 March). Redo brings it back."
    assert not dialog.nrs.button(6).isChecked()


# --- the person's own factors -----------------------------------------------


def test_own_factors_are_added_renamed_and_removed(dialog: CheckinDialog, diary: Diary, qtbot):
    dialog.own_factor.setFocus()
    qtbot.keyClicks(dialog.own_factor, "Long drive")
    qtbot.keyClick(dialog.own_factor, Qt.Key.Key_Return)
    drive = diary.checkins.find_factor("Long drive")
    assert drive is not None
    assert drive.key is None
    assert dialog.factor_chips.button(drive.uuid).text() == "Long drive"
    assert dialog.own_factor.text() == ""
    assert dialog.isVisible()  # Enter added it, nothing else
    qtbot.mouseClick(dialog.factor_chips.button(drive.uuid), Qt.MouseButton.LeftButton)
    assert diary.checkins.get(WEDNESDAY).factors == {drive.uuid}

    qtbot.mouseClick(dialog.edit_factors_button, Qt.MouseButton.LeftButton)
    row = dialog.edit_rows[drive.uuid]
    assert row.isVisible()
    first_row = next(iter(dialog.edit_rows.values()))
    assert dialog.edit_factors_button.nextInFocusChain() is first_row.rename_button
    last = dialog.edit_rows[drive.uuid].remove_button
    assert last.nextInFocusChain() is dialog.undo_button  # the rows are in reading order
    assert not dialog.factor_chips.isVisible()  # one list at a time
    qtbot.mouseClick(row.rename_button, Qt.MouseButton.LeftButton)
    rename = dialog.rename_dialog
    qtbot.waitExposed(rename)
    rename.name.selectAll()
    qtbot.keyClicks(rename.name, "Car journey")
    qtbot.mouseClick(rename.save_button, Qt.MouseButton.LeftButton)
    assert diary.checkins.get_factor(drive.uuid).name == "Car journey"
    assert dialog.factor_chips.button(drive.uuid).text() == "✓ Car journey"
    assert not dialog.factor_chips.isVisible()  # still changing the list
    assert diary.checkins.get(WEDNESDAY).factors == {drive.uuid}  # the day kept its answer

    qtbot.mouseClick(dialog.edit_rows[drive.uuid].remove_button, Qt.MouseButton.LeftButton)
    assert drive.uuid not in [f.uuid for f in diary.checkins.factors(WEDNESDAY)]
    offered = dialog.factor_chips.keys()  # a list, in the order shown
    assert drive.uuid not in offered
    assert "Undo puts it back" in dialog.status.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, CTRL)
    offered = dialog.factor_chips.keys()
    assert drive.uuid in offered
    qtbot.mouseClick(dialog.edit_factors_button, Qt.MouseButton.LeftButton)
    assert dialog.factor_chips.isVisible()
    assert dialog.edit_factors_button.text() == "Change the list"


def test_a_duplicate_factor_is_refused_with_a_reason(dialog: CheckinDialog, diary: Diary, qtbot):
    before = len(diary.checkins.factors())
    dialog.own_factor.setFocus()
    qtbot.keyClicks(dialog.own_factor, "stress")
    qtbot.mouseClick(dialog.add_factor_button, Qt.MouseButton.LeftButton)
    assert len(diary.checkins.factors()) == before
    assert dialog.status.text() == "Not saved. Name: Stress is already on the list"


# --- the reminder -----------------------------------------------------------


def test_the_reminder_comes_at_21_00_on_the_one_timer(
    window: MainWindow, clock: FakeClock, qtbot, monkeypatch
):
    told = []
    monkeypatch.setattr(window.tray, "notify", lambda title, text: told.append(title))
    driver = window.reminders.driver
    assert window.checkin.planner.next_due() == datetime(2026, 3, 11, 21, 0, tzinfo=LONDON)
    assert driver.timer.isActive()
    clock.set(datetime(2026, 3, 11, 20, 59))
    driver.check()
    assert not window.checkin.bar.isVisible()
    clock.set(datetime(2026, 3, 11, 21, 0))
    driver.check()  # what the timer's timeout does
    assert told == ["How was today?"]
    bar = window.checkin.bar
    assert bar.isVisible()
    assert bar.title.text() == "How was today?"
    qtbot.mouseClick(bar.snooze_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert "21:10" in window.log_tab.status.text()
    clock.set(datetime(2026, 3, 11, 21, 10))
    driver.check()
    assert bar.isVisible()
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.checkin.dialog.day == WEDNESDAY


def test_the_one_timer_really_fires_for_the_check_in(
    window: MainWindow, clock: FakeClock, qtbot, monkeypatch
):
    monkeypatch.setattr(window.tray, "notify", lambda title, text: None)
    driver = window.reminders.driver
    clock.set(datetime(2026, 3, 11, 20, 59, 59, 900_000))
    window.checkin.refresh()  # any check-in change reschedules
    assert driver.timer.interval() < 1000
    clock.set(datetime(2026, 3, 11, 21, 0, 0, 500_000))  # time passes while we wait
    qtbot.waitUntil(window.checkin.bar.isVisible, timeout=3000)
    assert window.checkin.bar.day == WEDNESDAY


def test_no_reminder_once_the_check_in_is_done(
    window: MainWindow, diary: Diary, clock: FakeClock, monkeypatch
):
    told = []
    monkeypatch.setattr(window.tray, "notify", lambda title, text: told.append(title))
    diary.checkins.update(WEDNESDAY, nrs=2, spasms="none")
    assert window.checkin.planner.next_due() == datetime(2026, 3, 12, 21, 0, tzinfo=LONDON)
    clock.set(datetime(2026, 3, 11, 21, 0))
    window.reminders.driver.check()
    assert told == []
    assert not window.checkin.bar.isVisible()


def test_reminders_switched_off_ask_nothing(window: MainWindow, clock: FakeClock):
    clock.set(datetime(2026, 3, 11, 21, 0))
    window.reminders.driver.check()
    assert window.checkin.bar.isVisible()
    window.settings.set("reminders", False)
    assert not window.checkin.bar.isVisible()
    assert not window.reminders.driver.timer.isActive()
    window.checkin.refresh()  # a check-in change does not restart the timer either
    assert not window.reminders.driver.timer.isActive()


def test_the_reminder_time_is_set_in_settings(window: MainWindow, diary: Diary, qtbot):
    settings = window.show_settings()
    qtbot.waitExposed(settings)
    assert settings.checkin_time.currentText() == "21:00"
    settings.checkin_time.setFocus()
    qtbot.keyClick(settings.checkin_time, Qt.Key.Key_Up)
    assert diary.checkins.reminder_time() == "20:30"
    assert window.checkin.planner.next_due() == datetime(2026, 3, 11, 20, 30, tzinfo=LONDON)
    settings.reject()


# --- accessibility ----------------------------------------------------------


@pytest.mark.parametrize(
    ("theme", "minimum"), [("light", 4.5), ("dark", 4.5), ("high_contrast", 7)]
)
def test_the_dialog_passes_the_audit(
    window: MainWindow, dialog: CheckinDialog, theme: str, minimum: float, qtbot
):
    app = QApplication.instance()
    apply_style(app, theme)
    try:
        found = []
        for _mode in ("ticking", "changing the list"):
            for scrolled in (0, 10_000):
                dialog.scroll_area.verticalScrollBar().setValue(scrolled)
                QApplication.processEvents()
                found += [str(p) for p in audit(dialog, min_contrast=minimum)]
            qtbot.mouseClick(dialog.edit_factors_button, Qt.MouseButton.LeftButton)
        assert not found, "\n".join(found)
    finally:
        apply_style(app, "light")


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_nothing_is_clipped_or_scrolls_sideways_at_200_percent(
    window: MainWindow, diary: Diary, size, qtbot
):
    app = QApplication.instance()
    apply_style(app, "light", 2.0)
    try:
        window.resize(*size)
        dialog = open_by_shortcut(window, qtbot)
        QApplication.processEvents()
        assert dialog.width() <= size[0]
        assert dialog.height() <= size[1]
        assert dialog.scroll_area.horizontalScrollBar().maximum() == 0
        content = dialog.scroll_area.widget()
        assert content.width() <= dialog.scroll_area.viewport().width()
        assert not [str(p) for p in clipping(dialog)]
    finally:
        apply_style(app, "light")


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_scroll_bar_is_wide_enough_to_grab(window: MainWindow, qtbot, scale: float):
    app = QApplication.instance()
    apply_style(app, "light", scale)
    try:
        window.resize(800, 600)
        dialog = open_by_shortcut(window, qtbot)
        QApplication.processEvents()
        bar = dialog.scroll_area.verticalScrollBar()
        assert bar.isVisible()  # the answers do not all fit at 800x600
        assert bar.width() >= 18 * scale
        # Page Down is not needed to reach anything: Tab scrolls each answer into view.
        dialog.done_button.setFocus()
        assert press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier).isVisible()
        assert bar.value() == bar.maximum()
        assert press(qtbot, Qt.Key.Key_Tab, times=3) is dialog.no_spasms  # Done, ◀, the log
        shown = dialog.no_spasms.visibleRegion().boundingRect().size()
        assert shown == dialog.no_spasms.size()
    finally:
        apply_style(app, "light")
