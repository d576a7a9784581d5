"""Desktop notifications through the freedesktop Notifications service (D-Bus), for no tray."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, Signal, Slot

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
# Clicking the notification itself (the spec's name for it).
DEFAULT_ACTION = "default"
# Each call waits this long at most for the notification server (it answers at once).
CALL_TIMEOUT_MS = 2000
APP_NAME = "MSLog"
ICON = "org.mslog.MSLog"
# Where this connection describes the Notifications interface to itself (see _describe).
SHAPE_PATH = "/org/mslog/MSLog/NotificationsShape"
SHAPE = f"""<node><interface name="{INTERFACE}">
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="as" direction="in"/><arg type="a{{sv}}" direction="in"/>
<annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
<arg type="i" direction="in"/><arg type="u" direction="out"/></method>
<method name="CloseNotification"><arg type="u" direction="in"/></method>
<method name="GetCapabilities"><arg type="as" direction="out"/></method>
</interface></node>"""


class DesktopNotifications(QObject):
    """Shows notifications through the desktop's notification server and hears their buttons.

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
        if address is None:
            address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        # A name of its own: Qt hands back an open connection of the same name.
        self._name = f"mslog-notifications-{id(self):x}"
        self._bus: Any = None
        self._server: Any = None
        self._capabilities: set[str] = set()
        if address:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection

            bus = QDBusConnection.connectToBus(address, self._name)
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
        if not self._capabilities and self._connect():
            # Asked again until a server answers: one may start after MSLog (at login).
            answer = self._server.call("GetCapabilities")
            found = answer.arguments()[0] if answer.arguments() else []
            self._capabilities = {str(c) for c in found} if isinstance(found, list) else set()
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
        """Show a notification; return False when no server showed it.

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
        try:
            notification_id = QMetaObject.invokeMethod(
                self._server,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG("QString", APP_NAME),
                Q_ARG("uint", 0),
                Q_ARG("QString", ICON),
                Q_ARG("QString", title),
                Q_ARG("QString", body),
                Q_ARG("QStringList", keys),
                Q_ARG("QVariantMap", {}),
                Q_ARG("int", -1),
            )
        except RuntimeError:  # the server went away meanwhile
            self._capabilities = set()
            return False
        if not isinstance(notification_id, int) or not notification_id:
            return False  # refused: no id
        if shown is not None:
            shown(notification_id)
        return True

    def close(self, notification_id: int) -> None:
        """Take a notification off the screen."""
        if self._server is not None:
            with contextlib.suppress(RuntimeError):  # gone already: nothing to take away
                QMetaObject.invokeMethod(
                    self._server,
                    "CloseNotification",
                    Qt.ConnectionType.DirectConnection,
                    Q_ARG("uint", notification_id),
                )

    def shutdown(self) -> None:
        """Leave the bus (MSLog is closing)."""
        if self._bus is not None:
            from PySide6.QtDBus import QDBusConnection

            self._bus = self._server = None
            QDBusConnection.disconnectFromBus(self._name)

    def _connect(self) -> bool:
        """Reach the server's Notifications interface; return whether it is there."""
        if self._server is not None:
            return True
        if self._bus is None:
            return False
        from PySide6.QtDBus import QDBusInterface

        self._describe()
        server = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus)
        if not server.isValid():
            return False
        server.setTimeout(CALL_TIMEOUT_MS)
        self._server = server
        return True

    def _describe(self) -> None:
        """Teach this connection the interface's argument types before the server's own.

        Notify and CloseNotification take a D-Bus uint32, which PySide6 cannot send as a
        plain argument (a Python int goes out as int32, and servers refuse the call). Qt
        sends a uint32 when it calls a method it knows from introspection, and it keeps
        one description per interface name; servers describe the hints without a Qt
        type, which Qt cannot call. So the connection first reads this description, from
        an object of its own (answered within the process), and then calls the server
        with it.
        """
        from PySide6.QtDBus import QDBusInterface, QDBusVirtualObject

        class Shape(QDBusVirtualObject):
            def introspect(self, path: str) -> str:
                return SHAPE

            def handleMessage(self, message: Any, connection: Any) -> bool:  # noqa: N802
                return False

        self._shape = Shape()
        self._bus.registerVirtualObject(SHAPE_PATH, self._shape)
        QDBusInterface(self._bus.baseService(), SHAPE_PATH, INTERFACE, self._bus)
        self._bus.unregisterObject(SHAPE_PATH)

    @Slot("QDBusMessage")
    def _on_action(self, message: Any) -> None:
        arguments = message.arguments()
        if len(arguments) == 2:
            self.actionInvoked.emit(int(arguments[0]), str(arguments[1]))

    @Slot("QDBusMessage")
    def _on_closed(self, message: Any) -> None:
        arguments = message.arguments()
        if arguments:
            self.closed.emit(int(arguments[0]))
