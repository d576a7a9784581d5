"""A stand-in freedesktop notification server on a private bus, run as its own process.

``python -m tests.helpers.fake_notifications ADDRESS [CAPABILITY...]`` owns
org.freedesktop.Notifications on the bus at ADDRESS and prints one JSON line per call it
gets (``{"method": ..., "args": [...]}``); ``ready`` first. Its extra method
``org.mslog.Fake.Press(id, action)`` makes it send ActionInvoked, as a click on a
notification's button would.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusMessage, QDBusVirtualObject

PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
XML = f"""<interface name="{INTERFACE}">
<method name="GetCapabilities"><arg type="as" direction="out"/></method>
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="as" direction="in"/><arg type="a{{sv}}" direction="in"/><arg type="i" direction="in"/>
<arg type="u" direction="out"/></method>
<method name="CloseNotification"><arg type="u" direction="in"/></method>
<signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
<signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
</interface>"""


class FakeServer(QDBusVirtualObject):
    """Answers the Notifications calls and notes them on standard output."""

    def __init__(self, capabilities: list[str]) -> None:
        super().__init__()
        self.capabilities = capabilities
        self.next_id = 7

    def introspect(self, path: str) -> str:
        """Describe the interface (``gdbus call`` reads it)."""
        return XML

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:  # noqa: N802
        """Answer one call."""
        member = message.member()
        args = [a if isinstance(a, str | int | list) else None for a in message.arguments()]
        note = {"method": member, "signature": message.signature(), "args": args}
        print(json.dumps(note), flush=True)
        if member == "GetCapabilities":
            strings = QDBusArgument()
            strings << self.capabilities  # an array of strings, as a real server answers
            connection.send(message.createReply(strings))
        elif member == "Notify":
            connection.send(message.createReply(self.next_id))
            self.next_id += 1
        elif member == "CloseNotification":
            connection.send(message.createReply())
            self._signal(connection, "NotificationClosed", [args[0], 3])
        elif member == "Press":
            connection.send(message.createReply())
            self._signal(connection, "ActionInvoked", [args[0], args[1]])
        else:
            return False
        return True

    def _signal(self, connection: QDBusConnection, name: str, args: list) -> None:
        signal = QDBusMessage.createSignal(PATH, INTERFACE, name)
        signal.setArguments(args)
        connection.send(signal)


def main() -> int:
    """Serve until killed."""
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-notifications")
    server = FakeServer(sys.argv[2:] or ["actions", "body"])
    bus.registerVirtualObject(PATH, server)
    bus.registerService("org.freedesktop.Notifications")
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
