"""Where an MSLog window listens for later launches, and asking it to come forward.

Nothing here imports Qt on POSIX, so a second launch can ask before it builds a window;
the listening side is :mod:`mslog.ui.single_instance`.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

CONNECT_TIMEOUT_S = 0.5
MESSAGE = b"show\n"
SOCKET_NAME = ".mslog-instance"
# sun_path holds 108 bytes on Linux and 104 on macOS, with the terminating NUL.
MAX_SOCKET_PATH = 100


def use_unix_socket() -> bool:
    """Whether this platform talks over a Unix socket (else Qt's local sockets)."""
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
    unix = use_unix_socket() if unix is None else unix
    return _ask_unix(data_dir) if unix else _ask_qt(data_dir)


def _ask_unix(data_dir: Path) -> bool:
    path = socket_path(data_dir)
    if not path.exists():
        return False  # the everyday case: nothing to ask, and no socket module to load
    return ask_unix_alive(path, MESSAGE)


def ask_unix_alive(path: Path, message: bytes = b"") -> bool:
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
