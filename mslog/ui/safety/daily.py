"""The day's check and backup beside the open window, and what happens if it finds damage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from mslog.core.errors import DamageFoundError, MSLogError
from mslog.core.safety import backup
from mslog.core.safety.daily import DailyResult

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.safety.actions import DataSafetyUi
    from mslog.ui.safety.dialogs import RecoveryDialog


class DailySafetyUi(QObject):
    """Runs the day's whole-file check and daily backup once the window is ready.

    The work runs on a worker thread (see :mod:`mslog.core.safety.daily`); the window only
    hears of it when the check finds the diary damaged, and then offers what start-up
    offers: the newest good backup, a fresh diary, or quitting.

    Args:
        diary: The open diary (opened with ``Checks.IN_BACKGROUND``).
        safety: The window's data-safety actions (restore, messages).
        window: Where the recovery dialog belongs.

    Signals:
        finished: The work ended (with its :class:`DailyResult`), on the GUI thread.
    """

    finished = Signal(object)
    _arrived = Signal(object)  # emitted on the worker thread; Qt queues it to this thread

    def __init__(self, diary: Diary, safety: DataSafetyUi, window: QWidget) -> None:
        super().__init__(window)
        self._diary = diary
        self._safety = safety
        self._window = window
        self.dialog: RecoveryDialog | None = None
        self._arrived.connect(self._on_result)

    def start(self) -> bool:
        """Start the work if any is due; return whether it was started."""
        return self._diary.db.start_daily_safety(self._arrived.emit)

    def _on_result(self, result: DailyResult) -> None:
        if result.damage is not None:
            self._offer_recovery(result.damage)
        self.finished.emit(result)

    def _offer_recovery(self, problem: str) -> None:
        from mslog.ui.safety.dialogs import RecoveryDialog

        data_dir = self._diary.data_dir
        dialog = RecoveryDialog(
            str(DamageFoundError(self._diary.path, problem)),
            backup.newest_good_backup(data_dir),
            can_start_fresh=True,
            parent=self._window,
            window_title=self.tr("MSLog found damage in your diary"),
        )
        dialog.finished.connect(lambda _code: self._chosen(dialog))
        self.dialog = dialog
        dialog.open()

    def _chosen(self, dialog: RecoveryDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        if dialog.choice == "restore":
            newest = backup.newest_good_backup(self._diary.data_dir)
            if newest is not None:
                self._safety.restore(newest.path)
                return
        if dialog.choice == "fresh":
            self._start_fresh()
            return
        QApplication.quit()  # the file stays; the next start checks it and asks again

    def _start_fresh(self) -> None:
        diary = self._diary
        try:
            moved = diary.db.swap_file(lambda: backup.move_aside(diary.path, diary.clock))
        except (MSLogError, OSError) as exc:
            self._safety.say(self.tr("A fresh diary was not started"), str(exc), error=True)
            return
        diary.safety.reloaded.emit("fresh")
        self._safety.say(
            self.tr("A fresh diary"),
            self.tr(
                "Your damaged diary file is kept, unchanged, as {file}. The new diary is empty."
            ).format(file=moved),
        )
