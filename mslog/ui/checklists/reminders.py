"""Dose reminders in the window: one single-shot timer, a tray message and an in-app banner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.reminders import Reminder, ReminderBatch, ReminderPlanner
from mslog.core.clock import Clock
from mslog.core.errors import MSLogError
from mslog.ui.checklists.style import ThemedMixin

# Even with nothing due sooner, wake this often: a timer does not count time asleep
# (suspend), and the wall clock may jump; each wake-up is one cheap query.
MAX_WAIT_MS = 5 * 60 * 1000
# Keys of the window's settings (mslog.ui.settings.store.UiSettings).
CLOSE_TO_TRAY_KEY = "close_to_tray"
CLOSE_NOTICE_KEY = "close_to_tray_told"
REMINDERS_KEY = "reminders"


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


class ReminderBanner(ThemedMixin, QFrame):
    """An in-app banner with the due doses, each with Taken, Snooze 10 min and Skip.

    Signals:
        taken, snoozed, skipped: With the :class:`Reminder` acted on.
    """

    taken = Signal(object)
    snoozed = Signal(object)
    skipped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.restyle()
        self.setAccessibleName("Dose reminder")
        self.title = QLabel()
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
        self.dismiss_button = QPushButton("Hide")
        self.dismiss_button.setAccessibleName("Hide the reminder")
        self.dismiss_button.clicked.connect(self.clear)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.dismiss_button)
        self._rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addLayout(head)
        layout.addLayout(self._rows)
        self.rows: dict[tuple[str, str], QWidget] = {}
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
                f"{count} doses are due" if count > 1 else f"Time for {batch.reminders[0].label}"
            )
        self.show()

    def _add_row(self, reminder: Reminder) -> None:
        row = QWidget()
        text = QLabel(reminder.text())
        text.setObjectName("bannerDose")
        text.setWordWrap(True)
        taken = QPushButton("Taken")
        taken.setObjectName("tickButton")
        snooze = QPushButton("Snooze 10 min")
        skip = QPushButton("Skip")
        for button, verb in ((taken, "Taken"), (snooze, "Snooze"), (skip, "Skip")):
            button.setAccessibleName(f"{verb}: {reminder.text()}")
        taken.clicked.connect(lambda: self._act(reminder, self.taken))
        snooze.clicked.connect(lambda: self._act(reminder, self.snoozed))
        skip.clicked.connect(lambda: self._act(reminder, self.skipped))
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(text, 1)
        line.addWidget(taken)
        line.addWidget(snooze)
        line.addWidget(skip)
        self._rows.addWidget(row)
        self.rows[reminder.key] = row
        row.taken_button = taken  # type: ignore[attr-defined]
        row.snooze_button = snooze  # type: ignore[attr-defined]
        row.skip_button = skip  # type: ignore[attr-defined]

    def _act(self, reminder: Reminder, signal) -> None:
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
        if not self.rows:
            self.hide()

    def clear(self) -> None:
        """Remove every dose and hide the banner."""
        for key in list(self.rows):
            self.remove(key)
        self.hide()


class CloseToTray(QObject):
    """Keeps MSLog running in the tray when the person closes the window (a setting).

    Only a close the person asks for (the window's close button, a spontaneous
    event) hides the window; quitting from a menu closes windows with
    non-spontaneous events, so it still quits.
    """

    def __init__(
        self,
        window: QMainWindow,
        settings,
        tray_available: Callable[[], bool],
        notify: Callable[[str, str], None],
        on_close: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._on_close = on_close
        self._settings = settings
        self._tray_available = tray_available
        self._notify = notify
        window.installEventFilter(self)

    def enabled(self) -> bool:
        """Return whether closing keeps MSLog in the tray (on by default where there is one)."""
        if not self._tray_available():
            return False
        return bool(self._settings.get(CLOSE_TO_TRAY_KEY))

    def keep_running(self, spontaneous: bool) -> bool:
        """Return whether a close should only hide the window; say so the first time."""
        if not spontaneous or not self.enabled():
            return False
        if not self._settings.get(CLOSE_NOTICE_KEY):
            self._settings.set(CLOSE_NOTICE_KEY, True)
            self._notify(
                "MSLog is still running",
                "Reminders keep working here in the tray. "
                "To quit, choose Quit MSLog from this icon's menu.",
            )
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Hide instead of closing when the setting is on."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            if self.keep_running(event.spontaneous()):
                event.ignore()
                self._window.hide()
                return True
            self._on_close()
        return False

    def detach(self) -> None:
        """Stop filtering events."""
        self._window.removeEventFilter(self)


class ReminderController(QObject):
    """Wires reminders into the main window: timer, banner, tray message, close-to-tray.

    Args:
        window: The main window (with ``diary``, ``notifier``, ``tray``, ``settings``
            and ``operations``, through which the banner's Taken and Skip tick doses).
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        diary = window.diary
        self._checklists = diary.checklists
        self._operations = window.operations.checklists
        self._settings = window.settings
        self.planner = ReminderPlanner(diary.checklists, diary.clock)
        self.driver = ReminderDriver(self.planner, diary.clock, self)
        self.banner = ReminderBanner()
        window.add_banner(self.banner)  # above the tabs, whichever is open
        self.close_to_tray = CloseToTray(
            window, self._settings, window.tray.available, self.notify, self.shutdown
        )
        self.driver.remind.connect(self.show)
        self.banner.taken.connect(self.take)
        self.banner.snoozed.connect(self.snooze)
        self.banner.skipped.connect(self.skip)
        window.notifier.checklistsChanged.connect(self._on_change)
        window.notifier.reloaded.connect(self._on_change)
        self._settings.changed.connect(self._on_setting)
        if window.tray.icon is not None:  # clicking the tray message opens the window
            window.tray.icon.messageClicked.connect(window.bring_forward)
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

    def notify(self, title: str, text: str) -> None:
        """Show a tray message (where there is a tray)."""
        self._window.tray.notify(title, text)

    def show(self, batch: ReminderBatch) -> None:
        """Show a reminder batch: one tray message and the banner."""
        self.notify(batch.title(), batch.text())
        self.banner.show_batch(batch)

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
        self._operations.said.emit(f"{reminder.text()}: reminding you again at {until:%H:%M}.")
        self.driver.reschedule()

    def _dose_at(self, medication_uuid: str, slot_local: str):
        try:
            doses = self._checklists.doses_for_day(self._checklists.slot_day(slot_local))
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
        """Stop the timer and the close filter (the window is closing for good)."""
        self.driver.stop()
        self.close_to_tray.detach()
