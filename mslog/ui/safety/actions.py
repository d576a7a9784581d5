"""File ▸ Back up now / Restore from backup… / Import…, and redrawing on outside changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mslog.core.errors import MSLogError
from mslog.ui.safety.daily import DailySafetyUi
from mslog.ui.safety.watcher import ExternalChangeWatcher

if TYPE_CHECKING:
    from mslog.core.diary import Diary

    # Loaded when a backup is restored or a file imported, not with the window.
    from mslog.core.safety.importer import ImportReport
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
    """

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
        self._detached = False
        self.watcher = ExternalChangeWatcher(self._diary, self._redraw_all, self)
        self.daily = DailySafetyUi(diary, self, window)
        self._diary.safety.reloaded.connect(self._on_reloaded)

        self.backup_action = QAction("&Back up now", window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction("&Restore from backup…", window)
        self.restore_action.triggered.connect(self.open_restore_dialog)
        self.import_action = QAction("&Import…", window)
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
        self.watcher.detach()
        self._diary.safety.reloaded.disconnect(self._on_reloaded)

    # --- actions ---

    def back_up_now(self) -> Path | None:
        """Write a backup now and say where."""
        try:
            path = self._diary.safety.backup_now()
        except MSLogError as exc:
            self.say("Backup not made", str(exc), error=True)
            return None
        count = self._diary.spasms.count()
        self.say(
            "Backup made",
            f"A verified copy of your diary ({count} entr{'y' if count == 1 else 'ies'}) "
            f"is saved in\n{path.parent}",
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

    def restore(self, path: Path) -> RestoreResult | None:
        """Replace the diary with a backup, keeping a copy of the current one."""
        try:
            result = self._diary.safety.restore(Path(path))
        except MSLogError as exc:
            self.say("Nothing was restored", str(exc), error=True)
            return None
        text = f"Your diary now holds the {result.entries} entries from the backup."
        if result.safety_copy:
            text += (
                "\n\nYour diary as it was a moment ago is kept as a backup too, "
                "so you can restore it the same way."
            )
        self.say("Backup restored", text)
        return result

    def choose_import_file(self) -> QFileDialog:
        """Ask for a JSON export to import."""
        dialog = QFileDialog(self._window, "Import entries from an MSLog export")
        dialog.setNameFilters(["MSLog exports (*.json)", "All files (*)"])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> ImportReport | None:
        """Import a JSON export (all or nothing) and report what was added."""
        try:
            report = self._diary.safety.import_file(Path(path))
        except MSLogError as exc:
            self.say("Nothing was imported", str(exc), error=True)
            return None
        self.say("Import finished", report.summary())
        return report

    # --- helpers ---

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
