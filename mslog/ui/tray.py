"""The system-tray icon, desktop notifications where there is no tray, and closing to the tray."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

if TYPE_CHECKING:
    from mslog.platform.notifications import DesktopNotifications
    from mslog.ui.settings.store import UiSettings

# A button on a notification: (its key, its label), and what pressing one does.
Actions = Sequence[tuple[str, str]]
OnAction = Callable[[str], None]

# Keys of the window's settings (mslog.ui.settings.store.UiSettings).
CLOSE_TO_TRAY_KEY = "close_to_tray"
CLOSE_NOTICE_KEY = "close_to_tray_told"


class TrayIcon(QObject):
    """Owns the tray icon and its menu, and tells the person things outside the window.

    Where the platform has a tray, messages are the tray's; where it has none (stock
    GNOME), they are desktop notifications through the session bus, with buttons
    where the notification server shows them.

    Args:
        icon: MSLog's icon.
        desktop: The desktop notifications used without a tray (default: the session
            bus's, made only when there is no tray).

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

    def __init__(
        self,
        icon: QIcon,
        parent: QObject | None = None,
        desktop: DesktopNotifications | None = None,
    ) -> None:
        super().__init__(parent)
        self.desktop = desktop
        # What each desktop notification's buttons do, by its id.
        self._buttons: dict[int, OnAction] = {}
        self._writes_allowed = True
        self.menu = QMenu()
        self.log_action = QAction(self.tr("Log a spasm now"), self.menu)
        self.checkin_action = QAction(self.tr("How was today?…"), self.menu)
        self.show_action = QAction(self.tr("Open MSLog"), self.menu)
        self.quit_action = QAction(self.tr("Quit MSLog"), self.menu)
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
            self.icon.setToolTip(self.tr("MSLog"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(self.showRequested)  # a reminder's message
            self.icon.show()
        elif self.desktop is None:
            from mslog.platform.notifications import DesktopNotifications

            self.desktop = DesktopNotifications(parent=self)
        if self.icon is None and self.desktop is not None:
            self.desktop.actionInvoked.connect(self._on_button)
            self.desktop.closed.connect(self._on_closed)

    def allow_writes(self, allowed: bool) -> None:
        """Offer (or hold back) the menu entries and notification buttons that write.

        While an import or restore writes the diary, they are held back.
        """
        self._writes_allowed = allowed
        self.log_action.setEnabled(allowed)
        self.checkin_action.setEnabled(allowed)

    def available(self) -> bool:
        """Return whether an icon is actually in a tray."""
        return self.icon is not None

    def notify(
        self,
        title: str,
        text: str,
        actions: Actions = (),
        on_action: OnAction | None = None,
        shown: Callable[[int], None] | None = None,
    ) -> None:
        """Show a short message: the tray's, or a desktop notification where there is none.

        Args:
            title: The message's first line.
            text: Its text.
            actions: (key, label) of the buttons a desktop notification offers, where
                the notification server shows buttons (a tray message has none: it opens
                the window, where the same buttons are).
            on_action: Called with the key of the button pressed.
            shown: Called with a desktop notification's id once it is on screen.
        """
        if self.icon is not None:
            if QSystemTrayIcon.supportsMessages():
                self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 4000)
            return
        if self.desktop is None:
            return

        def on_screen(notification_id: int) -> None:
            if on_action is not None:
                self._buttons[notification_id] = on_action
            if shown is not None:
                shown(notification_id)

        from mslog.platform.notifications import DEFAULT_ACTION

        opening = [(DEFAULT_ACTION, self.tr("Open MSLog"))]  # a click on the notification itself
        self.desktop.notify(title, text, [*opening, *actions], on_screen)

    def withdraw(self, notification_id: int) -> None:
        """Take a desktop notification away (what it was about was done in the window)."""
        self._buttons.pop(notification_id, None)
        if self.desktop is not None:
            self.desktop.close(notification_id)

    def _on_button(self, notification_id: int, key: str) -> None:
        from mslog.platform.notifications import DEFAULT_ACTION

        if key == DEFAULT_ACTION:
            self.showRequested.emit()
            return
        on_action = self._buttons.pop(notification_id, None)
        if on_action is None:
            return
        if not self._writes_allowed:
            # An import or restore is writing the diary on a worker: a dose ticked now
            # would be written beside it. The reminder stays in the window, where its own
            # buttons work again once the import ends.
            self.notify(
                self.tr("Not done yet"),
                self.tr(
                    "MSLog is still importing or restoring your diary. Once that ends, "
                    "the reminder's buttons are in MSLog's window."
                ),
            )
            return
        on_action(key)

    def _on_closed(self, notification_id: int) -> None:
        self._buttons.pop(notification_id, None)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.showRequested.emit()

    def dispose(self) -> None:
        """Remove the icon from the tray."""
        # The menu is owned by Python (a tray menu has no parent widget); it goes with us.
        if self.icon is not None:
            self.icon.hide()
        if self.desktop is not None:
            self.desktop.shutdown()


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
                self.tr("MSLog is still running"),
                self.tr(
                    "Reminders keep working here in the tray. "
                    "To quit, choose Quit MSLog from this icon's menu."
                ),
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
