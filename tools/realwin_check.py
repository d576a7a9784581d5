"""Check in a real window that Enter logs at every start and the README's key shortcuts work.

Offscreen tests cannot prove where a real window manager puts the keyboard, nor what a
desktop binds its standard keys to; this does. It needs ``xvfb-run``, ``openbox`` and
``xdotool`` (``apt-get install xvfb openbox xdotool``)::

    python tools/realwin_check.py [--launches 6] [--python PATH]

Under Xvfb with openbox, it launches MSLog (``--python``, default the repository's
``.venv``, else this Python) ``--launches`` times on a temporary data folder
(``MSLOG_DATA_DIR``) and home, and each time:

* the first launch of a fresh home closes the Welcome wizard with Esc (a later launch of
  that home must not show it again), the others are normal starts; some press at once
  as the window maps (the diary may still be opening), some a moment later;
* sends Return as a real key event to whatever has the keyboard, and checks with
  ``mslog list`` that one more spasm was stored;
* sends Ctrl+Z and checks it was removed, then Ctrl+Shift+Z and checks it is back;
* checks that the window is within the screen (no part of it out of sight);
* on one launch, walks the History tab by keyboard: Ctrl+5, Tab to the spasm's Edit, Enter
  opens its details and Esc closes them; then Tab Tab Enter must delete that spasm (so the
  keyboard came back to Edit once the window manager gave the window back), and Ctrl+Z
  brings it back;
* sends Ctrl+Q and checks the app ended with exit code 0.

Anything MSLog writes to stderr (a Qt warning such as "Ambiguous shortcut") fails the
check. It prints one line per launch and exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
INNER = "--inside-display"
WAIT_S = 30.0
T = TypeVar("T")
COUNT = re.compile(r"^(\d+) spasms? ", re.MULTILINE)


def main() -> int:
    """Parse the arguments; outside Xvfb, start one and run again inside it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=6)
    parser.add_argument("--python", default=None, help="the Python that runs MSLog")
    parser.add_argument(INNER, action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    python = args.python or _default_python()
    if not args.inside_display:
        for tool in ("xvfb-run", "openbox", "xdotool"):
            if shutil.which(tool) is None:
                print(f"SKIP: {tool} is not installed")
                return 0
        command = [sys.executable, __file__, INNER, "--launches", str(args.launches)]
        command += ["--python", python]
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command])
    return _check(args.launches, python)


