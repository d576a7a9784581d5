"""A fork server for the crash test: each "fork" line starts a child that logs spasms until killed.

Everything is imported once here, so a child starts in milliseconds. A child
prints ``pid N`` when it starts and ``ack UUID`` after each save has committed;
this process prints ``dead`` once the child is gone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mslog.core.clock import SystemClock
from mslog.core.diary import Diary


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())  # one write per line: atomic on a pipe


def child(data_dir: Path) -> None:
    """Log spasms forever, acknowledging each committed one."""
    _say(f"pid {os.getpid()}")
    diary = Diary(data_dir, clock=SystemClock())
    n = 0
    while True:
        n += 1
        spasm = diary.spasms.log(severity=n % 11, triggers=["heat"], note=f"crash test {n}")
        _say(f"ack {spasm.uuid}")


def main() -> None:
    """Fork a logging child per "fork" line on stdin and report when it dies."""
    data_dir = Path(sys.argv[1])
    for line in sys.stdin:
        if line.strip() != "fork":
            break
        pid = os.fork()
        if pid == 0:
            try:
                child(data_dir)
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
        _say("dead")


if __name__ == "__main__":
    main()
