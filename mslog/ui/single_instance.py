"""One MSLog window per diary: a second launch asks the first to come forward, then exits."""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

# Long enough for a busy window to accept, short enough that a launch never seems stuck.
CONNECT_TIMEOUT_MS = 500
# What a later launch sends: "come forward". One line, so a message is whole once it ends.
SHOW = b"show"
# sun_path holds 108 bytes on Linux and 104 on macOS, with the terminating NUL.
MAX_SOCKET_PATH = 100


def server_name(data_dir: Path) -> str:
    """The name a window on ``data_dir`` listens under: one per user and (resolved) folder.

    Where the user has a private runtime folder (``$XDG_RUNTIME_DIR`` on Linux and the
    BSDs) the socket goes there, so no other user can take the name first. Elsewhere Qt
    places the name itself: in the temporary folder (per user on macOS), or as a named pipe
    on Windows.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError, ImportError):  # no user name in the environment or database
        user = "user"
    folder = Path(data_dir).expanduser().resolve()
    # A rendezvous point, not a secret: the hash only keeps the name short and path-free.
    name = "mslog-" + hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if os.name == "posix" and runtime and Path(runtime).is_dir():
        inside = os.path.join(runtime, name)
        if len(os.fsencode(inside)) <= MAX_SOCKET_PATH:
            return inside
    return name


def ask_running_instance(data_dir: Path) -> bool:
    """Ask an MSLog already showing this diary to come forward; return True if one answered."""
    return _send(server_name(data_dir), SHOW + b"\n")


def _send(name: str, message: bytes) -> bool:
    """Connect to ``name`` and send ``message``; return whether a window was listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False  # nobody there, or a socket file left by a crash
    if message:
        socket.write(message)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


class InstanceServer(QLocalServer):
    """Listens for later launches of MSLog on the same diary.

    If another window already listens for this diary, this one stays quiet (``listening``
    is False); the window still works, it just is not the one later launches reach.

    Args:
        data_dir: The diary's folder.
        parent: The owning object.

    Signals:
        activated: Another launch asked this window to come forward.
    """

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Only this user may connect: on POSIX the socket file is made 0700.
        self.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.newConnection.connect(self._on_connection)
        self._listen(server_name(data_dir))

    @property
    def listening(self) -> bool:
        """Whether this window is the one later launches reach."""
        return self.isListening()

    def _listen(self, name: str) -> None:
        # With UserAccessOption, Qt on POSIX listens under a temporary name and renames it
        # over ``name``, so listen() would quietly take the name from a window that is still
        # running (QTBUG-48635). Ask first: an answer means another window has this diary.
        if _send(name, b""):
            return
        if self.listen(name):
            return
        if self.serverError() == QAbstractSocket.SocketError.AddressInUseError and not _send(
            name, b""
        ):
            # Left by a crashed MSLog: nobody answered, so it is stale. Replace it.
            QLocalServer.removeServer(name)
            self.listen(name)
        # If listening still fails there is no single-instance guard; the window still works.

    def _on_connection(self) -> None:
        while self.hasPendingConnections():
            socket = self.nextPendingConnection()
            # Owned by the server and freed with it: later launches are rare, and deleting a
            # socket (even with deleteLater) while Qt still delivers its events crashes.
            socket.readyRead.connect(lambda s=socket: self._read(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()).strip() == SHOW:
                self.activated.emit()
