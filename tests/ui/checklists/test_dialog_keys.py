"""The Checklists tab's small dialogs driven by keys and clicks, as a person uses them.

Each is opened with its button, typed into at once, saved with Enter, left with Esc; times
are typed straight after a click.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow


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


def _open(qtbot, tab, button) -> QWidget:
    """Click ``button`` and wait for its dialog to have the keyboard."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isActiveWindow())
    return dialog


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _click(qtbot, widget: QWidget) -> None:
    # Off-centre, where an unsteady hand may land.
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(6, widget.height() // 2))
    qtbot.waitUntil(widget.hasFocus)


def _names(diary: Diary) -> list[str]:
    return [m.name for m in diary.checklists.medications.all()]


def test_add_a_habit_typed_at_once_enter_saves_esc_cancels(tab, qtbot, diary: Diary):
    dialog = _open(qtbot, tab, tab.habits.add_button)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert tab.dialog is None
    assert not dialog.isVisible()
    dialog = _open(qtbot, tab, tab.habits.add_button)
    assert _focused() is dialog.name
    qtbot.keyClicks(_focused(), "Heat pad")
    assert dialog.name.text() == "Heat pad"
    assert dialog.caution.isVisible()  # warm, not hot: shown as it is typed
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.dialog is None
    assert "Heat pad" in [h.name for h in diary.checklists.habits.listed()]
    assert "Heat pad" in [row.button.text() for row in tab.habits.rows.values()]


def test_add_a_medication_typed_at_once_and_saved_with_enter(tab, qtbot, diary: Diary):
    dialog = _open(qtbot, tab, tab.medications.add_button)
    assert dialog.first_field() is dialog.name
    assert _focused() in (dialog.name, dialog.name.lineEdit())
    qtbot.keyClicks(_focused(), "Tizanidine")
    assert dialog.name.currentText() == "Tizanidine"
    assert dialog.error.isHidden()  # typing pressed nothing
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "2 mg tablets")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.dialog is None
    [med] = diary.checklists.medications.all()
    assert med.name == "Tizanidine"
    assert med.versions[-1].strength == "2 mg tablets"
    assert med.versions[-1].times == ("08:00",)
    assert "Tizanidine" in tab.medications.lines[0].history.text()


def test_escape_leaves_the_medication_dialog_saving_nothing(tab, qtbot, diary: Diary):
    _open(qtbot, tab, tab.medications.add_button)
    qtbot.keyClicks(_focused(), "Tizanidine")
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert _names(diary) == []


