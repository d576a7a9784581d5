"""Without a tray, a dose reminder is a desktop notification whose buttons tick the dose."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QSystemTrayIcon

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 11)

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="needs dbus-daemon for a private session bus"
)


class FakeServer:
    """The stand-in notification server (tests/helpers/fake_notifications.py) on its bus."""

    def __init__(self, address: str, process: subprocess.Popen) -> None:
        self.address = address
        self.process = process
        self.calls: list[dict] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.calls.append(json.loads(line))

    def called(self, method: str) -> list[dict]:
        return [call for call in self.calls if call["method"] == method]

    def press(self, notification_id: int, action: str) -> None:
        """Press a notification's button, as the person would on the desktop."""
        bus = QDBusConnection.connectToBus(self.address, "test-presser")
        call = QDBusMessage.createMethodCall(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            "Press",
        )
        call.setArguments([notification_id, action])
        bus.call(call, QDBus.CallMode.Block, 2000)
        QDBusConnection.disconnectFromBus("test-presser")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    fake = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.fake_notifications", address],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert fake.stdout is not None
    assert fake.stdout.readline().strip() == "ready"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)  # the window's session bus
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    yield FakeServer(address, fake)
    for process in (fake, daemon):
        process.terminate()
        process.wait(5)
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture
def reminded(server: FakeServer, window: MainWindow, diary: Diary, clock: FakeClock, qtbot):
    diary.checklists.medications.add(
        "Baclofen", times=["14:33"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    clock.set(datetime(2026, 3, 11, 14, 33, 1))
    window.reminders.driver.check()  # what the timer's timeout does
    qtbot.waitUntil(lambda: bool(window.reminders._notifications), timeout=5000)
    return window.reminders._notifications


def test_the_notification_has_the_banners_buttons(server: FakeServer, reminded, window):
    # Reached the server at all: its Notify takes replaces_id as a uint32 and nothing else.
    [notify] = server.called("Notify")
    app, replaces, _icon, title, body, actions, _hints, _timeout = notify["args"]
    assert (app, replaces, title) == ("MSLog", 0, "Time for Baclofen 10 mg")
    assert body.startswith("14:33 Baclofen 10 mg")
    assert actions == ["default", "Open MSLog", "taken", "Taken", "snooze", "Snooze 10 min"]
    assert window.reminders.banner.isVisible()  # the window says it too


def test_taken_on_the_notification_ticks_the_dose_with_undo(
    server: FakeServer, reminded, window: MainWindow, diary: Diary, qtbot
):
    [notification_id] = reminded.values()
    server.press(notification_id, "taken")
    qtbot.waitUntil(lambda: diary.checklists.doses.scheduled_on(TODAY)[0].state == "taken")
    assert not window.reminders.banner.rows  # the banner's row went, as if pressed there
    assert window.undo_stack.canUndo()  # one undo step, as from the banner
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert diary.checklists.doses.scheduled_on(TODAY)[0].state != "taken"


def test_snooze_on_the_notification_reminds_again_later(
    server: FakeServer, reminded, window: MainWindow, clock: FakeClock, qtbot
):
    [notification_id] = reminded.values()
    server.press(notification_id, "snooze")
    qtbot.waitUntil(lambda: not window.reminders.banner.rows)
    assert window.reminders.planner.next_due() == clock.now().replace(minute=43)


def test_ticked_in_the_window_the_notification_goes(
    server: FakeServer, reminded, window: MainWindow, diary: Diary, qtbot
):
    [notification_id] = reminded.values()
    [row] = window.reminders.banner.rows.values()
    qtbot.mouseClick(row.taken_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(server.called("CloseNotification")), timeout=5000)
    assert server.called("CloseNotification")[0]["args"] == [notification_id]
    server.press(notification_id, "taken")  # a late press on a stale one does nothing more
    assert [d.state for d in diary.checklists.doses.scheduled_on(TODAY)] == ["taken"]


def test_while_an_import_writes_a_notification_button_writes_nothing(
    server: FakeServer, reminded, window: MainWindow, diary: Diary, qtbot
):
    [notification_id] = reminded.values()
    window.data_safety.writing.emit(True)  # as an import or a restore starts writing
    server.press(notification_id, "taken")
    qtbot.waitUntil(lambda: len(server.called("Notify")) == 2, timeout=5000)
    said = server.called("Notify")[1]["args"]
    assert said[3] == "Not done yet"
    assert "Once that ends" in said[4]
    assert [d.state for d in diary.checklists.doses.scheduled_on(TODAY)] != ["taken"]
    window.data_safety.writing.emit(False)  # the import has ended
    [row] = window.reminders.banner.rows.values()  # the reminder waits in the window
    qtbot.mouseClick(row.taken_button, Qt.MouseButton.LeftButton)
    assert [d.state for d in diary.checklists.doses.scheduled_on(TODAY)] == ["taken"]
