"""Waiting for long work behind a progress dialog (export, import) to end, in a test."""

from __future__ import annotations

from typing import Any

from mslog.ui.widgets.progress import Outcome, Task


def outcome(qtbot: Any, task: Task | None, timeout: int = 30_000) -> Outcome:
    """Wait (through the event loop) until ``task`` has ended; return how it ended."""
    assert task is not None
    if task.outcome is None:
        with qtbot.waitSignal(task.ended, timeout=timeout):
            pass
    assert task.outcome is not None
    return task.outcome


def finished(qtbot: Any, task: Task | None, timeout: int = 30_000) -> Any:
    """Wait until ``task`` has ended; return its value, re-raising an error it met."""
    ended = outcome(qtbot, task, timeout)
    if ended.error is not None:
        raise ended.error
    assert not ended.cancelled
    return ended.value
