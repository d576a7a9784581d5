"""Export and import behind the progress dialog: a percentage, Cancel by click or Esc, results."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bench.gen_diary import generate
from mslog.core.diary import Diary
from mslog.core.progress import Tracker
from mslog.core.safety import backup, export
from mslog.ui.main_window import MainWindow
from mslog.ui.widgets.progress import ProgressDialog
from tests.helpers.progress import finished, outcome
from tests.helpers.stubs import FakeClock

SPASMS = 6000  # a year of entries: several progress reports in each kind of work


class Gate:
    """A test double at the progress callbacks: holds the worker once, part-way.

    The worker reports (the window shows the percentage), then waits at the gate until
    the test lets it go; its next report is where a Cancel pressed meanwhile stops it.

    Attributes:
        reached: Set once the worker is held.
    """

    def __init__(self) -> None:
        self.reached = threading.Event()
        self._go = threading.Event()

    def hold(self) -> None:
        """On the worker: wait here the first time, until let go."""
        if not self.reached.is_set():
            self.reached.set()
            self._go.wait(30)  # let go by the test, or by the teardown if it failed

    def release(self) -> None:
        """Let the worker go on."""
        self._go.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Gate]]:
    """Holds export and import at a progress report a tenth of the way or more."""
    made: list[Gate] = []

    def make(when: Callable[[], bool] = lambda: True) -> Gate:
        made.append(Gate())
        original = Tracker.check

        def check(tracker: Tracker) -> None:
            original(tracker)
            if tracker.total // 10 <= tracker.done < tracker.total and when():
                made[-1].hold()

        monkeypatch.setattr(Tracker, "check", check)
        return made[-1]

    yield make
    for each in made:
        each.release()


@pytest.fixture
def held_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    """Holds the whole-file check of a backup the first time it asks whether to stop."""
    held = Gate()
    original = backup.check_file

    def check_file(path, *, quick=False, cancelled=None):
        def asked() -> bool:
            held.hold()
            return cancelled()

        return original(path, quick=quick, cancelled=asked if cancelled else None)

    monkeypatch.setattr(backup, "check_file", check_file)
    yield held
    held.release()


@pytest.fixture
def clock() -> FakeClock:
    """The day after the generated diary's last entries."""
    return FakeClock(datetime(2026, 3, 12, 12, 0))


@pytest.fixture
def big(tmp_path: Path, clock) -> Iterator[Diary]:
    """A diary of a year of generated entries."""
    generate(tmp_path / "big", 1, SPASMS, 1)
    opened = Diary(tmp_path / "big", clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def big_window(qtbot, big: Diary) -> MainWindow:
    win = MainWindow(big)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def big_export(tmp_path: Path, clock) -> Path:
    """A year's complete copy, to import (its diary closed: the window's is the one open)."""
    generate(tmp_path / "source", 1, SPASMS, 1)
    source = Diary(tmp_path / "source", clock=clock)
    try:
        return export.write_json(source.db, tmp_path / "year.json", clock.now())
    finally:
        source.close()


def _shown_percent(progress: ProgressDialog, doing: str) -> int:
    found = re.fullmatch(rf"{re.escape(doing)}… (\d+) %", progress.label.text())
    assert found, progress.label.text()
    assert int(found.group(1)) == progress.percent
    return progress.percent


def _export_dialog(window: MainWindow):
    window.export.action.trigger()
    dialog = window.export.dialog
    assert dialog is not None
    return dialog


def test_an_export_shows_its_percentage_and_a_click_on_cancel_leaves_no_file(
    big_window, qtbot, tmp_path, gate
):
    held = gate()
    dialog = _export_dialog(big_window)
    out = tmp_path / "copy.json"
    task = dialog.export_json(out)
    progress = task.dialog
    qtbot.waitUntil(held.reached.is_set)
    qtbot.waitUntil(lambda: progress.isVisible() and progress.percent > 0)
    assert 0 < _shown_percent(progress, "Saving the complete copy") < 100
    assert progress.cancel_button.height() >= 44
    assert QApplication.activeModalWidget() is progress
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.label.text() == "Stopping…"
    assert not progress.cancel_button.isEnabled()
    held.release()
    assert outcome(qtbot, task).cancelled
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []
    assert dialog.status.text() == "Cancelled. No file was saved."
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not progress)
    dialog.close()


def test_esc_cancels_a_spreadsheet_export(big_window, qtbot, tmp_path, gate):
    held = gate()
    dialog = _export_dialog(big_window)
    task = dialog.export_csv(tmp_path / "sheets.zip")
    progress = task.dialog
    qtbot.waitUntil(held.reached.is_set)
    qtbot.waitUntil(lambda: progress.percent > 0)
    _shown_percent(progress, "Saving your spreadsheet files")
    assert QApplication.focusWidget() is progress.cancel_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert progress.label.text() == "Stopping…"
    held.release()
    assert outcome(qtbot, task).cancelled
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big"]
    dialog.close()


