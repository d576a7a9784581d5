"""Notices entries saved by another MSLog (say ``mslog log`` in a terminal) and redraws."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from mslog.core.diary import Diary

POLL_MS = 1000


class ExternalChangeWatcher(QObject):
    """Checks ``PRAGMA data_version`` once a second to see another process's commits.

    The number changes only when another connection commits, so this is one
    cheap query a second and the app's only poll.

    Args:
        diary: The open diary.
        on_change: Called when another process changed the diary.
    """

    def __init__(self, diary: Diary, on_change: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._diary = diary
        self._on_change = on_change
        self._last = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        diary.safety.reloaded.connect(self._rebase)

    def start(self) -> None:
        """Begin checking."""
        self._last = self._version()
        self.timer.start()

    def stop(self) -> None:
        """Stop checking (the window is closing)."""
        self.timer.stop()

    def detach(self) -> None:
        """Stop and forget the diary."""
        self.stop()
        self._diary.safety.reloaded.disconnect(self._rebase)

    def check(self) -> bool:
        """Redraw if another process committed since the last check; return whether it did."""
        now = self._version()
        if now is None or now == self._last:
            return False
        self._last = now
        self._on_change()
        return True

    def _rebase(self, _reason: str = "") -> None:
        # A restore opens a new connection, whose counter starts afresh.
        self._last = self._version()

    def _version(self) -> int | None:
        try:
            return int(self._diary.db.execute_sql("PRAGMA data_version").fetchone()[0])
        except Exception:  # the diary is being swapped or the disk failed: try again later
            return None
