"""Check what a screen reader finds in MSLog's real AT-SPI tree (Xvfb, a private D-Bus session).

Run with the system Python, which has pyatspi (``apt-get install python3-pyatspi
at-spi2-core dbus xvfb``); MSLog itself runs with the Python given by ``--app-python``
(default: the repository's ``.venv``, else this one)::

    /usr/bin/python3 tools/atspi_check.py [--display :73] [--app-python PATH]

It starts Xvfb, a D-Bus session (``dbus-run-session``) with the accessibility bus, and
MSLog on an empty diary in a temporary home with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``,
then walks the tree as a screen reader would and checks that the big Log button has a
name, that the status line and the stretch player's labels are heard as their text, and
that a change is announced. It prints what it found and exits 1 if a check fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INNER = "--inside-session"
FOUND_WITHIN_S = 30.0


def main() -> int:
    """Parse the arguments; outside a private D-Bus session, start one and run again in it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=":73")
    parser.add_argument("--app-python", default=None)
    parser.add_argument(INNER, action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    app_python = args.app_python or _default_python()
    if not args.inside_session:
        for tool in ("dbus-run-session", "Xvfb"):
            if shutil.which(tool) is None:
                print(f"SKIP: {tool} is not installed")
                return 0
        command = [sys.executable, __file__, INNER, "--display", args.display]
        command += ["--app-python", app_python]
        return subprocess.call(["dbus-run-session", "--", *command])
    return _check(args.display, app_python)


def _default_python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _check(display: str, app_python: str) -> int:
    try:
        import pyatspi  # type: ignore[import-not-found]
    except ImportError:
        print("SKIP: pyatspi is not installed (apt-get install python3-pyatspi)")
        return 0
    home = Path(tempfile.mkdtemp(prefix="mslog-atspi-"))
    (home / ".config" / "MSLog").mkdir(parents=True)
    # Past the first-run welcome: the window itself is what is checked.
    (home / ".config" / "MSLog" / "MSLog.ini").write_text("[General]\nfirst_run_done=true\n")
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    env.update(
        DISPLAY=display,
        MSLOG_DATA_DIR=str(home / "data"),
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        PYTHONPATH=str(ROOT),
        GTK_MODULES="",
    )
    env.pop("QT_QPA_PLATFORM", None)
    started: list[subprocess.Popen] = []
    failures: list[str] = []
    try:
        started.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24"]))
        time.sleep(1)
        launcher = "/usr/libexec/at-spi-bus-launcher"
        if Path(launcher).exists():
            started.append(subprocess.Popen([launcher, "--launch-immediately"], env=env))
            time.sleep(1)
        stderr = home / "mslog-stderr.txt"
        with stderr.open("w") as err:
            app = subprocess.Popen(
                [app_python, "-m", "mslog"], env=env, cwd=ROOT, stderr=err, stdout=err
            )
        started.append(app)
        os.environ["DISPLAY"] = display
        mslog = _wait_for(lambda: _application(pyatspi), "MSLog on the accessibility bus")
        if mslog is None:
            print(stderr.read_text())
            return 1
        print(f"found application {mslog.name!r} ({mslog.childCount} window)")
        failures += _check_window(pyatspi, mslog)
        time.sleep(0.5)
        warnings = [line for line in stderr.read_text().splitlines() if line.strip()]
        for line in warnings:
            print(f"  stderr: {line}")
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(home, ignore_errors=True)
    for failure in failures:
        print(f"FAIL: {failure}")
    print("OK: every check passed" if not failures else f"{len(failures)} check(s) failed")
    return 1 if failures else 0


def _wait_for(find: Callable[[], object], what: str) -> object:
    deadline = time.monotonic() + FOUND_WITHIN_S
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.3)
    print(f"FAIL: {what} was not found within {FOUND_WITHIN_S:.0f} s")
    return None


