"""File ▸ Back up now / Restore from backup… / Import…, and redrawing on outside changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mslog.core.errors import MSLogError
from mslog.ui.safety.daily import DailySafetyUi
from mslog.ui.safety.watcher import ExternalChangeWatcher
from mslog.ui.widgets.progress import Outcome, Task, run_with_progress

if TYPE_CHECKING:
    from mslog.core.diary import Diary

    # Loaded when a backup is restored or a file imported, not with the window.
    from mslog.core.safety.restore import RestoreResult
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.safety.dialogs import RestoreDialog


class DataSafetyUi(QObject):
    """The data-safety actions (for the window's File menu), and redrawing on outside changes.

    Args:
        diary: The open diary.
        notifier: Told to redraw everything after a restore, an import or an outside change.
        undo_stack: Cleared when the diary's content is replaced.
        window: The main window: outside changes are looked for while it is open, and the
            dialogs and messages belong to it.

    Signals:
        writing: True while an import writes to the diary on a worker thread (or a
            restore is about to replace it), False after.
            The progress dialog keeps the window's own buttons and keys from writing
            meanwhile; whatever writes from outside the window (the tray's menu) listens.

    Attributes:
        task: The import or restore running, or the last one, if any.
        restored: What the last restore did, once it has ended (None if it did not).
    """

    writing = Signal(bool)

    def __init__(
        self, diary: Diary, notifier: DiaryNotifier, undo_stack: QUndoStack, window: QWidget
    ) -> None:
        super().__init__(window)
        self._window = window
        self._diary = diary
        self._notifier = notifier
        self._undo_stack = undo_stack
        self.message: QMessageBox | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.task: Task | None = None
        self.restored: RestoreResult | None = None
        self._detached = False
        self.watcher = ExternalChangeWatcher(self._diary, self._redraw_all, self)
        self.daily = DailySafetyUi(diary, self, window)
        self._diary.safety.reloaded.connect(self._on_reloaded)

        self.backup_action = QAction(self.tr("&Back up now"), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.triggered.connect(self.open_restore_dialog)
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_import_file)
        window.installEventFilter(self)
        if window.isVisible():
            self.watcher.start()

    def actions(self) -> list[QAction]:
        """Return Back up now, Restore from backup… and Import…, in the menu's order."""
        return [self.backup_action, self.restore_action, self.import_action]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Check for outside changes only while the window is open."""
        if watched is self._window:
            if event.type() == QEvent.Type.Show:
                self.watcher.start()
            elif event.type() == QEvent.Type.Close:
                self.watcher.stop()
        return False

    def detach(self) -> None:
        """Stop watching and listening (before the diary closes); safe to call twice."""
        if self._detached:
            return
        self._detached = True
        if self.task is not None and self.task.is_running():
            self.task.cancel_and_wait()  # an import stopped part-way imports nothing
        self.watcher.detach()
        self._diary.safety.reloaded.disconnect(self._on_reloaded)

    # --- actions ---

    def back_up_now(self) -> Path | None:
        """Write a backup now and say where."""
        try:
            path = self._diary.safety.backup_now()
        except MSLogError as exc:
            self.say(self.tr("Backup not made"), str(exc), error=True)
            return None
        count = self._diary.spasms.count()
        self.say(
            self.tr("Backup made"),
            self.tr(
                "A verified copy of your diary (%n entries) is saved in\n{folder}", "", count
            ).format(folder=path.parent),
        )
        return path

    def open_restore_dialog(self) -> RestoreDialog:
        """Show the list of backups."""
        from mslog.ui.safety.dialogs import RestoreDialog

        dialog = RestoreDialog(
            self._diary.safety.list_backups(), self._diary.safety.backup_dir, self._window
        )
        dialog.chosen.connect(self.restore)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def restore(self, path: Path) -> Task:
        """Replace the diary with a backup, keeping a copy of the current one.

        The backup is checked whole on a worker thread behind a progress dialog, where
        Cancel changes nothing; the swap itself, quick and not to be stopped part-way,
        follows on the window's thread (the diary's connection is that thread's).

        Returns:
            The running check; once it has ended, :attr:`restored` says what was done.
        """
        from mslog.core.safety.restore import check_restorable

        self.restored = None
        source = Path(path)

        def on_end(outcome: Outcome) -> None:
            if self._succeeded(outcome, self.tr("Nothing was restored")):
                self.restored = self._swap_in(source)

        self._set_writing(True)
        self.task = run_with_progress(
            lambda _progress, cancelled: check_restorable(source, cancelled),
            on_end,
            doing=self.tr("Checking the backup"),
            cancel_note=self.tr("Cancelling now changes nothing: your diary stays as it is."),
            parent=self._window,
            measured=False,
        )
        return self.task

    def _succeeded(self, outcome: Outcome, nothing_done: str) -> bool:
        """Free the diary for writing again; say a cancel or a refusal; True if the work ended well.

        Args:
            outcome: How the work on the worker thread ended.
            nothing_done: The heading when it did not, e.g. "Nothing was imported".
        """
        self._set_writing(False)
        if self._detached:
            return False  # stopped as the window closed: no one to tell
        if outcome.cancelled:
            self.say(nothing_done, self.tr("Cancelled. Your diary is as it was."))
        elif isinstance(outcome.error, MSLogError):
            self.say(nothing_done, str(outcome.error), error=True)
        elif outcome.error is not None:
            raise outcome.error
        else:
            return True
        return False

    def _swap_in(self, path: Path) -> RestoreResult | None:
        try:
            result = self._diary.safety.restore(path, known_sound=True)
        except MSLogError as exc:
            self.say(self.tr("Nothing was restored"), str(exc), error=True)
            return None
        text = self.tr("Your diary now holds the %n entries from the backup.", "", result.entries)
        if result.safety_copy:
            text = self.tr(
                "{restored}\n\nYour diary as it was a moment ago is kept as a backup too, "
                "so you can restore it the same way."
            ).format(restored=text)
        self.say(self.tr("Backup restored"), text)
        return result

    def choose_import_file(self) -> QFileDialog:
        """Ask for a JSON export to import."""
        dialog = QFileDialog(self._window, self.tr("Import entries from an MSLog export"))
        dialog.setNameFilters([self.tr("MSLog exports (*.json)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> Task:
        """Import a JSON export (all or nothing) behind a progress dialog; say what was added.

        The file is checked and written on a worker thread, in one transaction; Cancel
        stops it with nothing imported.

        Returns:
            The running import; its outcome's value is the :class:`ImportReport`.
        """
        safety = self._diary.safety

        def on_end(outcome: Outcome) -> None:
            if self._succeeded(outcome, self.tr("Nothing was imported")):
                safety.announce_import(outcome.value)
                self.say(self.tr("Import finished"), outcome.value.summary())

        self._set_writing(True)
        self.task = run_with_progress(
            lambda progress, cancelled: safety.import_quietly(Path(path), progress, cancelled),
            on_end,
            doing=self.tr("Importing entries"),
            cancel_note=self.tr("Cancelling imports nothing: your diary stays exactly as it is."),
            parent=self._window,
            db=self._diary.db,
        )
        return self.task

    # --- helpers ---

    def _set_writing(self, on: bool) -> None:
        # The import's own commit is not an outside change: look again once it is done.
        if on:
            self.watcher.stop()
        elif self._window.isVisible() and not self._detached:
            self.watcher.start()
        self.writing.emit(on)

    def _on_reloaded(self, _reason: str) -> None:
        # Undo steps may point at entries that the new content lacks.
        self._undo_stack.clear()
        self._redraw_all()

    def _redraw_all(self) -> None:
        self._notifier.reload()

    def say(self, title: str, text: str, error: bool = False) -> None:
        """Tell the person something in a message box of the window (one at a time)."""
        if self.message is not None:
            self.message.close()
            self.message.deleteLater()
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        self.message = box
        box.open()
