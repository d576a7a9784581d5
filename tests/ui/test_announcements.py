"""A screen reader hears the text of changing labels and is told what just changed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.routines.tab import StretchTab
from mslog.ui.widgets import announce as announce_module
from mslog.ui.widgets.announce import announce, announcer
from tests.helpers.stubs import FakeClock

CTRL = Qt.KeyboardModifier.ControlModifier


class Silent:
    def play(self, name: str) -> None:
        pass

    def say(self, text: str) -> None:
        pass


@pytest.fixture
def heard() -> Iterator[list[tuple[str, bool]]]:
    """What the announcer sends, in order: (message, assertive)."""
    messages: list[tuple[str, bool]] = []

    def note(message: str, assertive: bool) -> None:
        messages.append((message, assertive))

    announcer().announced.connect(note)
    yield messages
    announcer().announced.disconnect(note)


@pytest.fixture
def stretch(qtbot, diary: Diary) -> Iterator[StretchTab]:
    notifier = DiaryNotifier(diary)
    tab = StretchTab(diary, notifier, sound_factory=Silent, voice_factory=Silent)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()
    notifier.detach()


def name_of(label: QLabel) -> str:
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_changing_labels_are_heard_as_their_text(window: MainWindow, stretch: StretchTab, qtbot):
    window.tabs.setCurrentWidget(window.checklists_page)
    QApplication.processEvents()
    checklists = window.checklists_page.content
    labels = [window.log_tab.status, checklists.progress, checklists.status]
    window.tabs.setCurrentWidget(window.trends_tab)
    QApplication.processEvents()
    labels.append(window.trends_tab.content.lanes.hover)
    labels.append(stretch.picker.safety)
    qtbot.mouseClick(stretch.picker.start_button, Qt.MouseButton.LeftButton)
    view = stretch.view
    labels += [view.progress, view.countdown, view.exercise, view.next_up]
    assert view.countdown.text()
    assert view.progress.text()
    assert stretch.picker.safety.text()
    for label in labels:
        assert name_of(label) == label.text()
    # What the label is stays available as its description.
    assert QAccessible.queryAccessibleInterface(view.countdown).text(
        QAccessible.Text.Description
    ) == ("Time left in this step")


def test_saved_undone_and_redone_are_announced(window: MainWindow, heard, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.log_tab.log_button.setFocus()
    qtbot.keyClick(window.log_tab.log_button, Qt.Key.Key_Space)
    assert heard[-1] == (window.log_tab.status.text(), False)
    assert heard[-1][0].startswith("Saved")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert len(heard) == 2
    assert heard[-1] == (window.log_tab.status.text(), False)  # what the undo did
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(heard) == 3
    assert heard[-1] == (window.log_tab.status.text(), False)


def test_a_dose_reminder_is_announced(
    window: MainWindow, diary: Diary, clock: FakeClock, heard, qtbot
):
    diary.checklists.medications.add(
        "Baclofen", times=["14:33"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    clock.set(datetime(2026, 3, 11, 14, 33, 1))
    window.reminders.driver.check()  # what the timer's timeout does
    assert heard[-1] == ("Time for Baclofen 10 mg: 14:33 Baclofen 10 mg.", False)
    [row] = window.reminders.banner.rows.values()
    qtbot.mouseClick(row.snooze_button, Qt.MouseButton.LeftButton)
    assert heard[-1][0] == "14:33 Baclofen 10 mg: reminding you again at 14:43."


def test_a_session_is_announced_step_by_step(stretch: StretchTab, clock: FakeClock, heard, qtbot):
    stretch.picker.select("bundled/daily_5_minutes")
    qtbot.mouseClick(stretch.picker.start_button, Qt.MouseButton.LeftButton)
    assert heard[0][0].startswith("Get ready. Ankle rolls")
    for _ in range(12):  # the get-ready phase counts down, then the first step starts
        clock.advance(0.5)
        stretch.refresh_player()
    counted = [message for message, assertive in heard if assertive]
    assert counted == ["3", "2", "1"]  # the count interrupts; everything else waits its turn
    assert any(m.startswith("Ankle rolls") and not a for m, a in heard[1:])
    qtbot.keyClick(stretch.view, Qt.Key.Key_Right)  # skip steps to the end
    while stretch.player is not None and stretch.result is None:
        qtbot.keyClick(stretch.view, Qt.Key.Key_Right)
    assert heard[-1] == ("Well done. That is the end of the session.", False)


def test_an_announcement_reaches_an_active_screen_reader_on_either_qt(
    window: MainWindow, heard, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    sent: list[object] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(sent.append))
    announce(window, "Saved 14:30.")
    monkeypatch.setattr(announce_module, "_ANNOUNCEMENT", None)  # a Qt before 6.8
    announce(window, "Undone.", assertive=True)
    announce(window, "   ")  # nothing to say: nothing sent
    assert [m for m, _ in heard] == ["Saved 14:30.", "Undone."]
    first, second = sent
    assert first.type() == QAccessible.Event.Announcement
    assert first.message() == "Saved 14:30."
    assert first.politeness() == QAccessible.AnnouncementPoliteness.Polite
    assert second.type() == QAccessible.Event.ValueChanged
    assert second.value() == "Undone."
