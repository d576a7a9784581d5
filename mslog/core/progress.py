"""Progress and cancel for long work the person starts: export, import, restore."""

from __future__ import annotations

from collections.abc import Callable

from mslog.core import errors
from mslog.core.i18n import Words

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class LongWork(Words):
    """The translation context of what long work says when it is cancelled."""


class CancelledError(errors.CancelledError):
    """The person cancelled the work; nothing it would have changed was changed.

    One kind of :class:`mslog.core.errors.CancelledError`, so one ``except`` catches
    a cancelled export or import and a cancelled backup or check alike.
    """

    def __init__(self) -> None:
        super().__init__(LongWork.tr("Cancelled. Nothing was changed."))


class Tracker:
    """Counts work done against a total, reports it and stops it when cancelled.

    Args:
        total: Units of work in all (rows, say); at least 1 is reported.
        progress: Called with (done, total) as the work advances.
        cancelled: Asked as the work advances; True stops it with :class:`CancelledError`.
        every: Report and ask only once this many units have passed since the last time,
            so a row-by-row loop does not pay for a call per row.
    """

    def __init__(
        self,
        total: int,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
        every: int = 2000,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._every = every
        self._next = 0

    def advance(self, units: int = 1) -> None:
        """Count ``units`` more done.

        Raises:
            CancelledError: The person asked to stop.
        """
        self.done += units
        if self.done >= self._next:
            self._next = self.done + self._every
            self.check()

    def check(self) -> None:
        """Report the progress so far and stop if cancelled.

        Raises:
            CancelledError: The person asked to stop.
        """
        if self._cancelled is not None and self._cancelled():
            raise CancelledError()
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        """Report the work as complete."""
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)
