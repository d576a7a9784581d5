"""One window per diary: a second launch brings the first forward and exits."""

from __future__ import annotations

import getpass
import os
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from mslog.ui.single_instance import InstanceServer, ask_running_instance, server_name

ROOT = Path(__file__).resolve().parent.parent.parent
LAUNCH_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def runtime_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """A private runtime folder of the test's own, as a desktop session gives each user."""
    folder = tmp_path_factory.mktemp("run")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def shared_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """The temporary folder everyone may write to, as /tmp is (a test's own, not the real one)."""
    folder = tmp_path_factory.mktemp("shared-tmp")
    folder.chmod(0o1777)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    return folder


def _private_to_me(folder: Path) -> bool:
    found = folder.lstat()
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.getuid()
        and stat.S_IMODE(found.st_mode) & 0o077 == 0
    )


@pytest.fixture
def server(data_dir, qtbot):
    data_dir.mkdir()  # the window listens once its diary is open
    listening = InstanceServer(data_dir)
    yield listening
    listening.close()


def _launch(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "mslog", "--data-dir", str(data_dir)]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def test_a_second_launch_brings_the_first_window_forward(qtbot, server, data_dir):
    assert server.listening
    with qtbot.waitSignal(server.activated, timeout=3000):
        assert ask_running_instance(data_dir)
    server.close()
    assert not ask_running_instance(data_dir)  # the window has gone: the next launch opens


def test_a_second_window_never_takes_over_a_listening_one(qtbot, server, data_dir):
    second = InstanceServer(data_dir)
    assert not second.listening
    with qtbot.waitSignal(server.activated, timeout=3000):
        assert ask_running_instance(data_dir)
    second.close()


@pytest.mark.skipif(os.name != "posix", reason="named pipes vanish with the process")
def test_a_socket_file_left_by_a_crash_is_replaced(qtbot, data_dir, runtime_dir):
    data_dir.mkdir()
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(server_name(data_dir))
    left.close()  # a crash: the file stays, nobody listens
    assert Path(server_name(data_dir)).parent == runtime_dir
    assert not ask_running_instance(data_dir)
    again = InstanceServer(data_dir)
    assert again.listening
    with qtbot.waitSignal(again.activated, timeout=3000):
        assert ask_running_instance(data_dir)
    again.close()


@pytest.mark.skipif(os.name != "posix", reason="a named pipe has no file mode")
@pytest.mark.parametrize("runtime", [True, False], ids=["runtime-folder", "temporary-folder"])
def test_the_socket_is_private_to_the_user(data_dir, monkeypatch, runtime):
    if not runtime:  # no desktop session: Qt puts the socket in the temporary folder
        monkeypatch.delenv("XDG_RUNTIME_DIR")
    data_dir.mkdir()
    server = InstanceServer(data_dir)
    assert server.listening
    path = Path(server.fullServerName())
    mode = path.stat().st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0  # neither group nor others may connect
    server.close()
    assert not path.exists()


def test_two_data_folders_do_not_collide(qtbot, tmp_path):
    first_dir, second_dir = tmp_path / "one", tmp_path / "two"
    first_dir.mkdir()
    second_dir.mkdir()
    first, second = InstanceServer(first_dir), InstanceServer(second_dir)
    assert first.listening
    assert second.listening
    assert first.fullServerName() != second.fullServerName()
    second_asked: list[bool] = []
    second.activated.connect(lambda: second_asked.append(True))
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert ask_running_instance(first_dir)
    assert second_asked == []
    first.close()
    second.close()


def test_the_name_follows_the_user_and_the_real_folder(data_dir, tmp_path, monkeypatch):
    data_dir.mkdir()
    (tmp_path / "link").symlink_to(data_dir)
    assert server_name(tmp_path / "link") == server_name(data_dir)
    assert server_name(data_dir / ".." / "data") == server_name(data_dir)
    mine = server_name(data_dir)
    monkeypatch.setattr(getpass, "getuser", lambda: "someone-else")
    assert server_name(data_dir) != mine