def test_a_finished_export_is_a_whole_copy(big_window, big: Diary, qtbot, tmp_path):
    dialog = _export_dialog(big_window)
    task = dialog.export_json(tmp_path / "copy.json")
    seen: list[int] = []
    task.progressed.connect(lambda done, total: seen.append(1000 * done // total))
    assert task.dialog is not None
    assert task.dialog.isVisible()
    path = finished(qtbot, task)
    rows = json.loads(path.read_text("utf-8"))["tables"]["spasm"]["rows"]
    assert len(rows) == big.spasms.count() > SPASMS - 10
    assert seen[-1] == 1000
    assert any(0 < step < 1000 for step in seen)
    assert dialog.status.text() == f"Saved {path}"
    dialog.close()


def test_an_export_that_cannot_be_written_says_so_as_before(big_window, qtbot, tmp_path):
    dialog = _export_dialog(big_window)
    task = dialog.export_json(tmp_path / "no such folder" / "copy.json")
    assert isinstance(outcome(qtbot, task).error, OSError)
    assert dialog.status.text().startswith("The copy could not be saved: ")
    dialog.close()


def test_a_cancelled_import_imports_nothing(window, diary: Diary, qtbot, big_export, gate):
    window.log_tab.log_button.click()
    # Held while it writes, inside its one transaction (the worker's own connection).
    held = gate(when=diary.db.in_transaction)
    task = window.data_safety.import_file(big_export)
    progress = task.dialog
    qtbot.waitUntil(held.reached.is_set)
    qtbot.waitUntil(lambda: progress.percent >= 50)  # the second half of the bar writes
    assert _shown_percent(progress, "Importing entries") < 100
    assert not window.tray.log_action.isEnabled()  # the tray's menu does not write meanwhile
    # The window's own buttons and keys reach only the progress dialog meanwhile.
    assert QApplication.activeModalWidget() is progress
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    held.release()
    assert outcome(qtbot, task).cancelled
    assert diary.spasms.count() == 1
    assert diary.db.execute_sql("SELECT count(*) FROM spasm_trigger").fetchone()[0] == 0
    box = window.data_safety.message
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Information
    assert (box.windowTitle(), box.text()) == (
        "Nothing was imported",
        "Cancelled. Your diary is as it was.",
    )
    assert window.tray.log_action.isEnabled()
    box.close()


def test_esc_cancels_an_import_and_it_works_after(window, diary: Diary, qtbot, big_export, gate):
    held = gate()
    task = window.data_safety.import_file(big_export)
    qtbot.waitUntil(held.reached.is_set)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    held.release()
    assert outcome(qtbot, task).cancelled
    assert diary.spasms.count() == 0
    window.data_safety.message.close()
    report = finished(qtbot, window.data_safety.import_file(big_export))
    assert report.entries_added == diary.spasms.count() > SPASMS - 10
    assert window.data_safety.message.windowTitle() == "Import finished"
    assert window.log_tab.today.heading.text().startswith("Today")
    window.data_safety.message.close()


def test_a_restore_cancelled_while_the_backup_is_checked_changes_nothing(
    big_window, big: Diary, qtbot, tmp_path, held_check
):
    copy = big.safety.backup_now(out=tmp_path / "copy.sqlite3")
    big.spasms.log(severity=3)  # after the backup
    before = big.spasms.count()
    safety = big_window.data_safety
    task = safety.restore(copy)
    progress = task.dialog
    qtbot.waitUntil(held_check.reached.is_set)
    assert progress.isVisible()
    assert progress.label.text() == "Checking the backup…"
    assert not big_window.tray.log_action.isEnabled()
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    held_check.release()
    assert outcome(qtbot, task).cancelled
    assert big.spasms.count() == before
    assert (safety.message.windowTitle(), safety.message.text()) == (
        "Nothing was restored",
        "Cancelled. Your diary is as it was.",
    )
    assert [p.name for p in big.data_dir.iterdir() if "restoring" in p.name] == []
    safety.message.close()
    finished(qtbot, safety.restore(copy))  # and without a cancel it restores
    assert big.spasms.count() == before - 1
    assert safety.restored is not None
    assert safety.message.windowTitle() == "Backup restored"
    assert big_window.tray.log_action.isEnabled()
    safety.message.close()


def test_a_report_of_a_long_range_can_be_cancelled_before_it_is_drawn(
    big_window, qtbot, tmp_path, monkeypatch
):
    from mslog.core.trends import DateRange
    from mslog.ui.trends import report

    held = Gate()
    gather = report.build_report

    def held_gather(diary, period):
        content = gather(diary, period)
        held.hold()  # gathered: held where the work next asks whether to stop
        return content

    monkeypatch.setattr(report, "build_report", held_gather)

    big_window.tabs.setCurrentWidget(big_window.trends_tab)
    qtbot.waitUntil(big_window.trends_tab.is_built)
    dialog = big_window.trends_tab.content.open_report()
    dialog.period = DateRange(dialog.period.last.replace(year=dialog.period.last.year - 1),
                              dialog.period.last)  # fmt: skip
    out = tmp_path / "year.pdf"
    task = dialog.save_pdf(out)
    progress = task.dialog
    assert progress.isVisible()
    assert progress.label.text() == "Preparing your report…"
    qtbot.waitUntil(held.reached.is_set)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    held.release()
    assert outcome(qtbot, task).cancelled
    assert not out.exists()
    assert dialog.status.text() == "Cancelled. No report was saved."
    finished(qtbot, dialog.save_pdf(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.status.text() == f"Saved to {out}"
    dialog.close()


def test_the_first_trends_open_says_it_is_drawing_at_once(window, qtbot):
    window.tabs.setCurrentWidget(window.trends_tab)
    note = window.trends_tab.note
    assert note is not None
    assert note.isVisible()
    assert note.label.text() == "Drawing your trends…"
    qtbot.waitUntil(window.trends_tab.is_built)
    assert window.trends_tab.note is None
    assert window.trends_tab.content.isVisible()
