"""Opening the diary behind a window that is already on screen."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from mslog.core.clock import Clock

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.main_window import MainWindow
    from mslog.ui.single_instance import InstanceServer

# Safety net: should the window never paint (started minimised, say), open the diary anyway.
FIRST_FRAME_WAIT_MS = 500


class Startup(QObject):
    """Opens the diary once the window has painted its first frame.

    Opening checks the whole diary file only when something other than MSLog's clean close
    may have changed it (see :mod:`mslog.core.storage.checked`); the day's check and backup
    run beside the window once it is ready (see :mod:`mslog.ui.safety.daily`). The window
    shows first, so it is there at once, and a press of the big button while the diary
    opens is kept (see ``MainWindow.attach``). Should the diary not open (damaged
    and the person quits, or anything unforeseen), the person is told why, and told that
    the presses kept meanwhile were not saved; then :attr:`failed` ends the app.

    Args:
        window: The main window, shown without its diary.
        data_dir: The diary's folder.
        clock: Where "now" comes from.
        benchmark: Print ``MSLOG_SHOWN`` at the first frame and ``MSLOG_READY`` once
            the diary is painted, then quit (for ``bench/run.py``).
    """

    failed = Signal(int)  # the diary did not open (the person was told): the exit code

    def __init__(
        self, window: MainWindow, data_dir: Path, clock: Clock | None, benchmark: bool
    ) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.clock = clock
        self.benchmark = benchmark
        self.diary: Diary | None = None
        self.instance: InstanceServer | None = None
        self.failed_code: int | None = None
        self.finished = False
        self.opening = False
        window.installEventFilter(self)
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self.open_diary)
        self.fallback.start(FIRST_FRAME_WAIT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Wait for the window's first paint."""
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            if self.benchmark:
                print("MSLOG_SHOWN", flush=True)
            QTimer.singleShot(0, self.open_diary)  # once this frame has reached the screen
        return False

    def open_diary(self) -> None:
        """Open the diary and attach it to the window (once, and not after :meth:`finish`)."""
        self.fallback.stop()
        if self.opening or self.diary is not None or self.failed_code is not None or self.finished:
            return
        # A dialog below (recovery, an error) runs its own event loop, in which a paint
        # or the fallback could call this again.
        self.opening = True
        from mslog.core.storage.database import Checks
        from mslog.ui.safety import storage_errors
        from mslog.ui.safety.recovery import open_diary_with_recovery, show_error
        from mslog.ui.single_instance import InstanceServer

        told: list[str] = []

        def tell(title: str, text: str) -> None:
            # Whatever stopped the diary opening, a press noted meanwhile is named as unsaved.
            told.append(title)
            unsaved = self.window.log_tab.tell_unsaved()
            show_error(title, f"{text}\n\n{unsaved}" if unsaved else text)

        try:
            # The day's check and backup run beside the window once it is ready (below).
            diary = open_diary_with_recovery(
                self.data_dir, self.clock, tell=tell, checks=Checks.IN_BACKGROUND
            )
        except Exception as exc:  # unforeseen: still told, never a silent window
            traceback.print_exc()
            tell(
                self.tr("MSLog cannot open your diary"),
                self.tr(
                    "Something unexpected stopped MSLog opening your diary ({problem}). "
                    "Nothing was deleted; please report this."
                ).format(problem=exc),
            )
            diary = None
        if diary is None:
            if not told and self.window.log_tab.unsaved():
                tell(self.tr("Not saved"), self.tr("Your diary was not opened."))
            self.failed_code = 1
            self.failed.emit(1)
            return
        self.diary = diary
        storage_errors.install()  # a full disk mid-session: a message, not a crash
        self.window.attach(diary)
        self.instance = InstanceServer(self.data_dir, self.window)
        self.instance.activated.connect(self.window.bring_forward)
        if self.benchmark:
            QTimer.singleShot(0, self._ready)
        elif not self.window.settings.get("first_run_done"):
            QTimer.singleShot(0, self.window.show_welcome)
        QTimer.singleShot(0, self.window.data_safety.daily.start)

    def finish(self) -> None:
        """Stop listening for other launches and close the diary (the app is ending).

        Closed before the diary opened, the window leaves it unopened.
        """
        self.finished = True
        self.fallback.stop()
        if self.instance is not None:
            self.instance.close()
        if self.diary is not None:
            self.diary.close()

    def _ready(self) -> None:
        print("MSLOG_READY", flush=True)
        QApplication.quit()
