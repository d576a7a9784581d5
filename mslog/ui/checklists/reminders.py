"""Dose reminders: one single-shot timer, a tray message or desktop notification, a banner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mslog.core.checklists.model import ScheduledDose
from mslog.core.checklists.reminders import Reminder, ReminderBatch, ReminderPlanner
from mslog.core.clock import Clock
from mslog.core.errors import MSLogError
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate
from mslog.ui.checklists.style import ThemedMixin
from mslog.ui.widgets import announce as screen_reader

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.checklists import ChecklistOperations
    from mslog.ui.settings.store import UiSettings
    from mslog.ui.tray import TrayIcon

# Even with nothing due sooner, wake this often: a timer does not count time asleep
# (suspend), and the wall clock may jump; each wake-up is one cheap query.
MAX_WAIT_MS = 5 * 60 * 1000
# The key of the window's setting (mslog.ui.settings.store.UiSettings).
REMINDERS_KEY = "reminders"
# The buttons of a desktop notification for one dose: the banner's own, by their keys
# (translated where the notification is sent).
DESKTOP_ACTIONS = (
    ("taken", QT_TRANSLATE_NOOP("ReminderRow", "Taken")),
    ("snooze", QT_TRANSLATE_NOOP("ReminderRow", "Snooze 10 min")),
)


def _doses(batch: ReminderBatch) -> str:
    """Return the batch's doses in one line: "08:00 Baclofen 10 mg, 08:00 Vitamin D"."""
    return ", ".join(reminder.text() for reminder in batch.reminders)


