"""Changing any kind of entry of an earlier day from the History tab, each change one undo step."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.core.routines.player import Player
from mslog.ui.main_window import MainWindow
from tests.core.routines.test_sessions import ROUTINE
from tests.helpers.stubs import LONDON, FakeClock
from tests.ui.history.test_tab import ALT, CTRL, open_history, press, shown_texts, tab_to

YESTERDAY = date(2026, 3, 10)


def line_of(tab, words: str):
    """The entry line of the day shown whose words start with ``words``."""
    return next(x for x in tab.day_view.lines if x.text.text().startswith(words))


def button_of(tab, words: str, text: str):
    """The button reading ``text`` on the entry line starting with ``words``."""
    return next(b for b in line_of(tab, words).buttons if b.text() == text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def undo(qtbot, window: MainWindow) -> None:
    """Press Ctrl+Z in the window, active again as a window manager makes it after a dialog."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)


def baclofen(diary: Diary):
    return diary.checklists.medications.add(
        "Baclofen", times=["08:00", "20:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )


def doses_of(diary: Diary, day: date = YESTERDAY):
    return {d.time_of_day: d.record for d in diary.checklists.doses.scheduled_on(day)}


def test_an_open_dose_of_yesterday_is_ticked_then_its_time_typed(
    window: MainWindow, diary: Diary, qtbot
):
    baclofen(diary)
    tab = open_history(window, qtbot)
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert shown_texts(tab) == []  # nothing recorded: the open doses are listed apart
    assert tab.day_view.empty.text() == "Nothing was recorded on this day."
    taken = button_of(tab, "Baclofen 10 mg: nothing recorded", "Taken")
    assert taken.accessibleName() == "Mark Baclofen 10 mg 08:00 taken"
    taken.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter presses the focused button
    record = doses_of(diary)["08:00"]
    assert record.status == "taken"
    assert f"{record.taken:%H:%M}" == "08:00"  # an earlier day is ticked at the dose's time
    assert "Baclofen 10 mg: taken at 08:00" in shown_texts(tab)[0]
    assert not tab.day_view.empty.isVisible()
    click(qtbot, button_of(tab, "Baclofen 10 mg: taken", "Change time"))
    dialog = tab.form
    qtbot.waitUntil(lambda: dialog.time_edit.hasFocus())
    qtbot.keyClicks(dialog.time_edit, "0915")
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.form is None)
    # The keyboard is back on the row's button (rebuilt by the save), not lost.
    again = button_of(tab, "Baclofen 10 mg: taken", "Change time")
    assert window.focusWidget() is again  # the window's keyboard, once it is active again
    assert f"{doses_of(diary)['08:00'].taken:%H:%M}" == "09:15"
    assert tab.status.text() == "08:00 Baclofen 10 mg: taken at 09:15. Undo with Ctrl+Z."
    assert "Baclofen 10 mg: taken at 09:15" in shown_texts(tab)[0]
    undo(qtbot, window)
    assert f"{doses_of(diary)['08:00'].taken:%H:%M}" == "08:00"
    undo(qtbot, window)
    assert doses_of(diary)["08:00"] is None


def test_a_dose_skipped_with_a_reason(window: MainWindow, diary: Diary, qtbot):
    baclofen(diary)
    tab = open_history(window, qtbot)
    click(qtbot, tab.yesterday_button)
    click(qtbot, tab.day_view.open_lines[1].buttons[1])  # 20:00, Skipped
    assert doses_of(diary)["20:00"].status == "skipped"
    assert "20:00 Baclofen 10 mg: skipped" in tab.status.text()
    click(qtbot, button_of(tab, "Baclofen 10 mg: skipped", "Reason…"))
    dialog = tab.form
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClicks(QApplication.focusWidget(), "Felt too drowsy")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.form is None)
    assert doses_of(diary)["20:00"].reason == "Felt too drowsy"
    # Said where the person looks, and which dose of the day it was.
    assert tab.status.text() == "20:00 Baclofen 10 mg: skipped: Felt too drowsy. Undo with Ctrl+Z."
    assert "Baclofen 10 mg: skipped: Felt too drowsy (entered later)" in shown_texts(tab)


