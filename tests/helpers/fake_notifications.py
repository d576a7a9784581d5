"""A stand-in freedesktop notification server on a private bus, run as its own process.

``python -m tests.helpers.fake_notifications ADDRESS`` owns org.freedesktop.Notifications
on the bus at ADDRESS and prints one JSON line per call it gets (``{"method": ...,
"args": [...]}``), ``ready`` first. Its methods take the spec's exact D-Bus types (a call
with an int32 where a uint32 belongs finds no method, as with real servers). Its extra
method ``Press(id, action)`` sends ActionInvoked, as a click on a button would.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection


def note(method: str, *args: object) -> None:
    """Print a call for the test to read."""
    print(json.dumps({"method": method, "args": list(args)}), flush=True)


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class FakeServer(QObject):
    """The Notifications interface, with buttons, numbering notifications from 7."""

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self) -> None:
        super().__init__()
        self.next_id = 7

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802
        """Say that buttons are shown."""
        note("GetCapabilities")
        return ["actions", "body"]

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout) -> int:  # noqa: N802
        """Show a notification (here: note it) and return its id."""
        note("Notify", app, replaces, icon, summary, body, list(actions), dict(hints), timeout)
        self.next_id += 1
        return self.next_id - 1

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:  # noqa: N802
        """Take a notification away."""
        note("CloseNotification", notification_id)
        self.NotificationClosed.emit(notification_id, 3)

    @Slot(int, str)
    def Press(self, notification_id: int, action: str) -> None:  # noqa: N802
        """Press a button of a notification, as the person would."""
        note("Press", notification_id, action)
        self.ActionInvoked.emit(notification_id, action)


def main() -> int:
    """Serve until killed."""
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-notifications")
    server = FakeServer()
    options = QDBusConnection.RegisterOption
    bus.registerObject(
        "/org/freedesktop/Notifications", server, options.ExportAllSlots | options.ExportAllSignals
    )
    bus.registerService("org.freedesktop.Notifications")
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
