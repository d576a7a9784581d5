"""Every way into the daily check-in: its card, Ctrl+D, the tray's entry and its reminder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from mslog.core.checkin.reminder import CheckinReminderPlanner
from mslog.core.checkin.wording import question
from mslog.ui.checkin.card import CheckinCard
from mslog.ui.checkin.reminder import CheckinReminderBar
from mslog.ui.widgets.announce import announce

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.checkin.dialog import CheckinDialog
    from mslog.ui.checklists.reminders import ReminderController
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.checkin import CheckinOperations
    from mslog.ui.tray import TrayIcon

SHORTCUT = "Ctrl+D"


class CheckinUi(QObject):
    """The check-in's card, action, reminder banner and dialog, for the window to place.

    The window puts :attr:`card` on the Log tab, :attr:`bar` above the tabs and
    :attr:`action` in its File menu, then calls :meth:`refresh` (the card shows itself
    when it asks, so only once it has its place); this object opens the one dialog and
    runs the reminder.

    Args:
        diary: The open diary.
        notifier: Change signals; the card and reminder follow the day's check-in.
        operations: How answers are saved (and undone).
        reminders: The dose reminders, whose one timer the check-in reminder shares.
        tray: Where the reminder's message goes.
        window: The main window: the dialog belongs to it and is never larger.
        shared_actions: The window's actions that work in the dialog too (undo, redo).
        say: Where undo and redo of a check-in speak once the dialog is closed.

    Attributes:
        dialog: The check-in dialog while it is open, else None.
    """

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier,
        operations: CheckinOperations,
        reminders: ReminderController,
        tray: TrayIcon,
        window: QWidget,
        shared_actions: Sequence[QAction],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._diary = diary
        self._notifier = notifier
        self._operations = operations
        self._reminders = reminders
        self._tray = tray
        self._window = window
        self._shared_actions = list(shared_actions)
        self._say_elsewhere = say
        self._checkins = diary.checkins
        self.dialog: CheckinDialog | None = None
        operations.said.connect(self._on_said)

        self.card = CheckinCard(diary)
        self.card.openRequested.connect(self.open)
        self.card.later_button.clicked.connect(self.refresh)  # after the card put itself off

        self.action = QAction(self.tr("&How was today?…"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(lambda: self.open())

        # The reminder waits on the dose reminders' one timer.
        self.planner = CheckinReminderPlanner(diary.checkins, diary.clock)
        self.bar = CheckinReminderBar()
        self.bar.openRequested.connect(self.open)
        self.bar.snoozed.connect(self.snooze)
        self._driver = reminders.driver
        self._driver.add_planner(self.planner, self.remind)
        reminders.switched.connect(self._on_switched)

        for signal in (notifier.checkinsChanged, notifier.spasmsChanged, notifier.reloaded):
            signal.connect(self.refresh)

    def open(self, day: date | None = None) -> CheckinDialog:
        """Open the check-in on ``day`` (default: the suggested day), or bring it forward."""
        self.planner.forget()
        self.bar.hide()
        day = day or self._checkins.suggested_day()
        shown = self.dialog
        if shown is not None and shown.isVisible():
            shown.show_day(day)
            shown.raise_()
            shown.activateWindow()
            shown.focus_first_field()
            return shown
        from mslog.ui.checkin.dialog import CheckinDialog  # loaded when first opened

        dialog = CheckinDialog(
            self._diary, self._notifier, self._operations, day, self._shared_actions, self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        # Never larger than the window it belongs to: on a small screen both fit.
        width = min(900, self._window.width() - 20)
        height = min(900, self._window.height() - 20)
        dialog.fit_width(width)  # before the first layout, which sets the smallest size
        dialog.resize(width, height)
        self.dialog = dialog
        dialog.show()  # not modal: a spasm can still be logged while it is open
        dialog.activateWindow()
        return dialog

    def _on_said(self, text: str) -> None:
        # The open dialog shows it itself; after it closed, an undo speaks elsewhere.
        if self.dialog is None:
            self._say_elsewhere(text)

    def remind(self, day: date) -> None:
        """The reminder is due: one tray message and the banner above the tabs."""
        ask = question(day, self._checkins.today())
        self._tray.notify(ask, self.tr("A 10-second check-in in MSLog. Every answer is optional."))
        self.bar.show_day(day, self._checkins.today())
        announce(self.bar, self.tr("Check-in reminder: {question}").format(question=ask))

    def snooze(self, day: date) -> None:
        """The banner's Snooze: ask again in ten minutes."""
        until = self.planner.snooze(day)
        self.bar.hide()
        said = self.tr("The check-in will be asked again at {time}.").format(time=f"{until:%H:%M}")
        self._say_elsewhere(said)
        announce(self.bar, said)
        self._reschedule()

    def refresh(self, _change: object = None) -> None:
        """Redraw the card; drop a reminder whose day is now done."""
        self.card.refresh()
        if self.bar.day is not None and self.planner.done(self.bar.day):
            self.bar.hide()
        self._reschedule()

    def _on_switched(self, on: bool) -> None:
        # Switched off in Settings: the dose reminders stop the one timer; the banner goes.
        if not on:
            self.bar.hide()

    def _reschedule(self) -> None:
        if self._reminders.enabled():
            self._driver.reschedule()
