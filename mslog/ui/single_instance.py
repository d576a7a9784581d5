"""One MSLog window per diary: a second launch asks the first to come forward, then exits."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
MESSAGE = b"show\n"


def server_name(data_dir: Path) -> str:
    """A per-user, per-diary name for the local socket (no path, so it fits every platform)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}"
    return "mslog-" + hashlib.sha256(key.encode()).hexdigest()[:24]


def ask_running_instance(data_dir: Path) -> bool:
    """Ask an MSLog already showing this diary to come forward; return True if one answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


class InstanceServer(QObject):
    """Listens for later launches of MSLog on the same diary.

    Signals:
        activated: Another launch asked this window to come forward.
    """

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        # Only this user may connect.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self._server.listen(name):
            # A socket left by a crashed MSLog: nobody answered, so it is stale.
            QLocalServer.removeServer(name)
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    @property
    def listening(self) -> bool:
        """Whether the server is up."""
        return self._server.isListening()

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            # Owned by the server (freed with it): a later launch is rare, and freeing a
            # socket by hand while Qt still delivers its events is how crashes start.
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self.activated.emit()

    def close(self) -> None:
        """Stop listening (the name is free for the next launch)."""
        self._server.close()
