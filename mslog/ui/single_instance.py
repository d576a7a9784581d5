"""One MSLog window per diary: a second launch asks the first to come forward, then exits.

On POSIX the two talk over a Unix socket in the diary's private folder, through Python's
own ``socket`` module, so start-up does not load QtNetwork (about 3 MiB). Windows has no
Unix sockets in Python, so there Qt's local sockets (named pipes) carry the same message.
The naming and the asking side are in :mod:`mslog.ui.instance_socket`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mslog.ui.instance_socket import (
    CONNECT_TIMEOUT_S,
    MESSAGE,
    ask_unix_alive,
    server_name,
    socket_path,
    use_unix_socket,
)


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
        unix = use_unix_socket() if unix is None else unix
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
            if ask_unix_alive(self._path):
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