def test_side_effects_after_a_dose_noted_changed_and_removed(
    window: MainWindow, diary: Diary, qtbot
):
    med = baclofen(diary)
    diary.checklists.doses.mark_taken(med.uuid, "2026-03-10 08:00")
    tab = open_history(window, qtbot)
    click(qtbot, tab.yesterday_button)
    click(qtbot, button_of(tab, "Baclofen 10 mg: taken", "Side effects…"))
    dialog = tab.form
    click(qtbot, dialog.kinds.button("drowsiness"))
    qtbot.keyClicks(dialog.note, "an hour after")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.form is None)
    (effect,) = diary.checklists.effects.on_day(YESTERDAY)
    assert (effect.kinds, effect.note, effect.slot_local) == (
        ("drowsiness",),
        "an hour after",
        "2026-03-10 08:00",
    )
    described = effect.describe()
    assert described in shown_texts(tab)
    click(qtbot, button_of(tab, described, "Change…"))
    dialog = tab.form
    assert dialog.note.text() == "an hour after"
    click(qtbot, dialog.kinds.button("dizziness"))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: tab.form is None)
    (effect,) = diary.checklists.effects.on_day(YESTERDAY)
    assert effect.kinds == ("drowsiness", "dizziness")
    click(qtbot, button_of(tab, effect.describe(), "Remove"))
    assert diary.checklists.effects.on_day(YESTERDAY) == []
    assert "No side effects noted for 08:00 Baclofen 10 mg." in tab.status.text()
    undo(qtbot, window)
    assert diary.checklists.effects.on_day(YESTERDAY)[0].kinds == ("drowsiness", "dizziness")


def test_a_habit_of_yesterday_ticked_after_the_fact(window: MainWindow, diary: Diary, qtbot):
    habit = diary.checklists.habits.listed()[0]
    tab = open_history(window, qtbot)
    click(qtbot, tab.yesterday_button)
    done = button_of(tab, f"{habit.name}: not ticked", "Done")
    assert done.accessibleName() == f"Mark {habit.name} done"
    click(qtbot, done)
    assert habit.uuid in diary.checklists.habits.ticks_on(YESTERDAY)
    assert diary.checklists.habits.ticks_on(date(2026, 3, 11)) == {}  # not today's
    assert habit.name in shown_texts(tab)  # now under "Habits done"
    undo(qtbot, window)
    assert diary.checklists.habits.ticks_on(YESTERDAY) == {}


def test_the_check_in_of_yesterday_opens_to_change(window: MainWindow, diary: Diary, qtbot):
    diary.checkins.update(YESTERDAY, nrs=6)
    tab = open_history(window, qtbot)
    click(qtbot, tab.yesterday_button)
    click(qtbot, button_of(tab, "Spasticity 6 of 10", "Change…"))
    dialog = window.checkin.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.day == YESTERDAY
    dialog.close()


