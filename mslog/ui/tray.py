"""The system-tray icon (log a spasm while the window is hidden) and closing to the tray."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

if TYPE_CHECKING:
    from mslog.ui.settings.store import UiSettings

# Keys of the window's settings (mslog.ui.settings.store.UiSettings).
CLOSE_TO_TRAY_KEY = "close_to_tray"
CLOSE_NOTICE_KEY = "close_to_tray_told"


class TrayIcon(QObject):
    """Owns the tray icon and its menu (shown only where the platform has a tray).

    Signals:
        logRequested: "Log a spasm now" was chosen.
        checkinRequested: "How was today?" (the daily check-in) was chosen.
        showRequested: "Open MSLog" was chosen, or the icon or one of its messages clicked.
        quitRequested: "Quit MSLog" was chosen.
    """

    logRequested = Signal()  # noqa: N815 - Qt naming
    checkinRequested = Signal()  # noqa: N815 - Qt naming
    showRequested = Signal()  # noqa: N815 - Qt naming
    quitRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.log_action = QAction("Log a spasm now", self.menu)
        self.checkin_action = QAction("How was today?…", self.menu)
        self.show_action = QAction("Open MSLog", self.menu)
        self.quit_action = QAction("Quit MSLog", self.menu)
        self.log_action.triggered.connect(self.logRequested)
        self.checkin_action.triggered.connect(self.checkinRequested)
        self.show_action.triggered.connect(self.showRequested)
        self.quit_action.triggered.connect(self.quitRequested)
        self.menu.addAction(self.log_action)
        self.menu.addAction(self.checkin_action)
        self.menu.addSeparator()
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.quit_action)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip("MSLog")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(self.showRequested)  # a reminder's message
            self.icon.show()

    def available(self) -> bool:
        """Return whether an icon is actually in a tray."""
        return self.icon is not None

    def notify(self, title: str, text: str) -> None:
        """Show a short tray message, where there is a tray."""
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 4000)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.showRequested.emit()

    def dispose(self) -> None:
        """Remove the icon from the tray."""
        # The menu is owned by Python (a tray menu has no parent widget); it goes with us.
        if self.icon is not None:
            self.icon.hide()


class CloseToTray(QObject):
    """Keeps MSLog running in the tray when the person closes the window (a setting).

    Only a close the person asks for (the window's close button, a spontaneous
    event) hides the window; quitting from a menu closes windows with
    non-spontaneous events, so it still quits.

    Args:
        window: The main window.
        settings: The window's preferences (the setting, and whether it was said).
        tray_available: Whether an icon is in a tray to come back from.
        notify: Shows a tray message.
    """

    def __init__(
        self,
        window: QWidget,
        settings: UiSettings,
        tray_available: Callable[[], bool],
        notify: Callable[[str, str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
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
        closing = watched is self._window and event.type() == QEvent.Type.Close
        if closing and self.keep_running(event.spontaneous()):
            event.ignore()
            self._window.hide()
            return True
        return False

    def detach(self) -> None:
        """Stop filtering events."""
        self._window.removeEventFilter(self)
