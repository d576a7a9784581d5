"""Where the keyboard is on the History tab after a change of day or of a row, with real keys.

On another day the rows are other entries: the keyboard goes to "Day before", not to the
row in the same place. A row that moved is shown whole, its words with its buttons.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style
from tests.ui.history.test_editing import YESTERDAY, baclofen, doses_of
from tests.ui.history.test_tab import ALT, open_history, press, tab_to


def focused(window: MainWindow):
    """The entry line and button that have the window's keyboard (None, None if elsewhere)."""
    tab = window.history_page.content
    widget = window.focusWidget()
    for line in tab.day_view.lines:
        if widget in line.buttons:
            return line, widget
    return None, widget


def two_medicines(diary: Diary):
    """Baclofen at 08:00 and 20:00, and Tizanidine at 22:00."""
    med = baclofen(diary)
    other = diary.checklists.medications.add(
        "Tizanidine", times=["22:00"], amount=2, unit="mg", starts=date(2026, 3, 1)
    )
    return med, other


def in_sight(widget) -> bool:
    """Whether ``widget`` is wholly inside the viewport of the page that scrolls it."""
    area = widget.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    port = area.viewport()
    top_left = widget.mapTo(port, QPoint(0, 0))
    bottom_right = top_left + QPoint(widget.width() - 1, widget.height() - 1)
    return port.rect().contains(top_left) and port.rect().contains(bottom_right)


def test_another_day_puts_the_keyboard_on_day_before(window: MainWindow, diary: Diary, qtbot):
    two_medicines(diary)
    tab = open_history(window, qtbot)
    tab_to(qtbot, tab.day_view.open_lines[1].buttons[0])  # today's 20:00 Taken
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert tab.day == YESTERDAY
    # Not on yesterday's row in the same place, which is another dose.
    assert window.focusWidget() is tab.prev_button
    press(qtbot, Qt.Key.Key_Return)
    assert tab.day == date(2026, 3, 9)
    assert set(doses_of(diary).values()) == {None}  # the second press ticked nothing
    assert set(doses_of(diary, date(2026, 3, 11)).values()) == {None}


def test_a_row_moved_up_shows_its_words_at_200_percent(window: MainWindow, diary: Diary, qtbot):
    med = diary.checklists.medications.add(
        "Baclofen", times=["08:00", "14:00", "20:00"], amount=15, unit="mg", starts=YESTERDAY
    )
    diary.checklists.medications.add(
        "Tizanidine", times=["22:00"], amount=2, unit="mg", starts=YESTERDAY
    )
    diary.checklists.doses.mark_taken(med.uuid, "2026-03-11 08:00")
    app = QApplication.instance()
    apply_style(app, "light", 2.0)
    try:
        window.resize(800, 600)
        tab = open_history(window, qtbot)
        skipped = tab.day_view.open_lines[1].buttons[1]
        assert skipped.accessibleName() == "Mark Baclofen 15 mg 20:00 skipped"
        tab_to(qtbot, skipped)
        press(qtbot, Qt.Key.Key_Return)
        line, button = focused(window)
        assert button.accessibleName() == "Why Baclofen 15 mg 20:00 was skipped"
        qtbot.waitUntil(lambda: in_sight(line))  # "Reason…" with the dose it is about
    finally:
        apply_style(app, "light")
