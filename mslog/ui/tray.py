"""The system-tray icon: log a spasm while the window is hidden."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class TrayIcon(QObject):
    """Owns the tray icon and its menu (shown only where the platform has a tray).

    Signals:
        logRequested: "Log a spasm now" was chosen.
        checkinRequested: "How was today?" (the daily check-in) was chosen.
        showRequested: "Open MSLog" was chosen, or the icon was clicked.
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