def test_the_keyboard_is_back_on_change_after_the_check_in(window: MainWindow, diary: Diary, qtbot):
    diary.checkins.update(YESTERDAY, nrs=6)
    tab = open_history(window, qtbot)
    press(qtbot, Qt.Key.Key_Left, ALT)
    tab_to(qtbot, button_of(tab, "Spasticity 6 of 10", "Change…"))
    press(qtbot, Qt.Key.Key_Return)
    dialog = window.checkin.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isActiveWindow())
    qtbot.keyClick(dialog.nrs.button(6), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # an answer: the day redraws
    assert diary.checkins.get(YESTERDAY).nrs == 7
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.checkin.dialog is None)
    window.activateWindow()  # as the window manager does when the dialog goes
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is button_of(tab, "Spasticity 7 of 10", "Change…")
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)  # today's check-in, from the keyboard
    dialog = window.checkin.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isActiveWindow())
    qtbot.keyClick(dialog.nrs.button(7), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert diary.checkins.get(date(2026, 3, 11)).nrs == 8  # the day redraws all the same
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.checkin.dialog is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is button_of(tab, "Spasticity 7 of 10", "Change…")


def test_a_stretch_session_removed_and_brought_back(
    window: MainWindow, diary: Diary, qtbot, clock: FakeClock
):
    routine = ROUTINE
    player = Player(routine, clock.monotonic)
    diary.stretches.track(player)
    player.start()
    clock.advance(30)
    player.update()
    player.stop()
    (session,) = diary.stretches.recent()
    tab = open_history(window, qtbot)
    remove = button_of(tab, routine.name, "Remove")
    assert remove.accessibleName() == "Remove the stretch session at 14:30"
    click(qtbot, remove)
    assert diary.stretches.recent() == []
    assert tab.status.text().startswith(f"Removed the {routine.name} session at 14:30")
    undo(qtbot, window)
    assert diary.stretches.recent() == [session]
    assert any(t.startswith(routine.name) for t in shown_texts(tab))


def test_a_treatment_changed_in_its_dialog(window: MainWindow, diary: Diary, qtbot):
    diary.checklists.treatments.add("physiotherapy", YESTERDAY, note="Hamstrings")
    tab = open_history(window, qtbot)
    click(qtbot, tab.yesterday_button)
    click(qtbot, button_of(tab, "Physiotherapy", "Change…"))
    dialog = tab.form
    dialog.note.selectAll()
    qtbot.keyClicks(dialog.note, "Calves and hamstrings")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.form is None)
    (treatment,) = diary.checklists.treatments.between(YESTERDAY, YESTERDAY)
    assert treatment.note == "Calves and hamstrings"
    assert any("Calves and hamstrings" in t for t in shown_texts(tab))
    undo(qtbot, window)
    assert diary.checklists.treatments.between(YESTERDAY, YESTERDAY)[0].note == "Hamstrings"


def test_every_entry_button_is_reached_by_tab(window: MainWindow, diary: Diary, qtbot):
    med = baclofen(diary)
    diary.checklists.doses.mark_taken(med.uuid, "2026-03-10 08:00")
    diary.spasms.log(started=datetime(2026, 3, 10, 9, 0, tzinfo=LONDON))
    tab = open_history(window, qtbot)
    click(qtbot, tab.yesterday_button)
    buttons = tab.day_view.buttons()
    tab.day_view.anchor.setFocus()
    seen = []
    for _ in buttons:
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == buttons  # in reading order, none skipped


def test_a_spasm_of_the_night_after_says_so(window: MainWindow, diary: Diary, qtbot):
    diary.spasms.log(started=datetime(2026, 3, 11, 2, 40, tzinfo=LONDON), severity=5)
    tab = open_history(window, qtbot)
    click(qtbot, tab.yesterday_button)  # 02:40 belongs to the diary day before
    assert shown_texts(tab)[0].startswith("After midnight · Severity 5")


def test_a_spasm_deleted_by_keyboard_leaves_it_on_the_next_entry_in_sight(
    window: MainWindow, diary: Diary, qtbot
):
    window.resize(800, 560)  # the day's rows and the calendar under them do not fit
    for hour in (8, 9, 21):
        diary.spasms.log(started=datetime(2026, 3, 10, hour, 15, tzinfo=LONDON))
    tab = open_history(window, qtbot)
    press(qtbot, Qt.Key.Key_Left, ALT)
    tab_to(qtbot, button_of(tab, "", "Delete"))
    visited = []

    def moved(_old, new) -> None:
        visited.append(new)

    QApplication.instance().focusChanged.connect(moved)
    press(qtbot, Qt.Key.Key_Return)
    assert len(diary.spasms.between(YESTERDAY, YESTERDAY, diary.day_rule)) == 2
    after = QApplication.focusWidget()
    # The next entry's first button: a second press (a tremor) deletes nothing more.
    assert after.accessibleName() == "Edit the details of the spasm at 09:15"
    # Straight there: by way of the calendar, the page scrolled down to it and stayed.
    assert visited == [after]
    assert not after.visibleRegion().isEmpty()
    undo(qtbot, window)
    assert len(diary.spasms.between(YESTERDAY, YESTERDAY, diary.day_rule)) == 3
    again = QApplication.focusWidget()
    assert again.accessibleName() == "Edit the details of the spasm at 09:15"  # it stays
    assert not again.visibleRegion().isEmpty()
    QApplication.instance().focusChanged.disconnect(moved)