def test_launching_mslog_again_exits_and_raises_the_open_one(qtbot, server, data_dir):
    second = subprocess.Popen(_launch(data_dir), cwd=ROOT, env=_env())
    with qtbot.waitSignal(server.activated, timeout=LAUNCH_TIMEOUT_MS):
        pass
    assert second.wait(timeout=LAUNCH_TIMEOUT_MS / 1000) == 0
    assert not (data_dir / "diary.sqlite3").exists()  # the second one never opened the diary


def test_two_real_launches_then_a_crash_then_a_third(qtbot, data_dir):
    first = subprocess.Popen(_launch(data_dir), cwd=ROOT, env=_env())
    third = None
    try:
        qtbot.waitUntil(lambda: ask_running_instance(data_dir), timeout=LAUNCH_TIMEOUT_MS)
        second = subprocess.run(
            _launch(data_dir), cwd=ROOT, env=_env(), timeout=LAUNCH_TIMEOUT_MS / 1000, check=False
        )
        assert second.returncode == 0
        assert first.poll() is None  # the first window is still open
        first.kill()  # a crash: the first leaves its socket behind
        first.wait(timeout=LAUNCH_TIMEOUT_MS / 1000)
        third = subprocess.Popen(_launch(data_dir), cwd=ROOT, env=_env())
        qtbot.waitUntil(lambda: ask_running_instance(data_dir), timeout=LAUNCH_TIMEOUT_MS)
        assert third.poll() is None  # it took over the stale name instead of exiting
    finally:
        for process in (first, third):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX sockets and file owners")


@posix_only
@pytest.mark.parametrize("runtime", ["long", "missing", "shared"])
def test_the_socket_never_sits_where_another_user_could_listen_first(
    data_dir, tmp_path, monkeypatch, shared_tmp, runtime
):
    if runtime == "long":  # too long for a socket path (sun_path is about 100 bytes)
        long = tmp_path / ("x" * 60) / ("y" * 60)
        long.mkdir(parents=True)
        long.chmod(0o700)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(long))
    elif runtime == "missing":
        monkeypatch.delenv("XDG_RUNTIME_DIR")
    else:  # a runtime folder others may enter is no private place
        open_to_all = tmp_path / "open"
        open_to_all.mkdir()
        open_to_all.chmod(0o777)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(open_to_all))
    data_dir.mkdir()
    server = InstanceServer(data_dir)
    assert server.listening
    place = Path(server.fullServerName()).parent
    assert place != shared_tmp
    assert _private_to_me(place)
    server.close()


@posix_only
def test_a_private_folder_someone_else_made_first_is_not_used(data_dir, monkeypatch, shared_tmp):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    squatted = shared_tmp / f"mslog-{os.getuid()}"
    squatted.mkdir()
    squatted.chmod(0o777)  # made by another user for everyone to enter
    data_dir.mkdir()
    assert server_name(data_dir) is None
    server = InstanceServer(data_dir)
    assert not server.listening  # no guard then, but nothing of the diary's goes there
    assert not ask_running_instance(data_dir)  # and the window opens
    server.close()
    assert list(squatted.iterdir()) == []


@posix_only
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs chown")
def test_another_users_listener_is_not_taken_for_a_window(qtbot, data_dir):
    data_dir.mkdir()
    name = server_name(data_dir)
    assert name is not None
    other = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        other.bind(name)
        other.listen()
        os.chown(name, 12345, 12345)  # listening, as another user would
        assert not ask_running_instance(data_dir)  # the window opens instead of exiting
        mine = InstanceServer(data_dir)
        assert mine.listening  # and takes the name back
        with qtbot.waitSignal(mine.activated, timeout=3000):
            assert ask_running_instance(data_dir)
        mine.close()
    finally:
        other.close()
