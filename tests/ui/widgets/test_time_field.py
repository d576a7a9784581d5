"""A time field takes a whole time typed right after a click; Up and Down nudge it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from mslog.ui.widgets.time_field import TimeField


@pytest.fixture
def field(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    made = TimeField(QTime(8, 0), "Time")
    layout.addWidget(made)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    yield made
    holder.close()


def _click(qtbot, field: TimeField, x: int = 4) -> None:
    # Near the left or right edge, as an unsteady hand may land.
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(x, field.height() // 2))
    qtbot.waitUntil(field.hasFocus)


@pytest.mark.parametrize("typed", ["0930", "930", "9:30", "9.30"])
def test_a_click_then_typing_replaces_the_time(qtbot, field, typed):
    _click(qtbot, field, x=field.width() - 6)
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert field.text() == "09:30"
    assert field.time() == QTime(9, 30)


def test_a_second_click_still_selects_the_whole_time(qtbot, field):
    _click(qtbot, field)
    _click(qtbot, field, x=field.width() // 2)
    qtbot.keyClicks(field, "2115")
    assert field.value() == "21:15"


def test_up_and_down_move_by_five_minutes_page_keys_by_an_hour(qtbot, field):
    _click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "08:05"
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert field.text() == "09:05"
    field.setTime(QTime(8, 3))
    qtbot.keyClick(field, Qt.Key.Key_Up)  # onto the grid first
    assert field.text() == "08:05"
    field.setTime(QTime(0, 0))
    qtbot.keyClick(field, Qt.Key.Key_Down)  # across midnight
    assert field.text() == "23:55"
    qtbot.keyClicks(field, "7")  # still all selected after a nudge: typing replaces
    assert field.text() == "7"


def test_the_wheel_never_changes_the_time(qtbot, field):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    _click(qtbot, field)
    wheel = QWheelEvent(
        QPointF(5, 5), QPointF(field.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(field, wheel)
    assert field.text() == "08:00"


def test_letters_are_not_taken_and_a_half_time_says_why(qtbot, field):
    _click(qtbot, field)
    qtbot.keyClicks(field, "x25")
    assert field.text() == "25"
    assert not field.time().isValid()
    with pytest.raises(Exception, match="outside the day"):
        field.value()
