"""Start-up recovery restores the backup it names, newest by the order made."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mslog.core.diary import Diary
from mslog.core.safety import backup
from mslog.ui.safety.dialogs import RecoveryDialog
from mslog.ui.safety.recovery import open_diary_with_recovery


def _damaged_after_same_second_backups(data_dir, clock) -> None:
    diary = Diary(data_dir, clock=clock)
    for reason in ["daily", "manual", "before-import", "manual", "before-migration", "daily"]:
        diary.spasms.log(severity=3)
        diary.safety.backup_now(reason=reason)
    diary.close()
    (data_dir / "diary.sqlite3").write_bytes(b"\x00" * 9000)


def test_recovery_offers_and_restores_the_newest_of_one_second(data_dir, clock):
    _damaged_after_same_second_backups(data_dir, clock)
    offered = []

    def ask(_error, newest):
        offered.append(newest)
        return "restore"

    diary = open_diary_with_recovery(data_dir, clock, ask=ask, tell=lambda *a: None)
    assert diary is not None
    try:
        assert offered[0].entries == 6
        assert diary.spasms.count() == 6
    finally:
        diary.close()


def test_recovery_dialog_says_the_date_and_count_it_will_restore(qtbot, data_dir, clock):
    _damaged_after_same_second_backups(data_dir, clock)
    newest = backup.newest_good_backup(data_dir)
    dialog = RecoveryDialog("Your diary file is damaged.", newest, can_start_fresh=True)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "from Wednesday 11 March 2026 at 14:30:00" in texts
    assert "holds 6 entries" in texts
