"""Wires the check-in into the main window: Log tab card and button, Ctrl+D, tray, reminder."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from mslog.core.checkin.reminder import CheckinReminderPlanner
from mslog.ui.checkin.card import CheckinCard
from mslog.ui.checkin.reminder import CheckinReminderBar
from mslog.ui.checkin.wording import question

if TYPE_CHECKING:
    from mslog.ui.checkin.dialog import CheckinDialog

SHORTCUT = "Ctrl+D"


class CheckinUi(QObject):
    """Every way into the daily check-in, and its reminder.

    Args:
        window: The main window, attached to its diary, with its tray and dose
            reminders (``window.reminders``) already built.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        diary = window.diary
        self._checkins = diary.checkins
        notifier = window.notifier

        self.card = CheckinCard(diary)
        window.log_tab.checkin_slot.addWidget(self.card)
        self.card.openRequested.connect(self.open)
        self.card.later_button.clicked.connect(self.refresh)  # after the card put itself off
        window.log_tab.checkin_button.clicked.connect(lambda: self.open())

        self.action = QAction("&How was today?…", window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(lambda: self.open())
        window.file_menu.insertAction(window.report_action, self.action)
        window.tray.checkinRequested.connect(self.open_from_tray)

        # The reminder waits on the dose reminders' one timer.
        self.planner = CheckinReminderPlanner(diary.checkins, diary.clock)
        self.bar = CheckinReminderBar()
        window.add_banner(self.bar)  # under the dose reminder's
        self.bar.openRequested.connect(self.open)
        self.bar.snoozed.connect(self.snooze)
        self._driver = window.reminders.driver
        self._driver.add_planner(self.planner, self.remind)

        for signal in (notifier.checkinsChanged, notifier.spasmsChanged, notifier.reloaded):
            signal.connect(self.refresh)
        window.settings.changed.connect(self._on_setting)
        self.refresh()

    def open(self, day: date | None = None) -> CheckinDialog:
        """Open the check-in on ``day`` (default: the suggested day)."""
        from mslog.ui.checkin.dialog import open_checkin  # loaded when first opened

        self.planner.forget()
        self.bar.hide()
        return open_checkin(self._window, day)

    def open_from_tray(self) -> CheckinDialog:
        """The tray's "How was today?": bring the window forward and open the check-in."""
        self._window.bring_forward()
        return self.open()

    def remind(self, day: date) -> None:
        """The reminder is due: one tray message and the banner above the tabs."""
        ask = question(day, self._checkins.today())
        self._window.tray.notify(ask, "A 10-second check-in in MSLog. Every answer is optional.")
        self.bar.show_day(day, self._checkins.today())

    def snooze(self, day: date) -> None:
        """The banner's Snooze: ask again in ten minutes."""
        until = self.planner.snooze(day)
        self.bar.hide()
        self._window.log_tab.say(f"The check-in will be asked again at {until:%H:%M}.")
        self._reschedule()

    def refresh(self, _change: object = None) -> None:
        """Redraw the card; drop a reminder whose day is now done."""
        self.card.refresh()
        # While the card asks, its own button is the way in: no second one beside it.
        self._window.log_tab.checkin_button.setHidden(self.card.isVisibleTo(self._window.log_tab))
        if self.bar.day is not None and self.planner.done(self.bar.day):
            self.bar.hide()
        self._reschedule()

    def _on_setting(self, key: str) -> None:
        # Switched off in Settings: the dose reminders stop the one timer; the banner goes.
        if key == "reminders" and not self._window.reminders.enabled():
            self.bar.hide()

    def _reschedule(self) -> None:
        if self._window.reminders.enabled():
            self._driver.reschedule()
