"""Every key in the README's "Keyboard shortcuts" table, pressed on the real window."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

import mslog
from mslog.core.diary import Diary
from mslog.core.routines.player import PhaseKind, State
from mslog.ui.main_window import MainWindow
from mslog.ui.shortcuts import ShortcutsDialog
from tests.ui.trends.test_view import log_days

TODAY = date(2026, 3, 11)
SOURCE_ROOT = str(Path(mslog.__file__).resolve().parent.parent)  # this checkout's mslog
README = Path(__file__).resolve().parents[2] / "README.md"
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

# Each row of the README's table (its "Keys" cell) and the test below that presses it.
TESTED: dict[str, str | tuple[str, ...]] = {
    "Ctrl+L": "test_ctrl_l_logs_a_spasm_from_any_tab",
    "Ctrl+D": "test_ctrl_d_opens_the_check_in_and_alt_arrows_change_its_day",
    "Enter / Space": "test_enter_and_space_on_the_big_button_log",
    "Ctrl+Z / Ctrl+Shift+Z": "test_ctrl_z_undoes_and_ctrl_shift_z_or_ctrl_y_redoes",
    "Ctrl+1 … Ctrl+N": "test_ctrl_and_a_number_opens_each_tab",
    "F11 / Esc": "test_f11_fills_the_screen_and_esc_leaves_it",
    "Ctrl+P": "test_the_menu_keys_open_their_dialogs",
    "Ctrl+E": "test_the_menu_keys_open_their_dialogs",
    "Ctrl+Shift+B / Ctrl+I": "test_ctrl_shift_b_backs_up_and_ctrl_i_asks_for_a_file",
    "Ctrl+,": "test_the_menu_keys_open_their_dialogs",
    "F1": "test_the_menu_keys_open_their_dialogs",
    "Ctrl+Q": "test_ctrl_q_quits",
    "Space, Left / Right": "test_stretch_space_pauses_and_arrows_move",
    "Alt+Left / Alt+Right": "test_alt_arrows_change_the_checklists_day",
    "Left / Right, Home / End": (  # two rows: the charts, and a row of choices
        "test_trends_keys_step_through_days_and_zoom",
        "test_a_row_of_choices_is_one_tab_stop_moved_in_with_arrows",
    ),
    "+ / − (or Ctrl+= / Ctrl+−), 0": "test_trends_keys_step_through_days_and_zoom",
}


def readme_keys() -> list[str]:
    """Return the "Keys" cell of each row of the README's shortcut table."""
    section = README.read_text(encoding="utf-8").split("## Keyboard shortcuts", 1)[1]
    section = section.split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][2:]  # no header
    cells = [row.split("|")[1].strip() for row in rows]
    # "Ctrl+1 … Ctrl+4" grows with the tabs: one test covers however many there are.
    return [re.sub(r"^Ctrl\+1 … Ctrl\+\d+$", "Ctrl+1 … Ctrl+N", cell) for cell in cells]


def test_every_key_of_the_readme_table_is_pressed_here():
    keys = readme_keys()
    assert len(keys) > 10
    assert {key: TESTED.get(key) for key in keys if key not in TESTED} == {}
    names = [
        name for tests in TESTED.values() for name in ([tests] if isinstance(tests, str) else tests)
    ]
    assert all(callable(globals().get(name)) for name in names)


@pytest.fixture
def active(window: MainWindow, qtbot) -> MainWindow:
    """The window with the keyboard, as a person sees it after opening MSLog."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=NONE) -> None:
    qtbot.keyClick(window, key, modifiers)


def close_modal(qtbot, kind: type[QWidget]) -> QWidget:
    """Wait for a window-modal ``kind`` to be open, close it as Esc would, return it."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    return dialog


def logged(diary: Diary) -> int:
    return len(diary.spasms.for_day(diary.today(), diary.day_rule))


def test_ctrl_l_logs_a_spasm_from_any_tab(active: MainWindow, diary: Diary, qtbot):
    press(qtbot, active, Qt.Key.Key_3, CTRL)
    assert active.tabs.currentWidget() is active.checklists_page
    press(qtbot, active, Qt.Key.Key_L, CTRL)
    assert logged(diary) == 1  # stored before the key returns
    assert active.tabs.currentWidget() is active.log_tab
    assert active.log_tab.status.text().startswith("Saved 14:30")


def test_enter_and_space_on_the_big_button_log(active: MainWindow, diary: Diary, qtbot):
    button = active.log_tab.log_button
    qtbot.waitUntil(button.hasFocus)
    # Keys sent to the window's screen window reach whatever has the keyboard, as typed.
    qtbot.keyClick(active.windowHandle(), Qt.Key.Key_Return)
    assert logged(diary) == 1
    button.setFocus()
    qtbot.keyClick(active.windowHandle(), Qt.Key.Key_Enter)  # the keypad's Enter
    assert logged(diary) == 2
    button.setFocus()
    qtbot.keyClick(active.windowHandle(), Qt.Key.Key_Space)
    assert logged(diary) == 3


