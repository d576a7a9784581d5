"""Starting the Qt application around an opened diary."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mslog.core.clock import Clock


def run_gui(data_dir: Path, clock: Clock | None = None) -> int:
    """Open the diary in ``data_dir`` and run the window until it closes; return the exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mslog import APP_NAME, __version__
    from mslog.ui.main_window import MainWindow, app_icon
    from mslog.ui.settings.store import UiSettings
    from mslog.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("org.mslog.MSLog")
    app.setWindowIcon(app_icon())
    settings = UiSettings.for_user()
    apply_style(app, settings.get("theme"), settings.get("text_scale"))
    from mslog.ui.single_instance import InstanceServer, ask_running_instance

    if ask_running_instance(data_dir):
        return 0  # the window already open on this diary comes forward instead
    from mslog.ui.backup.recovery import open_diary_with_recovery

    diary = open_diary_with_recovery(data_dir, clock)
    if diary is None:
        return 1
    from mslog.ui.backup import storage_errors

    storage_errors.install()  # a full disk mid-session: a message, not a crash
    window = MainWindow(diary, settings)
    instance = InstanceServer(data_dir, window)
    instance.activated.connect(window.bring_forward)
    window.show()
    if not settings.get("first_run_done") and not os.environ.get("MSLOG_EXIT_WHEN_SHOWN"):
        QTimer.singleShot(0, window.show_welcome)
    if os.environ.get("MSLOG_EXIT_WHEN_SHOWN"):
        # For the start-up benchmark: say so and quit once the first frame is handled.
        def shown() -> None:
            print("MSLOG_SHOWN", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    try:
        return app.exec()
    finally:
        window.close()
        diary.close()