class ReminderDriver(QObject):
    """Sleeps until the planner's next reminder, then announces what is due.

    Signals:
        remind: A :class:`ReminderBatch` is due.
    """

    remind = Signal(object)

    def __init__(self, planner: ReminderPlanner, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.planner = planner
        self._clock = clock
        # Every kind of reminder waits on the one timer: (planner, what announces it).
        self._planners: list[tuple[Any, Callable[[Any], None]]] = [(planner, self.remind.emit)]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def add_planner(self, planner: Any, announce: Callable[[Any], None]) -> None:
        """Wait for another kind of reminder on the same timer.

        Args:
            planner: Answers ``next_due()`` (an aware moment or None) and ``collect()``
                (what is due now, or None), like :class:`ReminderPlanner`.
            announce: Called with what ``collect()`` returned.
        """
        self._planners.append((planner, announce))

    def reschedule(self, _change: object = None) -> None:
        """Start the timer for the next reminder (or stop it when none is coming)."""
        times = [due for planner, _ in self._planners if (due := planner.next_due()) is not None]
        if not times:
            self.timer.stop()
            return
        due = min(times)
        wait_ms = int((due - self._clock.now()).total_seconds() * 1000) + 200
        self.timer.start(max(0, min(wait_ms, MAX_WAIT_MS)))

    def check(self) -> None:
        """Announce what is due now and sleep until the next one."""
        for planner, announce in self._planners:
            batch = planner.collect()
            if batch is not None:
                announce(batch)
        self.reschedule()

    def stop(self) -> None:
        """Stop waiting (the window is closing)."""
        self.timer.stop()


class ReminderRow(QWidget):
    """One due dose on the banner: what it is, Taken, Snooze 10 min and Skip."""

    def __init__(self, reminder: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(reminder.text())
        text.setObjectName("bannerDose")
        text.setWordWrap(True)
        self.taken_button = QPushButton(self.tr("Taken"))
        self.taken_button.setObjectName("tickButton")
        self.snooze_button = QPushButton(self.tr("Snooze 10 min"))
        self.skip_button = QPushButton(self.tr("Skip"))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(text, 1)
        dose = reminder.text()
        for button, name in (
            (self.taken_button, self.tr("Taken: {dose}").format(dose=dose)),
            (self.snooze_button, self.tr("Snooze: {dose}").format(dose=dose)),
            (self.skip_button, self.tr("Skip: {dose}").format(dose=dose)),
        ):
            button.setAccessibleName(name)
            line.addWidget(button)


class ReminderBanner(ThemedMixin, QFrame):
    """An in-app banner with the due doses, each with Taken, Snooze 10 min and Skip.

    Signals:
        taken, snoozed, skipped: With the :class:`Reminder` acted on.
    """

    taken = Signal(object)
    snoozed = Signal(object)
    skipped = Signal(object)
    removed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.restyle()
        self.setAccessibleName(self.tr("Dose reminder"))
        self.title = QLabel()
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Hide"))
        self.dismiss_button.setAccessibleName(self.tr("Hide the reminder"))
        self.dismiss_button.clicked.connect(self.clear)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.dismiss_button)
        self._rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addLayout(head)
        layout.addLayout(self._rows)
        self.rows: dict[tuple[str, str], ReminderRow] = {}
        self.hide()

    def show_batch(self, batch: ReminderBatch) -> None:
        """Add the batch's doses to the banner and show it."""
        for reminder in batch.reminders:
            if reminder.key not in self.rows:
                self._add_row(reminder)
        count = len(self.rows)
        if batch.catch_up:
            self.title.setText(batch.title())
        else:
            self.title.setText(
                self.tr("%n doses are due", "", count)
                if count > 1
                else self.tr("Time for {dose}").format(dose=batch.reminders[0].label)
            )
        self.show()

    def _add_row(self, reminder: Reminder) -> None:
        row = ReminderRow(reminder)
        row.taken_button.clicked.connect(lambda: self._act(reminder, self.taken))
        row.snooze_button.clicked.connect(lambda: self._act(reminder, self.snoozed))
        row.skip_button.clicked.connect(lambda: self._act(reminder, self.skipped))
        self._rows.addWidget(row)
        self.rows[reminder.key] = row

    def _act(self, reminder: Reminder, signal: SignalInstance) -> None:
        self.remove(reminder.key)
        signal.emit(reminder)

    def remove(self, key: tuple[str, str]) -> None:
        """Take one dose off the banner; hide it when none is left."""
        row = self.rows.pop(key, None)
        if row is not None:
            # Hidden and deleted later, never at once: its own button may be the caller.
            self._rows.removeWidget(row)
            row.hide()
            row.deleteLater()
            self.removed.emit(key)
        if not self.rows:
            self.hide()

    def clear(self) -> None:
        """Remove every dose and hide the banner."""
        for key in list(self.rows):
            self.remove(key)
        self.hide()


class ReminderController(QObject):
    """Dose reminders: the one timer, the banner (for the window to place), tray messages.

    Args:
        diary: The open diary.
        notifier: Change signals; a dose ticked elsewhere leaves the banner.
        operations: How the banner's Taken and Skip tick doses.
        settings: The window's preferences (reminders on or off).
        tray: Where the reminder's message goes.

    Signals:
        switched: Reminders were switched on (True) or off (False) in the settings.
    """

    switched = Signal(bool)

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier,
        operations: ChecklistOperations,
        settings: UiSettings,
        tray: TrayIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._checklists = diary.checklists
        self._operations = operations
        self._settings = settings
        self._tray = tray
        self.planner = ReminderPlanner(diary.checklists, diary.clock)
        self.driver = ReminderDriver(self.planner, diary.clock, self)
        self.banner = ReminderBanner()
        self.driver.remind.connect(self.show)
        self.banner.taken.connect(self.take)
        self.banner.snoozed.connect(self.snooze)
        self.banner.skipped.connect(self.skip)
        self.banner.removed.connect(self._withdraw)
        # The desktop notification of each dose on the banner, by the dose's key.
        self._notifications: dict[tuple[str, str], int] = {}
        notifier.checklistsChanged.connect(self._on_change)
        notifier.reloaded.connect(self._on_change)
        settings.changed.connect(self._on_setting)
        self._on_setting(REMINDERS_KEY)

    def enabled(self) -> bool:
        """Return whether reminders are switched on in the settings."""
        return bool(self._settings.get(REMINDERS_KEY))

    def _on_setting(self, key: str) -> None:
        if key != REMINDERS_KEY:
            return
        if self.enabled():
            self.driver.reschedule()
        else:
            self.driver.stop()
            self.banner.clear()
        self.switched.emit(self.enabled())

    def show(self, batch: ReminderBatch) -> None:
        """Show a reminder batch: one tray message (or desktop notification) and the banner.

        A notification for one dose has the banner's Taken and Snooze buttons, where the
        desktop shows buttons; one for several doses opens the window, where each has its
        own (one press never ticks more than one dose).
        """
        self.banner.show_batch(batch)
        if len(batch.reminders) != 1:
            self._tray.notify(batch.title(), batch.text())
        else:
            key = batch.reminders[0].key

            def shown(notification_id: int) -> None:
                if key in self.banner.rows:
                    self._notifications[key] = notification_id
                else:  # done in the window before the notification came up
                    self._tray.withdraw(notification_id)

            actions = tuple(
                (key, translate("ReminderRow", label)) for key, label in DESKTOP_ACTIONS
            )
            self._tray.notify(
                batch.title(),
                batch.text(),
                actions,
                on_action=lambda action: self.press(key, action),
                shown=shown,
            )
        screen_reader.announce(
            self.banner,
            self.tr("{title}: {doses}.").format(
                title=self.banner.title.text(), doses=_doses(batch)
            ),
        )

    def press(self, key: tuple[str, str], action: str) -> None:
        """A desktop notification's button: press the banner's own, if the dose is still due."""
        row = self.banner.rows.get(key)
        if row is None:  # ticked, snoozed or skipped in the window meanwhile
            self._withdraw(key)
            return
        button = {"taken": row.taken_button, "snooze": row.snooze_button}.get(action)
        if button is not None:
            # The row goes, and the notification with it: not every server closes one
            # when a button is pressed.
            button.click()

    def _withdraw(self, key: tuple[str, str]) -> None:
        notification_id = self._notifications.pop(key, None)
        if notification_id is not None:
            self._tray.withdraw(notification_id)

    def take(self, reminder: Reminder) -> None:
        """The banner's Taken: tick the dose now."""
        self.planner.forget(reminder)
        dose = self._dose_at(*reminder.key)
        if dose is not None:
            self._operations.set_taken(dose, True)

    def skip(self, reminder: Reminder) -> None:
        """The banner's Skip: mark the dose skipped (a reason can be added in the tab)."""
        self.planner.forget(reminder)
        dose = self._dose_at(*reminder.key)
        if dose is not None:
            self._operations.set_skipped(dose, True)

    def snooze(self, reminder: Reminder) -> None:
        """The banner's Snooze: remind again in ten minutes."""
        until = self.planner.snooze(reminder)
        self._operations.said.emit(
            self.tr("{dose}: reminding you again at {time}.").format(
                dose=reminder.text(), time=f"{until:%H:%M}"
            )
        )
        self.driver.reschedule()

    def _dose_at(self, medication_uuid: str, slot_local: str) -> ScheduledDose | None:
        try:
            doses = self._checklists.doses.scheduled_on(self._checklists.doses.slot_day(slot_local))
        except MSLogError:
            return None
        key = (medication_uuid, slot_local)
        return next((d for d in doses if (d.medication.uuid, d.slot_local) == key), None)

    def _on_change(self, _change: object = None) -> None:
        # A dose ticked elsewhere leaves the banner; the next reminder may have moved.
        for key in list(self.banner.rows):
            dose = self._dose_at(*key)
            if dose is None or dose.record is not None:
                self.banner.remove(key)
        if self.enabled():
            self.driver.reschedule()

    def shutdown(self) -> None:
        """Stop the timer (the window is closing for good)."""
        self.driver.stop()