def test_ctrl_z_undoes_and_ctrl_shift_z_or_ctrl_y_redoes(active: MainWindow, diary: Diary, qtbot):
    press(qtbot, active, Qt.Key.Key_L, CTRL)
    assert logged(diary) == 1
    press(qtbot, active, Qt.Key.Key_Z, CTRL)
    assert logged(diary) == 0
    press(qtbot, active, Qt.Key.Key_Z, CTRL | SHIFT)
    assert logged(diary) == 1
    press(qtbot, active, Qt.Key.Key_Z, CTRL)
    assert logged(diary) == 0
    press(qtbot, active, Qt.Key.Key_Y, CTRL)
    assert logged(diary) == 1


def test_ctrl_and_a_number_opens_each_tab(active: MainWindow, qtbot):
    count = active.tabs.count()  # however many tabs there are: Ctrl+1 to Ctrl+count
    assert 4 <= count <= 9
    for index in [*range(count - 1, -1, -1), *range(count)]:
        press(qtbot, active, Qt.Key(Qt.Key.Key_1.value + index), CTRL)
        assert active.tabs.currentIndex() == index, active.tabs.tabText(index)
    press(qtbot, active, Qt.Key.Key_1, CTRL)
    assert active.tabs.currentWidget() is active.log_tab


def test_f11_fills_the_screen_and_esc_leaves_it(active: MainWindow, qtbot):
    press(qtbot, active, Qt.Key.Key_F11)
    qtbot.waitUntil(active.isFullScreen)
    assert active.fullscreen_action.isChecked()
    press(qtbot, active, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not active.isFullScreen())
    press(qtbot, active, Qt.Key.Key_F11)
    qtbot.waitUntil(active.isFullScreen)
    press(qtbot, active, Qt.Key.Key_F11)  # F11 again goes back too
    qtbot.waitUntil(lambda: not active.isFullScreen())
    assert not active.fullscreen_action.isChecked()


def test_the_menu_keys_open_their_dialogs(active: MainWindow, qtbot):
    from mslog.ui.settings.dialog import SettingsDialog
    from mslog.ui.trends.export_dialog import ExportDialog
    from mslog.ui.trends.report import ReportDialog

    press(qtbot, active, Qt.Key.Key_P, CTRL)
    close_modal(qtbot, ReportDialog)
    assert active.tabs.currentWidget() is active.trends_tab  # the report of the range shown
    press(qtbot, active, Qt.Key.Key_E, CTRL)
    close_modal(qtbot, ExportDialog)
    press(qtbot, active, Qt.Key.Key_Comma, CTRL)
    close_modal(qtbot, SettingsDialog)
    press(qtbot, active, Qt.Key.Key_F1)
    shortcuts = close_modal(qtbot, ShortcutsDialog)
    assert isinstance(shortcuts, ShortcutsDialog)
    listed = [shortcuts.table.item(row, 1).text() for row in range(shortcuts.table.rowCount())]
    assert {"Ctrl+L", "Ctrl+Shift+Z", "Ctrl+Q", "F1"} <= set(listed)


def test_ctrl_shift_b_backs_up_and_ctrl_i_asks_for_a_file(active: MainWindow, diary: Diary, qtbot):
    before = len(diary.safety.list_backups())
    press(qtbot, active, Qt.Key.Key_B, CTRL | SHIFT)
    told = close_modal(qtbot, QMessageBox)
    assert isinstance(told, QMessageBox)
    assert told.text().startswith("A verified copy of your diary")
    assert len(diary.safety.list_backups()) == before + 1
    press(qtbot, active, Qt.Key.Key_I, CTRL)
    chooser = close_modal(qtbot, QFileDialog)
    assert chooser.windowTitle() == "Import entries from an MSLog export"


QUIT_BY_KEY = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import mslog
from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow

app = QApplication([])
diary = Diary(Path(sys.argv[1]))
window = MainWindow(diary)
window.show()


def press():
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


