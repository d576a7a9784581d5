"""One MSLog window per diary: a second launch asks the first to come forward, then exits.

On POSIX the two talk over a Unix socket in the diary's private folder, through Python's
own ``socket`` module, so start-up does not load QtNetwork (about 3 MiB). Windows has no
Unix sockets in Python, so there Qt's local sockets (named pipes) carry the same message.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

CONNECT_TIMEOUT_S = 0.5
MESSAGE = b"show\n"
SOCKET_NAME = ".mslog-instance"
# sun_path holds 108 bytes on Linux and 104 on macOS, with the terminating NUL.
MAX_SOCKET_PATH = 100


def _use_unix_socket() -> bool:
    return os.name == "posix"


def server_name(data_dir: Path) -> str:
    """A per-user, per-diary name for Qt's local socket (no path, so it fits every platform)."""
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}".encode()
    # Two CRCs make a 64-bit name: a rendezvous point, not a secret (hashlib would load
    # OpenSSL's libcrypto, 3.5 MiB, for this alone).
    return f"mslog-{zlib.crc32(key):08x}{zlib.crc32(key[::-1]):08x}"


def socket_path(data_dir: Path) -> Path:
    """Where the window listens on POSIX: inside the private (0700) data folder if it fits."""
    inside = Path(data_dir).expanduser().resolve() / SOCKET_NAME
    if len(os.fsencode(inside)) <= MAX_SOCKET_PATH:
        return inside
    runtime = os.environ.get("XDG_RUNTIME_DIR")  # private to the user, where there is one
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path("/tmp")
    return folder / f"{server_name(data_dir)}.sock"


def ask_running_instance(data_dir: Path, *, unix: bool | None = None) -> bool:
    """Ask an MSLog already showing this diary to come forward; return True if one answered."""
    unix = _use_unix_socket() if unix is None else unix
    return _ask_unix(data_dir) if unix else _ask_qt(data_dir)


def _ask_unix(data_dir: Path) -> bool:
    path = socket_path(data_dir)
    if not path.exists():
        return False  # the everyday case: nothing to ask, and no socket module to load
    return _ask_unix_alive(path, MESSAGE)


def _ask_unix_alive(path: Path, message: bytes = b"") -> bool:
    """Connect to ``path`` and send ``message``; return whether a window was listening."""
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_TIMEOUT_S)
        try:
            sock.connect(os.fspath(path))
            if message:
                sock.sendall(message)
        except OSError:
            return False  # left behind by a crash: nobody is listening
    return True


def _ask_qt(data_dir: Path) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    timeout_ms = int(CONNECT_TIMEOUT_S * 1000)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return True


class InstanceServer(QObject):
    """Listens for later launches of MSLog on the same diary.

    Args:
        data_dir: The diary's folder.
        parent: The owning object.
        unix: Use a Unix socket (default: on POSIX) rather than Qt's local sockets.

    Signals:
        activated: Another launch asked this window to come forward.
    """

    activated = Signal()

    def __init__(
        self, data_dir: Path, parent: QObject | None = None, *, unix: bool | None = None
    ) -> None:
        super().__init__(parent)
        unix = _use_unix_socket() if unix is None else unix
        self._backend = _UnixListener(data_dir, self) if unix else _QtListener(data_dir, self)

    @property
    def listening(self) -> bool:
        """Whether the server is up."""
        return self._backend.listening

    def close(self) -> None:
        """Stop listening (the name is free for the next launch)."""
        self._backend.close()


class _UnixListener:
    """A non-blocking Unix socket watched by the Qt event loop."""

    def __init__(self, data_dir: Path, owner: InstanceServer) -> None:
        import socket

        from PySide6.QtCore import QSocketNotifier

        self._owner = owner
        self._path = socket_path(data_dir)
        self._sock: socket.socket | None = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._bind()
        except OSError:
            self._sock.close()
            self._sock = None
            return  # no single-instance guard then; the window still works
        self._sock.listen(4)
        self._sock.setblocking(False)
        self._notifier = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, owner)
        self._notifier.activated.connect(self._on_ready)

    def _bind(self) -> None:
        assert self._sock is not None
        old_umask = os.umask(0o077)  # only this user may connect
        try:
            self._sock.bind(os.fspath(self._path))
        except OSError:
            if _ask_unix_alive(self._path):
                raise  # another window took this diary a moment ago: leave it be
            # A socket left by a crashed MSLog, or a stray file: replace it.
            self._path.unlink(missing_ok=True)
            self._sock.bind(os.fspath(self._path))
        finally:
            os.umask(old_umask)

    @property
    def listening(self) -> bool:
        return self._sock is not None

    def _on_ready(self) -> None:
        assert self._sock is not None
        while True:
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            with conn:
                conn.settimeout(CONNECT_TIMEOUT_S)
                try:
                    message = conn.recv(64)
                except OSError:
                    continue
            if message.startswith(MESSAGE.strip()):
                self._owner.activated.emit()

    def close(self) -> None:
        if self._sock is None:
            return
        self._notifier.setEnabled(False)
        self._sock.close()
        self._sock = None
        self._path.unlink(missing_ok=True)


class _QtListener:
    """Qt's QLocalServer: named pipes on Windows."""

    def __init__(self, data_dir: Path, owner: InstanceServer) -> None:
        from PySide6.QtNetwork import QLocalServer

        self._owner = owner
        self._server = QLocalServer(owner)
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
        return self._server.isListening()

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            # Owned by the server (freed with it): a later launch is rare, and freeing a
            # socket by hand while Qt still delivers its events is how crashes start.
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self._owner.activated.emit()

    def close(self) -> None:
        self._server.close()
