"""Privacy: the whole window flow runs with the network forbidden; files stay private."""

from __future__ import annotations

import json
import os
import socket
import stat

import pytest
from PySide6 import QtNetwork
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from tests.core.safety.test_import import export
from tests.helpers.progress import finished


class NetworkUsedError(AssertionError):
    """Raised by the stand-ins for anything that would open a network connection."""


def _forbidden(*_args, **_kwargs):
    raise NetworkUsedError("MSLog tried to use the network")


@pytest.fixture
def no_network(monkeypatch):
    """Make every way Python or Qt opens a network socket fail loudly."""
    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, _forbidden)
    for cls in ("QTcpSocket", "QUdpSocket", "QSslSocket", "QNetworkAccessManager", "QTcpServer"):
        if hasattr(QtNetwork, cls):
            monkeypatch.setattr(QtNetwork, cls, _forbidden)


def test_the_whole_window_flow_uses_no_network(no_network, qtbot, diary: Diary, tmp_path):
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.log_tab.log_button.click()
    window.log_action.trigger()
    for index in range(window.tabs.count()):  # builds every (lazy) tab
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    window.data_safety.back_up_now()
    window.data_safety.message.close()
    [saved] = diary.safety.list_backups()
    window.log_tab.log_button.click()
    finished(qtbot, window.data_safety.restore(saved.path))
    window.data_safety.message.close()
    data = export(diary)
    path = tmp_path / "e.json"
    path.write_text(json.dumps(data))
    finished(qtbot, window.data_safety.import_file(path))
    window.data_safety.message.close()
    window.data_safety.watcher.check()
    window.close()
    assert diary.spasms.count() == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_file_in_the_data_folder_is_private(window, diary: Diary):
    window.log_tab.log_button.click()
    window.data_safety.back_up_now()
    window.data_safety.message.close()
    found = [diary.data_dir, *diary.data_dir.rglob("*")]
    assert len(found) >= 4
    for path in found:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