QTimer.singleShot(0, press)
QTimer.singleShot(30_000, lambda: app.exit(3))  # Ctrl+Q did nothing
code = app.exec()
window.close()
diary.close()
sys.exit(code)
"""


def test_ctrl_q_quits(tmp_path: Path):
    # Quitting ends the application's event loop, which a test cannot run and keep: a
    # window of its own, in a new interpreter, is sent Ctrl+Q and must end by itself.
    done = subprocess.run(
        [sys.executable, "-c", QUIT_BY_KEY, str(tmp_path / "diary")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": SOURCE_ROOT},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # not one Qt warning (an ambiguous key would be one)


def test_alt_arrows_change_the_checklists_day(active: MainWindow, qtbot):
    press(qtbot, active, Qt.Key.Key_3, CTRL)
    tab = active.checklists_page.content
    qtbot.waitUntil(lambda: tab.isAncestorOf(QApplication.focusWidget()))  # the keyboard came
    assert tab.day == TODAY
    press(qtbot, active, Qt.Key.Key_Left, ALT)
    assert tab.day == TODAY - timedelta(days=1)
    assert "Tuesday" in tab.day_label.text() or "Yesterday" in tab.day_label.text()
    press(qtbot, active, Qt.Key.Key_Left, ALT)
    assert tab.day == TODAY - timedelta(days=2)
    press(qtbot, active, Qt.Key.Key_Right, ALT)
    press(qtbot, active, Qt.Key.Key_Right, ALT)
    assert tab.day == TODAY


def test_ctrl_d_opens_the_check_in_and_alt_arrows_change_its_day(active: MainWindow, qtbot):
    press(qtbot, active, Qt.Key.Key_D, CTRL)
    dialog = active.checkin.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.day == TODAY
    press(qtbot, dialog, Qt.Key.Key_Left, ALT)
    assert dialog.day == TODAY - timedelta(days=1)
    press(qtbot, dialog, Qt.Key.Key_Right, ALT)
    assert dialog.day == TODAY
    press(qtbot, dialog, Qt.Key.Key_Escape)  # every answer is already saved
    qtbot.waitUntil(lambda: active.checkin.dialog is None)


def test_stretch_space_pauses_and_arrows_move(active: MainWindow, qtbot):
    active.settings.set("sounds", False)  # no audio device probing in tests
    active.settings.set("voice", False)
    press(qtbot, active, Qt.Key.Key_2, CTRL)
    stretch = active.stretch_page.content
    stretch.picker.start_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Start
    try:
        assert stretch.player is not None
        assert stretch.view.isAncestorOf(QApplication.focusWidget())
        press(qtbot, active, Qt.Key.Key_Right)  # past "get ready"
        assert stretch.player.phase.kind is PhaseKind.STEP
        assert stretch.player.snapshot().step_index == 0
        press(qtbot, active, Qt.Key.Key_Right)
        assert stretch.player.snapshot().step_index == 1
        press(qtbot, active, Qt.Key.Key_Left)
        assert stretch.player.snapshot().step_index == 0
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert stretch.player.state is State.PAUSED
    finally:
        stretch.shutdown()


def test_trends_keys_step_through_days_and_zoom(active: MainWindow, diary: Diary, qtbot):
    log_days(diary, [1, 20])
    press(qtbot, active, Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(active.trends_tab.is_built)
    lanes = active.trends_tab.content.lanes
    lanes.widget.setFocus()  # the chart, as Tab reaches it

    def key(pressed: Qt.Key, modifiers=NONE) -> None:
        qtbot.keyClick(QApplication.focusWidget(), pressed, modifiers)

    def width() -> float:
        first, last = lanes.lanes["spasms"].plot.vb.viewRange()[0]
        return last - first

    whole = width()
    key(Qt.Key.Key_Plus)
    assert width() < whole
    assert lanes.zoom.button.isVisible()
    key(Qt.Key.Key_Minus)
    key(Qt.Key.Key_Equal, CTRL)
    key(Qt.Key.Key_Minus, CTRL)
    key(Qt.Key.Key_0)
    assert width() == whole
    assert not lanes.zoom.button.isVisible()
    key(Qt.Key.Key_End)
    assert lanes.hover.text().startswith("Wed 11 Mar 2026")
    key(Qt.Key.Key_Left)
    assert lanes.hover.text().startswith("Tue 10 Mar 2026: 2 spasms")
    key(Qt.Key.Key_Right)
    assert lanes.hover.text().startswith("Wed 11 Mar 2026")
    key(Qt.Key.Key_Home)
    assert not lanes.hover.text().startswith("Wed 11 Mar 2026")


def test_a_row_of_choices_is_one_tab_stop_moved_in_with_arrows(
    active: MainWindow, diary: Diary, qtbot
):
    press(qtbot, active, Qt.Key.Key_L, CTRL)
    severity = active.log_tab.details.severity
    for _ in range(12):
        if QApplication.focusWidget() is severity.button(0):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is severity.button(0)

    def key(pressed: Qt.Key) -> QWidget:
        qtbot.keyClick(QApplication.focusWidget(), pressed)
        return QApplication.focusWidget()

    assert key(Qt.Key.Key_Right) is severity.button(1)
    assert key(Qt.Key.Key_End) is severity.button(10)
    assert key(Qt.Key.Key_Left) is severity.button(9)
    assert key(Qt.Key.Key_Home) is severity.button(0)
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Space)
    [spasm] = diary.spasms.for_day(diary.today(), diary.day_rule)
    assert spasm.severity == 2
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Return)  # Enter picks too
    assert diary.spasms.get(spasm.uuid).severity == 3
