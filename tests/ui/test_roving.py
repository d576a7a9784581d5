"""Rows of buttons that are one Tab stop: the chips and the 0-10 picker, driven by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from mslog.ui.widgets.chips import ChipGroup
from mslog.ui.widgets.severity import SeverityPicker
from tests.helpers.audit import audit


def page_with(qtbot, *rows: QWidget) -> tuple[QWidget, QLineEdit, QLineEdit]:
    """A window: a text field, the rows, another text field; the keyboard on the first."""
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    before, after = QLineEdit(), QLineEdit()
    before.setAccessibleName("Before")
    after.setAccessibleName("After")
    layout.addWidget(before)
    for row in rows:
        layout.addWidget(row)
    layout.addWidget(after)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    before.setFocus()
    return page, before, after


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def test_a_chip_row_is_one_stop_that_skips_what_cannot_be_pressed(qtbot):
    chips = ChipGroup([("a", "Apple"), ("b", "Banana"), ("c", "Cherry"), ("d", "Date")])
    page, _before, after = page_with(qtbot, chips)
    chips.button("b").setEnabled(False)
    chips.button("c").hide()
    late = chips.add_option("e", "Elderberry")  # a chip added later joins the row
    qtbot.waitUntil(late.isVisible)
    picked = []
    chips.changed.connect(picked.append)
    assert press(qtbot, Qt.Key.Key_Tab) is chips.button("a")
    assert press(qtbot, Qt.Key.Key_Right) is chips.button("d")  # past the disabled and hidden
    assert press(qtbot, Qt.Key.Key_Right) is late
    assert press(qtbot, Qt.Key.Key_Right) is late  # the row ends at its end
    press(qtbot, Qt.Key.Key_Return)
    assert picked == [["e"]]
    assert late.text() == "✓ Elderberry"
    assert press(qtbot, Qt.Key.Key_Tab) is after
    # Back in, the keyboard lands on the chip that is on; off again, on the first.
    assert press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is late
    press(qtbot, Qt.Key.Key_Space)
    assert picked[-1] == []
    assert press(qtbot, Qt.Key.Key_Tab) is after
    assert press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is chips.button("a")
    assert not [str(p) for p in audit(page)]  # every chip still counts as reachable


def test_the_stop_follows_a_value_set_from_outside(qtbot):
    picker = SeverityPicker(name="Pain")
    _page, _before, after = page_with(qtbot, picker)
    picker.set_value(7)  # what a redraw or undo does
    assert press(qtbot, Qt.Key.Key_Tab) is picker.button(7)
    assert picker.button(7).accessibleName() == "Pain 7"
    assert press(qtbot, Qt.Key.Key_Up) is picker.button(6)
    assert picker.value() == 7  # moving chose nothing
    assert press(qtbot, Qt.Key.Key_Tab) is after
    picker.set_value(None)
    assert press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is picker.button(0)


def test_a_mouse_click_puts_the_keyboard_where_it_clicked(qtbot):
    picker = SeverityPicker()
    chips = ChipGroup([("a", "Apple"), ("b", "Banana")], exclusive=True)
    _shown = page_with(qtbot, picker, chips)
    qtbot.mouseClick(picker.button(4), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is picker.button(4)
    assert picker.value() == 4
    assert press(qtbot, Qt.Key.Key_Tab) is chips.button("a")
    assert press(qtbot, Qt.Key.Key_End) is chips.button("b")
    assert press(qtbot, Qt.Key.Key_Home) is chips.button("a")