def test_how_often_sets_editable_times_and_choosing_again_brings_them_back(
    tab, qtbot, diary: Diary
):
    dialog = _open(qtbot, tab, tab.medications.add_button)
    qtbot.keyClicks(_focused(), "Baclofen")
    three = dialog.how_often.button("3 times a day")
    qtbot.mouseClick(three, Qt.MouseButton.LeftButton)
    assert dialog.times.times() == ["08:00", "14:00", "20:00"]
    assert [e.text() for e in dialog.times.edits] == ["08:00", "14:00", "20:00"]
    assert dialog.how_often.selected() == ["3 times a day"]
    # A time typed straight after a click, as "1300".
    _click(qtbot, dialog.times.edits[1])
    qtbot.keyClicks(_focused(), "1300")
    assert dialog.times.edits[1].text() == "1300"
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert dialog.times.edits[1].text() == "13:00"
    assert dialog.how_often.selected() == []  # the times no longer match a choice
    qtbot.mouseClick(three, Qt.MouseButton.LeftButton)  # chosen again: back, nothing asked
    assert dialog.times.times() == ["08:00", "14:00", "20:00"]
    assert dialog.how_often.selected() == ["3 times a day"]
    qtbot.mouseClick(dialog.how_often.button("Twice a day"), Qt.MouseButton.LeftButton)
    assert dialog.times.times() == ["08:00", "20:00"]
    _click(qtbot, dialog.times.edits[1])
    qtbot.keyClicks(_focused(), "21:30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    [med] = diary.checklists.medications.all()
    assert med.versions[-1].times == ("08:00", "21:30")


def test_each_added_time_is_new_and_rows_keep_their_height(tab, qtbot, diary: Diary):
    dialog = _open(qtbot, tab, tab.medications.add_button)
    qtbot.keyClicks(_focused(), "Baclofen")
    for _ in range(5):
        qtbot.mouseClick(dialog.times.add_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    shown = [e.text() for e in dialog.times.edits]
    assert shown == ["08:00", "12:00", "16:00", "20:00", "10:00", "14:00"]
    assert len(set(shown)) == len(shown)
    assert _focused() is dialog.times.edits[-1]  # the new time, ready to be typed over

    def laid_out() -> bool:
        # Each row as tall as a row, none over the next, nothing over the date field.
        edits = dialog.times.edits
        tops = [edit.mapTo(dialog, QPoint(0, 0)).y() for edit in edits]
        add = dialog.times.add_button
        add_top = add.mapTo(dialog, QPoint(0, 0)).y()
        return (
            all(edit.height() >= 44 for edit in edits)
            and all(
                edit.parentWidget().height() >= edit.height() for edit in edits
            )  # the row holds its field whole
            and all(b - a >= edits[0].height() for a, b in pairwise(tops))
            and add_top >= tops[-1] + edits[-1].height()
            and dialog.from_day.mapTo(dialog, QPoint(0, 0)).y() >= add_top + add.height()
        )

    qtbot.waitUntil(laid_out)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    [med] = diary.checklists.medications.all()
    assert med.versions[-1].times == tuple(sorted(shown))


def test_a_time_listed_twice_is_refused_saying_so(tab, qtbot, diary: Diary):
    dialog = _open(qtbot, tab, tab.medications.add_button)
    qtbot.keyClicks(_focused(), "Baclofen")
    qtbot.mouseClick(dialog.how_often.button("Twice a day"), Qt.MouseButton.LeftButton)
    _click(qtbot, dialog.times.edits[1])
    qtbot.keyClicks(_focused(), "8")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.dialog is dialog
    assert dialog.error.text() == (
        "Not saved. Times: 08:00 is listed twice; change one of them or remove it"
    )
    assert _names(diary) == []
    _click(qtbot, dialog.times.edits[1])
    qtbot.keyClicks(_focused(), "25")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.error.text() == "Not saved. Time 2: 25:00 is outside the day (00:00 to 23:59)"
    assert _focused() is dialog.times.edits[1]
    qtbot.keyClicks(_focused(), "2000")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.dialog is None
    assert diary.checklists.medications.all()[0].versions[-1].times == ("08:00", "20:00")


def test_change_a_dose_time_typed_at_once(tab, qtbot, diary: Diary, baclofen):
    row = tab.doses.rows[(baclofen.uuid, "2026-03-11 14:00")]
    qtbot.mouseClick(row.taken_button, Qt.MouseButton.LeftButton)
    dialog = _open(qtbot, tab, row.time_button)
    assert _focused() is dialog.time_edit
    qtbot.keyClicks(_focused(), "1405")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.dialog is None
    assert row.state_label.text() == "Taken at 14:05"
    [_, dose] = diary.checklists.doses.scheduled_on(date(2026, 3, 11))
    assert f"{dose.record.taken:%H:%M}" == "14:05"
    dialog = _open(qtbot, tab, row.time_button)
    qtbot.keyClicks(_focused(), "0915")
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert row.state_label.text() == "Taken at 14:05"


def test_an_as_needed_dose_by_keyboard(tab, qtbot, diary: Diary):
    diazepam = diary.checklists.medications.add("Diazepam", as_needed=True, starts=date(2026, 3, 1))
    dialog = _open(qtbot, tab, tab.doses.as_needed_button)
    assert _focused() is dialog.medication
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.time_edit
    qtbot.keyClicks(_focused(), "1310")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.date_edit
    for _ in range(4):  # Tab steps through the date's parts first, then on to the amount
        if _focused() is not dialog.amount:
            qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.amount
    qtbot.keyClicks(_focused(), "2")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.dialog is None
    [taken] = diary.checklists.doses.as_needed_on(date(2026, 3, 11))
    assert taken.medication_uuid == diazepam.uuid
    assert f"{taken.taken:%H:%M}" == "13:10"
    assert taken.amount == 2


def test_a_treatment_by_keyboard(tab, qtbot, diary: Diary):
    dialog = _open(qtbot, tab, tab.treatments.add_button)
    assert _focused() is dialog.kind
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert diary.checklists.treatments.all() == []
    dialog = _open(qtbot, tab, tab.treatments.add_button)
    qtbot.keyClicks(_focused(), "Physio")  # picks the kind by its first letters
    assert dialog.chosen_kind() == "physiotherapy"
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.dialog is None
    [treatment] = diary.checklists.treatments.all()
    assert treatment.kind == "physiotherapy"


def test_side_effects_by_keyboard(tab, qtbot, diary: Diary, baclofen):
    row = tab.doses.rows[(baclofen.uuid, "2026-03-11 14:00")]
    qtbot.mouseClick(row.taken_button, Qt.MouseButton.LeftButton)
    dialog = _open(qtbot, tab, row.effects_button)
    assert _focused() is dialog.kinds.button("drowsiness")
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.note
    qtbot.keyClicks(_focused(), "an hour after")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert tab.dialog is None
    [noted] = diary.checklists.effects.on_day(date(2026, 3, 11))
    assert noted.kinds == ("drowsiness",)
    assert noted.note == "an hour after"