def test_the_keyboard_follows_a_dose_ticked_and_unticked(window: MainWindow, diary: Diary, qtbot):
    baclofen(diary)
    tab = open_history(window, qtbot)
    press(qtbot, Qt.Key.Key_Left, ALT)
    tab_to(qtbot, button_of(tab, "Baclofen 10 mg: nothing recorded", "Taken"))  # 08:00
    press(qtbot, Qt.Key.Key_Space)
    assert doses_of(diary)["08:00"].status == "taken"
    # On the dose just ticked, now under "Doses": not on the 20:00 dose's Taken.
    assert (
        QApplication.focusWidget().accessibleName() == "Change when Baclofen 10 mg 08:00 was taken"
    )
    tab_to(qtbot, button_of(tab, "Baclofen 10 mg: taken", "Untick"))
    press(qtbot, Qt.Key.Key_Return)
    assert doses_of(diary)["08:00"] is None
    # Back on the same dose, open again: a second press would tick it, not the 20:00 one.
    assert QApplication.focusWidget().accessibleName() == "Mark Baclofen 10 mg 08:00 taken"


def test_the_undo_line_at_the_foot_never_hides_the_row_the_keyboard_is_on(
    window: MainWindow, diary: Diary, qtbot
):
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    window.resize(800, 600)
    for hour in range(8, 20):
        diary.spasms.log(started=datetime(2026, 3, 10, hour, 5, tzinfo=LONDON), severity=4)
    window.operations.spasms.log(datetime(2026, 3, 8, 9, 0, tzinfo=LONDON))
    tab = open_history(window, qtbot)
    press(qtbot, Qt.Key.Key_Left, ALT)
    last = next(
        b
        for x in tab.day_view.lines
        for b in x.buttons
        if b.accessibleName() == "Edit the details of the spasm at 19:05"
    )
    tab_to(qtbot, last, most=80)
    area = next(a for a in tab.findChildren(QScrollArea) if a.isAncestorOf(last))
    viewport = area.viewport()
    bar = area.verticalScrollBar()
    # The row right at the foot of the page's visible part, as scrolling down leaves it.
    bottom = last.mapTo(area.widget(), QPoint(0, last.height())).y()
    bar.setValue(bottom - viewport.height())
    undo(qtbot, window)  # takes back the spasm logged before History was opened
    qtbot.waitUntil(window.step_bar.isVisible)
    focused = QApplication.focusWidget()  # the day was drawn again: the same entry's button
    assert focused.accessibleName() == "Edit the details of the spasm at 19:05"
    place = QRect(focused.mapTo(viewport, QPoint(0, 0)), focused.size())
    assert viewport.rect().contains(place)


def test_a_search_hit_from_the_night_after_says_after_midnight(
    window: MainWindow, diary: Diary, qtbot
):
    diary.spasms.log(
        started=datetime(2026, 3, 11, 2, 46, tzinfo=LONDON), severity=5, note="woke with cramp"
    )
    tab = open_history(window, qtbot)
    tab.search.field.setFocus()
    qtbot.keyClicks(tab.search.field, "cramp")
    qtbot.keyClick(tab.search.field, Qt.Key.Key_Return)
    hits = tab.search.hits
    qtbot.waitUntil(lambda: hits.count() == 1)
    assert hits.item(0).text().startswith("Tuesday 10 March, 02:46 after midnight\n")