def _default_python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _check(launches: int, python: str) -> int:
    """Run the launches under the window manager; return the exit code."""
    found = subprocess.run([python, "-c", "import PySide6"], capture_output=True, check=False)
    if found.returncode != 0:
        print(f"FAILED: {python} cannot import PySide6 (give --python)")
        return 1
    manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(_has_window_manager, "the window manager")
        failures = 0
        with tempfile.TemporaryDirectory(prefix="mslog-realwin-") as temp:
            home = Path(temp) / "home-0"
            for launch in range(launches):
                fresh = launch in (0, launches // 2)  # a first run, twice
                if fresh:
                    home = Path(temp) / f"home-{launch}"
                    home.mkdir()
                early = launch % 2 == 1  # press as the window maps, or a moment later
                history = launch == 1  # once: a normal start, the keys sent at once
                problems = _one_launch(python, home, fresh=fresh, early=early, history=history)
                how = "first run" if fresh else ("at once" if early else "a moment later")
                print(f"launch {launch + 1} ({how}): {'; '.join(problems) or 'ok'}", flush=True)
                failures += bool(problems)
        print("FAILED" if failures else "all launches passed")
        return 1 if failures else 0
    finally:
        manager.terminate()
        manager.wait(timeout=10)


def _one_launch(
    python: str, home: Path, *, fresh: bool, early: bool, history: bool = False
) -> list[str]:
    """Launch MSLog once on ``home``'s diary, press the keys, and return what went wrong."""
    env = _environment(home)
    problems: list[str] = []
    before = _stored(python, env)
    stderr_path = home / "stderr.txt"
    with stderr_path.open("w") as stderr:
        app = subprocess.Popen(
            [python, "-m", "mslog"], env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        alive = lambda: app.poll() is None  # noqa: E731 - one line, read once
        try:
            if fresh:
                _wait(lambda: _window("Welcome to MSLog") is not None, "the Welcome wizard", alive)
                _key("Escape")
                _wait(lambda: _window("Welcome to MSLog") is None, "the Welcome to close", alive)
            window = _wait(lambda: _window("^MSLog$"), "the main window", alive)
            _wait(lambda: _active() == window, "the main window to be active", alive)
            if not early:
                time.sleep(2)  # the diary has opened by now on any machine
            if not fresh and _window("Welcome to MSLog") is not None:
                problems.append("the Welcome came back")
            _key("Return")
            if not _became(python, env, before + 1):
                problems.append("Return stored nothing")
            else:
                _key("ctrl+z")
                if not _became(python, env, before):
                    problems.append("Ctrl+Z did not undo the spasm")
                _key("ctrl+shift+z")
                if not _became(python, env, before + 1):
                    problems.append("Ctrl+Shift+Z did not redo it")
                elif history:
                    problems += _history_journey(python, env, before + 1, alive)
            problems += _off_screen(window)
            _key("ctrl+q")
            try:
                code = app.wait(timeout=WAIT_S)
            except subprocess.TimeoutExpired:
                problems.append("Ctrl+Q did not quit")
            else:
                if code != 0:
                    problems.append(f"exit code {code}")
        except (TimeoutError, RuntimeError) as exc:
            problems.append(str(exc))
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    said = stderr_path.read_text().strip()
    if said:
        problems.append(f"stderr: {said}")
    return problems


def _history_journey(
    python: str, env: dict[str, str], count: int, alive: Callable[[], bool]
) -> list[str]:
    """Edit, then delete, today's spasm from the History tab by keyboard; say what failed.

    From Day before, where the tab puts the keyboard, Tab passes Yesterday and Undo (Day
    after, Today and Redo are greyed on today) to the spasm's Edit.
    """
    _key("ctrl+5")
    time.sleep(1)  # the tab is built on its first show
    for _ in range(3):
        _key("Tab")
    _key("Return")
    try:
        _wait(lambda: _window("^The spasm at") is not None, "the spasm's details", alive)
    except TimeoutError:
        return ["Enter on Edit in History opened no details"]
    _key("Escape")
    _wait(lambda: _window("^The spasm at") is None, "the details to close", alive)
    time.sleep(0.5)  # the window manager gives the main window back
    _key("Tab")
    _key("Tab")
    _key("Return")
    if not _became(python, env, count - 1):
        return ["after the details closed, Tab Tab Enter did not delete the spasm in History"]
    _key("ctrl+z")
    if not _became(python, env, count):
        return ["Ctrl+Z did not bring back the spasm deleted in History"]
    return []


def _off_screen(window: str) -> list[str]:
    """Return what is wrong if any part of ``window`` is off the screen (xwininfo's place)."""
    screen = _xdotool("getdisplaygeometry").split()
    done = subprocess.run(["xwininfo", "-id", window], capture_output=True, text=True, check=False)
    numbers = dict(
        re.findall(r"^\s*(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)", done.stdout, re.M)
    )
    if len(screen) != 2 or len(numbers) != 4:
        return []
    x, y = int(numbers["Absolute upper-left X"]), int(numbers["Absolute upper-left Y"])
    width, height = int(numbers["Width"]), int(numbers["Height"])
    right, bottom = int(screen[0]), int(screen[1])
    if x < 0 or y < 0 or x + width > right or y + height > bottom:
        return [f"the {width}x{height} window at {x},{y} is past the {right}x{bottom} screen"]
    return []


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "MSLOG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        MSLOG_DATA_DIR=str(home / "diary"),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="xcb",
    )
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no desktop's notifications or tray
    return env


def _stored(python: str, env: dict[str, str]) -> int:
    """Return how many spasms ``mslog list`` finds in the last week (0 with no diary yet)."""
    if not Path(env["MSLOG_DATA_DIR"]).exists():
        return 0
    done = subprocess.run(
        [python, "-m", "mslog", "list"], env=env, capture_output=True, text=True, check=False
    )
    found = COUNT.search(done.stdout)
    return int(found.group(1)) if found else 0


def _became(python: str, env: dict[str, str], count: int) -> bool:
    """Return whether the stored count reaches ``count`` within the wait."""
    try:
        _wait(lambda: _stored(python, env) == count, f"{count} stored spasms")
    except TimeoutError:
        return False
    return True


def _wait(found: Callable[[], T], what: str, alive: Callable[[], bool] = lambda: True) -> T:
    """Poll ``found`` until it returns something true.

    Raises:
        TimeoutError: Nothing was found within the wait.
        RuntimeError: ``alive`` said the app ended first.
    """
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        if not alive():
            raise RuntimeError(f"MSLog ended while waiting for {what}")
        time.sleep(0.2)
    raise TimeoutError(f"no {what} within {WAIT_S:.0f} s")


def _xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, check=False)
    return done.stdout.strip()


def _window(name: str) -> str | None:
    """Return the id of a visible window whose title matches ``name``, if any."""
    found = _xdotool("search", "--onlyvisible", "--name", name).split()
    return found[0] if found else None


def _active() -> str:
    return _xdotool("getactivewindow")


def _key(keys: str) -> None:
    """Send ``keys`` as real key events to the window that has the keyboard."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)
    time.sleep(0.3)  # let the event reach the app before the next key


def _has_window_manager() -> bool:
    done = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True, check=False
    )
    return "window id" in done.stdout


if __name__ == "__main__":
    sys.exit(main())
