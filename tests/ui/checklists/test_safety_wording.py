"""Cautions where a person reads them: heat and cold habits, stopping a medicine."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.checklists.cautions import COLD_CAUTION, HEAT_CAUTION
from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow

TODAY = date(2026, 3, 11)
CTRL = Qt.KeyboardModifier.ControlModifier


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def tab(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.checklists_page.content


def test_heat_and_cold_habits_show_their_caution_on_the_card(tab):
    shown = {row.habit.key: row for row in tab.habits.rows.values()}
    for key in ("warm_bath", "heating_pad"):
        assert shown[key].caution.isVisible()
        assert shown[key].caution.text() == HEAT_CAUTION
        assert shown[key].button.accessibleDescription() == HEAT_CAUTION
    assert shown["cold_pack"].caution.text() == COLD_CAUTION
    assert not shown["massage"].caution.isVisible()
    assert shown["massage"].button.accessibleDescription() == ""


def test_the_caution_appears_as_a_heat_habit_is_typed_and_stays_after_undo(
    window: MainWindow, tab, diary: Diary, qtbot
):
    click(qtbot, tab.habits.add_button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.name
    assert not dialog.caution.isVisible()
    qtbot.keyClicks(dialog.name, "Warm compress")
    assert dialog.caution.isVisible()
    assert dialog.caution.text() == HEAT_CAUTION
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert tab.dialog is None
    row = list(tab.habits.rows.values())[-1]
    assert row.habit.name == "Warm compress"
    assert row.caution.text() == HEAT_CAUTION

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "Warm compress" not in [r.habit.name for r in tab.habits.rows.values()]


def test_renaming_a_habit_shows_the_caution_its_new_name_carries(tab, qtbot):
    massage = next(r for r in tab.habits.rows.values() if r.habit.key == "massage")
    click(qtbot, tab.habits.edit_button)
    click(qtbot, massage.rename_button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    assert not dialog.caution.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.name, "Ice massage")
    assert dialog.caution.text() == COLD_CAUTION
    click(qtbot, dialog.save_button)
    renamed = next(r for r in tab.habits.rows.values() if r.habit.key == "massage")
    assert renamed.caution.text() == COLD_CAUTION
