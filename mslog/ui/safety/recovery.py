"""Opening the diary at start-up, with a way out when the file is damaged."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from mslog.core.clock import Clock, SystemClock
from mslog.core.diary import Diary
from mslog.core.errors import DiaryDamagedError, DiaryOpenError, MSLogError
from mslog.core.i18n import Words
from mslog.core.safety.backup import BackupInfo, newest_good_backup
from mslog.core.storage.database import Checks


class Recovery(Words):
    """The translation context of opening the diary at start-up."""


Ask = Callable[[DiaryDamagedError, "BackupInfo | None"], str]
MAX_ATTEMPTS = 3


def ask_with_dialog(error: DiaryDamagedError, newest: BackupInfo | None) -> str:
    """Show the recovery dialog and return ``"restore"``, ``"fresh"`` or ``"quit"``."""
    from mslog.ui.safety.dialogs import RecoveryDialog

    dialog = RecoveryDialog(str(error), newest, can_start_fresh=error.moved_to is not None)
    dialog.exec()
    return dialog.choice


def show_error(title: str, text: str) -> None:
    """Tell the person why MSLog cannot go on."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)


def open_diary_with_recovery(
    data_dir: Path,
    clock: Clock | None = None,
    ask: Ask = ask_with_dialog,
    tell: Callable[[str, str], None] = show_error,
    checks: Checks = Checks.AT_OPEN,
) -> Diary | None:
    """Open the diary; if it is damaged, offer the newest good backup or a fresh start.

    ``checks`` says when the whole file is checked and backed up (see :class:`Checks`).

    Returns:
        The open diary, or None if the person chose to quit or it cannot be opened.
    """
    for _ in range(MAX_ATTEMPTS):
        try:
            return Diary(data_dir, clock=clock, checks=checks)
        except DiaryDamagedError as exc:
            newest = newest_good_backup(data_dir)
            choice = ask(exc, newest)
            if choice == "restore" and newest is not None:
                from mslog.core.safety.restore import restore_backup

                try:
                    restore_backup(data_dir, newest.path, clock or SystemClock())
                except MSLogError as restore_error:
                    tell(Recovery.tr("MSLog could not restore the backup"), str(restore_error))
                    return None
            elif choice != "fresh" or exc.moved_to is None:
                _leave_as_found(exc)
                return None
        except DiaryOpenError as exc:
            tell(Recovery.tr("MSLog cannot open your diary"), str(exc))
            return None
    return None


def _leave_as_found(error: DiaryDamagedError) -> None:
    # Quitting decides nothing: the file goes back (unchanged), so the next start asks again
    # instead of quietly beginning an empty diary.
    if error.moved_to is not None:
        from mslog.core.safety.backup import move_back

        with contextlib.suppress(OSError):  # if not, it stays safe under its dated name
            move_back(Path(error.moved_to), Path(error.path))