def _application(pyatspi) -> object:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        named = app is not None and app.name.lower() in ("mslog", "python3", "python")
        if named and _first(app, lambda n: _role(n) == "push button" and "Log" in n.name):
            return app
    return None


def _walk(node) -> Iterator[object]:
    yield node
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from _walk(child)


def _first(app, test: Callable[[object], bool]) -> object:
    return next((node for node in _walk(app) if test(node)), None)


def _role(node) -> str:
    return node.getRoleName()


def _text(node) -> str:
    try:
        text = node.queryText()
    except NotImplementedError:
        return ""
    return text.getText(0, text.characterCount)


def _press(pyatspi, node) -> None:
    action = node.queryAction()
    for index in range(action.nActions):
        if action.getName(index) in ("press", "click", "Press", "SetFocus", "switch", "Switch"):
            action.doAction(index)
            return
    action.doAction(0)


def _listen(pyatspi, kind: str, act: Callable[[], None], seconds: float = 4.0) -> list[str]:
    """Return the messages of ``kind`` events that arrive while ``act`` runs and just after."""
    from gi.repository import GLib  # type: ignore[import-not-found]

    heard: list[str] = []

    def note(event) -> None:
        heard.append(str(event.any_data))

    pyatspi.Registry.registerEventListener(note, kind)
    act()
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        context.iteration(False)
        time.sleep(0.02)
    pyatspi.Registry.deregisterEventListener(note, kind)
    return heard


def _check_window(pyatspi, app) -> list[str]:
    failures: list[str] = []

    def expect(ok: bool, what: str) -> None:
        print(f"  {'ok ' if ok else 'BAD'} {what}")
        if not ok:
            failures.append(what)

    log = _first(app, lambda n: _role(n) == "push button" and n.name.startswith("Log"))
    expect(log is not None and bool(log.name), f"the big Log button has a name: {log.name!r}")
    status = _first(app, lambda n: _role(n) == "label" and n.name.startswith("When a spasm"))
    expect(status is not None, "the status line is heard as its text")
    if status is not None:
        expect(status.description == "Status", f"its description: {status.description!r}")
    fixed = ("Status", "Progress", "Safety", "Time left in this step")
    hidden = [n.name for n in _walk(app) if _role(n) == "label" and n.name in fixed]
    expect(not hidden, f"no label hides its text behind a fixed name: {hidden}")

    stretch = _first(app, lambda n: _role(n) == "page tab" and n.name == "Stretch")
    expect(stretch is not None, "the Stretch tab is in the tree")
    if stretch is None:
        return failures
    _press(pyatspi, stretch)
    start = _wait_for(
        lambda: _first(app, lambda n: _role(n) == "push button" and n.name.startswith("Start")),
        "the Start button",
    )
    if start is None:
        failures.append("the Start button")
        return failures
    safety = _first(app, lambda n: _role(n) == "label" and "bouncing" in n.name)
    expect(safety is not None, "the safety note is heard as its text")
    heard = _listen(pyatspi, "object:announcement", lambda: _press(pyatspi, start))
    print(f"  announcements heard: {heard}")
    expect(any(m.startswith("Get ready") for m in heard), "the session's start is announced")
    countdown = _wait_for(
        lambda: _first(
            app,
            lambda n: (
                _role(n) == "label"
                and n.description == "Time left in this step"
                and any(c.isdigit() for c in n.name)
            ),
        ),
        "the countdown, with its seconds",
    )
    if countdown is None:
        failures.append("the countdown label")
        return failures
    seconds = countdown.name
    expect(bool(seconds) and any(c.isdigit() for c in seconds), f"countdown: {seconds!r}")
    progress = _first(app, lambda n: _role(n) == "label" and n.description == "Progress")
    expect(
        progress is not None and bool(progress.name), f"progress: {progress and progress.name!r}"
    )
    stop = _first(app, lambda n: _role(n) == "push button" and n.name == "Stop session")
    expect(stop is not None, "the Stop session button is in the tree")
    return failures


if __name__ == "__main__":
    sys.exit(main())
