"""The welcome's set-up done by keys and clicks, all inside the welcome.

A medicine added there is listed there; the daily stretch routine is chosen on a page of
the welcome, and the Stretch tab then offers it first.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _welcome(window: MainWindow, qtbot):
    dialog = window.show_welcome()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _to_setup(dialog, qtbot) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.next_button)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1
    assert _focused() is dialog.medicine_button


def test_a_medicine_added_in_the_welcome_is_listed_there(window: MainWindow, diary: Diary, qtbot):
    dialog = _welcome(window, qtbot)
    _to_setup(dialog, qtbot)
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    form = window.checklists_page.content.dialog
    assert form is not None
    assert form.parentWidget() is dialog  # over the welcome, not on a tab behind it
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (form.name, form.name.lineEdit()))
    qtbot.keyClicks(_focused(), "Baclofen")
    qtbot.mouseClick(form.amount, Qt.MouseButton.LeftButton, pos=QPoint(6, 10))
    qtbot.keyClicks(form.amount, "10")
    qtbot.mouseClick(form.how_often.button("Twice a day"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert dialog.isVisible()
    assert dialog.added.isVisible()
    assert dialog.added.text() == "Added: Baclofen 10 mg at 08:00, 20:00"
    assert dialog.medicine_button.text() == "Add another medicine…"
    [medication] = diary.checklists.medications.all()
    assert medication.versions[-1].times == ("08:00", "20:00")
    assert window.tabs.currentWidget() is window.log_tab  # nothing moved behind the welcome
    dialog.reject()


def test_the_daily_routine_is_chosen_in_the_welcome(window: MainWindow, qtbot):
    dialog = _welcome(window, qtbot)
    _to_setup(dialog, qtbot)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.routine_button
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert dialog.pages.currentWidget() is dialog.routine_page
    assert _focused() is dialog.routine_list
    assert dialog.next_button.text() == "Use this routine"
    first = dialog.routine_list.item(0).text()
    name_line, _, length_line = first.partition("\n")
    assert name_line  # its name, then its steps and length
    assert "·" in length_line
    # Esc goes back to the set-up, choosing nothing.
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == 1
    assert _focused() is dialog.routine_button
    assert window.settings.get("routine") == ""
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    chosen = dialog.routine_list.currentItem()
    key = chosen.data(Qt.ItemDataRole.UserRole)
    name = chosen.text().split("\n")[0]
    assert dialog.routine_description.text()
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter chose the routine; it did not also finish
    assert dialog.pages.currentIndex() == 1
    assert window.settings.get("routine") == key
    assert dialog.routine_chosen.text().startswith(f"Your daily routine: {name} (")
    assert window.tabs.currentWidget() is window.log_tab
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # Finish
    assert not dialog.isVisible()
    assert window.settings.get("first_run_done") is True
    window.tabs.setCurrentWidget(window.stretch_page)
    assert window.stretch_page.content.picker.current_key() == key


def test_a_routine_is_chosen_with_a_double_click(window: MainWindow, qtbot):
    dialog = _welcome(window, qtbot)
    _to_setup(dialog, qtbot)
    qtbot.mouseClick(dialog.routine_button, Qt.MouseButton.LeftButton)
    listed = dialog.routine_list
    last = listed.item(listed.count() - 1)
    listed.scrollToItem(last)
    qtbot.waitUntil(lambda: listed.viewport().rect().contains(listed.visualItemRect(last).center()))
    where = listed.visualItemRect(last).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert dialog.pages.currentIndex() == 1
    assert window.settings.get("routine") == last.data(Qt.ItemDataRole.UserRole)
    dialog.reject()
