"""One MSLog window per diary: a second launch asks the first to come forward, then exits."""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

# Long enough for a busy window to accept, short enough that a launch never seems stuck.
CONNECT_TIMEOUT_MS = 500
# What a later launch sends: "come forward". One line, so a message is whole once it ends.
SHOW = b"show"
# sun_path holds 108 bytes on Linux and 104 on macOS, with the terminating NUL.
MAX_SOCKET_PATH = 100


def server_name(data_dir: Path) -> str | None:
    """The name a window on ``data_dir`` listens under: one per user and (resolved) folder.

    On POSIX the socket lives in a folder only this user can enter, so no other user can
    listen under the name first or see who connects: the session's runtime folder
    (``$XDG_RUNTIME_DIR``) if it is private, else a private folder of MSLog's own in the
    temporary folder. Qt's ``QStandardPaths.RuntimeLocation`` applies the same rules but
    warns on the way, so they are checked here. ``None`` when there is no private place
    (the window then works without the one-window guard). On Windows the name is a named
    pipe, which Qt keeps to the user.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError, ImportError):  # no user name in the environment or database
        user = "user"
    folder = Path(data_dir).expanduser().resolve()
    # A rendezvous point, not a secret: the hash only keeps the name short and path-free.
    name = "mslog-" + hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    if os.name != "posix":
        return name
    for private in (_session_runtime_dir, _own_runtime_dir):
        place = private()
        if place is not None:
            inside = os.path.join(place, name)
            if len(os.fsencode(inside)) <= MAX_SOCKET_PATH:
                return inside
    return None


def _is_private_dir(path: Path) -> bool:
    """Whether ``path`` is a real folder (not a link) of this user that nobody else may enter."""
    try:
        found = path.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.getuid()
        and stat.S_IMODE(found.st_mode) & 0o077 == 0
    )


def _session_runtime_dir() -> Path | None:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime) and _is_private_dir(Path(runtime)):
        return Path(runtime)
    return None


def _own_runtime_dir() -> Path | None:
    """``<temporary folder>/mslog-<uid>``, made 0700; refused if anyone else got there first."""
    place = Path(tempfile.gettempdir()) / f"mslog-{os.getuid()}"
    try:
        place.mkdir(mode=0o700)
    except FileExistsError:
        pass  # made by an earlier launch, or by someone else: checked below
    except OSError:
        return None
    return place if _is_private_dir(place) else None


def _ours(name: str) -> bool:
    """Whether ``name`` may be connected to: on POSIX, a socket file of this same user."""
    if os.name != "posix":
        return True  # a named pipe; Qt's UserAccessOption keeps it to the user
    try:
        found = os.lstat(name)
    except OSError:
        return False
    return stat.S_ISSOCK(found.st_mode) and found.st_uid == os.getuid()


def ask_running_instance(data_dir: Path) -> bool:
    """Ask an MSLog already showing this diary to come forward; return True if one answered."""
    name = server_name(data_dir)
    return name is not None and _send(name, SHOW + b"\n")


def _send(name: str, message: bytes) -> bool:
    """Connect to ``name`` and send ``message``; return whether a window was listening.

    Another user's socket never counts, even where it could be placed: it is not asked
    anything, and the window opens as if nobody had answered.
    """
    if not _ours(name):
        return False
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
        name = server_name(data_dir)
        if name is not None:
            self._listen(name)

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
