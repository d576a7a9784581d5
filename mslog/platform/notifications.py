"""Desktop notifications through the freedesktop Notifications service (D-Bus), for no tray."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QProcess, Signal, Slot

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
# Clicking the notification itself (the spec's name for it).
DEFAULT_ACTION = "default"
# Each call waits this long at most for the notification server (it answers at once).
CALL_TIMEOUT_MS = 2000
APP_NAME = "MSLog"
ICON = "org.mslog.MSLog"


class DesktopNotifications(QObject):
    """Shows notifications through the desktop's notification server and hears their buttons.

    Queries and the buttons' signals go through QtDBus. Notify and CloseNotification take
    a D-Bus uint32, which PySide6 cannot send (a Python int goes out as int32, and the
    servers refuse it); those two calls go through GLib's ``gdbus`` tool, there wherever
    a GNOME or GTK desktop is.

    Args:
        address: The D-Bus session bus (default: ``DBUS_SESSION_BUS_ADDRESS``; without
            one there are no desktop notifications and nothing is started).

    Signals:
        actionInvoked: A notification's button was pressed (its id and the action's key).
        closed: A notification went (its id).
    """

    actionInvoked = Signal(int, str)  # noqa: N815 - Qt naming
    closed = Signal(int)

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = (
            address if address is not None else os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        )
        self._gdbus = shutil.which("gdbus")
        self._bus = None
        self._capabilities: set[str] | None = None
        self._processes: set[QProcess] = set()
        if self._address and self._gdbus:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection

            # A name of its own: Qt hands back an open connection of the same name.
            self._name = f"mslog-notifications-{id(self):x}"
            bus = QDBusConnection.connectToBus(self._address, self._name)
            if bus.isConnected():
                self._bus = bus
                for name, slot in (
                    ("ActionInvoked", "_on_action(QDBusMessage)"),
                    ("NotificationClosed", "_on_closed(QDBusMessage)"),
                ):
                    # PySide6 takes the slot as text; its stubs say bytes.
                    bus.connect("", PATH, INTERFACE, name, self, SLOT(slot))  # type: ignore[call-overload]

    def capabilities(self) -> set[str]:
        """Return what the server offers ("actions", "body"...), empty when there is none."""
        if self._capabilities:
            return self._capabilities
        # Asked again until a server answers: one may start after MSLog (at login).
        self._capabilities = set(self._ask("GetCapabilities"))
        return self._capabilities

    def available(self) -> bool:
        """Return whether a notification server answers on the session bus."""
        return bool(self.capabilities())

    def supports_actions(self) -> bool:
        """Return whether the server shows buttons on a notification."""
        return "actions" in self.capabilities()

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        shown: Callable[[int], None] | None = None,
    ) -> bool:
        """Show a notification; return False when no server can show it.

        Args:
            title: Its summary line.
            body: Its text.
            actions: (key, label) of each button, when the server has buttons; clicking
                the notification itself is :data:`DEFAULT_ACTION`.
            shown: Called with the notification's id once the server has shown it.
        """
        if not self.available():
            return False
        keys: list[str] = []
        for key, label in actions if self.supports_actions() else ():
            keys += [key, label]
        self._gdbus_call(
            "Notify",
            [
                _text(APP_NAME),
                "uint32 0",
                _text(ICON),
                _text(title),
                _text(body),
                "@as [" + ", ".join(_text(k) for k in keys) + "]",
                "@a{sv} {}",
                "int32 -1",
            ],
            shown,
        )
        return True

    def close(self, notification_id: int) -> None:
        """Take a notification off the screen."""
        if self._bus is not None:
            self._gdbus_call("CloseNotification", [f"uint32 {notification_id}"], None)

    def _ask(self, method: str) -> list[str]:
        if self._bus is None:
            return []
        from PySide6.QtDBus import QDBus, QDBusMessage

        call = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, method)
        reply = self._bus.call(call, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return []
        answer = reply.arguments()[0]
        return [str(item) for item in answer] if isinstance(answer, list) else []

    def _gdbus_call(
        self, method: str, arguments: list[str], done: Callable[[int], None] | None
    ) -> None:
        assert self._gdbus is not None, "no bus without gdbus"
        process = QProcess(self)
        process.setProgram(self._gdbus)
        process.setArguments(
            [
                "call",
                *("--address", self._address, "--dest", SERVICE, "--object-path", PATH),
                *("--timeout", str(CALL_TIMEOUT_MS // 1000), "--method", f"{INTERFACE}.{method}"),
                "--",
                *arguments,
            ]
        )

        def finished(_code: int, _status: QProcess.ExitStatus) -> None:
            out = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
            self._processes.discard(process)
            process.deleteLater()
            found = re.search(r"(\d+)", out)
            if done is not None and found is not None:
                done(int(found.group(1)))

        process.finished.connect(finished)
        self._processes.add(process)
        process.start()

    @Slot("QDBusMessage")
    def _on_action(self, message) -> None:
        arguments = message.arguments()
        if len(arguments) == 2:
            self.actionInvoked.emit(int(arguments[0]), str(arguments[1]))

    @Slot("QDBusMessage")
    def _on_closed(self, message) -> None:
        arguments = message.arguments()
        if arguments:
            self.closed.emit(int(arguments[0]))

    def shutdown(self) -> None:
        """Wait for the calls under way and leave the bus (MSLog is closing)."""
        for process in list(self._processes):
            process.waitForFinished(CALL_TIMEOUT_MS)
        if self._bus is not None:
            from PySide6.QtDBus import QDBusConnection

            self._bus = None
            QDBusConnection.disconnectFromBus(self._name)


def _text(value: str) -> str:
    """Return ``value`` as a GVariant string literal (what ``gdbus call`` reads)."""
    escaped = value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"
